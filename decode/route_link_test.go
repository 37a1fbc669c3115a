package decode

import (
	"encoding/binary"
	"github.com/nldump/nldump/decode/internal/xlat"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/nldump/nldump/internal/stracecmp"
	"github.com/nldump/nldump/internal/straceoracle"
)

// Builders of link messages for the tests below (little-endian hosts).

// ltA is an attribute of type t holding the concatenated payloads.
func ltA(t uint16, ps ...[]byte) []byte {
	var p []byte
	for _, x := range ps {
		p = append(p, x...)
	}
	b := binary.LittleEndian.AppendUint16(nil, uint16(4+len(p)))
	b = binary.LittleEndian.AppendUint16(b, t)
	b = append(b, p...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// ltMsg is a message of type typ and flags holding the payloads.
func ltMsg(typ, flags uint16, ps ...[]byte) []byte {
	var p []byte
	for _, x := range ps {
		p = append(p, x...)
	}
	b := binary.LittleEndian.AppendUint32(nil, uint32(16+len(p)))
	b = binary.LittleEndian.AppendUint16(b, typ)
	b = binary.LittleEndian.AppendUint16(b, flags)
	b = binary.LittleEndian.AppendUint32(b, 1) // seq
	b = binary.LittleEndian.AppendUint32(b, 0) // pid
	return append(b, p...)
}

// ltIfi is a struct ifinfomsg.
func ltIfi(family uint8, typ uint16, index int32, flags uint32) []byte {
	b := []byte{family, 0}
	b = binary.LittleEndian.AppendUint16(b, typ)
	b = binary.LittleEndian.AppendUint32(b, uint32(index))
	b = binary.LittleEndian.AppendUint32(b, flags)
	return binary.LittleEndian.AppendUint32(b, 0)
}

// ltLink is an RTM_NEWLINK the kernel sends: an AF_UNSPEC ifinfomsg of
// ifindex 7 and the attributes.
func ltLink(attrs ...[]byte) []byte {
	return ltMsg(xlat.RTM_NEWLINK, 0, append([][]byte{ltIfi(0, 1, 7, 0)}, attrs...)...)
}

// ltLinkFam is ltLink with another address family.
func ltLinkFam(family uint8, attrs ...[]byte) []byte {
	return ltMsg(xlat.RTM_NEWLINK, 0, append([][]byte{ltIfi(family, 1, 7, 0)}, attrs...)...)
}

func ltU8(v uint8) []byte    { return []byte{v} }
func ltU16(v uint16) []byte  { return binary.LittleEndian.AppendUint16(nil, v) }
func ltU32(v uint32) []byte  { return binary.LittleEndian.AppendUint32(nil, v) }
func ltU64(v uint64) []byte  { return binary.LittleEndian.AppendUint64(nil, v) }
func ltBE16(v uint16) []byte { return binary.BigEndian.AppendUint16(nil, v) }
func ltBE32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
func ltStr(s string) []byte  { return append([]byte(s), 0) }

// ltSeq is n bytes counting up from start.
func ltSeq(start byte, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = start + byte(i)
	}
	return b
}

// ltU32s is a run of u32 counting up from 1.
func ltU32s(n int) []byte {
	var b []byte
	for i := 1; i <= n; i++ {
		b = binary.LittleEndian.AppendUint32(b, uint32(i))
	}
	return b
}

func ltU64s(n int) []byte {
	var b []byte
	for i := 1; i <= n; i++ {
		b = binary.LittleEndian.AppendUint64(b, uint64(i))
	}
	return b
}

// ltInfo is IFLA_LINKINFO holding its attributes.
func ltInfo(as ...[]byte) []byte { return ltA(18, as...) }

// ltKind is IFLA_INFO_KIND.
func ltKind(k string) []byte { return ltA(1, ltStr(k)) }

// ltData is IFLA_INFO_DATA.
func ltData(as ...[]byte) []byte { return ltA(2, as...) }

// ltStatsMsg is a struct if_stats_msg.
func ltStatsMsg(family, pad1 uint8, pad2 uint16, index, mask uint32) []byte {
	b := []byte{family, pad1}
	b = binary.LittleEndian.AppendUint16(b, pad2)
	b = binary.LittleEndian.AppendUint32(b, index)
	return binary.LittleEndian.AppendUint32(b, mask)
}

type linkCase struct {
	name   string
	buf    []byte
	want   string
	deeper bool // nldump decodes what strace 6.1 leaves as hex or a number
	// strace is what strace 6.1 prints where nldump prints otherwise on
	// purpose (testdata/corpus/differences.txt gives the reasons)
	strace string
}

func TestLinkEdgeCases(t *testing.T) {
	if os.Getenv("NLDUMP_LINK_GEN") != "" {
		genLinkCases(t)
		return
	}
	for _, c := range linkCases {
		got := NewDecoder(Options{}).DecodeProto(ProtoRoute, c.buf).String()
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestLinkEdgeCasesAgainstStrace checks the expected lines above against
// strace 6.1: the same text, or a deeper decoding where marked so.
func TestLinkEdgeCasesAgainstStrace(t *testing.T) {
	needStrace(t)
	var bufs [][]byte
	for _, c := range linkCases {
		bufs = append(bufs, c.buf)
	}
	texts, err := straceoracle.Decode(int(ProtoRoute), bufs)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range linkCases {
		if c.strace != "" {
			if texts[i] != c.strace {
				t.Errorf("%s: strace prints\n%s\nthe test expects\n%s", c.name, texts[i], c.strace)
			}
			continue
		}
		if !c.deeper {
			if texts[i] != c.want {
				t.Errorf("%s: strace prints\n%s\nthe test expects\n%s", c.name, texts[i], c.want)
			}
			continue
		}
		if v, ds := stracecmp.Verdict(texts[i], c.want); v != "deeper" {
			t.Errorf("%s: %s from strace: %s\nstrace: %s", c.name, v, stracecmp.Summary(ds), texts[i])
		}
	}
}

// genLinkCases prints each case as nldump and strace print it, to write
// the table (NLDUMP_LINK_GEN=1 go test -run TestLinkEdgeCases).
func genLinkCases(t *testing.T) {
	var bufs [][]byte
	for _, c := range linkCases {
		bufs = append(bufs, c.buf)
	}
	texts, err := straceoracle.Decode(int(ProtoRoute), bufs)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for i, c := range linkCases {
		got := NewDecoder(Options{}).DecodeProto(ProtoRoute, c.buf).String()
		v, _ := stracecmp.Verdict(texts[i], got)
		if got == texts[i] {
			v = "same"
		}
		sb.WriteString(c.name + "\n" + v + "\n" + strconv.Quote(got) + "\n" + strconv.Quote(texts[i]) + "\n\n")
	}
	os.WriteFile(os.Getenv("NLDUMP_LINK_GEN"), []byte(sb.String()), 0o644)
}

// FuzzLink starts from the link edge cases: no panic, one line, and every
// node inside the buffer.
func FuzzLink(f *testing.F) {
	for _, c := range linkCases {
		f.Add(c.buf)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tr := NewDecoder(Options{}).DecodeProto(ProtoRoute, b)
		if s := tr.String(); strings.Contains(s, "\n") {
			t.Fatalf("more than one line: %q", s)
		}
		for i := 0; i < tr.Len(); i++ {
			if n := tr.Node(i); n.Offset()+n.Len() > len(b) {
				t.Fatalf("node %d covers %d+%d of %d bytes", i, n.Offset(), n.Len(), len(b))
			}
		}
		_ = tr.AppendStraceAll(nil, &Format{StrLen: 4, Xlat: XlatVerbose, Hex: HexNonASCII})
	})
}
