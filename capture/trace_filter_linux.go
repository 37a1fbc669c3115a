//go:build linux && (amd64 || arm64)

package capture

import "golang.org/x/sys/unix"

// Classic BPF opcodes the filter uses.
const (
	bpfLdAbs  = unix.BPF_LD | unix.BPF_W | unix.BPF_ABS
	bpfJeq    = unix.BPF_JMP | unix.BPF_JEQ | unix.BPF_K
	bpfJge    = unix.BPF_JMP | unix.BPF_JGE | unix.BPF_K
	bpfJset   = unix.BPF_JMP | unix.BPF_JSET | unix.BPF_K
	bpfRet    = unix.BPF_RET | unix.BPF_K
	x32Bit    = 0x40000000 // x32 system calls on amd64: not traced
	seccompNr = 0          // offsets in struct seccomp_data
	seccompAr = 4
	seccompA0 = 16 // low half of args[0] (little-endian)
	seccompA1 = 24 // low half of args[1]
)

// bpfProg assembles a filter with jumps to labels; classic BPF jumps
// only forward, at most 255 instructions.
type bpfProg struct {
	ins    []unix.SockFilter
	labels map[string]int
	fix    []bpfFix
}

type bpfFix struct {
	at     int
	jt, jf string
}

func (p *bpfProg) op(code uint16, k uint32) {
	p.ins = append(p.ins, unix.SockFilter{Code: code, K: k})
}

// jump adds a conditional jump; "" is the next instruction.
func (p *bpfProg) jump(code uint16, k uint32, jt, jf string) {
	p.fix = append(p.fix, bpfFix{len(p.ins), jt, jf})
	p.op(code, k)
}

func (p *bpfProg) label(name string) { p.labels[name] = len(p.ins) }

func (p *bpfProg) done() []unix.SockFilter {
	for _, f := range p.fix {
		for _, j := range []struct {
			label string
			dst   *uint8
		}{{f.jt, &p.ins[f.at].Jt}, {f.jf, &p.ins[f.at].Jf}} {
			if j.label != "" {
				to, ok := p.labels[j.label]
				d := to - f.at - 1
				if !ok || d < 0 || d > 255 {
					panic("seccomp filter: bad jump to " + j.label)
				}
				*j.dst = uint8(d)
			}
		}
	}
	return p.ins
}

// traceFilter is the seccomp filter of a traced command: it stops
// (SECCOMP_RET_TRACE) at the calls that move netlink data or create,
// copy or close file descriptors, and lets every other call run.
// socket(2) stops only for AF_NETLINK, fcntl(2) only for F_DUPFD and
// F_DUPFD_CLOEXEC, unshare(2) only with CLONE_FILES. read, write, readv
// and writev stop only on descriptors from 3 up: 0, 1 and 2 are the
// terminal, pipes and files in all but odd programs, and the tracer
// stops a process at every call while it has a netlink socket there.
// clone(2) stops with CLONE_UNTRACED, clone3(2) always: the tracer
// clears the flag, since an untraced child would keep the filter with
// no tracer to answer it.
func traceFilter() []unix.SockFilter {
	p := &bpfProg{labels: map[string]int{}}
	p.op(bpfLdAbs, seccompAr)
	p.jump(bpfJeq, traceAuditArch, "", "allow")
	p.op(bpfLdAbs, seccompNr)
	p.jump(bpfJge, x32Bit, "allow", "")
	for _, nr := range tracedCalls() {
		p.jump(bpfJeq, uint32(nr), "trace", "")
	}
	for _, nr := range []int{unix.SYS_READ, unix.SYS_WRITE, unix.SYS_READV, unix.SYS_WRITEV} {
		p.jump(bpfJeq, uint32(nr), "rw", "")
	}
	p.jump(bpfJeq, unix.SYS_SOCKET, "socket", "")
	p.jump(bpfJeq, unix.SYS_FCNTL, "fcntl", "")
	p.jump(bpfJeq, unix.SYS_UNSHARE, "unshare", "")
	p.jump(bpfJeq, unix.SYS_CLONE, "clone", "")
	p.jump(bpfJeq, unix.SYS_CLONE3, "trace", "allow")
	p.label("rw")
	p.op(bpfLdAbs, seccompA0)
	p.jump(bpfJge, 3, "trace", "allow")
	p.label("socket")
	p.op(bpfLdAbs, seccompA0)
	p.jump(bpfJeq, unix.AF_NETLINK, "trace", "allow")
	p.label("fcntl")
	p.op(bpfLdAbs, seccompA1)
	p.jump(bpfJeq, unix.F_DUPFD, "trace", "")
	p.jump(bpfJeq, unix.F_DUPFD_CLOEXEC, "trace", "allow")
	p.label("unshare")
	p.op(bpfLdAbs, seccompA0)
	p.jump(bpfJset, unix.CLONE_FILES, "trace", "allow")
	p.label("clone")
	p.op(bpfLdAbs, seccompA0)
	p.jump(bpfJset, unix.CLONE_UNTRACED, "trace", "allow")
	p.label("allow")
	p.op(bpfRet, unix.SECCOMP_RET_ALLOW)
	p.label("trace")
	p.op(bpfRet, unix.SECCOMP_RET_TRACE)
	return p.done()
}

// tracedCalls are the calls the filter always stops at.
func tracedCalls() []int {
	calls := []int{
		unix.SYS_SENDTO, unix.SYS_SENDMSG, unix.SYS_SENDMMSG,
		unix.SYS_RECVFROM, unix.SYS_RECVMSG, unix.SYS_RECVMMSG,
		unix.SYS_CLOSE, unix.SYS_CLOSE_RANGE, unix.SYS_DUP, unix.SYS_DUP3,
	}
	if sysDup2 >= 0 {
		calls = append(calls, sysDup2)
	}
	return calls
}
