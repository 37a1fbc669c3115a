package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// SR-IOV: IFLA_VFINFO_LIST, IFLA_VF_PORTS and IFLA_PORT_SELF.

func vfStruct(name string, size int, fs ...field) attrDec {
	return structDec{&structSpec{name: name, size: size, fields: fs}}
}

func fMAC(name string, off, size int) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtHwaddr}
}

var (
	lkVfMac    = vfStruct("ifla_vf_mac", 36, fU("vf", 0, 4), fMAC("mac", 4, 32))
	lkVfVlan   = vfStruct("ifla_vf_vlan", 12, fU("vf", 0, 4), fU("vlan", 4, 4), fU("qos", 8, 4))
	lkVfTxRate = vfStruct("ifla_vf_tx_rate", 8, fU("vf", 0, 4), fU("rate", 4, 4))
	// ifla_vf_spoofchk, ifla_vf_rss_query_en and ifla_vf_trust
	lkVfSetting   = vfStruct("ifla_vf_setting", 8, fU("vf", 0, 4), fU("setting", 4, 4))
	lkVfLinkState = vfStruct("ifla_vf_link_state", 8, fU("vf", 0, 4),
		fXval("link_state", 4, 4, xlat.RtnlIflaVfLinkStates, "IFLA_VF_LINK_STATE_???"))
	lkVfRate      = vfStruct("ifla_vf_rate", 12, fU("vf", 0, 4), fU("min_tx_rate", 4, 4), fU("max_tx_rate", 8, 4))
	lkVfBroadcast = vfStruct("ifla_vf_broadcast", 32, fMAC("broadcast", 0, 32))
)

// struct ifla_vf_guid: its guid is not naturally aligned, so the kernel's
// struct is 12 or 16 bytes by the architecture; both are accepted.
var lkVfGUID = funcDec(func(s *state, off, n int) bool {
	g := 0
	switch n {
	case 12:
		g = 4
	case 16:
		g = 8
	default:
		return false
	}
	s.openStruct("", off, n)
	s.fieldU("vf", off, 4)
	s.fieldX("guid", off+g, 8)
	s.close()
	return true
})

// struct ifla_vf_vlan_info
var lkVfVlanInfo = funcDec(func(s *state, off, n int) bool {
	if n < 16 {
		return false
	}
	s.openStruct("", off, 16)
	s.fieldU("vf", off, 4)
	s.fieldU("vlan", off+4, 4)
	s.fieldU("qos", off+8, 4)
	s.call("vlan_proto", "htons", off+12, 2)
	s.xvalV("", s.ube(off+12, 2), off+12, 2, xlat.EthernetProtocols, "ETH_P_???", numX)
	s.close()
	s.close()
	return true
})

var iflaVfVlanListAttrs = newSet(xlat.RtnlIflaVfVlanListAttrs, "IFLA_VF_VLAN_INFO_???", map[uint16]attrDec{
	1: lkVfVlanInfo, // IFLA_VF_VLAN_INFO
})

var iflaVfStatsAttrs = newSet(xlat.RtnlIflaVfStatsAttrs, "IFLA_VF_STATS_???", map[uint16]attrDec{
	0: nlaU64, // IFLA_VF_STATS_RX_PACKETS
	1: nlaU64, // IFLA_VF_STATS_TX_PACKETS
	2: nlaU64, // IFLA_VF_STATS_RX_BYTES
	3: nlaU64, // IFLA_VF_STATS_TX_BYTES
	4: nlaU64, // IFLA_VF_STATS_BROADCAST
	5: nlaU64, // IFLA_VF_STATS_MULTICAST
	7: nlaU64, // IFLA_VF_STATS_RX_DROPPED
	8: nlaU64, // IFLA_VF_STATS_TX_DROPPED
})

var iflaVfInfoAttrs = newSet(xlat.RtnlIflaVfInfoAttrs, "IFLA_VF_???", map[uint16]attrDec{
	1:  lkVfMac,                      // IFLA_VF_MAC
	2:  lkVfVlan,                     // IFLA_VF_VLAN
	3:  lkVfTxRate,                   // IFLA_VF_TX_RATE
	4:  lkVfSetting,                  // IFLA_VF_SPOOFCHK
	5:  lkVfLinkState,                // IFLA_VF_LINK_STATE
	6:  lkVfRate,                     // IFLA_VF_RATE
	7:  lkVfSetting,                  // IFLA_VF_RSS_QUERY_EN
	8:  nestDec{iflaVfStatsAttrs},    // IFLA_VF_STATS
	9:  lkVfSetting,                  // IFLA_VF_TRUST
	10: lkVfGUID,                     // IFLA_VF_IB_NODE_GUID
	11: lkVfGUID,                     // IFLA_VF_IB_PORT_GUID
	12: nestDec{iflaVfVlanListAttrs}, // IFLA_VF_VLAN_LIST
	13: lkVfBroadcast,                // IFLA_VF_BROADCAST
})

var iflaVfinfoListAttrs = newSet(xlat.RtnlIflaVfinfoListAttrs, "IFLA_VF_INFO_???", map[uint16]attrDec{
	1: nestDec{iflaVfInfoAttrs}, // IFLA_VF_INFO
})

// struct ifla_port_vsi; its pad shows only when it is not zero.
var lkPortVsi = funcDec(func(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	s.openStruct("", off, 8)
	s.fieldU("vsi_mgr_id", off, 1)
	s.add(Node{fmt: FmtStr, style: qForceHex, name: "vsi_type_id", off: uint32(off + 1), len: 3})
	s.fieldU("vsi_type_version", off+4, 1)
	if s.u8(off+5)|s.u8(off+6)|s.u8(off+7) != 0 {
		s.add(Node{fmt: FmtStr, style: qForceHex, name: "pad", off: uint32(off + 5), len: 3})
	}
	s.close()
	return true
})

// iflaPortAttrs is IFLA_PORT_SELF and each IFLA_VF_PORT. strace names
// its unknown types IFLA_VF_PORT_???.
var iflaPortAttrs = newSet(xlat.RtnlIflaPortAttrs, "IFLA_VF_PORT_???", map[uint16]attrDec{
	1: nlaU32,    // IFLA_PORT_VF
	2: nlaStr,    // IFLA_PORT_PROFILE
	3: lkPortVsi, // IFLA_PORT_VSI_TYPE
	6: nlaU8,     // IFLA_PORT_REQUEST
	7: nlaU16,    // IFLA_PORT_RESPONSE
})

var iflaVfPortsAttrs = newSet(xlat.RtnlIflaVfPortAttrs, "IFLA_VF_PORT_???", map[uint16]attrDec{
	1: nestDec{iflaPortAttrs}, // IFLA_VF_PORT
})
