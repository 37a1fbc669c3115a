package decode

import "github.com/nldump/nldump/decode/internal/xlat"

var routeLinkEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWLINK, xlat.RTM_DELLINK, xlat.RTM_GETLINK, xlat.RTM_SETLINK, xlat.RTM_NEWLINKPROP, xlat.RTM_DELLINKPROP, xlat.RTM_GETLINKPROP},
	strace: []uint16{xlat.RTM_NEWLINK, xlat.RTM_DELLINK, xlat.RTM_GETLINK, xlat.RTM_SETLINK},
	dec:    decodeIfinfomsg,
}

var ifinfomsg = &structSpec{name: "ifinfomsg", size: 16, fields: []field{
	fXval("ifi_family", 0, 1, xlat.Addrfams, "AF_???"),
	fXval("ifi_type", 2, 2, xlat.ArpHardwareTypes, "ARPHRD_???"),
	fIfindex("ifi_index", 4),
	fFlags("ifi_flags", 8, 4, xlat.Iffflags, "IFF_???"),
	fX("ifi_change", 12, 4),
}}

func decodeIfinfomsg(s *state, family uint8, off, n int) {
	if n >= 16 {
		s.ctx.ifiType = uint16(s.u16(off + 2))
	}
	// learned first: the message's own ifi_index prints with its name
	if n >= 16 && s.ctx.msgType == xlat.RTM_NEWLINK && s.ctx.flags&xlat.NLM_F_REQUEST == 0 {
		s.learnIfname(off, n)
	}
	s.fixedHeader(ifinfomsg, off, n, iflaAttrs)
}

// learnIfname remembers the IFLA_IFNAME of an RTM_NEWLINK the kernel sent
// (a reply or a notification: what is, not what a request asks for) for
// the interface index of its header.
func (s *state) learnIfname(off, n int) {
	idx := uint32(s.u32(off + 4))
	if idx == 0 {
		return
	}
	for a, end := off+16, off+n; a+nlaHdrLen <= end; {
		l := int(s.u16(a))
		if l < nlaHdrLen || a+l > end {
			return
		}
		if uint16(s.u16(a+2))&nlaTypeMask == xlat.IFLA_IFNAME {
			name := s.buf[a+nlaHdrLen : a+l]
			end := -1
			for i, c := range name {
				if c == 0 {
					end = i
					break
				}
			}
			if end > 0 && end < 16 {
				name = name[:end]
				if old, ok := s.d.ifnames[idx]; !ok || old != string(name) {
					s.d.ifnames[idx] = string(name)
				}
			}
			return
		}
		a += nlaAlign(l)
	}
}

// rtnl_link_stats and rtnl_link_stats64: the same counters, 32 or 64 bits.
var linkStatsNames = []string{
	"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
	"rx_dropped", "tx_dropped", "multicast", "collisions",
	"rx_length_errors", "rx_over_errors", "rx_crc_errors", "rx_frame_errors",
	"rx_fifo_errors", "rx_missed_errors",
	"tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors", "tx_heartbeat_errors",
	"tx_window_errors", "rx_compressed", "tx_compressed", "rx_nohandler",
	"rx_otherhost_dropped",
}

// linkStats prints struct rtnl_link_stats (w=4) or rtnl_link_stats64
// (w=8). The kernel has grown them: 23 counters, then rx_nohandler, then
// rx_otherhost_dropped (64-bit only); strace accepts exactly those sizes
// or more.
func linkStats(w int) attrDec {
	return funcDec(func(s *state, off, n int) bool {
		full := len(linkStatsNames)
		if w == 4 {
			full = 24
		}
		cnt := 0
		switch {
		case n >= full*w:
			cnt = full
		case w == 8 && n == 24*w:
			cnt = 24
		case n == 23*w:
			cnt = 23
		default:
			return false
		}
		s.openStruct("", off, cnt*w)
		for i := 0; i < cnt; i++ {
			s.fieldU(linkStatsNames[i], off+i*w, w)
		}
		s.close()
		return true
	})
}

var (
	linkStats32 = linkStats(4)
	linkStats64 = linkStats(8)
)

