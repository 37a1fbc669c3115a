package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWRULE, RTM_DELRULE, RTM_GETRULE: struct fib_rule_hdr and FRA_*
// attributes.

var routeRuleEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWRULE, xlat.RTM_DELRULE, xlat.RTM_GETRULE},
	strace: []uint16{xlat.RTM_NEWRULE, xlat.RTM_DELRULE, xlat.RTM_GETRULE},
	dec:    decodeFibRuleHdr,
}

var fibRuleHdr = &structSpec{name: "fib_rule_hdr", size: 12, fields: []field{
	fXval("family", 0, 1, xlat.Addrfams, "AF_???"),
	fU("dst_len", 1, 1),
	fU("src_len", 2, 1),
	fFlags("tos", 3, 1, xlat.IpTypeOfServices, "IPTOS_TOS_???"),
	fXval("table", 4, 1, xlat.RoutingTableIds, "RT_TABLE_???"),
	fXval("action", 7, 1, xlat.FibRuleActions, "FR_ACT_???"),
	fFlags("flags", 8, 4, xlat.FibRuleFlags, "FIB_RULE_???"),
}}

func decodeFibRuleHdr(s *state, family uint8, off, n int) {
	s.fixedHeader(fibRuleHdr, off, n, fraAttrs)
}

// struct fib_rule_uid_range
var fibRuleUIDRange = &structSpec{name: "fib_rule_uid_range", size: 8, fields: []field{
	fU("start", 0, 4),
	fU("end", 4, 4),
}}

// struct fib_rule_port_range
var fibRulePortRange = &structSpec{name: "fib_rule_port_range", size: 4, fields: []field{
	fU("start", 0, 2),
	fU("end", 2, 2),
}}

var fraAttrs = newSet(xlat.RtnlRuleAttrs, "FRA_???", []attrDec{
	xlat.FRA_DST:                nlaFamAddr,
	xlat.FRA_SRC:                nlaFamAddr,
	xlat.FRA_IIFNAME:            nlaStr,
	xlat.FRA_GOTO:               nlaU32,
	xlat.FRA_PRIORITY:           nlaU32,
	xlat.FRA_FWMARK:             nlaU32,
	xlat.FRA_FLOW:               nlaU32,
	xlat.FRA_TUN_ID:             nlaBE64,
	xlat.FRA_SUPPRESS_IFGROUP:   nlaU32,
	xlat.FRA_SUPPRESS_PREFIXLEN: nlaU32,
	xlat.FRA_TABLE:              nlaRtClass,
	xlat.FRA_FWMASK:             nlaU32,
	xlat.FRA_OIFNAME:            nlaStr,
	xlat.FRA_L3MDEV:             nlaU8,
	xlat.FRA_UID_RANGE:          structDec{fibRuleUIDRange},
	xlat.FRA_PROTOCOL:           nlaRtProto,
	xlat.FRA_IP_PROTO:           rtIPProto,
	xlat.FRA_SPORT_RANGE:        structDec{fibRulePortRange},
	xlat.FRA_DPORT_RANGE:        structDec{fibRulePortRange},
	xlat.FRA_DSCP:               nlaU8,
	xlat.FRA_FLOWLABEL:          nlaBE32,
	xlat.FRA_FLOWLABEL_MASK:     nlaBE32,
	xlat.FRA_SPORT_MASK:         nlaU16,
	xlat.FRA_DPORT_MASK:         nlaU16,
	xlat.FRA_DSCP_MASK:          nlaU8,
})
