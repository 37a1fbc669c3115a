package decode

import (
	"encoding/binary"
	"testing"
)

// TestReserve: after Reserve, the first decoding of a buffer of that
// size uses the room made (no new node array) and prints as a decoder
// without it prints.
func TestReserve(t *testing.T) {
	buf := make([]byte, 0, 4096)
	for len(buf)+16 <= cap(buf) {
		var h [16]byte
		binary.NativeEndian.PutUint32(h[0:], 16)
		binary.NativeEndian.PutUint16(h[4:], 1) // NLMSG_NOOP
		buf = append(buf, h[:]...)
	}
	d := NewDecoder(Options{Proto: ProtoRoute})
	d.Reserve(len(buf))
	room := cap(d.tree.nodes)
	if room < len(buf)/2 {
		t.Fatalf("room for %d nodes", room)
	}
	got := d.Decode(buf).String()
	if cap(d.tree.nodes) != room {
		t.Errorf("the decoding made a new node array: room %d, then %d", room, cap(d.tree.nodes))
	}
	if want := NewDecoder(Options{Proto: ProtoRoute}).Decode(buf).String(); got != want {
		t.Errorf("with Reserve:\n%.200s\nwithout:\n%.200s", got, want)
	}
}
