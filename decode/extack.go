package decode

import (
	"encoding/hex"
	"strconv"
	"strings"
	"sync"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// The extended ACK of an NLMSG_ERROR (or NLMSG_DONE) explained: the
// offset the kernel points at resolved to the field of the request, the
// missing attribute named in the request's attribute space, the policy
// the kernel checked said in words.

// Extack is what an error message says besides its errno.
type Extack struct {
	// Errno is the error (negative), 0 for an ACK.
	Errno int32
	// Capped: the kernel echoed only the request's header (NLM_F_CAPPED).
	Capped bool
	// Msg is NLMSGERR_ATTR_MSG.
	Msg string
	// Offset is NLMSGERR_ATTR_OFFS: the byte of the request, from its
	// nlmsghdr, the kernel objects to. HasOffset says it was given.
	Offset    uint32
	HasOffset bool
	// Field names what is at Offset: an attribute path
	// (IFLA_LINKINFO.IFLA_INFO_KIND), a header field (ifinfomsg.ifi_index),
	// "" when the request was not at hand.
	Field string
	// FieldLen is the nla_len of the attribute at Offset (0 for a field).
	FieldLen int
	// Cookie is NLMSGERR_ATTR_COOKIE.
	Cookie []byte
	// MissType is NLMSGERR_ATTR_MISS_TYPE, named in the attribute space of
	// the nest at MissNest (or of the message's top level) when known.
	MissType     uint32
	HasMissType  bool
	MissTypeName string
	// MissNest is NLMSGERR_ATTR_MISS_NEST: the offset of the nest the
	// attribute is missing from, and its path.
	MissNest     uint32
	HasMissNest  bool
	MissNestName string
	// Policy is NLMSGERR_ATTR_POLICY: what the kernel expected.
	Policy *Policy
	// From says which copy of the request resolved the offsets: "echo" (the
	// request inside the error), "request" (the paired request), "".
	From string
}

// hasAttrs reports whether the extended ACK says more than the errno.
func (e *Extack) hasAttrs() bool {
	return e.Msg != "" || e.HasOffset || e.HasMissType || e.HasMissNest || e.Policy != nil || len(e.Cookie) > 0
}

// Policy is the description of one attribute's policy (NL_POLICY_TYPE_ATTR_*).
type Policy struct {
	Type           string // NL_ATTR_TYPE_U32, ...
	MinS, MaxS     int64
	HasMinS        bool
	HasMaxS        bool
	MinU, MaxU     uint64
	HasMinU        bool
	HasMaxU        bool
	MinLen, MaxLen uint32
	HasMinLen      bool
	HasMaxLen      bool
	Mask           uint64
	HasMask        bool
	PolicyIdx      uint32
	HasPolicyIdx   bool
	MaxType        uint32
	HasMaxType     bool
}

// Text says the policy the way a person would: "u32 in 0..4294967295",
// "string up to 15 bytes".
func (p *Policy) Text() string {
	t := strings.ToLower(strings.TrimPrefix(p.Type, "NL_ATTR_TYPE_"))
	var b strings.Builder
	switch t {
	case "":
		b.WriteString("an attribute")
	case "flag":
		b.WriteString("a flag (no payload)")
	case "nul_string":
		b.WriteString("NUL-terminated string")
	case "nested":
		b.WriteString("nested attributes")
	case "nested_array":
		b.WriteString("an array of nested attributes")
	default:
		b.WriteString(t)
	}
	// a range: " in LO..HI", either end left out when the policy has none
	var lo, hi string
	switch {
	case p.HasMinS || p.HasMaxS:
		lo, hi = strconv.FormatInt(p.MinS, 10), strconv.FormatInt(p.MaxS, 10)
		lo, hi = keepIf(p.HasMinS, lo), keepIf(p.HasMaxS, hi)
	case p.HasMinU || p.HasMaxU:
		lo, hi = strconv.FormatUint(p.MinU, 10), strconv.FormatUint(p.MaxU, 10)
		lo, hi = keepIf(p.HasMinU, lo), keepIf(p.HasMaxU, hi)
	}
	if lo != "" || hi != "" {
		b.WriteString(" in " + lo + ".." + hi)
	}
	switch {
	case p.HasMinLen && p.HasMaxLen && p.MinLen == p.MaxLen:
		b.WriteString(" of exactly " + strconv.FormatUint(uint64(p.MinLen), 10) + " bytes")
	case p.HasMinLen && p.HasMaxLen:
		b.WriteString(" of " + strconv.FormatUint(uint64(p.MinLen), 10) + " to " + strconv.FormatUint(uint64(p.MaxLen), 10) + " bytes")
	case p.HasMaxLen:
		b.WriteString(" up to " + strconv.FormatUint(uint64(p.MaxLen), 10) + " bytes")
	case p.HasMinLen:
		b.WriteString(" of at least " + strconv.FormatUint(uint64(p.MinLen), 10) + " bytes")
	}
	if p.HasMask {
		b.WriteString(" with no bits outside 0x" + strconv.FormatUint(p.Mask, 16))
	}
	if p.HasPolicyIdx {
		b.WriteString(" (policy " + strconv.FormatUint(uint64(p.PolicyIdx), 10))
		if p.HasMaxType {
			b.WriteString(", types up to " + strconv.FormatUint(uint64(p.MaxType), 10))
		}
		b.WriteString(")")
	}
	return b.String()
}

// keepIf returns s when ok, else "".
func keepIf(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

// Explain says in one line what the extended ACK points at, without its
// message: "at byte 32: IFLA_MTU (nla_len 6); expected u32 in
// 0..4294967295". "" when it points at nothing.
func (e *Extack) Explain() string {
	var parts []string
	if e.HasOffset {
		s := "at byte " + strconv.FormatUint(uint64(e.Offset), 10)
		if e.Field != "" {
			s += ": " + e.Field
			if e.FieldLen > 0 {
				s += " (nla_len " + strconv.Itoa(e.FieldLen) + ")"
			}
		}
		parts = append(parts, s)
	}
	if e.HasMissType {
		s := "missing "
		if e.MissTypeName != "" {
			s += e.MissTypeName
		} else {
			s += "attribute type " + strconv.FormatUint(uint64(e.MissType), 10)
		}
		if e.HasMissNest {
			s += " in "
			if e.MissNestName != "" {
				s += e.MissNestName
			} else {
				s += "the nest at byte " + strconv.FormatUint(uint64(e.MissNest), 10)
			}
		}
		parts = append(parts, s)
	} else if e.HasMissNest {
		s := "something missing in "
		if e.MissNestName != "" {
			s += e.MissNestName
		} else {
			s += "the nest at byte " + strconv.FormatUint(uint64(e.MissNest), 10)
		}
		parts = append(parts, s)
	}
	if e.Policy != nil {
		parts = append(parts, "expected "+e.Policy.Text())
	}
	if len(e.Cookie) > 0 {
		parts = append(parts, "cookie "+hex.EncodeToString(e.Cookie))
	}
	return strings.Join(parts, "; ")
}

// isType reports whether node m is a message of type typ.
func (t *Tree) isType(m int, typ uint16) bool {
	return m >= 0 && m < len(t.nodes) && t.nodes[m].role == RoleMessage && uint16(t.nodes[m].u) == typ
}

// Extack reads the error code and the extended ACK of message m, an
// NLMSG_ERROR or an NLMSG_DONE; ok is false for other messages. Offsets
// are resolved in the request the kernel echoed when it holds them, else
// in req's message reqMsg when req is not nil (the request the error
// answers, as a Pairer keeps it).
func (t *Tree) Extack(m int, req *Tree, reqMsg int) (e Extack, ok bool) {
	if !t.isType(m, xlat.NLMSG_ERROR) && !t.isType(m, xlat.NLMSG_DONE) {
		return e, false
	}
	n := &t.nodes[m]
	off, l := int(n.off), int(n.len)
	if l < nlmsgHdrLen+4 {
		return e, false
	}
	flags := uint16(readUint(t.Buf, off+6, 2, t.bigEndian))
	e.Errno = int32(readUint(t.Buf, off+nlmsgHdrLen, 4, t.bigEndian))
	attrs := off + nlmsgHdrLen + 4
	echo := -1
	if t.isType(m, xlat.NLMSG_ERROR) {
		e.Capped = flags&xlat.NLM_F_CAPPED != 0
		// struct nlmsgerr: a child of the message, or of the unnamed
		// array that also holds the attributes
		for c := m + 1; c < int(n.end); c = int(t.nodes[c].end) {
			cn := &t.nodes[c]
			if cn.role == RoleNone && cn.kind == KindArray && cn.name == "" {
				if e := t.child(c, RoleError); e >= 0 {
					c = e
					cn = &t.nodes[c]
				}
			}
			if cn.role == RoleError {
				echo = t.child(c, RoleMessage)
				break
			}
		}
		// the attributes follow the echoed request (its header only
		// when capped)
		inner := int(readUint(t.Buf, off+nlmsgHdrLen+4, 4, t.bigEndian))
		el := nlmsgHdrLen
		if !e.Capped && inner > nlmsgHdrLen {
			el = inner
		}
		attrs = off + nlmsgHdrLen + 4 + nlmsgAlign(el)
		if flags&xlat.NLM_F_ACK_TLVS == 0 {
			attrs = off + l
		}
	}
	end := off + l
	for a := attrs; a+nlaHdrLen <= end; {
		nl := int(readUint(t.Buf, a, 2, t.bigEndian))
		typ := uint16(readUint(t.Buf, a+2, 2, t.bigEndian)) & nlaTypeMask
		if nl < nlaHdrLen || a+nl > end {
			break
		}
		p := t.Buf[a+nlaHdrLen : a+nl]
		u32 := func() (uint32, bool) {
			if len(p) < 4 {
				return 0, false
			}
			return uint32(readUint(p, 0, 4, t.bigEndian)), true
		}
		switch typ {
		case xlat.NLMSGERR_ATTR_MSG:
			e.Msg = string(cString(p))
		case xlat.NLMSGERR_ATTR_OFFS:
			e.Offset, e.HasOffset = u32()
		case xlat.NLMSGERR_ATTR_COOKIE:
			e.Cookie = append([]byte(nil), p...)
		case xlat.NLMSGERR_ATTR_POLICY:
			e.Policy = parsePolicy(p, t.bigEndian)
		case xlat.NLMSGERR_ATTR_MISS_TYPE:
			e.MissType, e.HasMissType = u32()
		case xlat.NLMSGERR_ATTR_MISS_NEST:
			e.MissNest, e.HasMissNest = u32()
		}
		a += nlaAlign(nl)
	}
	// where the offsets point
	rt, rm := (*Tree)(nil), -1
	if echo >= 0 && !e.Capped && t.nodes[echo].len > nlmsgHdrLen {
		rt, rm, e.From = t, echo, "echo"
	} else if req != nil && reqMsg >= 0 {
		rt, rm, e.From = req, reqMsg, "request"
	}
	if rt != nil {
		if e.HasOffset {
			e.Field, e.FieldLen, _ = rt.fieldAt(rm, int(e.Offset))
		}
		if e.HasMissNest {
			e.MissNestName, _, _ = rt.fieldAt(rm, int(e.MissNest))
		}
		if e.HasMissType {
			e.MissTypeName = rt.missingName(rm, e)
		}
	} else {
		e.From = ""
	}
	return e, true
}

// parsePolicy reads the attributes of an NLMSGERR_ATTR_POLICY nest.
func parsePolicy(b []byte, be bool) *Policy {
	p := &Policy{}
	for a := 0; a+nlaHdrLen <= len(b); {
		nl := int(readUint(b, a, 2, be))
		typ := uint16(readUint(b, a+2, 2, be)) & nlaTypeMask
		if nl < nlaHdrLen || a+nl > len(b) {
			break
		}
		v := b[a+nlaHdrLen : a+nl]
		u := func() (uint64, bool) {
			switch {
			case len(v) >= 8:
				return readUint(v, 0, 8, be), true
			case len(v) >= 4:
				return readUint(v, 0, 4, be), true
			}
			return 0, false
		}
		x, ok := u()
		if ok {
			switch typ {
			case xlat.NL_POLICY_TYPE_ATTR_TYPE:
				if s, found := xlat.NlAttrType.Lookup(x); found {
					p.Type = s
				} else {
					p.Type = "NL_ATTR_TYPE_" + strconv.FormatUint(x, 10)
				}
			case xlat.NL_POLICY_TYPE_ATTR_MIN_VALUE_S:
				p.MinS, p.HasMinS = int64(x), true
			case xlat.NL_POLICY_TYPE_ATTR_MAX_VALUE_S:
				p.MaxS, p.HasMaxS = int64(x), true
			case xlat.NL_POLICY_TYPE_ATTR_MIN_VALUE_U:
				p.MinU, p.HasMinU = x, true
			case xlat.NL_POLICY_TYPE_ATTR_MAX_VALUE_U:
				p.MaxU, p.HasMaxU = x, true
			case xlat.NL_POLICY_TYPE_ATTR_MIN_LENGTH:
				p.MinLen, p.HasMinLen = uint32(x), true
			case xlat.NL_POLICY_TYPE_ATTR_MAX_LENGTH:
				p.MaxLen, p.HasMaxLen = uint32(x), true
			case xlat.NL_POLICY_TYPE_ATTR_POLICY_IDX:
				p.PolicyIdx, p.HasPolicyIdx = uint32(x), true
			case xlat.NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE:
				p.MaxType, p.HasMaxType = uint32(x), true
			case xlat.NL_POLICY_TYPE_ATTR_BITFIELD32_MASK, xlat.NL_POLICY_TYPE_ATTR_MASK:
				p.Mask, p.HasMask = x, true
			}
		}
		a += nlaAlign(nl)
	}
	return p
}

// fieldAt names what is at byte off of message m (off counted from its
// nlmsghdr): the path of attributes down to it, or the header field. For
// an attribute it also returns its nla_len.
func (t *Tree) fieldAt(m, off int) (path string, nlaLen int, node int) {
	mn := &t.nodes[m]
	target := int(mn.off) + off
	if off < 0 || target >= int(mn.off+mn.len) {
		return "", 0, -1
	}
	var names []string
	i := m
	node = m
	for {
		next := -1
		for c := range t.Each(i) {
			if cn := t.Node(c); cn.Offset() <= target && target < cn.Offset()+cn.Len() {
				next = c
				break
			}
		}
		if next < 0 {
			break
		}
		cn := &t.nodes[next]
		switch {
		case cn.role == RoleAttr:
			names = append(names, t.AttrName(next))
			node = next
			nlaLen, _ = t.attrHeader(next)
			if target == int(cn.off) {
				return strings.Join(names, "."), nlaLen, node
			}
		case cn.role == RoleAttrHeader:
			return strings.Join(names, "."), nlaLen, node
		case cn.role == RoleHeader && cn.kind == KindStruct:
			names = append(names, "nlmsghdr")
		case cn.role == RoleBody && cn.kind == KindStruct && cn.aux != "":
			names = append(names, cn.aux)
			nlaLen = 0
		case cn.name != "" && cn.role != RoleMessage:
			names = append(names, cn.name)
			nlaLen = 0
			node = next
		}
		i = next
	}
	return strings.Join(names, "."), nlaLen, node
}

// missingName names the attribute type e.MissType in the attribute space
// of the nest at e.MissNest (or of message m's top level), using the
// names of the attributes already there.
func (t *Tree) missingName(m int, e Extack) string {
	list := -1
	if e.HasMissNest {
		_, _, a := t.fieldAt(m, int(e.MissNest))
		if a >= 0 && t.nodes[a].role == RoleAttr {
			if p := t.attrPayload(a); p >= 0 && t.nodes[p].role == RoleAttrs {
				list = p
			} else {
				return nestedName(t.nodes[a].tab, uint16(t.nodes[a].u), uint16(e.MissType))
			}
		}
	} else {
		for _, c := range t.parts(m) {
			if t.nodes[c].role == RoleAttrs {
				list = c
				break
			}
		}
	}
	if list < 0 {
		return ""
	}
	for a := range t.Each(list) {
		if an := &t.nodes[a]; an.role == RoleAttr && an.tab != nil {
			if s, ok := an.tab.Lookup(uint64(e.MissType)); ok {
				return s
			}
			return ""
		}
	}
	return ""
}

// nestedNames maps a nest attribute (its set's names, its type) to the
// names of the attributes inside it, for the nests of every attribute set
// and the nests whose decoders pick a set by context. Made on first use
// (an extended ACK that names a missing attribute), not at every start.
var nestedNames = sync.OnceValue(func() map[nestKey]*xlat.Table {
	m := map[nestKey]*xlat.Table{}
	for _, set := range allSets {
		if set.names == nil {
			continue
		}
		for k, v := range set.dec {
			if nd, ok := v.(nestDec); ok && nd.set != nil {
				m[nestKey{set.names, uint16(k)}] = nd.set.names
			}
		}
	}
	m[nestKey{xlat.RtnlLinkAttrs, xlat.IFLA_LINKINFO}] = xlat.RtnlIflaInfoAttrs
	return m
})

type nestKey struct {
	names *xlat.Table
	typ   uint16
}

// nestedName names type typ inside an empty nest of type nest of a set
// named by names.
func nestedName(names *xlat.Table, nest, typ uint16) string {
	if tab := nestedNames()[nestKey{names, nest}]; tab != nil {
		s, _ := tab.Lookup(uint64(typ))
		return s
	}
	return ""
}
