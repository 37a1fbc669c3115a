package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
	"github.com/nldump/nldump/internal/stracecmp"
	"github.com/nldump/nldump/internal/stracelog"
)

var traceStrict = flag.Bool("trace.strict", false, "TestTraceAgainstStrace: also fail where the decoder prints strace's own bytes differently from strace")

// needTrace skips tests that need root, unshare and ptrace.
func needTrace(t *testing.T, tools ...string) {
	t.Helper()
	if runtime.GOOS != "linux" || (runtime.GOARCH != "amd64" && runtime.GOARCH != "arm64") {
		t.Skip("nldump trace runs on Linux amd64 and arm64 only")
	}
	if os.Geteuid() != 0 {
		t.Skip("trace tests run commands in throwaway network namespaces (unshare -n): run them as root")
	}
	for _, tool := range append([]string{"unshare", "ip"}, tools...) {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (apt-get install strace iproute2 ethtool nftables)", tool)
		}
	}
}

// buildTools builds nldump, and nltraffic when asked, into a temporary
// directory.
func buildTools(t *testing.T, nltraffic bool) (nldump, traffic string) {
	t.Helper()
	dir := t.TempDir()
	nldump = filepath.Join(dir, "nldump")
	args := [][]string{{"-o", nldump, "."}}
	if nltraffic {
		traffic = filepath.Join(dir, "nltraffic")
		args = append(args, []string{"-o", traffic, "../../internal/cmd/nltraffic"})
	}
	for _, a := range args {
		out, err := exec.Command("go", append([]string{"build"}, a...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("go build %v: %v\n%s", a, err, out)
		}
	}
	return nldump, traffic
}

// inNetns runs argv in a new network namespace after setup (a shell
// script, run untraced), and returns its exit status.
func inNetns(t *testing.T, setup string, argv ...string) int {
	t.Helper()
	script := "ip link set lo up; { " + setup + "\n} >/dev/null 2>&1; exec \"$@\""
	if setup == "" {
		script = "ip link set lo up; exec \"$@\""
	}
	cmd := exec.Command("unshare", append([]string{"-n", "sh", "-c", script, "sh"}, argv...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		if stderr.Len() > 0 {
			t.Logf("%s: %s", argv[0], strings.TrimSpace(stderr.String()))
		}
		return ee.ExitCode()
	}
	if err != nil {
		t.Fatalf("%v: %v", argv, err)
	}
	return 0
}

// traced is one buffer nldump reported: from the pcap, and its line.
type traced struct {
	call  string
	dir   string // send or recv
	proto decode.Proto
	data  []byte
	text  string // the strace-format text after the line's prefix
}

// readPcap reads the frames of a LINKTYPE_NETLINK pcap nldump wrote.
func readPcap(t *testing.T, path string) []traced {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 24 || binary.LittleEndian.Uint32(b) != 0xa1b23c4d || binary.LittleEndian.Uint32(b[20:]) != capture.LinkTypeNetlink {
		t.Fatalf("%s: not a nanosecond LINKTYPE_NETLINK pcap", path)
	}
	var out []traced
	for off := 24; off < len(b); {
		if off+16 > len(b) {
			t.Fatalf("%s: truncated record header at %d", path, off)
		}
		n := int(binary.LittleEndian.Uint32(b[off+8:]))
		rec := b[off+16:]
		if n < 16 || n > len(rec) {
			t.Fatalf("%s: bad record at %d", path, off)
		}
		fr := traced{dir: "recv", proto: decode.Proto(binary.BigEndian.Uint16(rec[14:])), data: rec[16:n]}
		// traced frames carry their direction as the packet type:
		// PACKET_KERNEL (7) for a buffer sent to the kernel
		if binary.BigEndian.Uint16(rec) == 7 {
			fr.dir = "send"
		}
		out = append(out, fr)
		off += 16 + n
	}
	return out
}

var callNames = map[string]bool{"sendto": true, "sendmsg": true, "sendmmsg": true, "recvfrom": true,
	"recvmsg": true, "recvmmsg": true, "write": true, "writev": true, "read": true, "readv": true}

// outLine is one line of nldump trace's strace-format output.
type outLine struct {
	call   string
	proto  string
	peek   bool
	dest   string // "nl_pid=N ..." or ""
	result string // what follows " = ", or ""
	text   string // the buffer's text
}

var resultRe = regexp.MustCompile(` = (-1 [A-Z0-9]+|[0-9]+(?: \(truncated, MSG_TRUNC\))?)$`)

// readLines reads nldump trace's output lines.
func readLines(t *testing.T, path string) []outLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	var out []outLine
	for i := 1; sc.Scan(); i++ {
		l := sc.Text()
		if strings.HasPrefix(l, "# ") {
			// the comment after an error answer: no buffer's line
			i--
			continue
		}
		k := strings.IndexAny(l, "[{\"")
		if k < 0 {
			t.Fatalf("%s:%d: a line of no buffer: %.200s", path, i, l)
		}
		var o outLine
		for _, w := range strings.Fields(l[:k]) {
			switch {
			case callNames[w]:
				o.call = w
			case strings.HasPrefix(w, "NETLINK_"):
				o.proto = w
			case w == "MSG_PEEK":
				o.peek = true
			case strings.HasPrefix(w, "nl_pid=") || strings.HasPrefix(w, "nl_groups="):
				o.dest = strings.TrimSpace(o.dest + " " + w)
			}
		}
		o.text = l[k:]
		if m := resultRe.FindStringSubmatchIndex(o.text); m != nil {
			o.result = o.text[m[2]:m[3]]
			o.text = o.text[:m[0]]
		}
		out = append(out, o)
	}
	return out
}

// withLines adds the call and the text of each line to the pcap's
// frames: one line per frame.
func withLines(t *testing.T, path string, frames []traced) {
	t.Helper()
	lines := readLines(t, path)
	if len(lines) != len(frames) {
		t.Fatalf("%s: %d lines for %d buffers", path, len(lines), len(frames))
	}
	for i, l := range lines {
		frames[i].call, frames[i].text = l.call, l.text
	}
}

// normHeaders zeroes what differs from run to run in every netlink
// header of a buffer: nlmsg_seq (iproute2 seeds it with the time) and
// nlmsg_pid (the port id), also in the request an NLMSG_ERROR quotes.
func normHeaders(b []byte) []byte {
	b = append([]byte(nil), b...)
	for off := 0; off+16 <= len(b); {
		n := int(binary.LittleEndian.Uint32(b[off:]))
		clear(b[off+8 : off+16])
		if binary.LittleEndian.Uint16(b[off+4:]) == 2 && n >= 36 && off+36 <= len(b) {
			clear(b[off+28 : off+36])
		}
		if n < 16 {
			break
		}
		off += (n + 3) &^ 3
	}
	return b
}

// varying learns where two strace runs of a command differ: by
// message type and offset in the message, widened to aligned 32-bit
// words (counters, inodes, cookies and time stamps are words), for every
// message of that type in every buffer.
type varying map[[2]int]bool

func messages(b []byte, fn func(off, n int, typ uint16)) {
	for off := 0; off+16 <= len(b); {
		n := int(binary.LittleEndian.Uint32(b[off:]))
		if n < 16 {
			return
		}
		fn(off, min(n, len(b)-off), binary.LittleEndian.Uint16(b[off+4:]))
		off += (n + 3) &^ 3
	}
}

func (v varying) learn(a, b []byte) {
	na, nb := normHeaders(a), normHeaders(b)
	// message by message, where both buffers hold messages of the same
	// type and length: a dump of the same objects can come in buffers
	// of other sizes
	var ma, mb [][3]int
	messages(na, func(off, n int, typ uint16) { ma = append(ma, [3]int{off, n, int(typ)}) })
	messages(nb, func(off, n int, typ uint16) { mb = append(mb, [3]int{off, n, int(typ)}) })
	for i := range min(len(ma), len(mb)) {
		x, y := ma[i], mb[i]
		if x[1] != y[1] || x[2] != y[2] {
			continue
		}
		for k := 0; k < x[1]; k++ {
			if na[x[0]+k] != nb[y[0]+k] {
				v[[2]int{x[2], k &^ 3}] = true
			}
		}
	}
}

// sameBytes says whether got equals a, strace's bytes of the same
// buffer, but where strace's runs differ; and how many bytes it skipped,
// or where the first difference is.
func (v varying) sameBytes(a, got []byte) (bool, int) {
	na, ng := normHeaders(a), normHeaders(got)
	if len(na) != len(ng) {
		return false, 0
	}
	skip := make([]bool, len(na))
	messages(na, func(off, n int, typ uint16) {
		for k := 0; k < n; k++ {
			skip[off+k] = v[[2]int{int(typ), k &^ 3}]
		}
	})
	skipped := 0
	for i := range na {
		if skip[i] {
			skipped++
		} else if na[i] != ng[i] {
			return false, i
		}
	}
	return true, skipped
}

// sameMessages says whether got holds the messages of a, masked as
// sameBytes masks them, in any order: a dump lists hash tables in an
// order that depends on port ids, which change from run to run.
func (v varying) sameMessages(a, got []byte) bool {
	split := func(b []byte) []string {
		b = normHeaders(b)
		var out []string
		messages(b, func(off, n int, typ uint16) {
			m := append([]byte(nil), b[off:off+n]...)
			for k := range m {
				if v[[2]int{int(typ), k &^ 3}] {
					m[k] = 0
				}
			}
			out = append(out, string(m))
		})
		slices.Sort(out)
		return out
	}
	return len(a) == len(got) && slices.Equal(split(a), split(got))
}

func diffPaths(ref, got string) map[string]bool {
	m := map[string]bool{}
	if _, ds := stracecmp.Verdict(ref, got); ds != nil {
		for _, d := range ds {
			m[d.Path] = true
		}
	}
	return m
}

func hexClip(b []byte) string {
	if len(b) > 64 {
		return hex.EncodeToString(b[:64]) + "..."
	}
	return hex.EncodeToString(b)
}

type straceCase struct {
	name  string
	setup string
	argv  []string
}

// Setups keep the namespace quiet, so that two runs see the same:
// no IPv6 (its address autoconfiguration sends packets, and counters
// count them), and links up before the command starts.
const (
	quiet     = "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; "
	waitUp    = "; i=0; while [ $i -lt 40 ] && ! ip -o link show d0 | grep -q 'state UP'; do sleep 0.05; i=$((i+1)); done"
	vethSetup = quiet + "ip link add d0 type veth peer name d1; ip link set d0 up; ip link set d1 up; ip addr add 10.1.2.3/24 dev d0" + waitUp
)

// TestTraceAgainstStrace traces real commands with nldump and with strace
// (two strace runs, to tell run-to-run differences from errors), each in
// a fresh network namespace after the same setup, and compares: the same
// buffers in the same order and direction, through the same calls, with
// the same bytes; nldump's text of each is its decoder's, and says what
// strace's says or decodes deeper. Where nldump's decoder itself prints
// strace's own bytes differently from strace, the test logs it (the
// corpus test's business); -trace.strict fails on it.
func TestTraceAgainstStrace(t *testing.T) {
	needTrace(t, "strace")
	nldump, _ := buildTools(t, false)
	routes := "i=0; while [ $i -lt 400 ]; do echo \"route add 10.20.$((i / 200)).$((i % 200))/32 dev d0\"; i=$((i+1)); done | ip -batch -"
	cases := []straceCase{
		{"ip link add", "", []string{"ip", "link", "add", "v0", "type", "veth", "peer", "name", "v1"}},
		{"ip addr add", quiet + "ip link add d0 type veth peer name d1", []string{"ip", "addr", "add", "10.9.8.7/24", "dev", "d0"}},
		{"ip route add", vethSetup, []string{"ip", "route", "add", "10.30.0.0/16", "via", "10.1.2.1"}},
		{"ip -d link show", quiet + "ip link add b0 type bridge; " + vethSetup, []string{"ip", "-d", "link", "show"}},
		{"ip route show 400", vethSetup + "; " + routes, []string{"ip", "route", "show"}},
		{"extended ack", vethSetup, []string{"ip", "route", "add", "10.40.0.0/16", "via", "192.0.2.1"}},
		{"ss -a", "", []string{"ss", "-a"}},
		{"bridge link", quiet + "ip link add b0 type bridge; " + vethSetup + "; ip link set d0 master b0", []string{"bridge", "link", "show"}},
		{"bridge vlan", quiet + "ip link add b0 type bridge; " + vethSetup + "; ip link set d0 master b0", []string{"bridge", "vlan", "show"}},
		{"tc qdisc add", vethSetup, []string{"tc", "qdisc", "add", "dev", "d0", "root", "handle", "1:", "htb"}},
		{"tc qdisc show", vethSetup + "; tc qdisc add dev d0 root handle 1: htb", []string{"tc", "qdisc", "show"}},
		{"genl ctrl list", "", []string{"genl", "ctrl", "list"}},
		{"ethtool", vethSetup, []string{"ethtool", "d0"}},
		{"nft add", "nft add table inet t0", []string{"nft", "add", "chain", "inet", "t0", "c0"}},
		{"nft list", "nft add table inet t0; nft add chain inet t0 c0 '{ type filter hook input priority 0; }'; nft add rule inet t0 c0 tcp dport 22 accept", []string{"nft", "list", "ruleset"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := exec.LookPath(c.argv[0]); err != nil {
				t.Skipf("%s is not installed", c.argv[0])
			}
			compareWithStrace(t, nldump, c)
		})
	}
}

func compareWithStrace(t *testing.T, nldump string, c straceCase) {
	dir := t.TempDir()
	var ref [2][]stracelog.Buffer
	var refExit int
	for k := range ref {
		log := filepath.Join(dir, fmt.Sprintf("strace%d.log", k))
		refExit = inNetns(t, c.setup, append([]string{"strace", "-f", "-e", "write=all", "-e", "read=all", "-s", "1048576", "-o", log, "--"}, c.argv...)...)
		f, err := os.Open(log)
		if err != nil {
			t.Fatal(err)
		}
		ref[k], err = stracelog.ParseBuffers(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	out, pcap := filepath.Join(dir, "out"), filepath.Join(dir, "pcap")
	exit := inNetns(t, c.setup, append([]string{nldump, "trace", "--iovecs", "-o", out, "-w", pcap, "--"}, c.argv...)...)
	if exit != refExit {
		t.Errorf("exit status %d, the command's (under strace) is %d", exit, refExit)
	}
	// the pcap has the datagrams, the lines (--iovecs) strace's buffers
	got := splitLike(t, readPcap(t, pcap), ref[0])
	withLines(t, out, got)
	a, b := ref[0], ref[1]
	if len(a) != len(b) {
		t.Logf("strace saw %d buffers in one run, %d in another: comparing with the first", len(a), len(b))
		b = a
	}
	if len(got) != len(a) {
		for i := 0; i < max(len(got), len(a)); i++ {
			var g, r string
			if i < len(got) {
				g = got[i].call + " " + got[i].dir + " " + hexClip(got[i].data)
			}
			if i < len(a) {
				r = a[i].Call + " " + a[i].Dir + " " + hexClip(a[i].Data)
			}
			t.Logf("%d: nldump %s\n   strace %s", i, g, r)
		}
		t.Fatalf("nldump reported %d buffers, strace %d", len(got), len(a))
	}
	vary := varying{}
	for i := range a {
		vary.learn(a[i].Data, b[i].Data)
	}
	d := decode.NewDecoder(decode.Options{})
	dRef := decode.NewDecoder(decode.Options{})
	var skipped, match, deeper, gaps int
	for i, g := range got {
		r := a[i]
		if g.dir != r.Dir || g.call != r.Call || g.proto.String() != r.Proto {
			t.Errorf("buffer %d: nldump %s %s %s, strace %s %s %s", i, g.call, g.dir, g.proto.String(), r.Call, r.Dir, r.Proto)
		}
		ok, n := vary.sameBytes(r.Data, g.data)
		reordered := false
		if !ok && vary.sameMessages(r.Data, g.data) {
			t.Logf("buffer %d (%s): the same messages as strace's, in another order", i, g.call)
			ok, n, reordered = true, 0, true
		}
		if !ok {
			if len(r.Data) != len(g.data) {
				t.Errorf("buffer %d (%s): %d bytes, strace's %d\nnldump %s\nstrace %s", i, g.call, len(g.data), len(r.Data), hexClip(g.data), hexClip(r.Data))
			} else {
				k := max(0, n-16)
				t.Errorf("buffer %d (%s): bytes differ at %d\nnldump %s\nstrace %s", i, g.call, n, hexClip(g.data[k:]), hexClip(r.Data[k:]))
			}
		} else {
			skipped += n
		}
		// the line is the decoder's text of the bytes
		if want := d.DecodeProto(g.proto, g.data).String(); g.text != want {
			t.Errorf("buffer %d: line\n%.300s\nis not the decoder's text\n%.300s", i, g.text, want)
		}
		core := dRef.DecodeProto(g.proto, r.Data).String()
		if r.Text == "" {
			continue
		}
		text := g.text
		if reordered {
			// the text compares element by element: compare strace's
			// text with the decoder's text of the same bytes
			text = core
		}
		v, ds := stracecmp.Verdict(r.Text, text)
		switch v {
		case "match":
			match++
			continue
		case "deeper":
			deeper++
			continue
		}
		run := diffPaths(r.Text, b[i].Text)
		dec := diffPaths(r.Text, core)
		for _, df := range ds {
			switch {
			case strings.HasSuffix(df.Path, ".nlmsg_seq") || strings.HasSuffix(df.Path, ".nlmsg_pid") || run[df.Path]:
				// differs from run to run
			case dec[df.Path]:
				gaps++
				if *traceStrict {
					t.Errorf("buffer %d: the decoder differs from strace: %v", i, df)
				}
			default:
				t.Errorf("buffer %d (%s): nldump's text differs from strace's at %v", i, g.call, df)
			}
		}
	}
	t.Logf("%d buffers, %d bytes of them differ between strace runs; text: %d as strace, %d deeper, %d decoder differences", len(got), skipped, match, deeper, gaps)
}

// splitLike cuts nldump's datagrams into the iovecs strace shows: the
// buffers of one call add up to its datagram.
func splitLike(t *testing.T, got []traced, ref []stracelog.Buffer) []traced {
	t.Helper()
	var out []traced
	j := 0
	for _, g := range got {
		for off := 0; off < len(g.data); j++ {
			n := len(g.data) - off
			if j < len(ref) && len(ref[j].Data) > 0 && len(ref[j].Data) < n {
				n = len(ref[j].Data)
			}
			piece := g
			piece.data = g.data[off : off+n]
			out = append(out, piece)
			off += n
		}
	}
	return out
}

// logged is a datagram nltraffic logged.
type logged struct {
	who, call, dir string
	iovecs         []string // hex
	note           string   // "-", "peek,trunc=N", "err=ECONNREFUSED", ...
}

func (l logged) hex() string { return strings.Join(l.iovecs, "") }

// readTrafficLog reads nltraffic's log: "WHO CALL DIR HEX,HEX NOTE" lines.
func readTrafficLog(t *testing.T, path string) []logged {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []logged
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Fields(l)
		if len(f) != 5 {
			t.Fatalf("%s: bad line %q", path, l)
		}
		out = append(out, logged{f[0], f[1], f[2], strings.Split(f[3], ","), f[4]})
	}
	return out
}

// wantResult is the result nldump must show for what nltraffic noted.
func (l logged) wantResult() (result string, peek bool) {
	for _, n := range strings.Split(l.note, ",") {
		switch {
		case n == "peek":
			peek = true
		case strings.HasPrefix(n, "err="):
			result = "-1 " + n[4:]
		case strings.HasPrefix(n, "trunc="):
			result = n[6:] + " (truncated, MSG_TRUNC)"
		case n == "trunc":
			result = strconv.Itoa(len(l.hex())/2) + " (truncated, MSG_TRUNC)"
		}
	}
	return
}

// TestTraceExact runs nltraffic, which moves netlink datagrams through
// every call nldump reads (several iovecs on both sides, MSG_PEEK and
// MSG_TRUNC into a short buffer, MSG_TRUNC without it, a send the kernel
// refuses, readv, recvmmsg, sendmmsg, write and read, dup, dup3, fcntl, a
// pipe where a socket was, another thread, a child process that inherits
// the socket, NETLINK_GENERIC) and logs each datagram itself. nldump must
// report exactly those, in order, through the same calls, one line each
// with the call's result where it is not the plain success; its pcap
// must hold the datagrams the kernel took or delivered, not the peek nor
// the refused send. With the seccomp filter and without it, and with
// --iovecs, where each iovec has its line.
func TestTraceExact(t *testing.T) {
	needTrace(t)
	nldump, traffic := buildTools(t, true)
	for _, mode := range []struct {
		name  string
		flags []string
	}{{"seccomp", nil}, {"syscall stops", []string{"--seccomp=false"}}, {"no follow", []string{"-f=false"}}, {"iovecs", []string{"--iovecs"}}} {
		t.Run(mode.name, func(t *testing.T) {
			dir := t.TempDir()
			log, out, pcap := filepath.Join(dir, "log"), filepath.Join(dir, "out"), filepath.Join(dir, "pcap")
			args := append([]string{nldump, "trace", "-o", out, "-w", pcap}, mode.flags...)
			if exit := inNetns(t, "", append(args, "--", traffic, log)...); exit != 0 {
				t.Fatalf("exit status %d", exit)
			}
			want := readTrafficLog(t, log)
			got := readPcap(t, pcap)
			lines := readLines(t, out)
			if mode.name == "no follow" {
				// Only the first thread is traced, and Go moves
				// goroutines between threads: what nldump reports
				// must be some of the datagrams, in order, none of
				// the child process's.
				j := 0
				for _, w := range want {
					_, peek := w.wantResult()
					if j < len(got) && w.who != "child" && !peek && !strings.HasPrefix(w.note, "err=") && got[j].dir == w.dir && hex.EncodeToString(got[j].data) == w.hex() {
						j++
					}
				}
				if j != len(got) || j == 0 {
					t.Fatalf("%d of the %d datagrams in the pcap are not the first thread's, in order", len(got)-j, len(got))
				}
				t.Logf("%d of %d datagrams", len(got), len(want))
				return
			}
			// the pcap: what the kernel took or delivered
			k := 0
			for i, w := range want {
				res, peek := w.wantResult()
				if peek || strings.HasPrefix(res, "-1 ") {
					continue
				}
				if k >= len(got) {
					t.Fatalf("datagram %d (%s %s %s): not in the pcap, which has %d", i, w.who, w.call, w.dir, len(got))
				}
				if g := got[k]; g.dir != w.dir || hex.EncodeToString(g.data) != w.hex() {
					t.Fatalf("pcap packet %d: %s %s\nwant (%s) %s %s %.128s", k+1, g.dir, hexClip(g.data), w.who, w.call, w.dir, w.hex())
				}
				k++
			}
			if k != len(got) {
				t.Fatalf("the pcap has %d datagrams, nltraffic moved %d the kernel saw", len(got), k)
			}
			// the lines: every datagram, or every iovec
			d := decode.NewDecoder(decode.Options{})
			j := 0
			for i, w := range want {
				res, peek := w.wantResult()
				pieces := []string{w.hex()}
				if mode.name == "iovecs" {
					pieces = w.iovecs
				}
				for _, piece := range pieces {
					if j >= len(lines) {
						t.Fatalf("datagram %d (%s %s %s): no line, nldump printed %d", i, w.who, w.call, w.dir, len(lines))
					}
					l := lines[j]
					j++
					b, _ := hex.DecodeString(piece)
					proto := decode.ProtoRoute
					if l.proto == "NETLINK_GENERIC" {
						proto = decode.ProtoGeneric
					}
					if l.call != w.call || l.peek != peek {
						t.Errorf("line %d: %s peek=%v, want %s peek=%v", j, l.call, l.peek, w.call, peek)
					}
					if l.result != res {
						t.Errorf("line %d (%s %s): result %q, want %q", j, w.call, w.dir, l.result, res)
					}
					if strings.HasPrefix(res, "-1 ") && l.dest != "nl_pid=424242" {
						t.Errorf("line %d: destination %q, want nl_pid=424242", j, l.dest)
					}
					if text := d.DecodeProto(proto, b).String(); l.text != text {
						t.Errorf("line %d: %.200s\nwant the decoder's text of the datagram %.200s", j, l.text, text)
					}
				}
			}
			if j != len(lines) {
				t.Fatalf("nldump printed %d lines, want %d", len(lines), j)
			}
			t.Logf("%d datagrams, %d lines", len(got), len(lines))
		})
	}
}

// TestTraceAttach attaches to a running process with -p, interrupts nldump
// as Ctrl-C would, and checks that the process runs on, untraced.
func TestTraceAttach(t *testing.T) {
	needTrace(t)
	nldump, traffic := buildTools(t, true)
	dir := t.TempDir()
	proc := exec.Command(traffic, "-loop", filepath.Join(dir, "log"))
	stdout, err := proc.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := proc.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		proc.Process.Kill()
		proc.Wait()
	}()
	rounds := bufio.NewScanner(stdout)
	next := func() bool {
		done := make(chan bool, 1)
		go func() { done <- rounds.Scan() }()
		select {
		case ok := <-done:
			return ok
		case <-time.After(10 * time.Second):
			return false
		}
	}
	if !next() {
		t.Fatal("nltraffic -loop does not run")
	}
	out := filepath.Join(dir, "out")
	tr := exec.Command(nldump, "trace", "-o", out, "-p", fmt.Sprint(proc.Process.Pid))
	var stderr bytes.Buffer
	tr.Stderr = &stderr
	if err := tr.Start(); err != nil {
		t.Fatal(err)
	}
	// wait for traffic in the output
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if b, _ := os.ReadFile(out); bytes.Count(b, []byte("\n")) >= 4 {
			break
		}
		if time.Now().After(deadline) {
			tr.Process.Kill()
			t.Fatalf("no traffic traced in 10s; stderr: %s", stderr.String())
		}
	}
	// the tracer is a thread of nldump
	if s := procStatus(t, proc.Process.Pid, "TracerPid"); s == "0" || procStatus(t, atoi(t, s), "Tgid") != fmt.Sprint(tr.Process.Pid) {
		t.Errorf("TracerPid %s while traced, want a thread of %d", s, tr.Process.Pid)
	}
	tr.Process.Signal(syscall.SIGINT)
	if err := tr.Wait(); err != nil {
		t.Fatalf("nldump trace -p: %v; stderr: %s", err, stderr.String())
	}
	if s := procStatus(t, proc.Process.Pid, "TracerPid"); s != "0" {
		t.Errorf("TracerPid %s after detaching, want 0", s)
	}
	// it runs on: more rounds come
	for i := 0; i < 3; i++ {
		if !next() {
			t.Fatalf("the process stopped after nldump detached; state %s", procStatus(t, proc.Process.Pid, "State"))
		}
	}
	if s := procStatus(t, proc.Process.Pid, "State"); strings.HasPrefix(s, "t") || strings.HasPrefix(s, "T") || strings.HasPrefix(s, "Z") {
		t.Errorf("state %s after detaching", s)
	}
	b, _ := os.ReadFile(out)
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if !strings.Contains(l, "NETLINK_ROUTE") {
			t.Errorf("line of another protocol: %.200s", l)
		}
	}
}

