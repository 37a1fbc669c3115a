package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWMDB, RTM_DELMDB, RTM_GETMDB: the bridge multicast database,
// struct br_port_msg and MDBA_* attributes. Requests to the kernel carry
// MDBA_SET_ENTRY / MDBA_GET_ENTRY (a struct br_mdb_entry) and MDBE_ATTR_*
// where the kernel's messages carry MDBA_MDB and MDBA_ROUTER under the
// same numbers; the NLM_F_REQUEST flag tells them apart.

var routeMdbEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWMDB, xlat.RTM_DELMDB, xlat.RTM_GETMDB},
	strace: []uint16{xlat.RTM_NEWMDB, xlat.RTM_DELMDB, xlat.RTM_GETMDB},
	dec:    decodeBrPortMsg,
}

const (
	brMdbSize = 28
)

var brPortMsg = &structSpec{name: "br_port_msg", size: 8, fields: []field{
	fXval("family", 0, 1, xlat.Addrfams, "AF_???"),
	fIfindex("ifindex", 4),
}}

func decodeBrPortMsg(s *state, family uint8, off, n int) {
	set := mdbaAttrs
	if s.ctx.flags&xlat.NLM_F_REQUEST != 0 {
		switch {
		case s.ctx.msgType != xlat.RTM_GETMDB:
			set = mdbaSetEntryAttrs
		case s.ctx.flags&nlmFDumpBits != nlmFDumpBits:
			set = mdbaGetEntryAttrs
		}
	}
	s.fixedHeader(brPortMsg, off, n, set)
}

// rtBrMdbEntry prints struct br_mdb_entry. strace reads addr.proto as an
// address family and prints it so (htons(0x800 /* AF_??? */)), which
// nldump keeps; but it is an ethertype (ETH_P_IP, ETH_P_IPV6, or 0 for a
// layer 2 entry whose address is a MAC), and addr.u, which strace leaves
// as hex for those, decodes by it.
func (s *state) rtBrMdbEntry(off, n int) bool {
	if n < brMdbSize {
		return false
	}
	proto := s.ube(off+24, 2)
	s.openStruct("", off, brMdbSize)
	s.ifindex("ifindex", off, 4)
	s.xval("state", off+4, 1, xlat.MdbStates, "MDB_???")
	s.flagsF("flags", off+5, 1, xlat.MdbFlags, "MDB_FLAGS_???")
	s.fieldU("vid", off+6, 2)
	s.openStruct("addr", off+8, 20)
	switch proto {
	case xlat.AF_INET, xlat.ETH_P_IP:
		s.inet("u", xlat.AF_INET, off+8, 4)
	case xlat.AF_INET6:
		// strace's own rendering: inet_pton(AF_INET6, "...", &u)
		s.inet("u", xlat.AF_INET6, off+8, 16)
	case xlat.ETH_P_IPV6:
		// in place of strace's u="\x.."
		s.inetText("u", xlat.AF_INET6, off+8)
	case 0:
		s.hwaddr("u", off+8, 6, 255)
	default:
		s.rtHexNamed("u", off+8, 16)
	}
	s.call("proto", "htons", off+24, 2)
	s.xvalV("", proto, off+24, 2, xlat.Addrfams, "AF_???", numX)
	s.close()
	s.close()
	s.close()
	return true
}

// mdbEntryInfo prints MDBA_MDB_ENTRY_INFO: the entry, then its attributes.
var mdbEntryInfo = funcDec(func(s *state, off, n int) bool {
	if !s.rtBrMdbEntry(off, n) {
		return false
	}
	if a := nlmsgAlign(brMdbSize); n > a {
		s.attrs(off+a, n-a, mdbaEattrAttrs)
	}
	return true
})

var mdbaSrcattrAttrs = newSet(xlat.RtnlMdbaMdbSrcattrAttrs, "MDBA_MDB_SRCATTR_???", []attrDec{
	xlat.MDBA_MDB_SRCATTR_ADDRESS: nlaAddrByLen,
	xlat.MDBA_MDB_SRCATTR_TIMER:   nlaClockT,
})

var mdbaSrclistAttrs = newSet(xlat.RtnlMdbaMdbSrclistAttrs, "MDBA_MDB_SRCLIST_???", []attrDec{
	xlat.MDBA_MDB_SRCLIST_ENTRY: nestDec{mdbaSrcattrAttrs},
})

var mdbGroupMode = xvalDec{tab: xlat.MdbGroupModes, dflt: "MCAST_???", size: 1}

var mdbaEattrAttrs = newSet(xlat.RtnlMdbaMdbEattrAttrs, "MDBA_MDB_EATTR_???", []attrDec{
	xlat.MDBA_MDB_EATTR_TIMER:      nlaClockT,
	xlat.MDBA_MDB_EATTR_SRC_LIST:   nestDec{mdbaSrclistAttrs},
	xlat.MDBA_MDB_EATTR_GROUP_MODE: mdbGroupMode,
	xlat.MDBA_MDB_EATTR_SOURCE:     nlaAddrByLen,
	xlat.MDBA_MDB_EATTR_RTPROT:     nlaRtProto,
	xlat.MDBA_MDB_EATTR_DST:        nlaAddrByLen,
	xlat.MDBA_MDB_EATTR_DST_PORT:   nlaBE16,
	xlat.MDBA_MDB_EATTR_VNI:        nlaU32,
	xlat.MDBA_MDB_EATTR_IFINDEX:    nlaIfindex,
	xlat.MDBA_MDB_EATTR_SRC_VNI:    nlaU32,
})

