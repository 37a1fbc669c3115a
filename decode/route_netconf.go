package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWNETCONF, RTM_DELNETCONF, RTM_GETNETCONF: struct netconfmsg and
// NETCONFA_* attributes.

var routeNetconfEntry = routeEntry{
	types: []uint16{80, 81, 82},
	dec: func(s *state, family uint8, off, n int) {
		s.rtFamilyHeader("ncm_family", off, n, 1, xlat.Addrfams, "AF_???", netconfAttrs)
	},
}

var netconfAttrs = newSet(xlat.RtnlNetconfAttrs, "NETCONFA_???", map[uint16]attrDec{
	1: nlaIfindex, // NETCONFA_IFINDEX
	2: nlaS32,     // NETCONFA_FORWARDING
	3: nlaS32,     // NETCONFA_RP_FILTER
	4: nlaS32,     // NETCONFA_MC_FORWARDING
	5: nlaS32,     // NETCONFA_PROXY_NEIGH
	6: nlaS32,     // NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN
	7: nlaS32,     // NETCONFA_INPUT
	8: nlaS32,     // NETCONFA_BC_FORWARDING
})
