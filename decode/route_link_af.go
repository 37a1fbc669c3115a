package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// IFLA_AF_SPEC has two shapes. In AF_BRIDGE messages it holds the
// IFLA_BRIDGE_* attributes directly; in the others, one nest per address
// family, typed by the family, holding that family's attributes.
func decodeIflaAfSpec(s *state, off, n int) bool {
	if s.ctx.family == xlat.AF_BRIDGE {
		s.attrs(off, n, iflaBridgeAttrs)
	} else {
		s.attrs(off, n, iflaAfAttrs)
	}
	return true
}

var iflaAfAttrs = &attrSet{names: xlat.Addrfams, dflt: "AF_???",
	byType: func(s *state, typ uint16) attrDec { return iflaAfItem }}

// iflaAfItem decodes one family's nest. The family is the low byte of
// the whole nla_type, flags included (strace narrows it the same way).
var iflaAfItem = funcDec(func(s *state, off, n int) bool {
	var set *attrSet
	switch uint8(s.rawType(off)) {
	case xlat.AF_INET:
		set = iflaInetAttrs
	case xlat.AF_INET6:
		set = iflaInet6Attrs
	case xlat.AF_MCTP:
		set = iflaMctpAttrs
	default:
		return false
	}
	s.attrs(off, n, set)
	return true
})

// IFLA_PROTINFO: the bridge port attributes in AF_BRIDGE messages, the
// IPv6 ones in AF_INET6 messages; anything else stays hex.
func decodeIflaProtinfo(s *state, off, n int) bool {
	switch s.ctx.family {
	case xlat.AF_BRIDGE:
		s.attrs(off, n, iflaBrportAttrs)
	case xlat.AF_INET6:
		s.attrs(off, n, iflaInet6Attrs)
	default:
		return false
	}
	return true
}

var iflaInetAttrs = newSet(xlat.RtnlIflaAfSpecInetAttrs, "IFLA_INET_???", []attrDec{
	xlat.IFLA_INET_CONF: arrayDec{4, FmtD, xlat.InetDevconfIndices, "IPV4_DEVCONF_???", numD},
})

// struct ifla_cacheinfo
var lkCacheinfo = structDec{&structSpec{name: "ifla_cacheinfo", size: 16, fields: []field{
	fU("max_reasm_len", 0, 4),
	fU("tstamp", 4, 4),
	fU("reachable_time", 8, 4),
	fU("retrans_time", 12, 4),
}}}

var iflaInet6Attrs = newSet(xlat.RtnlIflaAfSpecInet6Attrs, "IFLA_INET6_???", []attrDec{
	xlat.IFLA_INET6_FLAGS:         flagsDec{tab: xlat.Inet6IfFlags, dflt: "IF_???", size: 4},
	xlat.IFLA_INET6_CONF:          arrayDec{4, FmtD, xlat.Inet6DevconfIndices, "DEVCONF_???", numD},
	xlat.IFLA_INET6_STATS:         arrayDec{8, FmtU, xlat.SnmpIpStats, "IPSTATS_MIB_???", numU},
	xlat.IFLA_INET6_CACHEINFO:     lkCacheinfo,
	xlat.IFLA_INET6_ICMP6STATS:    arrayDec{8, FmtU, xlat.SnmpIcmp6Stats, "ICMP6_MIB_???", numU},
	xlat.IFLA_INET6_TOKEN:         nlaIn6Addr,
	xlat.IFLA_INET6_ADDR_GEN_MODE: xvalDec{tab: xlat.In6AddrGenMode, dflt: "IN6_ADDR_GEN_MODE_???", size: 1, nf: 0, be: false},
	xlat.IFLA_INET6_RA_MTU:        nlaU32,
})

var iflaMctpAttrs = newSet(xlat.RtnlIflaAfSpecMctpAttrs, "IFLA_MCTP_???", []attrDec{
	xlat.IFLA_MCTP_NET:          nlaU32,
	xlat.IFLA_MCTP_PHYS_BINDING: nlaU8,
})

// struct bridge_vlan_info, then whatever follows it as hex.
var lkBridgeVlanInfo = funcDec(func(s *state, off, n int) bool {
	if n < 4 {
		return false
	}
	s.openStruct("", off, 4)
	s.flagsF("flags", off, 2, xlat.NlBridgeVlanFlags, "BRIDGE_VLAN_INFO_???")
	s.fieldU("vid", off+2, 2)
	s.close()
	if n > 4 {
		s.hex(off+4, n-4)
	}
	return true
})

var iflaBridgeVlanTunnelAttrs = newSet(xlat.RtnlIflaAfSpecBridgeVlanTunnelInfoAttrs, "IFLA_BRIDGE_VLAN_TUNNEL_???", []attrDec{
	xlat.IFLA_BRIDGE_VLAN_TUNNEL_ID:    nlaU32,
	xlat.IFLA_BRIDGE_VLAN_TUNNEL_VID:   nlaU16,
	xlat.IFLA_BRIDGE_VLAN_TUNNEL_FLAGS: flagsDec{tab: xlat.NlBridgeVlanFlags, dflt: "BRIDGE_VLAN_INFO_???", size: 2},
})

var iflaBridgeMstEntryAttrs = newSet(xlat.RtnlIflaAfSpecBridgeMstEntryAttrs, "IFLA_BRIDGE_MST_ENTRY_???", []attrDec{
	xlat.IFLA_BRIDGE_MST_ENTRY_MSTI:  nlaU16,
	xlat.IFLA_BRIDGE_MST_ENTRY_STATE: nlaU8,
})

var iflaBridgeMstAttrs = newSet(xlat.RtnlIflaAfSpecBridgeMstAttrs, "IFLA_BRIDGE_MST_???", []attrDec{
	xlat.IFLA_BRIDGE_MST_ENTRY: nestDec{iflaBridgeMstEntryAttrs},
})

// iflaBridgeAttrs is IFLA_AF_SPEC of AF_BRIDGE messages.
var iflaBridgeAttrs = newSet(xlat.RtnlIflaAfSpecBridgeAttrs, "IFLA_BRIDGE_???", []attrDec{
	xlat.IFLA_BRIDGE_FLAGS:            flagsDec{tab: xlat.RtnlIflaBridgeFlags, dflt: "BRIDGE_FLAGS_???", size: 2},
	xlat.IFLA_BRIDGE_MODE:             xvalDec{tab: xlat.RtnlIflaBridgeModes, dflt: "BRIDGE_MODE_???", size: 2, nf: 0, be: false},
	xlat.IFLA_BRIDGE_VLAN_INFO:        lkBridgeVlanInfo,
	xlat.IFLA_BRIDGE_VLAN_TUNNEL_INFO: nestDec{iflaBridgeVlanTunnelAttrs},
	xlat.IFLA_BRIDGE_MST:              nestDec{iflaBridgeMstAttrs},
})
