//go:build linux && (amd64 || arm64)

package capture

import (
	"encoding/binary"
	"errors"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/nldump/nldump/internal/tracestart"
	"golang.org/x/sys/unix"
)

type tracerSys struct {
	run atomic.Pointer[tracing] // the Run under way
}

func (t *Tracer) wakeRun() {
	if tr := t.sys.run.Load(); tr != nil {
		tr.kick()
	}
}

// ptrace requests and option bits x/sys/unix names only as numbers.
const (
	ptraceSeize          = 0x4206
	ptraceInterrupt      = 0x4207
	ptraceListen         = 0x4208
	ptraceGetSyscallInfo = 0x420e
	kcmpFiles            = 2
	// the stop signal of a syscall stop with PTRACE_O_TRACESYSGOOD
	sigSyscallStop = unix.SIGTRAP | 0x80
)

// limits on what one call may make the tracer read
const (
	maxIovecs   = 1024     // UIO_MAXIOV
	maxCallData = 64 << 20 // bytes of data per call
	maxMmsgs    = 1024     // UIO_MAXIOV for recvmmsg/sendmmsg
	sizeMsghdr  = 56       // struct msghdr on 64-bit
	sizeMmsghdr = 64       // struct mmsghdr
	sizeIovec   = 16
)

// tracee is one traced thread.
type tracee struct {
	tid  int
	fds  *fdTable
	nr   int       // the call whose exit stop it waits for, or -1
	args [6]uint64 // that call's arguments
	// started: the thread has had its first stop. A thread the kernel
	// attached on a fork starts stopped; held: that stop came before its
	// parent's fork event, so its file table is not known yet.
	started bool
	held    bool
	detach  bool // detach at the next stop
	// entered: the tracee is at the entry of a call, reported by a
	// syscall stop; the seccomp stop of the same call that may follow
	// is the same entry.
	entered bool
	tgid    int    // its process; 0 until known
	comm    string // the process's command name, read when first needed
}

// tracing is the state of one Run, owned by the thread that runs it.
type tracing struct {
	mmsg      []byte // the mmsghdrs of the call at hand
	t         *Tracer
	fn        func(*Frame) error
	opts      int
	seccomp   bool // the command runs under traceFilter
	filtered  bool // the child was asked to install traceFilter
	muted     bool // report nothing more: stopped, but not detached
	main      int
	tracees   map[int]*tracee
	exit      TraceExit
	child     *tracestart.Child // the command's, until its exec
	detaching bool
	err       error // the first error of fn; tracing then detaches

	// memory reads
	buf     []byte
	hdr     []byte
	remote  []unix.RemoteIovec
	bufs    []int // length of each buffer read into buf
	procMem bool  // process_vm_readv is refused: read /proc/PID/mem
	info    [88]byte
	frame   Frame
	// pending: frame holds a datagram read into buf that fn has not
	// had yet (emitPending); iov holds its iovec lengths
	pending bool
	iov     []int
	packets int
	pidfds  map[int]int // pidfd_open of a traced process, by its id; -1: refused
}

// Run traces until every traced process has exited, or until Detach. It
// calls fn for each netlink buffer, in order, on the tracing thread: for
// the last (most often the only) datagram of a call, once the thread
// that made the call has gone on, so that fn's work (decoding,
// printing) runs beside the traced program; for the others while the
// thread waits. The frame is nldump's copy of the bytes; fr.Data is
// valid only during the call. Before the thread's next call that the
// tracer stops at returns, fn has returned. After an error from fn Run
// reports nothing more: it detaches as Detach does, and returns the
// error.
func (t *Tracer) Run(fn func(*Frame) error) (*TraceExit, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tr := &tracing{t: t, fn: fn, tracees: map[int]*tracee{}, pidfds: map[int]int{}}
	defer tr.closePidfds()
	tr.opts = unix.PTRACE_O_TRACESYSGOOD | unix.PTRACE_O_TRACEEXEC | unix.PTRACE_O_TRACESECCOMP
	if t.cfg.Follow {
		tr.opts |= unix.PTRACE_O_TRACEFORK | unix.PTRACE_O_TRACEVFORK | unix.PTRACE_O_TRACECLONE
	}
	tr.t.sys.run.Store(tr)
	defer tr.t.sys.run.Store(nil)
	defer tr.closeStatus()
	var err error
	if len(t.cfg.Pids) > 0 {
		err = tr.attach()
	} else {
		err = tr.start()
	}
	if err != nil {
		return nil, err
	}
	if err := tr.loop(); err != nil {
		return &tr.exit, err
	}
	return &tr.exit, tr.err
}

// kick wakes Run from wait4 when Detach is called from another
// goroutine: it starts a child that exits at once, whose end wait4
// reports (Run waits for the children of every thread of nldump).
func (tr *tracing) kick() {
	tracestart.Kick()
}

func (tr *tracing) closeStatus() {
	if tr.child != nil {
		tr.child.Filtered() // closes its pipe
	}
}

