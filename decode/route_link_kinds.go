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
		{name: "sit", data: iflaIptunAttrs(nlaInAddr, flagsDec{tab: xlat.SitFlags, dflt: "SIT_???", size: 2, tail: true})},
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

var iflaVethAttrs = newSet(xlat.VethInfoAttrs, "VETH_INFO_???", []attrDec{
	xlat.VETH_INFO_PEER: lkPeer,
})

var lkNetkitAction = xvalDec{tab: xlat.NetkitActions, dflt: "NETKIT_???", size: 4, tail: true}

var iflaNetkitAttrs = newSet(xlat.IflaNetkitAttrs, "IFLA_NETKIT_???", []attrDec{
	xlat.IFLA_NETKIT_PEER_INFO:   lkPeer,
	xlat.IFLA_NETKIT_PRIMARY:     nlaU8,
	xlat.IFLA_NETKIT_POLICY:      lkNetkitAction,
	xlat.IFLA_NETKIT_PEER_POLICY: lkNetkitAction,
	xlat.IFLA_NETKIT_MODE:        xvalDec{tab: xlat.NetkitModes, dflt: "NETKIT_???", size: 4, tail: true},
	xlat.IFLA_NETKIT_SCRUB:       xvalDec{tab: xlat.NetkitScrubs, dflt: "NETKIT_SCRUB_???", size: 4, tail: true},
	xlat.IFLA_NETKIT_PEER_SCRUB:  xvalDec{tab: xlat.NetkitScrubs, dflt: "NETKIT_SCRUB_???", size: 4, tail: true},
	xlat.IFLA_NETKIT_HEADROOM:    nlaU16,
	xlat.IFLA_NETKIT_TAILROOM:    nlaU16,
	xlat.IFLA_NETKIT_PAIRING:     xvalDec{tab: xlat.NetkitPairings, dflt: "NETKIT_DEVICE_???", size: 4, tail: true},
})

var iflaVxcanAttrs = newSet(xlat.VxcanInfoAttrs, "VXCAN_INFO_???", []attrDec{
	xlat.VXCAN_INFO_PEER: lkPeer,
})

// --- vlan ---

var lkVlanFlags = structDec{&structSpec{name: "ifla_vlan_flags", size: 8, fields: []field{
	fFlags("flags", 0, 4, xlat.VlanFlags, "VLAN_FLAG_???"),
	fFlags("mask", 4, 4, xlat.VlanFlags, "VLAN_FLAG_???"),
}}}

var iflaVlanQosAttrs = newSet(xlat.IflaVlanQosAttrs, "IFLA_VLAN_QOS_???", []attrDec{
	xlat.IFLA_VLAN_QOS_MAPPING: structDec{&structSpec{name: "ifla_vlan_qos_mapping", size: 8, fields: []field{ // IFLA_VLAN_QOS_MAPPING
		fU("from", 0, 4),
		fU("to", 4, 4),
	}}},
})

