package main

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const ipPcap = "../../capture/testdata/ip-tcpdump.pcap"

func runCmd(t testing.TB, stdin []byte, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	st := run(args, &env{stdin: bytes.NewReader(stdin), stdout: &out, stderr: &errb})
	return out.String(), errb.String(), st
}

func TestReadPcap(t *testing.T) {
	out, errs, st := runCmd(t, nil, "read", ipPcap)
	if st != 0 || errs != "" {
		t.Fatalf("exit status %d: %s", st, errs)
	}
	out = dropComments(out)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 91 {
		t.Errorf("%d lines, want one per message (91)", len(lines))
	}
	// time, protocol, direction, then the message
	want := " NETLINK_ROUTE to-kernel [{nlmsg_len=40, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1795726805, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, ifi_change=0}, [{nla_len=8, nla_type=IFLA_EXT_MASK}, RTEXT_FILTER_VF]]"
	if !timeRE.MatchString(lines[0]) || lines[0][15:] != want {
		t.Errorf("first line\n%s\nwant\nHH:MM:SS.UUUUUU%s", lines[0], want)
	}
	if !strings.Contains(lines[2], " NETLINK_ROUTE from-kernel [{nlmsg_len=1420, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_MULTI, ") {
		t.Errorf("third line: %.200s", lines[2])
	}
	// the generic family id is learned from the CTRL_CMD_NEWFAMILY reply
	if !strings.Contains(out, "nlmsg_type=tcp_metrics") {
		t.Error("tcp_metrics not named")
	}
	// the same from the pcapng file, from stdin, and through capture -r
	b, _ := os.ReadFile(ipPcap)
	for _, args := range [][]string{
		{"read", "../../capture/testdata/ip-editcap.pcapng"},
		{"read", "-"},
		{"capture", "-r", ipPcap},
	} {
		if o, e, st := runCmd(t, b, args...); dropComments(o) != out || st != 0 {
			t.Errorf("%v: exit status %d, %s, output differs", args, st, e)
		}
	}
}

func TestReadCount(t *testing.T) {
	out, _, st := runCmd(t, nil, "read", "-c", "5", ipPcap)
	out = dropComments(out)
	if n := strings.Count(out, "\n"); st != 0 || n != 5 {
		t.Errorf("-c 5: %d lines, exit status %d", n, st)
	}
	// the 45th message is in the middle of a dump reply of several: the
	// count stops there
	out, _, _ = runCmd(t, nil, "read", "-c", "45", ipPcap)
	out = dropComments(out)
	if n := strings.Count(out, "\n"); n != 45 {
		t.Errorf("-c 45: %d lines, want 45", n)
	}
	// with a filter, the count is of the messages shown
	out, _, _ = runCmd(t, nil, "read", "-c", "3", "--type", "RTM_NEWLINK", ipPcap)
	if n, m := strings.Count(out, "\n"), strings.Count(out, "RTM_NEWLINK"); n != 3 || m != 3 {
		t.Errorf("-c 3 --type RTM_NEWLINK: %d lines, %d of RTM_NEWLINK", n, m)
	}
}

// -w writes what it reads; the file reads back the same.
func TestReadWrite(t *testing.T) {
	dir := t.TempDir()
	w := filepath.Join(dir, "out.pcap")
	out, errs, st := runCmd(t, nil, "read", "-w", w, ipPcap)
	if st != 0 {
		t.Fatal(errs)
	}
	out2, errs, st := runCmd(t, nil, "read", w)
	if st != 0 || out2 != out {
		t.Errorf("reading back: exit status %d %s; same output: %v", st, errs, out2 == out)
	}
	// -w - writes the pcap to stdout and prints nothing else
	pcap, _, st := runCmd(t, nil, "read", "-w", "-", ipPcap)
	b, _ := os.ReadFile(w)
	if st != 0 || pcap != string(b) {
		t.Errorf("-w -: exit status %d, %d bytes, want %d", st, len(pcap), len(b))
	}
}

func TestReadErrors(t *testing.T) {
	good, _ := os.ReadFile(ipPcap)
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	// the second packet's cooked header is broken; the file is cut in the
	// middle of its last record
	broken := bytes.Clone(good)
	first := 24 + 16 + int(binary.LittleEndian.Uint32(good[24+8:]))
	binary.BigEndian.PutUint16(broken[first+16+2:], 1)
	cut := write("cut.pcap", broken[:len(broken)-10])
	out, errs, st := runCmd(t, nil, "read", cut)
	out = dropComments(out)
	wantErr := cut + ": packet 2 at offset 96: link-layer address type 1 in the netlink cooked header, want ARPHRD_NETLINK (824)\n" +
		cut + ": packet 66 at offset 23604: record says 52 bytes, the file ends after 42\n"
	if st != exitError || errs != wantErr {
		t.Errorf("exit status %d, stderr\n%s\nwant\n%s", st, errs, wantErr)
	}
	// decoding went on past the broken packet (2 messages) to the cut one
	if n := strings.Count(out, "\n"); n != 91-2-1 {
		t.Errorf("%d lines printed", n)
	}
	eth := bytes.Clone(good[:24])
	binary.LittleEndian.PutUint32(eth[20:], 1)
	for _, c := range []struct {
		file, want string
	}{
		{write("eth.pcap", eth), "link type 1 is not a netlink capture"},
		{write("text.pcap", []byte("not a capture at all\n")), "text.pcap:1:1: unexpected 'n' in hex data"},
		{"--input-format=pcap " + filepath.Join(dir, "text.pcap"), "not a pcap or pcapng file"},
		{filepath.Join(dir, "missing.pcap"), "no such file"},
	} {
		_, errs, st := runCmd(t, nil, append([]string{"read"}, strings.Fields(c.file)...)...)
		if st != exitError || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit status %d, %q", c.file, st, errs)
		}
	}
	if _, errs, st := runCmd(t, nil, "read"); st != exitError || !strings.Contains(errs, "no file") {
		t.Errorf("no file: %d %q", st, errs)
	}
}

