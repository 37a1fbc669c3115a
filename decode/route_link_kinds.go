package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// The IFLA_INFO_DATA and IFLA_INFO_SLAVE_DATA of the link kinds strace 6.1
// leaves as hex, with the types the kernel's policies give them.

// moreLinkKinds lists the kinds decoded here.
func moreLinkKinds() []*linkKind {
	mv := &linkKind{name: "macvlan", data: iflaMacvlanAttrs}
	gre4 := iflaGreAttrs(nlaInAddr)
	gre6 := iflaGreAttrs(nlaIn6Addr)
	vti4 := iflaVtiAttrs(nlaInAddr)
	vti6 := iflaVtiAttrs(nlaIn6Addr)
	return []*linkKind{
		{name: "veth", data: iflaVethAttrs},
		{name: "netkit", data: iflaNetkitAttrs},
		{name: "vlan", data: iflaVlanAttrs},
		{name: "vxlan", data: iflaVxlanAttrs},
		mv,
		{name: "macvtap", data: mv.data},
		{name: "bond", data: iflaBondAttrs, slave: iflaBondSlaveAttrs},
		{name: "vrf", data: iflaVrfAttrs, slave: iflaVrfPortAttrs},
		{name: "gre", data: gre4},
		{name: "gretap", data: gre4},
		{name: "erspan", data: gre4},
		{name: "ip6gre", data: gre6},
		{name: "ip6gretap", data: gre6},
		{name: "ip6erspan", data: gre6},
		{name: "ipip", data: iflaIptunAttrs(nlaInAddr, nil)},
		{name: "sit", data: iflaIptunAttrs(nlaInAddr, fixedFlagsDec{xlat.SitFlags, "SIT_???", 2})},
		{name: "ip6tnl", data: iflaIptunAttrs(nlaIn6Addr, lkIp6TnlFlags)},
		{name: "vti", data: vti4},
		{name: "vti6", data: vti6},
		{name: "geneve", data: iflaGeneveAttrs},
		{name: "ipvlan", data: iflaIpvlanAttrs},
		{name: "ipvtap", data: iflaIpvlanAttrs},
		{name: "macsec", data: iflaMacsecAttrs},
		{name: "xfrm", data: iflaXfrmAttrs},
		{name: "bareudp", data: iflaBareudpAttrs},
		{name: "hsr", data: iflaHsrAttrs},
		{name: "vxcan", data: iflaVxcanAttrs},
		{name: "ipoib", data: iflaIpoibAttrs},
		{name: "amt", data: iflaAmtAttrs},
		{name: "gtp", data: iflaGtpAttrs},
		{name: "ppp", data: iflaPppAttrs},
		{name: "rmnet", data: iflaRmnetAttrs},
		{name: "dsa", data: iflaDsaAttrs},
		{name: "ovpn", data: iflaOvpnAttrs},
		// "ip link set DEV type bridge_slave ..." names the port's kind
		// so in IFLA_INFO_KIND, with the data in IFLA_INFO_SLAVE_DATA.
		{name: "bridge_slave", slave: iflaBrportAttrs},
		{name: "bond_slave", slave: iflaBondSlaveAttrs},
		{name: "vrf_slave", slave: iflaVrfPortAttrs},
	}
}

// --- veth, netkit ---

var iflaVethAttrs = newSet(xlat.VethInfoAttrs, "VETH_INFO_???", map[uint16]attrDec{
	1: lkPeer, // VETH_INFO_PEER
})

var lkNetkitAction = fixedXvalDec{xlat.NetkitActions, "NETKIT_???", 4}

