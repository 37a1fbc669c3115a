// Package testenv says which of nldump's tests run: the default run of
// go test ./... is fast, and the slow tests run when asked.
//
//	NLDUMP_SLOW=1          also run the slow tests in full (sweeps over the
//	                       whole corpus in every format, building binaries)
//	NLDUMP_VM=1            also run the VM tests (they download a kernel
//	                       package once and boot it under qemu)
//	NLDUMP_VM_REQUIRED=1   the VM tests must run: a host that cannot run
//	                       them fails them instead of skipping (CI)
//
// .ci/run sets all three.
package testenv

import (
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
