package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A finding of the buffer as a whole (bytes after the last message) is
// marked in the tree as in the summary, with the first message.
func TestCheckInlineBufferFinding(t *testing.T) {
	p := filepath.Join(t.TempDir(), "t.hex")
	os.WriteFile(p, []byte("10000000 0100 0100 01000000 00000000 aabbcc\n"), 0o644)
	for _, f := range []string{"tree", "summary"} {
		var out bytes.Buffer
		if st := run([]string{"decode", "--check", "-f", f, p}, &env{stdout: &out, stderr: io.Discard}); st != 0 {
			t.Fatalf("%s: status %d", f, st)
		}
		if !strings.Contains(out.String(), "3 bytes after the last message") {
			t.Errorf("%s: the trailing bytes are not marked:\n%s", f, out.String())
		}
	}
}
