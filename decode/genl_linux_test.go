//go:build linux

package decode

import (
	"encoding/hex"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/internal/stracecmp"
	"github.com/nldump/nldump/internal/straceoracle"
)

// liveGenl returns a Decoder that knows the generic netlink families of
// the running kernel, asked the way nldump asks (capture.QueryGenlFamilies).
func liveGenl(t *testing.T) *Decoder {
	t.Helper()
	d := NewDecoder(Options{})
	if err := capture.QueryGenlFamilies(d.SetGenlFamily); err != nil {
		t.Skipf("no generic netlink families from this kernel: %v", err)
	}
	if d.GenlFamily(genlIDCtrl) != "nlctrl" {
		t.Fatal("nlctrl not among the families")
	}
	return d
}

func TestGenlLiveFamilies(t *testing.T) {
	d := liveGenl(t)
	if d.GenlFamily(genlIDCtrl) != "nlctrl" {
		t.Errorf("nlctrl learned as %q", d.GenlFamily(genlIDCtrl))
	}
	got := d.DecodeProto(ProtoGeneric, nlmsg(genlIDCtrl, fReq, 1, 0, genlhdr(3, 1), nla(2, cstr("nlctrl")))).String()
	if !strings.Contains(got, "nlmsg_type=nlctrl") {
		t.Errorf("nlctrl: %s", got)
	}
}

// genlCorpus returns the recorded NETLINK_GENERIC buffers.
func genlCorpus(t *testing.T) [][]byte {
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	var src [][]byte
	for _, f := range files {
		for _, r := range readRecords(t, f) {
			if r.Proto != "NETLINK_GENERIC" {
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

// TestGenlAgainstStrace decodes the crafted cases, the recorded buffers
// and malformed variants of them with nldump and with strace 6.1: every
// one must print as strace prints it or deeper. nldump learns the
// families from the running kernel, as strace does.
func TestGenlAgainstStrace(t *testing.T) {
	needStrace(t)
	d := liveGenl(t)
	var bufs [][]byte
	for _, cs := range [][]genlCase{genlHeaderCases, genlCtrlCases} {
		for _, c := range cs {
			bufs = append(bufs, c.buf)
		}
	}
	src := genlCorpus(t)
	bufs = append(bufs, src...)
	if !testing.Short() && len(src) > 0 {
		rng := rand.New(rand.NewSource(1))
		for i := 0; i < 2000; i++ {
			bufs = append(bufs, mutate(rng, src[rng.Intn(len(src))]))
		}
	}
	texts, err := straceoracle.Decode(int(ProtoGeneric), bufs)
	if err != nil {
		t.Fatal(err)
	}
	exact, deeper, bad := 0, 0, 0
	for i, b := range bufs {
		// a fresh decoder each time: a malformed CTRL_CMD_NEWFAMILY
		// would rename a family for the buffers after it
		d1 := NewDecoder(Options{})
		for id, name := range d.genl.names {
			d1.SetGenlFamily(id, name)
		}
		got := d1.DecodeProto(ProtoGeneric, b).String()
		if got == texts[i] {
			exact++
			continue
		}
		v, diffs := stracecmp.Verdict(texts[i], got)
		if v == "match" || v == "deeper" {
			deeper++
			continue
		}
		bad++
		if bad <= 5 || os.Getenv("NLDUMP_SHOW_ALL") != "" {
			t.Errorf("%s %.200s: %.300s\nstrace: %.300s\nnldump: %.300s", v, hex.EncodeToString(b), stracecmp.Summary(diffs), texts[i], got)
		}
	}
	t.Logf("%d generic netlink buffers: %d print exactly as strace, %d deeper, %d otherwise", len(bufs), exact, deeper, bad)
}
