package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_*ADDR, RTM_GETMULTICAST and RTM_GETANYCAST (and the kernel's
// RTM_NEW/DELMULTICAST and RTM_NEW/DELANYCAST notifications): struct
// ifaddrmsg and IFA_* attributes.

var routeAddrEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWADDR, xlat.RTM_DELADDR, xlat.RTM_GETADDR, xlat.RTM_NEWMULTICAST, xlat.RTM_DELMULTICAST, xlat.RTM_GETMULTICAST, xlat.RTM_NEWANYCAST, xlat.RTM_DELANYCAST, xlat.RTM_GETANYCAST},
	strace: []uint16{xlat.RTM_NEWADDR, xlat.RTM_DELADDR, xlat.RTM_GETADDR, xlat.RTM_GETMULTICAST, xlat.RTM_GETANYCAST},
	dec:    decodeIfaddrmsg,
}

var ifaddrmsg = &structSpec{name: "ifaddrmsg", size: 8, fields: []field{
	fXval("ifa_family", 0, 1, xlat.Addrfams, "AF_???"),
	fU("ifa_prefixlen", 1, 1),
	fFlags("ifa_flags", 2, 1, xlat.Ifaddrflags, "IFA_F_???"),
	fXval("ifa_scope", 3, 1, xlat.RoutingScopes, ""),
	fIfindex("ifa_index", 4),
}}

func decodeIfaddrmsg(s *state, family uint8, off, n int) {
	s.fixedHeader(ifaddrmsg, off, n, ifaAttrs)
}

// struct ifa_cacheinfo
var ifaCacheinfo = &structSpec{name: "ifa_cacheinfo", size: 16, fields: []field{
	fU("ifa_prefered", 0, 4),
	fU("ifa_valid", 4, 4),
	fU("cstamp", 8, 4),
	fU("tstamp", 12, 4),
}}

var ifaAttrs = newSet(xlat.RtnlAddrAttrs, "IFA_???", []attrDec{
	xlat.IFA_ADDRESS:        nlaFamAddr,
	xlat.IFA_LOCAL:          nlaFamAddr,
	xlat.IFA_LABEL:          nlaStr,
	xlat.IFA_BROADCAST:      nlaFamAddr,
	xlat.IFA_ANYCAST:        nlaFamAddr,
	xlat.IFA_CACHEINFO:      structDec{ifaCacheinfo},
	xlat.IFA_MULTICAST:      nlaFamAddr,
	xlat.IFA_FLAGS:          flagsDec{tab: xlat.Ifaddrflags, dflt: "IFA_F_???", size: 4, tail: true},
	xlat.IFA_RT_PRIORITY:    nlaU32,
	xlat.IFA_TARGET_NETNSID: nlaS32,
	xlat.IFA_PROTO:          xvalDec{tab: xlat.IfaddrProtocols, dflt: "IFAPROT_???", size: 1},
})
