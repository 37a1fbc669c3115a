package decode

import "github.com/nldump/nldump/decode/internal/xlat"

import (
	"slices"
	"strconv"
	"strings"
)

// Header is what the nlmsghdr of one message says, with its names.
type Header struct {
	Len   uint32
	Type  uint16
	Flags uint16
	Seq   uint32
	Pid   uint32
	// TypeName is the type as strace prints it (RTM_NEWLINK,
	// NFNL_SUBSYS_NFTABLES<<8|NFT_MSG_NEWTABLE, nlctrl, ...), or "" when
	// it has no name.
	TypeName string
	// FlagNames are the names of the NLM_F_ bits set, in strace's order;
	// bits without a name are left out, and are in Unnamed.
	FlagNames []string
	Unnamed   uint16
}

// Request reports whether NLM_F_REQUEST is set.
func (h *Header) Request() bool { return h.Flags&xlat.NLM_F_REQUEST != 0 }

// Header returns the header of message m (a RoleMessage node). ok is false
// when m is not a message.
func (t *Tree) Header(m int) (h Header, ok bool) {
	if !t.isRole(m, RoleMessage) {
		return h, false
	}
	hd := t.FirstChild(m)
	if hd < 0 || t.nodes[hd].role != RoleHeader {
		return h, false
	}
	for c := hd + 1; c < int(t.nodes[hd].end); c = int(t.nodes[c].end) {
		n := &t.nodes[c]
		switch n.name {
		case "nlmsg_len":
			h.Len = uint32(n.u)
		case "nlmsg_type":
			h.Type = uint16(n.u)
			h.TypeName = t.typeName(c)
		case "nlmsg_flags":
			h.Flags = uint16(n.u)
			var rest uint64
			h.FlagNames, rest = flagNames(n, nil)
			h.Unnamed = uint16(rest)
		case "nlmsg_seq":
			h.Seq = uint32(n.u)
		case "nlmsg_pid":
			h.Pid = uint32(n.u)
		}
	}
	return h, true
}

// typeName returns the name of a type node: an xval's name, or the text
// of a composite type (SUBSYS<<8|MSG) when all its parts have names.
func (t *Tree) typeName(i int) string {
	n := &t.nodes[i]
	if n.kind == KindValue {
		return t.NameOf(i)
	}
	var b []byte
	for c := i + 1; c < int(n.end); c = int(t.nodes[c].end) {
		cn := &t.nodes[c]
		switch {
		case cn.fmt == FmtText:
			b = append(b, cn.aux...)
		case cn.fmt == FmtXval:
			s := t.NameOf(c)
			if s == "" {
				return ""
			}
			b = append(b, s...)
		default:
			return ""
		}
	}
	return string(b)
}