var iflaNetkitAttrs = newSet(xlat.IflaNetkitAttrs, "IFLA_NETKIT_???", map[uint16]attrDec{
	1:  lkPeer,                                                    // IFLA_NETKIT_PEER_INFO
	2:  nlaU8,                                                     // IFLA_NETKIT_PRIMARY
	3:  lkNetkitAction,                                            // IFLA_NETKIT_POLICY
	4:  lkNetkitAction,                                            // IFLA_NETKIT_PEER_POLICY
	5:  fixedXvalDec{xlat.NetkitModes, "NETKIT_???", 4},           // IFLA_NETKIT_MODE
	6:  fixedXvalDec{xlat.NetkitScrubs, "NETKIT_SCRUB_???", 4},    // IFLA_NETKIT_SCRUB
	7:  fixedXvalDec{xlat.NetkitScrubs, "NETKIT_SCRUB_???", 4},    // IFLA_NETKIT_PEER_SCRUB
	8:  nlaU16,                                                    // IFLA_NETKIT_HEADROOM
	9:  nlaU16,                                                    // IFLA_NETKIT_TAILROOM
	10: fixedXvalDec{xlat.NetkitPairings, "NETKIT_DEVICE_???", 4}, // IFLA_NETKIT_PAIRING
})

var iflaVxcanAttrs = newSet(xlat.VxcanInfoAttrs, "VXCAN_INFO_???", map[uint16]attrDec{
	1: lkPeer, // VXCAN_INFO_PEER
})

// --- vlan ---

var lkVlanFlags = structDec{&structSpec{name: "ifla_vlan_flags", size: 8, fields: []field{
	fFlags("flags", 0, 4, xlat.VlanFlags, "VLAN_FLAG_???"),
	fFlags("mask", 4, 4, xlat.VlanFlags, "VLAN_FLAG_???"),
}}}

var iflaVlanQosAttrs = newSet(xlat.IflaVlanQosAttrs, "IFLA_VLAN_QOS_???", map[uint16]attrDec{
	1: structDec{&structSpec{name: "ifla_vlan_qos_mapping", size: 8, fields: []field{ // IFLA_VLAN_QOS_MAPPING
		fU("from", 0, 4),
		fU("to", 4, 4),
	}}},
})

var iflaVlanAttrs = newSet(xlat.IflaVlanAttrs, "IFLA_VLAN_???", map[uint16]attrDec{
	1: nlaU16,                                                   // IFLA_VLAN_ID
	2: lkVlanFlags,                                              // IFLA_VLAN_FLAGS
	3: nestDec{iflaVlanQosAttrs},                                // IFLA_VLAN_EGRESS_QOS
	4: nestDec{iflaVlanQosAttrs},                                // IFLA_VLAN_INGRESS_QOS
	5: xvalDec{xlat.EthernetProtocols, "ETH_P_???", 2, 0, true}, // IFLA_VLAN_PROTOCOL
})

// --- vxlan, geneve, bareudp ---

// struct ifla_vxlan_port_range and struct ifla_geneve_port_range
var lkPortRange = structDec{&structSpec{name: "port_range", size: 4, fields: []field{
	fBE("low", 0, 2),
	fBE("high", 2, 2),
}}}

// struct vxlanhdr: the header bits a VXLAN device accepts as set
// (IFLA_VXLAN_RESERVED_BITS), two big-endian words.
var lkVxlanHdr = funcDec(func(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	s.openStruct("", off, 8)
	for i, name := range [2]string{"vx_flags", "vx_vni"} {
		o := off + 4*i
		s.call(name, "htonl", o, 4)
		v := s.value("", FmtX, s.ube(o, 4), o, 4)
		s.setFlag(v, flagBE)
		s.close()
	}
	s.close()
	return true
})

