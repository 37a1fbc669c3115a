package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWSTATS, RTM_GETSTATS, RTM_SETSTATS: struct if_stats_msg and the
// IFLA_STATS_* attributes of the kernel's answers, or the
// IFLA_STATS_GETSET_* attributes of requests (strace 6.1 reads those as
// IFLA_STATS_* too, and does not know RTM_SETSTATS).

var routeStatsEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWSTATS, xlat.RTM_GETSTATS, xlat.RTM_SETSTATS},
	strace: []uint16{xlat.RTM_NEWSTATS, xlat.RTM_GETSTATS},
	dec:    decodeIfStatsMsg,
}

// decodeIfStatsMsg prints struct if_stats_msg: its padding only when it
// is not zero, as strace does.
func decodeIfStatsMsg(s *state, family uint8, off, n int) {
	const size = 12
	whole := n >= size
	s.open(KindStruct, "", off, min(n, size), RoleBody)
	s.xval("family", off, 1, xlat.Addrfams, "AF_???")
	if whole {
		if s.u8(off+1) != 0 {
			s.fieldX("pad1", off+1, 1)
		}
		if s.u16(off+2) != 0 {
			s.fieldX("pad2", off+2, 2)
		}
		s.ifindex("ifindex", off+4, 4)
		s.flagsF("filter_mask", off+8, 4, xlat.IfstatsAttrFlags, "1<<IFLA_STATS_???")
	} else {
		s.more()
	}
	s.close()
	if whole && n > size {
		set := ifstatsAttrs
		if s.ctx.flags&xlat.NLM_F_REQUEST != 0 && s.ctx.msgType != xlat.RTM_NEWSTATS {
			set = ifstatsGetsetAttrs
		}
		s.attrs(off+size, n-size, set)
	}
}

// IFLA_STATS_GET_FILTERS: a filter mask for each IFLA_STATS_* nest
// (IFLA_STATS_FILTER_BIT of the attributes inside it).
var ifstatsGetFiltersAttrs = &attrSet{names: xlat.IfstatsAttrs, dflt: "IFLA_STATS_???",
	byType: func(*state, uint16) attrDec { return nlaX32 }}

var ifstatsGetsetAttrs = newSet(xlat.IfstatsGetsetAttrs, "IFLA_STATS_GETSET_???", []attrDec{
	xlat.IFLA_STATS_GET_FILTERS:                 nestDec{ifstatsGetFiltersAttrs},
	xlat.IFLA_STATS_SET_OFFLOAD_XSTATS_L3_STATS: nlaU8,
})

// struct bridge_vlan_xstats; pad2 shows only when it is not zero, and
// bytes after the struct as hex.
var lkBridgeVlanXstats = funcDec(func(s *state, off, n int) bool {
	const size = 40
	if n < size {
		return false
	}
	s.openStruct("", off, size)
	s.fieldU("rx_bytes", off, 8)
	s.fieldU("rx_packets", off+8, 8)
	s.fieldU("tx_bytes", off+16, 8)
	s.fieldU("tx_packets", off+24, 8)
	s.fieldU("vid", off+32, 2)
	s.flagsF("flags", off+34, 2, xlat.NlBridgeVlanFlags, "BRIDGE_VLAN_INFO_???")
	if s.u32(off+36) != 0 {
		s.fieldX("pad2", off+36, 4)
	}
	s.close()
	if n > size {
		s.hex(off+size, n-size)
	}
	return true
})

// struct br_mcast_stats: counters, most of them per direction.
var brMcastStatsFields = []struct {
	name string
	dirs bool
}{
	{"igmp_v1queries", true}, {"igmp_v2queries", true}, {"igmp_v3queries", true},
	{"igmp_leaves", true}, {"igmp_v1reports", true}, {"igmp_v2reports", true},
	{"igmp_v3reports", true}, {"igmp_parse_errors", false},
	{"mld_v1queries", true}, {"mld_v2queries", true}, {"mld_leaves", true},
	{"mld_v1reports", true}, {"mld_v2reports", true}, {"mld_parse_errors", false},
	{"mcast_bytes", true}, {"mcast_packets", true},
}

var lkBrMcastStats = funcDec(func(s *state, off, n int) bool {
	const size = 240
	if n < size {
		return false
	}
	s.openStruct("", off, size)
	o := off
	for _, f := range brMcastStatsFields {
		if !f.dirs {
			s.fieldU(f.name, o, 8)
			o += 8
			continue
		}
		i := s.mark()
		s.printArray(o, 2, 8, FmtU, xlat.IfstatsXstatsBridgeMcastIndices, "", numU)
		s.node(i).name = f.name
		o += 16
	}
	s.close()
	if n > size {
		s.hex(off+size, n-size)
	}
	return true
})

// lkU64Struct prints a struct of 64-bit counters, and bytes after it as
// hex.
func lkU64Struct(names ...string) attrDec {
	return funcDec(func(s *state, off, n int) bool {
		size := 8 * len(names)
		if n < size {
			return false
		}
		s.openStruct("", off, size)
		for i, name := range names {
			s.fieldU(name, off+8*i, 8)
		}
		s.close()
		if n > size {
			s.hex(off+size, n-size)
		}
		return true
	})
}

