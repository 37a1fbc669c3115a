package decode

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// seedBuf is one buffer of decode/testdata/pair/seed.hex.
type seedBuf struct {
	proto Proto
	dir   CheckDir
	data  []byte
}

// readSeed reads the hex format nldump writes (-f hex): a "# packet"
// comment line with the direction, "# proto:" lines, hex lines, blank
// lines between buffers.
func readSeed(t *testing.T, path string) []seedBuf {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []seedBuf
	var cur *seedBuf
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "":
			cur = nil
		case strings.HasPrefix(l, "# packet"):
			out = append(out, seedBuf{dir: CheckToKernel})
			cur = &out[len(out)-1]
			if strings.Contains(l, "from-kernel") {
				cur.dir = CheckFromKernel
			}
		case strings.HasPrefix(l, "# proto:"):
			p, ok := ParseProto(strings.TrimSpace(strings.TrimPrefix(l, "# proto:")))
			if !ok || cur == nil {
				t.Fatalf("bad line %q", l)
			}
			cur.proto = p
		case strings.HasPrefix(l, "#"):
		default:
			b, err := hex.DecodeString(strings.ReplaceAll(l, " ", ""))
			if err != nil || cur == nil {
				t.Fatalf("bad line %q: %v", l, err)
			}
			cur.data = append(cur.data, b...)
		}
	}
	return out
}