func ptrace(req, pid int, addr, data uintptr) error {
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, uintptr(req), uintptr(pid), addr, data, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// start starts the command's child (package tracestart), attaches to
// it, and lets it go on to install the filter and execute the command.
func (tr *tracing) start() error {
	cfg := &tr.t.cfg
	if len(cfg.Argv) == 0 {
		return &TraceError{Op: "run", Err: errors.New("no command")}
	}
	path := cfg.Path
	if path == "" {
		p, err := exec.LookPath(cfg.Argv[0])
		if err != nil && !errors.Is(err, exec.ErrDot) {
			return &TraceError{Op: cfg.Argv[0], Err: commandErr(cfg.Argv[0], err)}
		}
		path = p
	}
	env := cfg.Env
	if env == nil {
		env = os.Environ()
	}
	// Without -f the filter would stay on threads and children nobody
	// traces, and fail their calls with ENOSYS.
	tr.filtered = !cfg.NoSeccomp && cfg.Follow
	// The command gets nldump's descriptors as they are: 0 to 2 (or what
	// the configuration says), and every other one nldump was given
	// open across exec.
	spec := &tracestart.Spec{Path: path, Argv: cfg.Argv, Env: env, Dir: cfg.Dir,
		Stdio: [3]int{stdFd(cfg.Stdin, 0), stdFd(cfg.Stdout, 1), stdFd(cfg.Stderr, 2)}}
	if tr.filtered {
		spec.Filter = traceFilter()
	}
	c, err := tracestart.Start(spec)
	if err != nil {
		return &TraceError{Op: "run " + cfg.Argv[0], Err: err}
	}
	pid := c.Pid
	// no PTRACE_O_EXITKILL: if nldump dies, the command runs on
	if err := ptrace(ptraceSeize, pid, 0, uintptr(tr.opts)); err != nil {
		c.End()
		return &TraceError{Op: "trace " + cfg.Argv[0], Err: err, Hint: ptraceHint(err, false)}
	}
	tr.main = pid
	tr.exit.Pid = pid
	tr.tracees[pid] = &tracee{tid: pid, fds: newFdTable(), nr: -1, started: true, tgid: pid}
	tr.child = c
	return c.Go(tr.filtered)
}

// stdFd is the descriptor of f, or dflt when f is nil; nldump's own
// standard files are 0, 1 and 2 (Fd would make a non-blocking
// descriptor blocking, under the command).
func stdFd(f *os.File, dflt int) int {
	switch f {
	case nil:
		return dflt
	case os.Stdin:
		return 0
	case os.Stdout:
		return 1
	case os.Stderr:
		return 2
	}
	return int(f.Fd())
}

// commandErr says, as a shell does, why a command cannot run.
func commandErr(name string, err error) error {
	switch {
	case errors.Is(err, exec.ErrNotFound) && !strings.Contains(name, "/"):
		return &cmdError{"command not found", ErrCommandNotFound}
	case errors.Is(err, exec.ErrNotFound), errors.Is(err, fs.ErrNotExist):
		return &cmdError{"No such file or directory", ErrCommandNotFound}
	case errors.Is(err, fs.ErrPermission):
		return &cmdError{"Permission denied", ErrCommandNotExecutable}
	case errors.Is(err, syscall.EISDIR):
		return &cmdError{"Is a directory", ErrCommandNotExecutable}
	}
	return &cmdError{err.Error(), ErrCommandNotExecutable}
}

// attach seizes every thread of the processes, and interrupts each so
// that it resumes under syscall tracing.
func (tr *tracing) attach() error {
	tr.main = tr.t.cfg.Pids[0]
	tr.exit.Pid = tr.main
	for _, pid := range tr.t.cfg.Pids {
		fds := newFdTable()
		for round := 0; round < 100; round++ {
			tids, err := threads(pid)
			if err != nil {
				if round == 0 {
					return &TraceError{Op: "attach to " + strconv.Itoa(pid), Err: errors.New("no such process")}
				}
				break
			}
			added := 0
			for _, tid := range tids {
				if tr.tracees[tid] != nil {
					continue
				}
				if err := ptrace(ptraceSeize, tid, 0, uintptr(tr.opts)); err != nil {
					if err == unix.ESRCH && tid != pid {
						continue // the thread exited meanwhile
					}
					tr.detachAll()
					return &TraceError{Op: "attach to " + strconv.Itoa(pid), Err: err, Hint: ptraceHint(err, true)}
				}
				tr.tracees[tid] = &tracee{tid: tid, fds: fds, nr: -1, started: true, tgid: pid}
				ptrace(ptraceInterrupt, tid, 0, 0)
				added++
			}
			if added == 0 {
				break
			}
		}
	}
	return nil
}

// detachAll detaches from the threads attach seized so far.
func (tr *tracing) detachAll() {
	for _, tc := range tr.tracees {
		tc.detach = true
	}
	tr.detaching = true
	for len(tr.tracees) > 0 {
		var ws unix.WaitStatus
		pid, err := unix.Wait4(-1, &ws, unix.WALL|unix.WNOTHREAD, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return
		}
		if tc := tr.tracees[pid]; tc != nil {
			if ws.Stopped() {
				tr.resume(tc, 0)
			} else {
				delete(tr.tracees, pid)
			}
		}
	}
}

func threads(pid int) ([]int, error) {
	d, err := os.Open("/proc/" + strconv.Itoa(pid) + "/task")
	if err != nil {
		return nil, err
	}
	defer d.Close()
	names, err := d.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	var out []int
	for _, n := range names {
		if tid, err := strconv.Atoi(n); err == nil {
			out = append(out, tid)
		}
	}
	return out, nil
}

// ptraceHint says what to do when ptrace is refused.
func ptraceHint(err error, attach bool) string {
	yama, _ := os.ReadFile("/proc/sys/kernel/yama/ptrace_scope")
	status, _ := os.ReadFile("/proc/self/status")
	return hintFor(err, attach, os.Geteuid(), strings.TrimSpace(string(yama)), string(status))
}

// hintFor is ptraceHint on given facts: the euid, the Yama ptrace_scope
// ("" without Yama), and /proc/self/status.
func hintFor(err error, attach bool, euid int, yama, status string) string {
	if err != unix.EPERM {
		return ""
	}
	switch yama {
	case "1":
		if attach && euid != 0 {
			return "kernel.yama.ptrace_scope is 1: only a parent may trace; run nldump as root (or with CAP_SYS_PTRACE), or run the command under nldump trace, or set sysctl kernel.yama.ptrace_scope=0"
		}
	case "2":
		return "kernel.yama.ptrace_scope is 2: only root may trace; run nldump as root (or with CAP_SYS_PTRACE)"
	case "3":
		return "kernel.yama.ptrace_scope is 3: ptrace is disabled until the next reboot"
	}
	for _, l := range strings.Split(status, "\n") {
		if l == "Seccomp:\t2" {
			return "a seccomp filter refuses ptrace; in a container, run it with --cap-add=SYS_PTRACE (and --security-opt seccomp=unconfined on old Docker)"
		}
	}
	if attach && euid != 0 {
		return "the process belongs to another user, or is not dumpable: run nldump as root"
	}
	return "an LSM (AppArmor, SELinux) or the container refuses ptrace: run nldump as root, with CAP_SYS_PTRACE"
}

// loop waits for stops until no tracee is left.
func (tr *tracing) loop() error {
	for len(tr.tracees) > 0 {
		if !tr.detaching && !tr.muted && (tr.t.detach.Load() || tr.err != nil) {
			if tr.filtered {
				// Detached, the command's filtered calls would
				// fail with ENOSYS: trace on, silently, to its end.
				tr.muted = true
				continue
			}
			tr.beginDetach()
			continue
		}
		var ws unix.WaitStatus
		pid, err := unix.Wait4(-1, &ws, unix.WALL, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return &TraceError{Op: "wait", Err: err}
		}
		tr.event(pid, ws)
	}
	return nil
}

// beginDetach marks every tracee to be detached at its next stop and
// interrupts the running ones.
func (tr *tracing) beginDetach() {
	tr.detaching = true
	if tr.t.detach.Load() {
		tr.exit.Detached = true
	}
	for pid, tc := range tr.tracees {
		tc.detach = true
		if tc.held {
			// stopped already, waiting for its parent's event
			ptrace(unix.PTRACE_DETACH, pid, 0, 0)
			delete(tr.tracees, pid)
			continue
		}
		ptrace(ptraceInterrupt, pid, 0, 0)
	}
}

func (tr *tracing) event(pid int, ws unix.WaitStatus) {
	tc := tr.tracees[pid]
	if ws.Exited() || ws.Signaled() {
		delete(tr.tracees, pid)
		if pid == tr.main && !tr.exit.Exited {
			tr.exit.Exited = true
			if ws.Signaled() {
				tr.exit.Signal = ws.Signal()
			} else {
				tr.exit.Code = ws.ExitStatus()
			}
		}
		return
	}
	if !ws.Stopped() {
		return
	}
	sig := ws.StopSignal()
	ev := int(ws>>16) & 0xff
	if ev == unix.PTRACE_EVENT_EXEC {
		// a thread other than the leader may have executed: it has
		// taken the leader's id
		if msg, err := unix.PtraceGetEventMsg(pid); err == nil && int(msg) != pid {
			if old := tr.tracees[int(msg)]; old != nil {
				delete(tr.tracees, int(msg))
				old.tid = pid
				tr.tracees[pid] = old
				tc = old
			}
		}
	}
	if tc == nil {
		// a new child whose parent's fork event has not come yet
		tr.tracees[pid] = &tracee{tid: pid, nr: -1, held: true}
		return
	}
	if !tc.started {
		tc.started = true
		tr.resume(tc, 0)
		return
	}
	switch {
	case sig == sigSyscallStop || ev == unix.PTRACE_EVENT_SECCOMP:
		tr.syscallStop(tc)
		tr.resume(tc, 0)
		tr.emitPending()
	case ev == unix.PTRACE_EVENT_FORK || ev == unix.PTRACE_EVENT_VFORK || ev == unix.PTRACE_EVENT_CLONE:
		tr.newChild(tc, ev)
		tr.resume(tc, 0)
	case ev == unix.PTRACE_EVENT_EXEC:
		tc.fds = newFdTable() // close-on-exec files are gone, the table is the process's own
		tc.nr = -1
		tc.comm = ""
		if tc.tgid == 0 {
			tc.tgid = pid
		}

		if pid == tr.main && tr.child != nil {
			// the command's exec: the child has said all it says
			tr.seccomp = tr.child.Filtered()
			tr.exit.Seccomp = tr.seccomp
			tr.child = nil
		}
		if tr.seccomp && tr.child == nil {
			// the filter does not stop at read and write on these
			for fd := uint64(0); fd < 3; fd++ {
				tr.proto(tc, fd)
			}
		}
		tr.resume(tc, 0)
	case ev == unix.PTRACE_EVENT_STOP:
		switch sig {
		case unix.SIGSTOP, unix.SIGTSTP, unix.SIGTTIN, unix.SIGTTOU:
			// a group-stop: stay stopped until SIGCONT
			if !tc.detach {
				ptrace(ptraceListen, pid, 0, 0)
				return
			}
		}
		tr.resume(tc, 0)
	case ev != 0:
		tr.resume(tc, 0)
	default:
		// a signal on its way to the process
		tr.resume(tc, sig)
	}
}

// resume restarts a stopped tracee: to its next syscall stop when it
// waits for the exit of a call or no filter selects its stops, to the
// next filter stop otherwise.
func (tr *tracing) resume(tc *tracee, sig unix.Signal) {
	if tc.detach {
		ptrace(unix.PTRACE_DETACH, tc.tid, 0, uintptr(sig))
		delete(tr.tracees, tc.tid)
		return
	}
	req := unix.PTRACE_CONT
	if tc.nr >= 0 || (!tr.seccomp && tr.child == nil) || (tr.seccomp && tc.fdTable().lowNetlink()) {
		// the filter lets read and write on descriptors 0 to 2 run
		// unseen: a process with a netlink socket there stops at
		// every call
		req = unix.PTRACE_SYSCALL
	}
	ptrace(req, tc.tid, 0, uintptr(sig))
}

// newChild links a thread or process the tracee created to its file
// table, and lets it run if it is stopped already.
func (tr *tracing) newChild(parent *tracee, ev int) {
	msg, err := unix.PtraceGetEventMsg(parent.tid)
	if err != nil {
		return
	}
	child := int(msg)
	shared := ev == unix.PTRACE_EVENT_CLONE
	if r, _, e := unix.RawSyscall6(unix.SYS_KCMP, uintptr(parent.tid), uintptr(child), kcmpFiles, 0, 0, 0); e == 0 {
		shared = r == 0
	}
	fds := parent.fds
	if !shared {
		fds = parent.fds.clone()
	}
	tgid := 0 // a thread or a process: known when needed
	if ev != unix.PTRACE_EVENT_CLONE {
		tgid = child
	}
	c := tr.tracees[child]
	if c == nil {
		tr.tracees[child] = &tracee{tid: child, fds: fds, nr: -1, detach: parent.detach, tgid: tgid}
		return
	}
	c.fds = fds
	c.tgid = tgid
	c.detach = c.detach || parent.detach
	if c.held {
		c.held = false
		c.started = true
		tr.resume(c, 0)
	}
}

// syscallInfo reads PTRACE_GET_SYSCALL_INFO.
func (tr *tracing) syscallInfo(tid int) (op uint8, ok bool) {
	b := &tr.info
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, ptraceGetSyscallInfo, uintptr(tid), uintptr(len(b)), uintptr(unsafe.Pointer(b)), 0, 0)
	if e != 0 {
		if (e == unix.EIO || e == unix.EINVAL) && tr.err == nil {
			tr.err = &TraceError{Op: "read a system call", Err: e, Hint: "nldump trace needs Linux 5.3 or newer (PTRACE_GET_SYSCALL_INFO)"}
		}
		return 0, false
	}
	return b[0], true
}

