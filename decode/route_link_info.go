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

var iflaInfoAttrs = newSet(xlat.RtnlIflaInfoAttrs, "IFLA_INFO_???", []attrDec{
	xlat.IFLA_INFO_KIND: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_KIND
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
	xlat.IFLA_INFO_DATA: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_DATA
		k := s.kindNamed(s.ctx.kind)
		if k == nil || k.data == nil {
			return false
		}
		s.attrs(off, n, k.data)
		return true
	}),
	xlat.IFLA_INFO_XSTATS: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_XSTATS
		k := s.kindNamed(s.ctx.kind)
		if k == nil || k.xstats == nil {
			return false
		}
		return k.xstats.decode(s, off, n)
	}),
	xlat.IFLA_INFO_SLAVE_KIND: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_SLAVE_KIND
		s.ctx.slave = ""
		if k := s.kindOf(off, n); k != nil {
			s.ctx.slave = k.name
		}
		s.str("", off, n, qNulTerm)
		return true
	}),
	xlat.IFLA_INFO_SLAVE_DATA: funcDec(func(s *state, off, n int) bool { // IFLA_INFO_SLAVE_DATA
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
	if s.ctx.msgType == xlat.RTM_NEWLINK && s.ctx.flags&xlat.NLM_F_REQUEST == 0 {
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

var iflaBrMcastQuerierAttrs = newSet(xlat.RtnlIflaBrMcastQuerierAttrs, "BRIDGE_QUERIER_???", []attrDec{
	xlat.BRIDGE_QUERIER_IP_ADDRESS:       nlaInAddr,
	xlat.BRIDGE_QUERIER_IP_PORT:          nlaIfindex,
	xlat.BRIDGE_QUERIER_IP_OTHER_TIMER:   nlaClockT,
	xlat.BRIDGE_QUERIER_IPV6_ADDRESS:     nlaIn6Addr,
	xlat.BRIDGE_QUERIER_IPV6_PORT:        nlaIfindex,
	xlat.BRIDGE_QUERIER_IPV6_OTHER_TIMER: nlaClockT,
})

var lkEtherProto = xvalDec{tab: xlat.EthernetProtocols, dflt: "ETHER_P_???", size: 2, nf: 0, be: true}

// IFLA_INFO_DATA of a bridge.
var iflaBrAttrs = newSet(xlat.RtnlIflaInfoDataBridgeAttrs, "IFLA_BR_???", []attrDec{
	xlat.IFLA_BR_FORWARD_DELAY:              nlaClockT,
	xlat.IFLA_BR_HELLO_TIME:                 nlaClockT,
	xlat.IFLA_BR_MAX_AGE:                    nlaClockT,
	xlat.IFLA_BR_AGEING_TIME:                nlaClockT,
	xlat.IFLA_BR_STP_STATE:                  nlaU32,
	xlat.IFLA_BR_PRIORITY:                   nlaU16,
	xlat.IFLA_BR_VLAN_FILTERING:             nlaU8,
	xlat.IFLA_BR_VLAN_PROTOCOL:              lkEtherProto,
	xlat.IFLA_BR_GROUP_FWD_MASK:             nlaX16,
	xlat.IFLA_BR_ROOT_ID:                    lkBridgeID,
	xlat.IFLA_BR_BRIDGE_ID:                  lkBridgeID,
	xlat.IFLA_BR_ROOT_PORT:                  nlaU16,
	xlat.IFLA_BR_ROOT_PATH_COST:             nlaU32,
	xlat.IFLA_BR_TOPOLOGY_CHANGE:            nlaU8,
	xlat.IFLA_BR_TOPOLOGY_CHANGE_DETECTED:   nlaU8,
	xlat.IFLA_BR_HELLO_TIMER:                nlaClockT,
	xlat.IFLA_BR_TCN_TIMER:                  nlaClockT,
	xlat.IFLA_BR_TOPOLOGY_CHANGE_TIMER:      nlaClockT,
	xlat.IFLA_BR_GC_TIMER:                   nlaClockT,
	xlat.IFLA_BR_GROUP_ADDR:                 nlaHwaddr,
	xlat.IFLA_BR_MCAST_ROUTER:               nlaU8,
	xlat.IFLA_BR_MCAST_SNOOPING:             nlaU8,
	xlat.IFLA_BR_MCAST_QUERY_USE_IFADDR:     nlaU8,
	xlat.IFLA_BR_MCAST_QUERIER:              nlaU8,
	xlat.IFLA_BR_MCAST_HASH_ELASTICITY:      nlaU32,
	xlat.IFLA_BR_MCAST_HASH_MAX:             nlaU32,
	xlat.IFLA_BR_MCAST_LAST_MEMBER_CNT:      nlaU32,
	xlat.IFLA_BR_MCAST_STARTUP_QUERY_CNT:    nlaU32,
	xlat.IFLA_BR_MCAST_LAST_MEMBER_INTVL:    nlaClockT,
	xlat.IFLA_BR_MCAST_MEMBERSHIP_INTVL:     nlaClockT,
	xlat.IFLA_BR_MCAST_QUERIER_INTVL:        nlaClockT,
	xlat.IFLA_BR_MCAST_QUERY_INTVL:          nlaClockT,
	xlat.IFLA_BR_MCAST_QUERY_RESPONSE_INTVL: nlaClockT,
	xlat.IFLA_BR_MCAST_STARTUP_QUERY_INTVL:  nlaClockT,
	xlat.IFLA_BR_NF_CALL_IPTABLES:           nlaU8,
	xlat.IFLA_BR_NF_CALL_IP6TABLES:          nlaU8,
	xlat.IFLA_BR_NF_CALL_ARPTABLES:          nlaU8,
	xlat.IFLA_BR_VLAN_DEFAULT_PVID:          nlaU16,
	xlat.IFLA_BR_VLAN_STATS_ENABLED:         nlaU8,
	xlat.IFLA_BR_MCAST_STATS_ENABLED:        nlaU8,
	xlat.IFLA_BR_MCAST_IGMP_VERSION:         nlaU8,
	xlat.IFLA_BR_MCAST_MLD_VERSION:          nlaU8,
	xlat.IFLA_BR_VLAN_STATS_PER_PORT:        nlaU8,
	xlat.IFLA_BR_MULTI_BOOLOPT:              lkBrBoolopt,
	xlat.IFLA_BR_MCAST_QUERIER_STATE:        nestDec{iflaBrMcastQuerierAttrs},
	xlat.IFLA_BR_FDB_N_LEARNED:              nlaU32,
	xlat.IFLA_BR_FDB_MAX_LEARNED:            nlaU32,
	xlat.IFLA_BR_STP_MODE:                   xvalDec{tab: xlat.BrStpModes, dflt: "BR_STP_MODE_???", size: 4, tail: true},
})

// IFLA_INFO_SLAVE_DATA of a bridge port, and IFLA_PROTINFO of AF_BRIDGE
// messages.
var iflaBrportAttrs = newSet(xlat.RtnlIflaBrportAttrs, "IFLA_BRPORT_???", []attrDec{
	xlat.IFLA_BRPORT_STATE:                 nlaU8,
	xlat.IFLA_BRPORT_PRIORITY:              nlaU16,
	xlat.IFLA_BRPORT_COST:                  nlaU32,
	xlat.IFLA_BRPORT_MODE:                  nlaU8,
	xlat.IFLA_BRPORT_GUARD:                 nlaU8,
	xlat.IFLA_BRPORT_PROTECT:               nlaU8,
	xlat.IFLA_BRPORT_FAST_LEAVE:            nlaU8,
	xlat.IFLA_BRPORT_LEARNING:              nlaU8,
	xlat.IFLA_BRPORT_UNICAST_FLOOD:         nlaU8,
	xlat.IFLA_BRPORT_PROXYARP:              nlaU8,
	xlat.IFLA_BRPORT_LEARNING_SYNC:         nlaU8,
	xlat.IFLA_BRPORT_PROXYARP_WIFI:         nlaU8,
	xlat.IFLA_BRPORT_ROOT_ID:               lkBridgeID,
	xlat.IFLA_BRPORT_BRIDGE_ID:             lkBridgeID,
	xlat.IFLA_BRPORT_DESIGNATED_PORT:       nlaU16,
	xlat.IFLA_BRPORT_DESIGNATED_COST:       nlaU16,
	xlat.IFLA_BRPORT_ID:                    nlaU16,
	xlat.IFLA_BRPORT_NO:                    nlaU16,
	xlat.IFLA_BRPORT_TOPOLOGY_CHANGE_ACK:   nlaU8,
	xlat.IFLA_BRPORT_CONFIG_PENDING:        nlaU8,
	xlat.IFLA_BRPORT_MESSAGE_AGE_TIMER:     nlaClockT,
	xlat.IFLA_BRPORT_FORWARD_DELAY_TIMER:   nlaClockT,
	xlat.IFLA_BRPORT_HOLD_TIMER:            nlaClockT,
	xlat.IFLA_BRPORT_MULTICAST_ROUTER:      nlaU8,
	xlat.IFLA_BRPORT_MCAST_FLOOD:           nlaU8,
	xlat.IFLA_BRPORT_MCAST_TO_UCAST:        nlaU8,
	xlat.IFLA_BRPORT_VLAN_TUNNEL:           nlaU8,
	xlat.IFLA_BRPORT_BCAST_FLOOD:           nlaU8,
	xlat.IFLA_BRPORT_GROUP_FWD_MASK:        nlaX16,
	xlat.IFLA_BRPORT_NEIGH_SUPPRESS:        nlaU8,
	xlat.IFLA_BRPORT_ISOLATED:              nlaU8,
	xlat.IFLA_BRPORT_BACKUP_PORT:           nlaIfindex,
	xlat.IFLA_BRPORT_MRP_RING_OPEN:         nlaU8,
	xlat.IFLA_BRPORT_MRP_IN_OPEN:           nlaU8,
	xlat.IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT: nlaU32,
	xlat.IFLA_BRPORT_MCAST_EHT_HOSTS_CNT:   nlaU32,
	xlat.IFLA_BRPORT_LOCKED:                nlaU8,
	xlat.IFLA_BRPORT_MAB:                   nlaU8,
	xlat.IFLA_BRPORT_MCAST_N_GROUPS:        nlaU32,
	xlat.IFLA_BRPORT_MCAST_MAX_GROUPS:      nlaU32,
	xlat.IFLA_BRPORT_NEIGH_VLAN_SUPPRESS:   nlaU8,
	xlat.IFLA_BRPORT_BACKUP_NHID:           nlaU32,
	xlat.IFLA_BRPORT_NEIGH_FORWARD_GRAT:    nlaU8,
})

// IFLA_INFO_DATA of a tun or tap device.
var iflaTunAttrs = newSet(xlat.RtnlIflaInfoDataTunAttrs, "IFLA_TUN_???", []attrDec{
	xlat.IFLA_TUN_OWNER:               nlaUID,
	xlat.IFLA_TUN_GROUP:               nlaUID,
	xlat.IFLA_TUN_TYPE:                xvalDec{tab: xlat.TunDeviceTypes, dflt: "IFF_???", size: 1, nf: 0, be: false},
	xlat.IFLA_TUN_PI:                  nlaU8,
	xlat.IFLA_TUN_VNET_HDR:            nlaU8,
	xlat.IFLA_TUN_PERSIST:             nlaU8,
	xlat.IFLA_TUN_MULTI_QUEUE:         nlaU8,
	xlat.IFLA_TUN_NUM_QUEUES:          nlaU32,
	xlat.IFLA_TUN_NUM_DISABLED_QUEUES: nlaU32,
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
		&linkKind{name: "can", data: iflaCanAttrs, xstats: lkCanStats},
	)
	addLinkKinds(moreLinkKinds()...)
}
