package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/internal/vmtest"
)

// TestVMAttribution boots the VM (see TestVM) for the attribution
// checks. routeflap (internal/cmd/routeflap) adds and deletes a route
// every 100 ms over a socket it keeps; nldumps on nlmon0 (with the BPF
// probe, and without it) and with the BPF source, printing summaries and
// JSON, must name it, with its pid, on every one of its requests, of the
// kernel's answers, and of the notifications its changes cause (ip
// monitor listens). Then ip itself adds and deletes routes, each run a
// process that lives a few milliseconds: nlmon with the probe and the
// BPF source must name every message of every run; nlmon without the
// probe must not manage it (else the case proves nothing).
const vmAttribScript = `N=/usr/bin/nldump
IP=/usr/sbin/ip
waitfor() {
	i=0
	while ! grep -q "$2" "$1" 2>/dev/null; do
		sleep 0.1; i=$((i+1))
		if [ $i -gt 300 ]; then echo "timeout waiting for $2 in $1"; cat "$1"; return 1; fi
	done
}
echo "vm: $(date +%s) attribution"
$IP link set lo up
$IP link add nlmon0 type nlmon; $IP link set nlmon0 up
$N --format summary > attr-sum.txt 2> attr-sum.err & P1=$!
waitfor attr-sum.err listening
$N --format json -w attr.pcapng > attr.json 2> attr-json.err & P2=$!
waitfor attr-json.err listening
$N --no-probe --format json > attr-diag.json 2> attr-diag.err & P3=$!
waitfor attr-diag.err listening
$N --source bpf --format summary > attr-bsum.txt 2> attr-bsum.err & P4=$!
waitfor attr-bsum.err listening
$N --source bpf --format json > attr-b.json 2> attr-b.err & P5=$!
waitfor attr-b.err listening
$IP monitor route > monitor.txt 2>&1 & MP=$!
sleep 0.3
/usr/bin/routeflap 25 2> routeflap.err & RP=$!
echo $RP > routeflap.pid
wait $RP
sleep 0.5
kill $MP
for p in $P1 $P2 $P3 $P4 $P5; do kill -INT $p; wait $p; done

echo "vm: $(date +%s) short-lived ip"
$N --format json -w short.pcapng > short.json 2> short.err & P1=$!
waitfor short.err listening
$N --format summary > short-sum.txt 2> short-sum.err & P2=$!
waitfor short-sum.err listening
$N --no-probe --format json > short-diag.json 2> short-diag.err & P3=$!
waitfor short-diag.err listening
$N --source bpf --format json > short-b.json 2> short-b.err & P4=$!
waitfor short-b.err listening
$IP monitor route > monitor2.txt 2>&1 & MP=$!
sleep 0.3
i=1
while [ $i -le 20 ]; do
	$IP route add 198.51.100.$i/32 dev lo & echo "add $i $!" >> short.pids; wait $!
	$IP route del 198.51.100.$i/32 dev lo & echo "del $i $!" >> short.pids; wait $!
	sleep 0.1
	i=$((i+1))
done
sleep 0.5
kill $MP
for p in $P1 $P2 $P3 $P4; do kill -INT $p; wait $p; done
echo "vm: $(date +%s) attribution done"
`