func (tr *tracing) syscallStop(tc *tracee) {
	op, ok := tr.syscallInfo(tc.tid)
	if !ok {
		return
	}
	b := tr.info[:]
	switch op {
	case unix.PTRACE_SYSCALL_INFO_ENTRY, unix.PTRACE_SYSCALL_INFO_SECCOMP:
		if op == unix.PTRACE_SYSCALL_INFO_SECCOMP && tc.entered {
			// the syscall stop of this call came first
			tc.entered = false
			return
		}
		tc.entered = op == unix.PTRACE_SYSCALL_INFO_ENTRY
		tc.nr = -1
		if binary.LittleEndian.Uint32(b[4:]) != traceAuditArch {
			return
		}
		nr := int(binary.LittleEndian.Uint64(b[24:]))
		var args [6]uint64
		for i := range args {
			args[i] = binary.LittleEndian.Uint64(b[32+8*i:])
		}
		if tr.entry(tc, nr, &args) {
			tc.nr = nr
			tc.args = args
		}
	case unix.PTRACE_SYSCALL_INFO_EXIT:
		tc.entered = false
		if tc.nr < 0 {
			return
		}
		nr := tc.nr
		tc.nr = -1
		rval := int64(binary.LittleEndian.Uint64(b[24:]))
		tr.exitCall(tc, nr, rval, b[32] != 0)
	}
}

