package decode

import (
	"encoding/hex"
	"testing"
)

// linkDump returns the recorded buffers of an RTM_NEWLINK dump.
func linkDump(b *testing.B) [][]byte {
	var out [][]byte
	for _, r := range readRecords(&testing.T{}, "../testdata/corpus/link.jsonl") {
		if r.Dir != "recv" || r.Cmd != "ip -d link show" {
			continue
		}
		x, _ := hex.DecodeString(r.Hex)
		if len(x) > 1000 {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		b.Skip("no link dump in the corpus")
	}
	return out
}

// BenchmarkLinkDump decodes and renders a real RTM_NEWLINK dump in strace
// notation: the speed figure of the decoder (MB/s of input).
func BenchmarkLinkDump(b *testing.B) {
	bufs := linkDump(b)
	total := 0
	for _, x := range bufs {
		total += len(x)
	}
	d := NewDecoder(Options{})
	var out []byte
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range bufs {
			t := d.Decode(x)
			out = t.AppendStraceAll(out[:0], &DefaultFormat)
		}
	}
}

// BenchmarkLinkDumpDecode is BenchmarkLinkDump without the rendering.
func BenchmarkLinkDumpDecode(b *testing.B) {
	bufs := linkDump(b)
	total := 0
	for _, x := range bufs {
		total += len(x)
	}
	d := NewDecoder(Options{})
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range bufs {
			d.Decode(x)
		}
	}
}
