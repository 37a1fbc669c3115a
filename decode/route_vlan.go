package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWVLAN, RTM_DELVLAN, RTM_GETVLAN: the bridge VLAN database, struct
// br_vlan_msg and BRIDGE_VLANDB_* attributes (strace 6.1 prints the family
// and hex). A dump request carries BRIDGE_VLANDB_DUMP_* attributes instead.

var routeVlanEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWVLAN, xlat.RTM_DELVLAN, xlat.RTM_GETVLAN},
	strace: []uint16{},
	dec:    decodeBrVlanMsg,
}

const rtmGetVlan = 114

var brVlanMsg = &structSpec{name: "br_vlan_msg", size: 8, fields: []field{
	fXval("family", 0, 1, xlat.Addrfams, "AF_???"),
	fIfindex("ifindex", 4),
}}

func decodeBrVlanMsg(s *state, family uint8, off, n int) {
	set := vlandbAttrs
	if s.ctx.msgType == rtmGetVlan && s.ctx.flags&xlat.NLM_F_REQUEST != 0 {
		set = vlandbDumpAttrs
	}
	s.fixedHeader(brVlanMsg, off, n, set)
}

// struct bridge_vlan_info
var bridgeVlanInfo = &structSpec{name: "bridge_vlan_info", size: 4, fields: []field{
	fFlags("flags", 0, 2, xlat.NlBridgeVlanFlags, "BRIDGE_VLAN_INFO_???"),
	fU("vid", 2, 2),
}}

var vlandbDumpAttrs = newSet(xlat.RtnlBridgeVlandbDumpAttrs, "BRIDGE_VLANDB_DUMP_???", []attrDec{
	xlat.BRIDGE_VLANDB_DUMP_FLAGS: flagsDec{tab: xlat.BridgeVlandbDumpFlags, dflt: "BRIDGE_VLANDB_DUMPF_???", size: 4},
})

var vlandbTinfoAttrs = newSet(xlat.RtnlBridgeVlandbTinfoAttrs, "BRIDGE_VLANDB_TINFO_???", []attrDec{
	xlat.BRIDGE_VLANDB_TINFO_ID:  nlaU32,
	xlat.BRIDGE_VLANDB_TINFO_CMD: xvalDec{tab: xlat.BridgeVlandbTinfoCmds, dflt: "RTM_???", size: 4},
})

var vlandbStatsAttrs = newSet(xlat.RtnlBridgeVlandbStatsAttrs, "BRIDGE_VLANDB_STATS_???", []attrDec{
	xlat.BRIDGE_VLANDB_STATS_RX_BYTES:   nlaU64,
	xlat.BRIDGE_VLANDB_STATS_RX_PACKETS: nlaU64,
	xlat.BRIDGE_VLANDB_STATS_TX_BYTES:   nlaU64,
	xlat.BRIDGE_VLANDB_STATS_TX_PACKETS: nlaU64,
})

var vlandbEntryAttrs = newSet(xlat.RtnlBridgeVlandbEntryAttrs, "BRIDGE_VLANDB_ENTRY_???", []attrDec{
	xlat.BRIDGE_VLANDB_ENTRY_INFO:             structDec{bridgeVlanInfo},
	xlat.BRIDGE_VLANDB_ENTRY_RANGE:            nlaU16,
	xlat.BRIDGE_VLANDB_ENTRY_STATE:            xvalDec{tab: xlat.BridgeVlandbPortStates, dflt: "BR_STATE_???", size: 1},
	xlat.BRIDGE_VLANDB_ENTRY_TUNNEL_INFO:      nestDec{vlandbTinfoAttrs},
	xlat.BRIDGE_VLANDB_ENTRY_STATS:            nestDec{vlandbStatsAttrs},
	xlat.BRIDGE_VLANDB_ENTRY_MCAST_ROUTER:     xvalDec{tab: xlat.MulticastRouterTypes, dflt: "MDB_RTR_TYPE_???", size: 1},
	xlat.BRIDGE_VLANDB_ENTRY_MCAST_N_GROUPS:   nlaU32,
	xlat.BRIDGE_VLANDB_ENTRY_MCAST_MAX_GROUPS: nlaU32,
	xlat.BRIDGE_VLANDB_ENTRY_NEIGH_SUPPRESS:   nlaU8,
})

var vlandbQuerierAttrs = newSet(xlat.RtnlIflaBrMcastQuerierAttrs, "BRIDGE_QUERIER_???", []attrDec{
	xlat.BRIDGE_QUERIER_IP_ADDRESS:       nlaInAddr,
	xlat.BRIDGE_QUERIER_IP_PORT:          nlaIfindex,
	xlat.BRIDGE_QUERIER_IP_OTHER_TIMER:   nlaU64,
	xlat.BRIDGE_QUERIER_IPV6_ADDRESS:     nlaIn6Addr,
	xlat.BRIDGE_QUERIER_IPV6_PORT:        nlaIfindex,
	xlat.BRIDGE_QUERIER_IPV6_OTHER_TIMER: nlaU64,
})

var vlandbGoptsAttrs = newSet(xlat.RtnlBridgeVlandbGoptsAttrs, "BRIDGE_VLANDB_GOPTS_???", []attrDec{
	xlat.BRIDGE_VLANDB_GOPTS_ID:                         nlaU16,
	xlat.BRIDGE_VLANDB_GOPTS_RANGE:                      nlaU16,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_SNOOPING:             nlaU8,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_IGMP_VERSION:         nlaU8,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_MLD_VERSION:          nlaU8,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_CNT:      nlaU32,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_CNT:    nlaU32,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_INTVL:    nlaU64,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_MEMBERSHIP_INTVL:     nlaU64,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_INTVL:        nlaU64,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_QUERY_INTVL:          nlaU64,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_QUERY_RESPONSE_INTVL: nlaU64,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_INTVL:  nlaU64,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_QUERIER:              nlaU8,
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS:         nestDec{mdbaRouterAttrs},
	xlat.BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_STATE:        nestDec{vlandbQuerierAttrs},
	xlat.BRIDGE_VLANDB_GOPTS_MSTI:                       nlaU16,
})

var vlandbAttrs = newSet(xlat.RtnlBridgeVlandbAttrs, "BRIDGE_VLANDB_???", []attrDec{
	xlat.BRIDGE_VLANDB_ENTRY:          nestDec{vlandbEntryAttrs},
	xlat.BRIDGE_VLANDB_GLOBAL_OPTIONS: nestDec{vlandbGoptsAttrs},
})
