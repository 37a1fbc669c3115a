//go:build linux && (amd64 || arm64)

package capture

import (
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

type tracerSys struct {
	// wakeW is the write end of the pipe the wait helper reads: closing
	// it makes the helper exit, which wakes Run from wait4.
	wakeW atomic.Pointer[os.File]
}

func (t *Tracer) wakeRun() {
	if w := t.sys.wakeW.Swap(nil); w != nil {
		w.Close()
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
}

// tracing is the state of one Run, owned by the thread that runs it.
type tracing struct {
	t         *Tracer
	fn        func(*Frame) error
	opts      int
	seccomp   bool // the command runs under traceFilter
	filtered  bool // the helper was asked to install traceFilter
	muted     bool // report nothing more: stopped, but not detached
	preExec   bool // the helper has not executed the command yet
	main      int
	tracees   map[int]*tracee
	exit      TraceExit
	statusR   *os.File
	wakePid   int
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
	packets int
}

// Run traces until every traced process has exited, or until Detach. It
// calls fn for each netlink buffer, on the tracing thread while the
// process that moved the buffer waits: fr.Data is valid only during the
// call. After an error from fn Run reports nothing more: it detaches as
// Detach does, and returns the error.
func (t *Tracer) Run(fn func(*Frame) error) (*TraceExit, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tr := &tracing{t: t, fn: fn, tracees: map[int]*tracee{}}
	tr.opts = unix.PTRACE_O_TRACESYSGOOD | unix.PTRACE_O_TRACEEXEC | unix.PTRACE_O_TRACESECCOMP
	if t.cfg.Follow {
		tr.opts |= unix.PTRACE_O_TRACEFORK | unix.PTRACE_O_TRACEVFORK | unix.PTRACE_O_TRACECLONE
	}
	if err := tr.startWaker(); err != nil {
		return nil, err
	}
	defer tr.stopWaker()
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

// startWaker starts the wait helper, a child of this thread that exits
// when Detach closes its pipe: its exit wakes wait4.
func (tr *tracing) startWaker() error {
	r, w, err := os.Pipe()
	if err != nil {
		return err
	}
	defer r.Close()
	null, err := os.Open(os.DevNull)
	if err != nil {
		w.Close()
		return err
	}
	defer null.Close()
	p, err := os.StartProcess("/proc/self/exe", []string{"nldump-trace-wait"}, &os.ProcAttr{
		Env:   []string{helperEnv + "=" + helperWait},
		Files: []*os.File{null, null, null, r},
	})
	if err != nil {
		w.Close()
		return &TraceError{Op: "start", Err: err, Hint: "nldump re-executes itself through /proc/self/exe: is /proc mounted?"}
	}
	tr.wakePid = p.Pid
	p.Release()
	tr.t.sys.wakeW.Store(w)
	if tr.t.detach.Load() {
		tr.t.wakeRun()
	}
	return nil
}

func (tr *tracing) stopWaker() {
	tr.t.wakeRun()
	if tr.wakePid > 0 {
		var ws unix.WaitStatus
		for {
			_, err := unix.Wait4(tr.wakePid, &ws, unix.WALL, nil)
			if err != unix.EINTR {
				break
			}
		}
	}
	if tr.statusR != nil {
		tr.statusR.Close()
	}
}

func ptrace(req, pid int, addr, data uintptr) error {
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, uintptr(req), uintptr(pid), addr, data, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// start runs the command through the helper.
func (tr *tracing) start() error {
	cfg := &tr.t.cfg
	if len(cfg.Argv) == 0 {
		return &TraceError{Op: "run", Err: errors.New("no command")}
	}
	path := cfg.Path
	if path == "" {
		p, err := exec.LookPath(cfg.Argv[0])
		if err != nil && !errors.Is(err, exec.ErrDot) {
			return &TraceError{Op: cfg.Argv[0], Err: errNotFound(err), Hint: "check the command's name and PATH"}
		}
		path = p
	}
	goR, goW, err := os.Pipe()
	if err != nil {
		return err
	}
	defer goR.Close()
	defer goW.Close()
	stR, stW, err := os.Pipe()
	if err != nil {
		return err
	}
	defer stW.Close()
	tr.statusR = stR
	env := cfg.Env
	if env == nil {
		env = os.Environ()
	}
	// Without -f the filter would stay on threads and children nobody
	// traces, and fail their calls with ENOSYS.
	mode := helperRunSeccomp
	if cfg.NoSeccomp || !cfg.Follow {
		mode = helperRun
	}
	tr.filtered = mode == helperRunSeccomp
	env = append(env[:len(env):len(env)], helperEnv+"="+mode)
	files := []*os.File{orFile(cfg.Stdin, os.Stdin), orFile(cfg.Stdout, os.Stdout), orFile(cfg.Stderr, os.Stderr), goR, stW}
	p, err := os.StartProcess("/proc/self/exe", append([]string{cfg.Argv[0], path}, cfg.Argv...), &os.ProcAttr{Dir: cfg.Dir, Env: env, Files: files})
	if err != nil {
		return &TraceError{Op: "run " + cfg.Argv[0], Err: err, Hint: "nldump re-executes itself through /proc/self/exe: is /proc mounted?"}
	}
	pid := p.Pid
	p.Release()
	goR.Close()
	stW.Close()
	if err := ptrace(ptraceSeize, pid, 0, uintptr(tr.opts|unix.PTRACE_O_EXITKILL)); err != nil {
		goW.Close() // the helper reads end of file and exits
		var ws unix.WaitStatus
		unix.Wait4(pid, &ws, unix.WALL, nil)
		return &TraceError{Op: "trace " + cfg.Argv[0], Err: err, Hint: ptraceHint(err, false)}
	}
	tr.main = pid
	tr.exit.Pid = pid
	tr.preExec = true
	tr.tracees[pid] = &tracee{tid: pid, fds: newFdTable(), nr: -1, started: true}
	if _, err := goW.Write([]byte{1}); err != nil {
		return err
	}
	return nil
}

func orFile(f, dflt *os.File) *os.File {
	if f != nil {
		return f
	}
	return dflt
}

func errNotFound(err error) error {
	var ee *exec.Error
	if errors.As(err, &ee) && errors.Is(ee.Err, exec.ErrNotFound) {
		return ErrCommandNotFound
	}
	return err
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
				tr.tracees[tid] = &tracee{tid: tid, fds: fds, nr: -1, started: true}
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
		pid, err := unix.Wait4(-1, &ws, unix.WALL|unix.WNOTHREAD, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return &TraceError{Op: "wait", Err: err}
		}
		if pid == tr.wakePid {
			tr.wakePid = 0
			continue
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
	case ev == unix.PTRACE_EVENT_FORK || ev == unix.PTRACE_EVENT_VFORK || ev == unix.PTRACE_EVENT_CLONE:
		tr.newChild(tc, ev)
		tr.resume(tc, 0)
	case ev == unix.PTRACE_EVENT_EXEC:
		tc.fds = newFdTable() // close-on-exec files are gone, the table is the process's own
		tc.nr = -1
		if pid == tr.main && tr.preExec {
			// the helper's own exec may still be under way when
			// start attaches: the command's is the one after the
			// helper's answer
			if st, ok := tr.readStatus(); ok {
				tr.preExec = false
				tr.seccomp = st
				tr.exit.Seccomp = st
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

// readStatus reads the helper's answer, if it has answered: is the
// seccomp filter in place?
func (tr *tracing) readStatus() (seccomp, ok bool) {
	if tr.statusR == nil {
		return false, true
	}
	var b [1]byte
	fd := int(tr.statusR.Fd())
	unix.SetNonblock(fd, true)
	n, err := unix.Read(fd, b[:])
	if err == unix.EAGAIN {
		return false, false
	}
	tr.statusR.Close()
	tr.statusR = nil
	return n == 1 && b[0] == 'S', true
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
	if tc.nr >= 0 || (!tr.seccomp && !tr.preExec) {
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
	c := tr.tracees[child]
	if c == nil {
		tr.tracees[child] = &tracee{tid: child, fds: fds, nr: -1, detach: parent.detach}
		return
	}
	c.fds = fds
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
// Sends are read here: their buffers hold what goes to the kernel.
func (tr *tracing) entry(tc *tracee, nr int, a *[6]uint64) bool {
	switch nr {
	case unix.SYS_SENDTO, unix.SYS_WRITE:
		if p := tr.proto(tc, a[0]); p >= 0 {
			tr.emitFlat(tc, callName(nr), DirToKernel, p, a[1], a[2], 0)
		}
	case unix.SYS_SENDMSG:
		if p := tr.proto(tc, a[0]); p >= 0 {
			tr.emitMsghdr(tc, callName(nr), DirToKernel, p, a[1], ^uint64(0))
		}
	case unix.SYS_WRITEV:
		if p := tr.proto(tc, a[0]); p >= 0 {
			tr.emitIovecs(tc, callName(nr), DirToKernel, p, a[1], a[2], ^uint64(0), 0)
		}
	case unix.SYS_SENDMMSG, unix.SYS_RECVFROM, unix.SYS_READ, unix.SYS_READV, unix.SYS_RECVMSG, unix.SYS_RECVMMSG:
		return tr.proto(tc, a[0]) >= 0
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
	}
	return false
}

// exitCall handles the exit of a call entry chose.
func (tr *tracing) exitCall(tc *tracee, nr int, rval int64, failed bool) {
	a := &tc.args
	fds := tc.fdTable()
	if failed {
		if nr == unix.SYS_CLOSE {
			fds.forget(a[0])
		}
		return
	}
	switch nr {
	case unix.SYS_RECVFROM, unix.SYS_READ:
		if p := tr.proto(tc, a[0]); p >= 0 && rval > 0 {
			n := min(uint64(rval), a[2])
			src := uint64(0)
			if nr == unix.SYS_RECVFROM {
				src = a[4]
			}
			tr.emitFlat(tc, callName(nr), DirFromKernel, p, a[1], n, src)
		}
	case unix.SYS_READV:
		if p := tr.proto(tc, a[0]); p >= 0 && rval > 0 {
			tr.emitIovecs(tc, callName(nr), DirFromKernel, p, a[1], a[2], uint64(rval), 0)
		}
	case unix.SYS_RECVMSG:
		if p := tr.proto(tc, a[0]); p >= 0 && rval > 0 {
			tr.emitMsghdr(tc, callName(nr), DirFromKernel, p, a[1], uint64(rval))
		}
	case unix.SYS_RECVMMSG, unix.SYS_SENDMMSG:
		if p := tr.proto(tc, a[0]); p >= 0 && rval > 0 {
			dir := DirFromKernel
			if nr == unix.SYS_SENDMMSG {
				dir = DirToKernel
			}
			tr.emitMmsghdrs(tc, callName(nr), dir, p, a[1], uint64(rval))
		}
	case unix.SYS_SOCKET:
		if a[0] == unix.AF_NETLINK {
			fds.set(uint64(rval), int8(a[2]))
		} else {
			fds.set(uint64(rval), -1)
		}
	case unix.SYS_CLOSE:
		fds.forget(a[0])
	case unix.SYS_DUP, unix.SYS_FCNTL:
		fds.copy(a[0], uint64(rval))
	case sysDup2, unix.SYS_DUP3:
		if a[0] != a[1] {
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

// emitFlat reports one buffer of n bytes at addr. src, when not 0, is
// the address of a sockaddr_nl the kernel filled with the sender.
func (tr *tracing) emitFlat(tc *tracee, call string, dir Direction, proto int, addr, n, src uint64) {
	if n == 0 || addr == 0 {
		return
	}
	n = min(n, maxCallData)
	tr.remote = append(tr.remote[:0], unix.RemoteIovec{Base: uintptr(addr), Len: int(n)})
	tr.bufs = append(tr.bufs[:0], int(n))
	tr.readAndEmit(tc, call, dir, proto, src)
}

// emitMsghdr reports the buffers of the struct msghdr at addr, at most
// size bytes in all.
func (tr *tracing) emitMsghdr(tc *tracee, call string, dir Direction, proto int, addr, size uint64) {
	h := tr.readAt(tc.tid, addr, sizeMsghdr)
	if len(h) < sizeMsghdr {
		return
	}
	name := binary.LittleEndian.Uint64(h[0:])
	namelen := binary.LittleEndian.Uint32(h[8:])
	if namelen < 12 {
		name = 0
	}
	tr.emitIovecs(tc, call, dir, proto, binary.LittleEndian.Uint64(h[16:]), binary.LittleEndian.Uint64(h[24:]), size, name)
}

// emitMmsghdrs reports the buffers of n struct mmsghdr at addr, each
// limited to its msg_len.
func (tr *tracing) emitMmsghdrs(tc *tracee, call string, dir Direction, proto int, addr, n uint64) {
	n = min(n, maxMmsgs)
	v := tr.readAt(tc.tid, addr, n*sizeMmsghdr)
	vec := make([]byte, len(v))
	copy(vec, v)
	for i := 0; i+sizeMmsghdr <= len(vec); i += sizeMmsghdr {
		h := vec[i:]
		name := binary.LittleEndian.Uint64(h[0:])
		if binary.LittleEndian.Uint32(h[8:]) < 12 {
			name = 0
		}
		msgLen := uint64(binary.LittleEndian.Uint32(h[56:]))
		tr.emitIovecs(tc, call, dir, proto, binary.LittleEndian.Uint64(h[16:]), binary.LittleEndian.Uint64(h[24:]), msgLen, name)
	}
}

// emitIovecs reports the buffers of cnt iovecs at addr: each holds at
// most iov_len bytes, all together at most size (the bytes a receive
// returned; all ones for a send). Empty buffers are skipped. src is the
// sender's sockaddr_nl, or 0.
func (tr *tracing) emitIovecs(tc *tracee, call string, dir Direction, proto int, addr, cnt, size, src uint64) {
	if cnt == 0 || addr == 0 || size == 0 {
		return
	}
	cnt = min(cnt, maxIovecs)
	iov := tr.readAt(tc.tid, addr, cnt*sizeIovec)
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
	tr.readAndEmit(tc, call, dir, proto, src)
}

// readAndEmit reads tr.remote, and the sender's address when src is not
// 0, and reports each buffer as a frame.
func (tr *tracing) readAndEmit(tc *tracee, call string, dir Direction, proto int, src uint64) {
	if len(tr.remote) == 0 || tr.err != nil || tr.muted {
		return
	}
	total := 0
	for _, n := range tr.bufs {
		total += n
	}
	extra := 0
	if src != 0 {
		tr.remote = append(tr.remote, unix.RemoteIovec{Base: uintptr(src), Len: 12})
		extra = 12
	}
	buf := tr.grow(uint64(total + extra))
	got := tr.readv(tc.tid, buf, tr.remote)
	fr := &tr.frame
	*fr = Frame{Time: time.Now(), Proto: proto, Dir: dir, Pid: tc.tid, Syscall: call}
	if extra > 0 && got == total+extra {
		sa := buf[total:]
		if binary.LittleEndian.Uint16(sa) == unix.AF_NETLINK {
			fr.Sender = binary.LittleEndian.Uint32(sa[4:])
			fr.HasSender = true
		}
	}
	off := 0
	for _, n := range tr.bufs {
		if off >= got {
			break
		}
		end := min(off+n, got)
		tr.packets++
		fr.Packet = tr.packets
		fr.Data = buf[off:end]
		if err := tr.fn(fr); err != nil {
			tr.err = err
			return
		}
		off += n
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
	p, ok := procFdProto(tc.tid, int(fd))
	if ok {
		fds.m[int32(fd)] = int8(p)
	}
	return p
}

// procFdProto finds the protocol of a descriptor in /proc: the socket
// inode its link names, in the netlink sockets of the tracee's network
// namespace. ok is false when the descriptor is not open.
func procFdProto(tid, fd int) (proto int, ok bool) {
	dir := "/proc/" + strconv.Itoa(tid)
	link, err := os.Readlink(dir + "/fd/" + strconv.Itoa(fd))
	if err != nil {
		return -1, false
	}
	const pre = "socket:["
	if len(link) < len(pre)+2 || link[:len(pre)] != pre {
		return -1, true
	}
	ino, err := strconv.ParseUint(link[len(pre):len(link)-1], 10, 64)
	if err != nil {
		return -1, true
	}
	return netlinkInode(dir+"/net/netlink", ino), true
}

// netlinkInode looks a socket inode up in a /proc/net/netlink table:
// "sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode" a line.
func netlinkInode(path string, ino uint64) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return -1
	}
	want := strconv.FormatUint(ino, 10)
	for i, l := range strings.Split(string(b), "\n") {
		if i == 0 {
			continue
		}
		f := strings.Fields(l)
		if len(f) >= 10 && f[len(f)-1] == want {
			if p, err := strconv.Atoi(f[1]); err == nil && p >= 0 && p < 128 {
				return p
			}
		}
	}
	return -1
}
