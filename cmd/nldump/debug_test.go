package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
	"github.com/nldump/nldump/internal/stracelog"
	"github.com/nldump/nldump/internal/testenv"
)

// nld runs nldump in the process: stdout, stderr, exit status.
func nld(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return out.String(), errb.String(), code
}

// record is one corpus buffer.
type record struct {
	stracelog.Record
	data    []byte
	partial bool
}

func loadRecords(t *testing.T, path string) []record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r.Record); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if r.data, err = hex.DecodeString(r.Hex); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, r)
	}
	return out
}

// corpusHex writes every corpus buffer to one hex dump, with the protocol
// of each, and returns its path and the number of buffers.
func corpusHex(t *testing.T) (string, int) {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/corpus/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var b []byte
	n := 0
	// without NLDUMP_SLOW=1, every fifth buffer
	step, k := testenv.Stride(5), 0
	for _, f := range files {
		for _, r := range joinIovecs(loadRecords(t, f)) {
			if r.partial {
				continue
			}
			// nlctrl's messages stay: they teach the generic families'
			// ids the sampled messages of those families need
			ctrl := r.Proto == "NETLINK_GENERIC" && len(r.data) >= 6 && r.data[4] == 0x10 && r.data[5] == 0
			if k++; k%step != 0 && !ctrl {
				continue
			}
			b = append(b, "# proto: "+r.Proto+"\n"...)
			b = decode.AppendHex(b, r.data)
			b = append(b, '\n')
			n++
		}
	}
	p := filepath.Join(t.TempDir(), "corpus.hex")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p, n
}

// TestFormatsRoundTrip: the hex and go formats of every corpus buffer
// decode back to the same strace text; the JSON of every message parses
// and carries the message's strace text; every format prints the same
// text with and without color, the escapes aside.
func TestFormatsRoundTrip(t *testing.T) {
	path, n := corpusHex(t)
	want, errs, code := nld(t, "", "decode", path)
	if code != 0 || errs != "" {
		t.Fatalf("decode: %d %s", code, errs)
	}
	// (the comment lines after error answers are no buffer's)
	want = dropComments(want)
	if got := strings.Count(want, "\n"); got != n {
		t.Fatalf("%d lines for %d buffers", got, n)
	}
	for _, f := range []string{"hex", "go"} {
		out, errs, code := nld(t, "", "decode", "-f", f, path)
		if code != 0 || errs != "" {
			t.Fatalf("decode -f %s: %d %s", f, code, errs)
		}
		back, errs, code := nld(t, out, "decode")
		if code != 0 || errs != "" {
			t.Fatalf("decode of -f %s: %d %s", f, code, errs)
		}
		back = dropComments(back)
		if back != want {
			a, b := strings.Split(back, "\n"), strings.Split(want, "\n")
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					t.Errorf("-f %s, buffer %d:\n%.300s\nwant\n%.300s", f, i+1, a[i], b[i])
					break
				}
			}
			t.Errorf("-f %s does not decode back to the same text (%d and %d lines)", f, len(a), len(b))
		}
	}
	js, _, _ := nld(t, "", "decode", "-f", "json", path)
	lines := strings.Split(strings.TrimSuffix(js, "\n"), "\n")
	last := 0
	for i, l := range lines {
		var obj struct {
			Packet    int             `json:"packet"`
			Message   int             `json:"message"`
			Protocol  string          `json:"protocol"`
			Direction string          `json:"direction"`
			Header    json.RawMessage `json:"header"`
			Strace    string          `json:"strace"`
		}
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatalf("line %d: %v\n%.300s", i+1, err, l)
		}
		if obj.Packet < last || obj.Packet > n || obj.Message < 1 || obj.Protocol == "" || obj.Direction == "" || obj.Strace == "" {
			t.Errorf("line %d: %.200s", i+1, l)
		}
		last = obj.Packet
	}
	if last != n {
		t.Errorf("JSON ends at packet %d of %d", last, n)
	}
	esc := regexp.MustCompile("\x1b\\[[0-9;]*m")
	for _, f := range formats {
		plain, _, _ := nld(t, "", "decode", "--color=never", "-f", f, path)
		colored, _, _ := nld(t, "", "decode", "--color=always", "-f", f, path)
		if got := esc.ReplaceAllString(colored, ""); got != plain {
			t.Errorf("-f %s: colored text without escapes differs from the plain text", f)
		}
		if (f == "strace" || f == "tree" || f == "summary") && !strings.Contains(colored, "\x1b[") {
			t.Errorf("-f %s --color=always: no color", f)
		}
		if strings.Contains(plain, "\x1b") {
			t.Errorf("-f %s --color=never: escapes", f)
		}
	}
}

