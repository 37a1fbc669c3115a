package decode

import (
	"fmt"
	"strings"
	"testing"
)

func diffLines(ds []Difference) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%s %s: %s | %s\n", d.Kind, d.Path, d.A, d.B)
	}
	return b.String()
}

func diffBufs(t *testing.T, proto Proto, a, b []byte, o DiffOptions) []Difference {
	t.Helper()
	ta := NewDecoder(Options{}).DecodeProto(proto, a)
	tb := NewDecoder(Options{}).DecodeProto(proto, b)
	ma, mb := ta.Messages(), tb.Messages()
	if len(ma) != 1 || len(mb) != 1 {
		t.Fatalf("want one message a side, got %d and %d", len(ma), len(mb))
	}
	return Diff(ta, ma[0], tb, mb[0], o)
}

// ipSetUp is the RTM_NEWLINK of "ip link set veth0 up" (testdata/seed.hex).
var ipSetUp = nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1))

// badLen is ipSetUp with nlmsg_len 24: 16 + the size of the wrong struct.
var badLen = func() []byte { b := joinb(ipSetUp); b[0] = 24; return b }()

func TestDiff(t *testing.T) {
	families[testProto] = nulFamily
	defer func() { families[testProto] = nil }()
	ifname := func(s string) []byte { return nlAttr(3, str0(s)...) }
	mtu := nlAttr(4, u32le(1500)...)
	cases := []struct {
		name  string
		proto Proto
		a, b  []byte
		o     DiffOptions
		want  string
	}{
		{"the same", 0, ipSetUp, ipSetUp, DiffOptions{}, ""},
		{"hand-built against ip: only the differing fields", 0,
			// another seq and port id, ifi_type set, ifi_change forgotten,
			// an MTU ip does not send
			nlMsg(tNewLink, tRequest|tAck, 42, 1234, ifinfo(0, 1, 78, 1, 0), mtu), ipSetUp, DiffOptions{},
			"changed ifi_type: ARPHRD_ETHER | ARPHRD_NETROM\n" +
				"changed ifi_change: 0 | 0x1\n" +
				"removed IFLA_MTU: 1500 | \n"},
		{"strict: seq, pid and length count", 0,
			nlMsg(tNewLink, tRequest|tAck, 42, 1234, ifinfo(0, 0, 78, 1, 1), mtu), ipSetUp, DiffOptions{Strict: true},
			"changed nlmsg_len: 40 | 32\n" +
				"changed nlmsg_seq: 42 | 1\n" +
				"changed nlmsg_pid: 1234 | 0\n" +
				"removed IFLA_MTU: 1500 | \n"},
		{"a length that does not match its message counts", 0,
			func() []byte { b := joinb(ipSetUp); b[0] = 36; return b }(), ipSetUp, DiffOptions{},
			"changed nlmsg_len: 36 (32 bytes sent) | 32\n"},
		// nlmsg_len counts an ifaddrmsg (8 bytes) for the ifinfomsg (16)
		{"nlmsg_len short of the bytes sent: first, and the bytes past it", 0,
			badLen, ipSetUp, DiffOptions{},
			"changed nlmsg_len: 24 (32 bytes sent) | 32\n" +
				"removed past nlmsg_len: \"\\x01\\x00\\x00\\x00\\x01\\x00\\x00\\x00\" | \n" +
				"added ifi_type:  | ARPHRD_NETROM\n" +
				"added ifi_index:  | 78\n" +
				"added ifi_flags:  | IFF_UP\n" +
				"added ifi_change:  | 0x1\n"},
		{"the same, with a decoder: the fields compare as sent", 0,
			badLen, ipSetUp, DiffOptions{Decoder: NewDecoder(Options{})},
			"changed nlmsg_len: 24 (32 bytes sent) | 32\n" +
				"removed past nlmsg_len: \"\\x01\\x00\\x00\\x00\\x01\\x00\\x00\\x00\" | \n"},
		{"as sent, then what else differs", 0,
			badLen, nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 0)), DiffOptions{Decoder: NewDecoder(Options{})},
			"changed nlmsg_len: 24 (32 bytes sent) | 32\n" +
				"removed past nlmsg_len: \"\\x01\\x00\\x00\\x00\\x01\\x00\\x00\\x00\" | \n" +
				"changed ifi_change: 0x1 | 0\n"},
		{"the same wrong length on both sides is no difference", 0, badLen, badLen, DiffOptions{Decoder: NewDecoder(Options{})}, ""},
		{"bytes past nlmsg_len on both sides", 0,
			joinb(ipSetUp, []byte{1, 2, 3, 4, 5}), joinb(ipSetUp, []byte{1, 2, 3, 4, 6}), DiffOptions{},
			"changed past nlmsg_len: \"\\x01\\x02\\x03\\x04\\x05\" | \"\\x01\\x02\\x03\\x04\\x06\"\n"},
		{"zero padding after the message is no difference", 0,
			joinb(ipSetUp, []byte{0, 0}), ipSetUp, DiffOptions{}, ""},
		{"bytes past the last attribute", 0,
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), mtu, []byte{7, 7}),
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), mtu), DiffOptions{},
			"removed trailing: \"\\x07\\x07\" | \n"},
		{"flags", 0, nlMsg(tNewLink, tRequest, 1, 0, ifinfo(0, 0, 78, 1, 1)), ipSetUp, DiffOptions{},
			"changed nlmsg_flags: NLM_F_REQUEST | NLM_F_REQUEST|NLM_F_ACK\n"},
		{"attributes in another order", 0,
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), ifname("veth0"), mtu),
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), mtu, ifname("veth0")), DiffOptions{},
			"order : IFLA_IFNAME, IFLA_MTU | IFLA_MTU, IFLA_IFNAME\n"},
		{"added and changed attributes", 0,
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), ifname("veth0")),
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), ifname("veth1"), mtu), DiffOptions{},
			"changed IFLA_IFNAME: \"veth0\" | \"veth1\"\n" +
				"added IFLA_MTU:  | 1500\n"},
		{"the same string, without its NUL", 0,
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), ifname("veth0")),
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(3, []byte("veth0")...)), DiffOptions{},
			"changed IFLA_IFNAME: \"veth0\" | \"veth0\"...\n"},
		{"a number with extra bytes", 0,
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), mtu),
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(4, joinb(u32le(1500), u32le(0))...)), DiffOptions{},
			"changed IFLA_MTU: 1500 (4 bytes: dc 05 00 00) | 1500 (8 bytes: dc 05 00 00 00 00 00 00)\n"},
		{"repeated attributes by occurrence", 0,
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(53, str0("a")...), nlAttr(53, str0("b")...)),
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(53, str0("a")...)), DiffOptions{},
			"removed IFLA_ALT_IFNAME[2]: \"b\" | \n"},
		{"nested attributes by path", testProto,
			nlMsg(0x10, tRequest, 1, 0, nlNest(3, nlAttr(1, u32le(7)...), nlAttr(2, str0("x")...))),
			nlMsg(0x10, tRequest, 1, 0, nlNest(3, nlAttr(1, u32le(8)...))), DiffOptions{},
			"changed IPSET_ATTR_TYPENAME.DEVLINK_ATTR_BUS_NAME: 7 | 8\n" +
				"removed IPSET_ATTR_TYPENAME.CTRL_ATTR_FAMILY_NAME: \"x\" | \n"},
		{"NLA_F_NESTED on one side only", testProto,
			nlMsg(0x10, tRequest, 1, 0, nlNest(3|0x8000, nlAttr(1, u32le(7)...))),
			nlMsg(0x10, tRequest, 1, 0, nlNest(3, nlAttr(1, u32le(7)...))), DiffOptions{},
			"changed IPSET_ATTR_TYPENAME.nla_type: NLA_F_NESTED|IPSET_ATTR_TYPENAME | IPSET_ATTR_TYPENAME\n"},
		{"undecoded bytes: only the window that differs", 0,
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(999, make([]byte, 40)...)),
			nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(999, func() []byte { b := make([]byte, 40); b[20] = 1; return b }()...)), DiffOptions{},
			"changed [999]: bytes 16-24 of 40: \"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\" | bytes 16-24 of 40: \"\\x00\\x00\\x00\\x00\\x01\\x00\\x00\\x00\\x00\"\n"},
	}
	for _, c := range cases {
		got := diffLines(diffBufs(t, c.proto, c.a, c.b, c.o))
		if got != c.want {
			t.Errorf("%s:\ngot\n%swant\n%s", c.name, got, c.want)
		}
	}
}

