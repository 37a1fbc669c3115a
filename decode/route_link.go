package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// IFLA_* attribute types used by the decoders below.
const (
	iflaIfname    = 3
	iflaAltIfname = 53
)

// RTM_NEWLINKPROP, RTM_DELLINKPROP and RTM_GETLINKPROP add and remove
// link properties (IFLA_PROP_LIST): an ifinfomsg and IFLA_* attributes,
// like the other link messages. strace 6.1 leaves them undecoded.
const (
	rtmNewLinkProp = 108
	rtmDelLinkProp = 109
	rtmGetLinkProp = 110
)

var routeLinkEntry = routeEntry{
	types: []uint16{rtmNewLink, rtmDelLink, rtmGetLink, rtmSetLink, rtmNewLinkProp, rtmDelLinkProp, rtmGetLinkProp},
	dec:   decodeIfinfomsg,
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
	if n >= 16 && s.ctx.msgType == rtmNewLink && s.ctx.flags&nlmFRequest == 0 {
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
		if uint16(s.u16(a+2))&nlaTypeMask == iflaIfname {
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
	if s.rawType(off) != iflaAltIfname {
		return false
	}
	s.str("", off, n, qNlaStr)
	return true
})

var iflaProtoDownReasonAttrs = newSet(xlat.RtnlIflaProtoDownReasonAttrs, "IFLA_PROTO_DOWN_REASON_???", map[uint16]attrDec{
	1: nlaX32, // IFLA_PROTO_DOWN_REASON_MASK
	2: nlaX32, // IFLA_PROTO_DOWN_REASON_VALUE
})

var iflaXdpAttrs = newSet(xlat.RtnlIflaXdpAttrs, "IFLA_XDP_???", map[uint16]attrDec{
	1: nlaFd,                                                                  // IFLA_XDP_FD
	2: xvalDec{xlat.RtnlIflaXdpAttachedMode, "XDP_ATTACHED_???", 1, 0, false}, // IFLA_XDP_ATTACHED
	3: fixedFlagsDec{xlat.XdpFlags, "XDP_FLAGS_???", 4},                       // IFLA_XDP_FLAGS
	4: nlaU32,                                                                 // IFLA_XDP_PROG_ID
	5: nlaU32,                                                                 // IFLA_XDP_DRV_PROG_ID
	6: nlaU32,                                                                 // IFLA_XDP_SKB_PROG_ID
	7: nlaU32,                                                                 // IFLA_XDP_HW_PROG_ID
	8: nlaFd,                                                                  // IFLA_XDP_EXPECTED_FD
})

// IFLA_DEVLINK_PORT: the devlink handle of the port behind the device.
var iflaDevlinkPortAttrs = newSet(xlat.DevlinkPortHandleAttrs, "DEVLINK_ATTR_???", map[uint16]attrDec{
	1: nlaStr, // DEVLINK_ATTR_BUS_NAME
	2: nlaStr, // DEVLINK_ATTR_DEV_NAME
	3: nlaU32, // DEVLINK_ATTR_PORT_INDEX
})

// IFLA_DPLL_PIN: the handle of the DPLL pin the device uses.
var iflaDpllPinAttrs = newSet(xlat.DpllPinHandleAttrs, "DPLL_A_PIN_???", map[uint16]attrDec{
	1: nlaU32, // DPLL_A_PIN_ID
})

// iflaAttrs is the IFLA_* set of an ifinfomsg.
var iflaAttrs = newSet(xlat.RtnlLinkAttrs, "IFLA_???", map[uint16]attrDec{
	1:  nlaHwaddr,                                                    // IFLA_ADDRESS
	2:  nlaHwaddr,                                                    // IFLA_BROADCAST
	3:  nlaStr,                                                       // IFLA_IFNAME
	4:  nlaU32,                                                       // IFLA_MTU
	5:  nlaU32,                                                       // IFLA_LINK
	6:  nlaStr,                                                       // IFLA_QDISC
	7:  linkStats32,                                                  // IFLA_STATS
	10: nlaU32,                                                       // IFLA_MASTER
	12: funcDec(decodeIflaProtinfo),                                  // IFLA_PROTINFO
	13: nlaU32,                                                       // IFLA_TXQLEN
	14: lkIfmap,                                                      // IFLA_MAP
	15: nlaU32,                                                       // IFLA_WEIGHT
	16: nlaU8,                                                        // IFLA_OPERSTATE
	17: nlaU8,                                                        // IFLA_LINKMODE
	18: funcDec(decodeIflaLinkinfo),                                  // IFLA_LINKINFO
	19: nlaU32,                                                       // IFLA_NET_NS_PID
	20: nlaStr,                                                       // IFLA_IFALIAS
	21: nlaU32,                                                       // IFLA_NUM_VF
	22: nestDec{iflaVfinfoListAttrs},                                 // IFLA_VFINFO_LIST
	23: linkStats64,                                                  // IFLA_STATS64
	24: nestDec{iflaVfPortsAttrs},                                    // IFLA_VF_PORTS
	25: nestDec{iflaPortAttrs},                                       // IFLA_PORT_SELF
	26: funcDec(decodeIflaAfSpec),                                    // IFLA_AF_SPEC
	27: nlaU32,                                                       // IFLA_GROUP
	28: nlaFd,                                                        // IFLA_NET_NS_FD
	29: flagsDec{xlat.RtnlIflaExtFilterFlags, "RTEXT_FILTER_???", 4}, // IFLA_EXT_MASK
	30: nlaU32,                                                       // IFLA_PROMISCUITY
	31: nlaU32,                                                       // IFLA_NUM_TX_QUEUES
	32: nlaU32,                                                       // IFLA_NUM_RX_QUEUES
	33: nlaU8,                                                        // IFLA_CARRIER
	35: nlaU32,                                                       // IFLA_CARRIER_CHANGES
	37: nlaS32,                                                       // IFLA_LINK_NETNSID
	38: nlaStr,                                                       // IFLA_PHYS_PORT_NAME
	39: nlaU8,                                                        // IFLA_PROTO_DOWN
	40: nlaU32,                                                       // IFLA_GSO_MAX_SEGS
	41: nlaU32,                                                       // IFLA_GSO_MAX_SIZE
	43: nestDec{iflaXdpAttrs},                                        // IFLA_XDP
	44: fixedXvalDec{xlat.RtnlIflaEvents, "IFLA_EVENT_???", 4},       // IFLA_EVENT
	45: nlaS32,                                                       // IFLA_NEW_NETNSID
	46: nlaS32,                                                       // IFLA_IF_NETNSID
	47: nlaU32,                                                       // IFLA_CARRIER_UP_COUNT
	48: nlaU32,                                                       // IFLA_CARRIER_DOWN_COUNT
	49: nlaIfindex,                                                   // IFLA_NEW_IFINDEX
	50: nlaU32,                                                       // IFLA_MIN_MTU
	51: nlaU32,                                                       // IFLA_MAX_MTU
	52: nestDec{iflaPropListAttrs},                                   // IFLA_PROP_LIST
	53: nlaStr,                                                       // IFLA_ALT_IFNAME
	54: nlaHwaddr,                                                    // IFLA_PERM_ADDRESS
	55: nestDec{iflaProtoDownReasonAttrs},                            // IFLA_PROTO_DOWN_REASON
	56: nlaStr,                                                       // IFLA_PARENT_DEV_NAME
	57: nlaStr,                                                       // IFLA_PARENT_DEV_BUS_NAME
	58: nlaU32,                                                       // IFLA_GRO_MAX_SIZE
	59: nlaU32,                                                       // IFLA_TSO_MAX_SIZE
	60: nlaU32,                                                       // IFLA_TSO_MAX_SEGS
	61: nlaU32,                                                       // IFLA_ALLMULTI
	// newer than strace 6.1
	62: nestDec{iflaDevlinkPortAttrs}, // IFLA_DEVLINK_PORT
	63: nlaU32,                        // IFLA_GSO_IPV4_MAX_SIZE
	64: nlaU32,                        // IFLA_GRO_IPV4_MAX_SIZE
	65: nestDec{iflaDpllPinAttrs},     // IFLA_DPLL_PIN
	66: lkVarUint,                     // IFLA_MAX_PACING_OFFLOAD_HORIZON
	67: nlaU8,                         // IFLA_NETNS_IMMUTABLE
	68: nlaU16,                        // IFLA_HEADROOM
	69: nlaU16,                        // IFLA_TAILROOM
})
