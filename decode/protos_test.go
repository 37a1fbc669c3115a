package decode

import (
	"encoding/binary"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/nldump/nldump/internal/stracecmp"
	"github.com/nldump/nldump/internal/straceoracle"
)

// Builders for crafted messages, in little-endian host order (the byte
// order the expected lines assume), besides le16, le32, le64, be16, cat
// and nla of genl_test.go.

func be32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

// fixed returns s in a field of n bytes, NUL-padded (or cut).
func fixed(s string, n int) []byte {
	b := make([]byte, n)
	copy(b, s)
	return b
}

func zeros(n int) []byte { return make([]byte, n) }

// pmsg builds a message with seq 1 and pid 0.
func pmsg(typ, flags uint16, payload ...[]byte) []byte {
	return nlmsg(typ, flags, 1, 0, payload...)
}

func ip4(a, b, c, d byte) []byte { return []byte{a, b, c, d} }

func ip6(s string) []byte {
	// a tiny parser for the test addresses: "2001:db8::1" forms
	var head, tail []uint16
	parts := strings.SplitN(s, "::", 2)
	parse := func(p string) []uint16 {
		var out []uint16
		if p == "" {
			return out
		}
		for _, g := range strings.Split(p, ":") {
			var v uint16
			fmt.Sscanf(g, "%x", &v)
			out = append(out, v)
		}
		return out
	}
	head = parse(parts[0])
	if len(parts) == 2 {
		tail = parse(parts[1])
	}
	b := make([]byte, 16)
	for i, v := range head {
		binary.BigEndian.PutUint16(b[2*i:], v)
	}
	for i, v := range tail {
		binary.BigEndian.PutUint16(b[16-2*len(tail)+2*i:], v)
	}
	return b
}

const (
	oracleExact  = "exact"  // strace 6.1 prints the same line
	oracleDeeper = "deeper" // strace 6.1 prints less (hex), nldump decodes it
	oracleNone   = ""       // strace cannot be asked here (see the case)
	// strace 6.1 (without -v) prints the address of its copy of a BPF
	// program where nldump prints the program; the rest is the same
	oracleAddress = "address"
)

var straceAddrRE = regexp.MustCompile(`^0x[0-9a-f]+\]\]$`)

type protoCase struct {
	name   string
	proto  Proto
	buf    []byte
	want   string
	oracle string
}

func TestProtoCases(t *testing.T) {
	for _, tc := range protoCases() {
		got := Strace(tc.proto, tc.buf)
		if got != tc.want {
			t.Errorf("%s %s:\n got %s\nwant %s", tc.proto.String(), tc.name, got, tc.want)
		}
	}
}

// TestProtoCasesAgainstStrace checks the expected lines against strace
// 6.1: the same text, or one that decodes deeper where strace stops.
func TestProtoCasesAgainstStrace(t *testing.T) {
	needStrace(t)
	byProto := map[Proto][]protoCase{}
	for _, tc := range protoCases() {
		if tc.oracle != oracleNone {
			byProto[tc.proto] = append(byProto[tc.proto], tc)
		}
	}
	for proto, cases := range byProto {
		var bufs [][]byte
		for _, tc := range cases {
			bufs = append(bufs, tc.buf)
		}
		texts, err := straceoracle.Decode(int(proto), bufs)
		if err != nil {
			t.Fatal(err)
		}
		for i, tc := range cases {
			switch tc.oracle {
			case oracleExact:
				if texts[i] != tc.want {
					t.Errorf("%s %s: strace prints\n%s\nthe test expects\n%s", proto.String(), tc.name, texts[i], tc.want)
				}
			case oracleAddress:
				const at = "PACKET_DIAG_FILTER}, "
				st := texts[i]
				a, b := strings.Index(st, at), strings.Index(tc.want, at)
				if a < 0 || b < 0 || st[:a] != tc.want[:b] || !straceAddrRE.MatchString(st[a+len(at):]) {
					t.Errorf("%s %s: strace prints\n%s\nthe test expects, but for the program\n%s", proto.String(), tc.name, texts[i], tc.want)
				}
			case oracleDeeper:
				if v, ds := stracecmp.Verdict(texts[i], tc.want); v != "deeper" {
					t.Errorf("%s %s: %s against strace: %s\nstrace: %s\nnldump: %s", proto.String(), tc.name, v, stracecmp.Summary(ds), texts[i], tc.want)
				}
			}
		}
	}
}

// TestProtoCasesPrint prints the crafted buffers and nldump's lines, to
// review them (NLDUMP_PRINT=1).
func TestProtoCasesPrint(t *testing.T) {
	if os.Getenv("NLDUMP_PRINT") == "" {
		t.Skip("set NLDUMP_PRINT=1")
	}
	for _, tc := range protoCases() {
		fmt.Printf("%s %s\n%x\n%s\n\n", tc.proto.String(), tc.name, tc.buf, Strace(tc.proto, tc.buf))
	}
}