var iflaVxlanAttrs = newSet(xlat.IflaVxlanAttrs, "IFLA_VXLAN_???", map[uint16]attrDec{
	1:  nlaU32,                                                      // IFLA_VXLAN_ID
	2:  nlaInAddr,                                                   // IFLA_VXLAN_GROUP
	3:  nlaIfindex,                                                  // IFLA_VXLAN_LINK
	4:  nlaInAddr,                                                   // IFLA_VXLAN_LOCAL
	5:  nlaU8,                                                       // IFLA_VXLAN_TTL
	6:  nlaU8,                                                       // IFLA_VXLAN_TOS
	7:  nlaU8,                                                       // IFLA_VXLAN_LEARNING
	8:  nlaU32,                                                      // IFLA_VXLAN_AGEING
	9:  nlaU32,                                                      // IFLA_VXLAN_LIMIT
	10: lkPortRange,                                                 // IFLA_VXLAN_PORT_RANGE
	11: nlaU8,                                                       // IFLA_VXLAN_PROXY
	12: nlaU8,                                                       // IFLA_VXLAN_RSC
	13: nlaU8,                                                       // IFLA_VXLAN_L2MISS
	14: nlaU8,                                                       // IFLA_VXLAN_L3MISS
	15: nlaBE16,                                                     // IFLA_VXLAN_PORT
	16: nlaIn6Addr,                                                  // IFLA_VXLAN_GROUP6
	17: nlaIn6Addr,                                                  // IFLA_VXLAN_LOCAL6
	18: nlaU8,                                                       // IFLA_VXLAN_UDP_CSUM
	19: nlaU8,                                                       // IFLA_VXLAN_UDP_ZERO_CSUM6_TX
	20: nlaU8,                                                       // IFLA_VXLAN_UDP_ZERO_CSUM6_RX
	21: nlaU8,                                                       // IFLA_VXLAN_REMCSUM_TX
	22: nlaU8,                                                       // IFLA_VXLAN_REMCSUM_RX
	25: nlaU8,                                                       // IFLA_VXLAN_COLLECT_METADATA
	26: nlaBE32,                                                     // IFLA_VXLAN_LABEL
	28: nlaU8,                                                       // IFLA_VXLAN_TTL_INHERIT
	29: fixedXvalDec{xlat.VxlanDf, "VXLAN_DF_???", 1},               // IFLA_VXLAN_DF
	30: nlaU8,                                                       // IFLA_VXLAN_VNIFILTER
	31: nlaU8,                                                       // IFLA_VXLAN_LOCALBYPASS
	32: fixedXvalDec{xlat.VxlanLabelPolicies, "VXLAN_LABEL_???", 4}, // IFLA_VXLAN_LABEL_POLICY
	33: lkVxlanHdr,                                                  // IFLA_VXLAN_RESERVED_BITS
	34: nlaU8,                                                       // IFLA_VXLAN_MC_ROUTE
})

var iflaGeneveAttrs = newSet(xlat.IflaGeneveAttrs, "IFLA_GENEVE_???", map[uint16]attrDec{
	1:  nlaU32,                                          // IFLA_GENEVE_ID
	2:  nlaInAddr,                                       // IFLA_GENEVE_REMOTE
	3:  nlaU8,                                           // IFLA_GENEVE_TTL
	4:  nlaU8,                                           // IFLA_GENEVE_TOS
	5:  nlaBE16,                                         // IFLA_GENEVE_PORT
	7:  nlaIn6Addr,                                      // IFLA_GENEVE_REMOTE6
	8:  nlaU8,                                           // IFLA_GENEVE_UDP_CSUM
	9:  nlaU8,                                           // IFLA_GENEVE_UDP_ZERO_CSUM6_TX
	10: nlaU8,                                           // IFLA_GENEVE_UDP_ZERO_CSUM6_RX
	11: nlaBE32,                                         // IFLA_GENEVE_LABEL
	12: nlaU8,                                           // IFLA_GENEVE_TTL_INHERIT
	13: fixedXvalDec{xlat.GeneveDf, "GENEVE_DF_???", 1}, // IFLA_GENEVE_DF
	15: lkPortRange,                                     // IFLA_GENEVE_PORT_RANGE
	17: nlaInAddr,                                       // IFLA_GENEVE_LOCAL
	18: nlaIn6Addr,                                      // IFLA_GENEVE_LOCAL6
})

var iflaBareudpAttrs = newSet(xlat.IflaBareudpAttrs, "IFLA_BAREUDP_???", map[uint16]attrDec{
	1: nlaBE16,      // IFLA_BAREUDP_PORT
	2: lkEtherProto, // IFLA_BAREUDP_ETHERTYPE
	3: nlaU16,       // IFLA_BAREUDP_SRCPORT_MIN
})