// TestPairKernel pairs what a real kernel answered to seedprog's requests
// (recorded in a network namespace) and explains each extended ACK.
func TestPairKernel(t *testing.T) {
	bufs := readSeed(t, "testdata/pair/seed.hex")
	d := NewDecoder(Options{})
	p := NewPairer(d)
	var settled []Settled
	var answers []Pairing
	for i, b := range bufs {
		tr := d.DecodeProto(b.proto, b.data)
		for k, m := range tr.Messages() {
			pr := p.Feed(tr, m, PairIn{Ref: Ref{Packet: i + 1, Message: k + 1}, Dir: b.dir})
			if pr.Kind == PairAnswer {
				answers = append(answers, pr)
			}
		}
		settled = p.Settled(settled)
	}
	p.Flush()
	settled = p.Settled(settled)
	want := []string{
		"#1 RTM_NEWLINK -> -EINVAL",
		`#3 RTM_NEWLINK -> -ERANGE "Attribute failed policy validation" at byte 32: IFLA_MTU (nla_len 6); expected u32 in 0..4294967295`,
		// capped: the offset resolved in the request kept
		`#5 RTM_NEWLINK -> -ERANGE "Attribute failed policy validation" at byte 32: IFLA_MTU (nla_len 6); expected u32 in 0..4294967295`,
		`#7 RTM_NEWLINK -> -ERANGE "Attribute failed policy validation" at byte 32: IFLA_IFNAME (nla_len 24); expected string up to 15 bytes`,
		"#9 nlctrl CTRL_CMD_GETFAMILY -> 1 message",
		`#11 netdev NETDEV_CMD_DEV_GET -> -EINVAL missing NETDEV_A_DEV_IFINDEX`,
	}
	var got []string
	for _, s := range settled {
		got = append(got, "#"+strconv.Itoa(s.Request.Ref.Packet)+" "+s.Request.Type+" "+string(s.Outcome.AppendVerdict(nil)))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("verdicts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(answers) != 6 {
		t.Fatalf("%d answers, want 6", len(answers))
	}
	from := []string{"echo", "echo", "request", "echo", "", "echo"}
	capped := []bool{false, false, true, false, false, false}
	for i, a := range answers {
		if a.Request.Ref.Packet != 2*i+1 || !a.Final {
			t.Errorf("answer %d pairs with #%d (final %v)", i+1, a.Request.Ref.Packet, a.Final)
		}
		if a.Extack != nil && (a.Extack.From != from[i] || a.Extack.Capped != capped[i]) {
			t.Errorf("answer %d: resolved in %q, capped %v; want %q, %v", i+1, a.Extack.From, a.Extack.Capped, from[i], capped[i])
		}
	}
}

// ifi1 is an ifinfomsg for index 1.
var ifi1 = ifinfo(0, 0, 1, 0, 0)

// errorFor builds the NLMSG_ERROR the kernel answers to req with errno
// and the extended ACK attributes, the request echoed whole or (capped)
// its header only.
func errorFor(req []byte, errno int32, capped bool, attrs ...[]byte) []byte {
	echo := req
	flags := uint16(0)
	if capped {
		echo = req[:16]
		flags |= xlat.NLM_F_CAPPED
	}
	if len(attrs) > 0 {
		flags |= xlat.NLM_F_ACK_TLVS
	}
	payload := append(le32(uint32(errno)), echo...)
	for len(payload)%4 != 0 {
		payload = append(payload, 0)
	}
	for _, a := range attrs {
		payload = append(payload, a...)
	}
	return nlMsg(xlat.NLMSG_ERROR, flags, binary.LittleEndian.Uint32(req[8:]), 4242, payload)
}

// TestExtackAttrs: every NLMSGERR attribute, uncapped and capped.
func TestExtackAttrs(t *testing.T) {
	// RTM_NEWLINK, IFLA_MTU at 32, IFLA_LINKINFO at 40 holding IFLA_INFO_DATA
	req := nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 7, 0, ifi1,
		nlNest(xlat.IFLA_MTU, le32(1500)),
		nlNest(xlat.IFLA_LINKINFO, nlNest(xlat.IFLA_INFO_DATA, nlNest(1, le32(1)))))
	// and one whose IFLA_LINKINFO is empty
	reqEmpty := nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 8, 0, ifi1, nlNest(xlat.IFLA_MTU, le32(1500)), nlNest(xlat.IFLA_LINKINFO))
	policy := nlNest(xlat.NLMSGERR_ATTR_POLICY|nlaFNested,
		nlNest(xlat.NL_POLICY_TYPE_ATTR_TYPE, le32(xlat.NL_ATTR_TYPE_S32)),
		nlNest(xlat.NL_POLICY_TYPE_ATTR_MIN_VALUE_S, le64(uint64(1<<64-5))),
		nlNest(xlat.NL_POLICY_TYPE_ATTR_MAX_VALUE_S, le64(100)),
		nlNest(xlat.NL_POLICY_TYPE_ATTR_MASK, le64(0xff)))
	attrs := [][]byte{
		nlNest(xlat.NLMSGERR_ATTR_MSG, []byte("Bad thing\x00")),
		nlNest(xlat.NLMSGERR_ATTR_OFFS, le32(32)),
		nlNest(xlat.NLMSGERR_ATTR_COOKIE, []byte{0xde, 0xad, 0xbe, 0xef}),
		policy,
		nlNest(xlat.NLMSGERR_ATTR_MISS_TYPE, le32(xlat.IFLA_INFO_KIND)),
		nlNest(xlat.NLMSGERR_ATTR_MISS_NEST, le32(40)),
	}
	const want = "at byte 32: IFLA_MTU (nla_len 8); missing IFLA_INFO_KIND in IFLA_LINKINFO; expected s32 in -5..100 with no bits outside 0xff; cookie deadbeef"
	d := NewDecoder(Options{})
	for _, c := range []struct {
		name   string
		req    []byte
		capped bool
		from   string
		want   string
	}{
		{"uncapped", req, false, "echo", want},
		{"capped", req, true, "request", want},
		{"empty nest", reqEmpty, false, "echo", want},
		{"empty nest, capped", reqEmpty, true, "request", want},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := NewPairer(d)
			rt := d.Decode(c.req)
			if pr := p.Feed(rt, rt.Messages()[0], PairIn{Ref: Ref{1, 1}}); pr.Kind != PairRequest || !pr.Request.Expect {
				t.Fatalf("request: %+v", pr)
			}
			et := d.Decode(errorFor(c.req, -22, c.capped, attrs...))
			pr := p.Feed(et, et.Messages()[0], PairIn{Ref: Ref{2, 1}})
			if pr.Kind != PairAnswer || !pr.Final || pr.Extack == nil {
				t.Fatalf("answer: %+v", pr)
			}
			e := pr.Extack
			if e.Errno != -22 || e.Msg != "Bad thing" || e.Capped != c.capped || e.From != c.from {
				t.Errorf("errno %d msg %q capped %v from %q", e.Errno, e.Msg, e.Capped, e.From)
			}
			if got := e.Explain(); got != c.want {
				t.Errorf("explained\n%s\nwant\n%s", got, c.want)
			}
			s := p.Settled(nil)
			if len(s) != 1 || string(s[0].Outcome.AppendVerdict(nil)) != `-> -EINVAL "Bad thing" `+c.want {
				t.Errorf("settled %+v", s)
			}
		})
	}
	// without the request at hand (no pairer), the numbers stay numbers
	et := d.Decode(errorFor(req, -22, true, attrs...))
	e, ok := et.Extack(et.Messages()[0], nil, -1)
	if !ok || e.Explain() != "at byte 32; missing attribute type 1 in the nest at byte 40; expected s32 in -5..100 with no bits outside 0xff; cookie deadbeef" {
		t.Errorf("unresolved: %v %q", ok, e.Explain())
	}
}

