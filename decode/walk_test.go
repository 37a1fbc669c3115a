package decode

import "testing"

// Each allocates nothing; Find follows nested attributes and fields, and
// does not wander into attributes of other names.
func TestWalk(t *testing.T) {
	buf := []byte{
		0x34, 0, 0, 0, 0x10, 0, 0x05, 0x06, 7, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		7, 0, 3, 0, 'v', '0', 0, 0,
		0x10, 0, 0x12, 0,
		9, 0, 1, 0, 'v', 'e', 't', 'h', 0, 0, 0, 0,
	}
	tr := NewDecoder(Options{Proto: ProtoRoute}).Decode(buf)
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
