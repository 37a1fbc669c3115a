package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWTUNNEL, RTM_DELTUNNEL, RTM_GETTUNNEL: VXLAN VNI filters, struct
// tunnel_msg and VXLAN_VNIFILTER_* attributes (unknown to strace 6.1).

var routeTunnelEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWTUNNEL, xlat.RTM_DELTUNNEL, xlat.RTM_GETTUNNEL},
	strace: []uint16{},
	dec: func(s *state, family uint8, off, n int) {
		s.fixedHeader(tunnelMsg, off, n, vnifilterAttrs)
	},
}

var tunnelMsg = &structSpec{name: "tunnel_msg", size: 8, fields: []field{
	fXval("family", 0, 1, xlat.Addrfams, "AF_???"),
	fFlags("flags", 1, 1, xlat.TunnelMsgFlags, "TUNNEL_MSG_FLAG_???"),
	fIfindex("ifindex", 4),
}}

var vnifilterStatsAttrs = newSet(xlat.RtnlVxlanVnifilterEntryStatsAttrs, "VNIFILTER_ENTRY_STATS_???", []attrDec{
	xlat.VNIFILTER_ENTRY_STATS_RX_BYTES:  nlaU64,
	xlat.VNIFILTER_ENTRY_STATS_RX_PKTS:   nlaU64,
	xlat.VNIFILTER_ENTRY_STATS_RX_DROPS:  nlaU64,
	xlat.VNIFILTER_ENTRY_STATS_RX_ERRORS: nlaU64,
	xlat.VNIFILTER_ENTRY_STATS_TX_BYTES:  nlaU64,
	xlat.VNIFILTER_ENTRY_STATS_TX_PKTS:   nlaU64,
	xlat.VNIFILTER_ENTRY_STATS_TX_DROPS:  nlaU64,
	xlat.VNIFILTER_ENTRY_STATS_TX_ERRORS: nlaU64,
})

var vnifilterEntryAttrs = newSet(xlat.RtnlVxlanVnifilterEntryAttrs, "VXLAN_VNIFILTER_ENTRY_???", []attrDec{
	xlat.VXLAN_VNIFILTER_ENTRY_START:  nlaU32,
	xlat.VXLAN_VNIFILTER_ENTRY_END:    nlaU32,
	xlat.VXLAN_VNIFILTER_ENTRY_GROUP:  nlaInAddr,
	xlat.VXLAN_VNIFILTER_ENTRY_GROUP6: nlaIn6Addr,
	xlat.VXLAN_VNIFILTER_ENTRY_STATS:  nestDec{vnifilterStatsAttrs},
})

var vnifilterAttrs = newSet(xlat.RtnlVxlanVnifilterAttrs, "VXLAN_VNIFILTER_???", []attrDec{
	xlat.VXLAN_VNIFILTER_ENTRY: nestDec{vnifilterEntryAttrs},
})
