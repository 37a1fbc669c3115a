package decode

import (
	"github.com/nldump/nldump/decode/internal/xlat"
)

// Netfilter subsystems (NFNL_SUBSYS_*).
const ()

type nfMsgNames struct {
	tab  *xlat.Table
	dflt string
}

// nfMsgTypes names the message types of each subsystem.
var nfMsgTypes = [...]nfMsgNames{
	xlat.NFNL_SUBSYS_CTNETLINK:         {xlat.NfCtnetlinkMsgTypes, "IPCTNL_MSG_CT_???"},
	xlat.NFNL_SUBSYS_CTNETLINK_EXP:     {xlat.NfCtnetlinkExpMsgTypes, "IPCTNL_MSG_EXP_???"},
	xlat.NFNL_SUBSYS_QUEUE:             {xlat.NfQueueMsgTypes, "NFQNL_MSG_???"},
	xlat.NFNL_SUBSYS_ULOG:              {xlat.NfUlogMsgTypes, "NFULNL_MSG_???"},
	xlat.NFNL_SUBSYS_OSF:               {xlat.NfOsfMsgTypes, "OSF_MSG_???"},
	xlat.NFNL_SUBSYS_IPSET:             {xlat.NfIpsetMsgTypes, "IPSET_CMD_???"},
	xlat.NFNL_SUBSYS_ACCT:              {xlat.NfAcctMsgTypes, "NFNL_MSG_ACCT_???"},
	xlat.NFNL_SUBSYS_CTNETLINK_TIMEOUT: {xlat.NfCttimeoutMsgTypes, "IPCTNL_MSG_TIMEOUT_???"},
	xlat.NFNL_SUBSYS_CTHELPER:          {xlat.NfCthelperMsgTypes, "NFNL_MSG_CTHELPER_???"},
	xlat.NFNL_SUBSYS_NFTABLES:          {xlat.NfNftablesMsgTypes, "NFT_MSG_???"},
	xlat.NFNL_SUBSYS_NFT_COMPAT:        {xlat.NfNftCompatMsgTypes, "NFNL_MSG_COMPAT_???"},
	xlat.NFNL_SUBSYS_HOOK:              {xlat.NfHookMsgTypes, "NFT_MSG_HOOK_???"},
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
	if int(subsys) < len(nfMsgTypes) && nfMsgTypes[subsys].tab != nil {
		x = s.xvalV("", uint64(msg), off, 1, nfMsgTypes[subsys].tab, nfMsgTypes[subsys].dflt, numX)
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
	if int(subsys) < len(nfMsgTypes) && nfMsgTypes[subsys].tab != nil {
		name, _ = nfMsgTypes[subsys].tab.Lookup(uint64(msg))
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
	var set *attrSet
	switch subsys {
	case xlat.NFNL_SUBSYS_NFTABLES:
		set = nftMsgAttrs(s, msg, off, n)
	case xlat.NFNL_SUBSYS_CTNETLINK:
		set = ctMsgAttrs(s, msg, off, n)
	case xlat.NFNL_SUBSYS_CTNETLINK_EXP:
		set = ctExpMsgAttrs(msg)
	case xlat.NFNL_SUBSYS_QUEUE:
		set = nfqMsgAttrs(msg)
	case xlat.NFNL_SUBSYS_ULOG:
		set = nfulMsgAttrs(msg)
	case xlat.NFNL_SUBSYS_OSF:
		set = osfAttrs
	case xlat.NFNL_SUBSYS_IPSET:
		set = ipsetMsgAttrs(msg)
	case xlat.NFNL_SUBSYS_ACCT:
		set = acctAttrs
	case xlat.NFNL_SUBSYS_CTNETLINK_TIMEOUT:
		set = cttimeoutMsgAttrs(s, off, n)
	case xlat.NFNL_SUBSYS_CTHELPER:
		set = cthelperAttrs
	case xlat.NFNL_SUBSYS_NFT_COMPAT:
		set = nftCompatAttrs
	case xlat.NFNL_SUBSYS_HOOK:
		set = nfHookAttrs
	}
	if set == nil {
		return nfUnknownAttrs
	}
	return set
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

var nfnlBatchAttrs = newSet(xlat.NfnlBatchAttrs, "NFNL_BATCH_???", map[uint16]attrDec{
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

// nfBE is a big-endian integer.
type nfBE struct {
	size int
	fmt  Fmt
}

func (d nfBE) decode(s *state, off, n int) bool {
	if n != d.size {
		return false
	}
	s.call("", beFunc(d.size), off, d.size)
	i := s.value("", d.fmt, s.ube(off, d.size), off, d.size)
	s.setFlag(i, flagBE)
	s.close()
	return true
}

var (
	nfBE16  = nfBE{2, FmtU}
	nfBE32  = nfBE{4, FmtU}
	nfBE64  = nfBE{8, FmtU}
	nfBES32 = nfBE{4, FmtD}
	nfBEX32 = nfBE{4, FmtX}
)

// nfBEXval is a big-endian constant, by name.
type nfBEXval struct {
	tab  *xlat.Table
	dflt string
	size int
}

func (d nfBEXval) decode(s *state, off, n int) bool {
	if n != d.size {
		return false
	}
	s.call("", beFunc(d.size), off, d.size)
	i := s.xvalV("", s.ube(off, d.size), off, d.size, d.tab, d.dflt, numX)
	s.setFlag(i, flagBE)
	s.close()
	return true
}

// nfBEFlags is a big-endian flag word.
type nfBEFlags struct {
	tab  *xlat.Table
	dflt string
	size int
}

func (d nfBEFlags) decode(s *state, off, n int) bool {
	if n != d.size {
		return false
	}
	s.call("", beFunc(d.size), off, d.size)
	i := s.flagsV("", s.ube(off, d.size), off, d.size, d.tab, d.dflt)
	s.setFlag(i, flagBE)
	s.close()
	return true
}

// nfNum is a host-order integer of exactly size bytes.
type nfNum struct {
	size int
	fmt  Fmt
}

func (d nfNum) decode(s *state, off, n int) bool {
	if n != d.size {
		return false
	}
	s.num("", d.fmt, off, d.size)
	return true
}

var (
	nfU8  = nfNum{1, FmtU}
	nfU32 = nfNum{4, FmtU}
	nfX32 = nfNum{4, FmtX}
)

// nfXval8 is a one-byte constant, by name.
type nfXval8 struct {
	tab  *xlat.Table
	dflt string
}

func (d nfXval8) decode(s *state, off, n int) bool {
	if n != 1 {
		return false
	}
	s.xvalV("", s.u8(off), off, 1, d.tab, d.dflt, numX)
	return true
}

// nfAddr is an IPv4 or IPv6 address of exactly its size.
type nfAddr struct{ family uint8 }

func (d nfAddr) decode(s *state, off, n int) bool {
	size := 4
	if d.family == xlat.AF_INET6 {
		size = 16
	}
	if n != size {
		return false
	}
	s.inet("", d.family, off, size)
	return true
}

var (
	nfInAddr  = nfAddr{xlat.AF_INET}
	nfIn6Addr = nfAddr{xlat.AF_INET6}
)

// nfHex keeps the payload as a hex string: binary data (user data, packet
// bytes, set keys) whose meaning the message does not say.
var nfHex = funcDec(func(s *state, off, n int) bool {
	s.hex(off, n)
	return true
})

// Netfilter protocol families (NFPROTO_*), for the hooks they define.
const ()

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
	return nfBEXval{tab, dflt, 4}.decode(s, off, n)
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
