package decode

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"
)

// BenchmarkRouteDump decodes and renders the largest RTM_NEWROUTE dump
// buffer of the corpus (about a hundred routes).
func BenchmarkRouteDump(b *testing.B) {
	f, err := os.Open("../testdata/corpus/route-dump.jsonl")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var buf []byte
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for sc.Scan() {
		var r struct{ Hex string }
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		if x, err := hex.DecodeString(r.Hex); err == nil && len(x) > len(buf) {
			buf = x
		}
	}
	d := NewDecoder(Options{})
	var out []byte
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out = d.Decode(buf).AppendStraceAll(out[:0], &DefaultFormat)
	}
}
