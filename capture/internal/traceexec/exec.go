//go:build linux && (amd64 || arm64)

// Package traceexec is the start of a command nldump traces: a copy of
// nldump (/proc/self/exe) run with Env in its environment waits until
// the tracer has attached, installs the seccomp filter the tracer sends,
// and executes the command.
//
// It runs from an init function before any other package of nldump is
// initialized (it imports nothing that needs initializing, and its path
// sorts first), so that a traced command starts without waiting for
// nldump's name tables to be built. For the same reason it makes its
// system calls itself and reads its arguments and environment from
// /proc/self.
package traceexec

import "unsafe"

// Env is the variable that makes a copy of nldump a helper:
// "exit" (exit at once), or "run:GO:STATUS" and "run-seccomp:GO:STATUS".
// GO and STATUS are descriptors: the tracer writes a byte on GO once
// attached, then, for run-seccomp, the filter (a 16-bit count of
// instructions, native order, then the struct sock_filter array); the
// helper answers on STATUS 'S' when the filter is in place, 'N' if not.
// The command's path is argument 1, its argv from argument 2 on.
const Env = "_NLDUMP_TRACE_HELPER"

func init() {
	env := readFile("/proc/self/environ\x00")
	val, ok := lookup(env, Env)
	if !ok {
		return
	}
	mode, rest := cut(val, ':')
	goS, stS := cut(rest, ':')
	goFd, ok1 := atoi(goS)
	stFd, ok2 := atoi(stS)
	switch {
	case string(mode) == "exit":
		exit(0)
	case string(mode) != "run" && string(mode) != "run-seccomp", !ok1, !ok2:
		exit(125)
	}
	args := split(readFile("/proc/self/cmdline\x00"))
	if len(args) < 3 {
		exit(125)
	}
	// The two descriptors close at the exec: closed by hand after the
	// filter is in place, each would stop at the tracer.
	const fSetfd, fdCloexec = 2, 1
	syscall(sysFcntl, uintptr(goFd), fSetfd, fdCloexec)
	syscall(sysFcntl, uintptr(stFd), fSetfd, fdCloexec)
	var b [1]byte
	if readFull(goFd, b[:]) != 1 {
		// the tracer could not attach and gave up
		exit(125)
	}
	status := byte('N')
	if string(mode) == "run-seccomp" {
		var n [2]byte
		if readFull(goFd, n[:]) == 2 {
			count := int(*(*uint16)(unsafe.Pointer(&n[0])))
			prog := make([]byte, count*8)
			if count > 0 && readFull(goFd, prog) == len(prog) && install(prog, count) {
				status = 'S'
			}
		}
	}
	syscall(sysWrite, uintptr(stFd), uintptr(unsafe.Pointer(&status)), 1)

	path := cstr(args[1])
	argv := cstrs(args[2:])
	var envs [][]byte
	for _, kv := range split(env) {
		if k, _ := cut(kv, '='); string(k) != Env {
			envs = append(envs, kv)
		}
	}
	envp := cstrs(envs)
	_, e := syscall(sysExecve, uintptr(unsafe.Pointer(path)), uintptr(unsafe.Pointer(&argv[0])), uintptr(unsafe.Pointer(&envp[0])))
	// as a shell says it
	msg := append([]byte("nldump trace: "), args[2]...)
	msg = append(msg, ": "...)
	msg = append(msg, strerror(e)...)
	msg = append(msg, '\n')
	syscall(sysWrite, 2, uintptr(unsafe.Pointer(&msg[0])), uintptr(len(msg)))
	if e == errENOENT {
		exit(127)
	}
	exit(126)
}

