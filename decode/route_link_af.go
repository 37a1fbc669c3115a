package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Address families that give IFLA_AF_SPEC and IFLA_PROTINFO their
// meaning (linux/socket.h).
const (
	afBridge = 7
	afMctp   = 45
)

// IFLA_AF_SPEC has two shapes. In AF_BRIDGE messages it holds the
// IFLA_BRIDGE_* attributes directly; in the others, one nest per address
// family, typed by the family, holding that family's attributes.
func decodeIflaAfSpec(s *state, off, n int) bool {
	if s.ctx.family == afBridge {
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
	case afInet:
		set = iflaInetAttrs
	case afInet6:
		set = iflaInet6Attrs
	case afMctp:
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
	case afBridge:
		s.attrs(off, n, iflaBrportAttrs)
	case afInet6:
		s.attrs(off, n, iflaInet6Attrs)
	default:
		return false
	}
	return true
}

var iflaInetAttrs = newSet(xlat.RtnlIflaAfSpecInetAttrs, "IFLA_INET_???", map[uint16]attrDec{
	1: arrayDec{4, FmtD, xlat.InetDevconfIndices, "IPV4_DEVCONF_???", numD}, // IFLA_INET_CONF
})

// struct ifla_cacheinfo
var lkCacheinfo = structDec{&structSpec{name: "ifla_cacheinfo", size: 16, fields: []field{
	fU("max_reasm_len", 0, 4),
	fU("tstamp", 4, 4),
	fU("reachable_time", 8, 4),
	fU("retrans_time", 12, 4),
}}}

var iflaInet6Attrs = newSet(xlat.RtnlIflaAfSpecInet6Attrs, "IFLA_INET6_???", map[uint16]attrDec{
	1: flagsDec{xlat.Inet6IfFlags, "IF_???", 4},                           // IFLA_INET6_FLAGS
	2: arrayDec{4, FmtD, xlat.Inet6DevconfIndices, "DEVCONF_???", numD},   // IFLA_INET6_CONF
	3: arrayDec{8, FmtU, xlat.SnmpIpStats, "IPSTATS_MIB_???", numU},       // IFLA_INET6_STATS
	5: lkCacheinfo,                                                        // IFLA_INET6_CACHEINFO
	6: arrayDec{8, FmtU, xlat.SnmpIcmp6Stats, "ICMP6_MIB_???", numU},      // IFLA_INET6_ICMP6STATS
	7: nlaIn6Addr,                                                         // IFLA_INET6_TOKEN
	8: xvalDec{xlat.In6AddrGenMode, "IN6_ADDR_GEN_MODE_???", 1, 0, false}, // IFLA_INET6_ADDR_GEN_MODE
	9: nlaU32,                                                             // IFLA_INET6_RA_MTU
})

var iflaMctpAttrs = newSet(xlat.RtnlIflaAfSpecMctpAttrs, "IFLA_MCTP_???", map[uint16]attrDec{
	1: nlaU32, // IFLA_MCTP_NET
	2: nlaU8,  // IFLA_MCTP_PHYS_BINDING
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

var iflaBridgeVlanTunnelAttrs = newSet(xlat.RtnlIflaAfSpecBridgeVlanTunnelInfoAttrs, "IFLA_BRIDGE_VLAN_TUNNEL_???", map[uint16]attrDec{
	1: nlaU32,                                                      // IFLA_BRIDGE_VLAN_TUNNEL_ID
	2: nlaU16,                                                      // IFLA_BRIDGE_VLAN_TUNNEL_VID
	3: flagsDec{xlat.NlBridgeVlanFlags, "BRIDGE_VLAN_INFO_???", 2}, // IFLA_BRIDGE_VLAN_TUNNEL_FLAGS
})

var iflaBridgeMstEntryAttrs = newSet(xlat.RtnlIflaAfSpecBridgeMstEntryAttrs, "IFLA_BRIDGE_MST_ENTRY_???", map[uint16]attrDec{
	1: nlaU16, // IFLA_BRIDGE_MST_ENTRY_MSTI
	2: nlaU8,  // IFLA_BRIDGE_MST_ENTRY_STATE
})

var iflaBridgeMstAttrs = newSet(xlat.RtnlIflaAfSpecBridgeMstAttrs, "IFLA_BRIDGE_MST_???", map[uint16]attrDec{
	1: nestDec{iflaBridgeMstEntryAttrs}, // IFLA_BRIDGE_MST_ENTRY
})

// iflaBridgeAttrs is IFLA_AF_SPEC of AF_BRIDGE messages.
var iflaBridgeAttrs = newSet(xlat.RtnlIflaAfSpecBridgeAttrs, "IFLA_BRIDGE_???", map[uint16]attrDec{
	0: flagsDec{xlat.RtnlIflaBridgeFlags, "BRIDGE_FLAGS_???", 2},         // IFLA_BRIDGE_FLAGS
	1: xvalDec{xlat.RtnlIflaBridgeModes, "BRIDGE_MODE_???", 2, 0, false}, // IFLA_BRIDGE_MODE
	2: lkBridgeVlanInfo,                                                  // IFLA_BRIDGE_VLAN_INFO
	3: nestDec{iflaBridgeVlanTunnelAttrs},                                // IFLA_BRIDGE_VLAN_TUNNEL_INFO
	6: nestDec{iflaBridgeMstAttrs},                                       // IFLA_BRIDGE_MST
})
