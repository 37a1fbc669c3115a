package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// dropComments removes the "# " comment lines the strace format adds
// after error answers.
func dropComments(s string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(l, "# ") {
			b.WriteString(l)
		}
	}
	return b.String()
}

// TestSeedWorkflow: one nldump command names the wrong field and the
// kernel's reason for a Go program's two mistakes: nlmsg_len computed with
// the wrong struct's size, and a 2-byte IFLA_MTU on a socket with
// NETLINK_EXT_ACK (testdata/seedprog), run on this host's kernel.
func TestSeedWorkflow(t *testing.T) {
	needTrace(t)
	nldump, _ := buildTools(t, false)
	dir := t.TempDir()
	prog := filepath.Join(dir, "seedprog")
	if out, err := exec.Command("go", "build", "-o", prog, "../../testdata/seedprog").CombinedOutput(); err != nil {
		t.Fatalf("go build seedprog: %v\n%s", err, out)
	}
	out := filepath.Join(dir, "out")
	// seedprog exits 1: every request it sends is refused
	if st := inNetns(t, "", nldump, "trace", "--check", "--format", "summary", "-o", out, "--", prog, "all"); st != 1 {
		t.Fatalf("exit status %d", st)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, want := range []string{
		// (a): the request's verdict and check's fix, on the request
		"RTM_NEWLINK REQUEST|ACK seq=1 pid=0 -> -EINVAL\n    check error at byte 0: nlmsg_len: nlmsg_len is 24; the message is 32 bytes (16 header + 16 ifinfomsg): set nlmsg_len to 32",
		// (b): the offset resolved to IFLA_MTU, the policy in words
		`RTM_NEWLINK REQUEST|ACK seq=2 pid=0 ifindex=1 -> -ERANGE "Attribute failed policy validation" at byte 32: IFLA_MTU (nla_len 6); expected u32 in 0..4294967295` + "\n    check error at byte 36: IFLA_MTU: the payload is 2 bytes; IFLA_MTU is a u32 (4 bytes)",
		// the same capped: resolved in the request
		`error=-ERANGE for=RTM_NEWLINK answers=#5 extack="Attribute failed policy validation" why="at byte 32: IFLA_MTU (nla_len 6); expected u32 in 0..4294967295"`,
		`-> -ERANGE "Attribute failed policy validation" at byte 32: IFLA_IFNAME (nla_len 24); expected string up to 15 bytes`,
		`netdev REQUEST|ACK seq=5 pid=0 cmd=NETDEV_CMD_DEV_GET -> -EINVAL missing NETDEV_A_DEV_IFINDEX`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks\n%s\n--- output:\n%s", want, text)
		}
	}
}

