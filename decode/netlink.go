package decode

import "github.com/nldump/nldump/decode/internal/xlat"

const (
	nlmsgHdrLen  = 16
	nlmsgMinType = 0x10
	nlmsgerrSize = 4 + nlmsgHdrLen
	nlmsgAlignTo = 4
)

func nlmsgAlign(n int) int { return (n + nlmsgAlignTo - 1) &^ (nlmsgAlignTo - 1) }

// family is what nldump knows of one netlink protocol.
type family struct {
	// types names message types >= NLMSG_MIN_TYPE, dflt is the comment for
	// unknown ones. typeNode, when set, adds the nlmsg_type field instead.
	types    *xlat.Table
	dflt     string
	typeNode func(s *state, typ uint16, off int)
	// flags returns the table of the type-specific NLM_F_ bits (already
	// joined with the common ones), or nil.
	flags func(typ uint16) *xlat.Table
	// body decodes the payload of a message of a type >= NLMSG_MIN_TYPE or
	// NLMSG_DONE; it returns false when it leaves the payload alone.
	body func(s *state, typ uint16, off, n int) bool
	// whole, when set, decodes the whole buffer (no netlink headers).
	whole func(s *state, off, n int)
}

// protocols registers what nldump knows of each netlink protocol, and
// whether strace 6.1 has a decoder for it too.
var protocols = newRegistry[Proto, *family]("netlink protocol")

// families is protocols indexed by protocol number, for the hot path.
var families [maxNetlinkPro]*family

func init() {
	for _, e := range []struct {
		proto Proto
		f     *family
	}{
		{ProtoRoute, routeFamily},
		{ProtoSockDiag, sockDiagFamily},
		{ProtoXfrm, xfrmFamily},
		{ProtoSelinux, selinuxFamily},
		{ProtoAudit, auditFamily},
		{ProtoNetfilter, netfilterFamily},
		{ProtoKobjectUevent, ueventFamily},
		{ProtoGeneric, genlFamily},
		{ProtoCrypto, cryptoFamily},
	} {
		protocols.add(e.proto, e.f, true)
	}
	// strace 6.1 has no decoder of its own for these
	protocols.add(ProtoConnector, connectorFamily, false)
	for p, e := range protocols.all() {
		families[p] = e.v
	}
}

func familyOf(proto Proto) *family {
	if proto >= 0 && int(proto) < len(families) {
		return families[proto]
	}
	return nil
}

// Flag tables: the common NLM_F_ bits followed by the bits whose meaning
// depends on the kind of request.
var (
	nlFlagsPlain  = xlat.NetlinkFlags
	nlFlagsNew    = xlat.Concat("netlink_flags+new", xlat.NetlinkFlags, xlat.NetlinkNewFlags)
	nlFlagsDelete = xlat.Concat("netlink_flags+delete", xlat.NetlinkFlags, xlat.NetlinkDeleteFlags)
	nlFlagsGet    = xlat.Concat("netlink_flags+get", xlat.NetlinkFlags, xlat.NetlinkGetFlags)
	nlFlagsAck    = xlat.Concat("netlink_flags+ack", xlat.NetlinkFlags, xlat.NetlinkAckFlags)
)

// messages decodes a whole buffer: the top-level list of messages.
func (s *state) messages(off, n int) {
	root := s.open(KindArray, "", off, n, RoleMessages)
	s.node(root).flags |= flagAbbrev
	if f := familyOf(s.ctx.proto); f != nil && f.whole != nil {
		s.node(root).flags |= flagBare
		f.whole(s, off, n)
		s.close()
		return
	}
	isArray := false
	for {
		if n < nlmsgHdrLen {
			i := s.hex(off, n)
			s.node(i).role = RoleTrailing
			break
		}
		mlen := int(s.u32(off))
		hasNext := false
		next := 0
		if mlen >= nlmsgHdrLen {
			al := nlmsgAlign(mlen)
			if al < mlen { // overflow
				al = mlen
			}
			if n >= al {
				next = n - al
			}
			hasNext = next > 0
		}
		if hasNext {
			isArray = true
		}
		s.message("", off, n)
		if !hasNext {
			break
		}
		off += nlmsgAlign(mlen)
		n = next
	}
	if !isArray {
		s.node(root).flags |= flagBare
	}
	s.close()
}

// message decodes one message whose header is at off, with avail bytes
// left in the buffer (strace's decode_nlmsghdr_with_payload).
func (s *state) message(name string, off, avail int) {
	s.messageLen(name, off, avail, int(s.u32(off)))
}

func (s *state) messageLen(name string, off, avail, mlen int) {
	l := min(mlen, avail)
	if mlen < 0 || mlen > avail {
		l = avail
	}
	typ := uint16(s.u16(off + 4))
	flags := uint16(s.u16(off + 6))
	m := s.open(KindArray, name, off, l, RoleMessage)
	s.node(m).u = uint64(typ)
	if l <= nlmsgHdrLen {
		s.node(m).flags |= flagBare
	}
	saved := s.ctx
	s.ctx.msgType = typ
	s.ctx.flags = flags
	s.header(off, typ, flags)
	if l > nlmsgHdrLen {
		s.payload(typ, flags, off+nlmsgHdrLen, l-nlmsgHdrLen)
	}
	s.ctx = saved
	s.close()
}

