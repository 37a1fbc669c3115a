package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_GETDCB, RTM_SETDCB: struct dcbmsg; the DCB_ATTR_* payloads print as
// hex, as strace prints them.

var routeDcbEntry = routeEntry{
	types: []uint16{78, 79},
	dec: func(s *state, family uint8, off, n int) {
		s.fixedHeader(dcbmsg, off, n, dcbAttrs)
	},
}

var dcbmsg = &structSpec{name: "dcbmsg", size: 4, fields: []field{
	fXval("dcb_family", 0, 1, xlat.Addrfams, "AF_???"),
	fXval("cmd", 1, 1, xlat.DcbCommands, "DCB_CMD_???"),
}}

var dcbAttrs = newSet(xlat.RtnlDcbAttrs, "DCB_ATTR_???", nil)