// entry handles the entry of a call, and says whether its exit matters.
// Every call that moves netlink data is read at its exit, when its
// result is known; the buffers of a send are still what the kernel took.
func (tr *tracing) entry(tc *tracee, nr int, a *[6]uint64) bool {
	switch nr {
	case unix.SYS_SENDTO, unix.SYS_WRITE, unix.SYS_SENDMSG, unix.SYS_WRITEV, unix.SYS_SENDMMSG,
		unix.SYS_RECVFROM, unix.SYS_READ, unix.SYS_READV, unix.SYS_RECVMMSG:
		return tr.proto(tc, a[0]) >= 0
	case unix.SYS_RECVMSG:
		return tr.proto(tc, a[0]) >= 0 || tr.wantsRights(tc, a[1])
	case unix.SYS_SOCKET:
		return a[0] == unix.AF_NETLINK || !tr.seccomp
	case unix.SYS_CLOSE:
		return tc.fdTable().forget(a[0])
	case unix.SYS_CLOSE_RANGE, unix.SYS_DUP, sysDup2, unix.SYS_DUP3:
		return true
	case unix.SYS_FCNTL:
		return a[1] == unix.F_DUPFD || a[1] == unix.F_DUPFD_CLOEXEC
	case unix.SYS_UNSHARE:
		return a[0]&unix.CLONE_FILES != 0
	case unix.SYS_CLONE, unix.SYS_CLONE3:
		if tr.seccomp {
			tr.untraced(tc, nr, a)
		}
	}
	return false
}

// untraced makes a process or thread the tracee creates with
// CLONE_UNTRACED traced like its others (it is at the seccomp stop of
// clone or clone3): untraced, it would keep the filter with no tracer
// to answer it, and every filtered call would fail with ENOSYS. The
// flag only keeps tracers away; clearing it changes nothing else the
// program sees, but for clone3 the flags in its struct clone_args.
func (tr *tracing) untraced(tc *tracee, nr int, a *[6]uint64) {
	switch nr {
	case unix.SYS_CLONE:
		if a[0]&unix.CLONE_UNTRACED != 0 {
			setArg0(tc.tid, a[0]&^unix.CLONE_UNTRACED)
		}
	case unix.SYS_CLONE3:
		// struct clone_args starts with its 64-bit flags
		f := tr.readAt(tc.tid, a[0], 8)
		if len(f) == 8 && binary.LittleEndian.Uint64(f)&unix.CLONE_UNTRACED != 0 {
			var b [8]byte
			binary.LittleEndian.PutUint64(b[:], binary.LittleEndian.Uint64(f)&^unix.CLONE_UNTRACED)
			writeMem(tc.tid, a[0], b[:])
		}
	}
}

// writeMem writes b at addr in the tracee.
func writeMem(tid int, addr uint64, b []byte) {
	local := []unix.Iovec{{Base: &b[0]}}
	local[0].SetLen(len(b))
	remote := []unix.RemoteIovec{{Base: uintptr(addr), Len: len(b)}}
	if n, err := unix.ProcessVMWritev(tid, local, remote, 0); err == nil && n == len(b) {
		return
	}
	if f, err := os.OpenFile("/proc/"+strconv.Itoa(tid)+"/mem", os.O_WRONLY, 0); err == nil {
		f.WriteAt(b, int64(addr))
		f.Close()
	}
}