// --- macvlan, macvtap, ipvlan, ipvtap ---

var iflaMacvlanMacaddrAttrs = newSet(xlat.IflaMacvlanAttrs, "IFLA_MACVLAN_???", map[uint16]attrDec{
	4: nlaHwaddr, // IFLA_MACVLAN_MACADDR
})

var iflaMacvlanAttrs = newSet(xlat.IflaMacvlanAttrs, "IFLA_MACVLAN_???", map[uint16]attrDec{
	1: fixedXvalDec{xlat.MacvlanModes, "MACVLAN_MODE_???", 4},           // IFLA_MACVLAN_MODE
	2: fixedFlagsDec{xlat.MacvlanFlags, "MACVLAN_FLAG_???", 2},          // IFLA_MACVLAN_FLAGS
	3: fixedXvalDec{xlat.MacvlanMacaddrModes, "MACVLAN_MACADDR_???", 4}, // IFLA_MACVLAN_MACADDR_MODE
	4: nlaHwaddr,                                                        // IFLA_MACVLAN_MACADDR
	5: nestDec{iflaMacvlanMacaddrAttrs},                                 // IFLA_MACVLAN_MACADDR_DATA
	6: nlaU32,                                                           // IFLA_MACVLAN_MACADDR_COUNT
	7: nlaU32,                                                           // IFLA_MACVLAN_BC_QUEUE_LEN
	8: nlaU32,                                                           // IFLA_MACVLAN_BC_QUEUE_LEN_USED
	9: nlaS32,                                                           // IFLA_MACVLAN_BC_CUTOFF
})

var iflaIpvlanAttrs = newSet(xlat.IflaIpvlanAttrs, "IFLA_IPVLAN_???", map[uint16]attrDec{
	1: fixedXvalDec{xlat.IpvlanModes, "IPVLAN_MODE_???", 2}, // IFLA_IPVLAN_MODE
	2: fixedFlagsDec{xlat.IpvlanFlags, "IPVLAN_F_???", 2},   // IFLA_IPVLAN_FLAGS
})

// --- bond ---

// IFLA_BOND_ARP_IP_TARGET and IFLA_BOND_NS_IP6_TARGET: addresses typed by
// their position.
var (
	iflaBondIPTargets  = &attrSet{byType: func(*state, uint16) attrDec { return nlaInAddr }}
	iflaBondIP6Targets = &attrSet{byType: func(*state, uint16) attrDec { return nlaIn6Addr }}
)

var iflaBondAdInfoAttrs = newSet(xlat.IflaBondAdInfoAttrs, "IFLA_BOND_AD_INFO_???", map[uint16]attrDec{
	1: nlaU16,    // IFLA_BOND_AD_INFO_AGGREGATOR
	2: nlaU16,    // IFLA_BOND_AD_INFO_NUM_PORTS
	3: nlaU16,    // IFLA_BOND_AD_INFO_ACTOR_KEY
	4: nlaU16,    // IFLA_BOND_AD_INFO_PARTNER_KEY
	5: nlaHwaddr, // IFLA_BOND_AD_INFO_PARTNER_MAC
})

