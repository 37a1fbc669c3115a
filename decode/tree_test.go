package decode

import (
	"testing"
	"unsafe"
)

func TestNodeSize(t *testing.T) {
	t.Logf("Node is %d bytes", unsafe.Sizeof(Node{}))
}