// wantsRights says whether a recvmsg on a socket that is not netlink may
// receive descriptors (SCM_RIGHTS): its msghdr has room for them.
func (tr *tracing) wantsRights(tc *tracee, msg uint64) bool {
	h := tr.readAt(tc.tid, msg, sizeMsghdr)
	return len(h) == sizeMsghdr && binary.LittleEndian.Uint64(h[32:]) != 0 && binary.LittleEndian.Uint64(h[40:]) >= sizeCmsghdr+4
}

const sizeCmsghdr = 16

// receivedRights takes note of the descriptors a recvmsg received: each
// is a new file, known again at its first use; one at 0, 1 or 2, where
// the filter does not stop at read and write, is looked at now.
func (tr *tracing) receivedRights(tc *tracee, msg uint64) {
	h := tr.readAt(tc.tid, msg, sizeMsghdr)
	if len(h) < sizeMsghdr {
		return
	}
	ctl, n := binary.LittleEndian.Uint64(h[32:]), min(binary.LittleEndian.Uint64(h[40:]), 1<<16)
	if ctl == 0 || n < sizeCmsghdr {
		return
	}
	b := append([]byte(nil), tr.readAt(tc.tid, ctl, n)...)
	fds := tc.fdTable()
	for len(b) >= sizeCmsghdr {
		l := binary.LittleEndian.Uint64(b)
		if l < sizeCmsghdr || l > uint64(len(b)) {
			return
		}
		if int32(binary.LittleEndian.Uint32(b[8:])) == unix.SOL_SOCKET && int32(binary.LittleEndian.Uint32(b[12:])) == unix.SCM_RIGHTS {
			for d := b[sizeCmsghdr:l]; len(d) >= 4; d = d[4:] {
				fd := uint64(binary.LittleEndian.Uint32(d))
				fds.forget(fd)
				if fd < 3 {
					tr.proto(tc, fd)
				}
			}
		}
		b = b[min(uint64(len(b)), (l+7)&^7):]
	}
}

// callCtx is what the frames of one call carry besides their bytes.
type callCtx struct {
	tc    *tracee
	call  string
	dir   Direction
	proto int
	fd    int
	send  bool
	rval  int64 // the call's return value: bytes, or -errno
	// flags of a receive: MSG_PEEK; MSG_TRUNC asks for the datagram's
	// length as the return value
	peek, truncFlag bool
	msgTrunc        bool   // the kernel set MSG_TRUNC in msg_flags
	addr            uint64 // a sockaddr_nl: the sender of a receive, the destination of a send; or 0
}

// exitCall handles the exit of a call entry chose.
func (tr *tracing) exitCall(tc *tracee, nr int, rval int64, failed bool) {
	a := &tc.args
	fds := tc.fdTable()
	if failed {
		switch nr {
		case unix.SYS_CLOSE:
			fds.forget(a[0])
		case unix.SYS_SENDTO, unix.SYS_WRITE, unix.SYS_SENDMSG, unix.SYS_WRITEV, unix.SYS_SENDMMSG:
			// what the process tried to send, with the error
			tr.exitData(tc, nr, rval)
		}
		return
	}
	switch nr {
	case unix.SYS_SENDTO, unix.SYS_WRITE, unix.SYS_SENDMSG, unix.SYS_WRITEV, unix.SYS_SENDMMSG,
		unix.SYS_RECVFROM, unix.SYS_READ, unix.SYS_READV, unix.SYS_RECVMSG, unix.SYS_RECVMMSG:
		if nr == unix.SYS_RECVMSG && tr.proto(tc, a[0]) < 0 {
			tr.receivedRights(tc, a[1])
			return
		}
		tr.exitData(tc, nr, rval)
	case unix.SYS_SOCKET:
		if a[0] == unix.AF_NETLINK {
			fds.set(uint64(rval), int8(a[2]))
		} else {
			fds.set(uint64(rval), -1)
		}
	case unix.SYS_CLOSE:
		fds.forget(a[0])
	case unix.SYS_DUP, unix.SYS_FCNTL:
		tr.proto(tc, a[0]) // know what is copied
		fds.copy(a[0], uint64(rval))
	case sysDup2, unix.SYS_DUP3:
		if a[0] != a[1] {
			tr.proto(tc, a[0])
			fds.copy(a[0], a[1])
		}
	case unix.SYS_CLOSE_RANGE:
		if a[2]&unix.CLOSE_RANGE_UNSHARE != 0 {
			tc.fds = fds.clone()
			fds = tc.fds
		}
		if a[2]&unix.CLOSE_RANGE_CLOEXEC == 0 {
			fds.forgetRange(a[0], a[1])
		}
	case unix.SYS_UNSHARE:
		tc.fds = fds.clone()
	}
}

