package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// IFLA_LINKINFO: the kind of a link and its kind-specific attributes.
// IFLA_INFO_KIND and IFLA_INFO_SLAVE_KIND name the kinds; IFLA_INFO_DATA,
// IFLA_INFO_XSTATS and IFLA_INFO_SLAVE_DATA that follow them are decoded
// by those names. A kind nldump does not know leaves its data hex.

// linkKind is what nldump knows of one kind of link.
type linkKind struct {
	name   string
	data   *attrSet // IFLA_INFO_DATA of links of this kind
	slave  *attrSet // IFLA_INFO_SLAVE_DATA of the ports of such a link
	xstats attrDec  // IFLA_INFO_XSTATS
}

// linkKinds is indexed by the IFLA_INFO_KIND string. It is filled in
// init, as the kinds' sets refer back to the IFLA_* set (a veth peer is
// an ifinfomsg with its attributes).
var linkKinds map[string]*linkKind

func addLinkKinds(ks ...*linkKind) {
	for _, k := range ks {
		linkKinds[k.name] = k
	}
}

// kindOf returns the kind named by the string attribute at off: the bytes
// up to the first NUL, when the attribute is shorter than 64 bytes (the
// size strace keeps), else none.
func (s *state) kindOf(off, n int) *linkKind {
	if n >= 64 || off < 0 || off+n > len(s.buf) {
		return nil
	}
	b := s.buf[off : off+n]
	for i, c := range b {
		if c == 0 {
			b = b[:i]
			break
		}
	}
	return linkKinds[string(b)]
}

func (s *state) kindNamed(name string) *linkKind {
	if name == "" {
		return nil
	}
	return linkKinds[name]
}

func decodeIflaLinkinfo(s *state, off, n int) bool {
	kind, slave := s.ctx.kind, s.ctx.slave
	s.ctx.kind, s.ctx.slave = "", ""
	s.attrs(off, n, iflaInfoAttrs)
	s.ctx.kind, s.ctx.slave = kind, slave
	return true
}

var iflaInfoAttrs = newSet(xlat.RtnlIflaInfoAttrs, "IFLA_INFO_???", map[uint16]attrDec{
	1: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_KIND
		s.ctx.kind = ""
		if k := s.kindOf(off, n); k != nil {
			s.ctx.kind = k.name
			if k.data == nil && k.slave != nil {
				// a port's kind named as "bridge_slave" and the like
				s.ctx.slave = k.name
			}
		}
		s.str("", off, n, qNulTerm)
		return true
	}),
	2: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_DATA
		k := s.kindNamed(s.ctx.kind)
		if k == nil || k.data == nil {
			return false
		}
		s.attrs(off, n, k.data)
		return true
	}),
	3: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_XSTATS
		k := s.kindNamed(s.ctx.kind)
		if k == nil || k.xstats == nil {
			return false
		}
		return k.xstats.decode(s, off, n)
	}),
	4: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_SLAVE_KIND
		s.ctx.slave = ""
		if k := s.kindOf(off, n); k != nil {
			s.ctx.slave = k.name
		}
		s.str("", off, n, qNulTerm)
		return true
	}),
	5: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_SLAVE_DATA
		k := s.kindNamed(s.ctx.slave)
		if k == nil || k.slave == nil {
			return false
		}
		s.attrs(off, n, k.slave)
		return true
	}),
})

// linkPeerAttrs is iflaAttrs, for the peers of veth and netkit links; set
// in init to break the cycle of references.
var linkPeerAttrs *attrSet

// lkPeer decodes the peer of a veth or netkit link: an ifinfomsg and the
// peer's IFLA_* attributes, printed as {ifinfomsg}, [attributes] (the
// shape of an RTM_NEWLINK body).
var lkPeer = funcDec(func(s *state, off, n int) bool {
	if n < 16 {
		return false
	}
	saved := s.ctx
	s.ctx.family = uint8(s.u8(off))
	s.ctx.ifiType = uint16(s.u16(off + 2))
	s.ctx.kind, s.ctx.slave = "", ""
	if s.ctx.msgType == rtmNewLink && s.ctx.flags&nlmFRequest == 0 {
		s.learnIfname(off, n)
	}
	s.structFields("", ifinfomsg, off)
	if n > 16 {
		s.attrs(off+16, n-16, linkPeerAttrs)
	}
	s.ctx = saved
	return true
})

