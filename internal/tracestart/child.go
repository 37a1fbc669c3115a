//go:build linux && (amd64 || arm64)

package tracestart

import (
	_ "unsafe" // go:linkname

	"golang.org/x/sys/unix"
	"unsafe"
)

// The runtime's side of a fork, as package syscall calls it: signals
// blocked around the fork, and in the child reset to their defaults.
// These three are kept for use outside package syscall (go.dev/issue/67401).

//go:linkname beforeFork syscall.runtime_BeforeFork
func beforeFork()

//go:linkname afterFork syscall.runtime_AfterFork
func afterFork()

//go:linkname afterForkInChild syscall.runtime_AfterForkInChild
func afterForkInChild()

// childArgs is everything the child uses, made before the fork: after
// it the child may not allocate, grow its stack or enter the runtime.
type childArgs struct {
	path, dir  *byte
	argv, envp []*byte
	// stdio are the descriptors that become 0, 1 and 2 (-1: closed);
	// low is the lowest descriptor the command does not get
	stdio              [3]int
	low                int
	goR, goW, stR, stW int
	prog               unix.SockFprog
	prefix             []byte // of the message when the exec fails
}

func rawSyscall6(nr, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr)

//go:nosplit
func sys3(nr, a1, a2, a3 uintptr) (uintptr, uintptr) {
	return rawSyscall6(nr, a1, a2, a3, 0, 0, 0)
}

// fork forks; the child runs child(a), or exits at once when a is nil.
//
//go:noinline
//go:norace
//go:nocheckptr
func fork(a *childArgs) (pid int, errno unix.Errno) {
	beforeFork()
	// clone with only SIGCHLD is fork(2) on every architecture
	r, e := rawSyscall6(unix.SYS_CLONE, uintptr(unix.SIGCHLD), 0, 0, 0, 0, 0)
	if e != 0 {
		afterFork()
		return 0, unix.Errno(e)
	}
	if r == 0 {
		afterForkInChild()
		if a == nil {
			exit(0)
		}
		child(a)
	}
	afterFork()
	return int(r), 0
}

// child waits for the tracer's go byte, installs the filter when the
// byte says so, answers, and executes the command. It never returns.
//
//go:nosplit
//go:norace
//go:nocheckptr
func child(a *childArgs) {
	// the tracer's ends of the pipes: held here, the go pipe would never
	// read its end when nldump is gone
	sys3(unix.SYS_CLOSE, uintptr(a.goW), 0, 0)
	sys3(unix.SYS_CLOSE, uintptr(a.stR), 0, 0)
	// The command's 0, 1 and 2: first every descriptor that a dup3
	// below could overwrite goes above them (close-on-exec copies),
	// then each is put in place.
	for _, fd := range [...]*int{&a.goR, &a.stW, &a.stdio[0], &a.stdio[1], &a.stdio[2]} {
		if *fd >= 0 && *fd < 3 {
			n, e := sys3(unix.SYS_FCNTL, uintptr(*fd), unix.F_DUPFD_CLOEXEC, uintptr(a.low))
			if e != 0 {
				fail(a, e)
			}
			*fd = int(n)
		}
	}
	for i, fd := range a.stdio {
		var e uintptr
		switch {
		case fd < 0:
			sys3(unix.SYS_CLOSE, uintptr(i), 0, 0)
		case fd == i:
			_, e = sys3(unix.SYS_FCNTL, uintptr(fd), unix.F_SETFD, 0)
		default:
			_, e = sys3(unix.SYS_DUP3, uintptr(fd), uintptr(i), 0)
		}
		if e != 0 {
			fail(a, e)
		}
	}
	if a.dir != nil {
		if _, e := sys3(unix.SYS_CHDIR, uintptr(unsafe.Pointer(a.dir)), 0, 0); e != 0 {
			fail(a, e)
		}
	}
	var b [1]byte
	for {
		n, e := sys3(unix.SYS_READ, uintptr(a.goR), uintptr(unsafe.Pointer(&b[0])), 1)
		if e == uintptr(unix.EINTR) {
			continue
		}
		if e != 0 || n != 1 {
			// the tracer gave up
			exit(125)
		}
		break
	}
	status := byte('N')
	if b[0] == 'F' && a.prog.Len > 0 && install(&a.prog) {
		status = 'S'
	}
	// The pipes close at the exec: closed here, after the filter is in
	// place, each close would stop at the tracer.
	sys3(unix.SYS_WRITE, uintptr(a.stW), uintptr(unsafe.Pointer(&status)), 1)
	_, e := sys3(unix.SYS_EXECVE, uintptr(unsafe.Pointer(a.path)), uintptr(unsafe.Pointer(&a.argv[0])), uintptr(unsafe.Pointer(&a.envp[0])))
	fail(a, e)
}

// install puts the filter in place; without CAP_SYS_ADMIN the kernel
// wants no_new_privs first (a traced program gains no privileges from
// set-user-ID files anyway).
//
//go:nosplit
func install(prog *unix.SockFprog) bool {
	_, e := sys3(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, 0, uintptr(unsafe.Pointer(prog)))
	if e == uintptr(unix.EACCES) {
		if _, e2 := sys3(unix.SYS_PRCTL, unix.PR_SET_NO_NEW_PRIVS, 1, 0); e2 == 0 {
			_, e = sys3(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, 0, uintptr(unsafe.Pointer(prog)))
		}
	}
	return e == 0
}

// fail says, as a shell does, why the command could not run, on the
// command's standard error, and exits as a shell does: 127 when the
// file is not there, 126 otherwise.
//
//go:nosplit
func fail(a *childArgs, e uintptr) {
	msg := strerror(e)
	sys3(unix.SYS_WRITE, 2, uintptr(unsafe.Pointer(&a.prefix[0])), uintptr(len(a.prefix)))
	sys3(unix.SYS_WRITE, 2, uintptr(unsafe.Pointer(unsafe.StringData(msg))), uintptr(len(msg)))
	if e == uintptr(unix.ENOENT) {
		exit(127)
	}
	exit(126)
}

//go:nosplit
func exit(code int) {
	for {
		sys3(unix.SYS_EXIT_GROUP, uintptr(code), 0, 0)
	}
}

// strerror is the C library's text of the errors execve and chdir
// give, with the line's end.
//
//go:nosplit
func strerror(e uintptr) string {
	switch unix.Errno(e) {
	case unix.ENOENT:
		return "No such file or directory\n"
	case unix.EACCES:
		return "Permission denied\n"
	case unix.E2BIG:
		return "Argument list too long\n"
	case unix.ENOEXEC:
		return "Exec format error\n"
	case unix.ENOMEM:
		return "Cannot allocate memory\n"
	case unix.ENOTDIR:
		return "Not a directory\n"
	case unix.EISDIR:
		return "Is a directory\n"
	case unix.ETXTBSY:
		return "Text file busy\n"
	case unix.ENAMETOOLONG:
		return "File name too long\n"
	case unix.ELOOP:
		return "Too many levels of symbolic links\n"
	case unix.EMFILE:
		return "Too many open files\n"
	}
	return "cannot execute\n"
}