// exitData reports the netlink buffers of a call that moved data, at its
// exit: rval is its return value, or -errno.
func (tr *tracing) exitData(tc *tracee, nr int, rval int64) {
	a := &tc.args
	p := tr.proto(tc, a[0])
	if p < 0 {
		return
	}
	c := callCtx{tc: tc, call: callName(nr), dir: DirFromKernel, proto: p, fd: int(a[0]), rval: rval}
	var flags uint64
	switch nr {
	case unix.SYS_SENDTO, unix.SYS_WRITE, unix.SYS_SENDMSG, unix.SYS_WRITEV, unix.SYS_SENDMMSG:
		c.dir, c.send = DirToKernel, true
	case unix.SYS_RECVFROM, unix.SYS_RECVMMSG:
		flags = a[3]
	case unix.SYS_RECVMSG:
		flags = a[2]
	}
	c.peek = flags&unix.MSG_PEEK != 0
	c.truncFlag = flags&unix.MSG_TRUNC != 0
	if !c.send && rval <= 0 {
		return
	}
	all := ^uint64(0)
	switch nr {
	case unix.SYS_SENDTO, unix.SYS_WRITE:
		if nr == unix.SYS_SENDTO && a[4] != 0 && a[5] >= sizeSockaddrNl {
			c.addr = a[4]
		}
		tr.emitFlat(&c, a[1], a[2])
	case unix.SYS_RECVFROM, unix.SYS_READ:
		if nr == unix.SYS_RECVFROM {
			c.addr = a[4]
		}
		tr.emitFlat(&c, a[1], min(uint64(rval), a[2]))
	case unix.SYS_WRITEV:
		tr.emitIovecs(&c, a[1], a[2], all)
	case unix.SYS_READV:
		tr.emitIovecs(&c, a[1], a[2], uint64(rval))
	case unix.SYS_SENDMSG:
		tr.emitMsghdr(&c, a[1], all)
	case unix.SYS_RECVMSG:
		tr.emitMsghdr(&c, a[1], uint64(rval))
	case unix.SYS_SENDMMSG, unix.SYS_RECVMMSG:
		n := uint64(rval)
		if rval < 0 {
			n = 1 // the first message failed
		}
		tr.emitMmsghdrs(&c, a[1], min(n, a[2]))
	}
}

func callName(nr int) string {
	switch nr {
	case unix.SYS_SENDTO:
		return "sendto"
	case unix.SYS_SENDMSG:
		return "sendmsg"
	case unix.SYS_SENDMMSG:
		return "sendmmsg"
	case unix.SYS_RECVFROM:
		return "recvfrom"
	case unix.SYS_RECVMSG:
		return "recvmsg"
	case unix.SYS_RECVMMSG:
		return "recvmmsg"
	case unix.SYS_WRITE:
		return "write"
	case unix.SYS_WRITEV:
		return "writev"
	case unix.SYS_READ:
		return "read"
	case unix.SYS_READV:
		return "readv"
	}
	return "syscall_" + strconv.Itoa(nr)
}

// Reading the tracee's memory.

// grow makes tr.buf hold n bytes.
func (tr *tracing) grow(n uint64) []byte {
	if uint64(cap(tr.buf)) < n {
		tr.buf = make([]byte, n, max(n, 64<<10))
	}
	return tr.buf[:n]
}

// readv reads the remote ranges into dst, one after the other, and
// returns how many bytes it read: less when a range is not readable.
func (tr *tracing) readv(tid int, dst []byte, remote []unix.RemoteIovec) int {
	if len(dst) == 0 {
		return 0
	}
	if !tr.procMem {
		total := 0
		for len(remote) > 0 {
			k := min(len(remote), maxIovecs)
			local := []unix.Iovec{{Base: &dst[total]}}
			want := 0
			for _, r := range remote[:k] {
				want += r.Len
			}
			local[0].SetLen(want)
			n, err := unix.ProcessVMReadv(tid, local, remote[:k], 0)
			if err == unix.ENOSYS || err == unix.EPERM {
				tr.procMem = true
				break
			}
			if n > 0 {
				total += n
			}
			if err != nil || n < want {
				return total
			}
			remote = remote[k:]
		}
		if !tr.procMem {
			return total
		}
	}
	f, err := os.Open("/proc/" + strconv.Itoa(tid) + "/mem")
	if err != nil {
		return 0
	}
	defer f.Close()
	total := 0
	for _, r := range remote {
		n, _ := f.ReadAt(dst[total:total+r.Len], int64(r.Base))
		total += n
		if n < r.Len {
			break
		}
	}
	return total
}

// readAt reads n bytes at addr into the header scratch buffer.
func (tr *tracing) readAt(tid int, addr, n uint64) []byte {
	if uint64(cap(tr.hdr)) < n {
		tr.hdr = make([]byte, n)
	}
	b := tr.hdr[:n]
	got := tr.readv(tid, b, []unix.RemoteIovec{{Base: uintptr(addr), Len: int(n)}})
	return b[:got]
}

// sizeSockaddrNl is the size of struct sockaddr_nl.
const sizeSockaddrNl = 12

// emitFlat reports one buffer of n bytes at addr.
func (tr *tracing) emitFlat(c *callCtx, addr, n uint64) {
	if n == 0 || addr == 0 {
		return
	}
	n = min(n, maxCallData)
	tr.remote = append(tr.remote[:0], unix.RemoteIovec{Base: uintptr(addr), Len: int(n)})
	tr.bufs = append(tr.bufs[:0], int(n))
	tr.readAndEmit(c)
}

// emitMsghdr reports the datagram of the struct msghdr at addr, at most
// size bytes.
func (tr *tracing) emitMsghdr(c *callCtx, addr, size uint64) {
	h := tr.readAt(c.tc.tid, addr, sizeMsghdr)
	if len(h) < sizeMsghdr {
		return
	}
	c.addr = binary.LittleEndian.Uint64(h[0:])
	if binary.LittleEndian.Uint32(h[8:]) < sizeSockaddrNl {
		c.addr = 0
	}
	c.msgTrunc = !c.send && binary.LittleEndian.Uint32(h[48:])&unix.MSG_TRUNC != 0
	tr.emitIovecs(c, binary.LittleEndian.Uint64(h[16:]), binary.LittleEndian.Uint64(h[24:]), size)
}

