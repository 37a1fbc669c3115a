package capture

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openNetlink opens and binds a netlink socket (port 0: the kernel
// chooses) and returns its fd and port id.
func openNetlink(t *testing.T, proto int, port uint32) (int, uint32) {
	t.Helper()
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		t.Fatalf("socket: %v", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK, Pid: port}); err != nil {
		unix.Close(fd)
		t.Fatalf("bind: %v", err)
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	return fd, sa.(*unix.SockaddrNetlink).Pid
}

func newResolver(t *testing.T, diag bool) *ProcResolver {
	r, err := NewProcResolver()
	if err != nil {
		t.Skipf("no way to list netlink sockets here: %v", err)
	}
	t.Cleanup(func() { r.Close() })
	if !diag {
		r.c.Close()
		r.c = nil
	} else if r.c == nil {
		t.Skip("the kernel has no netlink_diag")
	}
	return r
}

func testResolveSelf(t *testing.T, diag bool) {
	r := newResolver(t, diag)
	self := Process{PID: os.Getpid(), Comm: readComm("/proc", os.Getpid()), By: ByDiag}
	if self.Comm == "" {
		t.Fatal("no /proc/self/comm")
	}
	// a port the kernel chose, one we chose (not our pid: found by a scan
	// of /proc), in two protocols
	fd1, p1 := openNetlink(t, unix.NETLINK_ROUTE, 0)
	defer unix.Close(fd1)
	fd2, p2 := openNetlink(t, unix.NETLINK_GENERIC, 0x7ead0000+uint32(os.Getpid()&0xffff))
	defer unix.Close(fd2)
	for _, c := range []struct {
		proto int
		port  uint32
	}{{unix.NETLINK_ROUTE, p1}, {unix.NETLINK_GENERIC, p2}} {
		if got := r.Resolve(c.proto, c.port); got != self {
			t.Errorf("Resolve(%d, %d) = %+v, want %+v", c.proto, c.port, got, self)
		}
	}
	// the same port id in another protocol is another socket
	if got := r.Resolve(unix.NETLINK_AUDIT, p2); got.Known() {
		t.Errorf("Resolve(NETLINK_AUDIT, %d) = %+v, want unknown", p2, got)
	}
	// cached: no new dump nor scan for a known port
	d, s := r.Dumps, r.Scans
	r.Resolve(unix.NETLINK_ROUTE, p1)
	if r.Dumps != d || r.Scans != s {
		t.Errorf("a cached port cost %d dumps and %d scans", r.Dumps-d, r.Scans-s)
	}
	// a socket closed before its frame was resolved: gone, not guessed
	fd3, p3 := openNetlink(t, unix.NETLINK_NETFILTER, 0x7eae0000+uint32(os.Getpid()&0xffff))
	sent := time.Now()
	unix.Close(fd3)
	time.Sleep(time.Millisecond)
	if got := r.ResolveAt(unix.NETLINK_NETFILTER, p3, sent); got.Known() || got.Note != NoteGone {
		t.Errorf("closed socket: %+v, want the note %q", got, NoteGone)
	}
}

func TestProcResolverSelf(t *testing.T)          { testResolveSelf(t, true) }
func TestProcResolverSelfProcTable(t *testing.T) { testResolveSelf(t, false) }

// A child process that listens (ip monitor) is found by its port id.
func TestProcResolverChild(t *testing.T) {
	ip, err := exec.LookPath("ip")
	if err != nil {
		t.Skip("no ip command")
	}
	for _, diag := range []bool{true, false} {
		r := newResolver(t, diag)
		cmd := exec.Command(ip, "monitor", "link")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		pid := cmd.Process.Pid
		// its socket: the kernel gives a process's first netlink socket
		// its process id as port id, or another when that one is taken
		var port uint32
		deadline := time.Now().Add(5 * time.Second)
		for port == 0 && time.Now().Before(deadline) {
			port = childPort(t, pid)
			time.Sleep(5 * time.Millisecond)
		}
		if port == 0 {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatal("ip monitor opened no netlink socket")
		}
		got := r.Resolve(unix.NETLINK_ROUTE, port)
		cmd.Process.Kill()
		cmd.Wait()
		if want := (Process{PID: pid, Comm: "ip", By: ByDiag}); got != want {
			t.Errorf("diag=%v: Resolve(route, %d) = %+v, want %+v", diag, port, got, want)
		}
		// gone now: once what the cache knew is old, a frame is marked,
		// not named
		r.now = func() time.Time { return time.Now().Add(portTTL + time.Millisecond) }
		if got := r.ResolveAt(unix.NETLINK_ROUTE, port, time.Time{}); got.Known() || got.Note != NoteGone {
			t.Errorf("diag=%v: after exit: %+v", diag, got)
		}
	}
}

// childPort finds the port of a process's NETLINK_ROUTE socket from
// /proc/net/netlink and the process's fds, independently of the resolver.
func childPort(t *testing.T, pid int) uint32 {
	dir := "/proc/" + strconv.Itoa(pid) + "/fd/"
	fds, _ := os.ReadDir(dir)
	inos := map[string]bool{}
	for _, f := range fds {
		if l, err := os.Readlink(dir + f.Name()); err == nil && strings.HasPrefix(l, "socket:[") {
			inos[strings.TrimSuffix(strings.TrimPrefix(l, "socket:["), "]")] = true
		}
	}
	b, _ := os.ReadFile("/proc/net/netlink")
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) >= 10 && f[1] == "0" && inos[f[len(f)-1]] {
			n, _ := strconv.ParseInt(f[2], 10, 64)
			return uint32(n)
		}
	}
	return 0
}

func TestTaskProcess(t *testing.T) {
	p := TaskProcess(unix.Gettid())
	if p.PID != os.Getpid() || p.Comm != readComm("/proc", os.Getpid()) {
		t.Errorf("TaskProcess(self) = %+v", p)
	}
	if p := TaskProcess(1 << 30); p.Known() || p.Note == "" {
		t.Errorf("TaskProcess(none) = %+v", p)
	}
}

// A process not found is not cached for frames after the dump that did
// not find it: the port may belong to a new socket by then.
func TestProcResolverNegativeCache(t *testing.T) {
	r := newResolver(t, true)
	fd, port := openNetlink(t, unix.NETLINK_ROUTE, 0x7eaf0000+uint32(os.Getpid()&0xffff))
	defer unix.Close(fd)
	r.procfs = t.TempDir() // no process can be read
	if got := r.ResolveAt(unix.NETLINK_ROUTE, port, time.Now()); got.Known() || got.Note != NoteNoProcess {
		t.Fatalf("without /proc: %+v", got)
	}
	r.procfs = "/proc"
	r.scanAt = time.Time{}
	d := r.Dumps
	if got := r.ResolveAt(unix.NETLINK_ROUTE, port, r.dumpAt.Add(-time.Millisecond)); got.Known() || r.Dumps != d {
		t.Errorf("a frame from before the dump: %+v, %d dumps more", got, r.Dumps-d)
	}
	time.Sleep(time.Millisecond)
	if got := r.ResolveAt(unix.NETLINK_ROUTE, port, time.Now()); got.PID != os.Getpid() {
		t.Errorf("a frame from after the dump: %+v, want this process", got)
	}
}
