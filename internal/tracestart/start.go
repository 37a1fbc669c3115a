//go:build linux && (amd64 || arm64)

// Package tracestart starts a command nldump traces. The tracer starts a
// child that waits until the tracer has attached to it, installs the
// seccomp filter when asked to, and executes the command: the filter is
// in place before the command's first instruction, and the tracer sees
// every call from there on.
//
// The child shares nldump's memory until its exec (vfork), not a new
// program: it runs a few system calls of its own (child.go) and never
// the Go runtime, so a traced command starts without a second start of
// nldump and without a copy of nldump's page tables.
package tracestart

import (
	"errors"
	"io"
	"os"
	"runtime"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Spec is a command to start.
type Spec struct {
	Path string // the executable
	Argv []string
	Env  []string
	Dir  string // "" for nldump's own
	// Stdio are the descriptors that become the command's 0, 1 and 2
	// (-1 leaves one closed). Every other descriptor of nldump's goes
	// to the command as it is: those nldump was given open across exec
	// (3<FILE, a jobserver, the sockets of socket activation) stay open
	// at their numbers, and nldump opens its own close-on-exec.
	Stdio [3]int
	// Filter is the seccomp filter the child installs when Go asks it
	// to.
	Filter []unix.SockFilter
}

// Child is a started child waiting for the tracer.
type Child struct {
	Pid    int
	goW    *os.File
	status *os.File
	filter bool // asked for by Go
}

// Go lets the child go on: it installs the filter first when filter is
// set. Call it once the tracer has attached.
func (c *Child) Go(filter bool) error {
	b := [1]byte{'N'}
	if filter {
		b[0] = 'F'
	}
	c.filter = filter
	_, err := c.goW.Write(b[:])
	c.goW.Close()
	return err
}

// Filtered reports, once the command has been executed (its exec
// stop), whether the filter is in place.
func (c *Child) Filtered() bool {
	var b [1]byte
	n, _ := c.status.Read(b[:])
	c.status.Close()
	return c.filter && n == 0
}

// End ends a child that has not been let go: it reads the end of its
// pipe and exits, and End waits for that.
func (c *Child) End() {
	c.goW.Close()
	c.status.Close()
	var ws syscall.WaitStatus
	for {
		if _, err := syscall.Wait4(c.Pid, &ws, 0, nil); err != syscall.EINTR {
			return
		}
	}
}

// Start starts the child of s. The child shares nldump's memory until
// it executes the command (vfork), which costs no copy of nldump's
// page tables; the thread that started it waits for that exec, on a
// goroutine of its own.
func Start(s *Spec) (*Child, error) {
	if len(s.Argv) == 0 {
		return nil, errors.New("no command")
	}
	// Everything the child uses is made here, before the fork.
	a := &childArgs{stdio: s.Stdio}
	var err error
	if a.path, err = syscall.BytePtrFromString(s.Path); err != nil {
		return nil, err
	}
	if a.argv, err = syscall.SlicePtrFromStrings(s.Argv); err != nil {
		return nil, err
	}
	if a.envp, err = syscall.SlicePtrFromStrings(s.Env); err != nil {
		return nil, err
	}
	if s.Dir != "" {
		if a.dir, err = syscall.BytePtrFromString(s.Dir); err != nil {
			return nil, err
		}
	}
	a.prefix = []byte("nldump trace: " + s.Argv[0] + ": ")
	if len(s.Filter) > 0 {
		a.prog.Len = uint16(len(s.Filter))
		a.prog.Filter = &s.Filter[0]
	}
	var gp, sp [2]int
	if err := syscall.Pipe2(gp[:], syscall.O_CLOEXEC); err != nil {
		return nil, err
	}
	if err := syscall.Pipe2(sp[:], syscall.O_CLOEXEC); err != nil {
		syscall.Close(gp[0])
		syscall.Close(gp[1])
		return nil, err
	}
	a.goR, a.goW, a.stR, a.stW = gp[0], gp[1], sp[0], sp[1]
	goW, status := os.NewFile(uintptr(gp[1]), "go"), os.NewFile(uintptr(sp[0]), "status")
	// No descriptor made elsewhere while the fork copies them is left
	// open across the command's exec. The child says its id first; once
	// it has, its descriptors are its own, and nldump's ends go.
	syscall.ForkLock.Lock()
	failed := make(chan unix.Errno, 1)
	go func() {
		// this thread waits until the exec; it is not handed to
		// another goroutine meanwhile
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		_, errno := vfork(a)
		if errno != 0 {
			failed <- errno
			syscall.Close(a.stW) // the read below ends
		}
		runtime.KeepAlive(a)
		runtime.KeepAlive(s)
	}()
	var id [4]byte
	_, err = io.ReadFull(status, id[:])
	syscall.ForkLock.Unlock()
	if err != nil {
		goW.Close()
		status.Close()
		syscall.Close(a.goR)
		return nil, <-failed
	}
	syscall.Close(a.goR)
	syscall.Close(a.stW)
	return &Child{Pid: int(*(*uint32)(unsafe.Pointer(&id[0]))), goW: goW, status: status}, nil
}

// Kick starts a child that exits at once: its end wakes a wait4 for the
// children of any thread of nldump.
func Kick() error {
	runtime.LockOSThread() // as vfork wants
	defer runtime.UnlockOSThread()
	_, errno := vfork(nil)
	if errno != 0 {
		return errno
	}
	return nil
}
