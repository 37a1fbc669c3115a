package decode

import (
	"testing"
	"unsafe"
)

// TestNodeSize: a tree holds one Node per field and decoding walks them
// all, so a bigger Node costs every buffer. Raise the bound on purpose.
func TestNodeSize(t *testing.T) {
	const most = 72
	if n := unsafe.Sizeof(Node{}); n > most {
		t.Errorf("Node is %d bytes, more than %d", n, most)
	}
}
