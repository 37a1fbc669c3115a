package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWROUTE, RTM_DELROUTE, RTM_GETROUTE: struct rtmsg and RTA_*
// attributes, with RTA_MULTIPATH hop by hop and RTA_ENCAP by the type
// RTA_ENCAP_TYPE gives.

var routeRouteEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWROUTE, xlat.RTM_DELROUTE, xlat.RTM_GETROUTE},
	strace: []uint16{xlat.RTM_NEWROUTE, xlat.RTM_DELROUTE, xlat.RTM_GETROUTE},
	dec:    decodeRtmsg,
}

const (
	rtnhHdrLen = 8
)

var rtmsg = &structSpec{name: "rtmsg", size: 12, fields: []field{
	fXval("rtm_family", 0, 1, xlat.Addrfams, "AF_???"),
	fU("rtm_dst_len", 1, 1),
	fU("rtm_src_len", 2, 1),
	fFlags("rtm_tos", 3, 1, xlat.IpTypeOfServices, "IPTOS_TOS_???"),
	fXval("rtm_table", 4, 1, xlat.RoutingTableIds, ""),
	fXval("rtm_protocol", 5, 1, xlat.RoutingProtocols, "RTPROT_???"),
	fXval("rtm_scope", 6, 1, xlat.RoutingScopes, ""),
	fXval("rtm_type", 7, 1, xlat.RoutingTypes, "RTN_???"),
	fFlags("rtm_flags", 8, 4, xlat.RoutingFlags, "RTM_F_???"),
}}

func decodeRtmsg(s *state, family uint8, off, n int) {
	if n > 12 {
		s.ctx.aux = s.rtEncapType(off+12, n-12, xlat.RTA_ENCAP_TYPE)
	}
	s.fixedHeader(rtmsg, off, n, rtaAttrs)
}

// nlaRtClass prints a routing table id (strace's decode_nla_rt_class).
// nlaRtExpires: strace 6.1 prints RTA_EXPIRES as a u64 (as IPv4 multicast
// routes carry it); IPv6 routes carry a u32 (rtm_ipv6_policy), which
// strace leaves as hex.
var nlaRtExpires = funcDec(func(s *state, off, n int) bool {
	if n == 4 {
		return nlaU32.decode(s, off, n)
	}
	return nlaU64.decode(s, off, n)
})

var nlaRtClass = xvalDec{tab: xlat.RoutingTableIds, size: 4, tail: true}

// nlaRtProto prints a routing protocol (strace's decode_nla_rt_proto).
var nlaRtProto = xvalDec{tab: xlat.RoutingProtocols, dflt: "RTPROT_???", size: 1, tail: true}

// rtIPProto prints an IP protocol number (strace's decode_nla_ip_proto).
var rtIPProto = xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???"}

// nlaLwtEncapType prints a lightweight tunnel type.
var nlaLwtEncapType = xvalDec{tab: xlat.LwtunnelEncapTypes, dflt: "LWTUNNEL_ENCAP_???", size: 2, tail: true}

// rtaAddr prints the address attributes of a route: by the family of the
// rtmsg, and for AF_MPLS (which strace leaves as hex) as a label stack.
var rtaAddr = funcDec(func(s *state, off, n int) bool {
	if s.ctx.family == xlat.AF_MPLS {
		return s.rtMPLSLabels(off, n)
	}
	return s.rtInet("", s.ctx.family, off, n)
})

// struct rta_cacheinfo
var rtaCacheinfo = &structSpec{name: "rta_cacheinfo", size: 32, fields: []field{
	fU("rta_clntref", 0, 4),
	fU("rta_lastuse", 4, 4),
	fU("rta_expires", 8, 4),
	fU("rta_error", 12, 4),
	fU("rta_used", 16, 4),
	fX("rta_id", 20, 4),
	fU("rta_ts", 24, 4),
	fU("rta_tsage", 28, 4),
}}

// struct rta_mfc_stats
var rtaMfcStats = &structSpec{name: "rta_mfc_stats", size: 24, fields: []field{
	fU("mfcs_packets", 0, 8),
	fU("mfcs_bytes", 8, 8),
	fU("mfcs_wrong_if", 16, 8),
}}

// rtaVia prints struct rtvia: the family, then the address of that family
// (AF_PACKET: a link-layer address, which strace leaves as hex).
var rtaVia = funcDec(func(s *state, off, n int) bool {
	if n < 2 {
		return false
	}
	s.openStruct("", off, n)
	s.xval("rtvia_family", off, 2, xlat.Addrfams, "AF_???")
	if n > 2 {
		fam := s.u16(off)
		switch {
		case fam == xlat.AF_PACKET && n-2 <= maxAddrLen:
			s.hwaddr("rtvia_addr", off+2, n-2, 255)
		case fam <= 0xff:
			s.rtInetOrHex("rtvia_addr", uint8(fam), off+2, n-2)
		default:
			s.rtHexNamed("rtvia_addr", off+2, n-2)
		}
	}
	s.close()
	return true
})