// TestPairFormats: the kernel's answers recorded from seedprog, decoded
// from a hex dump: each format ties them to their requests.
func TestPairFormats(t *testing.T) {
	const seed = "../../decode/testdata/pair/seed.hex"
	sum, errs, st := runCmd(t, nil, "decode", "-f", "summary", seed)
	if st != 0 || errs != "" {
		t.Fatalf("exit status %d: %s", st, errs)
	}
	for _, want := range []string{
		"#1 route > RTM_NEWLINK REQUEST|ACK seq=1 pid=0 -> -EINVAL\n#2 route < NLMSG_ERROR seq=1 pid=21140 error=-EINVAL for=RTM_NEWLINK answers=#1\n",
		"#9 generic > nlctrl REQUEST seq=4 pid=0 cmd=CTRL_CMD_GETFAMILY family_name=netdev -> 1 message\n",
	} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks\n%s\n--- got:\n%s", want, sum)
		}
	}
	js, _, _ := runCmd(t, nil, "decode", "-f", "json", seed)
	lines := strings.Split(strings.TrimSuffix(js, "\n"), "\n")
	if len(lines) != 12 {
		t.Fatalf("%d JSON lines, want 12", len(lines))
	}
	type ack struct {
		Errno  int    `json:"errno"`
		Error  string `json:"error"`
		Field  string `json:"field"`
		Offset int    `json:"offset"`
		Policy struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"policy"`
		ResolvedIn string `json:"resolved_in"`
	}
	type jmsg struct {
		Packet  int `json:"packet"`
		Outcome *struct {
			State  string `json:"state"`
			Errno  int    `json:"errno"`
			Answer struct {
				Packet int `json:"packet"`
			} `json:"answer"`
			Ack *ack `json:"ack"`
		} `json:"outcome"`
		Answers *struct {
			Packet int    `json:"packet"`
			Type   string `json:"type"`
		} `json:"answers"`
		Ack *ack `json:"ack"`
	}
	msgs := make([]jmsg, len(lines))
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &msgs[i]); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
	}
	for i := 0; i < 12; i += 2 {
		req, ans := msgs[i], msgs[i+1]
		if req.Outcome == nil || req.Outcome.State != "answered" || req.Outcome.Answer.Packet != i+2 || ans.Answers == nil || ans.Answers.Packet != i+1 {
			t.Errorf("packets %d and %d not paired: %s\n%s", i+1, i+2, lines[i], lines[i+1])
		}
	}
	capped := msgs[5].Ack
	if capped == nil || capped.Error != "ERANGE" || capped.Field != "IFLA_MTU" || capped.Offset != 32 || capped.Policy.Type != "NL_ATTR_TYPE_U32" || capped.ResolvedIn != "request" {
		t.Errorf("capped error's ack: %s", lines[5])
	}
	tree, _, _ := runCmd(t, nil, "decode", "-f", "tree", "--check", seed)
	for _, want := range []string{
		"0000    -> -EINVAL (answer #2)\n",
		"0000    answers #5 RTM_NEWLINK seq=2\n0000    extack: at byte 32: IFLA_MTU (nla_len 6); expected u32 in 0..4294967295 (in the request: the error is capped)\n",
		"0020    IFLA_MTU, len 6: \"\\x78\\x05\"  <-- error: the payload is 2 bytes; IFLA_MTU is a u32 (4 bytes)",
	} {
		if !strings.Contains(tree, want) {
			t.Errorf("tree lacks\n%s", want)
		}
	}
	st2, _, _ := runCmd(t, nil, "decode", seed)
	if !strings.Contains(st2, "\n# RTM_NEWLINK seq=2 (#3) -> -ERANGE \"Attribute failed policy validation\" at byte 32: IFLA_MTU (nla_len 6); expected u32 in 0..4294967295\n") {
		t.Errorf("strace format: no comment after the error:\n%s", st2)
	}
}

// TestCheckReplies: nldump check on a hex dump of requests and the
// kernel's answers finds the requests' mistakes, not the replies'
// missing NLM_F_REQUEST.
func TestCheckReplies(t *testing.T) {
	out, errs, st := runCmd(t, nil, "check", "../../decode/testdata/pair/seed.hex")
	if st != exitDiff || strings.Contains(out, "NLM_F_REQUEST") || !strings.Contains(errs, "12 messages, 4 errors, 0 warnings") {
		t.Errorf("exit status %d\n%s%s", st, out, errs)
	}
	if !strings.Contains(out, "seed.hex#1: byte 0: error: nlmsg_len: nlmsg_len is 24; the message is 32 bytes (16 header + 16 ifinfomsg): set nlmsg_len to 32\n") {
		t.Errorf("no mechanical fix for nlmsg_len:\n%s", out)
	}
}

// TestFrameSocket: traced frames pair by process and fd (any thread of
// the process), nlmon requests by their sender's port, the rest by what
// the messages say.
func TestFrameSocket(t *testing.T) {
	thread1 := capture.Frame{Syscall: "sendmsg", Pid: 101, Fd: 3, Proc: capture.Process{PID: 100}, Dir: capture.DirToKernel}
	thread2 := capture.Frame{Syscall: "recvmsg", Pid: 102, Fd: 3, Proc: capture.Process{PID: 100}, Dir: capture.DirFromKernel, HasSender: true}
	if a, b := frameSocket(&thread1), frameSocket(&thread2); a != b || a.Kind != decode.SocketHandle {
		t.Errorf("threads of one process on one fd: %+v and %+v", a, b)
	}
	other := thread2
	other.Fd = 4
	if frameSocket(&other) == frameSocket(&thread1) {
		t.Error("fd 4 is fd 3's socket")
	}
	noProc := thread1
	noProc.Proc = capture.Process{}
	if s := frameSocket(&noProc); s.Kind != decode.SocketUnknown {
		t.Errorf("without the process: %+v", s)
	}
	nlmon := capture.Frame{Dir: capture.DirToKernel, HasSender: true, Sender: 4242}
	if s := frameSocket(&nlmon); s.Kind != decode.SocketPort || s.ID != 4242 {
		t.Errorf("nlmon request: %+v", s)
	}
	// the kernel's answer on nlmon: its nlmsg_pid tells
	nlmon.Dir, nlmon.Sender = capture.DirFromKernel, 0
	if s := frameSocket(&nlmon); s.Kind != decode.SocketUnknown {
		t.Errorf("nlmon answer: %+v", s)
	}
}

// TestHeldBounds: a request's line waits for its answer, but not beyond
// maxHeldFrames frames, nor (live) beyond releaseOld's time; the end of
// the traffic writes everything.
func TestHeldBounds(t *testing.T) {
	var out bytes.Buffer
	o := outputOpts{format: "summary"}
	p, err := o.newPrinter(&out, false)
	if err != nil {
		t.Fatal(err)
	}
	d := decode.NewDecoder(decode.Options{})
	p.enablePairing(d, false)
	req := func(seq int) []byte {
		return []byte{32, 0, 0, 0, 16, 0, 5, 0, byte(seq), byte(seq >> 8), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	}
	frame := func(n int, b []byte, dir capture.Direction) {
		t.Helper()
		fr := capture.Frame{Data: b, Proto: 0, Packet: n, Dir: dir}
		if err := p.frame(&fr, d.DecodeProto(0, b)); err != nil {
			t.Fatal(err)
		}
		p.flush()
	}
	frame(1, req(1), capture.DirToKernel)
	frame(2, req(2), capture.DirToKernel)
	if out.Len() != 0 {
		t.Fatalf("written before the answer: %q", out.String())
	}
	// the answer to the second: both stay held (the first waits)
	ack2 := append([]byte{36, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0}, req(2)[:16]...)
	ack2[4+16+0] = 32
	frame(3, ack2, capture.DirFromKernel)
	if out.Len() != 0 {
		t.Fatalf("written while #1 waits: %q", out.String())
	}
	// a quiet live source: #1 goes out without its verdict, #2 with it
	if err := p.releaseOld(0); err != nil {
		t.Fatal(err)
	}
	p.flush()
	lines := strings.Split(out.String(), "\n")
	if len(lines) != 4 || strings.Contains(lines[0], "->") || !strings.HasSuffix(lines[1], "seq=2 pid=0 ifindex=1 -> 0") || !strings.Contains(lines[2], "answers=#2") {
		t.Fatalf("after releaseOld:\n%s", out.String())
	}
	// more frames than maxHeldFrames waiting: the first go out
	out.Reset()
	for i := range maxHeldFrames + 10 {
		frame(10+i, req(1000+i), capture.DirToKernel)
	}
	if n := strings.Count(out.String(), "\n"); n != 10 {
		t.Errorf("%d lines out with %d frames held at most", n, maxHeldFrames)
	}
	if err := p.finish(); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != maxHeldFrames+10 {
		t.Errorf("%d lines after finish", n)
	}
}

// The extended ACK's JSON is one valid object, its cookie plain hex as
// docs/json.md says (a cookie of more than 16 bytes spans no lines).
func TestExtackJSONCookie(t *testing.T) {
	e := &decode.Extack{Errno: -22, Msg: "no", Cookie: bytes.Repeat([]byte{0xde, 0xad}, 10)}
	b := appendExtackJSON(nil, e)
	var got struct {
		Cookie string `json:"cookie"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if got.Cookie != strings.Repeat("dead", 10) {
		t.Errorf("cookie %q", got.Cookie)
	}
}