// struct ifla_bridge_id
var lkBridgeID = funcDec(func(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	s.openStruct("", off, 8)
	s.openArray("prio", off, 2)
	s.fieldU("", off, 1)
	s.fieldU("", off+1, 1)
	s.close()
	s.hwaddr("addr", off+2, 6, 255)
	s.close()
	return true
})

// struct br_boolopt_multi
var lkBrBoolopt = structDec{&structSpec{name: "br_boolopt_multi", size: 8, fields: []field{
	fFlags("optval", 0, 4, xlat.RtnlIflaBrBooloptFlags, "1<<BR_BOOLOPT_???"),
	fFlags("optmask", 4, 4, xlat.RtnlIflaBrBooloptFlags, "1<<BR_BOOLOPT_???"),
}}}

var iflaBrMcastQuerierAttrs = newSet(xlat.RtnlIflaBrMcastQuerierAttrs, "BRIDGE_QUERIER_???", map[uint16]attrDec{
	1: nlaInAddr,  // BRIDGE_QUERIER_IP_ADDRESS
	2: nlaIfindex, // BRIDGE_QUERIER_IP_PORT
	3: nlaClockT,  // BRIDGE_QUERIER_IP_OTHER_TIMER
	5: nlaIn6Addr, // BRIDGE_QUERIER_IPV6_ADDRESS
	6: nlaIfindex, // BRIDGE_QUERIER_IPV6_PORT
	7: nlaClockT,  // BRIDGE_QUERIER_IPV6_OTHER_TIMER
})

var lkEtherProto = xvalDec{xlat.EthernetProtocols, "ETHER_P_???", 2, 0, true}

