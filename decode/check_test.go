package decode

import (
	"strings"
	"testing"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// TestCheckCorpus: check reports nothing on the real traffic of the corpus,
// requests checked as requests and replies as replies, and nothing either
// when it guesses the direction itself.
func TestCheckCorpus(t *testing.T) {
	files := corpusFiles(t)
	total, sent, partial := 0, 0, 0
	for _, f := range files {
		d := NewDecoder(Options{})
		for _, b := range corpusBuffers(t, f) {
			total++
			if b.partial {
				// not the bytes the kernel saw
				partial++
				continue
			}
			tr := d.DecodeProto(b.proto, b.data)
			dir := CheckToKernel
			if b.recv {
				dir = CheckFromKernel
			} else {
				sent++
			}
			for _, fd := range tr.Check(CheckOptions{Dir: dir}) {
				if fd.Severity > SevNote {
					t.Errorf("%s (%s): false alarm: %s", b.where, b.cmd, findingLine(fd))
				}
			}
			for _, fd := range tr.Check(CheckOptions{}) {
				if fd.Severity > SevNote {
					t.Errorf("%s (%s): false alarm with the direction guessed: %s", b.where, b.cmd, findingLine(fd))
				}
			}
		}
	}
	t.Logf("%d buffers (%d sent to the kernel), no errors or warnings; %d recorded incompletely, left out", total, sent, partial)
}

func findingLine(f Finding) string {
	s := f.Severity.String() + " @" + itoa(f.Offset) + " " + f.Path + ": " + f.Text
	if f.Errno != "" {
		s += " -" + f.Errno
	}
	if f.Extack != "" {
		s += " \"" + f.Extack + "\""
	}
	return s
}

// testProto is a protocol number no real family uses, for a test family.
const testProto = 31

// nulFamily decodes type 0x10 as a list of attributes whose type 2 is a
// string with an NLA_NUL_STRING policy (CTRL_ATTR_FAMILY_NAME).
// Its type 3 nests the same set, type 1 is a u32.
var nulFamily = &family{
	types: xlat.NlaNulStringAttrs,
	body: func(s *state, typ uint16, off, n int) bool {
		s.attrs(off, n, testSet)
		return true
	},
}

var testSet = newSet(xlat.NlaNulStringAttrs, "CTRL_ATTR_???", []attrDec{1: nlaU32, 2: nlaStr, 3: nil})

func init() { testSet.dec[3] = nestDec{testSet} }

type wantFinding struct {
	sev    Severity
	off    int
	path   string
	text   string // a part of the text
	errno  string
	extack string
}

func TestCheckFindings(t *testing.T) {
	families[testProto] = nulFamily
	defer func() { families[testProto] = nil }()

	link := func(flags uint16, parts ...[]byte) []byte {
		return nlMsg(tNewLink, flags, 1, 0, append([][]byte{ifinfo(0, 0, 78, 1, 1)}, parts...)...)
	}
	set := link(tRequest|tAck, nlAttr(3, str0("veth0")...)) // the seed with IFLA_IFNAME
	tooLong := func() []byte {
		b := joinb(set)
		b[0] += 4 // nlmsg_len 4 past the buffer
		return b
	}()
	unpadded := func() []byte {
		// IFLA_IFNAME "v0\0" (nla_len 7) followed at once by IFLA_MTU
		b := joinb(nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 0, 0)),
			[]byte{7, 0, 3, 0, 'v', '0', 0}, nlAttr(4, u32le(1500)...))
		b[0] = byte(len(b))
		return b
	}()
	unpaddedMsg := func() []byte {
		// a 33-byte message followed at once by another
		m := nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 0, 0), []byte{5, 0, 16, 0, 1})
		return joinb(m, set)
	}()
	padNonZero := func() []byte {
		b := link(tRequest|tAck, nlAttr(3, 'v', '0', 0), nlAttr(4, u32le(1500)...))
		b[16+16+7] = 0xff // the padding byte after "v0\0"
		return b
	}()
	ifiPad := func() []byte {
		b := joinb(set)
		b[17] = 1 // __ifi_pad
		return b
	}()

	shortNla := func() []byte {
		b := link(tRequest|tAck, nlAttr(3, str0("v0")...), []byte{2, 0, 4, 0, 0, 0, 0, 0})
		return b
	}()
	pastParent := func() []byte {
		b := link(tRequest|tAck, nlAttr(4, u32le(1500)...))
		b[32] = 40 // nla_len 40 in 8 bytes
		return b
	}()
	trailing := func() []byte {
		b := joinb(set, []byte{0xde, 0xad})
		return b
	}()
	attrTrailing := func() []byte {
		// two stray bytes after the last attribute, inside nlmsg_len
		b := joinb(set, []byte{1, 2})
		b[0] += 2
		return b
	}()

	cases := []struct {
		name  string
		proto Proto
		buf   []byte
		dir   CheckDir
		want  []wantFinding
	}{
		{"clean seed", 0, set, CheckToKernel, nil},
		{"nlmsg_len past the buffer", 0, tooLong, CheckToKernel, []wantFinding{
			{SevError, 0, "nlmsg_len", "nlmsg_len is 48 but only 44 bytes are left", "", ""}}},
		{"nlmsg_len below the header", 0, func() []byte { b := joinb(set); b[0] = 8; return b }(), CheckToKernel, []wantFinding{
			{SevError, 0, "nlmsg_len", "nlmsg_len is 8, less than the 16 bytes", "", ""}}},
		{"bytes after the last message", 0, trailing, CheckToKernel, []wantFinding{
			{SevWarning, 44, "", "2 bytes after the last message", "", ""}}},
		{"missing attribute padding", 0, unpadded, CheckToKernel, []wantFinding{
			{SevError, 39, "IFLA_IFNAME", "missing padding: nla_len is 7", "", ""}}},
		{"missing message padding", 0, unpaddedMsg, CheckToKernel, []wantFinding{
			{SevError, 37, "nlmsg_len", "missing padding: nlmsg_len is 37", "", ""}}},
		{"non-zero attribute padding", 0, padNonZero, CheckToKernel, []wantFinding{
			{SevNote, 39, "IFLA_IFNAME", "non-zero padding after the attribute", "", ""}}},
		{"non-zero struct padding", 0, ifiPad, CheckToKernel, []wantFinding{
			{SevNote, 17, "", "non-zero padding byte 0x01 in struct ifinfomsg", "", ""}}},

		{"nla_len below the header", 0, shortNla, CheckToKernel, []wantFinding{
			{SevError, 40, "IFLA_MTU", "nla_len is 2, less than the 4 bytes", "", ""}}},
		{"nla_len past its parent", 0, pastParent, CheckToKernel, []wantFinding{
			{SevError, 32, "IFLA_MTU", "nla_len is 40, past the end of its parent (8 bytes left)", "", ""}}},
		{"nested nla_len past its parent", testProto, func() []byte {
			b := nlMsg(0x10, tRequest, 1, 0, nlNest(3, nlAttr(1, u32le(7)...)))
			b[20] = 20 // the inner attribute claims 20 of the 8 bytes its parent holds
			return b
		}(), CheckToKernel, []wantFinding{
			{SevError, 20, "IPSET_ATTR_TYPENAME.DEVLINK_ATTR_BUS_NAME", "nla_len is 20, past the end of its parent (8 bytes left)", "", ""}}},
		{"bytes after the last attribute", 0, attrTrailing, CheckToKernel, []wantFinding{
			{SevWarning, 44, "", "2 bytes after the last attribute", "", ""}}},
		{"IFLA_MTU of 2 bytes", 0, link(tRequest|tAck, nlAttr(4, 0xdc, 0x05)), CheckToKernel, []wantFinding{
			{SevError, 36, "IFLA_MTU", "the payload is 2 bytes; IFLA_MTU is a u32 (4 bytes)", "ERANGE", "Attribute failed policy validation"}}},
		{"IFLA_MTU of 8 bytes", 0, link(tRequest|tAck, nlAttr(4, joinb(u32le(1500), u32le(0))...)), CheckToKernel, []wantFinding{
			{SevWarning, 36, "IFLA_MTU", "the payload is 8 bytes; IFLA_MTU is a u32 (4 bytes)", "", ""}}},
		{"IFLA_IFNAME too long", 0, link(tRequest|tAck, nlAttr(3, str0("a-very-long-name0")...)), CheckToKernel, []wantFinding{
			{SevError, 36, "IFLA_IFNAME", "IFLA_IFNAME is 17 characters long; the kernel takes at most 15", "ERANGE", "Attribute failed policy validation"}}},
		{"empty string", 0, link(tRequest|tAck, nlAttr(3)), CheckToKernel, []wantFinding{
			{SevError, 32, "IFLA_IFNAME", "IFLA_IFNAME is empty", "ERANGE", "Attribute failed policy validation"}}},
		{"NLA_NUL_STRING without its NUL", testProto, nlMsg(0x10, tRequest, 1, 0, nlAttr(2, 'n', 'l', 'c', 't', 'r', 'l')), CheckToKernel, []wantFinding{
			{SevError, 25, "CTRL_ATTR_FAMILY_NAME", "is not NUL-terminated; its kernel policy is NLA_NUL_STRING", "EINVAL", "Attribute failed policy validation"}}},
		{"NLA_NUL_STRING with its NUL", testProto, nlMsg(0x10, tRequest, 1, 0, nlAttr(2, str0("nlctrl")...)), CheckToKernel, nil},
		{"unknown attribute type", 0, link(tRequest|tAck, nlAttr(999, u32le(1)...)), CheckToKernel, []wantFinding{
			{SevWarning, 34, "[999]", "unknown attribute type 999 for this list (IFLA_*)", "", ""}}},
		{"unknown nested attribute type", testProto, nlMsg(0x10, tRequest, 1, 0, nlNest(3, nlAttr(77, u32le(1)...))), CheckToKernel, []wantFinding{
			{SevWarning, 22, "IPSET_ATTR_TYPENAME.[77]", "unknown attribute type 77 for this list (CTRL_ATTR_*)", "", ""}}},
		{"empty number", 0, link(tRequest|tAck, nlAttr(4)), CheckToKernel, []wantFinding{
			{SevNote, 32, "IFLA_MTU", "IFLA_MTU has no payload; nldump decodes it as a number of 4 bytes", "", ""}}},
		{"no NLM_F_REQUEST", 0, link(tAck), CheckToKernel, []wantFinding{
			{SevError, 6, "nlmsg_flags", "NLM_F_REQUEST is not set", "", ""}}},
		{"GET without DUMP", 0, nlMsg(tGetLink, tRequest, 1, 0, ifinfo(0, 0, 0, 0, 0)), CheckToKernel, []wantFinding{
			{SevError, 6, "nlmsg_flags", "RTM_GETLINK without NLM_F_DUMP asks for one link", "EINVAL", ""}}},
		{"GET of one link by index", 0, nlMsg(tGetLink, tRequest, 1, 0, ifinfo(0, 0, 2, 0, 0)), CheckToKernel, nil},
		{"GET of one link by name", 0, nlMsg(tGetLink, tRequest, 1, 0, ifinfo(0, 0, 0, 0, 0), nlAttr(3, str0("lo")...)), CheckToKernel, nil},
		{"GETADDR without DUMP", 0, nlMsg(tGetAddr, tRequest, 1, 0, []byte{2, 0, 0, 0, 0, 0, 0, 0}), CheckToKernel, []wantFinding{
			{SevError, 6, "nlmsg_flags", "RTM_GETADDR needs NLM_F_DUMP", "EOPNOTSUPP", ""}}},
		{"duplicate attribute", 0, link(tRequest|tAck, nlAttr(4, u32le(1500)...), nlAttr(3, str0("v0")...), nlAttr(4, u32le(9000)...)), CheckToKernel, []wantFinding{
			{SevWarning, 48, "IFLA_MTU", "IFLA_MTU appears 2 times in this list (first at byte 32)", "", ""}}},
		{"dump filtered by index", 0, nlMsg(tGetLink, tRequest|tDump, 1, 0, ifinfo(0, 0, 3, 0, 0)), CheckToKernel, []wantFinding{
			{SevWarning, 20, "ifi_index", "a dump request must leave this field zero", "EINVAL", "Filter by device index not supported for link dumps"}}},
		{"dump with header values", 0, nlMsg(tGetLink, tRequest|tDump, 1, 0, ifinfo(0, 1, 0, 0, 0)), CheckToKernel, []wantFinding{
			{SevWarning, 18, "ifi_type", "a dump request must leave this field zero", "EINVAL", "Invalid values in header for link dump request"}}},
		{"dump with an attribute it does not filter on", 0, nlMsg(tGetLink, tRequest|tDump, 1, 0, ifinfo(0, 0, 0, 0, 0), nlAttr(4, u32le(1500)...)), CheckToKernel, []wantFinding{
			{SevWarning, 32, "IFLA_MTU", "does not filter on", "EINVAL", "Unsupported attribute in link dump request"}}},
		{"dump with a struct rtgenmsg header", 0, nlMsg(tGetLink, tRequest|tDump, 1, 0, []byte{17, 0, 0, 0}), CheckToKernel, []wantFinding{
			{SevNote, 16, "", "shorter than its 16-byte header (struct rtgenmsg, the older form)", "EINVAL", "Invalid header for link dump"}}},
		{"dump with a short header", 0, nlMsg(tGetLink, tRequest|tDump, 1, 0, []byte{17, 0, 0, 0, 0, 0, 0, 0}), CheckToKernel, []wantFinding{
			{SevWarning, 16, "", "payload is 8 bytes, shorter than its 16-byte header", "EINVAL", "Invalid header for link dump"}}},
		{"short fixed header", 0, nlMsg(tNewLink, tRequest|tAck, 1, 0, []byte{0, 0, 0, 0}), CheckToKernel, []wantFinding{
			{SevError, 16, "", "the payload is 4 bytes, shorter than struct ifinfomsg (16 bytes)", "EINVAL", "Invalid header length"}}},
		{"no payload", 0, nlMsg(tNewLink, tRequest|tAck, 1, 0), CheckToKernel, []wantFinding{
			{SevError, 0, "nlmsg_len", "RTM_NEWLINK has no payload", "", ""}}},
		{"unknown message type", 0, nlMsg(0x7e, tRequest, 1, 0, []byte{0, 0, 0, 0}), CheckToKernel, []wantFinding{
			{SevError, 4, "nlmsg_type", "unknown NETLINK_ROUTE message type 126", "EOPNOTSUPP", ""}}},
		{"NLA_F_NESTED on a number", 0, link(tRequest|tAck, nlAttr(4|0x8000, u32le(1500)...)), CheckToKernel, []wantFinding{
			{SevWarning, 34, "IFLA_MTU", "NLA_F_NESTED is set but IFLA_MTU does not hold attributes", "", ""}}},
		{"zero-filled tail", 0, joinb(set, make([]byte, 32)), CheckToKernel, nil},
		{"reply: only the structure counts", 0, nlMsg(tNewLink, 0, 1, 1234, ifinfo(0, 0, 1, 0, 0), nlAttr(999, 1)), CheckFromKernel, nil},
		{"reply guessed from its port id", 0, nlMsg(tNewLink, 0, 1, 1234, ifinfo(0, 0, 1, 0, 0), nlAttr(999, 1)), CheckAuto, nil},
		{"reply with a bad length", 0, func() []byte { b := nlMsg(tNewLink, 0, 1, 1234, ifinfo(0, 0, 1, 0, 0)); b[0] = 64; return b }(), CheckFromKernel, []wantFinding{
			{SevError, 0, "nlmsg_len", "nlmsg_len is 64 but only 32 bytes are left", "", ""}}},
	}
	for _, c := range cases {
		d := NewDecoder(Options{})
		tr := d.DecodeProto(c.proto, c.buf)
		got := tr.Check(CheckOptions{Dir: c.dir})
		if len(got) != len(c.want) {
			var lines []string
			for _, g := range got {
				lines = append(lines, findingLine(g))
			}
			t.Errorf("%s: %d findings, want %d:\n%s\n(%s)", c.name, len(got), len(c.want), strings.Join(lines, "\n"), tr)
			continue
		}
		for k, w := range c.want {
			g := got[k]
			if g.Severity != w.sev || g.Offset != w.off || g.Path != w.path || !strings.Contains(g.Text, w.text) || g.Errno != w.errno || g.Extack != w.extack {
				t.Errorf("%s: got\n%s\nwant\n%s @%d %s: ...%s... -%s %q", c.name, findingLine(g), w.sev, w.off, w.path, w.text, w.errno, w.extack)
			}
		}
	}
}