// TypeParts returns the names that identify the type of message m, for
// filters: the whole type name and, for composite types, each named part
// (NFNL_SUBSYS_NFTABLES<<8|NFT_MSG_NEWTABLE gives that text,
// NFNL_SUBSYS_NFTABLES and NFT_MSG_NEWTABLE). The command of a generic
// netlink message (its body's "cmd" field) is included too.
func (t *Tree) TypeParts(m int) []string {
	h, ok := t.Header(m)
	if !ok {
		return nil
	}
	var out []string
	if h.TypeName != "" {
		out = append(out, h.TypeName)
	}
	hd := t.FirstChild(m)
	for c := hd + 1; c < int(t.nodes[hd].end); c = int(t.nodes[c].end) {
		if t.nodes[c].name == "nlmsg_type" && t.nodes[c].kind == KindSeq {
			for p := c + 1; p < int(t.nodes[c].end); p = int(t.nodes[p].end) {
				if s := t.NameOf(p); s != "" {
					out = append(out, s)
				}
			}
		}
	}
	if b := t.body(m); b >= 0 {
		for c := b + 1; c < int(t.nodes[b].end); c = int(t.nodes[c].end) {
			if t.nodes[c].name == "cmd" {
				if s := t.NameOf(c); s != "" {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// parts returns the nodes of message m after its header, with unnamed
// groups (an NLMSG_ERROR and its extended ack, a decoder's wrapper)
// opened.
func (t *Tree) parts(m int) []int {
	var out []int
	var walk func(i int)
	walk = func(i int) {
		for c := i + 1; c < int(t.nodes[i].end); c = int(t.nodes[c].end) {
			n := &t.nodes[c]
			switch {
			case n.role == RoleHeader:
			case n.role == RoleNone && n.kind == KindArray && n.name == "":
				walk(c)
			default:
				out = append(out, c)
			}
		}
	}
	walk(m)
	return out
}

// isBody reports whether part c of a message is its fixed header: a
// RoleBody node, or the first part when it is an unnamed struct (decoders
// that do not mark theirs).
func (t *Tree) isBody(parts []int, c int) bool {
	n := &t.nodes[c]
	if n.role == RoleBody {
		return true
	}
	return len(parts) > 0 && parts[0] == c && n.role == RoleNone && n.kind == KindStruct && n.name == ""
}

// Body returns the fixed header of message m (ifinfomsg, rtmsg,
// genlmsghdr, ...: the struct before its attributes), or -1 when it has
// none.
func (t *Tree) Body(m int) int {
	if !t.isRole(m, RoleMessage) {
		return -1
	}
	return t.body(m)
}

// isRole reports whether i is a node of the tree with role r.
func (t *Tree) isRole(i int, r Role) bool {
	return i >= 0 && i < len(t.nodes) && t.nodes[i].role == r
}

// body returns the fixed header of message m, or -1.
func (t *Tree) body(m int) int {
	ps := t.parts(m)
	for _, c := range ps {
		if t.isBody(ps, c) {
			return c
		}
	}
	return -1
}

// child returns the first child of i with the given role, or -1.
func (t *Tree) child(i int, r Role) int {
	for c := i + 1; c < int(t.nodes[i].end); c = int(t.nodes[c].end) {
		if t.nodes[c].role == r {
			return c
		}
	}
	return -1
}

// Ifindexes returns the interface indexes message m names: the ifindex
// fields of its fixed header and of its attributes, without repeats.
func (t *Tree) Ifindexes(m int) []uint32 {
	var out []uint32
	if m < 0 || m >= len(t.nodes) {
		return nil
	}
	for i := m; i < int(t.nodes[m].end); i++ {
		n := &t.nodes[i]
		if n.fmt == FmtIfindex && n.u != 0 && !slices.Contains(out, uint32(n.u)) {
			out = append(out, uint32(n.u))
		}
		if n.role == RoleError {
			// the echoed request is not what this message is about
			i = int(n.end) - 1
		}
	}
	return out
}

// Ifnames returns the interface names message m carries in attributes
// named like IFLA_IFNAME (any *IFNAME string attribute at any depth).
func (t *Tree) Ifnames(m int) []string {
	var out []string
	if m < 0 || m >= len(t.nodes) {
		return nil
	}
	for i := m; i < int(t.nodes[m].end); i++ {
		n := &t.nodes[i]
		if n.role == RoleError {
			i = int(n.end) - 1
			continue
		}
		if n.role != RoleAttr || !strings.HasSuffix(t.NameOf(i), "IFNAME") {
			continue
		}
		if p := t.attrPayload(i); p >= 0 && t.nodes[p].fmt == FmtStr {
			s := string(cString(t.Bytes(p)))
			if s != "" && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// IfName returns the name the decoder knows for an interface index, or "".
func (t *Tree) IfName(index uint32) string {
	for _, p := range t.ifnames {
		if p.index == index {
			return p.name
		}
	}
	return ""
}

// Payload returns the payload node of attribute a (a RoleAttr node): the
// value, nested list or struct after its header; -1 when it has none.
func (t *Tree) Payload(a int) int {
	if !t.isRole(a, RoleAttr) {
		return -1
	}
	return t.attrPayload(a)
}

// attrPayload returns the node of an attribute's payload (the child after
// its header), or -1 when it has none.
func (t *Tree) attrPayload(a int) int {
	h := t.FirstChild(a)
	if h < 0 {
		return -1
	}
	return t.NextSibling(a, h)
}

// attrHeader returns the nla_len and the raw nla_type (with its NLA_F_
// bits) of attribute a.
func (t *Tree) attrHeader(a int) (nlaLen int, typ uint16) {
	h := t.FirstChild(a)
	if h < 0 {
		return 0, 0
	}
	return t.AttrHeader(h)
}

// AttrName returns the name of attribute node a (a RoleAttr): its type's
// name, or the number in brackets ("[67]") when it has none.
func (t *Tree) AttrName(a int) string {
	if s := t.NameOf(a); s != "" {
		return s
	}
	return "[" + strconv.Itoa(int(t.nodes[a].u)) + "]"
}

// Clone returns a copy of the tree that stays valid after its Decoder
// decodes the next buffer.
func (t *Tree) Clone() *Tree {
	c := *t
	c.Buf = slices.Clone(t.Buf)
	c.nodes = slices.Clone(t.nodes)
	return &c
}

// flagNames lists the names of the bits of a FmtFlags node, in the order
// strace prints them, and returns the bits without a name; extra is
// appended to.
func flagNames(n *Node, extra []string) ([]string, uint64) {
	out := extra
	flags := n.u
	if n.tab == nil {
		return out, flags
	}
	for _, e := range n.tab.Entries {
		if flags == 0 {
			break
		}
		if e.Val != 0 && flags&e.Val == e.Val {
			out = append(out, e.Name)
			flags &^= e.Val
		}
	}
	return out, flags
}

// cString returns b up to its first NUL.
func cString(b []byte) []byte {
	for i, c := range b {
		if c == 0 {
			return b[:i]
		}
	}
	return b
}
