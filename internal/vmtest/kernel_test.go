package vmtest

import (
	"errors"
	"strings"
	"testing"
)

// TestFindKernelSaysDownload: before fetching the kernel package, FindKernel
// says so (here apt-get is not on PATH, so nothing is fetched).
func TestFindKernelSaysDownload(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	var notes []string
	_, err := FindKernel(t.TempDir(), func(s string) { notes = append(notes, s) })
	if !errors.Is(err, ErrNoKernel) || !strings.Contains(err.Error(), "apt-get not found") {
		t.Errorf("err = %v", err)
	}
	if len(notes) != 1 || !strings.HasPrefix(notes[0], "downloading the VM's kernel, Debian's "+KernelPackage+" (about 130 MB, once)") {
		t.Errorf("notes %q", notes)
	}
}
