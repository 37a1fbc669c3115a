//go:build linux && (amd64 || arm64)

package tracestart

import (
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// run starts s, lets it go, and returns its answer, exit status and what
// it wrote on its standard output and error (pipes in Stdio[1] and [2]).
func run(t *testing.T, s *Spec, filter bool) (status byte, code int, stdout, stderr string) {
	t.Helper()
	outR, outW, _ := os.Pipe()
	errR, errW, _ := os.Pipe()
	null, _ := os.Open(os.DevNull)
	defer null.Close()
	s.Stdio = [3]int{int(null.Fd()), int(outW.Fd()), int(errW.Fd())}
	if s.Env == nil {
		s.Env = []string{"X=from-env"}
	}
	c, err := Start(s)
	outW.Close()
	errW.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Go(filter); err != nil {
		t.Fatal(err)
	}
	o, _ := io.ReadAll(outR)
	e, _ := io.ReadAll(errR)
	var ws syscall.WaitStatus
	if _, err := syscall.Wait4(c.Pid, &ws, 0, nil); err != nil {
		t.Fatal(err)
	}
	// after the exec: the pipe is closed
	status = 'N'
	if c.Filtered() {
		status = 'S'
	}
	return status, ws.ExitStatus(), string(o), string(e)
}

// TestStart: the child runs the command with the descriptors,
// environment and directory of the spec, and answers first.
func TestStart(t *testing.T) {
	dir := t.TempDir()
	st, code, out, errs := run(t, &Spec{Path: "/bin/sh", Argv: []string{"sh", "-c", `echo "$X" "$(pwd)"; read x; echo "[$x]" >&2; exit 3`}, Dir: dir}, false)
	if st != 'N' || code != 3 || out != "from-env "+dir+"\n" || errs != "[]\n" {
		t.Errorf("answer %q, exit %d, stdout %q, stderr %q", st, code, out, errs)
	}
}

// TestStartFilter: asked to, the child installs the filter before the
// exec and says so. (A filter that allows every call: nothing traces
// the child here.)
func TestStartFilter(t *testing.T) {
	allow := []unix.SockFilter{{Code: unix.BPF_RET | unix.BPF_K, K: unix.SECCOMP_RET_ALLOW}}
	st, code, out, _ := run(t, &Spec{Path: "/bin/sh", Argv: []string{"sh", "-c", "grep ^Seccomp: /proc/self/status"}, Filter: allow}, true)
	if st != 'S' || code != 0 || !strings.Contains(out, "2") {
		t.Errorf("answer %q, exit %d, stdout %q", st, code, out)
	}
	// not asked: no filter
	st, _, out, _ = run(t, &Spec{Path: "/bin/sh", Argv: []string{"sh", "-c", "grep ^Seccomp: /proc/self/status"}, Filter: allow}, false)
	if st != 'N' || !strings.Contains(out, "0") {
		t.Errorf("not asked: answer %q, stdout %q", st, out)
	}
}

// TestStartFails: a command that cannot run is said as a shell says it,
// with a shell's exit status.
func TestStartFails(t *testing.T) {
	_, code, _, errs := run(t, &Spec{Path: "/nonexistent/cmd", Argv: []string{"cmd"}}, false)
	if code != 127 || errs != "nldump trace: cmd: No such file or directory\n" {
		t.Errorf("missing: exit %d, stderr %q", code, errs)
	}
	_, code, _, errs = run(t, &Spec{Path: "/bin/sh", Argv: []string{"sh"}, Dir: "/nonexistent"}, false)
	if code != 127 || errs != "nldump trace: sh: No such file or directory\n" {
		t.Errorf("missing directory: exit %d, stderr %q", code, errs)
	}
}

// TestEnd: a child that is ended before it goes on exits without running
// the command.
func TestEnd(t *testing.T) {
	mark := t.TempDir() + "/ran"
	c, err := Start(&Spec{Path: "/bin/touch", Argv: []string{"touch", mark}, Stdio: [3]int{0, 1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	c.End()
	if _, err := os.Stat(mark); err == nil {
		t.Error("the command ran")
	}
	var ws syscall.WaitStatus
	if pid, _ := syscall.Wait4(c.Pid, &ws, syscall.WNOHANG, nil); pid > 0 {
		t.Errorf("child %d was still there after End", pid)
	}
}

// TestKick: the child exits at once.
func TestKick(t *testing.T) {
	if err := Kick(); err != nil {
		t.Fatal(err)
	}
	var ws syscall.WaitStatus
	if _, err := syscall.Wait4(-1, &ws, 0, nil); err != nil || !ws.Exited() || ws.ExitStatus() != 0 {
		t.Errorf("wait: %v, status %v", err, ws)
	}
}

// TestStartWaiting: while a child waits for its go byte, the thread that
// started it holds no P: collections (which stop the world) and busy
// goroutines go on, and the thread gets its goroutine back afterwards.
func TestStartWaiting(t *testing.T) {
	for round := 0; round < 3; round++ {
		c, err := Start(&Spec{Path: "/bin/true", Argv: []string{"true"}, Stdio: [3]int{0, 1, 2}})
		if err != nil {
			t.Fatal(err)
		}
		stop := make(chan struct{})
		for i := 0; i < 4; i++ {
			go func() {
				x := 0
				for {
					select {
					case <-stop:
						return
					default:
						x++
					}
				}
			}()
		}
		for i := 0; i < 3; i++ {
			runtime.GC()
			time.Sleep(10 * time.Millisecond)
		}
		c.Go(false)
		var ws syscall.WaitStatus
		if _, err := syscall.Wait4(c.Pid, &ws, 0, nil); err != nil || ws.ExitStatus() != 0 {
			t.Errorf("wait: %v, status %v", err, ws)
		}
		c.Filtered()
		close(stop)
	}
	// and Kick, from goroutines at once
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := Kick(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for i := 0; i < 8; i++ {
		var ws syscall.WaitStatus
		syscall.Wait4(-1, &ws, 0, nil)
	}
}