// emitMmsghdrs reports the datagrams of n struct mmsghdr at addr, each
// limited to its msg_len; after a failed sendmmsg, the first one with
// the error.
func (tr *tracing) emitMmsghdrs(c *callCtx, addr, n uint64) {
	n = min(n, maxMmsgs)
	// a copy: reading the iovecs reuses readAt's buffer
	tr.mmsg = append(tr.mmsg[:0], tr.readAt(c.tc.tid, addr, n*sizeMmsghdr)...)
	vec := tr.mmsg
	failed := c.rval < 0
	for i := 0; i+sizeMmsghdr <= len(vec); i += sizeMmsghdr {
		h := vec[i:]
		c.addr = binary.LittleEndian.Uint64(h[0:])
		if binary.LittleEndian.Uint32(h[8:]) < sizeSockaddrNl {
			c.addr = 0
		}
		size := uint64(binary.LittleEndian.Uint32(h[56:]))
		if failed {
			size = ^uint64(0)
		} else {
			c.rval = int64(size)
		}
		c.msgTrunc = !c.send && binary.LittleEndian.Uint32(h[48:])&unix.MSG_TRUNC != 0
		tr.emitIovecs(c, binary.LittleEndian.Uint64(h[16:]), binary.LittleEndian.Uint64(h[24:]), size)
	}
}

// emitIovecs reports the datagram in cnt iovecs at addr: each holds at
// most iov_len bytes, all together at most size (the bytes a receive
// returned; all ones for a send). Empty iovecs are skipped.
func (tr *tracing) emitIovecs(c *callCtx, addr, cnt, size uint64) {
	if cnt == 0 || addr == 0 || size == 0 {
		return
	}
	cnt = min(cnt, maxIovecs)
	iov := tr.readAt(c.tc.tid, addr, cnt*sizeIovec)
	tr.remote = tr.remote[:0]
	tr.bufs = tr.bufs[:0]
	left := min(size, maxCallData)
	for i := 0; i+sizeIovec <= len(iov) && left > 0; i += sizeIovec {
		base := binary.LittleEndian.Uint64(iov[i:])
		n := min(binary.LittleEndian.Uint64(iov[i+8:]), left)
		if n == 0 {
			continue
		}
		left -= n
		tr.remote = append(tr.remote, unix.RemoteIovec{Base: uintptr(base), Len: int(n)})
		tr.bufs = append(tr.bufs, int(n))
	}
	tr.readAndEmit(c)
}

// readAndEmit reads tr.remote, and the sockaddr_nl at c.addr, and
// reports the datagram they hold as one frame.
func (tr *tracing) readAndEmit(c *callCtx) {
	// the datagram before this one of the call is in buf: out with it
	tr.emitPending()
	if len(tr.remote) == 0 || tr.err != nil || tr.muted {
		return
	}
	total := 0
	for _, n := range tr.bufs {
		total += n
	}
	extra := 0
	if c.addr != 0 {
		tr.remote = append(tr.remote, unix.RemoteIovec{Base: uintptr(c.addr), Len: sizeSockaddrNl})
		extra = sizeSockaddrNl
	}
	buf := tr.grow(uint64(total + extra))
	got := tr.readv(c.tc.tid, buf, tr.remote)
	if got == 0 {
		return
	}
	tc := c.tc
	fr := &tr.frame
	*fr = Frame{Time: time.Now(), Proto: c.proto, Dir: c.dir, DirKnown: true, Pid: tc.tid, Syscall: c.call,
		Fd: c.fd, Proc: tr.process(tc), HasResult: true, Peek: c.peek}
	if c.rval < 0 {
		fr.Errno = unix.Errno(-c.rval)
	} else {
		fr.Result = c.rval
	}
	if extra > 0 && got == total+extra {
		sa := buf[total:]
		if binary.LittleEndian.Uint16(sa) == unix.AF_NETLINK {
			pid, groups := binary.LittleEndian.Uint32(sa[4:]), binary.LittleEndian.Uint32(sa[8:])
			if c.send {
				fr.Dest, fr.DestGroups, fr.HasDest = pid, groups, true
				if pid != 0 {
					fr.Dir = DirToUser
				}
			} else {
				fr.Sender, fr.HasSender = pid, true
				if pid != 0 {
					fr.Dir = DirToUser
				}
			}
		}
	}
	got = min(got, total)
	fr.Data = buf[:got]
	if !c.send {
		if c.truncFlag && c.rval > int64(got) {
			fr.Truncated = true
			fr.OrigLen = int(c.rval)
		}
		fr.Truncated = fr.Truncated || c.msgTrunc
	}
	if len(tr.bufs) > 1 {
		// the lengths of the iovecs, cut where the read stopped
		off := 0
		for i, n := range tr.bufs {
			if off+n >= got {
				tr.bufs[i] = got - off
				tr.bufs = tr.bufs[:i+1]
				break
			}
			off += n
		}
		if len(tr.bufs) > 1 {
			// bufs is remade for the call's next datagram
			tr.iov = append(tr.iov[:0], tr.bufs...)
			fr.Iovecs = tr.iov
		}
	}
	tr.packets++
	fr.Packet = tr.packets
	tr.pending = true
}

// emitPending hands the datagram read last to fn: when the call's
// thread has gone on, or before the call's next datagram is read.
func (tr *tracing) emitPending() {
	if !tr.pending {
		return
	}
	tr.pending = false
	if tr.err != nil || tr.muted {
		return
	}
	if err := tr.fn(&tr.frame); err != nil {
		tr.err = err
	}
}

// File tables.

// fdTable is what the tracer knows of one file descriptor table: the
// netlink protocol of a descriptor, or -1 for one that is not a netlink
// socket. Descriptors it does not know it looks up in /proc.
type fdTable struct {
	m map[int32]int8
}

func newFdTable() *fdTable { return &fdTable{m: map[int32]int8{}} }

func (f *fdTable) clone() *fdTable {
	c := &fdTable{m: make(map[int32]int8, len(f.m))}
	for k, v := range f.m {
		c.m[k] = v
	}
	return c
}

func fdOK(fd uint64) bool { return int64(fd) >= 0 && fd < 1<<31 }

func (f *fdTable) set(fd uint64, proto int8) {
	if fdOK(fd) {
		f.m[int32(fd)] = proto
	}
}

