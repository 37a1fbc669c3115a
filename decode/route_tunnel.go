package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWTUNNEL, RTM_DELTUNNEL, RTM_GETTUNNEL: VXLAN VNI filters, struct
// tunnel_msg and VXLAN_VNIFILTER_* attributes (unknown to strace 6.1).

var routeTunnelEntry = routeEntry{
	types: []uint16{120, 121, 122},
	dec: func(s *state, family uint8, off, n int) {
		s.fixedHeader(tunnelMsg, off, n, vnifilterAttrs)
	},
}

var tunnelMsg = &structSpec{name: "tunnel_msg", size: 8, fields: []field{
	fXval("family", 0, 1, xlat.Addrfams, "AF_???"),
	fFlags("flags", 1, 1, xlat.TunnelMsgFlags, "TUNNEL_MSG_FLAG_???"),
	fIfindex("ifindex", 4),
}}

var vnifilterStatsAttrs = newSet(xlat.RtnlVxlanVnifilterEntryStatsAttrs, "VNIFILTER_ENTRY_STATS_???", map[uint16]attrDec{
	1: nlaU64, // VNIFILTER_ENTRY_STATS_RX_BYTES
	2: nlaU64, // VNIFILTER_ENTRY_STATS_RX_PKTS
	3: nlaU64, // VNIFILTER_ENTRY_STATS_RX_DROPS
	4: nlaU64, // VNIFILTER_ENTRY_STATS_RX_ERRORS
	5: nlaU64, // VNIFILTER_ENTRY_STATS_TX_BYTES
	6: nlaU64, // VNIFILTER_ENTRY_STATS_TX_PKTS
	7: nlaU64, // VNIFILTER_ENTRY_STATS_TX_DROPS
	8: nlaU64, // VNIFILTER_ENTRY_STATS_TX_ERRORS
})

var vnifilterEntryAttrs = newSet(xlat.RtnlVxlanVnifilterEntryAttrs, "VXLAN_VNIFILTER_ENTRY_???", map[uint16]attrDec{
	1: nlaU32,                       // VXLAN_VNIFILTER_ENTRY_START
	2: nlaU32,                       // VXLAN_VNIFILTER_ENTRY_END
	3: nlaInAddr,                    // VXLAN_VNIFILTER_ENTRY_GROUP
	4: nlaIn6Addr,                   // VXLAN_VNIFILTER_ENTRY_GROUP6
	5: nestDec{vnifilterStatsAttrs}, // VXLAN_VNIFILTER_ENTRY_STATS
})

var vnifilterAttrs = newSet(xlat.RtnlVxlanVnifilterAttrs, "VXLAN_VNIFILTER_???", map[uint16]attrDec{
	1: nestDec{vnifilterEntryAttrs}, // VXLAN_VNIFILTER_ENTRY
})
