package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_GETDCB, RTM_SETDCB: struct dcbmsg and DCB_ATTR_* attributes. strace
// prints every payload as hex; the interface name and the one-byte
// settings decode here, the nested configurations stay hex.

var routeDcbEntry = routeEntry{
	types:  []uint16{xlat.RTM_GETDCB, xlat.RTM_SETDCB},
	strace: []uint16{xlat.RTM_GETDCB, xlat.RTM_SETDCB},
	dec: func(s *state, family uint8, off, n int) {
		s.fixedHeader(dcbmsg, off, n, dcbAttrs)
	},
}

var dcbmsg = &structSpec{name: "dcbmsg", size: 4, fields: []field{
	fXval("dcb_family", 0, 1, xlat.Addrfams, "AF_???"),
	fXval("cmd", 1, 1, xlat.DcbCommands, "DCB_CMD_???"),
}}

var dcbAttrs = newSet(xlat.RtnlDcbAttrs, "DCB_ATTR_???", []attrDec{
	xlat.DCB_ATTR_IFNAME:    nlaStr,
	xlat.DCB_ATTR_STATE:     nlaU8,
	xlat.DCB_ATTR_PFC_STATE: nlaU8,
	xlat.DCB_ATTR_SET_ALL:   nlaU8,
	xlat.DCB_ATTR_DCBX:      nlaX8,
})