var iflaVlanAttrs = newSet(xlat.IflaVlanAttrs, "IFLA_VLAN_???", []attrDec{
	xlat.IFLA_VLAN_ID:          nlaU16,
	xlat.IFLA_VLAN_FLAGS:       lkVlanFlags,
	xlat.IFLA_VLAN_EGRESS_QOS:  nestDec{iflaVlanQosAttrs},
	xlat.IFLA_VLAN_INGRESS_QOS: nestDec{iflaVlanQosAttrs},
	xlat.IFLA_VLAN_PROTOCOL:    xvalDec{tab: xlat.EthernetProtocols, dflt: "ETH_P_???", size: 2, nf: 0, be: true},
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

var iflaVxlanAttrs = newSet(xlat.IflaVxlanAttrs, "IFLA_VXLAN_???", []attrDec{
	xlat.IFLA_VXLAN_ID:                nlaU32,
	xlat.IFLA_VXLAN_GROUP:             nlaInAddr,
	xlat.IFLA_VXLAN_LINK:              nlaIfindex,
	xlat.IFLA_VXLAN_LOCAL:             nlaInAddr,
	xlat.IFLA_VXLAN_TTL:               nlaU8,
	xlat.IFLA_VXLAN_TOS:               nlaU8,
	xlat.IFLA_VXLAN_LEARNING:          nlaU8,
	xlat.IFLA_VXLAN_AGEING:            nlaU32,
	xlat.IFLA_VXLAN_LIMIT:             nlaU32,
	xlat.IFLA_VXLAN_PORT_RANGE:        lkPortRange,
	xlat.IFLA_VXLAN_PROXY:             nlaU8,
	xlat.IFLA_VXLAN_RSC:               nlaU8,
	xlat.IFLA_VXLAN_L2MISS:            nlaU8,
	xlat.IFLA_VXLAN_L3MISS:            nlaU8,
	xlat.IFLA_VXLAN_PORT:              nlaBE16,
	xlat.IFLA_VXLAN_GROUP6:            nlaIn6Addr,
	xlat.IFLA_VXLAN_LOCAL6:            nlaIn6Addr,
	xlat.IFLA_VXLAN_UDP_CSUM:          nlaU8,
	xlat.IFLA_VXLAN_UDP_ZERO_CSUM6_TX: nlaU8,
	xlat.IFLA_VXLAN_UDP_ZERO_CSUM6_RX: nlaU8,
	xlat.IFLA_VXLAN_REMCSUM_TX:        nlaU8,
	xlat.IFLA_VXLAN_REMCSUM_RX:        nlaU8,
	xlat.IFLA_VXLAN_COLLECT_METADATA:  nlaU8,
	xlat.IFLA_VXLAN_LABEL:             nlaBE32,
	xlat.IFLA_VXLAN_TTL_INHERIT:       nlaU8,
	xlat.IFLA_VXLAN_DF:                xvalDec{tab: xlat.VxlanDf, dflt: "VXLAN_DF_???", size: 1, tail: true},
	xlat.IFLA_VXLAN_VNIFILTER:         nlaU8,
	xlat.IFLA_VXLAN_LOCALBYPASS:       nlaU8,
	xlat.IFLA_VXLAN_LABEL_POLICY:      xvalDec{tab: xlat.VxlanLabelPolicies, dflt: "VXLAN_LABEL_???", size: 4, tail: true},
	xlat.IFLA_VXLAN_RESERVED_BITS:     lkVxlanHdr,
	xlat.IFLA_VXLAN_MC_ROUTE:          nlaU8,
})

var iflaGeneveAttrs = newSet(xlat.IflaGeneveAttrs, "IFLA_GENEVE_???", []attrDec{
	xlat.IFLA_GENEVE_ID:                nlaU32,
	xlat.IFLA_GENEVE_REMOTE:            nlaInAddr,
	xlat.IFLA_GENEVE_TTL:               nlaU8,
	xlat.IFLA_GENEVE_TOS:               nlaU8,
	xlat.IFLA_GENEVE_PORT:              nlaBE16,
	xlat.IFLA_GENEVE_REMOTE6:           nlaIn6Addr,
	xlat.IFLA_GENEVE_UDP_CSUM:          nlaU8,
	xlat.IFLA_GENEVE_UDP_ZERO_CSUM6_TX: nlaU8,
	xlat.IFLA_GENEVE_UDP_ZERO_CSUM6_RX: nlaU8,
	xlat.IFLA_GENEVE_LABEL:             nlaBE32,
	xlat.IFLA_GENEVE_TTL_INHERIT:       nlaU8,
	xlat.IFLA_GENEVE_DF:                xvalDec{tab: xlat.GeneveDf, dflt: "GENEVE_DF_???", size: 1, tail: true},
	xlat.IFLA_GENEVE_PORT_RANGE:        lkPortRange,
	xlat.IFLA_GENEVE_LOCAL:             nlaInAddr,
	xlat.IFLA_GENEVE_LOCAL6:            nlaIn6Addr,
})

var iflaBareudpAttrs = newSet(xlat.IflaBareudpAttrs, "IFLA_BAREUDP_???", []attrDec{
	xlat.IFLA_BAREUDP_PORT:        nlaBE16,
	xlat.IFLA_BAREUDP_ETHERTYPE:   lkEtherProto,
	xlat.IFLA_BAREUDP_SRCPORT_MIN: nlaU16,
})

// --- macvlan, macvtap, ipvlan, ipvtap ---

var iflaMacvlanMacaddrAttrs = newSet(xlat.IflaMacvlanAttrs, "IFLA_MACVLAN_???", []attrDec{
	xlat.IFLA_MACVLAN_MACADDR: nlaHwaddr,
})

var iflaMacvlanAttrs = newSet(xlat.IflaMacvlanAttrs, "IFLA_MACVLAN_???", []attrDec{
	xlat.IFLA_MACVLAN_MODE:              xvalDec{tab: xlat.MacvlanModes, dflt: "MACVLAN_MODE_???", size: 4, tail: true},
	xlat.IFLA_MACVLAN_FLAGS:             flagsDec{tab: xlat.MacvlanFlags, dflt: "MACVLAN_FLAG_???", size: 2, tail: true},
	xlat.IFLA_MACVLAN_MACADDR_MODE:      xvalDec{tab: xlat.MacvlanMacaddrModes, dflt: "MACVLAN_MACADDR_???", size: 4, tail: true},
	xlat.IFLA_MACVLAN_MACADDR:           nlaHwaddr,
	xlat.IFLA_MACVLAN_MACADDR_DATA:      nestDec{iflaMacvlanMacaddrAttrs},
	xlat.IFLA_MACVLAN_MACADDR_COUNT:     nlaU32,
	xlat.IFLA_MACVLAN_BC_QUEUE_LEN:      nlaU32,
	xlat.IFLA_MACVLAN_BC_QUEUE_LEN_USED: nlaU32,
	xlat.IFLA_MACVLAN_BC_CUTOFF:         nlaS32,
})

var iflaIpvlanAttrs = newSet(xlat.IflaIpvlanAttrs, "IFLA_IPVLAN_???", []attrDec{
	xlat.IFLA_IPVLAN_MODE:  xvalDec{tab: xlat.IpvlanModes, dflt: "IPVLAN_MODE_???", size: 2, tail: true},
	xlat.IFLA_IPVLAN_FLAGS: flagsDec{tab: xlat.IpvlanFlags, dflt: "IPVLAN_F_???", size: 2, tail: true},
})

// --- bond ---

// IFLA_BOND_ARP_IP_TARGET and IFLA_BOND_NS_IP6_TARGET: addresses typed by
// their position.
var (
	iflaBondIPTargets  = &attrSet{byType: func(*state, uint16) attrDec { return nlaInAddr }}
	iflaBondIP6Targets = &attrSet{byType: func(*state, uint16) attrDec { return nlaIn6Addr }}
)

var iflaBondAdInfoAttrs = newSet(xlat.IflaBondAdInfoAttrs, "IFLA_BOND_AD_INFO_???", []attrDec{
	xlat.IFLA_BOND_AD_INFO_AGGREGATOR:  nlaU16,
	xlat.IFLA_BOND_AD_INFO_NUM_PORTS:   nlaU16,
	xlat.IFLA_BOND_AD_INFO_ACTOR_KEY:   nlaU16,
	xlat.IFLA_BOND_AD_INFO_PARTNER_KEY: nlaU16,
	xlat.IFLA_BOND_AD_INFO_PARTNER_MAC: nlaHwaddr,
})

var iflaBondAttrs = newSet(xlat.IflaBondAttrs, "IFLA_BOND_???", []attrDec{
	xlat.IFLA_BOND_MODE:              xvalDec{tab: xlat.BondModes, dflt: "BOND_MODE_???", size: 1, tail: true},
	xlat.IFLA_BOND_ACTIVE_SLAVE:      nlaIfindex,
	xlat.IFLA_BOND_MIIMON:            nlaU32,
	xlat.IFLA_BOND_UPDELAY:           nlaU32,
	xlat.IFLA_BOND_DOWNDELAY:         nlaU32,
	xlat.IFLA_BOND_USE_CARRIER:       nlaU8,
	xlat.IFLA_BOND_ARP_INTERVAL:      nlaU32,
	xlat.IFLA_BOND_ARP_IP_TARGET:     nestDec{iflaBondIPTargets},
	xlat.IFLA_BOND_ARP_VALIDATE:      nlaU32,
	xlat.IFLA_BOND_ARP_ALL_TARGETS:   nlaU32,
	xlat.IFLA_BOND_PRIMARY:           nlaIfindex,
	xlat.IFLA_BOND_PRIMARY_RESELECT:  nlaU8,
	xlat.IFLA_BOND_FAIL_OVER_MAC:     nlaU8,
	xlat.IFLA_BOND_XMIT_HASH_POLICY:  xvalDec{tab: xlat.BondXmitPolicies, dflt: "BOND_XMIT_POLICY_???", size: 1, tail: true},
	xlat.IFLA_BOND_RESEND_IGMP:       nlaU32,
	xlat.IFLA_BOND_NUM_PEER_NOTIF:    nlaU8,
	xlat.IFLA_BOND_ALL_SLAVES_ACTIVE: nlaU8,
	xlat.IFLA_BOND_MIN_LINKS:         nlaU32,
	xlat.IFLA_BOND_LP_INTERVAL:       nlaU32,
	xlat.IFLA_BOND_PACKETS_PER_SLAVE: nlaU32,
	xlat.IFLA_BOND_AD_LACP_RATE:      nlaU8,
	xlat.IFLA_BOND_AD_SELECT:         nlaU8,
	xlat.IFLA_BOND_AD_INFO:           nestDec{iflaBondAdInfoAttrs},
	xlat.IFLA_BOND_AD_ACTOR_SYS_PRIO: nlaU16,
	xlat.IFLA_BOND_AD_USER_PORT_KEY:  nlaU16,
	xlat.IFLA_BOND_AD_ACTOR_SYSTEM:   nlaHwaddr,
	xlat.IFLA_BOND_TLB_DYNAMIC_LB:    nlaU8,
	xlat.IFLA_BOND_PEER_NOTIF_DELAY:  nlaU32,
	xlat.IFLA_BOND_AD_LACP_ACTIVE:    nlaU8,
	xlat.IFLA_BOND_MISSED_MAX:        nlaU8,
	xlat.IFLA_BOND_NS_IP6_TARGET:     nestDec{iflaBondIP6Targets},
	xlat.IFLA_BOND_COUPLED_CONTROL:   nlaU8,
	xlat.IFLA_BOND_BROADCAST_NEIGH:   nlaU8,
	xlat.IFLA_BOND_LACP_STRICT:       nlaU8,
})

var lkLacpState = flagsDec{tab: xlat.LacpPortStates, dflt: "LACP_STATE_???", size: 1, tail: true}

// the partner's LACP state: the kernel sends a u16 (the actor's is a u8)
var lkLacpPartnerState = flagsDec{tab: xlat.LacpPortStates, dflt: "LACP_STATE_???", size: 2, tail: true}

var iflaBondSlaveAttrs = newSet(xlat.IflaBondSlaveAttrs, "IFLA_BOND_SLAVE_???", []attrDec{
	xlat.IFLA_BOND_SLAVE_STATE:                      xvalDec{tab: xlat.BondSlaveStates, dflt: "BOND_STATE_???", size: 1, tail: true},
	xlat.IFLA_BOND_SLAVE_MII_STATUS:                 xvalDec{tab: xlat.BondLinkStates, dflt: "BOND_LINK_???", size: 1, tail: true},
	xlat.IFLA_BOND_SLAVE_LINK_FAILURE_COUNT:         nlaU32,
	xlat.IFLA_BOND_SLAVE_PERM_HWADDR:                nlaHwaddr,
	xlat.IFLA_BOND_SLAVE_QUEUE_ID:                   nlaU16,
	xlat.IFLA_BOND_SLAVE_AD_AGGREGATOR_ID:           nlaU16,
	xlat.IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE:   lkLacpState,
	xlat.IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE: lkLacpPartnerState,
	xlat.IFLA_BOND_SLAVE_PRIO:                       nlaS32,
	xlat.IFLA_BOND_SLAVE_ACTOR_PORT_PRIO:            nlaU16,
	xlat.IFLA_BOND_SLAVE_AD_CHURN_ACTOR_STATE:       nlaU8,
	xlat.IFLA_BOND_SLAVE_AD_CHURN_PARTNER_STATE:     nlaU8,
})

// --- vrf ---

var iflaVrfAttrs = newSet(xlat.IflaVrfAttrs, "IFLA_VRF_???", []attrDec{
	xlat.IFLA_VRF_TABLE: nlaU32,
})

var iflaVrfPortAttrs = newSet(xlat.IflaVrfPortAttrs, "IFLA_VRF_PORT_???", []attrDec{
	xlat.IFLA_VRF_PORT_TABLE: nlaU32,
})

// --- IP tunnels: gre, gretap, erspan and their IPv6 kinds; ipip, sit,
// ip6tnl; vti, vti6 ---

var (
	lkGreFlags    = flagsDec{tab: xlat.GreFlags, dflt: "GRE_???", size: 2, be: true, tail: true}
	lkEncapType   = xvalDec{tab: xlat.TunnelEncapTypes, dflt: "TUNNEL_ENCAP_???", size: 2, tail: true}
	lkEncapFlags  = flagsDec{tab: xlat.TunnelEncapFlags, dflt: "TUNNEL_ENCAP_FLAG_???", size: 2, tail: true}
	lkIp6TnlFlags = flagsDec{tab: xlat.Ip6TnlFlags, dflt: "IP6_TNL_F_???", size: 4, tail: true}
	lkIPProto     = xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1, tail: true}
)

// iflaGreAttrs is the IFLA_GRE_* set with addresses decoded by addr.
func iflaGreAttrs(addr attrDec) *attrSet {
	return newSet(xlat.IflaGreAttrs, "IFLA_GRE_???", []attrDec{
		xlat.IFLA_GRE_LINK:         nlaIfindex,
		xlat.IFLA_GRE_IFLAGS:       lkGreFlags,
		xlat.IFLA_GRE_OFLAGS:       lkGreFlags,
		xlat.IFLA_GRE_IKEY:         nlaBE32,
		xlat.IFLA_GRE_OKEY:         nlaBE32,
		xlat.IFLA_GRE_LOCAL:        addr,
		xlat.IFLA_GRE_REMOTE:       addr,
		xlat.IFLA_GRE_TTL:          nlaU8,
		xlat.IFLA_GRE_TOS:          nlaU8,
		xlat.IFLA_GRE_PMTUDISC:     nlaU8,
		xlat.IFLA_GRE_ENCAP_LIMIT:  nlaU8,
		xlat.IFLA_GRE_FLOWINFO:     nlaBE32,
		xlat.IFLA_GRE_FLAGS:        lkIp6TnlFlags,
		xlat.IFLA_GRE_ENCAP_TYPE:   lkEncapType,
		xlat.IFLA_GRE_ENCAP_FLAGS:  lkEncapFlags,
		xlat.IFLA_GRE_ENCAP_SPORT:  nlaBE16,
		xlat.IFLA_GRE_ENCAP_DPORT:  nlaBE16,
		xlat.IFLA_GRE_IGNORE_DF:    nlaU8,
		xlat.IFLA_GRE_FWMARK:       nlaU32,
		xlat.IFLA_GRE_ERSPAN_INDEX: nlaU32,
		xlat.IFLA_GRE_ERSPAN_VER:   nlaU8,
		xlat.IFLA_GRE_ERSPAN_DIR:   nlaU8,
		xlat.IFLA_GRE_ERSPAN_HWID:  nlaU16,
	})
}

// iflaIptunAttrs is the IFLA_IPTUN_* set with addresses decoded by addr
// and the tunnel flags by flags (none for ipip).
func iflaIptunAttrs(addr, flags attrDec) *attrSet {
	return newSet(xlat.IflaIptunAttrs, "IFLA_IPTUN_???", []attrDec{
		xlat.IFLA_IPTUN_LINK:                nlaIfindex,
		xlat.IFLA_IPTUN_LOCAL:               addr,
		xlat.IFLA_IPTUN_REMOTE:              addr,
		xlat.IFLA_IPTUN_TTL:                 nlaU8,
		xlat.IFLA_IPTUN_TOS:                 nlaU8,
		xlat.IFLA_IPTUN_ENCAP_LIMIT:         nlaU8,
		xlat.IFLA_IPTUN_FLOWINFO:            nlaBE32,
		xlat.IFLA_IPTUN_FLAGS:               flags,
		xlat.IFLA_IPTUN_PROTO:               lkIPProto,
		xlat.IFLA_IPTUN_PMTUDISC:            nlaU8,
		xlat.IFLA_IPTUN_6RD_PREFIX:          nlaIn6Addr,
		xlat.IFLA_IPTUN_6RD_RELAY_PREFIX:    nlaInAddr,
		xlat.IFLA_IPTUN_6RD_PREFIXLEN:       nlaU16,
		xlat.IFLA_IPTUN_6RD_RELAY_PREFIXLEN: nlaU16,
		xlat.IFLA_IPTUN_ENCAP_TYPE:          lkEncapType,
		xlat.IFLA_IPTUN_ENCAP_FLAGS:         lkEncapFlags,
		xlat.IFLA_IPTUN_ENCAP_SPORT:         nlaBE16,
		xlat.IFLA_IPTUN_ENCAP_DPORT:         nlaBE16,
		xlat.IFLA_IPTUN_FWMARK:              nlaU32,
	})
}

func iflaVtiAttrs(addr attrDec) *attrSet {
	return newSet(xlat.IflaVtiAttrs, "IFLA_VTI_???", []attrDec{
		xlat.IFLA_VTI_LINK:   nlaIfindex,
		xlat.IFLA_VTI_IKEY:   nlaBE32,
		xlat.IFLA_VTI_OKEY:   nlaBE32,
		xlat.IFLA_VTI_LOCAL:  addr,
		xlat.IFLA_VTI_REMOTE: addr,
		xlat.IFLA_VTI_FWMARK: nlaU32,
	})
}

// --- macsec, xfrm, hsr ---

var iflaMacsecAttrs = newSet(xlat.IflaMacsecAttrs, "IFLA_MACSEC_???", []attrDec{
	xlat.IFLA_MACSEC_SCI:            nlaBEHex64,
	xlat.IFLA_MACSEC_PORT:           nlaBE16,
	xlat.IFLA_MACSEC_ICV_LEN:        nlaU8,
	xlat.IFLA_MACSEC_CIPHER_SUITE:   xvalDec{tab: xlat.MacsecCipherIds, dflt: "MACSEC_CIPHER_ID_???", size: 8, tail: true},
	xlat.IFLA_MACSEC_WINDOW:         nlaU32,
	xlat.IFLA_MACSEC_ENCODING_SA:    nlaU8,
	xlat.IFLA_MACSEC_ENCRYPT:        nlaU8,
	xlat.IFLA_MACSEC_PROTECT:        nlaU8,
	xlat.IFLA_MACSEC_INC_SCI:        nlaU8,
	xlat.IFLA_MACSEC_ES:             nlaU8,
	xlat.IFLA_MACSEC_SCB:            nlaU8,
	xlat.IFLA_MACSEC_REPLAY_PROTECT: nlaU8,
	xlat.IFLA_MACSEC_VALIDATION:     xvalDec{tab: xlat.MacsecValidationTypes, dflt: "MACSEC_VALIDATE_???", size: 1, tail: true},
	xlat.IFLA_MACSEC_OFFLOAD:        xvalDec{tab: xlat.MacsecOffloads, dflt: "MACSEC_OFFLOAD_???", size: 1, tail: true},
})

var iflaXfrmAttrs = newSet(xlat.IflaXfrmAttrs, "IFLA_XFRM_???", []attrDec{
	xlat.IFLA_XFRM_LINK:  nlaIfindex,
	xlat.IFLA_XFRM_IF_ID: nlaU32,
})

var iflaHsrAttrs = newSet(xlat.IflaHsrAttrs, "IFLA_HSR_???", []attrDec{
	xlat.IFLA_HSR_SLAVE1:           nlaIfindex,
	xlat.IFLA_HSR_SLAVE2:           nlaIfindex,
	xlat.IFLA_HSR_MULTICAST_SPEC:   nlaU8,
	xlat.IFLA_HSR_SUPERVISION_ADDR: nlaHwaddr,
	xlat.IFLA_HSR_SEQ_NR:           nlaU16,
	xlat.IFLA_HSR_VERSION:          nlaU8,
	xlat.IFLA_HSR_PROTOCOL:         xvalDec{tab: xlat.HsrProtocols, dflt: "HSR_PROTOCOL_???", size: 1, tail: true},
	xlat.IFLA_HSR_INTERLINK:        nlaIfindex,
})

// --- ipoib, amt, gtp, ppp, rmnet, dsa, ovpn ---

var iflaIpoibAttrs = newSet(xlat.IflaIpoibAttrs, "IFLA_IPOIB_???", []attrDec{
	xlat.IFLA_IPOIB_PKEY:   nlaX16,
	xlat.IFLA_IPOIB_MODE:   xvalDec{tab: xlat.IpoibModes, dflt: "IPOIB_MODE_???", size: 2, tail: true},
	xlat.IFLA_IPOIB_UMCAST: nlaU16,
})

var iflaAmtAttrs = newSet(xlat.IflaAmtAttrs, "IFLA_AMT_???", []attrDec{
	xlat.IFLA_AMT_MODE:         xvalDec{tab: xlat.AmtModes, dflt: "AMT_MODE_???", size: 4, tail: true},
	xlat.IFLA_AMT_RELAY_PORT:   nlaBE16,
	xlat.IFLA_AMT_GATEWAY_PORT: nlaBE16,
	xlat.IFLA_AMT_LINK:         nlaIfindex,
	xlat.IFLA_AMT_LOCAL_IP:     nlaInAddr,
	xlat.IFLA_AMT_REMOTE_IP:    nlaInAddr,
	xlat.IFLA_AMT_DISCOVERY_IP: nlaInAddr,
	xlat.IFLA_AMT_MAX_TUNNELS:  nlaU32,
})

var iflaGtpAttrs = newSet(xlat.IflaGtpAttrs, "IFLA_GTP_???", []attrDec{
	xlat.IFLA_GTP_FD0:            nlaFd,
	xlat.IFLA_GTP_FD1:            nlaFd,
	xlat.IFLA_GTP_PDP_HASHSIZE:   nlaU32,
	xlat.IFLA_GTP_ROLE:           xvalDec{tab: xlat.GtpRoles, dflt: "GTP_ROLE_???", size: 4, tail: true},
	xlat.IFLA_GTP_CREATE_SOCKETS: nlaU8,
	xlat.IFLA_GTP_RESTART_COUNT:  nlaU8,
	xlat.IFLA_GTP_LOCAL:          nlaInAddr,
	xlat.IFLA_GTP_LOCAL6:         nlaIn6Addr,
})

var iflaPppAttrs = newSet(xlat.IflaPppAttrs, "IFLA_PPP_???", []attrDec{
	xlat.IFLA_PPP_DEV_FD: nlaFd,
})

var iflaRmnetAttrs = newSet(xlat.IflaRmnetAttrs, "IFLA_RMNET_???", []attrDec{
	xlat.IFLA_RMNET_MUX_ID: nlaU16,
	xlat.IFLA_RMNET_FLAGS: structDec{&structSpec{name: "ifla_rmnet_flags", size: 8, fields: []field{ // IFLA_RMNET_FLAGS
		fFlags("flags", 0, 4, xlat.RmnetFlags, "RMNET_FLAGS_???"),
		fFlags("mask", 4, 4, xlat.RmnetFlags, "RMNET_FLAGS_???"),
	}}},
})

var iflaDsaAttrs = newSet(xlat.IflaDsaAttrs, "IFLA_DSA_???", []attrDec{
	xlat.IFLA_DSA_CONDUIT: nlaIfindex,
})

var iflaOvpnAttrs = newSet(xlat.IflaOvpnAttrs, "IFLA_OVPN_???", []attrDec{
	xlat.IFLA_OVPN_MODE: xvalDec{tab: xlat.OvpnModes, dflt: "OVPN_MODE_???", size: 1, tail: true},
})

// --- can (linux/can/netlink.h) ---

var (
	canBittiming = structDec{&structSpec{name: "can_bittiming", size: 32, fields: []field{
		fU("bitrate", 0, 4),
		fU("sample_point", 4, 4),
		fU("tq", 8, 4),
		fU("prop_seg", 12, 4),
		fU("phase_seg1", 16, 4),
		fU("phase_seg2", 20, 4),
		fU("sjw", 24, 4),
		fU("brp", 28, 4),
	}}}
	canBittimingConst = structDec{&structSpec{name: "can_bittiming_const", size: 48, fields: []field{
		fStr("name", 0, 16, qCstring),
		fU("tseg1_min", 16, 4),
		fU("tseg1_max", 20, 4),
		fU("tseg2_min", 24, 4),
		fU("tseg2_max", 28, 4),
		fU("sjw_max", 32, 4),
		fU("brp_min", 36, 4),
		fU("brp_max", 40, 4),
		fU("brp_inc", 44, 4),
	}}}
	canCtrlmodeFlags = flagsDec{tab: xlat.CanCtrlmodeFlags, dflt: "CAN_CTRLMODE_???", size: 4, tail: true}
)

var iflaCanAttrs = newSet(xlat.IflaCanAttrs, "IFLA_CAN_???", []attrDec{
	xlat.IFLA_CAN_BITTIMING:       canBittiming,
	xlat.IFLA_CAN_BITTIMING_CONST: canBittimingConst,
	xlat.IFLA_CAN_CLOCK: structDec{&structSpec{name: "can_clock", size: 4, fields: []field{ // IFLA_CAN_CLOCK
		fU("freq", 0, 4),
	}}},
	xlat.IFLA_CAN_STATE: xvalDec{tab: xlat.CanStates, dflt: "CAN_STATE_???", size: 4, tail: true},
	xlat.IFLA_CAN_CTRLMODE: structDec{&structSpec{name: "can_ctrlmode", size: 8, fields: []field{ // IFLA_CAN_CTRLMODE
		fFlags("mask", 0, 4, xlat.CanCtrlmodeFlags, "CAN_CTRLMODE_???"),
		fFlags("flags", 4, 4, xlat.CanCtrlmodeFlags, "CAN_CTRLMODE_???"),
	}}},
	xlat.IFLA_CAN_RESTART_MS: nlaU32,
	xlat.IFLA_CAN_RESTART:    nlaU32,
	xlat.IFLA_CAN_BERR_COUNTER: structDec{&structSpec{name: "can_berr_counter", size: 4, fields: []field{ // IFLA_CAN_BERR_COUNTER
		fU("txerr", 0, 2),
		fU("rxerr", 2, 2),
	}}},
	xlat.IFLA_CAN_DATA_BITTIMING:       canBittiming,
	xlat.IFLA_CAN_DATA_BITTIMING_CONST: canBittimingConst,
	xlat.IFLA_CAN_TERMINATION:          nlaU16,
	xlat.IFLA_CAN_TERMINATION_CONST:    arrayDec{size: 2, fmt: FmtU},
	xlat.IFLA_CAN_BITRATE_CONST:        arrayDec{size: 4, fmt: FmtU},
	xlat.IFLA_CAN_DATA_BITRATE_CONST:   arrayDec{size: 4, fmt: FmtU},
	xlat.IFLA_CAN_BITRATE_MAX:          nlaU32,
	xlat.IFLA_CAN_TDC: nestDec{newSet(xlat.IflaCanTdcAttrs, "IFLA_CAN_TDC_???", []attrDec{ // IFLA_CAN_TDC
		xlat.IFLA_CAN_TDC_TDCV_MIN: nlaU32,
		xlat.IFLA_CAN_TDC_TDCV_MAX: nlaU32,
		xlat.IFLA_CAN_TDC_TDCO_MIN: nlaU32,
		xlat.IFLA_CAN_TDC_TDCO_MAX: nlaU32,
		xlat.IFLA_CAN_TDC_TDCF_MIN: nlaU32,
		xlat.IFLA_CAN_TDC_TDCF_MAX: nlaU32,
		xlat.IFLA_CAN_TDC_TDCV:     nlaU32,
		xlat.IFLA_CAN_TDC_TDCO:     nlaU32,
		xlat.IFLA_CAN_TDC_TDCF:     nlaU32,
	})},
	xlat.IFLA_CAN_CTRLMODE_EXT: nestDec{newSet(xlat.IflaCanCtrlmodeAttrs, "IFLA_CAN_CTRLMODE_???", []attrDec{ // IFLA_CAN_CTRLMODE_EXT
		xlat.IFLA_CAN_CTRLMODE_SUPPORTED: canCtrlmodeFlags,
	})},
})