var mdbaMdbEntryAttrs = newSet(xlat.RtnlMdbaMdbEntryAttrs, "MDBA_MDB_ENTRY_???", []attrDec{
	xlat.MDBA_MDB_ENTRY_INFO: mdbEntryInfo,
})

var mdbaMdbAttrs = newSet(xlat.RtnlMdbaMdbAttrs, "MDBA_MDB_???", []attrDec{
	xlat.MDBA_MDB_ENTRY: nestDec{mdbaMdbEntryAttrs},
})

var mdbaRouterPattrAttrs = newSet(xlat.RtnlMdbaRouterPattrAttrs, "MDBA_ROUTER_PATTR_???", []attrDec{
	xlat.MDBA_ROUTER_PATTR_TIMER:       nlaClockT,
	xlat.MDBA_ROUTER_PATTR_TYPE:        funcDec(mdbRouterType),
	xlat.MDBA_ROUTER_PATTR_INET_TIMER:  nlaClockT,
	xlat.MDBA_ROUTER_PATTR_INET6_TIMER: nlaClockT,
	xlat.MDBA_ROUTER_PATTR_VID:         nlaU16,
})

// mdbaRouterPort prints MDBA_ROUTER_PORT: an ifindex, then attributes.
var mdbaRouterPort = funcDec(func(s *state, off, n int) bool {
	if n < 4 {
		return false
	}
	s.ifindex("", off, 4)
	if n > 4 {
		s.attrs(off+4, n-4, mdbaRouterPattrAttrs)
	}
	return true
})

var mdbaRouterAttrs = newSet(xlat.RtnlMdbaRouterAttrs, "MDBA_ROUTER_???", []attrDec{
	xlat.MDBA_ROUTER_PORT: mdbaRouterPort,
})

var mdbaAttrs = newSet(xlat.RtnlMdbAttrs, "MDBA_???", []attrDec{
	xlat.MDBA_MDB:    nestDec{mdbaMdbAttrs},
	xlat.MDBA_ROUTER: nestDec{mdbaRouterAttrs},
})

// The attributes of requests.

var nlaBrMdbEntry = funcDec(func(s *state, off, n int) bool { return s.rtBrMdbEntry(off, n) })

var mdbeSrcattrAttrs = newSet(xlat.RtnlMdbeSrcattrAttrs, "MDBE_SRCATTR_???", []attrDec{
	xlat.MDBE_SRCATTR_ADDRESS: nlaAddrByLen,
})

var mdbeSrcListAttrs = newSet(xlat.RtnlMdbeSrcListAttrs, "MDBE_SRC_LIST_???", []attrDec{
	xlat.MDBE_SRC_LIST_ENTRY: nestDec{mdbeSrcattrAttrs},
})

var mdbeAttrs = newSet(xlat.RtnlMdbeAttrs, "MDBE_ATTR_???", []attrDec{
	xlat.MDBE_ATTR_SOURCE:     nlaAddrByLen,
	xlat.MDBE_ATTR_SRC_LIST:   nestDec{mdbeSrcListAttrs},
	xlat.MDBE_ATTR_GROUP_MODE: mdbGroupMode,
	xlat.MDBE_ATTR_RTPROT:     nlaRtProto,
	xlat.MDBE_ATTR_DST:        nlaAddrByLen,
	xlat.MDBE_ATTR_DST_PORT:   nlaBE16,
	xlat.MDBE_ATTR_VNI:        nlaU32,
	xlat.MDBE_ATTR_IFINDEX:    nlaIfindex,
	xlat.MDBE_ATTR_SRC_VNI:    nlaU32,
	xlat.MDBE_ATTR_STATE_MASK: nlaX8,
})

var mdbaSetEntryAttrs = newSet(xlat.RtnlMdbaSetEntryAttrs, "MDBA_SET_ENTRY_???", []attrDec{
	xlat.MDBA_SET_ENTRY:       nlaBrMdbEntry,
	xlat.MDBA_SET_ENTRY_ATTRS: nestDec{mdbeAttrs},
})

var mdbaGetEntryAttrs = newSet(xlat.RtnlMdbaGetEntryAttrs, "MDBA_GET_ENTRY_???", []attrDec{
	xlat.MDBA_GET_ENTRY:       nlaBrMdbEntry,
	xlat.MDBA_GET_ENTRY_ATTRS: nestDec{mdbeAttrs},
})

// mdbRouterType prints the first byte as a MDB_RTR_TYPE_*, whatever the
// payload's size (strace reads it so).
func mdbRouterType(s *state, off, n int) bool {
	s.xval("", off, 1, xlat.MulticastRouterTypes, "MDB_RTR_TYPE_???")
	return true
}
