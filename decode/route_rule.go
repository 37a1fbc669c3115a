package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWRULE, RTM_DELRULE, RTM_GETRULE: struct fib_rule_hdr and FRA_*
// attributes.

var routeRuleEntry = routeEntry{
	types: []uint16{32, 33, 34},
	dec:   decodeFibRuleHdr,
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

var fraAttrs = newSet(xlat.RtnlRuleAttrs, "FRA_???", map[uint16]attrDec{
	1:  nlaFamAddr,                  // FRA_DST
	2:  nlaFamAddr,                  // FRA_SRC
	3:  nlaStr,                      // FRA_IIFNAME
	4:  nlaU32,                      // FRA_GOTO
	6:  nlaU32,                      // FRA_PRIORITY
	10: nlaU32,                      // FRA_FWMARK
	11: nlaU32,                      // FRA_FLOW
	12: nlaBE64,                     // FRA_TUN_ID
	13: nlaU32,                      // FRA_SUPPRESS_IFGROUP
	14: nlaU32,                      // FRA_SUPPRESS_PREFIXLEN
	15: nlaRtClass,                  // FRA_TABLE
	16: nlaU32,                      // FRA_FWMASK
	17: nlaStr,                      // FRA_OIFNAME
	19: nlaU8,                       // FRA_L3MDEV
	20: structDec{fibRuleUIDRange},  // FRA_UID_RANGE
	21: nlaRtProto,                  // FRA_PROTOCOL
	22: rtIPProto,                   // FRA_IP_PROTO
	23: structDec{fibRulePortRange}, // FRA_SPORT_RANGE
	24: structDec{fibRulePortRange}, // FRA_DPORT_RANGE
	25: nlaU8,                       // FRA_DSCP
	26: nlaBE32,                     // FRA_FLOWLABEL
	27: nlaBE32,                     // FRA_FLOWLABEL_MASK
	28: nlaU16,                      // FRA_SPORT_MASK
	29: nlaU16,                      // FRA_DPORT_MASK
	30: nlaU8,                       // FRA_DSCP_MASK
})
