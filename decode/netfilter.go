package decode

import (
	"github.com/nldump/nldump/decode/internal/xlat"
)

// nfSubsys is what nldump knows of one netfilter subsystem: the names of
// its message types and the attributes of each.
type nfSubsys struct {
	msgs  *xlat.Table
	dflt  string
	attrs func(s *state, msg uint8, off, n int) *attrSet
}

// nfSubsystems registers the netfilter subsystems. strace 6.1 decodes each
// as nfgenmsg and attributes whose payloads it prints as hex.
var nfSubsystems = newRegistry[uint8, nfSubsys]("netfilter subsystem")

func init() {
	set := func(a *attrSet) func(*state, uint8, int, int) *attrSet {
		return func(*state, uint8, int, int) *attrSet { return a }
	}
	byMsg := func(f func(uint8) *attrSet) func(*state, uint8, int, int) *attrSet {
		return func(_ *state, msg uint8, _, _ int) *attrSet { return f(msg) }
	}
	for _, e := range []struct {
		id uint8
		nfSubsys
	}{
		{xlat.NFNL_SUBSYS_CTNETLINK, nfSubsys{xlat.NfCtnetlinkMsgTypes, "IPCTNL_MSG_CT_???", ctMsgAttrs}},
		{xlat.NFNL_SUBSYS_CTNETLINK_EXP, nfSubsys{xlat.NfCtnetlinkExpMsgTypes, "IPCTNL_MSG_EXP_???", byMsg(ctExpMsgAttrs)}},
		{xlat.NFNL_SUBSYS_QUEUE, nfSubsys{xlat.NfQueueMsgTypes, "NFQNL_MSG_???", byMsg(nfqMsgAttrs)}},
		{xlat.NFNL_SUBSYS_ULOG, nfSubsys{xlat.NfUlogMsgTypes, "NFULNL_MSG_???", byMsg(nfulMsgAttrs)}},
		{xlat.NFNL_SUBSYS_OSF, nfSubsys{xlat.NfOsfMsgTypes, "OSF_MSG_???", set(osfAttrs)}},
		{xlat.NFNL_SUBSYS_IPSET, nfSubsys{xlat.NfIpsetMsgTypes, "IPSET_CMD_???", byMsg(ipsetMsgAttrs)}},
		{xlat.NFNL_SUBSYS_ACCT, nfSubsys{xlat.NfAcctMsgTypes, "NFNL_MSG_ACCT_???", set(acctAttrs)}},
		{xlat.NFNL_SUBSYS_CTNETLINK_TIMEOUT, nfSubsys{xlat.NfCttimeoutMsgTypes, "IPCTNL_MSG_TIMEOUT_???",
			func(s *state, _ uint8, off, n int) *attrSet { return cttimeoutMsgAttrs(s, off, n) }}},
		{xlat.NFNL_SUBSYS_CTHELPER, nfSubsys{xlat.NfCthelperMsgTypes, "NFNL_MSG_CTHELPER_???", set(cthelperAttrs)}},
		{xlat.NFNL_SUBSYS_NFTABLES, nfSubsys{xlat.NfNftablesMsgTypes, "NFT_MSG_???", nftMsgAttrs}},
		{xlat.NFNL_SUBSYS_NFT_COMPAT, nfSubsys{xlat.NfNftCompatMsgTypes, "NFNL_MSG_COMPAT_???", set(nftCompatAttrs)}},
		{xlat.NFNL_SUBSYS_HOOK, nfSubsys{xlat.NfHookMsgTypes, "NFT_MSG_HOOK_???", set(nfHookAttrs)}},
	} {
		nfSubsystems.add(e.id, e.nfSubsys, true)
	}
}

// nfTypeNode prints a netfilter message type as SUBSYS<<8|MSG, the
// batch control messages by name.
func nfTypeNode(s *state, typ uint16, off int) {
	if _, ok := xlat.NlNetfilterMsgTypes.Lookup(uint64(typ)); ok {
		x := s.xvalV("nlmsg_type", uint64(typ), off, 2, xlat.NlNetfilterMsgTypes, "", numX)
		s.node(x).role = RoleHeader
		return
	}
	subsys, msg := uint8(typ>>8), uint8(typ)
	q := s.add(Node{kind: KindSeq, name: "nlmsg_type", u: uint64(typ), size: 2, off: uint32(off), len: 2, role: RoleHeader})
	s.stack = append(s.stack, int32(q))
	x := s.xvalV("", uint64(subsys), off, 1, xlat.NlNetfilterSubsysIds, "NFNL_SUBSYS_???", numX)
	s.node(x).role = RoleHeader
	s.text("", "<<8|")
	if e, ok := nfSubsystems.get(subsys); ok {
		x = s.xvalV("", uint64(msg), off, 1, e.v.msgs, e.v.dflt, numX)
		s.node(x).role = RoleHeader
	} else {
		s.value("", FmtX, uint64(msg), off, 1)
	}
	s.close()
}