func TestPolicyText(t *testing.T) {
	for _, c := range []struct {
		p    Policy
		want string
	}{
		{Policy{Type: "NL_ATTR_TYPE_U32", MinU: 0, MaxU: 4294967295, HasMinU: true, HasMaxU: true}, "u32 in 0..4294967295"},
		{Policy{Type: "NL_ATTR_TYPE_STRING", MaxLen: 15, HasMaxLen: true}, "string up to 15 bytes"},
		{Policy{Type: "NL_ATTR_TYPE_NUL_STRING", MaxLen: 15, HasMaxLen: true}, "NUL-terminated string up to 15 bytes"},
		{Policy{Type: "NL_ATTR_TYPE_BINARY", MinLen: 6, MaxLen: 6, HasMinLen: true, HasMaxLen: true}, "binary of exactly 6 bytes"},
		{Policy{Type: "NL_ATTR_TYPE_BINARY", MinLen: 4, HasMinLen: true}, "binary of at least 4 bytes"},
		{Policy{Type: "NL_ATTR_TYPE_FLAG"}, "a flag (no payload)"},
		{Policy{Type: "NL_ATTR_TYPE_NESTED", PolicyIdx: 3, HasPolicyIdx: true, MaxType: 9, HasMaxType: true}, "nested attributes (policy 3, types up to 9)"},
		{Policy{Type: "NL_ATTR_TYPE_BITFIELD32", Mask: 0x7, HasMask: true}, "bitfield32 with no bits outside 0x7"},
	} {
		if got := c.p.Text(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.p, got, c.want)
		}
	}
}

// feedAll feeds one buffer and returns the pairings of its messages.
func feedAll(p *Pairer, d *Decoder, buf []byte, in PairIn) []Pairing {
	t := d.Decode(buf)
	var out []Pairing
	for k, m := range t.Messages() {
		in.Ref.Message = k + 1
		out = append(out, p.Feed(t, m, in))
	}
	return out
}

func handle(pid, fd int) Socket {
	return Socket{Kind: SocketHandle, ID: uint64(pid)<<32 | uint64(fd)}
}

