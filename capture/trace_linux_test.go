//go:build linux && (amd64 || arm64)

package capture

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// runBPF runs a classic BPF program of the instructions traceFilter uses
// on a struct seccomp_data.
func runBPF(t *testing.T, prog []unix.SockFilter, data []byte) uint32 {
	t.Helper()
	var acc uint32
	for pc := 0; pc < len(prog); pc++ {
		in := prog[pc]
		switch in.Code {
		case bpfLdAbs:
			if int(in.K)+4 > len(data) {
				t.Fatalf("load past the data at %d", pc)
			}
			acc = binary.LittleEndian.Uint32(data[in.K:])
		case bpfJeq, bpfJge, bpfJset:
			var cond bool
			switch in.Code {
			case bpfJeq:
				cond = acc == in.K
			case bpfJge:
				cond = acc >= in.K
			case bpfJset:
				cond = acc&in.K != 0
			}
			if cond {
				pc += int(in.Jt)
			} else {
				pc += int(in.Jf)
			}
		case bpfRet:
			return in.K
		default:
			t.Fatalf("unexpected instruction %#x at %d", in.Code, pc)
		}
	}
	t.Fatal("the program runs off its end")
	return 0
}

func seccompData(arch uint32, nr int, args ...uint64) []byte {
	b := make([]byte, 64)
	binary.LittleEndian.PutUint32(b[0:], uint32(nr))
	binary.LittleEndian.PutUint32(b[4:], arch)
	for i, a := range args {
		binary.LittleEndian.PutUint64(b[16+8*i:], a)
	}
	return b
}

func TestTraceFilter(t *testing.T) {
	prog := traceFilter()
	if len(prog) > 255 {
		t.Fatalf("%d instructions", len(prog))
	}
	const trace, allow = unix.SECCOMP_RET_TRACE, unix.SECCOMP_RET_ALLOW
	for _, c := range []struct {
		name string
		data []byte
		want uint32
	}{
		{"sendmsg", seccompData(traceAuditArch, unix.SYS_SENDMSG, 3), trace},
		{"recvmmsg", seccompData(traceAuditArch, unix.SYS_RECVMMSG, 3), trace},
		{"write 1", seccompData(traceAuditArch, unix.SYS_WRITE, 1), allow},
		{"write 3", seccompData(traceAuditArch, unix.SYS_WRITE, 3), trace},
		{"write -1", seccompData(traceAuditArch, unix.SYS_WRITE, ^uint64(0)), trace},
		{"read 2", seccompData(traceAuditArch, unix.SYS_READ, 2), allow},
		{"read 7", seccompData(traceAuditArch, unix.SYS_READ, 7), trace},
		{"readv 0", seccompData(traceAuditArch, unix.SYS_READV, 0), allow},
		{"readv 4", seccompData(traceAuditArch, unix.SYS_READV, 4), trace},
		{"writev 2", seccompData(traceAuditArch, unix.SYS_WRITEV, 2), allow},
		{"writev 3", seccompData(traceAuditArch, unix.SYS_WRITEV, 3), trace},
		{"sendto 1", seccompData(traceAuditArch, unix.SYS_SENDTO, 1), trace},
		{"clone", seccompData(traceAuditArch, unix.SYS_CLONE, unix.CLONE_VM|unix.CLONE_THREAD|unix.CLONE_SIGHAND), allow},
		{"clone CLONE_UNTRACED", seccompData(traceAuditArch, unix.SYS_CLONE, unix.CLONE_UNTRACED|uint64(unix.SIGCHLD)), trace},
		{"clone3", seccompData(traceAuditArch, unix.SYS_CLONE3, 0x1000, 88), trace},
		{"close", seccompData(traceAuditArch, unix.SYS_CLOSE, 3), trace},
		{"close_range", seccompData(traceAuditArch, unix.SYS_CLOSE_RANGE, 3, ^uint64(0), 0), trace},
		{"dup3", seccompData(traceAuditArch, unix.SYS_DUP3, 3, 4, 0), trace},
		{"socket AF_NETLINK", seccompData(traceAuditArch, unix.SYS_SOCKET, unix.AF_NETLINK, unix.SOCK_RAW, 0), trace},
		{"socket AF_INET", seccompData(traceAuditArch, unix.SYS_SOCKET, unix.AF_INET, unix.SOCK_STREAM, 0), allow},
		{"fcntl F_DUPFD", seccompData(traceAuditArch, unix.SYS_FCNTL, 3, unix.F_DUPFD, 10), trace},
		{"fcntl F_DUPFD_CLOEXEC", seccompData(traceAuditArch, unix.SYS_FCNTL, 3, unix.F_DUPFD_CLOEXEC, 10), trace},
		{"fcntl F_SETFL", seccompData(traceAuditArch, unix.SYS_FCNTL, 3, unix.F_SETFL, unix.O_NONBLOCK), allow},
		{"unshare CLONE_FILES", seccompData(traceAuditArch, unix.SYS_UNSHARE, unix.CLONE_FILES|unix.CLONE_NEWNET), trace},
		{"unshare CLONE_NEWNET", seccompData(traceAuditArch, unix.SYS_UNSHARE, unix.CLONE_NEWNET), allow},
		{"getpid", seccompData(traceAuditArch, unix.SYS_GETPID), allow},
		{"openat", seccompData(traceAuditArch, unix.SYS_OPENAT, 0), allow},
		{"another arch", seccompData(0x40000003, unix.SYS_WRITE, 5), allow},
		{"x32", seccompData(traceAuditArch, x32Bit|unix.SYS_WRITE, 5), allow},
	} {
		if got := runBPF(t, prog, c.data); got != c.want {
			t.Errorf("%s: %#x, want %#x", c.name, got, c.want)
		}
	}
}

