package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWNEIGH, RTM_DELNEIGH, RTM_GETNEIGH: struct ndmsg and NDA_*
// attributes (ARP/NDP neighbours and bridge FDB entries). An AF_BRIDGE
// RTM_GETNEIGH is read as struct ifinfomsg, as strace reads it (bridge fdb
// dumps may send either).

var routeNeighEntry = routeEntry{
	types: []uint16{28, 29, 30},
	dec:   decodeNeigh,
}

const rtmGetNeigh = 30

var ndmsg = &structSpec{name: "ndmsg", size: 12, fields: []field{
	fXval("ndm_family", 0, 1, xlat.Addrfams, "AF_???"),
	fIfindex("ndm_ifindex", 4),
	fFlags("ndm_state", 8, 2, xlat.NeighborCacheEntryStates, "NUD_???"),
	fFlags("ndm_flags", 10, 1, xlat.NeighborCacheEntryFlags, "NTF_???"),
	fXval("ndm_type", 11, 1, xlat.RoutingTypes, "RTN_???"),
}}

func decodeNeigh(s *state, family uint8, off, n int) {
	if s.ctx.msgType == rtmGetNeigh && family == afBridge {
		decodeIfinfomsg(s, family, off, n)
		return
	}
	s.fixedHeader(ndmsg, off, n, ndaAttrs)
}

// struct nda_cacheinfo
var ndaCacheinfo = &structSpec{name: "nda_cacheinfo", size: 16, fields: []field{
	fU("ndm_confirmed", 0, 4),
	fU("ndm_used", 4, 4),
	fU("ndm_updated", 8, 4),
	fU("ndm_refcnt", 12, 4),
}}

// ndaDst prints NDA_DST by the family of the ndmsg; in a bridge FDB entry
// it is the remote (VXLAN) address, IPv4 or IPv6 by its size.
var ndaDst = funcDec(func(s *state, off, n int) bool {
	if s.ctx.family == afBridge {
		// strace prints hex here: the address takes its place
		if n == 16 {
			s.inetText("", afInet6, off)
			return true
		}
		return s.rtInetByLen("", off, n)
	}
	return s.rtInet("", s.ctx.family, off, n)
})

var nfeaAttrs = newSet(xlat.RtnlNeighFdbExtAttrs, "NFEA_???", map[uint16]attrDec{
	1: flagsDec{xlat.FdbNotifyFlags, "FDB_NOTIFY_???", 1}, // NFEA_ACTIVITY_NOTIFY
})

var ndaAttrs = newSet(xlat.RtnlNeighAttrs, "NDA_???", map[uint16]attrDec{
	1:  ndaDst,                                                      // NDA_DST
	2:  nlaHwaddr,                                                   // NDA_LLADDR
	3:  structDec{ndaCacheinfo},                                     // NDA_CACHEINFO
	4:  nlaU32,                                                      // NDA_PROBES
	5:  nlaU16,                                                      // NDA_VLAN
	6:  nlaBE16,                                                     // NDA_PORT
	7:  nlaU32,                                                      // NDA_VNI
	8:  nlaIfindex,                                                  // NDA_IFINDEX
	9:  nlaIfindex,                                                  // NDA_MASTER
	10: nlaU32,                                                      // NDA_LINK_NETNSID
	11: nlaU32,                                                      // NDA_SRC_VNI
	12: nlaRtProto,                                                  // NDA_PROTOCOL
	13: nlaU32,                                                      // NDA_NH_ID
	14: nestDec{nfeaAttrs},                                          // NDA_FDB_EXT_ATTRS
	15: flagsDec{xlat.NeighborCacheEntryExtFlags, "NTF_EXT_???", 4}, // NDA_FLAGS_EXT
	16: flagsDec{xlat.NeighborCacheEntryStates, "NUD_???", 2},       // NDA_NDM_STATE_MASK
	17: flagsDec{xlat.NeighborCacheEntryFlags, "NTF_???", 1},        // NDA_NDM_FLAGS_MASK
})