// struct rtnl_link_ifmap, up to its last field (the padding after it is
// not required).
var lkIfmap = structDec{&structSpec{name: "rtnl_link_ifmap", size: 28, fields: []field{
	fX("mem_start", 0, 8),
	fX("mem_end", 8, 8),
	fX("base_addr", 16, 8),
	fU("irq", 24, 2),
	fU("dma", 26, 1),
	fU("port", 27, 1),
}}}

// lkVarUint prints an unsigned number of 4 or 8 bytes (the kernel's
// nla_put_uint picks the size by the value).
var lkVarUint = funcDec(func(s *state, off, n int) bool {
	switch n {
	case 4, 8:
		s.fieldU("", off, n)
		return true
	}
	return false
})

// rawType returns the nla_type, flags included, of the attribute whose
// payload starts at off.
func (s *state) rawType(off int) uint16 { return uint16(s.u16(off - 2)) }

// IFLA_PROP_LIST holds IFLA_ALT_IFNAME strings, in the IFLA_* namespace;
// only that type is decoded, and only without the NLA_F_ bits.
var iflaPropListAttrs = &attrSet{names: xlat.RtnlLinkAttrs, dflt: "IFLA_???",
	byType: func(s *state, typ uint16) attrDec { return iflaPropListItem }}

var iflaPropListItem = funcDec(func(s *state, off, n int) bool {
	if s.rawType(off) != xlat.IFLA_ALT_IFNAME {
		return false
	}
	s.str("", off, n, qNlaStr)
	return true
})

var iflaProtoDownReasonAttrs = newSet(xlat.RtnlIflaProtoDownReasonAttrs, "IFLA_PROTO_DOWN_REASON_???", []attrDec{
	xlat.IFLA_PROTO_DOWN_REASON_MASK:  nlaX32,
	xlat.IFLA_PROTO_DOWN_REASON_VALUE: nlaX32,
})

var iflaXdpAttrs = newSet(xlat.RtnlIflaXdpAttrs, "IFLA_XDP_???", []attrDec{
	xlat.IFLA_XDP_FD:          nlaFd,
	xlat.IFLA_XDP_ATTACHED:    xvalDec{tab: xlat.RtnlIflaXdpAttachedMode, dflt: "XDP_ATTACHED_???", size: 1, nf: 0, be: false},
	xlat.IFLA_XDP_FLAGS:       flagsDec{tab: xlat.XdpFlags, dflt: "XDP_FLAGS_???", size: 4, tail: true},
	xlat.IFLA_XDP_PROG_ID:     nlaU32,
	xlat.IFLA_XDP_DRV_PROG_ID: nlaU32,
	xlat.IFLA_XDP_SKB_PROG_ID: nlaU32,
	xlat.IFLA_XDP_HW_PROG_ID:  nlaU32,
	xlat.IFLA_XDP_EXPECTED_FD: nlaFd,
})

// IFLA_DEVLINK_PORT: the devlink handle of the port behind the device.
var iflaDevlinkPortAttrs = newSet(xlat.DevlinkPortHandleAttrs, "DEVLINK_ATTR_???", []attrDec{
	xlat.DEVLINK_ATTR_BUS_NAME:   nlaStr,
	xlat.DEVLINK_ATTR_DEV_NAME:   nlaStr,
	xlat.DEVLINK_ATTR_PORT_INDEX: nlaU32,
})

// IFLA_DPLL_PIN: the handle of the DPLL pin the device uses.
var iflaDpllPinAttrs = newSet(xlat.DpllPinHandleAttrs, "DPLL_A_PIN_???", []attrDec{
	xlat.DPLL_A_PIN_ID: nlaU32,
})

