package decode

import (
	"strings"
	"testing"
)

// FuzzDecode feeds arbitrary bytes to every protocol's decoder: no panic,
// one line, and the tree's offsets stay inside the buffer.
func FuzzDecode(f *testing.F) {
	for _, tc := range edgeCases {
		f.Add(uint8(ProtoRoute), unhexT(&testing.T{}, tc.hex))
	}
	f.Fuzz(func(t *testing.T, proto uint8, b []byte) {
		d := NewDecoder(Options{Proto: Proto(proto % maxNetlinkPro)})
		tr := d.Decode(b)
		s := tr.String()
		if strings.Contains(s, "\n") {
			t.Fatalf("more than one line: %q", s)
		}
		for i := 0; i < tr.Len(); i++ {
			n := tr.Node(i)
			if n.Offset()+n.Len() > len(b) {
				t.Fatalf("node %d covers %d+%d of %d bytes", i, n.Offset(), n.Len(), len(b))
			}
			if int(n.end) <= i || int(n.end) > tr.Len() {
				t.Fatalf("node %d ends at %d", i, n.end)
			}
		}
		// the other notations must not fail either
		_ = tr.AppendStraceAll(nil, &Format{StrLen: 4, Xlat: XlatVerbose, Hex: HexNonASCII})
		_ = tr.AppendStraceAll(nil, &Format{Xlat: XlatRaw, Hex: HexAll})
	})
}