func TestFdTable(t *testing.T) {
	f := newFdTable()
	f.set(3, 0)
	f.set(4, -1)
	f.copy(3, 10)
	f.copy(5, 4) // 5 unknown: 4 is forgotten
	if p, ok := f.m[10]; !ok || p != 0 {
		t.Errorf("dup of 3: %d %v", p, ok)
	}
	if _, ok := f.m[4]; ok {
		t.Error("4 is still known after a dup of an unknown fd onto it")
	}
	c := f.clone()
	c.forget(3)
	if _, ok := f.m[3]; !ok {
		t.Error("forgetting in a clone forgot in the original")
	}
	f.set(20, 16)
	f.forgetRange(10, 19)
	if _, ok := f.m[10]; ok {
		t.Error("close_range left 10")
	}
	if _, ok := f.m[20]; !ok {
		t.Error("close_range dropped 20")
	}
	if f.forget(^uint64(0)) || f.forget(1<<40) {
		t.Error("forgot an impossible fd")
	}
}

func TestNetlinkInode(t *testing.T) {
	table := `sk               Eth Pid        Groups   Rmem     Wmem     Dump  Locks    Drops    Inode
0000000000000000 0   4195       00000000 0        0        0     2        0        150163
0000000000000000 16  0          00000000 0        0        0     2        0        20
0000000000000000 4   4195       00000000 0        0        0     2        0        150170
`
	path := filepath.Join(t.TempDir(), "netlink")
	if err := os.WriteFile(path, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	for ino, want := range map[uint64]int{150163: 0, 20: 16, 150170: 4, 15016: -1, 99: -1} {
		if got := netlinkInode(path, ino); got != want {
			t.Errorf("inode %d: protocol %d, want %d", ino, got, want)
		}
	}
	if got := netlinkInode(filepath.Join(t.TempDir(), "none"), 20); got != -1 {
		t.Errorf("no table: %d", got)
	}
}

// TestProcFdProto finds the protocol of this process's own sockets.
func TestProcFdProto(t *testing.T) {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_GENERIC)
	if err != nil {
		t.Skip("no netlink sockets here:", err)
	}
	defer unix.Close(fd)
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		t.Fatal(err)
	}
	if p, ok := procFdProto(os.Getpid(), fd); !ok || p != unix.NETLINK_GENERIC {
		t.Errorf("netlink socket: %d %v", p, ok)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if p, ok := procFdProto(os.Getpid(), int(w.Fd())); !ok || p != -1 {
		t.Errorf("pipe: %d %v", p, ok)
	}
	if _, ok := procFdProto(os.Getpid(), 1<<20); ok {
		t.Error("a closed fd is known")
	}
}