var iflaBondAttrs = newSet(xlat.IflaBondAttrs, "IFLA_BOND_???", map[uint16]attrDec{
	1:  fixedXvalDec{xlat.BondModes, "BOND_MODE_???", 1},               // IFLA_BOND_MODE
	2:  nlaIfindex,                                                     // IFLA_BOND_ACTIVE_SLAVE
	3:  nlaU32,                                                         // IFLA_BOND_MIIMON
	4:  nlaU32,                                                         // IFLA_BOND_UPDELAY
	5:  nlaU32,                                                         // IFLA_BOND_DOWNDELAY
	6:  nlaU8,                                                          // IFLA_BOND_USE_CARRIER
	7:  nlaU32,                                                         // IFLA_BOND_ARP_INTERVAL
	8:  nestDec{iflaBondIPTargets},                                     // IFLA_BOND_ARP_IP_TARGET
	9:  nlaU32,                                                         // IFLA_BOND_ARP_VALIDATE
	10: nlaU32,                                                         // IFLA_BOND_ARP_ALL_TARGETS
	11: nlaIfindex,                                                     // IFLA_BOND_PRIMARY
	12: nlaU8,                                                          // IFLA_BOND_PRIMARY_RESELECT
	13: nlaU8,                                                          // IFLA_BOND_FAIL_OVER_MAC
	14: fixedXvalDec{xlat.BondXmitPolicies, "BOND_XMIT_POLICY_???", 1}, // IFLA_BOND_XMIT_HASH_POLICY
	15: nlaU32,                                                         // IFLA_BOND_RESEND_IGMP
	16: nlaU8,                                                          // IFLA_BOND_NUM_PEER_NOTIF
	17: nlaU8,                                                          // IFLA_BOND_ALL_SLAVES_ACTIVE
	18: nlaU32,                                                         // IFLA_BOND_MIN_LINKS
	19: nlaU32,                                                         // IFLA_BOND_LP_INTERVAL
	20: nlaU32,                                                         // IFLA_BOND_PACKETS_PER_SLAVE
	21: nlaU8,                                                          // IFLA_BOND_AD_LACP_RATE
	22: nlaU8,                                                          // IFLA_BOND_AD_SELECT
	23: nestDec{iflaBondAdInfoAttrs},                                   // IFLA_BOND_AD_INFO
	24: nlaU16,                                                         // IFLA_BOND_AD_ACTOR_SYS_PRIO
	25: nlaU16,                                                         // IFLA_BOND_AD_USER_PORT_KEY
	26: nlaHwaddr,                                                      // IFLA_BOND_AD_ACTOR_SYSTEM
	27: nlaU8,                                                          // IFLA_BOND_TLB_DYNAMIC_LB
	28: nlaU32,                                                         // IFLA_BOND_PEER_NOTIF_DELAY
	29: nlaU8,                                                          // IFLA_BOND_AD_LACP_ACTIVE
	30: nlaU8,                                                          // IFLA_BOND_MISSED_MAX
	31: nestDec{iflaBondIP6Targets},                                    // IFLA_BOND_NS_IP6_TARGET
	32: nlaU8,                                                          // IFLA_BOND_COUPLED_CONTROL
	33: nlaU8,                                                          // IFLA_BOND_BROADCAST_NEIGH
	34: nlaU8,                                                          // IFLA_BOND_LACP_STRICT
})

var lkLacpState = fixedFlagsDec{xlat.LacpPortStates, "LACP_STATE_???", 1}

// the partner's LACP state: the kernel sends a u16 (the actor's is a u8)
var lkLacpPartnerState = fixedFlagsDec{xlat.LacpPortStates, "LACP_STATE_???", 2}

var iflaBondSlaveAttrs = newSet(xlat.IflaBondSlaveAttrs, "IFLA_BOND_SLAVE_???", map[uint16]attrDec{
	1:  fixedXvalDec{xlat.BondSlaveStates, "BOND_STATE_???", 1}, // IFLA_BOND_SLAVE_STATE
	2:  fixedXvalDec{xlat.BondLinkStates, "BOND_LINK_???", 1},   // IFLA_BOND_SLAVE_MII_STATUS
	3:  nlaU32,                                                  // IFLA_BOND_SLAVE_LINK_FAILURE_COUNT
	4:  nlaHwaddr,                                               // IFLA_BOND_SLAVE_PERM_HWADDR
	5:  nlaU16,                                                  // IFLA_BOND_SLAVE_QUEUE_ID
	6:  nlaU16,                                                  // IFLA_BOND_SLAVE_AD_AGGREGATOR_ID
	7:  lkLacpState,                                             // IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE
	8:  lkLacpPartnerState,                                      // IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE
	9:  nlaS32,                                                  // IFLA_BOND_SLAVE_PRIO
	10: nlaU16,                                                  // IFLA_BOND_SLAVE_ACTOR_PORT_PRIO
	11: nlaU8,                                                   // IFLA_BOND_SLAVE_AD_CHURN_ACTOR_STATE
	12: nlaU8,                                                   // IFLA_BOND_SLAVE_AD_CHURN_PARTNER_STATE
})