// TestPairInterleaved: two processes (and two threads of one of them)
// with the same seq on their sockets; answers come in another order.
func TestPairInterleaved(t *testing.T) {
	d := NewDecoder(Options{})
	p := NewPairer(d)
	ack := func(req []byte, errno int32) []byte { return errorFor(req, errno, false) }
	reqA := nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 1, 0, ifi1)
	reqB := nlMsg(xlat.RTM_NEWADDR, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 1, 0, ifi1[:8])
	reqC := nlMsg(xlat.RTM_NEWROUTE, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 1, 0, make([]byte, 12))
	in := func(pkt int, s Socket, dir CheckDir) PairIn {
		return PairIn{Ref: Ref{Packet: pkt}, Socket: s, Dir: dir}
	}
	// process 10 fd 3 (thread 10 sends, thread 11 reads), process 20 fd 3,
	// process 10 fd 4
	feedAll(p, d, reqA, in(1, handle(10, 3), CheckToKernel))
	feedAll(p, d, reqB, in(2, handle(20, 3), CheckToKernel))
	feedAll(p, d, reqC, in(3, handle(10, 4), CheckToKernel))
	got := map[int]int{}
	for i, c := range []struct {
		buf []byte
		s   Socket
	}{{ack(reqC, 0), handle(10, 4)}, {ack(reqB, -17), handle(20, 3)}, {ack(reqA, -19), handle(10, 3)}} {
		pr := feedAll(p, d, c.buf, in(4+i, c.s, CheckFromKernel))[0]
		if pr.Kind != PairAnswer {
			t.Fatalf("answer %d not paired", i+1)
		}
		got[4+i] = pr.Request.Ref.Packet
	}
	if got[4] != 3 || got[5] != 2 || got[6] != 1 {
		t.Errorf("pairs %v, want 4->3, 5->2, 6->1", got)
	}
	var v []string
	for _, s := range p.Settled(nil) {
		v = append(v, s.Request.Type+" "+string(s.Outcome.AppendVerdict(nil)))
	}
	if w := "RTM_NEWROUTE -> 0|RTM_NEWADDR -> -EEXIST|RTM_NEWLINK -> -ENODEV"; strings.Join(v, "|") != w {
		t.Errorf("%s\nwant %s", strings.Join(v, "|"), w)
	}

	// nlmon: requests carry the sender's port; answers their nlmsg_pid
	p = NewPairer(d)
	feedAll(p, d, reqA, in(1, Socket{Kind: SocketPort, ID: 100}, CheckToKernel))
	feedAll(p, d, reqA, in(2, Socket{Kind: SocketPort, ID: 200}, CheckToKernel))
	a200 := nlMsg(xlat.NLMSG_ERROR, 0, 1, 200, le32(0), reqA)
	a100 := nlMsg(xlat.NLMSG_ERROR, 0, 1, 100, le32(uint32(1<<32-22)), reqA)
	if pr := feedAll(p, d, a200, in(3, Socket{}, CheckFromKernel))[0]; pr.Request.Ref.Packet != 2 {
		t.Errorf("port 200's ACK pairs with #%d", pr.Request.Ref.Packet)
	}
	if pr := feedAll(p, d, a100, in(4, Socket{}, CheckFromKernel))[0]; pr.Request.Ref.Packet != 1 {
		t.Errorf("port 100's error pairs with #%d", pr.Request.Ref.Packet)
	}
	// a handle never pairs with another handle's answer
	p = NewPairer(d)
	feedAll(p, d, reqA, in(1, handle(10, 3), CheckToKernel))
	if pr := feedAll(p, d, ack(reqA, 0), in(2, handle(10, 5), CheckFromKernel))[0]; pr.Kind != PairNone {
		t.Errorf("fd 5's answer paired with fd 3's request")
	}
}