// header adds struct nlmsghdr.
func (s *state) header(off int, typ, flags uint16) {
	s.open(KindStruct, "", off, nlmsgHdrLen, RoleHeader)
	s.fieldU("nlmsg_len", off, 4)
	f := familyOf(s.ctx.proto)
	switch {
	case typ < nlmsgMinType || f == nil:
		x := s.xvalV("nlmsg_type", uint64(typ), off+4, 2, xlat.NetlinkTypes, "NLMSG_???", numX)
		s.node(x).role = RoleHeader
	case f.typeNode != nil:
		f.typeNode(s, typ, off+4)
	default:
		x := s.xvalV("nlmsg_type", uint64(typ), off+4, 2, f.types, f.dflt, numX)
		s.node(x).role = RoleHeader
	}
	var tab *xlat.Table
	if typ < nlmsgMinType {
		if typ == xlat.NLMSG_ERROR {
			tab = nlFlagsAck
		}
	} else if f != nil && f.flags != nil {
		tab = f.flags(typ)
	}
	if tab == nil {
		tab = nlFlagsPlain
	}
	s.flagsV("nlmsg_flags", uint64(flags), off+6, 2, tab, "NLM_F_???")
	s.fieldU("nlmsg_seq", off+8, 4)
	s.fieldDU("nlmsg_pid", off+12, 4) // __u32
	s.close()
}

// payload decodes what follows the header (strace's decode_payload).
func (s *state) payload(typ, flags uint16, off, n int) {
	if typ == xlat.NLMSG_ERROR {
		s.nlmsgerr(off, n, flags&xlat.NLM_F_CAPPED != 0)
		return
	}
	if typ >= nlmsgMinType || typ == xlat.NLMSG_DONE {
		if f := familyOf(s.ctx.proto); f != nil && f.body != nil {
			m := s.mark()
			if f.body(s, typ, off, n) {
				return
			}
			s.rollback(m)
		}
	}
	if typ == xlat.NLMSG_DONE && n == 4 {
		s.fieldD("", off, 4)
		return
	}
	i := s.hex(off, n)
	s.node(i).role = RolePayload
}

// nlmsgerr decodes struct nlmsgerr and the extended ack attributes.
func (s *state) nlmsgerr(off, n int, capped bool) {
	if n < nlmsgerrSize {
		i := s.hex(off, n)
		s.node(i).role = RolePayload
		return
	}
	msgOff := off + 4
	rest := n - 4
	inner := int(s.u32(msgOff))
	mlen := max(nlmsgHdrLen, inner)
	payload := mlen
	if capped {
		payload = nlmsgHdrLen
	}
	payload = min(rest, payload)
	wrap := rest > payload
	if wrap {
		s.openArray("", off, n)
	}
	s.open(KindStruct, "", off, 4+payload, RoleError)
	s.value("error", FmtErr, s.u32(off), off, 4)
	s.messageLen("msg", msgOff, payload, inner)
	s.close()
	if wrap {
		s.attrs(msgOff+payload, rest-payload, nlmsgerrAttrs)
		s.close()
	}
}

var nlmsgerrAttrs = newSet(xlat.NlmsgerrAttrs, "NLMSGERR_ATTR_???", []attrDec{
	xlat.NLMSGERR_ATTR_MSG:       nlaStr,
	xlat.NLMSGERR_ATTR_OFFS:      nlaU32,
	xlat.NLMSGERR_ATTR_COOKIE:    arrayDec{size: 1, fmt: FmtU},
	xlat.NLMSGERR_ATTR_POLICY:    nestDec{policyAttrs},
	xlat.NLMSGERR_ATTR_MISS_TYPE: nlaU32,
	xlat.NLMSGERR_ATTR_MISS_NEST: nlaU32,
})

// policyAttrs is the description of one attribute's policy (extended acks
// and nlctrl policy dumps).
var policyAttrs = newSet(xlat.NlPolicyTypeAttrs, "NL_POLICY_TYPE_ATTR_???", []attrDec{
	xlat.NL_POLICY_TYPE_ATTR_TYPE:            xvalDec{tab: xlat.NlAttrType, dflt: "NL_ATTR_TYPE_???", size: 4},
	xlat.NL_POLICY_TYPE_ATTR_MIN_VALUE_S:     nlaS64,
	xlat.NL_POLICY_TYPE_ATTR_MAX_VALUE_S:     nlaS64,
	xlat.NL_POLICY_TYPE_ATTR_MIN_VALUE_U:     nlaU64,
	xlat.NL_POLICY_TYPE_ATTR_MAX_VALUE_U:     nlaU64,
	xlat.NL_POLICY_TYPE_ATTR_MIN_LENGTH:      nlaU32,
	xlat.NL_POLICY_TYPE_ATTR_MAX_LENGTH:      nlaU32,
	xlat.NL_POLICY_TYPE_ATTR_POLICY_IDX:      nlaU32,
	xlat.NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE:  nlaU32,
	xlat.NL_POLICY_TYPE_ATTR_BITFIELD32_MASK: nlaX32,
	xlat.NL_POLICY_TYPE_ATTR_MASK:            nlaX64,
})
