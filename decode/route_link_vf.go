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

var iflaVfVlanListAttrs = newSet(xlat.RtnlIflaVfVlanListAttrs, "IFLA_VF_VLAN_INFO_???", []attrDec{
	xlat.IFLA_VF_VLAN_INFO: lkVfVlanInfo,
})

var iflaVfStatsAttrs = newSet(xlat.RtnlIflaVfStatsAttrs, "IFLA_VF_STATS_???", []attrDec{
	xlat.IFLA_VF_STATS_RX_PACKETS: nlaU64,
	xlat.IFLA_VF_STATS_TX_PACKETS: nlaU64,
	xlat.IFLA_VF_STATS_RX_BYTES:   nlaU64,
	xlat.IFLA_VF_STATS_TX_BYTES:   nlaU64,
	xlat.IFLA_VF_STATS_BROADCAST:  nlaU64,
	xlat.IFLA_VF_STATS_MULTICAST:  nlaU64,
	xlat.IFLA_VF_STATS_RX_DROPPED: nlaU64,
	xlat.IFLA_VF_STATS_TX_DROPPED: nlaU64,
})

var iflaVfInfoAttrs = newSet(xlat.RtnlIflaVfInfoAttrs, "IFLA_VF_???", []attrDec{
	xlat.IFLA_VF_MAC:          lkVfMac,
	xlat.IFLA_VF_VLAN:         lkVfVlan,
	xlat.IFLA_VF_TX_RATE:      lkVfTxRate,
	xlat.IFLA_VF_SPOOFCHK:     lkVfSetting,
	xlat.IFLA_VF_LINK_STATE:   lkVfLinkState,
	xlat.IFLA_VF_RATE:         lkVfRate,
	xlat.IFLA_VF_RSS_QUERY_EN: lkVfSetting,
	xlat.IFLA_VF_STATS:        nestDec{iflaVfStatsAttrs},
	xlat.IFLA_VF_TRUST:        lkVfSetting,
	xlat.IFLA_VF_IB_NODE_GUID: lkVfGUID,
	xlat.IFLA_VF_IB_PORT_GUID: lkVfGUID,
	xlat.IFLA_VF_VLAN_LIST:    nestDec{iflaVfVlanListAttrs},
	xlat.IFLA_VF_BROADCAST:    lkVfBroadcast,
})

var iflaVfinfoListAttrs = newSet(xlat.RtnlIflaVfinfoListAttrs, "IFLA_VF_INFO_???", []attrDec{
	xlat.IFLA_VF_INFO: nestDec{iflaVfInfoAttrs},
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
var iflaPortAttrs = newSet(xlat.RtnlIflaPortAttrs, "IFLA_VF_PORT_???", []attrDec{
	xlat.IFLA_PORT_VF:       nlaU32,
	xlat.IFLA_PORT_PROFILE:  nlaStr,
	xlat.IFLA_PORT_VSI_TYPE: lkPortVsi,
	xlat.IFLA_PORT_REQUEST:  nlaU8,
	xlat.IFLA_PORT_RESPONSE: nlaU16,
})

var iflaVfPortsAttrs = newSet(xlat.RtnlIflaVfPortAttrs, "IFLA_VF_PORT_???", []attrDec{
	xlat.IFLA_VF_PORT: nestDec{iflaPortAttrs},
})