// TestPairDump: a dump's parts over two buffers and its NLMSG_DONE; the
// notification a request causes is no answer.
func TestPairDump(t *testing.T) {
	d := NewDecoder(Options{})
	p := NewPairer(d)
	req := nlMsg(xlat.RTM_GETLINK, xlat.NLM_F_REQUEST|0x300, 9, 0, ifi1) // RTM_GETLINK, NLM_F_DUMP
	if pr := feedAll(p, d, req, PairIn{Ref: Ref{Packet: 1}})[0]; pr.Kind != PairRequest || !pr.Request.Dump {
		t.Fatalf("request %+v", pr)
	}
	part := nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_MULTI, 9, 77, ifi1)
	two := append(append([]byte(nil), part...), part...)
	prs := feedAll(p, d, two, PairIn{Ref: Ref{Packet: 2}})
	prs = append(prs, feedAll(p, d, part, PairIn{Ref: Ref{Packet: 3}})...)
	for i, pr := range prs {
		if pr.Kind != PairAnswer || pr.Part != i+1 || pr.Final {
			t.Errorf("part %d: %+v", i+1, pr)
		}
	}
	if s := p.Settled(nil); len(s) != 0 {
		t.Errorf("settled before NLMSG_DONE: %+v", s)
	}
	done := nlMsg(xlat.NLMSG_DONE, xlat.NLM_F_MULTI, 9, 77, le32(0))
	if pr := feedAll(p, d, done, PairIn{Ref: Ref{Packet: 4}})[0]; !pr.Final {
		t.Errorf("done: %+v", pr)
	}
	s := p.Settled(nil)
	if len(s) != 1 || string(s[0].Outcome.AppendVerdict(nil)) != "-> 3 messages, done" || s[0].Outcome.Answer.Packet != 4 {
		t.Errorf("settled %+v", s)
	}
	if n := p.Answers(); n != 4 {
		t.Errorf("Answers() = %d after three parts and NLMSG_DONE", n)
	}
	// a request without NLM_F_ACK, then a notification with its seq and
	// port: not an answer
	set := nlMsg(xlat.RTM_SETLINK, xlat.NLM_F_REQUEST, 10, 0, ifi1) // RTM_SETLINK
	feedAll(p, d, set, PairIn{Ref: Ref{Packet: 5}})
	if pr := feedAll(p, d, nlMsg(xlat.RTM_NEWLINK, 0, 10, 77, ifi1), PairIn{Ref: Ref{Packet: 6}})[0]; pr.Kind != PairNone {
		t.Errorf("notification paired: %+v", pr)
	}
}

// TestPairSilent: a request that asked for no ACK succeeded when the
// socket's next answer is for a later request.
func TestPairSilent(t *testing.T) {
	d := NewDecoder(Options{})
	p := NewPairer(d)
	s := handle(1, 3)
	set := nlMsg(xlat.RTM_SETLINK, xlat.NLM_F_REQUEST, 1, 0, ifi1)
	get := nlMsg(xlat.RTM_GETLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 2, 0, ifi1)
	feedAll(p, d, set, PairIn{Ref: Ref{Packet: 1}, Socket: s, Dir: CheckToKernel})
	feedAll(p, d, get, PairIn{Ref: Ref{Packet: 2}, Socket: s, Dir: CheckToKernel})
	feedAll(p, d, errorFor(get, 0, false), PairIn{Ref: Ref{Packet: 3}, Socket: s, Dir: CheckFromKernel})
	var v []string
	for _, x := range p.Settled(nil) {
		v = append(v, string(x.Outcome.AppendVerdict(nil)))
	}
	if strings.Join(v, "|") != "-> 0|-> no error (no ACK asked)" {
		t.Errorf("%q", v)
	}
}

// TestPairBounded: requests never answered are forgotten beyond
// MaxPending, oldest first, and said unseen.
func TestPairBounded(t *testing.T) {
	d := NewDecoder(Options{})
	p := NewPairer(d)
	p.MaxPending = 4
	for i := range 10 {
		feedAll(p, d, nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, uint32(i), 0, ifi1), PairIn{Ref: Ref{Packet: i + 1}})
	}
	s := p.Settled(nil)
	if p.Pending() != 4 || len(s) != 6 || s[0].Request.Ref.Packet != 1 || s[0].Outcome.Kind != OutcomeUnseen {
		t.Errorf("pending %d, settled %d (%+v)", p.Pending(), len(s), s)
	}
	// the same seq again: it waits behind the first, and the oldest
	// waiting request goes
	feedAll(p, d, nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 9, 0, ifi1), PairIn{Ref: Ref{Packet: 11}})
	if s := p.Settled(nil); len(s) != 1 || s[0].Request.Ref.Packet != 7 {
		t.Errorf("after a repeated seq: %+v", s)
	}
	p.Flush()
	if s := p.Settled(nil); len(s) != 4 || p.Pending() != 0 {
		t.Errorf("flush settled %d, %d pending", len(s), p.Pending())
	}
}

