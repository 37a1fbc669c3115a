package decode

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nldump/nldump/internal/stracecmp"
	"github.com/nldump/nldump/internal/stracelog"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestCorpus decodes the recorded real traffic under testdata/corpus. Each
// buffer must print as its line of the .golden file, and that line must
// say what strace said of the same bytes, or decode deeper.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	allowed := loadAllowed(t)
	var total, match, deeper int
	for _, f := range files {
		recs := readRecords(t, f)
		golden := strings.TrimSuffix(f, ".jsonl") + ".golden"
		d := NewDecoder(Options{})
		var got []string
		for _, r := range recs {
			b, err := hex.DecodeString(r.Hex)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			proto, ok := ParseProto(r.Proto)
			if !ok {
				proto = ProtoRoute
			}
			got = append(got, d.DecodeProto(proto, b).String())
		}
		if *update {
			os.WriteFile(golden, []byte(strings.Join(got, "\n")+"\n"), 0o644)
		}
		want := readLines(t, golden)
		for i, r := range recs {
			total++
			if i >= len(want) || got[i] != want[i] {
				t.Errorf("%s:%d: (%s) decoded\n%s\nwant\n%s", golden, i+1, r.Cmd, got[i], at(want, i))
				continue
			}
			v, diffs := stracecmp.Verdict(r.Strace, got[i])
			switch v {
			case "match":
				match++
			case "deeper":
				deeper++
			default:
				if allowed[filepath.Base(f)+":"+itoa(i+1)] {
					continue
				}
				t.Errorf("%s:%d: (%s) %s from strace: %v", f, i+1, r.Cmd, v, diffs)
			}
		}
	}
	t.Logf("%d buffers: %d as strace prints them, %d decoded deeper", total, match, deeper)
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

func at(l []string, i int) string {
	if i < len(l) {
		return l[i]
	}
	return "(missing)"
}

// loadAllowed reads testdata/corpus/differences.txt: FILE:LINE entries
// where nldump prints on purpose what strace 6.1 gets wrong, each with its
// reason after the entry.
func loadAllowed(t *testing.T) map[string]bool {
	m := map[string]bool{}
	for _, l := range readLines(t, "../testdata/corpus/differences.txt") {
		if f := strings.Fields(l); len(f) > 0 && !strings.HasPrefix(l, "#") {
			m[f[0]] = true
		}
	}
	return m
}

func readRecords(t *testing.T, path string) []stracelog.Record {
	t.Helper()
	var out []stracelog.Record
	for _, l := range readLines(t, path) {
		var r stracelog.Record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, r)
	}
	return out
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for sc.Scan() {
		if sc.Text() != "" {
			out = append(out, sc.Text())
		}
	}
	return out
}