// install puts the filter in place; without CAP_SYS_ADMIN the kernel
// wants no_new_privs first (a traced program gains no privileges from
// set-user-ID files anyway).
func install(prog []byte, count int) bool {
	var fp struct {
		len    uint16
		_      [6]byte
		filter unsafe.Pointer
	}
	fp.len = uint16(count)
	fp.filter = unsafe.Pointer(&prog[0])
	const setModeFilter, prSetNoNewPrivs = 1, 38
	_, e := syscall(sysSeccomp, setModeFilter, 0, uintptr(unsafe.Pointer(&fp)))
	if e == errEACCES {
		if _, e2 := syscall(sysPrctl, prSetNoNewPrivs, 1, 0); e2 == 0 {
			_, e = syscall(sysSeccomp, setModeFilter, 0, uintptr(unsafe.Pointer(&fp)))
		}
	}
	return e == 0
}

func syscall(nr, a1, a2, a3 uintptr) (uintptr, uintptr) {
	return rawSyscall6(nr, a1, a2, a3, 0, 0, 0)
}

func rawSyscall6(nr, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr)

func exit(code int) {
	for {
		syscall(sysExitGroup, uintptr(code), 0, 0)
	}
}

const (
	errENOENT = 2
	errEINTR  = 4
	errEACCES = 13
	atFdcwd   = ^uintptr(99) // AT_FDCWD, -100
)

// readFile reads a whole (small) file; path ends in a NUL.
func readFile(path string) []byte {
	fd, e := syscall(sysOpenat, atFdcwd, uintptr(unsafe.Pointer(unsafe.StringData(path))), 0)
	if e != 0 {
		return nil
	}
	defer syscall(sysClose, fd, 0, 0)
	var out []byte
	buf := make([]byte, 16<<10)
	for {
		n, e := syscall(sysRead, fd, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
		if e == errEINTR {
			continue
		}
		if e != 0 || n == 0 {
			return out
		}
		out = append(out, buf[:n]...)
	}
}

// readFull reads len(b) bytes from fd, or fewer at its end.
func readFull(fd int, b []byte) int {
	got := 0
	for got < len(b) {
		n, e := syscall(sysRead, uintptr(fd), uintptr(unsafe.Pointer(&b[got])), uintptr(len(b)-got))
		if e == errEINTR {
			continue
		}
		if e != 0 || n == 0 {
			break
		}
		got += int(n)
	}
	return got
}

// split cuts NUL-terminated strings.
func split(b []byte) [][]byte {
	var out [][]byte
	for start, i := 0, 0; i < len(b); i++ {
		if b[i] == 0 {
			out = append(out, b[start:i])
			start = i + 1
		}
	}
	return out
}

func lookup(env []byte, key string) ([]byte, bool) {
	for _, kv := range split(env) {
		if k, v := cut(kv, '='); string(k) == key {
			return v, true
		}
	}
	return nil, false
}

func cut(b []byte, sep byte) ([]byte, []byte) {
	for i, c := range b {
		if c == sep {
			return b[:i], b[i+1:]
		}
	}
	return b, nil
}

func atoi(b []byte) (int, bool) {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' || n > 1<<20 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(b) > 0
}

func cstr(b []byte) *byte {
	c := make([]byte, len(b)+1)
	copy(c, b)
	return &c[0]
}

// cstrs is a NULL-terminated array of C strings.
func cstrs(bs [][]byte) []*byte {
	out := make([]*byte, 0, len(bs)+1)
	for _, b := range bs {
		out = append(out, cstr(b))
	}
	return append(out, nil)
}

// strerror is the C library's text of the errors execve gives.
func strerror(e uintptr) string {
	switch e {
	case errENOENT:
		return "No such file or directory"
	case errEACCES:
		return "Permission denied"
	case 7:
		return "Argument list too long"
	case 8:
		return "Exec format error"
	case 12:
		return "Cannot allocate memory"
	case 20:
		return "Not a directory"
	case 21:
		return "Is a directory"
	case 26:
		return "Text file busy"
	case 36:
		return "File name too long"
	case 40:
		return "Too many levels of symbolic links"
	}
	return "cannot execute"
}