// --- vrf ---

var iflaVrfAttrs = newSet(xlat.IflaVrfAttrs, "IFLA_VRF_???", map[uint16]attrDec{
	1: nlaU32, // IFLA_VRF_TABLE
})

var iflaVrfPortAttrs = newSet(xlat.IflaVrfPortAttrs, "IFLA_VRF_PORT_???", map[uint16]attrDec{
	1: nlaU32, // IFLA_VRF_PORT_TABLE
})

// --- IP tunnels: gre, gretap, erspan and their IPv6 kinds; ipip, sit,
// ip6tnl; vti, vti6 ---

var (
	lkGreFlags    = beFlagsDec{xlat.GreFlags, "GRE_???", 2}
	lkEncapType   = fixedXvalDec{xlat.TunnelEncapTypes, "TUNNEL_ENCAP_???", 2}
	lkEncapFlags  = fixedFlagsDec{xlat.TunnelEncapFlags, "TUNNEL_ENCAP_FLAG_???", 2}
	lkIp6TnlFlags = fixedFlagsDec{xlat.Ip6TnlFlags, "IP6_TNL_F_???", 4}
	lkIPProto     = fixedXvalDec{xlat.InetProtocols, "IPPROTO_???", 1}
)

// iflaGreAttrs is the IFLA_GRE_* set with addresses decoded by addr.
func iflaGreAttrs(addr attrDec) *attrSet {
	return newSet(xlat.IflaGreAttrs, "IFLA_GRE_???", map[uint16]attrDec{
		1:  nlaIfindex,    // IFLA_GRE_LINK
		2:  lkGreFlags,    // IFLA_GRE_IFLAGS
		3:  lkGreFlags,    // IFLA_GRE_OFLAGS
		4:  nlaBE32,       // IFLA_GRE_IKEY
		5:  nlaBE32,       // IFLA_GRE_OKEY
		6:  addr,          // IFLA_GRE_LOCAL
		7:  addr,          // IFLA_GRE_REMOTE
		8:  nlaU8,         // IFLA_GRE_TTL
		9:  nlaU8,         // IFLA_GRE_TOS
		10: nlaU8,         // IFLA_GRE_PMTUDISC
		11: nlaU8,         // IFLA_GRE_ENCAP_LIMIT
		12: nlaBE32,       // IFLA_GRE_FLOWINFO
		13: lkIp6TnlFlags, // IFLA_GRE_FLAGS
		14: lkEncapType,   // IFLA_GRE_ENCAP_TYPE
		15: lkEncapFlags,  // IFLA_GRE_ENCAP_FLAGS
		16: nlaBE16,       // IFLA_GRE_ENCAP_SPORT
		17: nlaBE16,       // IFLA_GRE_ENCAP_DPORT
		19: nlaU8,         // IFLA_GRE_IGNORE_DF
		20: nlaU32,        // IFLA_GRE_FWMARK
		21: nlaU32,        // IFLA_GRE_ERSPAN_INDEX
		22: nlaU8,         // IFLA_GRE_ERSPAN_VER
		23: nlaU8,         // IFLA_GRE_ERSPAN_DIR
		24: nlaU16,        // IFLA_GRE_ERSPAN_HWID
	})
}

