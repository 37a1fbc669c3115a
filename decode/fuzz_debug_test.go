package decode

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// checkSeeds are buffers with each mistake check knows, and good ones.
func checkSeeds() [][]byte {
	set := nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(3, str0("veth0")...))
	long := joinb(set)
	long[0] += 4
	return [][]byte{
		ipSetUp, set, long, joinb(set, []byte{1, 2}),
		joinb(nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 0, 0), []byte{5, 0, 16, 0, 1}), set),
		nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(4, 0xdc, 0x05)),
		nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(4)),
		nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlNest(18, nlAttr(1, str0("veth")...), nlAttr(2, []byte{2, 0, 4, 0}...))),
		nlMsg(tNewLink, tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(4, u32le(1500)...), nlAttr(3, str0("v0")...), nlAttr(4, u32le(1)...)),
		nlMsg(tGetLink, tRequest|tDump, 1, 0, ifinfo(0, 1, 3, 0, 0), nlAttr(4, u32le(1500)...)),
		nlMsg(tGetAddr, tRequest, 1, 0, []byte{2, 0, 0, 0, 0, 0, 0, 0}),
		nlMsg(0x7e, tRequest, 1, 0, []byte{0, 0, 0, 0}),
		nlMsg(tNewLink, tRequest|tAck, 1, 0, []byte{0, 0, 0, 0}),
		nlMsg(2, 0, 1, 1234, u32le(0xffffffed), ipSetUp),
	}
}

// FuzzCheck: check, and every renderer, on arbitrary bytes: no panic,
// findings inside the buffer, JSON that parses, go bytes that are the
// buffer's.
func FuzzCheck(f *testing.F) {
	for _, b := range checkSeeds() {
		f.Add(uint8(ProtoRoute), b)
	}
	f.Add(uint8(ProtoGeneric), nlMsg(0x10, tRequest, 1, 0, []byte{3, 1, 0, 0}, nlAttr(2, str0("nlctrl")...)))
	f.Fuzz(func(t *testing.T, proto uint8, b []byte) {
		d := NewDecoder(Options{Proto: Proto(proto % maxNetlinkPro)})
		tr := d.Decode(b)
		for _, dir := range []CheckDir{CheckAuto, CheckToKernel, CheckFromKernel} {
			for _, x := range tr.Check(CheckOptions{Dir: dir}) {
				if x.Offset < 0 || x.Offset > len(b) || x.Text == "" || strings.Contains(x.Text, "\n") {
					t.Fatalf("finding %+v of a %d-byte buffer", x, len(b))
				}
			}
		}
		f := &Format{StrLen: 8, Xlat: XlatVerbose}
		msgs := tr.Messages()
		for _, m := range append([]int{0}, msgs...) {
			_ = tr.AppendTree(nil, m, f)
			_ = tr.AppendSummary(nil, m, f)
			js := append([]byte{'{'}, tr.AppendJSONMembers(nil, m, f)...)
			js = append(js, '}')
			if !json.Valid(js) {
				t.Fatalf("JSON of node %d: %s", m, js)
			}
		}
		if got := goLiteralBytes(string(tr.AppendGoLiteral(nil, 0, len(b), f))); !bytes.Equal(got, b) {
			t.Fatalf("go format holds %x, want %x", got, b)
		}
	})
}

// goLiteralBytes reads back the bytes of the go format.
func goLiteralBytes(s string) []byte {
	var out []byte
	for _, line := range strings.Split(s, "\n") {
		code, _, _ := strings.Cut(line, "//")
		for _, f := range strings.FieldsFunc(code, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '{' || r == '}' }) {
			if v, err := strconv.ParseUint(f, 0, 8); err == nil {
				out = append(out, byte(v))
			}
		}
	}
	return out
}

// FuzzDiff: diff of arbitrary buffers: no panic, offsets inside the
// buffers, and every message equal to itself.
func FuzzDiff(f *testing.F) {
	seeds := checkSeeds()
	for i := range seeds {
		f.Add(uint8(ProtoRoute), seeds[i], seeds[(i+1)%len(seeds)])
	}
	f.Add(uint8(ProtoRoute), ipSetUp, ipSetUp)
	f.Fuzz(func(t *testing.T, proto uint8, a, b []byte) {
		p := Proto(proto % maxNetlinkPro)
		ta := NewDecoder(Options{Proto: p}).Decode(a).Clone()
		tb := NewDecoder(Options{Proto: p}).Decode(b)
		ma, mb := ta.Messages(), tb.Messages()
		if len(ma) == 0 {
			ma = []int{0}
		}
		if len(mb) == 0 {
			mb = []int{0}
		}
		for _, x := range ma[:min(len(ma), 4)] {
			for _, y := range mb[:min(len(mb), 4)] {
				for _, o := range []DiffOptions{{}, {Strict: true}, {Decoder: NewDecoder(Options{Proto: p})}} {
					for _, d := range Diff(ta, x, tb, y, o) {
						if d.OffA > len(a) || d.OffB > len(b) || d.OffA < -1 || d.OffB < -1 {
							t.Fatalf("difference %+v outside the buffers (%d, %d bytes)", d, len(a), len(b))
						}
					}
				}
			}
			if ds := Diff(ta, x, ta, x, DiffOptions{Strict: true}); len(ds) != 0 {
				t.Fatalf("node %d differs from itself: %+v", x, ds)
			}
		}
	})
}
