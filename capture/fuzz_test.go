package capture

import (
	"bytes"
	"testing"
)

// FuzzReadHex: any text either reads or fails with a located error; it
// never panics.
func FuzzReadHex(f *testing.F) {
	for _, s := range []string{
		"20 00 00 00\n\n10 00", "00000000: 2000 0000  ..", "00000000  20 00  |..|\n*\n00000020\n",
		" | 00000  20 00 00 00  .... |", "\"\\x20\\x00\"", "[]byte{0x20, 0}", "# proto: NETLINK_GENERIC\n0102",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		bufs, err := ReadHex(bytes.NewReader(in), "f")
		if err != nil {
			if _, ok := err.(*HexError); !ok {
				t.Fatalf("error without a place: %v", err)
			}
			return
		}
		for _, b := range bufs {
			if len(b.Data) == 0 {
				t.Fatal("empty buffer returned")
			}
		}
	})
}