func TestColorAuto(t *testing.T) {
	var b bytes.Buffer
	if p, _ := colorFor("auto", &b); p != nil {
		t.Error("color into a buffer")
	}
	if p, _ := colorFor("always", &b); p == nil {
		t.Error("no color with always")
	}
	t.Setenv("NO_COLOR", "1")
	if p, _ := colorFor("auto", os.Stdout); p != nil {
		t.Error("color with NO_COLOR")
	}
	if _, err := colorFor("sometimes", &b); err == nil {
		t.Error("--color sometimes accepted")
	}
}

// writePcap writes corpus records as a pcap the way nldump -w does.
func writePcap(t *testing.T, recs []record) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "ip.pcap")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := capture.NewPcapWriter(f, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range recs {
		dir := capture.DirToKernel
		if r.Dir == "recv" {
			dir = capture.DirFromKernel
		}
		proto, _ := decode.ParseProto(r.Proto)
		fr := capture.Frame{Data: r.data, Proto: int(proto), Dir: dir, Time: time.Unix(1700000000, int64(i)*1000)}
		if err := w.WriteFrame(&fr); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return p
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// mineHex is a hand-built RTM_NEWLINK to bring veth v0 (index 3) up, as
// one might write it: ifi_change forgotten, an MTU ip does not send,
// another seq and port id.
const mineHex = `# RTM_NEWLINK, REQUEST|ACK, seq 42, pid 1234
28000000 10000500 2a000000 d2040000
00000000 03000000 01000000 00000000
0800 0400 dc050000
`

// TestDiffAgainstIP: the hand-built message against ip's own (recorded,
// written to a pcap): exactly the differing fields, and nothing else.
func TestDiffAgainstIP(t *testing.T) {
	ip := writePcap(t, loadRecords(t, "../../testdata/diff/veth-run1.jsonl"))
	mine := writeFile(t, "mine.hex", mineHex)
	out, errs, code := nld(t, "", "diff", "--color=never", mine, ip+"#9")
	want := "--- " + mine + "\n+++ " + ip + "#9\n" +
		"@@ " + mine + "#1 RTM_NEWLINK | " + ip + "#9 RTM_NEWLINK @@\n" +
		"-ifi_change=0\n+ifi_change=0x1\n" +
		"-IFLA_MTU=1500\n"
	if code != 1 || out != want || errs != "" {
		t.Errorf("status %d, stderr %q, output\n%swant\n%s", code, errs, out, want)
	}
	// the whole capture: diff picks ip's closest request
	out, errs, code = nld(t, "", "diff", "--color=never", "--dir", "to-kernel", mine, ip)
	want = strings.ReplaceAll(want, "+++ "+ip+"#9", "+++ "+ip)
	if code != 1 || out != want || !strings.Contains(errs, "compared with "+ip+"#9") {
		t.Errorf("status %d, stderr %q, output\n%swant\n%s", code, errs, out, want)
	}
	// the same message: nothing, status 0
	out, _, code = nld(t, "", "diff", ip+"#9", ip+"#9")
	if code != 0 || out != "" {
		t.Errorf("self: status %d, %q", code, out)
	}
	// --strict sees seq and pid
	out, _, _ = nld(t, "", "diff", "--strict", "--color=never", mine, ip+"#9")
	if !strings.Contains(out, "-nlmsg_seq=42\n+nlmsg_seq=1795727434\n") || !strings.Contains(out, "-nlmsg_pid=1234\n+nlmsg_pid=0\n") {
		t.Errorf("--strict:\n%s", out)
	}
	// color: the same text but for the escapes
	plain, _, _ := nld(t, "", "diff", "--color=never", mine, ip+"#9")
	colored, _, _ := nld(t, "", "diff", "--color=always", mine, ip+"#9")
	if !strings.Contains(colored, "\x1b[") || regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(colored, "") != plain {
		t.Errorf("diff --color=always:\n%q\n%q", colored, plain)
	}
	// JSON
	out, _, code = nld(t, "", "diff", "-f", "json", mine, ip+"#9")
	var obj struct {
		A, B        struct{ Label, Type string }
		Differences []struct {
			Kind, Path, A, B string
			OffsetA          *int `json:"offset_a"`
		}
	}
	if err := json.Unmarshal([]byte(out), &obj); err != nil || code != 1 || len(obj.Differences) != 2 ||
		obj.Differences[0].Path != "ifi_change" || obj.Differences[1].Kind != "removed" || obj.B.Label != ip+"#9" {
		t.Errorf("JSON: %v %d\n%s", err, code, out)
	}
	// errors: status 2
	if _, _, code := nld(t, "", "diff", mine); code != 2 {
		t.Errorf("one input: status %d", code)
	}
	if _, errs, code := nld(t, "", "diff", mine, ip+"#99"); code != 2 || !strings.Contains(errs, "no buffer 99") {
		t.Errorf("missing packet: status %d, %q", code, errs)
	}
}

// TestDiffTwoCaptures: two recordings of the same commands differ only
// where the data does (the veth pair's random addresses, IPv6 timers).
func TestDiffTwoCaptures(t *testing.T) {
	a := writePcap(t, loadRecords(t, "../../testdata/diff/veth-run1.jsonl"))
	b := writePcap(t, loadRecords(t, "../../testdata/diff/veth-run2.jsonl"))
	out, errs, code := nld(t, "", "diff", "--color=never", a, b)
	if code != 1 || errs != "" {
		t.Fatalf("status %d, %s", code, errs)
	}
	var addr int
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "---"), strings.HasPrefix(l, "+++"), strings.HasPrefix(l, "@@"):
			if strings.Contains(l, "only in") {
				t.Errorf("unpaired message: %s", l)
			}
		case strings.HasPrefix(l, "-IFLA_ADDRESS="), strings.HasPrefix(l, "+IFLA_ADDRESS="):
			addr++
		case strings.HasPrefix(l, "-IFLA_AF_SPEC"), strings.HasPrefix(l, "+IFLA_AF_SPEC"):
		default:
			t.Errorf("unexpected difference: %s", l)
		}
	}
	if addr == 0 {
		t.Errorf("the addresses differ but diff did not say:\n%s", out)
	}
}