// forget drops a descriptor, and says whether it was known.
func (f *fdTable) forget(fd uint64) bool {
	if !fdOK(fd) {
		return false
	}
	_, ok := f.m[int32(fd)]
	delete(f.m, int32(fd))
	return ok
}

func (f *fdTable) forgetRange(first, last uint64) {
	for fd := range f.m {
		if uint64(fd) >= first && uint64(fd) <= last {
			delete(f.m, fd)
		}
	}
}

// copy makes dst what src is (dup).
func (f *fdTable) copy(src, dst uint64) {
	if !fdOK(src) || !fdOK(dst) {
		return
	}
	if p, ok := f.m[int32(src)]; ok {
		f.m[int32(dst)] = p
	} else {
		delete(f.m, int32(dst))
	}
}

// lowNetlink says whether a netlink socket is known at descriptor 0, 1
// or 2.
func (f *fdTable) lowNetlink() bool {
	for fd := int32(0); fd < 3; fd++ {
		if p, ok := f.m[fd]; ok && p >= 0 {
			return true
		}
	}
	return false
}

func (tc *tracee) fdTable() *fdTable {
	if tc.fds == nil {
		tc.fds = newFdTable()
	}
	return tc.fds
}

// proto returns the netlink protocol of a descriptor of the tracee, or -1.
func (tr *tracing) proto(tc *tracee, fd uint64) int {
	if !fdOK(fd) {
		return -1
	}
	fds := tc.fdTable()
	if p, ok := fds.m[int32(fd)]; ok {
		return int(p)
	}
	p, ok := tr.fdProto(tc, int(fd))
	if ok {
		fds.m[int32(fd)] = int8(p)
	}
	return p
}

// fdProto finds the netlink protocol of a descriptor of the tracee, or
// -1 when it is something else; ok is false when it is not open. A
// socket's own answer comes from a copy of it (pidfd_getfd, Linux 5.6):
// it knows sockets that are in no table yet (an unbound netlink socket,
// received over a unix socket); /proc where the copy is refused.
func (tr *tracing) fdProto(tc *tracee, fd int) (proto int, ok bool) {
	dir := "/proc/" + strconv.Itoa(tc.tid)
	link, err := os.Readlink(dir + "/fd/" + strconv.Itoa(fd))
	if err != nil {
		return -1, false
	}
	ino, isSock := socketInode(link)
	if !isSock {
		return -1, true
	}
	if pfd := tr.pidfd(tc); pfd >= 0 {
		if c, err := unix.PidfdGetfd(pfd, fd, 0); err == nil {
			defer unix.Close(c)
			if d, err := unix.GetsockoptInt(c, unix.SOL_SOCKET, unix.SO_DOMAIN); err != nil || d != unix.AF_NETLINK {
				return -1, true
			}
			if p, err := unix.GetsockoptInt(c, unix.SOL_SOCKET, unix.SO_PROTOCOL); err == nil && p >= 0 && p < 128 {
				return p, true
			}
			return -1, true
		}
	}
	return netlinkInode(dir+"/net/netlink", ino), true
}

// pidfd returns a pidfd of the tracee's process, or -1.
func (tr *tracing) pidfd(tc *tracee) int {
	pid := tc.pid()
	if fd, ok := tr.pidfds[pid]; ok {
		return fd
	}
	fd, err := unix.PidfdOpen(pid, 0)
	if err != nil {
		fd = -1
	}
	tr.pidfds[pid] = fd
	return fd
}

func (tr *tracing) closePidfds() {
	for _, fd := range tr.pidfds {
		if fd >= 0 {
			unix.Close(fd)
		}
	}
}

// pid returns the process the thread belongs to, read once.
func (tc *tracee) pid() int {
	if tc.tgid == 0 {
		tc.tgid = tgidOf(tc.tid)
	}
	return tc.tgid
}

// tgidOf reads the process a thread belongs to; the thread's own id
// when /proc does not say.
func tgidOf(tid int) int {
	b, _ := os.ReadFile("/proc/" + strconv.Itoa(tid) + "/status")
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "Tgid:"); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 0 {
				return n
			}
		}
	}
	return tid
}

// process names the tracee's process for its frames.
func (tr *tracing) process(tc *tracee) Process {
	if tc.comm == "" {
		tc.comm = readComm("/proc", tc.pid())
	}
	return Process{PID: tc.pid(), Comm: tc.comm, By: ByTrace}
}

// procFdProto finds the protocol of a descriptor in /proc: the socket
// inode its link names, in the netlink sockets of the tracee's network
// namespace. ok is false when the descriptor is not open. A netlink
// socket that is in no table (unbound) reads as not netlink.
func procFdProto(tid, fd int) (proto int, ok bool) {
	dir := "/proc/" + strconv.Itoa(tid)
	link, err := os.Readlink(dir + "/fd/" + strconv.Itoa(fd))
	if err != nil {
		return -1, false
	}
	ino, isSock := socketInode(link)
	if !isSock {
		return -1, true
	}
	return netlinkInode(dir+"/net/netlink", ino), true
}

// socketInode reads the inode of a socket's /proc fd link,
// "socket:[12345]"; false for anything else.
func socketInode(link string) (uint64, bool) {
	const pre = "socket:["
	if len(link) < len(pre)+2 || link[:len(pre)] != pre || link[len(link)-1] != ']' {
		return 0, false
	}
	ino, err := strconv.ParseUint(link[len(pre):len(link)-1], 10, 64)
	return ino, err == nil
}

// netlinkInode looks a socket inode up in a /proc/net/netlink table:
// "sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode" a line.
func netlinkInode(path string, ino uint64) int {
	b, err := os.ReadFile(path)
	if err != nil || ino > math.MaxUint32 {
		return -1
	}
	found := -1
	parseProcNetlink(b, func(proto int, _, i uint32) {
		if found < 0 && i == uint32(ino) && proto >= 0 && proto < 128 {
			found = proto
		}
	})
	return found
}