func TestVMAttribution(t *testing.T) {
	k := vmtest.Setup(t)
	for _, p := range []string{"/usr/sbin/ip"} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("VM test skipped: %s not found (apt-get install iproute2)", p)
		}
	}
	vm := &vmtest.VM{
		Kernel:   k,
		Modules:  []string{"nlmon", "netlink_diag"},
		Programs: []string{"/usr/sbin/ip"},
		Files: map[string][]byte{
			"/usr/bin/nldump":    buildStatic(t, "build", "."),
			"/usr/bin/routeflap": buildStatic(t, "build", "../../internal/cmd/routeflap"),
		},
		Script:  vmAttribScript,
		Timeout: 10 * time.Minute,
	}
	dir, file := bootVM(t, vm)
	for _, f := range []string{"attr-sum.err", "attr-json.err", "attr-diag.err", "attr-b.err", "short.err", "short-diag.err"} {
		t.Logf("%s: %s", f, strings.TrimSpace(file(f)))
	}
	t.Run("Routeflap", func(t *testing.T) { checkAttribution(t, dir, file) })
	t.Run("ShortLived", func(t *testing.T) { checkShortLived(t, dir, file) })
}

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
	if e := file("attr-sum.err"); !strings.Contains(e, "named at send time by a BPF probe") {
		t.Errorf("nlmon capture: the probe did not run: %s", e)
	}
	if e := file("attr-diag.err"); strings.Contains(e, "BPF probe") {
		t.Errorf("nlmon capture with --no-probe: %s", e)
	}

	// JSON: every message of routeflap's seqs names it; with the probe,
	// every request by the probe (not by its answer)
	for _, c := range []struct{ name, by string }{
		{"attr.json", capture.ByBpf},
		{"attr-diag.json", capture.ByAnswer},
		{"attr-b.json", capture.ByBpf},
	} {
		n, bad := 0, 0
		for _, m := range jsonMessages(t, c.name, file(c.name)) {
			if m.Header == nil || !flap(m.Header.Seq) {
				continue
			}
			n++
			ok := m.Process != nil && m.Process.Pid == pid && m.Process.Comm == "routeflap"
			if ok && m.Direction == "to-kernel" && m.Process.By != c.by {
				ok = false
			}
			if !ok {
				if bad++; bad <= 5 {
					t.Errorf("%s: %s", c.name, m.line[:min(len(m.line), 300)])
				}
			}
		}
		t.Logf("%s: %d messages of routeflap (pid %d), %d not named (requests by %s)", c.name, n, pid, bad, c.by)
		if n < want {
			t.Errorf("%s: %d messages with routeflap's seqs, want at least %d", c.name, n, want)
		}
	}

	// summary: the same, "routeflap[PID]" after the arrow; and again
	// from the pcapng file nldump wrote, read back with the filters
	name := "routeflap[" + strconv.Itoa(pid) + "] "
	checkSummary(t, "live summary (nlmon)", file("attr-sum.txt"), name, flap, want)
	checkSummary(t, "live summary (bpf)", file("attr-bsum.txt"), name, flap, want)
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

// vmMessage is what the attribution checks read of a JSON message.
type vmMessage struct {
	Time      time.Time
	Direction string
	Protocol  string
	Process   *struct {
		Pid  int
		Comm string
		Note string
		By   string
	}
	Header *struct {
		Seq  uint64
		Pid  uint32
		Type uint16
	}
	Attrs []struct {
		Name  string
		Value any
	}
	line string
}

func jsonMessages(t *testing.T, name, text string) []vmMessage {
	t.Helper()
	var out []vmMessage
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		if l == "" {
			continue
		}
		var m vmMessage
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%s: %v: %s", name, err, l)
		}
		m.line = l
		out = append(out, m)
	}
	return out
}

