package decode

import (
	"encoding/binary"
	"github.com/nldump/nldump/decode/internal/xlat"
	"testing"
)

// Builders of little-endian netlink buffers for the tests.

func le16(v uint16) []byte { return binary.LittleEndian.AppendUint16(nil, v) }
func le32(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
func le64(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }

func cat(bs ...[]byte) []byte {
	var out []byte
	for _, b := range bs {
		out = append(out, b...)
	}
	return out
}

// nla builds one attribute, padded to 4 bytes.
func nla(typ uint16, payload ...[]byte) []byte {
	p := cat(payload...)
	b := cat(le16(uint16(4+len(p))), le16(typ), p)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// nlmsg builds one message with the given header fields.
func nlmsg(typ, flags uint16, seq, pid uint32, payload ...[]byte) []byte {
	p := cat(payload...)
	return cat(le32(uint32(16+len(p))), le16(typ), le16(flags), le32(seq), le32(pid), p)
}

func genlhdr(cmd, version uint8) []byte { return []byte{cmd, version, 0, 0} }

func cstr(s string) []byte { return append([]byte(s), 0) }

const (
	fReq  = 1
	fAck  = 4
	fMult = 2
	fDump = 0x300
)

// newFamily is nlctrl's CTRL_CMD_NEWFAMILY for a family name and id.
func newFamily(name string, id uint16) []byte {
	return nlmsg(genlIDCtrl, 0, 1, 100, genlhdr(1, 2),
		nla(2, cstr(name)), nla(1, le16(id)), nla(3, le32(1)))
}

type genlCase struct {
	name string
	buf  []byte
	want string
}

func runGenl(t *testing.T, d *Decoder, cases []genlCase) {
	t.Helper()
	for _, c := range cases {
		got := d.DecodeProto(ProtoGeneric, c.buf).String()
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func TestGenlHeader(t *testing.T) { runGenl(t, NewDecoder(Options{}), genlHeaderCases) }

// genlHeaderCases are malformed and unusual generic netlink messages.
var genlHeaderCases = []genlCase{
	{"short genlmsghdr",
		nlmsg(0x30, fReq|fAck, 1, 0, []byte{1, 2}),
		`[{nlmsg_len=18, nlmsg_type=0x30 /* GENERIC_FAMILY_??? */, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=1, nlmsg_pid=0}, "\x01\x02"]`},
	{"unknown family: attributes as numbers and hex, flagged nests decoded",
		nlmsg(0x30, fReq|fAck, 1, 0, genlhdr(1, 1), nla(1, le32(7)), nla(0x8002, nla(1, le32(9)))),
		`[{nlmsg_len=40, nlmsg_type=0x30 /* GENERIC_FAMILY_??? */, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=0x1, version=1}, [[{nla_len=8, nla_type=0x1}, "\x07\x00\x00\x00"], [{nla_len=12, nla_type=NLA_F_NESTED|0x2}, [{nla_len=8, nla_type=0x1}, "\x09\x00\x00\x00"]]]]]`},
	{"unknown family: a flagged nest that is not attributes stays hex",
		nlmsg(0x30, fReq, 1, 0, genlhdr(1, 1), nla(0x8002, []byte{9, 0, 1, 0, 1, 2, 3, 4})),
		`[{nlmsg_len=32, nlmsg_type=0x30 /* GENERIC_FAMILY_??? */, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=0x1, version=1}, [{nla_len=12, nla_type=NLA_F_NESTED|0x2}, "\x09\x00\x01\x00\x01\x02\x03\x04"]]]`},
	{"unknown command, dump flags",
		nlmsg(genlIDCtrl, fReq|fDump, 1, 0, genlhdr(99, 1)),
		`[{nlmsg_len=20, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=1, nlmsg_pid=0}, {cmd=0x63 /* CTRL_CMD_??? */, version=1}]`},
	{"reserved bytes set",
		nlmsg(genlIDCtrl, fReq, 1, 0, []byte{3, 1, 0x34, 0x12}),
		`[{nlmsg_len=20, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, {cmd=CTRL_CMD_GETFAMILY, version=1, reserved=0x1234}]`},
	{"attribute longer than the message",
		nlmsg(genlIDCtrl, fReq, 1, 0, genlhdr(3, 1), le16(40), le16(2), []byte("et")),
		`[{nlmsg_len=26, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=CTRL_CMD_GETFAMILY, version=1}, [{nla_len=40, nla_type=CTRL_ATTR_FAMILY_NAME}, "et"...]]]`},
	{"nested error: a truncated inner attribute",
		nlmsg(genlIDCtrl, 0, 1, 0, genlhdr(1, 2), nla(6, nla(1, nla(1, le32(3)), []byte{8, 0, 2}))),
		`[{nlmsg_len=40, nlmsg_type=nlctrl, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=CTRL_CMD_NEWFAMILY, version=2}, [{nla_len=20, nla_type=CTRL_ATTR_OPS}, [{nla_len=15, nla_type=0x1}, [[{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, 0x3], "\x08\x00\x02"]]]]]`},
	{"wrong size of a number",
		nlmsg(genlIDCtrl, 0, 1, 0, genlhdr(1, 2), nla(3, le16(2))),
		`[{nlmsg_len=28, nlmsg_type=nlctrl, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=CTRL_CMD_NEWFAMILY, version=2}, [{nla_len=6, nla_type=CTRL_ATTR_VERSION}, "\x02\x00"]]]`},
	{"error with the echoed request",
		nlmsg(xlat.NLMSG_ERROR, 0, 1, 9, le32(0xfffffffe), nlmsg(genlIDCtrl, fReq|fAck, 1, 0, genlhdr(3, 1), nla(2, cstr("x")))),
		`[{nlmsg_len=48, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=9}, {error=-ENOENT, msg=[{nlmsg_len=28, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=CTRL_CMD_GETFAMILY, version=1}, [{nla_len=6, nla_type=CTRL_ATTR_FAMILY_NAME}, "x"]]]}]`},
}

func TestGenlCtrl(t *testing.T) { runGenl(t, NewDecoder(Options{}), genlCtrlCases) }

// genlCtrlCases are nlctrl messages, in order: the first teaches the
// family the others speak of.
var genlCtrlCases = []genlCase{
	{"new family: ops named by the family's commands, mcast groups",
		nlmsg(genlIDCtrl, 0, 1, 100, genlhdr(1, 2),
			nla(2, cstr("tcp_metrics")), nla(1, le16(0x1b)), nla(4, le32(0)), nla(5, le32(13)),
			nla(6, nla(1, nla(1, le32(1)), nla(2, le32(0xe))), nla(2, nla(1, le32(9)), nla(2, le32(0x21)))),
			nla(7, nla(1, nla(2, le32(4)), nla(1, cstr("mgmt"))))),
		`[{nlmsg_len=132, nlmsg_type=nlctrl, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=100}, [{cmd=CTRL_CMD_NEWFAMILY, version=2}, [[{nla_len=16, nla_type=CTRL_ATTR_FAMILY_NAME}, "tcp_metrics"], [{nla_len=6, nla_type=CTRL_ATTR_FAMILY_ID}, 0x1b], [{nla_len=8, nla_type=CTRL_ATTR_HDRSIZE}, 0], [{nla_len=8, nla_type=CTRL_ATTR_MAXATTR}, 13], [{nla_len=44, nla_type=CTRL_ATTR_OPS}, [[{nla_len=20, nla_type=0x1}, [[{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, TCP_METRICS_CMD_GET], [{nla_len=8, nla_type=CTRL_ATTR_OP_FLAGS}, GENL_CMD_CAP_DO|GENL_CMD_CAP_DUMP|GENL_CMD_CAP_HASPOL]]], [{nla_len=20, nla_type=0x2}, [[{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, 0x9 /* TCP_METRICS_CMD_??? */], [{nla_len=8, nla_type=CTRL_ATTR_OP_FLAGS}, GENL_ADMIN_PERM|0x20]]]]], [{nla_len=28, nla_type=CTRL_ATTR_MCAST_GROUPS}, [{nla_len=24, nla_type=0x1}, [[{nla_len=8, nla_type=CTRL_ATTR_MCAST_GRP_ID}, 4], [{nla_len=9, nla_type=CTRL_ATTR_MCAST_GRP_NAME}, "mgmt"]]]]]]]`},
	{"policy dump: op policies by command, attribute policies",
		nlmsg(genlIDCtrl, fMult, 2, 100, genlhdr(10, 2), nla(1, le16(0x1b)),
			nla(0x8009, nla(0x8002, nla(1, le32(0)))),
			nla(0x8008, nla(0x8000, nla(0x8001, nla(1, le32(3)), nla(4, le64(0)), nla(5, le64(0xffff)))))),
		`[{nlmsg_len=88, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=2, nlmsg_pid=100}, [{cmd=CTRL_CMD_GETPOLICY, version=2}, [[{nla_len=6, nla_type=CTRL_ATTR_FAMILY_ID}, 0x1b], [{nla_len=16, nla_type=NLA_F_NESTED|CTRL_ATTR_OP_POLICY}, [{nla_len=12, nla_type=NLA_F_NESTED|TCP_METRICS_CMD_DEL}, [{nla_len=8, nla_type=CTRL_ATTR_POLICY_DO}, 0]]], [{nla_len=44, nla_type=NLA_F_NESTED|CTRL_ATTR_POLICY}, [{nla_len=40, nla_type=NLA_F_NESTED|0}, [{nla_len=36, nla_type=NLA_F_NESTED|0x1}, [[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_TYPE}, NL_ATTR_TYPE_U16], [{nla_len=12, nla_type=NL_POLICY_TYPE_ATTR_MIN_VALUE_U}, 0], [{nla_len=12, nla_type=NL_POLICY_TYPE_ATTR_MAX_VALUE_U}, 65535]]]]]]]]`},
	{"policy request for one op of a family named by id",
		nlmsg(genlIDCtrl, fReq|fDump, 3, 0, genlhdr(10, 1), nla(1, le16(0x1b)), nla(10, le32(1))),
		`[{nlmsg_len=36, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=3, nlmsg_pid=0}, [{cmd=CTRL_CMD_GETPOLICY, version=1}, [[{nla_len=6, nla_type=CTRL_ATTR_FAMILY_ID}, 0x1b], [{nla_len=8, nla_type=CTRL_ATTR_OP}, TCP_METRICS_CMD_GET]]]]`},
}

// A buffer of a family unknown to the decoder is named after it once a
// CTRL_CMD_NEWFAMILY has taught the family's id; a request to nlctrl for
// that family teaches nothing.
func TestGenlLearnFamily(t *testing.T) {
	d := NewDecoder(Options{})
	msg := nlmsg(0x15, fReq|fAck, 5, 0, genlhdr(2, 1), nla(0x8001, nla(2, cstr("v0"))))
	runGenl(t, d, []genlCase{
		{"before",
			msg,
			`[{nlmsg_len=32, nlmsg_type=0x15 /* GENERIC_FAMILY_??? */, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=5, nlmsg_pid=0}, [{cmd=0x2, version=1}, [{nla_len=12, nla_type=NLA_F_NESTED|0x1}, [{nla_len=7, nla_type=0x2}, "\x76\x30\x00"]]]]`},
		{"a request names no id",
			nlmsg(genlIDCtrl, fReq, 1, 0, genlhdr(1, 2), nla(2, cstr("ethtool")), nla(1, le16(0x15))),
			`[{nlmsg_len=40, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=CTRL_CMD_NEWFAMILY, version=2}, [[{nla_len=12, nla_type=CTRL_ATTR_FAMILY_NAME}, "ethtool"], [{nla_len=6, nla_type=CTRL_ATTR_FAMILY_ID}, 0x15]]]]`},
		{"still unknown",
			msg,
			`[{nlmsg_len=32, nlmsg_type=0x15 /* GENERIC_FAMILY_??? */, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=5, nlmsg_pid=0}, [{cmd=0x2, version=1}, [{nla_len=12, nla_type=NLA_F_NESTED|0x1}, [{nla_len=7, nla_type=0x2}, "\x76\x30\x00"]]]]`},
		{"the kernel's reply",
			newFamily("ethtool", 0x15),
			`[{nlmsg_len=48, nlmsg_type=nlctrl, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=100}, [{cmd=CTRL_CMD_NEWFAMILY, version=2}, [[{nla_len=12, nla_type=CTRL_ATTR_FAMILY_NAME}, "ethtool"], [{nla_len=6, nla_type=CTRL_ATTR_FAMILY_ID}, 0x15], [{nla_len=8, nla_type=CTRL_ATTR_VERSION}, 1]]]]`},
		{"after",
			msg,
			`[{nlmsg_len=32, nlmsg_type=ethtool, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=5, nlmsg_pid=0}, [{cmd=ETHTOOL_MSG_LINKINFO_GET, version=1}, [{nla_len=12, nla_type=NLA_F_NESTED|ETHTOOL_A_LINKINFO_HEADER}, [{nla_len=7, nla_type=ETHTOOL_A_HEADER_DEV_NAME}, "v0"]]]]`},
	})
	if got := d.GenlFamily(0x15); got != "ethtool" {
		t.Errorf("GenlFamily(0x15) = %q", got)
	}
}

// In one buffer, a NEWFAMILY names the messages after it.
func TestGenlLearnInBuffer(t *testing.T) {
	buf := cat(newFamily("tcp_metrics", 0x1b), nlmsg(0x1b, fMult, 1, 100, genlhdr(1, 1), nla(1, []byte{192, 0, 2, 1})))
	runGenl(t, NewDecoder(Options{}), []genlCase{{"dump reply after the family",
		buf,
		`[[{nlmsg_len=52, nlmsg_type=nlctrl, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=100}, [{cmd=CTRL_CMD_NEWFAMILY, version=2}, [[{nla_len=16, nla_type=CTRL_ATTR_FAMILY_NAME}, "tcp_metrics"], [{nla_len=6, nla_type=CTRL_ATTR_FAMILY_ID}, 0x1b], [{nla_len=8, nla_type=CTRL_ATTR_VERSION}, 1]]]], [{nlmsg_len=28, nlmsg_type=tcp_metrics, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=100}, [{cmd=TCP_METRICS_CMD_GET, version=1}, [{nla_len=8, nla_type=TCP_METRICS_ATTR_ADDR_IPV4}, inet_addr("192.0.2.1")]]]]`}})
}

// --genl NAME=ID: a family named by hand; one nldump has no table for
// prints its attributes as numbers.
func TestGenlSetFamily(t *testing.T) {
	d := NewDecoder(Options{})
	d.SetGenlFamily(0x40, "foo")
	runGenl(t, d, []genlCase{{"named, no table",
		nlmsg(0x40, fReq, 1, 0, genlhdr(3, 1), nla(1, le16(80))),
		`[{nlmsg_len=28, nlmsg_type=foo, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=0x3, version=1}, [{nla_len=6, nla_type=0x1}, "\x50\x00"]]]`}})
}

// Families are learned from the CTRL_CMD_NEWFAMILY replies decoded, and
// only names a family can have.
func TestGenlLearnFamilies(t *testing.T) {
	d := NewDecoder(Options{})
	buf := cat(newFamily("ethtool", 0x15), newFamily("devlink", 0x22), nlmsg(xlat.NLMSG_DONE, fMult, 1, 100, le32(0)))
	d.DecodeProto(ProtoGeneric, buf)
	if d.GenlFamily(0x15) != "ethtool" || d.GenlFamily(0x22) != "devlink" {
		t.Errorf("families: %q %q", d.GenlFamily(0x15), d.GenlFamily(0x22))
	}
	// names print as message types: only names a family can have
	for _, bad := range []string{"", "a\nb", "x y", "0123456789abcdef"} {
		d.DecodeProto(ProtoGeneric, newFamily(bad, 0x30))
		if d.GenlFamily(0x30) != "" {
			t.Errorf("learned %q", bad)
		}
	}
}
