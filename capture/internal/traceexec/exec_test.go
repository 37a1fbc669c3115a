//go:build linux && (amd64 || arm64)

package traceexec

import (
	"os"
	"testing"
)

func TestParse(t *testing.T) {
	env := []byte("A=1\x00" + Env + "=run-seccomp:7:8\x00B=x=y\x00")
	v, ok := lookup(env, Env)
	if !ok || string(v) != "run-seccomp:7:8" {
		t.Fatalf("lookup: %q %v", v, ok)
	}
	if _, ok := lookup(env, "C"); ok {
		t.Error("found C")
	}
	b, _ := lookup(env, "B")
	if string(b) != "x=y" {
		t.Errorf("B: %q", b)
	}
	if mode, rest := cut(v, ':'); string(mode) != "run-seccomp" || string(rest) != "7:8" {
		t.Errorf("cut: %q %q", mode, rest)
	}
	if mode, rest := cut(b, ':'); string(mode) != "x=y" || rest != nil {
		t.Errorf("cut without a separator: %q %q", mode, rest)
	}
	for s, want := range map[string]int{"7": 7, "1024": 1024, "": -1, "3x": -1, "-1": -1, "99999999999": -1} {
		n, ok := atoi([]byte(s))
		if ok != (want >= 0) || ok && n != want {
			t.Errorf("atoi(%q): %d %v", s, n, ok)
		}
	}
	if got := split([]byte("a\x00\x00bc\x00d")); len(got) != 3 || string(got[0]) != "a" || string(got[1]) != "" || string(got[2]) != "bc" {
		t.Errorf("split: %q", got)
	}
}

// TestRawSyscalls reads a file through the package's own system calls.
func TestRawSyscalls(t *testing.T) {
	path := t.TempDir() + "/f"
	if err := os.WriteFile(path, []byte("hello\x00world"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := readFile(path + "\x00"); string(got) != "hello\x00world" {
		t.Errorf("readFile: %q", got)
	}
	if got := readFile(path + ".none\x00"); got != nil {
		t.Errorf("a missing file: %q", got)
	}
	if _, e := syscall(sysClose, ^uintptr(0), 0, 0); e != 9 { // EBADF
		t.Errorf("close(-1): errno %d, want EBADF", e)
	}
}
