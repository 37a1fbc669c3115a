// Package testenv says which of nldump's tests run: the default run of
// go test ./... is fast, and the slow tests run when asked.
//
//	NLDUMP_SLOW=1          also run the slow tests in full (sweeps over the
//	                       whole corpus in every format, building binaries)
//	NLDUMP_VM=1            also run the VM tests (they download a kernel
//	                       package once and boot it under qemu)
//	NLDUMP_VM_REQUIRED=1   the VM tests must run: a host that cannot run
//	                       them fails them instead of skipping (CI)
//	NLDUMP_SPECS=1         fetch the kernel's netlink specs for the spec
//	                       test when they are not cached (a download)
//	NLDUMP_SPECS_REQUIRED=1  the spec test must run (CI)
//
// .ci/run sets NLDUMP_SLOW, NLDUMP_VM_REQUIRED and NLDUMP_SPECS_REQUIRED.
package testenv

import (
	"fmt"
	"os"
	"testing"
)

// Slow reports whether the slow tests are asked for (NLDUMP_SLOW=1).
func Slow() bool { return os.Getenv("NLDUMP_SLOW") == "1" }

// SkipUnlessSlow skips a slow test, saying how to run it, unless
// NLDUMP_SLOW=1.
func SkipUnlessSlow(t testing.TB) {
	t.Helper()
	if !Slow() {
		t.Skip("slow test: run with NLDUMP_SLOW=1")
	}
}

// VM reports whether the VM tests are asked for (NLDUMP_VM=1, or
// NLDUMP_VM_REQUIRED=1).
func VM() bool {
	return os.Getenv("NLDUMP_VM") == "1" || VMRequired()
}

// VMRequired reports whether the VM tests must run (NLDUMP_VM_REQUIRED=1).
func VMRequired() bool { return os.Getenv("NLDUMP_VM_REQUIRED") == "1" }

// Stride is the step of a test that samples the corpus: 1 (every buffer)
// with NLDUMP_SLOW=1, else n.
func Stride(n int) int {
	if Slow() {
		return 1
	}
	return n
}

// Specs reports whether the kernel's netlink specs may be fetched
// (NLDUMP_SPECS=1, or NLDUMP_SPECS_REQUIRED=1).
func Specs() bool {
	return os.Getenv("NLDUMP_SPECS") == "1" || os.Getenv("NLDUMP_SPECS_REQUIRED") == "1"
}

// Announce says what a test is about to do that takes long (a download):
// on the terminal when there is one, since go test shows what a passing
// test prints only with -v; on stderr otherwise.
func Announce(msg string) {
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		fmt.Fprintln(tty, msg)
		tty.Close()
		return
	}
	fmt.Fprintln(os.Stderr, msg)
}