// TestDiffTwoRuns: the same commands recorded twice, each in a fresh
// namespace, differ only where the data does (random MAC addresses of the
// veth pair, IPv6 timestamps): sequence numbers and port ids are ignored.
func TestDiffTwoRuns(t *testing.T) {
	a := corpusBuffers(t, "../testdata/diff/veth-run1.jsonl")
	b := corpusBuffers(t, "../testdata/diff/veth-run2.jsonl")
	if len(a) != len(b) {
		t.Fatalf("%d and %d buffers", len(a), len(b))
	}
	allowed := []string{"IFLA_ADDRESS", "IFLA_AF_SPEC"}
	da, db := NewDecoder(Options{}), NewDecoder(Options{})
	seen := map[string]int{}
	for i := range a {
		ta := da.DecodeProto(a[i].proto, a[i].data).Clone()
		tb := db.DecodeProto(b[i].proto, b[i].data)
		ma, mb := ta.Messages(), tb.Messages()
		if len(ma) != len(mb) {
			t.Fatalf("buffer %d: %d and %d messages", i+1, len(ma), len(mb))
		}
		for k := range ma {
			for _, d := range Diff(ta, ma[k], tb, mb[k], DiffOptions{}) {
				ok := false
				for _, p := range allowed {
					if d.Path == p || strings.HasPrefix(d.Path, p+".") {
						ok = true
						seen[p]++
					}
				}
				if !ok || d.Kind != DiffChanged {
					t.Errorf("buffer %d message %d: %s %s: %s | %s", i+1, k+1, d.Kind, d.Path, d.A, d.B)
				}
			}
		}
	}
	if seen["IFLA_ADDRESS"] == 0 {
		t.Errorf("the veth addresses differ, but diff saw no difference: %v", seen)
	}
}

