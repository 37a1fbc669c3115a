package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// IFLA_* attribute types used by the decoders below.
const (
	iflaIfname   = 3
	iflaLinkinfo = 18
)

var routeLinkEntry = routeEntry{
	types: []uint16{rtmNewLink, rtmDelLink, rtmGetLink, rtmSetLink},
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
	s.fixedHeader(ifinfomsg, off, n, iflaAttrs)
	if n >= 16 && s.ctx.msgType == rtmNewLink && s.ctx.flags&nlmFRequest == 0 {
		s.learnIfname(off, n)
	}
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

// iflaAttrs is the IFLA_* set of an ifinfomsg.
var iflaAttrs = newSet(xlat.RtnlLinkAttrs, "IFLA_???", map[uint16]attrDec{
	1:  nlaHwaddr,                                                    // IFLA_ADDRESS
	2:  nlaHwaddr,                                                    // IFLA_BROADCAST
	3:  nlaStr,                                                       // IFLA_IFNAME
	4:  nlaU32,                                                       // IFLA_MTU
	5:  nlaU32,                                                       // IFLA_LINK
	6:  nlaStr,                                                       // IFLA_QDISC
	7:  linkStats(4),                                                 // IFLA_STATS
	10: nlaU32,                                                       // IFLA_MASTER
	13: nlaU32,                                                       // IFLA_TXQLEN
	15: nlaU32,                                                       // IFLA_WEIGHT
	16: nlaU8,                                                        // IFLA_OPERSTATE
	17: nlaU8,                                                        // IFLA_LINKMODE
	19: nlaU32,                                                       // IFLA_NET_NS_PID
	20: nlaStr,                                                       // IFLA_IFALIAS
	21: nlaU32,                                                       // IFLA_NUM_VF
	23: linkStats(8),                                                 // IFLA_STATS64
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
	45: nlaS32,                                                       // IFLA_NEW_NETNSID
	46: nlaS32,                                                       // IFLA_IF_NETNSID
	47: nlaU32,                                                       // IFLA_CARRIER_UP_COUNT
	48: nlaU32,                                                       // IFLA_CARRIER_DOWN_COUNT
	49: nlaIfindex,                                                   // IFLA_NEW_IFINDEX
	50: nlaU32,                                                       // IFLA_MIN_MTU
	51: nlaU32,                                                       // IFLA_MAX_MTU
	53: nlaStr,                                                       // IFLA_ALT_IFNAME
	54: nlaHwaddr,                                                    // IFLA_PERM_ADDRESS
	56: nlaStr,                                                       // IFLA_PARENT_DEV_NAME
	57: nlaStr,                                                       // IFLA_PARENT_DEV_BUS_NAME
	58: nlaU32,                                                       // IFLA_GRO_MAX_SIZE
	59: nlaU32,                                                       // IFLA_TSO_MAX_SIZE
	60: nlaU32,                                                       // IFLA_TSO_MAX_SEGS
	61: nlaU32,                                                       // IFLA_ALLMULTI
})