// TestCheckCommand: findings with offsets and the kernel's answer, exit 1
// on errors only.
func TestCheckCommand(t *testing.T) {
	mtu2 := writeFile(t, "bad.hex", `# IFLA_MTU of 2 bytes
26000000 10000500 01000000 00000000
00000000 03000000 01000000 01000000
0600 0400 dc05 0000
`)
	out, errs, code := nld(t, "", "check", "--color=never", mtu2)
	want := mtu2 + "#1: byte 36: error: IFLA_MTU: the payload is 2 bytes; IFLA_MTU is a u32 (4 bytes)\n" +
		"    the kernel answers -ERANGE \"Attribute failed policy validation\"\n"
	if code != 1 || out != want || errs != "nldump check: 1 message, 1 error, 0 warnings\n" {
		t.Errorf("status %d, stderr %q, output\n%swant\n%s", code, errs, out, want)
	}
	seed := "../../testdata/seed.hex"
	if out, _, code := nld(t, "", "check", seed); code != 0 || out != "" {
		t.Errorf("seed: status %d, %s", code, out)
	}
	// a warning alone: status 0, or 1 with --Werror
	dup := writeFile(t, "dup.hex", "38000000 10000500 01000000 00000000 00000000 03000000 01000000 01000000 0800 0400 dc050000 0700 0300 76300000 0800 0400 dc050000\n")
	if out, _, code := nld(t, "", "check", dup); code != 0 || !strings.Contains(out, "warning: IFLA_MTU: IFLA_MTU appears 2 times") {
		t.Errorf("duplicate: status %d, %s", code, out)
	}
	if _, _, code := nld(t, "", "check", "--Werror", dup); code != 1 {
		t.Errorf("--Werror: status %d", code)
	}
	// color: the same text but for the escapes
	for _, v := range []string{"-v=false", "-v"} {
		plain, _, _ := nld(t, "", "check", v, "--color=never", mtu2)
		colored, _, _ := nld(t, "", "check", v, "--color=always", mtu2)
		if !strings.Contains(colored, "\x1b[") || regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(colored, "") != plain {
			t.Errorf("check %s --color=always:\n%q\n%q", v, colored, plain)
		}
	}
	// -v marks the line
	out, _, _ = nld(t, "", "check", "-v", "--color=never", mtu2)
	if !strings.Contains(out, "0020    IFLA_MTU, len 6: \"\\xdc\\x05\"  <-- error\n") {
		t.Errorf("-v:\n%s", out)
	}
	// JSON
	out, _, _ = nld(t, "", "check", "-f", "json", mtu2)
	var f struct {
		Severity, Path, Errno, Extack string
		Offset                        int
	}
	if err := json.Unmarshal([]byte(out), &f); err != nil || f.Offset != 36 || f.Errno != "ERANGE" || f.Path != "IFLA_MTU" {
		t.Errorf("JSON: %v %s", err, out)
	}
	// every request of the corpus passes
	path, _ := corpusHex(t)
	if out, errs, code := nld(t, "", "check", "--assume", "guess", path); code != 0 || out != "" {
		t.Errorf("corpus: status %d, %s\n%.2000s", code, errs, out)
	}
	// a capture of ip's requests and the kernel's replies passes too
	ip := writePcap(t, loadRecords(t, "../../testdata/diff/veth-run1.jsonl"))
	if out, errs, code := nld(t, "", "check", ip); code != 0 || out != "" {
		t.Errorf("capture: status %d, %s\n%s", code, errs, out)
	}
	if _, _, code := nld(t, "", "check", "/nonexistent"); code != 2 {
		t.Errorf("missing file: status %d", code)
	}
}