// TestDiffSelf: every corpus message is equal to itself, also under Strict.
func TestDiffSelf(t *testing.T) {
	for _, f := range corpusFiles(t) {
		d := NewDecoder(Options{})
		for _, b := range corpusBuffers(t, f) {
			tr := d.DecodeProto(b.proto, b.data).Clone()
			for _, m := range tr.Messages() {
				if ds := Diff(tr, m, tr, m, DiffOptions{Strict: true}); len(ds) != 0 {
					t.Errorf("%s: %s", b.where, diffLines(ds))
				}
			}
		}
	}
}

// TestDiffAsSentOffsets: a second message with a wrong nlmsg_len compares
// as sent, and the offsets stay those of its buffer.
func TestDiffAsSentOffsets(t *testing.T) {
	a := NewDecoder(Options{}).DecodeProto(0, joinb(ipSetUp, badLen)).Clone()
	b := NewDecoder(Options{}).DecodeProto(0, nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 0)))
	ma, mb := a.Messages(), b.Messages()
	if len(ma) != 2 || len(mb) != 1 {
		t.Fatalf("%d and %d messages", len(ma), len(mb))
	}
	ds := Diff(a, ma[1], b, mb[0], DiffOptions{Decoder: NewDecoder(Options{})})
	var got []string
	for _, d := range ds {
		got = append(got, fmt.Sprintf("%s@%d", d.Path, d.OffA))
	}
	if want := "nlmsg_len@32 past nlmsg_len@56 ifi_change@60"; strings.Join(got, " ") != want {
		t.Errorf("got %s, want %s\n%s", strings.Join(got, " "), want, diffLines(ds))
	}
}