var rtaMetricsAttrs = newSet(xlat.RtnlRtaMetricsAttrs, "RTAX_???", []attrDec{
	xlat.RTAX_LOCK:               nlaU32,
	xlat.RTAX_MTU:                nlaU32,
	xlat.RTAX_WINDOW:             nlaU32,
	xlat.RTAX_RTT:                nlaU32,
	xlat.RTAX_RTTVAR:             nlaU32,
	xlat.RTAX_SSTHRESH:           nlaU32,
	xlat.RTAX_CWND:               nlaU32,
	xlat.RTAX_ADVMSS:             nlaU32,
	xlat.RTAX_REORDERING:         nlaU32,
	xlat.RTAX_HOPLIMIT:           nlaU32,
	xlat.RTAX_INITCWND:           nlaU32,
	xlat.RTAX_FEATURES:           nlaU32,
	xlat.RTAX_RTO_MIN:            nlaU32,
	xlat.RTAX_INITRWND:           nlaU32,
	xlat.RTAX_QUICKACK:           nlaU32,
	xlat.RTAX_CC_ALGO:            nlaStr,
	xlat.RTAX_FASTOPEN_NO_COOKIE: nlaU32,
})

var rtaAttrs *attrSet

func init() {
	rtaAttrs = newSet(xlat.RtnlRouteAttrs, "RTA_???", []attrDec{
		xlat.RTA_DST:           rtaAddr,
		xlat.RTA_SRC:           rtaAddr,
		xlat.RTA_IIF:           nlaIfindex,
		xlat.RTA_OIF:           nlaIfindex,
		xlat.RTA_GATEWAY:       rtaAddr,
		xlat.RTA_PRIORITY:      nlaU32,
		xlat.RTA_PREFSRC:       rtaAddr,
		xlat.RTA_METRICS:       nestDec{rtaMetricsAttrs},
		xlat.RTA_MULTIPATH:     funcDec(rtaMultipathDec),
		xlat.RTA_PROTOINFO:     nlaU32,
		xlat.RTA_FLOW:          nlaU32,
		xlat.RTA_CACHEINFO:     structDec{rtaCacheinfo},
		xlat.RTA_MP_ALGO:       nlaU32,
		xlat.RTA_TABLE:         nlaRtClass,
		xlat.RTA_MARK:          nlaU32,
		xlat.RTA_MFC_STATS:     structDec{rtaMfcStats},
		xlat.RTA_VIA:           rtaVia,
		xlat.RTA_NEWDST:        rtaAddr,
		xlat.RTA_PREF:          nlaU8,
		xlat.RTA_ENCAP_TYPE:    nlaLwtEncapType,
		xlat.RTA_ENCAP:         funcDec(lwtEncapDec),
		xlat.RTA_EXPIRES:       nlaRtExpires,
		xlat.RTA_UID:           nlaU32,
		xlat.RTA_TTL_PROPAGATE: nlaU8,
		xlat.RTA_IP_PROTO:      nlaU8,
		xlat.RTA_SPORT:         nlaBE16,
		xlat.RTA_DPORT:         nlaBE16,
		xlat.RTA_NH_ID:         nlaU32,
		xlat.RTA_FLOWLABEL:     nlaBE32,
	})
}

// rtaMultipathDec prints RTA_MULTIPATH: struct rtnexthop after struct
// rtnexthop, each followed by its own RTA_* attributes, the way strace
// walks them. Where strace would read past the attribute (fewer than 8
// bytes left) or never advance (a zero rtnh_len), the rest prints as hex.
func rtaMultipathDec(s *state, off, n int) bool {
	if n < rtnhHdrLen {
		return false
	}
	saved := s.ctx.aux
	defer func() { s.ctx.aux = saved }()
	arr := -1
	if int(s.u16(off)) < n {
		arr = s.openArray("", off, n)
	}
	cur, left := off, n
	for {
		if left < rtnhHdrLen {
			s.hex(cur, left)
			break
		}
		l := min(left, int(s.u16(cur)))
		if l > rtnhHdrLen {
			s.openArray("", cur, l)
		}
		s.openStruct("", cur, rtnhHdrLen)
		s.fieldU("rtnh_len", cur, 2)
		s.flagsF("rtnh_flags", cur+2, 1, xlat.RouteNexthopFlags, "RTNH_F_???")
		s.fieldU("rtnh_hops", cur+3, 1)
		s.ifindex("rtnh_ifindex", cur+4, 4)
		s.close()
		if l > rtnhHdrLen {
			s.ctx.aux = s.rtEncapType(cur+rtnhHdrLen, l-rtnhHdrLen, xlat.RTA_ENCAP_TYPE)
			s.attrs(cur+rtnhHdrLen, l-rtnhHdrLen, rtaAttrs)
			s.close()
		}
		step := nlaAlign(l)
		if step >= left {
			break
		}
		if step == 0 {
			if left > rtnhHdrLen {
				s.hex(cur+rtnhHdrLen, left-rtnhHdrLen)
			}
			break
		}
		cur += step
		left -= step
	}
	if arr >= 0 {
		s.close()
	}
	return true
}