// iflaIptunAttrs is the IFLA_IPTUN_* set with addresses decoded by addr
// and the tunnel flags by flags (none for ipip).
func iflaIptunAttrs(addr, flags attrDec) *attrSet {
	return newSet(xlat.IflaIptunAttrs, "IFLA_IPTUN_???", map[uint16]attrDec{
		1:  nlaIfindex,   // IFLA_IPTUN_LINK
		2:  addr,         // IFLA_IPTUN_LOCAL
		3:  addr,         // IFLA_IPTUN_REMOTE
		4:  nlaU8,        // IFLA_IPTUN_TTL
		5:  nlaU8,        // IFLA_IPTUN_TOS
		6:  nlaU8,        // IFLA_IPTUN_ENCAP_LIMIT
		7:  nlaBE32,      // IFLA_IPTUN_FLOWINFO
		8:  flags,        // IFLA_IPTUN_FLAGS
		9:  lkIPProto,    // IFLA_IPTUN_PROTO
		10: nlaU8,        // IFLA_IPTUN_PMTUDISC
		11: nlaIn6Addr,   // IFLA_IPTUN_6RD_PREFIX
		12: nlaInAddr,    // IFLA_IPTUN_6RD_RELAY_PREFIX
		13: nlaU16,       // IFLA_IPTUN_6RD_PREFIXLEN
		14: nlaU16,       // IFLA_IPTUN_6RD_RELAY_PREFIXLEN
		15: lkEncapType,  // IFLA_IPTUN_ENCAP_TYPE
		16: lkEncapFlags, // IFLA_IPTUN_ENCAP_FLAGS
		17: nlaBE16,      // IFLA_IPTUN_ENCAP_SPORT
		18: nlaBE16,      // IFLA_IPTUN_ENCAP_DPORT
		20: nlaU32,       // IFLA_IPTUN_FWMARK
	})
}

func iflaVtiAttrs(addr attrDec) *attrSet {
	return newSet(xlat.IflaVtiAttrs, "IFLA_VTI_???", map[uint16]attrDec{
		1: nlaIfindex, // IFLA_VTI_LINK
		2: nlaBE32,    // IFLA_VTI_IKEY
		3: nlaBE32,    // IFLA_VTI_OKEY
		4: addr,       // IFLA_VTI_LOCAL
		5: addr,       // IFLA_VTI_REMOTE
		6: nlaU32,     // IFLA_VTI_FWMARK
	})
}

// --- macsec, xfrm, hsr ---

var iflaMacsecAttrs = newSet(xlat.IflaMacsecAttrs, "IFLA_MACSEC_???", map[uint16]attrDec{
	1:  nlaBEHex64,                                                         // IFLA_MACSEC_SCI
	2:  nlaBE16,                                                            // IFLA_MACSEC_PORT
	3:  nlaU8,                                                              // IFLA_MACSEC_ICV_LEN
	4:  fixedXvalDec{xlat.MacsecCipherIds, "MACSEC_CIPHER_ID_???", 8},      // IFLA_MACSEC_CIPHER_SUITE
	5:  nlaU32,                                                             // IFLA_MACSEC_WINDOW
	6:  nlaU8,                                                              // IFLA_MACSEC_ENCODING_SA
	7:  nlaU8,                                                              // IFLA_MACSEC_ENCRYPT
	8:  nlaU8,                                                              // IFLA_MACSEC_PROTECT
	9:  nlaU8,                                                              // IFLA_MACSEC_INC_SCI
	10: nlaU8,                                                              // IFLA_MACSEC_ES
	11: nlaU8,                                                              // IFLA_MACSEC_SCB
	12: nlaU8,                                                              // IFLA_MACSEC_REPLAY_PROTECT
	13: fixedXvalDec{xlat.MacsecValidationTypes, "MACSEC_VALIDATE_???", 1}, // IFLA_MACSEC_VALIDATION
	15: fixedXvalDec{xlat.MacsecOffloads, "MACSEC_OFFLOAD_???", 1},         // IFLA_MACSEC_OFFLOAD
})

var iflaXfrmAttrs = newSet(xlat.IflaXfrmAttrs, "IFLA_XFRM_???", map[uint16]attrDec{
	1: nlaIfindex, // IFLA_XFRM_LINK
	2: nlaU32,     // IFLA_XFRM_IF_ID
})

