package main

import (
	"bytes"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The traced command must do what it does untraced: these tests are the
// ways tracing could change that.

// TestTraceKeepsFds: the command gets nldump's descriptors 3 and 4 as
// they are (socket activation, make's jobserver, 3<FILE).
func TestTraceKeepsFds(t *testing.T) {
	needTrace(t)
	nldump, _ := buildTools(t, false)
	dir := t.TempDir()
	f3, f4 := filepath.Join(dir, "f3"), filepath.Join(dir, "f4")
	os.WriteFile(f3, []byte("three\n"), 0o644)
	os.WriteFile(f4, []byte("four\n"), 0o644)
	for _, flags := range [][]string{nil, {"--seccomp=false"}, {"-f=false"}} {
		cmd := exec.Command("sh", append(append([]string{"-c", `exec 3<"$1" 4<"$2"; shift 2; exec "$@"`, "sh", f3, f4, nldump, "trace", "-o", filepath.Join(dir, "out")}, flags...),
			"--", "sh", "-c", "cat <&3; cat <&4")...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil || string(out) != "three\nfour\n" {
			t.Errorf("%v: %v, stdout %q, stderr %q; want both files", flags, err, out, stderr.String())
		}
	}
}

// TestTraceSignals: nldump stopped by SIGTERM, or with its output gone
// (SIGPIPE), lets the command run to its end: its calls keep working.
func TestTraceSignals(t *testing.T) {
	needTrace(t)
	nldump, _ := buildTools(t, false)
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "src"), filepath.Join(dir, "dst")
	os.WriteFile(src, []byte("the command ran to its end\n"), 0o644)
	// reads the file through fd 3 (a call the filter stops at) after
	// nldump is gone or muted
	script := `ip link show lo >/dev/null; sleep 1; ip link show lo >/dev/null; cat "$1" > "$2"`
	for _, flags := range [][]string{nil, {"--seccomp=false"}} {
		os.Remove(dst)
		cmd := exec.Command(nldump, append(append([]string{"trace", "-o", filepath.Join(dir, "out")}, flags...), "--", "sh", "-c", script, "sh", src, dst)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(400 * time.Millisecond)
		cmd.Process.Signal(syscall.SIGTERM)
		err := cmd.Wait()
		waitFile(dst, 5*time.Second)
		if b, _ := os.ReadFile(dst); string(b) != "the command ran to its end\n" {
			t.Errorf("SIGTERM %v: nldump %v, stderr %q; the command wrote %q", flags, err, stderr.String(), b)
		}
	}
	// the reader of nldump's output (stderr) goes away after a line
	os.Remove(dst)
	sh := `"$1" trace -- sh -c 'i=0; while [ $i -lt 20 ]; do ip link show lo >/dev/null; i=$((i+1)); done; cat "$1" > "$2"' sh "$2" "$3" 2>&1 | head -1 >/dev/null`
	out, err := exec.Command("sh", "-c", sh, "sh", nldump, src, dst).CombinedOutput()
	if err != nil {
		t.Errorf("| head -1: %v %s", err, out)
	}
	waitFile(dst, 5*time.Second)
	if b, _ := os.ReadFile(dst); string(b) != "the command ran to its end\n" {
		t.Errorf("| head -1: the command wrote %q", b)
	}
}

// TestTraceBrokenOutputKeepsPcap: with its text output gone (SIGPIPE),
// trace stops, and the -w file keeps what it captured until then (ip's
// first request at least, whose line was read).
func TestTraceBrokenOutputKeepsPcap(t *testing.T) {
	needTrace(t)
	nldump, _ := buildTools(t, false)
	pcap := filepath.Join(t.TempDir(), "w.pcap")
	sh := `"$1" trace -w "$2" -- ip link show lo 2>&1 | head -1 >/dev/null`
	if out, err := exec.Command("unshare", "-n", "sh", "-c", sh, "sh", nldump, pcap).CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	var out bytes.Buffer
	if st := run([]string{"read", "-f", "summary", pcap}, &env{stdout: &out, stderr: &out}); st != 0 || !strings.Contains(out.String(), "#1 ") {
		t.Errorf("the -w file: status %d\n%s", st, out.String())
	}
}

func waitFile(path string, d time.Duration) {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return
		}
	}
}

