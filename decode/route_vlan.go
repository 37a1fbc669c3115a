package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWVLAN, RTM_DELVLAN, RTM_GETVLAN: the bridge VLAN database, struct
// br_vlan_msg and BRIDGE_VLANDB_* attributes (strace 6.1 prints the family
// and hex). A dump request carries BRIDGE_VLANDB_DUMP_* attributes instead.

var routeVlanEntry = routeEntry{
	types: []uint16{112, 113, 114},
	dec:   decodeBrVlanMsg,
}

const rtmGetVlan = 114

var brVlanMsg = &structSpec{name: "br_vlan_msg", size: 8, fields: []field{
	fXval("family", 0, 1, xlat.Addrfams, "AF_???"),
	fIfindex("ifindex", 4),
}}

func decodeBrVlanMsg(s *state, family uint8, off, n int) {
	set := vlandbAttrs
	if s.ctx.msgType == rtmGetVlan && s.ctx.flags&nlmFRequest != 0 {
		set = vlandbDumpAttrs
	}
	s.fixedHeader(brVlanMsg, off, n, set)
}

// struct bridge_vlan_info
var bridgeVlanInfo = &structSpec{name: "bridge_vlan_info", size: 4, fields: []field{
	fFlags("flags", 0, 2, xlat.NlBridgeVlanFlags, "BRIDGE_VLAN_INFO_???"),
	fU("vid", 2, 2),
}}

var vlandbDumpAttrs = newSet(xlat.RtnlBridgeVlandbDumpAttrs, "BRIDGE_VLANDB_DUMP_???", map[uint16]attrDec{
	1: flagsDec{xlat.BridgeVlandbDumpFlags, "BRIDGE_VLANDB_DUMPF_???", 4}, // BRIDGE_VLANDB_DUMP_FLAGS
})

var vlandbTinfoAttrs = newSet(xlat.RtnlBridgeVlandbTinfoAttrs, "BRIDGE_VLANDB_TINFO_???", map[uint16]attrDec{
	1: nlaU32,                                                             // BRIDGE_VLANDB_TINFO_ID
	2: xvalDec{tab: xlat.BridgeVlandbTinfoCmds, dflt: "RTM_???", size: 4}, // BRIDGE_VLANDB_TINFO_CMD
})

var vlandbStatsAttrs = newSet(xlat.RtnlBridgeVlandbStatsAttrs, "BRIDGE_VLANDB_STATS_???", map[uint16]attrDec{
	1: nlaU64, // BRIDGE_VLANDB_STATS_RX_BYTES
	2: nlaU64, // BRIDGE_VLANDB_STATS_RX_PACKETS
	3: nlaU64, // BRIDGE_VLANDB_STATS_TX_BYTES
	4: nlaU64, // BRIDGE_VLANDB_STATS_TX_PACKETS
})

var vlandbEntryAttrs = newSet(xlat.RtnlBridgeVlandbEntryAttrs, "BRIDGE_VLANDB_ENTRY_???", map[uint16]attrDec{
	1: structDec{bridgeVlanInfo},                                                  // BRIDGE_VLANDB_ENTRY_INFO
	2: nlaU16,                                                                     // BRIDGE_VLANDB_ENTRY_RANGE
	3: xvalDec{tab: xlat.BridgeVlandbPortStates, dflt: "BR_STATE_???", size: 1},   // BRIDGE_VLANDB_ENTRY_STATE
	4: nestDec{vlandbTinfoAttrs},                                                  // BRIDGE_VLANDB_ENTRY_TUNNEL_INFO
	5: nestDec{vlandbStatsAttrs},                                                  // BRIDGE_VLANDB_ENTRY_STATS
	6: xvalDec{tab: xlat.MulticastRouterTypes, dflt: "MDB_RTR_TYPE_???", size: 1}, // BRIDGE_VLANDB_ENTRY_MCAST_ROUTER
	7: nlaU32,                                                                     // BRIDGE_VLANDB_ENTRY_MCAST_N_GROUPS
	8: nlaU32,                                                                     // BRIDGE_VLANDB_ENTRY_MCAST_MAX_GROUPS
	9: nlaU8,                                                                      // BRIDGE_VLANDB_ENTRY_NEIGH_SUPPRESS
})

var vlandbQuerierAttrs = newSet(xlat.RtnlIflaBrMcastQuerierAttrs, "BRIDGE_QUERIER_???", map[uint16]attrDec{
	1: nlaInAddr,  // BRIDGE_QUERIER_IP_ADDRESS
	2: nlaIfindex, // BRIDGE_QUERIER_IP_PORT
	3: nlaU64,     // BRIDGE_QUERIER_IP_OTHER_TIMER
	5: nlaIn6Addr, // BRIDGE_QUERIER_IPV6_ADDRESS
	6: nlaIfindex, // BRIDGE_QUERIER_IPV6_PORT
	7: nlaU64,     // BRIDGE_QUERIER_IPV6_OTHER_TIMER
})

var vlandbGoptsAttrs = newSet(xlat.RtnlBridgeVlandbGoptsAttrs, "BRIDGE_VLANDB_GOPTS_???", map[uint16]attrDec{
	1:  nlaU16,                      // BRIDGE_VLANDB_GOPTS_ID
	2:  nlaU16,                      // BRIDGE_VLANDB_GOPTS_RANGE
	3:  nlaU8,                       // BRIDGE_VLANDB_GOPTS_MCAST_SNOOPING
	4:  nlaU8,                       // BRIDGE_VLANDB_GOPTS_MCAST_IGMP_VERSION
	5:  nlaU8,                       // BRIDGE_VLANDB_GOPTS_MCAST_MLD_VERSION
	6:  nlaU32,                      // BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_CNT
	7:  nlaU32,                      // BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_CNT
	8:  nlaU64,                      // BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_INTVL
	10: nlaU64,                      // BRIDGE_VLANDB_GOPTS_MCAST_MEMBERSHIP_INTVL
	11: nlaU64,                      // BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_INTVL
	12: nlaU64,                      // BRIDGE_VLANDB_GOPTS_MCAST_QUERY_INTVL
	13: nlaU64,                      // BRIDGE_VLANDB_GOPTS_MCAST_QUERY_RESPONSE_INTVL
	14: nlaU64,                      // BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_INTVL
	15: nlaU8,                       // BRIDGE_VLANDB_GOPTS_MCAST_QUERIER
	16: nestDec{mdbaRouterAttrs},    // BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS
	17: nestDec{vlandbQuerierAttrs}, // BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_STATE
	18: nlaU16,                      // BRIDGE_VLANDB_GOPTS_MSTI
})

var vlandbAttrs = newSet(xlat.RtnlBridgeVlandbAttrs, "BRIDGE_VLANDB_???", map[uint16]attrDec{
	1: nestDec{vlandbEntryAttrs}, // BRIDGE_VLANDB_ENTRY
	2: nestDec{vlandbGoptsAttrs}, // BRIDGE_VLANDB_GLOBAL_OPTIONS
})