// TestCryptoCasesAgainstStrace checks the CRYPTO lines against strace 6.1
// where the kernel has no NETLINK_CRYPTO: the buffers go out on a
// NETLINK_USERSOCK socket, and testdata/corpus/tools/nlfake.c, preloaded
// into strace (NLDUMP_NLFAKE=path of the built .so), makes strace take
// that socket for a NETLINK_CRYPTO one.
func TestCryptoCasesAgainstStrace(t *testing.T) {
	so := os.Getenv("NLDUMP_NLFAKE")
	if so == "" {
		t.Skip("set NLDUMP_NLFAKE to the path of nlfake.so")
	}
	needStrace(t)
	t.Setenv("LD_PRELOAD", so)
	t.Setenv("NLFAKE_FROM", fmt.Sprint(ProtoUsersock))
	t.Setenv("NLFAKE_TO", fmt.Sprint(ProtoCrypto))
	var bufs [][]byte
	var cases []protoCase
	for _, tc := range protoCases() {
		if tc.proto == ProtoCrypto {
			bufs = append(bufs, tc.buf)
			cases = append(cases, tc)
		}
	}
	texts, err := straceoracle.Decode(int(ProtoUsersock), bufs)
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range cases {
		v, ds := stracecmp.Verdict(texts[i], tc.want)
		if texts[i] == tc.want {
			v = oracleExact
		}
		if v != tc.cryptoOracle() {
			t.Errorf("%s: %s against strace: %s\nstrace: %s\nnldump: %s", tc.name, v, stracecmp.Summary(ds), texts[i], tc.want)
		}
	}
}

// cryptoOracle is what strace prints for a CRYPTO case: the same line,
// but for the attributes newer than strace 6.1.
func (tc protoCase) cryptoOracle() string {
	if strings.Contains(tc.want, "CRYPTOCFGA_REPORT_SIG") {
		return oracleDeeper
	}
	return oracleExact
}

// TestCorpusNoHexLeft checks that nldump leaves no payload, attribute or
// trailing bytes of the recorded XFRM and AUDIT traffic as a hex string
// (strace 6.1 prints all of it in hex). Fields that are bytes by nature,
// the keys of algorithms, stay hex and are named.
func TestCorpusNoHexLeft(t *testing.T) {
	for _, p := range []struct {
		name  string
		proto Proto
	}{{"NETLINK_XFRM", ProtoXfrm}, {"NETLINK_AUDIT", ProtoAudit}} {
		bufs := protoCorpus(t, p.name)
		if len(bufs) == 0 {
			t.Errorf("%s: no corpus", p.name)
		}
		d := NewDecoder(Options{Proto: p.proto})
		for _, b := range bufs {
			tr := d.Decode(b)
			for i := 0; i < tr.Len(); i++ {
				if n := tr.Node(i); n.Fmt() == FmtHex && n.Name() == "" {
					t.Errorf("%s: bytes %d..%d left in hex: %s", p.name, n.Offset(), n.Offset()+n.Len(), tr.String())
					break
				}
			}
		}
	}
}

// FuzzProtos feeds mutations of the crafted SOCK_DIAG, CRYPTO, SELINUX,
// uevent, AUDIT and XFRM cases to their decoders: no panic, one line, the
// tree's offsets inside the buffer.
func FuzzProtos(f *testing.F) {
	for _, tc := range protoCases() {
		f.Add(uint8(tc.proto), tc.buf)
	}
	protos := []Proto{ProtoSockDiag, ProtoCrypto, ProtoSelinux, ProtoKobjectUevent, ProtoAudit, ProtoXfrm}
	f.Fuzz(func(t *testing.T, p uint8, b []byte) {
		proto := protos[int(p)%len(protos)]
		tr := NewDecoder(Options{Proto: proto}).Decode(b)
		if s := tr.String(); strings.Contains(s, "\n") {
			t.Fatalf("more than one line: %q", s)
		}
		for i := 0; i < tr.Len(); i++ {
			if n := tr.Node(i); n.Offset()+n.Len() > len(b) {
				t.Fatalf("node %d covers %d+%d of %d bytes", i, n.Offset(), n.Len(), len(b))
			}
		}
		_ = tr.AppendStraceAll(nil, &Format{StrLen: 4, Xlat: XlatVerbose, Hex: HexNonASCII, NewNames: true})
		_ = tr.AppendStraceAll(nil, &Format{Xlat: XlatRaw, Hex: HexAll})
	})
}

// BenchmarkProtos decodes and renders the recorded SOCK_DIAG, XFRM, AUDIT
// and uevent traffic in strace notation (MB/s of input).
func BenchmarkProtos(b *testing.B) {
	for _, p := range []struct {
		name  string
		proto Proto
	}{{"NETLINK_SOCK_DIAG", ProtoSockDiag}, {"NETLINK_XFRM", ProtoXfrm}, {"NETLINK_AUDIT", ProtoAudit}, {"NETLINK_KOBJECT_UEVENT", ProtoKobjectUevent}} {
		b.Run(p.name, func(b *testing.B) {
			bufs := protoCorpus(&testing.T{}, p.name)
			if len(bufs) == 0 {
				b.Skip("no corpus")
			}
			total := 0
			for _, x := range bufs {
				total += len(x)
			}
			d := NewDecoder(Options{Proto: p.proto})
			var out []byte
			b.SetBytes(int64(total))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, x := range bufs {
					out = d.Decode(x).AppendStraceAll(out[:0], &DefaultFormat)
				}
			}
		})
	}
}
