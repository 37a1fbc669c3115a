package decode

import (
	"encoding/hex"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nldump/nldump/internal/stracecmp"
	"github.com/nldump/nldump/internal/straceoracle"
)

// protoCorpus returns the recorded buffers of a protocol, by name.
func protoCorpus(t *testing.T, proto string) [][]byte {
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	var src [][]byte
	for _, f := range files {
		for _, r := range readRecords(t, f) {
			if r.Proto != proto {
				continue
			}
			b, _ := hex.DecodeString(r.Hex)
			if len(b) <= 8192 {
				src = append(src, b)
			}
		}
	}
	return src
}

// TestMalformedProtosAgainstStrace decodes malformed variants of the
// recorded SOCK_DIAG, XFRM, AUDIT, SELINUX and uevent buffers with nldump
// and with strace: one line each, and the share that prints as strace
// prints it or deeper.
func TestMalformedProtosAgainstStrace(t *testing.T) {
	needStrace(t)
	if testing.Short() {
		t.Skip("short mode")
	}
	for _, p := range []struct {
		name  string
		proto Proto
		n     int
		min   float64
	}{
		{"NETLINK_SOCK_DIAG", ProtoSockDiag, 3000, 99},
		{"NETLINK_XFRM", ProtoXfrm, 1000, 99},
		{"NETLINK_AUDIT", ProtoAudit, 1000, 99},
		{"NETLINK_KOBJECT_UEVENT", ProtoKobjectUevent, 500, 99},
	} {
		t.Run(p.name, func(t *testing.T) {
			var src [][]byte
			for _, b := range protoCorpus(t, p.name) {
				// strace 6.1 shows a socket filter as an address
				// (TestProtoCasesAgainstStrace covers it)
				if !strings.Contains(Strace(p.proto, b), "PACKET_DIAG_FILTER}") {
					src = append(src, b)
				}
			}
			if len(src) == 0 {
				t.Skip("no corpus")
			}
			rng := rand.New(rand.NewSource(1))
			var bufs [][]byte
			for i := 0; i < p.n; i++ {
				bufs = append(bufs, mutate(rng, src[rng.Intn(len(src))]))
			}
			texts, err := straceoracle.Decode(int(p.proto), bufs)
			if err != nil {
				t.Fatal(err)
			}
			exact, deeper := 0, 0
			var bad []string
			for i, b := range bufs {
				got := Strace(p.proto, b)
				if strings.Contains(got, "\n") {
					t.Fatalf("variant %d printed more than one line", i)
				}
				if got == texts[i] {
					exact++
					continue
				}
				v, diffs := stracecmp.Verdict(texts[i], got)
				if v == "match" || v == "deeper" {
					deeper++
					continue
				}
				if len(bad) < 5 || os.Getenv("NLDUMP_SHOW_ALL") != "" {
					bad = append(bad, v+" "+hex.EncodeToString(b)+": "+stracecmp.Summary(diffs)+"\nstrace: "+texts[i]+"\nnldump: "+got)
				}
			}
			rate := float64(exact+deeper) / float64(p.n) * 100
			t.Logf("%d malformed variants: %d print exactly as strace, %d as strace or deeper (%.1f%%)", p.n, exact, exact+deeper, rate)
			for _, s := range bad {
				t.Log(s)
			}
			if rate < p.min {
				t.Errorf("only %.1f%% print as strace or deeper; want %.0f%%", rate, p.min)
			}
		})
	}
}