// TestPairOrderBounded: a request never answered, then many answered
// ones: the Pairer's memory of the order stays in proportion to the
// requests waiting, not to all those that came after the first.
func TestPairOrderBounded(t *testing.T) {
	d := NewDecoder(Options{})
	p := NewPairer(d)
	s := handle(1, 3)
	feedAll(p, d, nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 1, 0, ifi1), PairIn{Ref: Ref{Packet: 1}, Socket: handle(2, 3), Dir: CheckToKernel})
	for i := range 20000 {
		req := nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, uint32(i+2), 0, ifi1)
		feedAll(p, d, req, PairIn{Ref: Ref{Packet: 2*i + 2}, Socket: s, Dir: CheckToKernel})
		feedAll(p, d, errorFor(req, 0, false), PairIn{Ref: Ref{Packet: 2*i + 3}, Socket: s, Dir: CheckFromKernel})
		p.Settled(nil)
	}
	if p.Pending() != 1 {
		t.Fatalf("%d pending, want 1", p.Pending())
	}
	if n := len(p.order) - p.head; n > 3*p.Pending()+1024 {
		t.Errorf("the order holds %d requests for %d waiting", n, p.Pending())
	}
	p.Flush()
	if s := p.Settled(nil); len(s) != 1 || s[0].Request.Ref.Packet != 1 || s[0].Outcome.Kind != OutcomeUnseen {
		t.Errorf("flush settled %+v", s)
	}
}

// TestCheckByMessage: without a direction from the source, the kernel's
// replies (port id in nlmsg_pid, no NLM_F_REQUEST) are not taken for
// requests missing NLM_F_REQUEST, and a request missing it still is.
func TestCheckByMessage(t *testing.T) {
	d := NewDecoder(Options{})
	for _, c := range []struct {
		buf  []byte
		want bool // "NLM_F_REQUEST is not set" reported
	}{
		{nlMsg(xlat.RTM_NEWLINK, 0, 4, 1021, ifi1), false}, // a reply to port 1021
		{nlMsg(xlat.RTM_NEWLINK, 0x2, 4, 0, ifi1), false},  // a dump part
		{nlMsg(xlat.NLMSG_ERROR, 0, 4, 0, le32(0), nlMsg(xlat.RTM_NEWLINK, 5, 4, 0)), false},
		{nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_ACK, 4, 0, ifi1), true}, // a request without NLM_F_REQUEST
	} {
		found := false
		for _, f := range d.Decode(c.buf).Check(CheckOptions{Dir: CheckByMessage}) {
			if strings.Contains(f.Text, "NLM_F_REQUEST is not set") {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%x: NLM_F_REQUEST finding %v, want %v", c.buf, found, c.want)
		}
	}
}

// FuzzPair: a request and an answer of arbitrary bytes (the answer's
// extended ACK pointing anywhere, capped or not): pairing and explaining
// never panic, and a settled outcome renders.
func FuzzPair(f *testing.F) {
	bufs := readSeed(&testing.T{}, "testdata/pair/seed.hex")
	for i := 0; i+1 < len(bufs); i += 2 {
		f.Add(uint8(bufs[i].proto), bufs[i].data, bufs[i+1].data)
	}
	f.Fuzz(func(t *testing.T, proto uint8, req, ans []byte) {
		d := NewDecoder(Options{})
		p := NewPairer(d)
		p.MaxPending = 2
		pr := Proto(proto % maxNetlinkPro)
		for k, b := range [][]byte{req, ans, req, ans} {
			tr := d.DecodeProto(pr, b)
			dir := CheckToKernel
			if k%2 == 1 {
				dir = CheckFromKernel
			}
			for _, m := range tr.Messages() {
				x := p.Feed(tr, m, PairIn{Ref: Ref{Packet: k + 1}, Dir: dir})
				if x.Extack != nil {
					_ = x.Extack.Explain()
				}
			}
		}
		p.Flush()
		for _, s := range p.Settled(nil) {
			_ = s.Outcome.AppendVerdict(nil)
		}
		if p.Pending() != 0 {
			t.Fatalf("%d pending after Flush", p.Pending())
		}
	})
}