// nfFlags picks the NLM_F_ meaning of a netfilter message type.
func nfFlags(typ uint16) *xlat.Table {
	subsys, msg := uint8(typ>>8), uint8(typ)
	name := ""
	if e, ok := nfSubsystems.get(subsys); ok {
		name, _ = e.v.msgs.Lookup(uint64(msg))
	}
	switch subsys {
	case xlat.NFNL_SUBSYS_CTNETLINK, xlat.NFNL_SUBSYS_CTNETLINK_EXP, xlat.NFNL_SUBSYS_ACCT,
		xlat.NFNL_SUBSYS_CTNETLINK_TIMEOUT, xlat.NFNL_SUBSYS_CTHELPER, xlat.NFNL_SUBSYS_NFTABLES,
		xlat.NFNL_SUBSYS_NFT_COMPAT, xlat.NFNL_SUBSYS_HOOK:
	default:
		return nil
	}
	switch name {
	case "IPCTNL_MSG_CT_NEW", "IPCTNL_MSG_EXP_NEW", "NFNL_MSG_ACCT_NEW",
		"IPCTNL_MSG_TIMEOUT_NEW", "NFNL_MSG_CTHELPER_NEW",
		"NFT_MSG_NEWTABLE", "NFT_MSG_NEWCHAIN", "NFT_MSG_NEWRULE", "NFT_MSG_NEWSET",
		"NFT_MSG_NEWSETELEM", "NFT_MSG_NEWGEN", "NFT_MSG_NEWOBJ", "NFT_MSG_NEWFLOWTABLE":
		return nlFlagsNew
	case "IPCTNL_MSG_CT_GET", "IPCTNL_MSG_CT_GET_CTRZERO", "IPCTNL_MSG_CT_GET_STATS_CPU",
		"IPCTNL_MSG_CT_GET_STATS", "IPCTNL_MSG_CT_GET_DYING", "IPCTNL_MSG_CT_GET_UNCONFIRMED",
		"IPCTNL_MSG_EXP_GET", "IPCTNL_MSG_EXP_GET_STATS_CPU",
		"NFNL_MSG_ACCT_GET", "NFNL_MSG_ACCT_GET_CTRZERO",
		"IPCTNL_MSG_TIMEOUT_GET", "NFNL_MSG_CTHELPER_GET",
		"NFT_MSG_GETTABLE", "NFT_MSG_GETCHAIN", "NFT_MSG_GETRULE", "NFT_MSG_GETSET",
		"NFT_MSG_GETSETELEM", "NFT_MSG_GETGEN", "NFT_MSG_GETOBJ", "NFT_MSG_GETOBJ_RESET",
		"NFT_MSG_GETFLOWTABLE", "NFNL_MSG_COMPAT_GET", "NFNL_MSG_HOOK_GET":
		return nlFlagsGet
	case "IPCTNL_MSG_CT_DELETE", "IPCTNL_MSG_EXP_DELETE", "NFNL_MSG_ACCT_DEL",
		"IPCTNL_MSG_TIMEOUT_DELETE", "NFNL_MSG_CTHELPER_DEL",
		"NFT_MSG_DELTABLE", "NFT_MSG_DELCHAIN", "NFT_MSG_DELRULE", "NFT_MSG_DELSET",
		"NFT_MSG_DELSETELEM", "NFT_MSG_DELOBJ", "NFT_MSG_DELFLOWTABLE":
		return nlFlagsDelete
	}
	return nil
}

var netfilterFamily = &family{
	typeNode: nfTypeNode,
	flags:    nfFlags,
	body:     nfBody,
}

// --- the payload: struct nfgenmsg and the attributes after it ---

const (
	nfgenmsgSize = 4
)