// TestTraceUntraced: a child made with CLONE_UNTRACED would keep the
// seccomp filter with no tracer; nldump traces it like the others, and
// its reads work.
func TestTraceUntraced(t *testing.T) {
	needTrace(t)
	nldump, traffic := buildTools(t, true)
	src := filepath.Join(t.TempDir(), "src")
	os.WriteFile(src, []byte("read by an untraced child\n"), 0o644)
	cmd := exec.Command(nldump, "trace", "-o", os.DevNull, "--", traffic, "-untraced", src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || string(out) != "read by an untraced child\n" {
		t.Errorf("%v, stdout %q, stderr %q", err, out, stderr.String())
	}
}

// TestTraceRights: an unbound netlink socket received over a unix socket
// (SCM_RIGHTS) is known as netlink at its first use.
func TestTraceRights(t *testing.T) {
	needTrace(t)
	nldump, traffic := buildTools(t, true)
	dir := t.TempDir()
	log, out, pcap := filepath.Join(dir, "log"), filepath.Join(dir, "out"), filepath.Join(dir, "pcap")
	if exit := inNetns(t, "", nldump, "trace", "-o", out, "-w", pcap, "--", traffic, "-scm", log); exit != 0 {
		t.Fatalf("exit status %d", exit)
	}
	want := readTrafficLog(t, log)
	got := readPcap(t, pcap)
	if len(got) != len(want) || len(want) < 2 {
		t.Fatalf("nldump reported %d datagrams, nltraffic moved %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].dir != w.dir || hex.EncodeToString(got[i].data) != w.hex() {
			t.Errorf("datagram %d: %s %s, want %s %s", i, got[i].dir, hexClip(got[i].data), w.dir, w.hex())
		}
	}
}

// TestTraceCommandErrors: a command that is not there exits 127, one
// that cannot be executed 126, with a shell's words.
func TestTraceCommandErrors(t *testing.T) {
	needTrace(t)
	nldump, _ := buildTools(t, false)
	dir := t.TempDir()
	noexec := filepath.Join(dir, "noexec")
	os.WriteFile(noexec, []byte("#!/bin/sh\n"), 0o644)
	garbage := filepath.Join(dir, "garbage")
	os.WriteFile(garbage, []byte("\x00\x01\x02\x03 not a program\n"), 0o755)
	for _, c := range []struct {
		cmd    string
		status int
		stderr string
	}{
		{"no-such-command-nldump", 127, "nldump trace: no-such-command-nldump: command not found\n"},
		{filepath.Join(dir, "nope"), 127, "nldump trace: " + filepath.Join(dir, "nope") + ": No such file or directory\n"},
		{noexec, 126, "nldump trace: " + noexec + ": Permission denied\n"},
		{dir, 126, "nldump trace: " + dir + ": Is a directory\n"},
		{garbage, 126, "nldump trace: " + garbage + ": Exec format error\n"},
	} {
		cmd := exec.Command(nldump, "trace", "--", c.cmd)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		}
		if status != c.status || stderr.String() != c.stderr {
			t.Errorf("%s: status %d, stderr %q; want %d, %q", c.cmd, status, stderr.String(), c.status, c.stderr)
		}
	}
}

// TestTraceTcClass: tc sends its RTM_GETTCLASS in two iovecs; nldump
// shows the one datagram the kernel gets, writes it as one packet, and
// check finds nothing wrong with it. The decoded lines go to stderr, not
// into the command's output.
func TestTraceTcClass(t *testing.T) {
	needTrace(t, "tc")
	nldump, _ := buildTools(t, false)
	dir := t.TempDir()
	pcap, out := filepath.Join(dir, "pcap"), filepath.Join(dir, "stdout")
	script := `"$1" trace -w "$2" -- tc -s class show dev lo > "$3" 2> "$3.err"`
	if exit := inNetns(t, "", "sh", "-c", script, "sh", nldump, pcap, out); exit != 0 {
		t.Fatalf("exit status %d", exit)
	}
	lines, _ := os.ReadFile(out + ".err")
	if b, _ := os.ReadFile(out); len(b) != 0 {
		t.Errorf("decoded output on stdout: %.200s", b)
	}
	n := 0
	for _, l := range strings.Split(string(lines), "\n") {
		if strings.Contains(l, "RTM_GETTCLASS") {
			n++
			if !strings.Contains(l, "{tcm_family=AF_UNSPEC, tcm_ifindex=") {
				t.Errorf("RTM_GETTCLASS without its tcmsg: %s", l)
			}
		}
		if strings.Contains(l, "nlmsg_len=0,") {
			t.Errorf("a message of no length: %s", l)
		}
	}
	if n != 1 {
		t.Errorf("%d lines of RTM_GETTCLASS, want 1:\n%s", n, lines)
	}
	k := 0
	for _, f := range readPcap(t, pcap) {
		if len(f.data) >= 6 && f.data[4] == 42 && f.data[5] == 0 { // RTM_GETTCLASS
			k++
			if len(f.data) != 36 {
				t.Errorf("RTM_GETTCLASS packet of %d bytes, want 36", len(f.data))
			}
		}
	}
	if k != 1 {
		t.Errorf("%d RTM_GETTCLASS packets in the pcap, want 1", k)
	}
	chk, err := exec.Command(nldump, "check", pcap).CombinedOutput()
	if err != nil || !strings.Contains(string(chk), "0 errors, 0 warnings") {
		t.Errorf("nldump check: %v\n%s", err, chk)
	}
}
