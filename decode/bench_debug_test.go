package decode

import "testing"

// benchFormat runs one renderer over a real RTM_NEWLINK dump (MB/s of
// input, decoding included).
func benchFormat(b *testing.B, render func(t *Tree, dst []byte) []byte) {
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
			out = render(d.Decode(x), out[:0])
		}
	}
}

func BenchmarkTreeFormat(b *testing.B) {
	benchFormat(b, func(t *Tree, dst []byte) []byte {
		for _, m := range t.Messages() {
			dst = t.AppendTree(dst, m, &DefaultFormat)
		}
		return dst
	})
}

func BenchmarkJSONFormat(b *testing.B) {
	benchFormat(b, func(t *Tree, dst []byte) []byte {
		for _, m := range t.Messages() {
			dst = t.AppendJSONMembers(dst, m, &DefaultFormat)
		}
		return dst
	})
}

func BenchmarkSummaryFormat(b *testing.B) {
	benchFormat(b, func(t *Tree, dst []byte) []byte {
		for _, m := range t.Messages() {
			dst = t.AppendSummary(dst, m, &DefaultFormat)
		}
		return dst
	})
}

func BenchmarkCheck(b *testing.B) {
	benchFormat(b, func(t *Tree, dst []byte) []byte {
		_ = t.Check(CheckOptions{Dir: CheckToKernel})
		return dst
	})
}

// BenchmarkDiff compares each message of the dump with itself.
func BenchmarkDiff(b *testing.B) {
	benchFormat(b, func(t *Tree, dst []byte) []byte {
		for _, m := range t.Messages() {
			_ = Diff(t, m, t, m, DiffOptions{Strict: true})
		}
		return dst
	})
}