// TestFilters: each filter, on the recorded traffic of ip.
func TestFilters(t *testing.T) {
	ip := writePcap(t, loadRecords(t, "../../testdata/diff/veth-run1.jsonl"))
	ipHex, _, _ := nld(t, "", "decode", "-f", "hex", writeFile(t, "x.hex", hexOfRecords(loadRecords(t, "../../testdata/diff/veth-run1.jsonl"))))
	hexPath := writeFile(t, "ip.hex", ipHex)
	count := func(args ...string) int {
		out, errs, code := nld(t, "", append([]string{"decode", "-f", "summary"}, append(args, hexPath)...)...)
		if code != 0 {
			t.Fatalf("%v: %d %s", args, code, errs)
		}
		return strings.Count(out, "\n")
	}
	cases := []struct {
		args []string
		want int
	}{
		{nil, 17}, // 15 buffers, one with three messages
		{[]string{"--type", "RTM_NEWLINK"}, 9},
		{[]string{"--type", "RTM_*LINK"}, 11},
		{[]string{"--type", "16,18"}, 11},
		{[]string{"--type", "RTM_*LINK", "--type", "NLMSG_*"}, 17},
		{[]string{"--type", "RTM_*ROUTE"}, 0},
		{[]string{"--dir", "to-kernel"}, 7},
		{[]string{"--dir", "<"}, 10},
		{[]string{"--seq", "0"}, 6},
		{[]string{"--pid", "0"}, 7},
		{[]string{"--dev", "3"}, 3},
		{[]string{"--dev", "v0"}, 5},
		{[]string{"--dev", "lo", "--dir", "from-kernel"}, 1},
		// buffers of a hex dump without "# proto:" are of -p's protocol
		{[]string{"-p", "generic"}, 17},
		{[]string{"--family", "nlctrl"}, 0},
	}
	for _, c := range cases {
		if got := count(c.args...); got != c.want {
			t.Errorf("%v: %d messages, want %d", c.args, got, c.want)
		}
	}
	// buffers of a pcap have theirs
	if _, errs, _ := nld(t, "", "check", "-p", "generic", ip); !strings.Contains(errs, "0 messages") {
		t.Errorf("-p generic on a NETLINK_ROUTE capture: %s", errs)
	}
	if _, errs, _ := nld(t, "", "check", "-p", "route", ip); !strings.Contains(errs, "17 messages") {
		t.Errorf("-p route on a NETLINK_ROUTE capture: %s", errs)
	}
	// the same filters on a pcap, in diff
	out, _, code := nld(t, "", "diff", "--type", "RTM_GETLINK", ip+"#7", ip+"#13")
	if code != 1 || !strings.Contains(out, "+nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP") {
		t.Errorf("diff of two GETLINK: %d\n%s", code, out)
	}
	if _, errs, code := nld(t, "", "decode", "--dir", "sideways", hexPath); code != 2 || !strings.Contains(errs, "--dir sideways") {
		t.Errorf("bad --dir: %d %s", code, errs)
	}
}

