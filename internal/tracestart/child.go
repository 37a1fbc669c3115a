//go:build linux && (amd64 || arm64)

package tracestart

import (
	"unsafe" // and for go:linkname

	"golang.org/x/sys/unix"
)

// The runtime's side of a fork, as package syscall calls it: signals
// blocked around the fork, and in the child reset to their defaults;
// and the runtime's marks of a thread in a system call, so that the
// thread waiting in vfork holds no P (a stop of the world does not wait
// for it). All five are kept for use outside the runtime
// (go.dev/issue/67401).

//go:linkname beforeFork syscall.runtime_BeforeFork
func beforeFork()

//go:linkname afterFork syscall.runtime_AfterFork
func afterFork()

//go:linkname afterForkInChild syscall.runtime_AfterForkInChild
func afterForkInChild()

//go:linkname entersyscall runtime.entersyscall
func entersyscall()

//go:linkname exitsyscall runtime.exitsyscall
func exitsyscall()

// childArgs is everything the child uses, made before the fork. The
// child shares nldump's memory until its exec (vfork): it may not
// allocate, grow its stack, enter the runtime, or write anything but
// its own stack.
type childArgs struct {
	path, dir  *byte
	argv, envp []*byte
	stdio      [3]int // the descriptors that become 0, 1 and 2 (-1: closed)
	goR, stW   int    // the child's ends of the pipes
	goW, stR   int    // nldump's
	prog       unix.SockFprog
	prefix     []byte // of the message when the exec fails
}

func rawSyscall6(nr, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr)

func rawVfork(nr, a1, a2, a3 uintptr) (r, errno uintptr)

//go:nosplit
func sys3(nr, a1, a2, a3 uintptr) (uintptr, uintptr) {
	return rawSyscall6(nr, a1, a2, a3, 0, 0, 0)
}

// vfork starts the child and returns once it has executed the command
// or exited; the child runs child(a), or exits at once when a is nil.
// The calling thread waits all that time: in a system call for the
// runtime, without a P. The calling goroutine is locked to its thread:
// when the runtime has given its P away meanwhile, it gets one back
// through the locked thread's path, the only one that takes a thread
// still marked as forking.
//
//go:noinline
//go:norace
//go:nocheckptr
func vfork(a *childArgs) (pid int, errno unix.Errno) {
	beforeFork()
	entersyscall()
	r, e := rawVfork(unix.SYS_CLONE, uintptr(unix.CLONE_VM|unix.CLONE_VFORK|unix.SIGCHLD), 0, 0)
	if e == 0 && r == 0 {
		afterForkInChild()
		if a == nil {
			exit(0)
		}
		child(a)
	}
	exitsyscall()
	afterFork()
	if e != 0 {
		return 0, unix.Errno(e)
	}
	return int(r), 0
}

// child says its process id on the status pipe, waits for the tracer's
// go byte, puts the command's descriptors and directory in place,
// installs the filter when the byte asks, and executes the command. It answers 'N' on the status pipe when it was asked for the
// filter and could not install it; the pipe closes at the exec. It
// never returns.
//
//go:nosplit
//go:norace
//go:nocheckptr
func child(a *childArgs) {
	goR, stW := a.goR, a.stW
	// nldump's ends: held here, the go pipe would never read its end
	// when nldump gives up or is gone
	sys3(unix.SYS_CLOSE, uintptr(a.goW), 0, 0)
	sys3(unix.SYS_CLOSE, uintptr(a.stR), 0, 0)
	// the id first, before anything that can fail: Start waits for it
	pid, _ := sys3(unix.SYS_GETPID, 0, 0, 0)
	id := uint32(pid)
	sys3(unix.SYS_WRITE, uintptr(stW), uintptr(unsafe.Pointer(&id)), 4)
	var b [1]byte
	for {
		n, e := sys3(unix.SYS_READ, uintptr(goR), uintptr(unsafe.Pointer(&b[0])), 1)
		if e == uintptr(unix.EINTR) {
			continue
		}
		if e != 0 || n != 1 {
			// the tracer gave up
			exit(125)
		}
		break
	}
	// The command's 0, 1 and 2: first every descriptor that a dup3
	// below could overwrite goes above them (close-on-exec copies),
	// then each is put in place.
	stdio := a.stdio
	for _, fd := range [...]*int{&stW, &stdio[0], &stdio[1], &stdio[2]} {
		if *fd >= 0 && *fd < 3 {
			n, e := sys3(unix.SYS_FCNTL, uintptr(*fd), unix.F_DUPFD_CLOEXEC, 3)
			if e != 0 {
				fail(a, e)
			}
			*fd = int(n)
		}
	}
	for i, fd := range stdio {
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
	if b[0] == 'F' && !install(&a.prog) {
		// Without a filter nothing stops this call. With one, the
		// pipes close at the exec, unseen: closed or written here,
		// each call would stop at the tracer.
		no := byte('N')
		sys3(unix.SYS_WRITE, uintptr(stW), uintptr(unsafe.Pointer(&no)), 1)
	}
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