// nfBody decodes struct nfgenmsg and the attributes of the subsystem and
// message type. A payload shorter than nfgenmsg stays a hex string, as
// strace leaves it; NLMSG_DONE is left to the common code.
func nfBody(s *state, typ uint16, off, n int) bool {
	if typ == xlat.NLMSG_DONE || n < nfgenmsgSize {
		return false
	}
	subsys, msg := uint8(typ>>8), uint8(typ)
	family := uint8(s.u8(off))
	s.ctx.family = family
	s.ctx.nfSubsys = subsys
	s.open(KindStruct, "", off, nfgenmsgSize, RoleBody)
	s.xvalV("nfgen_family", uint64(family), off, 1, xlat.Addrfams, "AF_???", numX)
	s.xvalV("version", s.u8(off+1), off+1, 1, xlat.NetfilterVersions, "NFNETLINK_???", numX)
	nfResID(s, subsys, off+2)
	s.close()
	if n <= nfgenmsgSize {
		return true
	}
	aoff, an := off+nfgenmsgSize, n-nfgenmsgSize
	if typ == xlat.NFNL_MSG_BATCH_BEGIN || typ == xlat.NFNL_MSG_BATCH_END {
		// strace prints these bytes as a hex string: the attributes of a
		// batch (the generation id) print with their names.
		s.attrs(aoff, an, nfnlBatchAttrs)
		return true
	}
	list := s.mark()
	s.attrs(aoff, an, nfAttrSet(s, subsys, msg, aoff, an))
	nfStraceTypes(s, list)
	return true
}

// nfResID prints res_id as strace does: network order, except that the
// subsystem id nf_tables puts there may be in either order.
func nfResID(s *state, subsys uint8, off int) {
	be := s.ube(off, 2)
	host := s.u16(off)
	switch {
	case subsys == xlat.NFNL_SUBSYS_NFTABLES && be == xlat.NFNL_SUBSYS_NFTABLES:
		s.call("res_id", "htons", off, 2)
		s.xvalV("", be, off, 2, xlat.NlNetfilterSubsysIds, "", numU)
		s.close()
	case subsys == xlat.NFNL_SUBSYS_NFTABLES && host == xlat.NFNL_SUBSYS_NFTABLES:
		s.xvalV("res_id", host, off, 2, xlat.NlNetfilterSubsysIds, "", numU)
	default:
		s.call("res_id", "htons", off, 2)
		i := s.value("", FmtU, be, off, 2)
		s.setFlag(i, flagBE)
		s.close()
	}
}

// nfAttrSet picks the attributes of a message by subsystem and type.
func nfAttrSet(s *state, subsys, msg uint8, off, n int) *attrSet {
	if e, ok := nfSubsystems.get(subsys); ok {
		if set := e.v.attrs(s, msg, off, n); set != nil {
			return set
		}
	}
	return nfUnknownAttrs
}

// nfUnknownAttrs is a message nldump knows no attributes of: their types
// print as numbers and their payloads as hex strings, as strace prints
// every netfilter attribute.
var nfUnknownAttrs = &attrSet{}

// nfStraceTypes makes the top-level attribute types of the list at node
// list print as strace 6.1 prints them, which knows none of their names:
// an unknown type as a bare number (0x1f), and a type with NLA_F_NESTED or
// NLA_F_NET_BYTEORDER as NLA_F_NESTED|0x4. internal/stracecmp takes a
// name in place of a bare number (0x4) as deeper, but not in place of the
// number after those flags, so the strace notation keeps that number; the
// other formats, and the strace notation with NewNames, name it. Types
// without the flags are named as everywhere.
func nfStraceTypes(s *state, list int) {
	end := int(s.t.nodes[list].end)
	for c := list + 1; c < end; c = int(s.t.nodes[c].end) {
		if s.t.nodes[c].role != RoleAttr {
			continue
		}
		hdr := c + 1
		if hdr >= end || s.t.nodes[hdr].fmt != FmtNlaHdr {
			continue
		}
		h := &s.t.nodes[hdr]
		if uint16(h.u)&(nlaFNested|nlaFNetByteorder) != 0 {
			h.flags |= flagTypeNum
		}
		h.aux = ""
	}
}

var nfnlBatchAttrs = newSet(xlat.NfnlBatchAttrs, "NFNL_BATCH_???", []attrDec{
	xlat.NFNL_BATCH_GENID: nfBE32,
})

