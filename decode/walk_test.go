package decode

import "testing"

// Each allocates nothing; Find follows nested attributes and fields, and
// does not wander into attributes of other names.
// walkLink is "ip link add v0 type veth" (ifindex 9, seq 7).
var walkLink = []byte{
	0x38, 0, 0, 0, 0x10, 0, 0x05, 0x06, 7, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	7, 0, 3, 0, 'v', '0', 0, 0,
	0x10, 0, 0x12, 0,
	9, 0, 1, 0, 'v', 'e', 't', 'h', 0, 0, 0, 0,
}

func TestWalk(t *testing.T) {
	tr := NewDecoder(Options{Proto: ProtoRoute}).Decode(walkLink)
	m := tr.Messages()[0]
	n := 0
	if a := testing.AllocsPerRun(100, func() {
		for range tr.Each(m) {
			n++
		}
	}); a != 0 {
		t.Errorf("Each allocates %v times", a)
	}
	for _, c := range []struct {
		path string
		off  int
		ok   bool
	}{
		{"nlmsg_seq", 8, true},
		{"ifi_index", 20, true},
		{"IFLA_IFNAME", 36, true},
		{"IFLA_LINKINFO.IFLA_INFO_KIND", 48, true},
		{"IFLA_INFO_KIND", 0, false}, // only through IFLA_LINKINFO
		{"IFLA_LINKINFO.nosuch", 0, false},
		{"IFLA_MTU", 0, false},
	} {
		i, ok := tr.Find(m, c.path)
		if ok != c.ok || ok && tr.Node(i).Offset() != c.off {
			t.Errorf("Find(%q) = node at %d, %v; want %d, %v", c.path, tr.Node(max(i, 0)).Offset(), ok, c.off, c.ok)
		}
	}
	if _, ok := tr.Find(-1, "x"); ok {
		t.Error("Find(-1) found something")
	}
	for range tr.Undecoded(m) {
		t.Error("an undecoded node in a well-formed message")
	}
}

// Body is a message's fixed header, Payload an attribute's value, and
// Header.Unnamed the flag bits without a name: what the summary format
// reads, for a library user too.
func TestBodyPayloadUnnamed(t *testing.T) {
	buf := append([]byte(nil), walkLink...)
	buf[7] |= 0x80 // flags REQUEST|ACK|EXCL|CREATE and 0x8000, which has no name
	tr := NewDecoder(Options{Proto: ProtoRoute}).Decode(buf)
	m := tr.Messages()[0]
	b := tr.Body(m)
	if b < 0 || tr.Node(b).Offset() != 16 || tr.Node(b).Len() != 16 || tr.Body(b) != -1 || tr.Body(-1) != -1 {
		t.Fatalf("Body %d", b)
	}
	if i, ok := tr.Find(b, "ifi_index"); !ok || tr.Node(i).Value() != 9 {
		t.Errorf("ifi_index in the body: %d, %v", i, ok)
	}
	var attrs []int
	for _, c := range tr.parts(m) {
		if tr.Node(c).Role() == RoleAttrs {
			for a := range tr.Each(c) {
				attrs = append(attrs, a)
			}
		}
	}
	if len(attrs) != 2 {
		t.Fatalf("%d attributes", len(attrs))
	}
	if p := tr.Payload(attrs[0]); p < 0 || string(tr.Bytes(p)) != "v0\x00" {
		t.Errorf("IFLA_IFNAME payload %d %q", p, tr.Bytes(max(p, 0)))
	}
	if p := tr.Payload(attrs[1]); p < 0 || tr.Node(p).Role() != RoleAttrs {
		t.Errorf("IFLA_LINKINFO payload %d", p)
	}
	if tr.Payload(m) != -1 || tr.Payload(b) != -1 || tr.Payload(tr.Len()) != -1 {
		t.Error("Payload of what is no attribute")
	}
	h, _ := tr.Header(m)
	if h.Unnamed != 0x8000 || len(h.FlagNames) != 4 {
		t.Errorf("flags %v, unnamed %#x", h.FlagNames, h.Unnamed)
	}
	if got := string(tr.AppendSummary(nil, m, &Format{})); got != "RTM_NEWLINK REQUEST|ACK|EXCL|CREATE|0x8000 seq=7 pid=0 ifindex=9 ifname=v0 info_kind=veth" {
		t.Errorf("summary %s", got)
	}
}