var iflaHsrAttrs = newSet(xlat.IflaHsrAttrs, "IFLA_HSR_???", map[uint16]attrDec{
	1: nlaIfindex,                                             // IFLA_HSR_SLAVE1
	2: nlaIfindex,                                             // IFLA_HSR_SLAVE2
	3: nlaU8,                                                  // IFLA_HSR_MULTICAST_SPEC
	4: nlaHwaddr,                                              // IFLA_HSR_SUPERVISION_ADDR
	5: nlaU16,                                                 // IFLA_HSR_SEQ_NR
	6: nlaU8,                                                  // IFLA_HSR_VERSION
	7: fixedXvalDec{xlat.HsrProtocols, "HSR_PROTOCOL_???", 1}, // IFLA_HSR_PROTOCOL
	8: nlaIfindex,                                             // IFLA_HSR_INTERLINK
})

// --- ipoib, amt, gtp, ppp, rmnet, dsa, ovpn ---

var iflaIpoibAttrs = newSet(xlat.IflaIpoibAttrs, "IFLA_IPOIB_???", map[uint16]attrDec{
	1: nlaX16,                                             // IFLA_IPOIB_PKEY
	2: fixedXvalDec{xlat.IpoibModes, "IPOIB_MODE_???", 2}, // IFLA_IPOIB_MODE
	3: nlaU16,                                             // IFLA_IPOIB_UMCAST
})

var iflaAmtAttrs = newSet(xlat.IflaAmtAttrs, "IFLA_AMT_???", map[uint16]attrDec{
	1: fixedXvalDec{xlat.AmtModes, "AMT_MODE_???", 4}, // IFLA_AMT_MODE
	2: nlaBE16,                                        // IFLA_AMT_RELAY_PORT
	3: nlaBE16,                                        // IFLA_AMT_GATEWAY_PORT
	4: nlaIfindex,                                     // IFLA_AMT_LINK
	5: nlaInAddr,                                      // IFLA_AMT_LOCAL_IP
	6: nlaInAddr,                                      // IFLA_AMT_REMOTE_IP
	7: nlaInAddr,                                      // IFLA_AMT_DISCOVERY_IP
	8: nlaU32,                                         // IFLA_AMT_MAX_TUNNELS
})

var iflaGtpAttrs = newSet(xlat.IflaGtpAttrs, "IFLA_GTP_???", map[uint16]attrDec{
	1: nlaFd,                                          // IFLA_GTP_FD0
	2: nlaFd,                                          // IFLA_GTP_FD1
	3: nlaU32,                                         // IFLA_GTP_PDP_HASHSIZE
	4: fixedXvalDec{xlat.GtpRoles, "GTP_ROLE_???", 4}, // IFLA_GTP_ROLE
	5: nlaU8,                                          // IFLA_GTP_CREATE_SOCKETS
	6: nlaU8,                                          // IFLA_GTP_RESTART_COUNT
	7: nlaInAddr,                                      // IFLA_GTP_LOCAL
	8: nlaIn6Addr,                                     // IFLA_GTP_LOCAL6
})

var iflaPppAttrs = newSet(xlat.IflaPppAttrs, "IFLA_PPP_???", map[uint16]attrDec{
	1: nlaFd, // IFLA_PPP_DEV_FD
})

var iflaRmnetAttrs = newSet(xlat.IflaRmnetAttrs, "IFLA_RMNET_???", map[uint16]attrDec{
	1: nlaU16, // IFLA_RMNET_MUX_ID
	2: structDec{&structSpec{name: "ifla_rmnet_flags", size: 8, fields: []field{ // IFLA_RMNET_FLAGS
		fFlags("flags", 0, 4, xlat.RmnetFlags, "RMNET_FLAGS_???"),
		fFlags("mask", 4, 4, xlat.RmnetFlags, "RMNET_FLAGS_???"),
	}}},
})

var iflaDsaAttrs = newSet(xlat.IflaDsaAttrs, "IFLA_DSA_???", map[uint16]attrDec{
	1: nlaIfindex, // IFLA_DSA_CONDUIT
})

var iflaOvpnAttrs = newSet(xlat.IflaOvpnAttrs, "IFLA_OVPN_???", map[uint16]attrDec{
	1: fixedXvalDec{xlat.OvpnModes, "OVPN_MODE_???", 1}, // IFLA_OVPN_MODE
})
