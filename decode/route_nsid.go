package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWNSID, RTM_DELNSID, RTM_GETNSID: struct rtgenmsg and NETNSA_*
// attributes.

var routeNsidEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWNSID, xlat.RTM_DELNSID, xlat.RTM_GETNSID},
	strace: []uint16{xlat.RTM_NEWNSID, xlat.RTM_DELNSID, xlat.RTM_GETNSID},
	dec: func(s *state, family uint8, off, n int) {
		s.rtFamilyHeader("rtgen_family", off, n, 1, xlat.Addrfams, "AF_???", nsidAttrs)
	},
}

var nsidAttrs = newSet(xlat.RtnlNsidAttrs, "NETNSA_???", []attrDec{
	xlat.NETNSA_NSID:         nlaS32,
	xlat.NETNSA_PID:          nlaU32,
	xlat.NETNSA_FD:           nlaFd,
	xlat.NETNSA_TARGET_NSID:  nlaS32,
	xlat.NETNSA_CURRENT_NSID: nlaS32,
})