// TestPairSameSeq: requests nldump cannot tell apart by socket and seq
// (seq 0 on sockets of unknown port, as iproute2's probes send) pair in
// order: an error with the request it echoes, an ACK with the first that
// asked for one; those before it that asked for nothing succeeded.
func TestPairSameSeq(t *testing.T) {
	d := NewDecoder(Options{})
	p := NewPairer(d)
	set := nlMsg(xlat.RTM_SETLINK, xlat.NLM_F_REQUEST, 0, 0, ifi1)
	add := nlMsg(xlat.RTM_NEWADDR, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 0, 0, make([]byte, 8))
	link := nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 0, 0, ifi1)
	for i, b := range [][]byte{set, add, link} {
		feedAll(p, d, b, PairIn{Ref: Ref{Packet: i + 1}})
	}
	// the NEWLINK's error first (say the NEWADDR's ACK was lost to a
	// filter), then the NEWADDR's ACK
	if pr := feedAll(p, d, errorFor(link, -19, false), PairIn{Ref: Ref{Packet: 4}})[0]; pr.Request.Ref.Packet != 3 {
		t.Errorf("the error echoing RTM_NEWLINK pairs with #%d", pr.Request.Ref.Packet)
	}
	if pr := feedAll(p, d, errorFor(add, 0, false), PairIn{Ref: Ref{Packet: 5}})[0]; pr.Request.Ref.Packet != 2 {
		t.Errorf("the ACK echoing RTM_NEWADDR pairs with #%d", pr.Request.Ref.Packet)
	}
	var v []string
	for _, x := range p.Settled(nil) {
		v = append(v, strconv.Itoa(x.Request.Ref.Packet)+" "+string(x.Outcome.AppendVerdict(nil)))
	}
	if strings.Join(v, "|") != "1 -> no error (no ACK asked)|3 -> -ENODEV|2 -> 0" {
		t.Errorf("%q", v)
	}
	if p.Pending() != 0 {
		t.Errorf("%d pending", p.Pending())
	}
}