// IFLA_INFO_DATA of a bridge.
var iflaBrAttrs = newSet(xlat.RtnlIflaInfoDataBridgeAttrs, "IFLA_BR_???", map[uint16]attrDec{
	1:  nlaClockT,                                           // IFLA_BR_FORWARD_DELAY
	2:  nlaClockT,                                           // IFLA_BR_HELLO_TIME
	3:  nlaClockT,                                           // IFLA_BR_MAX_AGE
	4:  nlaClockT,                                           // IFLA_BR_AGEING_TIME
	5:  nlaU32,                                              // IFLA_BR_STP_STATE
	6:  nlaU16,                                              // IFLA_BR_PRIORITY
	7:  nlaU8,                                               // IFLA_BR_VLAN_FILTERING
	8:  lkEtherProto,                                        // IFLA_BR_VLAN_PROTOCOL
	9:  nlaX16,                                              // IFLA_BR_GROUP_FWD_MASK
	10: lkBridgeID,                                          // IFLA_BR_ROOT_ID
	11: lkBridgeID,                                          // IFLA_BR_BRIDGE_ID
	12: nlaU16,                                              // IFLA_BR_ROOT_PORT
	13: nlaU32,                                              // IFLA_BR_ROOT_PATH_COST
	14: nlaU8,                                               // IFLA_BR_TOPOLOGY_CHANGE
	15: nlaU8,                                               // IFLA_BR_TOPOLOGY_CHANGE_DETECTED
	16: nlaClockT,                                           // IFLA_BR_HELLO_TIMER
	17: nlaClockT,                                           // IFLA_BR_TCN_TIMER
	18: nlaClockT,                                           // IFLA_BR_TOPOLOGY_CHANGE_TIMER
	19: nlaClockT,                                           // IFLA_BR_GC_TIMER
	20: nlaHwaddr,                                           // IFLA_BR_GROUP_ADDR
	22: nlaU8,                                               // IFLA_BR_MCAST_ROUTER
	23: nlaU8,                                               // IFLA_BR_MCAST_SNOOPING
	24: nlaU8,                                               // IFLA_BR_MCAST_QUERY_USE_IFADDR
	25: nlaU8,                                               // IFLA_BR_MCAST_QUERIER
	26: nlaU32,                                              // IFLA_BR_MCAST_HASH_ELASTICITY
	27: nlaU32,                                              // IFLA_BR_MCAST_HASH_MAX
	28: nlaU32,                                              // IFLA_BR_MCAST_LAST_MEMBER_CNT
	29: nlaU32,                                              // IFLA_BR_MCAST_STARTUP_QUERY_CNT
	30: nlaClockT,                                           // IFLA_BR_MCAST_LAST_MEMBER_INTVL
	31: nlaClockT,                                           // IFLA_BR_MCAST_MEMBERSHIP_INTVL
	32: nlaClockT,                                           // IFLA_BR_MCAST_QUERIER_INTVL
	33: nlaClockT,                                           // IFLA_BR_MCAST_QUERY_INTVL
	34: nlaClockT,                                           // IFLA_BR_MCAST_QUERY_RESPONSE_INTVL
	35: nlaClockT,                                           // IFLA_BR_MCAST_STARTUP_QUERY_INTVL
	36: nlaU8,                                               // IFLA_BR_NF_CALL_IPTABLES
	37: nlaU8,                                               // IFLA_BR_NF_CALL_IP6TABLES
	38: nlaU8,                                               // IFLA_BR_NF_CALL_ARPTABLES
	39: nlaU16,                                              // IFLA_BR_VLAN_DEFAULT_PVID
	41: nlaU8,                                               // IFLA_BR_VLAN_STATS_ENABLED
	42: nlaU8,                                               // IFLA_BR_MCAST_STATS_ENABLED
	43: nlaU8,                                               // IFLA_BR_MCAST_IGMP_VERSION
	44: nlaU8,                                               // IFLA_BR_MCAST_MLD_VERSION
	45: nlaU8,                                               // IFLA_BR_VLAN_STATS_PER_PORT
	46: lkBrBoolopt,                                         // IFLA_BR_MULTI_BOOLOPT
	47: nestDec{iflaBrMcastQuerierAttrs},                    // IFLA_BR_MCAST_QUERIER_STATE
	48: nlaU32,                                              // IFLA_BR_FDB_N_LEARNED
	49: nlaU32,                                              // IFLA_BR_FDB_MAX_LEARNED
	50: fixedXvalDec{xlat.BrStpModes, "BR_STP_MODE_???", 4}, // IFLA_BR_STP_MODE
})

