package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWPREFIX: IPv6 prefixes learned from router advertisements,
// struct prefixmsg and PREFIX_* attributes (strace 6.1 prints the family
// and hex).

var routePrefixEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWPREFIX},
	strace: []uint16{},
	dec: func(s *state, family uint8, off, n int) {
		s.fixedHeader(prefixmsg, off, n, prefixAttrs)
	},
}

var prefixmsg = &structSpec{name: "prefixmsg", size: 12, fields: []field{
	fXval("prefix_family", 0, 1, xlat.Addrfams, "AF_???"),
	fIfindex("prefix_ifindex", 4),
	fXval("prefix_type", 8, 1, xlat.NdOptTypes, "ND_OPT_???"),
	fU("prefix_len", 9, 1),
	fFlags("prefix_flags", 10, 1, xlat.PrefixFlags, "IF_PREFIX_???"),
}}

// struct prefix_cacheinfo
var prefixCacheinfo = &structSpec{name: "prefix_cacheinfo", size: 8, fields: []field{
	fU("preferred_time", 0, 4),
	fU("valid_time", 4, 4),
}}

var prefixAttrs = newSet(xlat.RtnlPrefixAttrs, "PREFIX_???", []attrDec{
	xlat.PREFIX_ADDRESS:   nlaFamAddr,
	xlat.PREFIX_CACHEINFO: structDec{prefixCacheinfo},
})
