package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_*ADDR, RTM_GETMULTICAST and RTM_GETANYCAST (and the kernel's
// RTM_NEW/DELMULTICAST and RTM_NEW/DELANYCAST notifications): struct
// ifaddrmsg and IFA_* attributes.

var routeAddrEntry = routeEntry{
	types: []uint16{20, 21, 22, 56, 57, 58, 60, 61, 62},
	dec:   decodeIfaddrmsg,
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

var ifaAttrs = newSet(xlat.RtnlAddrAttrs, "IFA_???", map[uint16]attrDec{
	1:  nlaFamAddr,                                                       // IFA_ADDRESS
	2:  nlaFamAddr,                                                       // IFA_LOCAL
	3:  nlaStr,                                                           // IFA_LABEL
	4:  nlaFamAddr,                                                       // IFA_BROADCAST
	5:  nlaFamAddr,                                                       // IFA_ANYCAST
	6:  structDec{ifaCacheinfo},                                          // IFA_CACHEINFO
	7:  nlaFamAddr,                                                       // IFA_MULTICAST
	8:  fixedFlagsDec{xlat.Ifaddrflags, "IFA_F_???", 4},                  // IFA_FLAGS
	9:  nlaU32,                                                           // IFA_RT_PRIORITY
	10: nlaS32,                                                           // IFA_TARGET_NETNSID
	11: xvalDec{tab: xlat.IfaddrProtocols, dflt: "IFAPROT_???", size: 1}, // IFA_PROTO
})
