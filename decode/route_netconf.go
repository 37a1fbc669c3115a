package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWNETCONF, RTM_DELNETCONF, RTM_GETNETCONF: struct netconfmsg and
// NETCONFA_* attributes.

var routeNetconfEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWNETCONF, xlat.RTM_DELNETCONF, xlat.RTM_GETNETCONF},
	strace: []uint16{xlat.RTM_NEWNETCONF, xlat.RTM_DELNETCONF, xlat.RTM_GETNETCONF},
	dec: func(s *state, family uint8, off, n int) {
		s.rtFamilyHeader("ncm_family", off, n, 1, xlat.Addrfams, "AF_???", netconfAttrs)
	},
}

var netconfAttrs = newSet(xlat.RtnlNetconfAttrs, "NETCONFA_???", []attrDec{
	xlat.NETCONFA_IFINDEX:                     nlaIfindex,
	xlat.NETCONFA_FORWARDING:                  nlaS32,
	xlat.NETCONFA_RP_FILTER:                   nlaS32,
	xlat.NETCONFA_MC_FORWARDING:               nlaS32,
	xlat.NETCONFA_PROXY_NEIGH:                 nlaS32,
	xlat.NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN: nlaS32,
	xlat.NETCONFA_INPUT:                       nlaS32,
	xlat.NETCONFA_BC_FORWARDING:               nlaS32,
})