// checkShortLived checks that every message of the short ip runs names
// its run's process: requests (the route's address tells the run),
// the kernel's answers to the run's port id and the notifications its
// changes cause (their nlmsg_pid: the kernel gives a process's first
// socket its pid as port id), and any other request of NETLINK_ROUTE
// in between (ip asks for the interface too).
func checkShortLived(t *testing.T, dir string, file func(string) string) {
	type ipRun struct {
		op string
		i  int
	}
	runs := map[int]ipRun{}
	pidOf := map[ipRun]int{}
	for _, l := range strings.Split(strings.TrimSpace(file("short.pids")), "\n") {
		var r ipRun
		var pid int
		if _, err := fmt.Sscanf(l, "%s %d %d", &r.op, &r.i, &pid); err != nil {
			t.Fatalf("short.pids: %q: %v", l, err)
		}
		runs[pid], pidOf[r] = r, pid
	}
	if len(runs) != 40 {
		t.Fatalf("short.pids: %d runs, want 40", len(runs))
	}
	if e := file("short.err"); !strings.Contains(e, "named at send time by a BPF probe") {
		t.Errorf("nlmon capture: the probe did not run: %s", e)
	}
	// check returns the messages of ip's runs and those not named (with
	// by, the requests not named by it)
	check := func(name, text, by string) (n, bad int, bads []string) {
		msgs := jsonMessages(t, name, text)
		first, last := -1, -1
		for i, m := range msgs {
			if m.Header != nil && runs[int(m.Header.Pid)].op != "" {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			t.Errorf("%s: no message of ip's runs", name)
			return
		}
		// the first run's first request comes just before the first
		// answer to its port
		for first > 0 && msgs[first].Time.Sub(msgs[first-1].Time) < 50*time.Millisecond && msgs[first-1].Header != nil && runs[int(msgs[first-1].Header.Pid)].op == "" {
			first--
		}
		for _, m := range msgs[first : last+1] {
			if m.Header == nil || m.Protocol != "NETLINK_ROUTE" {
				continue
			}
			want := 0
			if r, ok := runs[int(m.Header.Pid)]; ok && m.Direction == "from-kernel" {
				want = pidOf[r]
			} else if m.Direction != "to-kernel" {
				continue
			}
			for _, a := range m.Attrs {
				if a.Name != "RTA_DST" {
					continue
				}
				var i int
				if s, ok := a.Value.(string); ok {
					fmt.Sscanf(s, "198.51.100.%d", &i)
				}
				op := "add"
				if m.Header.Type == 25 { // RTM_DELROUTE
					op = "del"
				}
				want = pidOf[ipRun{op, i}]
			}
			n++
			p := m.Process
			ok := p != nil && p.Comm == "ip" && runs[p.Pid].op != "" && (want == 0 || p.Pid == want) &&
				(by == "" || m.Direction != "to-kernel" || p.By == by)
			if !ok {
				bad++
				if len(bads) < 5 {
					bads = append(bads, m.line[:min(len(m.line), 400)])
				}
			}
		}
		t.Logf("%s: %d messages of ip's 40 runs, %d not named right", name, n, bad)
		// each run: its request, the ACK, the notification to ip monitor
		if n < 3*40 {
			t.Errorf("%s: %d messages of ip's runs, want at least %d", name, n, 3*40)
		}
		return n, bad, bads
	}
	for _, name := range []string{"short.json", "short-b.json"} {
		if _, bad, bads := check(name, file(name), capture.ByBpf); bad > 0 {
			t.Errorf("%s: %d messages not named right:\n%s", name, bad, strings.Join(bads, "\n"))
		}
	}
	// the pcapng file written beside short.json reads back with the
	// same processes
	var out bytes.Buffer
	if st := run([]string{"read", "--format", "json", filepath.Join(dir, "short.pcapng")}, &env{stdout: &out, stderr: io.Discard}); st != 0 {
		t.Errorf("nldump read short.pcapng: exit status %d", st)
	}
	if _, bad, bads := check("read short.pcapng", out.String(), ""); bad > 0 {
		t.Errorf("read short.pcapng: %d messages not named right:\n%s", bad, strings.Join(bads, "\n"))
	}
	// without the probe, nldump is too late for most runs: the case
	// does test what the probe adds
	if _, bad, _ := check("short-diag.json", file("short-diag.json"), ""); bad == 0 {
		t.Errorf("short-diag.json: without the probe every message of ip's short runs was named: the case does not test the probe")
	}
	// the summary with the probe names them too
	n, bad := 0, 0
	for _, l := range strings.Split(file("short-sum.txt"), "\n") {
		if !strings.Contains(l, "RTM_NEWROUTE") && !strings.Contains(l, "RTM_DELROUTE") || !strings.Contains(l, " > ") {
			continue
		}
		n++
		named := false
		if i := strings.Index(l, "ip["); i >= 0 {
			var pid int
			fmt.Sscanf(l[i:], "ip[%d]", &pid)
			named = runs[pid].op != ""
		}
		if !named {
			if bad++; bad <= 5 {
				t.Errorf("short-sum.txt: %s", l)
			}
		}
	}
	t.Logf("short-sum.txt: %d route requests, %d not named", n, bad)
	if n < 40 {
		t.Errorf("short-sum.txt: %d route requests, want 40", n)
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