// IFLA_INFO_SLAVE_DATA of a bridge port, and IFLA_PROTINFO of AF_BRIDGE
// messages.
var iflaBrportAttrs = newSet(xlat.RtnlIflaBrportAttrs, "IFLA_BRPORT_???", map[uint16]attrDec{
	1:  nlaU8,      // IFLA_BRPORT_STATE
	2:  nlaU16,     // IFLA_BRPORT_PRIORITY
	3:  nlaU32,     // IFLA_BRPORT_COST
	4:  nlaU8,      // IFLA_BRPORT_MODE
	5:  nlaU8,      // IFLA_BRPORT_GUARD
	6:  nlaU8,      // IFLA_BRPORT_PROTECT
	7:  nlaU8,      // IFLA_BRPORT_FAST_LEAVE
	8:  nlaU8,      // IFLA_BRPORT_LEARNING
	9:  nlaU8,      // IFLA_BRPORT_UNICAST_FLOOD
	10: nlaU8,      // IFLA_BRPORT_PROXYARP
	11: nlaU8,      // IFLA_BRPORT_LEARNING_SYNC
	12: nlaU8,      // IFLA_BRPORT_PROXYARP_WIFI
	13: lkBridgeID, // IFLA_BRPORT_ROOT_ID
	14: lkBridgeID, // IFLA_BRPORT_BRIDGE_ID
	15: nlaU16,     // IFLA_BRPORT_DESIGNATED_PORT
	16: nlaU16,     // IFLA_BRPORT_DESIGNATED_COST
	17: nlaU16,     // IFLA_BRPORT_ID
	18: nlaU16,     // IFLA_BRPORT_NO
	19: nlaU8,      // IFLA_BRPORT_TOPOLOGY_CHANGE_ACK
	20: nlaU8,      // IFLA_BRPORT_CONFIG_PENDING
	21: nlaClockT,  // IFLA_BRPORT_MESSAGE_AGE_TIMER
	22: nlaClockT,  // IFLA_BRPORT_FORWARD_DELAY_TIMER
	23: nlaClockT,  // IFLA_BRPORT_HOLD_TIMER
	25: nlaU8,      // IFLA_BRPORT_MULTICAST_ROUTER
	27: nlaU8,      // IFLA_BRPORT_MCAST_FLOOD
	28: nlaU8,      // IFLA_BRPORT_MCAST_TO_UCAST
	29: nlaU8,      // IFLA_BRPORT_VLAN_TUNNEL
	30: nlaU8,      // IFLA_BRPORT_BCAST_FLOOD
	31: nlaX16,     // IFLA_BRPORT_GROUP_FWD_MASK
	32: nlaU8,      // IFLA_BRPORT_NEIGH_SUPPRESS
	33: nlaU8,      // IFLA_BRPORT_ISOLATED
	34: nlaIfindex, // IFLA_BRPORT_BACKUP_PORT
	35: nlaU8,      // IFLA_BRPORT_MRP_RING_OPEN
	36: nlaU8,      // IFLA_BRPORT_MRP_IN_OPEN
	37: nlaU32,     // IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT
	38: nlaU32,     // IFLA_BRPORT_MCAST_EHT_HOSTS_CNT
	39: nlaU8,      // IFLA_BRPORT_LOCKED
	40: nlaU8,      // IFLA_BRPORT_MAB
	41: nlaU32,     // IFLA_BRPORT_MCAST_N_GROUPS
	42: nlaU32,     // IFLA_BRPORT_MCAST_MAX_GROUPS
	43: nlaU8,      // IFLA_BRPORT_NEIGH_VLAN_SUPPRESS
	44: nlaU32,     // IFLA_BRPORT_BACKUP_NHID
	45: nlaU8,      // IFLA_BRPORT_NEIGH_FORWARD_GRAT
})

// IFLA_INFO_DATA of a tun or tap device.
var iflaTunAttrs = newSet(xlat.RtnlIflaInfoDataTunAttrs, "IFLA_TUN_???", map[uint16]attrDec{
	1: nlaUID,                                               // IFLA_TUN_OWNER
	2: nlaUID,                                               // IFLA_TUN_GROUP
	3: xvalDec{xlat.TunDeviceTypes, "IFF_???", 1, 0, false}, // IFLA_TUN_TYPE
	4: nlaU8,                                                // IFLA_TUN_PI
	5: nlaU8,                                                // IFLA_TUN_VNET_HDR
	6: nlaU8,                                                // IFLA_TUN_PERSIST
	7: nlaU8,                                                // IFLA_TUN_MULTI_QUEUE
	8: nlaU32,                                               // IFLA_TUN_NUM_QUEUES
	9: nlaU32,                                               // IFLA_TUN_NUM_DISABLED_QUEUES
})

// IFLA_INFO_XSTATS of a CAN device: struct can_device_stats.
var lkCanStats = structDec{&structSpec{name: "can_device_stats", size: 24, fields: []field{
	fU("bus_error", 0, 4),
	fU("error_warning", 4, 4),
	fU("error_passive", 8, 4),
	fU("bus_off", 12, 4),
	fU("arbitration_lost", 16, 4),
	fU("restarts", 20, 4),
}}}

func init() {
	linkPeerAttrs = iflaAttrs
	linkKinds = map[string]*linkKind{}
	addLinkKinds(
		&linkKind{name: "bridge", data: iflaBrAttrs, slave: iflaBrportAttrs},
		&linkKind{name: "tun", data: iflaTunAttrs},
		&linkKind{name: "can", xstats: lkCanStats},
	)
	addLinkKinds(moreLinkKinds()...)
}