// joinIovecs joins the records strace dumped one iovec at a time (a
// sendmsg whose first iovec is shorter than its nlmsg_len, and the rest
// of the same call) into the buffers the kernel received.
func joinIovecs(recs []record) []record {
	var out []record
	for i := 0; i < len(recs); i++ {
		r := recs[i]
		for r.Call == "sendmsg" && len(r.data) >= 4 && int(binary.LittleEndian.Uint32(r.data)) > len(r.data) && i+1 < len(recs) &&
			recs[i+1].Call == "sendmsg" && recs[i+1].Pid == r.Pid && recs[i+1].Dir == r.Dir {
			r.data = append(append([]byte(nil), r.data...), recs[i+1].data...)
			i++
		}
		// a sendmsg whose iovecs the recording did not all keep
		r.partial = len(r.data) >= 4 && int(binary.LittleEndian.Uint32(r.data)) > len(r.data) && r.Proto != "NETLINK_KOBJECT_UEVENT"
		out = append(out, r)
	}
	return out
}

func hexOfRecords(recs []record) string {
	var b []byte
	for _, r := range recs {
		b = decode.AppendHex(b, r.data)
		b = append(b, '\n')
	}
	return string(b)
}

// TestHelp: every command and topic has help, with examples.
func TestHelp(t *testing.T) {
	for _, topic := range []string{"", "decode", "diff", "check", "formats", "json", "filters", "hex", "color"} {
		out, _, code := nld(t, "", "help", topic)
		if code != 0 || len(out) < 200 {
			t.Errorf("help %q: %d", topic, code)
		}
	}
	out, _, _ := nld(t, "", "--help")
	for _, s := range []string{"nldump diff mine.hex ip.pcap#N", "testdata/seed.hex", "nldump trace -w ip.pcap -- ip link set veth0 up", "-w netlink.pcap"} {
		if !strings.Contains(out, s) {
			t.Errorf("nldump --help lacks %q", s)
		}
	}
	for _, c := range []string{"diff", "check"} {
		if out, _, _ := nld(t, "", c, "-h"); !strings.Contains(out, "Usage: nldump "+c) || !strings.Contains(out, "Examples:") {
			t.Errorf("%s -h:\n%s", c, out)
		}
	}
}