var ifstatsXstatsBridgeAttrs = newSet(xlat.IfstatsXstatsBridgeAttrs, "BRIDGE_XSTATS_???", []attrDec{
	xlat.BRIDGE_XSTATS_VLAN:  lkBridgeVlanXstats,
	xlat.BRIDGE_XSTATS_MCAST: lkBrMcastStats,
	xlat.BRIDGE_XSTATS_STP:   lkU64Struct("transition_blk", "transition_fwd", "rx_bpdu", "tx_bpdu", "rx_tcn", "tx_tcn"),
})

var ifstatsXstatsBond3adAttrs = newSet(xlat.IfstatsXstatsBond3adAttrs, "BOND_XSTATS_???", []attrDec{
	xlat.BOND_3AD_STAT_LACPDU_RX:         nlaU64,
	xlat.BOND_3AD_STAT_LACPDU_TX:         nlaU64,
	xlat.BOND_3AD_STAT_LACPDU_UNKNOWN_RX: nlaU64,
	xlat.BOND_3AD_STAT_LACPDU_ILLEGAL_RX: nlaU64,
	xlat.BOND_3AD_STAT_MARKER_RX:         nlaU64,
	xlat.BOND_3AD_STAT_MARKER_TX:         nlaU64,
	xlat.BOND_3AD_STAT_MARKER_RESP_RX:    nlaU64,
	xlat.BOND_3AD_STAT_MARKER_RESP_TX:    nlaU64,
	xlat.BOND_3AD_STAT_MARKER_UNKNOWN_RX: nlaU64,
})

var ifstatsXstatsBondAttrs = newSet(xlat.IfstatsXstatsBondAttrs, "BOND_XSTATS_???", []attrDec{
	xlat.BOND_XSTATS_3AD: nestDec{ifstatsXstatsBond3adAttrs},
})

var ifstatsXstatsAttrs = newSet(xlat.IfstatsXstatsTypeAttrs, "LINK_XSTATS_TYPE_???", []attrDec{
	xlat.LINK_XSTATS_TYPE_BRIDGE: nestDec{ifstatsXstatsBridgeAttrs},
	xlat.LINK_XSTATS_TYPE_BOND:   nestDec{ifstatsXstatsBondAttrs},
})

var ifstatsOffloadHwSInfoItemAttrs = newSet(xlat.IfstatsOffloadHwSInfoAttrs, "IFLA_OFFLOAD_XSTATS_HW_S_INFO_???", []attrDec{
	xlat.IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST: nlaU8,
	xlat.IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED:    nlaU8,
})

// IFLA_OFFLOAD_XSTATS_HW_S_INFO holds one nest per kind of hardware
// statistics, typed by its IFLA_OFFLOAD_XSTATS_* attribute.
var ifstatsOffloadHwSInfoAttrs = &attrSet{names: xlat.IfstatsOffloadAttrs, dflt: "IFLA_OFFLOAD_XSTATS_???",
	byType: func(*state, uint16) attrDec { return nestDec{ifstatsOffloadHwSInfoItemAttrs} }}

var ifstatsOffloadAttrs = newSet(xlat.IfstatsOffloadAttrs, "IFLA_OFFLOAD_XSTATS_???", []attrDec{
	xlat.IFLA_OFFLOAD_XSTATS_CPU_HIT:   linkStats64,
	xlat.IFLA_OFFLOAD_XSTATS_HW_S_INFO: nestDec{ifstatsOffloadHwSInfoAttrs},
	xlat.IFLA_OFFLOAD_XSTATS_L3_STATS: lkU64Struct("rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors",
		"tx_errors", "rx_dropped", "tx_dropped", "multicast"), // IFLA_OFFLOAD_XSTATS_L3_STATS
})

var ifstatsMplsAttrs = newSet(xlat.IfstatsAfSpecMplsAttrs, "MPLS_STATS_???", []attrDec{
	xlat.MPLS_STATS_LINK: lkU64Struct("rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors",
		"tx_errors", "rx_dropped", "tx_dropped", "rx_noroute"), // MPLS_STATS_LINK
})

// IFLA_STATS_AF_SPEC: one nest per address family, typed by the family
// (the low byte of the whole nla_type, as in IFLA_AF_SPEC).
var ifstatsAfAttrs = &attrSet{names: xlat.Addrfams, dflt: "AF_???",
	byType: func(*state, uint16) attrDec { return ifstatsAfItem }}

var ifstatsAfItem = funcDec(func(s *state, off, n int) bool {
	if uint8(s.rawType(off)) != xlat.AF_MPLS {
		return false
	}
	s.attrs(off, n, ifstatsMplsAttrs)
	return true
})

var ifstatsAttrs = newSet(xlat.IfstatsAttrs, "IFLA_STATS_???", []attrDec{
	xlat.IFLA_STATS_LINK_64:             linkStats64,
	xlat.IFLA_STATS_LINK_XSTATS:         nestDec{ifstatsXstatsAttrs},
	xlat.IFLA_STATS_LINK_XSTATS_SLAVE:   nestDec{ifstatsXstatsAttrs},
	xlat.IFLA_STATS_LINK_OFFLOAD_XSTATS: nestDec{ifstatsOffloadAttrs},
	xlat.IFLA_STATS_AF_SPEC:             nestDec{ifstatsAfAttrs},
})
