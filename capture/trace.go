package capture

import (
	"errors"
	"os"
	"strconv"
	"sync/atomic"
	"syscall"
)

// TraceConfig says what a Tracer traces: a command it starts, or running
// processes it attaches to.
type TraceConfig struct {
	// Argv is the command to run; Path is the executable (Argv[0] looked
	// up in PATH when empty).
	Argv []string
	Path string
	Env  []string // nil: nldump's own environment
	Dir  string
	// Stdin, Stdout and Stderr of the command (nil: nldump's own).
	Stdin, Stdout, Stderr *os.File

	// Pids attaches to running processes, every thread of each, instead
	// of running a command.
	Pids []int

	// Follow traces the children and threads the traced processes create.
	Follow bool

	// NoSeccomp stops a started command at every system call, as when
	// attaching, instead of installing a seccomp filter that stops it
	// only at the calls the tracer reads.
	NoSeccomp bool
}

// TraceExit is how tracing ended.
type TraceExit struct {
	Pid      int            // the command, or the first attached process
	Exited   bool           // Pid exited: Code, or Signal when killed
	Code     int            // exit code
	Signal   syscall.Signal // the signal that killed it, or 0
	Detached bool           // nldump detached and the processes run on
	Seccomp  bool           // a seccomp filter selected the stops
}

// Status is the exit status a shell would report for the traced command:
// its exit code, or 128+N when signal N killed it; 0 after a detach.
func (e *TraceExit) Status() int {
	switch {
	case !e.Exited:
		return 0
	case e.Signal != 0:
		return 128 + int(e.Signal)
	}
	return e.Code
}

// TraceError is a failure to trace, with what to do about it.
type TraceError struct {
	Op   string // what failed: "attach to 42", "run ip", ...
	Err  error
	Hint string // how to fix it, or ""
}

func (e *TraceError) Error() string {
	s := e.Op + ": " + e.Err.Error()
	if e.Hint != "" {
		s += " (" + e.Hint + ")"
	}
	return s
}

func (e *TraceError) Unwrap() error { return e.Err }

// ErrCommandNotFound is the error of a command that is not in PATH or
// not there (a shell's exit status 127); ErrCommandNotExecutable of one
// that cannot be executed (126).
var (
	ErrCommandNotFound      = errors.New("command not found")
	ErrCommandNotExecutable = errors.New("command not executable")
)

// cmdError is a command's failure in a shell's words, which are all its
// message says.
type cmdError struct {
	msg  string
	kind error
}

func (e *cmdError) Error() string { return e.msg }
func (e *cmdError) Unwrap() error { return e.kind }

// ErrTraceUnsupported is returned where nldump cannot trace: other
// operating systems and architectures.
var ErrTraceUnsupported = errors.New("tracing needs Linux on amd64 or arm64")

// Tracer traces the netlink traffic of processes with ptrace(2): every
// buffer they send or receive on a netlink socket. Make one with
// NewTracer, then call Run.
type Tracer struct {
	cfg    TraceConfig
	detach atomic.Bool
	sys    tracerSys
}

// NewTracer returns a Tracer for the configuration.
func NewTracer(cfg TraceConfig) *Tracer {
	return &Tracer{cfg: cfg}
}

// Detach asks Run to detach from every traced process and return, leaving
// them running. It may be called from any goroutine, and before Run. A
// command Run started under its seccomp filter cannot run untraced (the
// filter would fail its calls): Run then reports nothing more, and
// returns when the command exits.
//
// Without Follow, a started command runs without the filter: its
// children and threads, untraced, must not meet it.
func (t *Tracer) Detach() {
	if !t.detach.Swap(true) {
		t.wakeRun()
	}
}

// ResultNote says how a traced frame's call ended when it did not simply
// move the whole buffer, in strace's words: "= -1 ECONNREFUSED" (a
// failed send), "= 36 (truncated, MSG_TRUNC)" (a datagram longer than
// the receive buffer), "= 36" (a return value other than the buffer's
// length); "" otherwise.
func (f *Frame) ResultNote() string {
	switch {
	case !f.HasResult:
		return ""
	case f.Errno != 0:
		return "= -1 " + errnoName(f.Errno)
	case f.Truncated:
		return "= " + strconv.FormatInt(f.Result, 10) + " (truncated, MSG_TRUNC)"
	case f.Result != int64(len(f.Data)):
		return "= " + strconv.FormatInt(f.Result, 10)
	}
	return ""
}

// DestNote names the destination of a traced send when it is not the
// kernel alone: "nl_pid=424242", "nl_groups=0x1", both; "" otherwise.
func (f *Frame) DestNote() string {
	if !f.HasDest || f.Dest == 0 && f.DestGroups == 0 {
		return ""
	}
	s := ""
	if f.Dest != 0 {
		s = "nl_pid=" + strconv.FormatUint(uint64(f.Dest), 10)
	}
	if f.DestGroups != 0 {
		if s != "" {
			s += " "
		}
		s += "nl_groups=0x" + strconv.FormatUint(uint64(f.DestGroups), 16)
	}
	return s
}