// iflaAttrs is the IFLA_* set of an ifinfomsg.
var iflaAttrs = newSet(xlat.RtnlLinkAttrs, "IFLA_???", []attrDec{
	xlat.IFLA_ADDRESS:             nlaHwaddr,
	xlat.IFLA_BROADCAST:           nlaHwaddr,
	xlat.IFLA_IFNAME:              nlaStr,
	xlat.IFLA_MTU:                 nlaU32,
	xlat.IFLA_LINK:                nlaU32,
	xlat.IFLA_QDISC:               nlaStr,
	xlat.IFLA_STATS:               linkStats32,
	xlat.IFLA_MASTER:              nlaU32,
	xlat.IFLA_PROTINFO:            funcDec(decodeIflaProtinfo),
	xlat.IFLA_TXQLEN:              nlaU32,
	xlat.IFLA_MAP:                 lkIfmap,
	xlat.IFLA_WEIGHT:              nlaU32,
	xlat.IFLA_OPERSTATE:           nlaU8,
	xlat.IFLA_LINKMODE:            nlaU8,
	xlat.IFLA_LINKINFO:            funcDec(decodeIflaLinkinfo),
	xlat.IFLA_NET_NS_PID:          nlaU32,
	xlat.IFLA_IFALIAS:             nlaStr,
	xlat.IFLA_NUM_VF:              nlaU32,
	xlat.IFLA_VFINFO_LIST:         nestDec{iflaVfinfoListAttrs},
	xlat.IFLA_STATS64:             linkStats64,
	xlat.IFLA_VF_PORTS:            nestDec{iflaVfPortsAttrs},
	xlat.IFLA_PORT_SELF:           nestDec{iflaPortAttrs},
	xlat.IFLA_AF_SPEC:             funcDec(decodeIflaAfSpec),
	xlat.IFLA_GROUP:               nlaU32,
	xlat.IFLA_NET_NS_FD:           nlaFd,
	xlat.IFLA_EXT_MASK:            flagsDec{tab: xlat.RtnlIflaExtFilterFlags, dflt: "RTEXT_FILTER_???", size: 4},
	xlat.IFLA_PROMISCUITY:         nlaU32,
	xlat.IFLA_NUM_TX_QUEUES:       nlaU32,
	xlat.IFLA_NUM_RX_QUEUES:       nlaU32,
	xlat.IFLA_CARRIER:             nlaU8,
	xlat.IFLA_CARRIER_CHANGES:     nlaU32,
	xlat.IFLA_LINK_NETNSID:        nlaS32,
	xlat.IFLA_PHYS_PORT_NAME:      nlaStr,
	xlat.IFLA_PROTO_DOWN:          nlaU8,
	xlat.IFLA_GSO_MAX_SEGS:        nlaU32,
	xlat.IFLA_GSO_MAX_SIZE:        nlaU32,
	xlat.IFLA_XDP:                 nestDec{iflaXdpAttrs},
	xlat.IFLA_EVENT:               xvalDec{tab: xlat.RtnlIflaEvents, dflt: "IFLA_EVENT_???", size: 4, tail: true},
	xlat.IFLA_NEW_NETNSID:         nlaS32,
	xlat.IFLA_IF_NETNSID:          nlaS32,
	xlat.IFLA_CARRIER_UP_COUNT:    nlaU32,
	xlat.IFLA_CARRIER_DOWN_COUNT:  nlaU32,
	xlat.IFLA_NEW_IFINDEX:         nlaIfindex,
	xlat.IFLA_MIN_MTU:             nlaU32,
	xlat.IFLA_MAX_MTU:             nlaU32,
	xlat.IFLA_PROP_LIST:           nestDec{iflaPropListAttrs},
	xlat.IFLA_ALT_IFNAME:          nlaStr,
	xlat.IFLA_PERM_ADDRESS:        nlaHwaddr,
	xlat.IFLA_PROTO_DOWN_REASON:   nestDec{iflaProtoDownReasonAttrs},
	xlat.IFLA_PARENT_DEV_NAME:     nlaStr,
	xlat.IFLA_PARENT_DEV_BUS_NAME: nlaStr,
	xlat.IFLA_GRO_MAX_SIZE:        nlaU32,
	xlat.IFLA_TSO_MAX_SIZE:        nlaU32,
	xlat.IFLA_TSO_MAX_SEGS:        nlaU32,
	xlat.IFLA_ALLMULTI:            nlaU32,
	// newer than strace 6.1
	xlat.IFLA_DEVLINK_PORT:               nestDec{iflaDevlinkPortAttrs},
	xlat.IFLA_GSO_IPV4_MAX_SIZE:          nlaU32,
	xlat.IFLA_GRO_IPV4_MAX_SIZE:          nlaU32,
	xlat.IFLA_DPLL_PIN:                   nestDec{iflaDpllPinAttrs},
	xlat.IFLA_MAX_PACING_OFFLOAD_HORIZON: lkVarUint,
	xlat.IFLA_NETNS_IMMUTABLE:            nlaU8,
	xlat.IFLA_HEADROOM:                   nlaU16,
	xlat.IFLA_TAILROOM:                   nlaU16,
})