// TestNeedsDecoder: Feed decodes a kept request with the traffic's
// Decoder only for a tree NeedsDecoder names (the read pipeline decodes
// the next buffers meanwhile for the others), and the answers most
// traffic holds (ACKs, plain errors, dump parts and ends) are not named.
func TestNeedsDecoder(t *testing.T) {
	req := nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 7, 0, ifi1, nlNest(xlat.IFLA_MTU, le32(1500)))
	offs := nlNest(xlat.NLMSGERR_ATTR_OFFS, le32(32))
	miss := nlNest(xlat.NLMSGERR_ATTR_MISS_TYPE, le32(xlat.IFLA_IFNAME))
	msg := nlNest(xlat.NLMSGERR_ATTR_MSG, []byte("no\x00"))
	done := func(flags uint16, attrs ...[]byte) []byte {
		parts := append([][]byte{le32(0)}, attrs...)
		return nlMsg(xlat.NLMSG_DONE, xlat.NLM_F_MULTI|flags, 7, 4242, parts...)
	}
	for _, c := range []struct {
		name   string
		answer []byte
		need   bool // NeedsDecoder must say so
		uses   bool // and Feed then does decode the request
	}{
		{"ack", errorFor(req, 0, true), false, false},
		{"plain error", errorFor(req, -19, false), false, false},
		{"plain error, capped", errorFor(req, -19, true), false, false},
		{"message only", errorFor(req, -22, true, msg), true, false},
		{"offset, echoed", errorFor(req, -22, false, offs), true, false},
		{"offset, capped", errorFor(req, -22, true, offs), true, true},
		{"missing type, echoed", errorFor(req, -22, false, miss), true, false},
		{"missing type, capped", errorFor(req, -22, true, miss), true, true},
		{"warning on an ACK, capped", errorFor(req, 0, true, msg, offs), true, true},
		{"done", done(0), false, false},
		{"done with an offset", done(xlat.NLM_F_ACK_TLVS, offs), true, true},
		{"done with bytes but no flag", done(0, offs), true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := NewDecoder(Options{})
			p := NewPairer(d)
			rt := d.Decode(req)
			if p.NeedsDecoder(rt) {
				t.Error("a request needs the decoder")
			}
			p.Feed(rt, rt.Messages()[0], PairIn{Ref: Ref{1, 1}, Dir: CheckToKernel})
			at := d.Decode(c.answer)
			if got := p.NeedsDecoder(at); got != c.need {
				t.Errorf("NeedsDecoder = %v, want %v", got, c.need)
			}
			before := p.decoded
			pr := p.Feed(at, at.Messages()[0], PairIn{Ref: Ref{2, 1}, Dir: CheckFromKernel})
			if pr.Kind != PairAnswer {
				t.Fatalf("not paired: %+v", pr)
			}
			if used := p.decoded > before; used != c.uses {
				t.Errorf("Feed decoded the request: %v, want %v", used, c.uses)
			}
		})
	}
	// and on recorded traffic: never a decode NeedsDecoder did not announce
	bufs := readSeed(t, "testdata/pair/seed.hex")
	d := NewDecoder(Options{})
	p := NewPairer(d)
	for i, b := range bufs {
		tr := d.DecodeProto(b.proto, b.data)
		need, before := p.NeedsDecoder(tr), p.decoded
		for k, m := range tr.Messages() {
			p.Feed(tr, m, PairIn{Ref: Ref{Packet: i + 1, Message: k + 1}, Dir: b.dir})
		}
		if p.decoded > before && !need {
			t.Errorf("buffer %d: decoded a request, NeedsDecoder said no", i+1)
		}
	}
}

// A notification the request caused (its seq and port, no NLM_F_MULTI)
// is not an answer: it is not counted as one.
func TestPairNotificationNotAnswer(t *testing.T) {
	d := NewDecoder(Options{})
	p := NewPairer(d)
	req := nlMsg(xlat.RTM_NEWLINK, xlat.NLM_F_REQUEST|xlat.NLM_F_ACK, 9, 0, ifi1)
	rt := d.Decode(req)
	p.Feed(rt, rt.Messages()[0], PairIn{Ref: Ref{1, 1}, Dir: CheckToKernel})
	nt := d.Decode(nlMsg(xlat.RTM_NEWLINK, 0, 9, 0, ifi1))
	if pr := p.Feed(nt, nt.Messages()[0], PairIn{Ref: Ref{2, 1}, Dir: CheckFromKernel}); pr.Kind != PairNone {
		t.Errorf("notification paired: %+v", pr)
	}
	if p.Answers() != 0 {
		t.Errorf("%d answers counted", p.Answers())
	}
}

// BenchmarkPair feeds the Pairer the recorded exchanges of seed.hex over
// and over (requests, answers, errors with extended ACKs), decoded once:
// the cost of pairing alone, per buffer.
func BenchmarkPair(b *testing.B) {
	seed := readSeed(&testing.T{}, "testdata/pair/seed.hex")
	d := NewDecoder(Options{})
	trees := make([]*Tree, len(seed))
	for i, x := range seed {
		d.SetBigEndian(false)
		trees[i] = d.DecodeTo(new(Tree), x.proto, x.data)
	}
	p := NewPairer(d)
	var settled []Settled
	var msgs []int
	s := handle(1, 3)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, t := range trees {
			in := PairIn{Ref: Ref{Packet: k + 1}, Socket: s, Dir: seed[k].dir}
			msgs = t.AppendMessages(msgs[:0])
			for _, m := range msgs {
				p.Feed(t, m, in)
			}
			settled = p.Settled(settled[:0])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(trees)), "ns/buffer")
}
