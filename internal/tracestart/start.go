//go:build linux && (amd64 || arm64)

// Package tracestart starts a command nldump traces. The tracer forks a
// child that waits until the tracer has attached to it, installs the
// seccomp filter when asked to, and executes the command: the filter is
// in place before the command's first instruction, and the tracer sees
// every call from there on.
//
// The child is a copy of nldump made by fork(2), not a new program: it
// runs a few system calls of its own (child.go) and never the Go
// runtime, so a traced command starts without a second start of nldump.
package tracestart

import (
	"errors"
	"os"
	"slices"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// Spec is a command to start.
type Spec struct {
	Path string // the executable
	Argv []string
	Env  []string
	Dir  string // "" for nldump's own
	// Files are the command's descriptors: Files[i] becomes its
	// descriptor i, and ^uintptr(0) leaves i closed. From 3 up, Files[i]
	// is i or ^uintptr(0): what StdFiles gives.
	Files []uintptr
	// Filter is the seccomp filter (struct sock_filter array) that Go
	// installs, if sent.
	Filter []unix.SockFilter
}

// Child is a started child waiting for the tracer.
type Child struct {
	Pid    int
	Status *os.File // its answer: 'S' when the filter is in place, 'N' if not
	goW    *os.File
}

// Go lets the child go on: it installs the filter first when filter is
// set. Call it once the tracer has attached.
func (c *Child) Go(filter bool) error {
	b := [1]byte{'N'}
	if filter {
		b[0] = 'F'
	}
	_, err := c.goW.Write(b[:])
	c.goW.Close()
	return err
}

// End ends a child that has not been let go: it reads the end of its
// pipe and exits, and End waits for that.
func (c *Child) End() {
	c.goW.Close()
	c.Status.Close()
	var ws syscall.WaitStatus
	for {
		if _, err := syscall.Wait4(c.Pid, &ws, 0, nil); err != syscall.EINTR {
			return
		}
	}
}

// Start forks the child of s.
func Start(s *Spec) (*Child, error) {
	if len(s.Argv) == 0 {
		return nil, errors.New("no command")
	}
	for i := 3; i < len(s.Files); i++ {
		if f := s.Files[i]; f != uintptr(i) && f != ^uintptr(0) {
			return nil, errors.New("tracestart: descriptor " + strconv.Itoa(i) + " is not its own")
		}
	}
	// Everything the child uses is made here, before the fork.
	a := &childArgs{stdio: [3]int{-1, -1, -1}, goR: -1}
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
	for i := 0; i < 3 && i < len(s.Files); i++ {
		if s.Files[i] != ^uintptr(0) {
			a.stdio[i] = int(s.Files[i])
		}
	}
	a.low = len(s.Files)
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
	// no descriptor made elsewhere while the fork copies them is left
	// open across the command's exec
	syscall.ForkLock.Lock()
	pid, errno := fork(a)
	syscall.ForkLock.Unlock()
	syscall.Close(a.goR)
	syscall.Close(a.stW)
	goW, stR := os.NewFile(uintptr(a.goW), "go"), os.NewFile(uintptr(a.stR), "status")
	if errno != 0 {
		goW.Close()
		stR.Close()
		return nil, errno
	}
	return &Child{Pid: pid, Status: stR, goW: goW}, nil
}

// Kick starts a child that exits at once: its end wakes a wait4 for the
// children of any thread of nldump.
func Kick() error {
	_, errno := fork(nil)
	if errno != 0 {
		return errno
	}
	return nil
}

// StdFiles are the descriptors of a command with the given standard
// input, output and error, and every descriptor from 3 up that nldump
// was given open across exec (3<FILE, a jobserver, the sockets of
// socket activation) at its own number. nldump opens its own files
// close-on-exec.
func StdFiles(stdin, stdout, stderr uintptr) []uintptr {
	files := []uintptr{stdin, stdout, stderr}
	d, err := os.Open("/proc/self/fd")
	if err != nil {
		return files
	}
	names, _ := d.Readdirnames(-1)
	d.Close()
	var fds []int
	for _, n := range names {
		fd, err := strconv.Atoi(n)
		if err != nil || fd < 3 {
			continue
		}
		if fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil && fl&unix.FD_CLOEXEC == 0 {
			fds = append(fds, fd)
		}
	}
	slices.Sort(fds)
	for _, fd := range fds {
		for len(files) <= fd {
			files = append(files, ^uintptr(0))
		}
		files[fd] = uintptr(fd)
	}
	return files
}