func atoi(t *testing.T, s string) int {
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return n
}

func procStatus(t *testing.T, pid int, key string) string {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && k == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// TestTraceErrors: a command that is not there, an exit status, a
// command killed by a signal, flags after the command.
func TestTraceErrors(t *testing.T) {
	needTrace(t)
	nldump, _ := buildTools(t, false)
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"trace", "--", "no-such-command-nldump"}, 127, "nldump trace: no-such-command-nldump: command not found"},
		{[]string{"trace", "sh", "-c", "exit 7"}, 7, ""},
		{[]string{"trace", "sh", "-c", "kill -TERM $$"}, 128 + 15, ""},
		{[]string{"trace", "-f", "ip", "-d", "link", "show", "lo"}, 0, ""},
		{[]string{"trace"}, 2, "nldump trace: no command to run and no -p PID"},
		{[]string{"trace", "-p", "1", "true"}, 2, "nldump trace: give a command or -p PID, not both"},
		{[]string{"trace", "-p", "4194303"}, 2, "nldump trace: attach to 4194303: no such process"},
		{[]string{"trace", "--no-such-flag", "ip", "link"}, 2, "nldump trace: flag provided but not defined: -no-such-flag"},
	} {
		cmd := exec.Command(nldump, c.args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if status != c.status || !strings.HasPrefix(stderr.String(), c.stderr) {
			t.Errorf("nldump %s: status %d, stderr %q; want %d, %q", strings.Join(c.args, " "), status, stderr.String(), c.status, c.stderr)
		}
	}
}
