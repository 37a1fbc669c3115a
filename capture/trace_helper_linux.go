//go:build linux && (amd64 || arm64)

package capture

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// A traced command starts as a copy of the running binary
// (/proc/self/exe) with helperEnv set in its environment. The copy waits
// until the tracer has attached to it, installs the seccomp filter that
// picks the system calls the tracer stops at, and executes the command:
// the filter is in place before the command's first instruction, and the
// tracer sees every call from there on.
//
// The helper runs from an init function, on the main thread, before the
// program proper starts: so does every binary that links this package.
const helperEnv = "_NLDUMP_TRACE_HELPER"

// Helper modes: helperEnv is "MODE" or "MODE:GO:STATUS".
const (
	helperRun        = "run"         // execute the command
	helperRunSeccomp = "run-seccomp" // install the filter, then execute
	helperExit       = "exit"        // exit at once (wakes the tracer)
)

// The helper's two descriptors, GO and STATUS in helperEnv: the tracer
// writes a byte on GO once attached; the helper answers on STATUS
// whether the filter is in place ('S') or not ('N'). They are above
// every descriptor the command inherits, which keep their numbers.

func init() {
	if mode, ok := os.LookupEnv(helperEnv); ok {
		traceHelper(mode)
	}
}

func readRetry(fd int, b []byte) int {
	for {
		n, err := unix.Read(fd, b)
		if err != unix.EINTR {
			return n
		}
	}
}

func traceHelper(arg string) {
	var b [1]byte
	mode, fds, _ := strings.Cut(arg, ":")
	goS, stS, _ := strings.Cut(fds, ":")
	goFd, err1 := strconv.Atoi(goS)
	stFd, err2 := strconv.Atoi(stS)
	switch {
	case mode == helperExit:
		os.Exit(0)
	case mode != helperRun && mode != helperRunSeccomp, err1 != nil, err2 != nil, len(os.Args) < 3:
		os.Exit(125)
	}
	path, argv := os.Args[1], os.Args[2:]
	n := readRetry(goFd, b[:])
	unix.Close(goFd)
	if n != 1 {
		// the tracer could not attach and gave up
		os.Exit(125)
	}
	status := byte('N')
	if mode == helperRunSeccomp && installTraceFilter() == nil {
		status = 'S'
	}
	unix.Write(stFd, []byte{status})
	unix.Close(stFd)
	env := os.Environ()
	for i := 0; i < len(env); i++ {
		if strings.HasPrefix(env[i], helperEnv+"=") {
			env = append(env[:i], env[i+1:]...)
			i--
		}
	}
	err := unix.Exec(path, argv, env)
	// as a shell says it
	msg := err.Error()
	if e, ok := err.(unix.Errno); ok {
		msg = strerror(e)
	}
	fmt.Fprintf(os.Stderr, "nldump trace: %s: %s\n", argv[0], msg)
	if err == unix.ENOENT {
		os.Exit(127)
	}
	os.Exit(126)
}

// strerror is the C library's text of an error: Go's, capitalized.
func strerror(e unix.Errno) string {
	s := e.Error()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// installTraceFilter installs traceFilter in the calling thread.
// Without CAP_SYS_ADMIN the kernel wants no_new_privs first; a traced
// program gains no privileges from set-user-ID files anyway.
func installTraceFilter() error {
	prog := traceFilter()
	fp := unix.SockFprog{Len: uint16(len(prog)), Filter: &prog[0]}
	install := func() unix.Errno {
		_, _, e := unix.RawSyscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, 0, uintptr(unsafe.Pointer(&fp)))
		return e
	}
	e := install()
	if e == unix.EACCES {
		if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err == nil {
			e = install()
		}
	}
	if e != 0 {
		return e
	}
	return nil
}

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
