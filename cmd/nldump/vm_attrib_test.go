package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nldump/nldump/capture"
)

// The VM's attribution check: routeflap (internal/cmd/routeflap) adds and
// deletes a route every 100 ms over a socket it keeps; two nldumps on
// nlmon0, one printing summaries, one JSON and writing pcapng, must name
// it, with its pid, on every one of its requests, of the kernel's answers,
// and of the notifications its changes cause (ip monitor listens).
const vmAttribScript = `
echo "vm: $(date +%s) attribution"
$IP link set lo up
$N --format summary > attr-sum.txt 2> attr-sum.err & SP=$!
waitfor attr-sum.err listening
$N --format json -w attr.pcapng > attr.json 2> attr-json.err & JP=$!
waitfor attr-json.err listening
$IP monitor route > monitor.txt 2>&1 & MP=$!
sleep 0.3
/usr/bin/routeflap 25 2> routeflap.err & RP=$!
echo $RP > routeflap.pid
wait $RP
sleep 0.5
kill $MP
kill -INT $JP; wait $JP
kill -INT $SP; wait $SP
echo "vm: $(date +%s) attribution done"
`

const (
	flapSeqBase = 0x5eed0000 // routeflap's first nlmsg_seq
	flapRounds  = 25
)

func checkAttribution(t *testing.T, dir string, file func(string) string) {
	pid, err := strconv.Atoi(strings.TrimSpace(file("routeflap.pid")))
	if err != nil {
		t.Fatalf("routeflap.pid: %v", err)
	}
	if e := file("routeflap.err"); e != "" {
		t.Logf("routeflap: %s", e)
	}
	flap := func(seq uint64) bool { return seq >= flapSeqBase && seq < flapSeqBase+2*flapRounds }
	// each round: two requests, their acknowledgments, and the
	// notifications of the two changes to ip monitor
	want := 6 * flapRounds

	// JSON: every message of routeflap's seqs names it
	n, bad := 0, 0
	for _, l := range strings.Split(strings.TrimSpace(file("attr.json")), "\n") {
		var m struct {
			Direction string
			Process   *struct {
				Pid  int
				Comm string
				Note string
			}
			Header *struct{ Seq uint64 }
		}
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("attr.json: %v: %s", err, l)
		}
		if m.Header == nil || !flap(m.Header.Seq) {
			continue
		}
		n++
		if m.Process == nil || m.Process.Pid != pid || m.Process.Comm != "routeflap" {
			if bad++; bad <= 5 {
				t.Errorf("json: %s", l[:min(len(l), 300)])
			}
		}
	}
	t.Logf("json: %d messages of routeflap (pid %d), %d not named", n, pid, bad)
	if n < want {
		t.Errorf("json: %d messages with routeflap's seqs, want at least %d", n, want)
	}

	// summary: the same, "routeflap[PID]" after the arrow; and again
	// from the pcapng file nldump wrote, read back with the filters
	name := "routeflap[" + strconv.Itoa(pid) + "] "
	checkSummary(t, "live summary", file("attr-sum.txt"), name, flap, want)
	pc := filepath.Join(dir, "attr.pcapng")
	var out bytes.Buffer
	if st := run([]string{"read", "--format", "summary", "--comm", "routeflap", "--process", strconv.Itoa(pid), pc}, &env{stdout: &out, stderr: io.Discard}); st != 0 {
		t.Errorf("nldump read attr.pcapng: exit status %d", st)
	}
	checkSummary(t, "read attr.pcapng --comm routeflap", out.String(), name, flap, want)
	if _, err := exec.LookPath("tshark"); err == nil {
		b, err := exec.Command("tshark", "-r", pc, "-T", "fields", "-e", "frame.comment").Output()
		if err != nil {
			t.Fatalf("tshark: %v", err)
		}
		c := "pid=" + strconv.Itoa(pid) + " comm=routeflap"
		if got := strings.Count(string(b), c+"\n"); got < want {
			t.Errorf("tshark shows %q on %d packets, want at least %d", c, got, want)
		}
	}
}

// checkSummary checks that the summary lines of routeflap's seqs name it,
// and that there are want of them.
func checkSummary(t *testing.T, label, text, name string, flap func(uint64) bool, want int) {
	t.Helper()
	seqRe := regexp.MustCompile(` seq=(\d+) `)
	n, bad := 0, 0
	for _, l := range strings.Split(text, "\n") {
		m := seqRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		if seq, _ := strconv.ParseUint(m[1], 10, 32); !flap(seq) {
			continue
		}
		n++
		if !strings.Contains(l, name) {
			if bad++; bad <= 5 {
				t.Errorf("%s: %s", label, l)
			}
		}
	}
	t.Logf("%s: %d messages of routeflap, %d not named", label, n, bad)
	if n < want {
		t.Errorf("%s: %d messages with routeflap's seqs, want at least %d", label, n, want)
	}
}

// withoutResolver drops, from a capture tcpdump made, the questions a live
// nldump asks NETLINK_SOCK_DIAG to name processes and their answers (its
// requests carry its port id in nlmsg_pid; nldump does not show them).
func withoutResolver(frames []capture.Frame) []capture.Frame {
	const sockDiag, byFamily, afNetlink, all = 4, 20, 16, 255
	ports := map[uint32]bool{}
	for _, f := range frames {
		d := f.Data
		if f.Proto == sockDiag && len(d) >= 18 && binary.NativeEndian.Uint16(d[4:]) == byFamily &&
			d[16] == afNetlink && d[17] == all && binary.NativeEndian.Uint32(d[12:]) != 0 {
			ports[binary.NativeEndian.Uint32(d[12:])] = true
		}
	}
	out := frames[:0:0]
	for _, f := range frames {
		if f.Proto == sockDiag && len(f.Data) >= 16 && ports[binary.NativeEndian.Uint32(f.Data[12:])] {
			continue
		}
		out = append(out, f)
	}
	return out
}