// BenchmarkRead reads the capture tcpdump wrote and decodes every message
// to strace notation.
func BenchmarkRead(b *testing.B) {
	file, err := os.ReadFile(ipPcap)
	if err != nil {
		b.Fatal(err)
	}
	var big []byte
	big = append(big, file...)
	for range 15 {
		big = append(big, file[24:]...)
	}
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for b.Loop() {
		if st := run([]string{"read", "-"}, &env{stdin: bytes.NewReader(big), stdout: io.Discard, stderr: io.Discard}); st != 0 {
			b.Fatal(st)
		}
	}
}

// -w destroys nothing when the capture never starts, and a write error
// says what the file holds.
func TestWriteKeepsFile(t *testing.T) {
	dir := t.TempDir()
	precious := filepath.Join(dir, "precious.pcap")
	const old = "the user's own capture"
	if err := os.WriteFile(precious, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	same := func(what string) {
		t.Helper()
		if b, _ := os.ReadFile(precious); string(b) != old {
			t.Errorf("%s: precious.pcap is now %d bytes", what, len(b))
		}
	}
	// an input that does not open
	_, errs, code := runCmd(t, nil, "read", "-w", precious, filepath.Join(dir, "missing.pcap"))
	if code == 0 {
		t.Errorf("read of a missing file: exit 0")
	}
	same("read -w of a missing input: " + errs)
	// an input that is not a capture
	bad := writeFile(t, "bad.pcap", "not a capture at all\n")
	runCmd(t, nil, "read", "-w", precious, bad)
	same("read -w of a bad input")
	// the output is the input
	_, errs, code = runCmd(t, nil, "read", "-w", precious, precious)
	if code == 0 || !strings.Contains(errs, "also the -w file") {
		t.Errorf("read -w FILE FILE: exit %d, %s", code, errs)
	}
	same("read -w FILE FILE")
	// a command that does not start
	_, errs, code = runCmd(t, nil, "trace", "-w", precious, "-o", precious, "--", "/nonexistent/nosuchcmd")
	if code == 0 {
		t.Errorf("trace of a missing command: exit 0")
	}
	same("trace -w of a missing command: " + errs)
	// a capture that ran writes the file
	in := ipPcap
	if _, errs, code = runCmd(t, nil, "read", "-w", precious, in); code != 0 {
		t.Fatalf("read -w: exit %d: %s", code, errs)
	}
	if b, _ := os.ReadFile(precious); len(b) < 24 || string(b) == old {
		t.Errorf("read -w did not write the file")
	}
	// a full disk: exit status 2, and how much the file holds
	_, errs, code = runCmd(t, nil, "read", "-w", "/dev/full", in)
	if code != exitError || !strings.Contains(errs, "the file holds the first 0 packets (0 messages)") {
		t.Errorf("read -w /dev/full: exit %d, %q", code, errs)
	}
}

// -i NAME creates no interface NAME (a typo stays a typo), and a capture
// that cannot start leaves the -w file as it was.
func TestLiveSetupFails(t *testing.T) {
	if _, err := os.Stat("/sys/class/net"); err != nil {
		t.Skip("no /sys/class/net: not Linux")
	}
	c := captureOpts{iface: defaultNlmon}
	if !c.createMissing() {
		t.Errorf("nlmon0 is not created")
	}
	c.noCreate = true
	if c.createMissing() {
		t.Errorf("--no-create creates nlmon0")
	}
	c = captureOpts{iface: "nlmno0"}
	if c.createMissing() {
		t.Errorf("-i nlmno0 creates it")
	}
	c.create = true
	if !c.createMissing() {
		t.Errorf("--create -i nlmno0 does not create it")
	}

	const typo = "nlmnotthere0"
	if _, err := os.Stat("/sys/class/net/" + typo); err == nil {
		t.Skipf("%s exists here", typo)
	}
	dir := t.TempDir()
	precious := filepath.Join(dir, "precious.pcap")
	const old = "the user's own capture"
	os.WriteFile(precious, []byte(old), 0o644)
	_, errs, code := runCmd(t, nil, "-i", typo, "-w", precious, "-c", "1")
	if code != exitError || !strings.Contains(errs, "no interface "+typo) {
		t.Errorf("-i %s: exit %d, %q", typo, code, errs)
	}
	if _, err := os.Stat("/sys/class/net/" + typo); err == nil {
		t.Errorf("-i %s created it", typo)
	}
	if b, _ := os.ReadFile(precious); string(b) != old {
		t.Errorf("-i %s -w: precious.pcap is now %d bytes", typo, len(b))
	}
}

// TestCaptureSourceErrors: a wrong --source, and --all-netns with nlmon,
// fail before anything is set up.
func TestCaptureSourceErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"capture", "--source", "pcap", "-c", "1"}, "--source pcap: want nlmon, bpf or auto\n"},
		{[]string{"capture", "--source", "nlmon", "--all-netns", "-c", "1"}, "--all-netns is for the BPF source"},
	} {
		out, errs, st := runCmd(t, nil, c.args...)
		if st != exitError || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit status %d, stdout %q, stderr %q, want %q", c.args, st, out, errs, c.want)
		}
	}
}
