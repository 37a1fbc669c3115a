package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWNEIGH, RTM_DELNEIGH, RTM_GETNEIGH: struct ndmsg and NDA_*
// attributes (ARP/NDP neighbours and bridge FDB entries). An AF_BRIDGE
// RTM_GETNEIGH is read as struct ifinfomsg, as strace reads it (bridge fdb
// dumps may send either).

var routeNeighEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWNEIGH, xlat.RTM_DELNEIGH, xlat.RTM_GETNEIGH},
	strace: []uint16{xlat.RTM_NEWNEIGH, xlat.RTM_DELNEIGH, xlat.RTM_GETNEIGH},
	dec:    decodeNeigh,
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
	if s.ctx.msgType == rtmGetNeigh && family == xlat.AF_BRIDGE {
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
	if s.ctx.family == xlat.AF_BRIDGE {
		// strace prints hex here: the address takes its place
		if n == 16 {
			s.inetText("", xlat.AF_INET6, off)
			return true
		}
		return s.rtInetByLen("", off, n)
	}
	return s.rtInet("", s.ctx.family, off, n)
})

var nfeaAttrs = newSet(xlat.RtnlNeighFdbExtAttrs, "NFEA_???", []attrDec{
	xlat.NFEA_ACTIVITY_NOTIFY: flagsDec{tab: xlat.FdbNotifyFlags, dflt: "FDB_NOTIFY_???", size: 1},
})

var ndaAttrs = newSet(xlat.RtnlNeighAttrs, "NDA_???", []attrDec{
	xlat.NDA_DST:            ndaDst,
	xlat.NDA_LLADDR:         nlaHwaddr,
	xlat.NDA_CACHEINFO:      structDec{ndaCacheinfo},
	xlat.NDA_PROBES:         nlaU32,
	xlat.NDA_VLAN:           nlaU16,
	xlat.NDA_PORT:           nlaBE16,
	xlat.NDA_VNI:            nlaU32,
	xlat.NDA_IFINDEX:        nlaIfindex,
	xlat.NDA_MASTER:         nlaIfindex,
	xlat.NDA_LINK_NETNSID:   nlaU32,
	xlat.NDA_SRC_VNI:        nlaU32,
	xlat.NDA_PROTOCOL:       nlaRtProto,
	xlat.NDA_NH_ID:          nlaU32,
	xlat.NDA_FDB_EXT_ATTRS:  nestDec{nfeaAttrs},
	xlat.NDA_FLAGS_EXT:      flagsDec{tab: xlat.NeighborCacheEntryExtFlags, dflt: "NTF_EXT_???", size: 4},
	xlat.NDA_NDM_STATE_MASK: flagsDec{tab: xlat.NeighborCacheEntryStates, dflt: "NUD_???", size: 2},
	xlat.NDA_NDM_FLAGS_MASK: flagsDec{tab: xlat.NeighborCacheEntryFlags, dflt: "NTF_???", size: 1},
})
