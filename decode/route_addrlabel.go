package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWADDRLABEL, RTM_DELADDRLABEL, RTM_GETADDRLABEL: struct
// ifaddrlblmsg and IFAL_* attributes.

var routeAddrlabelEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWADDRLABEL, xlat.RTM_DELADDRLABEL, xlat.RTM_GETADDRLABEL},
	strace: []uint16{xlat.RTM_NEWADDRLABEL, xlat.RTM_DELADDRLABEL, xlat.RTM_GETADDRLABEL},
	dec: func(s *state, family uint8, off, n int) {
		s.fixedHeader(ifaddrlblmsg, off, n, ifalAttrs)
	},
}

var ifaddrlblmsg = &structSpec{name: "ifaddrlblmsg", size: 12, fields: []field{
	fXval("ifal_family", 0, 1, xlat.Addrfams, "AF_???"),
	fU("ifal_prefixlen", 2, 1),
	fU("ifal_flags", 3, 1),
	fIfindex("ifal_index", 4),
	fU("ifal_seq", 8, 4),
}}

var ifalAttrs = newSet(xlat.RtnlAddrlabelAttrs, "IFAL_???", []attrDec{
	xlat.IFAL_ADDRESS: nlaFamAddr,
	xlat.IFAL_LABEL:   nlaU32,
})