func TestHints(t *testing.T) {
	for _, c := range []struct {
		err          error
		attach       bool
		euid         int
		yama, status string
		want         string
	}{
		{unix.ESRCH, true, 1000, "1", "", ""},
		{unix.EPERM, true, 1000, "1", "", "kernel.yama.ptrace_scope is 1"},
		{unix.EPERM, false, 1000, "1", "", "an LSM"},
		{unix.EPERM, false, 1000, "2", "", "kernel.yama.ptrace_scope is 2"},
		{unix.EPERM, true, 0, "3", "", "kernel.yama.ptrace_scope is 3"},
		{unix.EPERM, false, 0, "", "Name:\tnldump\nSeccomp:\t2\n", "a seccomp filter refuses ptrace"},
		{unix.EPERM, true, 1000, "0", "Seccomp:\t0\n", "the process belongs to another user"},
	} {
		got := hintFor(c.err, c.attach, c.euid, c.yama, c.status)
		if c.want == "" && got != "" || !strings.HasPrefix(got, c.want) {
			t.Errorf("%v attach=%v euid=%d yama=%q: %q, want %q...", c.err, c.attach, c.euid, c.yama, got, c.want)
		}
	}
}

func TestResultNotes(t *testing.T) {
	for _, c := range []struct {
		fr         Frame
		note, dest string
		saw        bool
	}{
		{Frame{Data: make([]byte, 36)}, "", "", true},
		{Frame{Data: make([]byte, 36), HasResult: true, Result: 36}, "", "", true},
		{Frame{Data: make([]byte, 36), HasResult: true, Errno: unix.ECONNREFUSED, HasDest: true, Dest: 424242}, "= -1 ECONNREFUSED", "nl_pid=424242", false},
		{Frame{Data: make([]byte, 8), HasResult: true, Result: 1468, Truncated: true, OrigLen: 1468, Peek: true}, "= 1468 (truncated, MSG_TRUNC)", "", false},
		{Frame{Data: make([]byte, 64), HasResult: true, Result: 64, Truncated: true}, "= 64 (truncated, MSG_TRUNC)", "", true},
		{Frame{Data: make([]byte, 16), HasResult: true, Result: 20}, "= 20", "", true},
		{Frame{Data: make([]byte, 16), HasResult: true, Result: 16, HasDest: true}, "", "", true},
		{Frame{Data: make([]byte, 16), HasResult: true, Result: 16, HasDest: true, DestGroups: 0x11}, "", "nl_groups=0x11", true},
		{Frame{Data: make([]byte, 16), HasResult: true, Result: 16, HasDest: true, Dest: 7, DestGroups: 1}, "", "nl_pid=7 nl_groups=0x1", true},
	} {
		if got := c.fr.ResultNote(); got != c.note {
			t.Errorf("%+v: result %q, want %q", c.fr, got, c.note)
		}
		if got := c.fr.DestNote(); got != c.dest {
			t.Errorf("%+v: destination %q, want %q", c.fr, got, c.dest)
		}
		if got := c.fr.KernelSaw(); got != c.saw {
			t.Errorf("%+v: kernel saw %v, want %v", c.fr, got, c.saw)
		}
	}
}

// TestLowNetlink: a netlink socket on 0, 1 or 2 makes the tracer stop
// the process at every call.
func TestLowNetlink(t *testing.T) {
	f := newFdTable()
	f.set(1, -1)
	f.set(5, 0)
	if f.lowNetlink() {
		t.Error("no netlink socket below 3")
	}
	f.set(2, 16)
	if !f.lowNetlink() {
		t.Error("netlink on 2")
	}
	f.forget(2)
	if f.lowNetlink() {
		t.Error("2 closed")
	}
}