// --- payload decoders common to the netfilter subsystems ---
//
// Netfilter attributes carry their integers in network byte order (the
// kernel's nla_put_be32 and friends). nldump prints them inside htons(),
// htonl() or htobe64(), the way strace prints the network-order numbers it
// knows (htons(ETH_P_IP)), so that the byte order on the wire shows: a
// program that forgot its htonl() sees its number as a different one. The
// few host-order integers print bare. Each of these decoders wants exactly
// its size; any other length stays a hex string.

var (
	nfBE16  = numDec{size: 2, fmt: FmtU, exact: true, be: true}
	nfBE32  = numDec{size: 4, fmt: FmtU, exact: true, be: true}
	nfBE64  = numDec{size: 8, fmt: FmtU, exact: true, be: true}
	nfBES32 = numDec{size: 4, fmt: FmtD, exact: true, be: true}
	nfBEX32 = numDec{size: 4, fmt: FmtX, exact: true, be: true}
)

var (
	nfU8  = numDec{size: 1, fmt: FmtU, exact: true}
	nfU32 = numDec{size: 4, fmt: FmtU, exact: true}
	nfX32 = numDec{size: 4, fmt: FmtX, exact: true}
)

var (
	nfInAddr  = inAddrDec{family: xlat.AF_INET, exact: true}
	nfIn6Addr = inAddrDec{family: xlat.AF_INET6, exact: true}
)

// nfXval and nfBEFlags are a big-endian constant and flag word of exactly
// size bytes, as netfilter attributes carry them.
func nfXval(tab *xlat.Table, dflt string, size int) attrDec {
	return xvalDec{tab: tab, dflt: dflt, size: size, be: true, exact: true}
}

func nfBEFlags(tab *xlat.Table, dflt string, size int) attrDec {
	return flagsDec{tab: tab, dflt: dflt, size: size, be: true, exact: true}
}

// nfHex keeps the payload as a hex string: binary data (user data, packet
// bytes, set keys) whose meaning the message does not say.
var nfHex = funcDec(func(s *state, off, n int) bool {
	s.hex(off, n)
	return true
})

// nfHookTable names the hook numbers of a netfilter family.
func nfHookTable(family uint8) (*xlat.Table, string) {
	switch family {
	case xlat.NFPROTO_NETDEV:
		return xlat.NfNetdevHooks, "NF_NETDEV_???"
	case xlat.NFPROTO_ARP:
		return xlat.NfArpHooks, "NF_ARP_???"
	case xlat.NFPROTO_BRIDGE:
		return xlat.NfBridgeHooks, "NF_BR_???"
	}
	return xlat.NfInetHooks, "NF_INET_???"
}

// nfHookNum is a big-endian hook number of the message's family.
var nfHookNum = funcDec(func(s *state, off, n int) bool {
	tab, dflt := nfHookTable(s.ctx.family)
	return xvalDec{tab: tab, dflt: dflt, size: 4, be: true, exact: true}.decode(s, off, n)
})

// nfFindU32BE returns the big-endian u32 of the first attribute of type
// typ, when it has exactly 4 bytes.
func (s *state) nfFindU32BE(off, n int, typ uint16) (uint64, bool) {
	o, l, ok := s.findAttr(off, n, typ)
	if !ok || l != 4 {
		return 0, false
	}
	return s.ube(o, 4), true
}

// nfNestBy is a nested list that reads with set, or with alt when its
// big-endian u32 attribute key holds val: a list whose kind, one of its
// attributes, says how another reads.
type nfNestBy struct {
	key      uint16
	val      uint64
	set, alt *attrSet
}

func (d nfNestBy) decode(s *state, off, n int) bool {
	set := d.set
	if v, ok := s.nfFindU32BE(off, n, d.key); ok && v == d.val {
		set = d.alt
	}
	s.attrs(off, n, set)
	return true
}

func (d nfNestBy) rule() rule { return nestDec{d.set}.rule() }

// nfFindU8 returns the u8 of the first attribute of type typ.
func (s *state) nfFindU8(off, n int, typ uint16) (uint64, bool) {
	o, l, ok := s.findAttr(off, n, typ)
	if !ok || l != 1 {
		return 0, false
	}
	return s.u8(o), true
}

// nfFindStr returns the bytes of the string attribute of type typ, up to
// its NUL.
func (s *state) nfFindStr(off, n int, typ uint16) []byte {
	o, l, ok := s.findAttr(off, n, typ)
	if !ok || o+l > len(s.buf) {
		return nil
	}
	b := s.buf[o : o+l]
	for i, c := range b {
		if c == 0 {
			return b[:i]
		}
	}
	return b
}
