package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// nf_tables (NFNL_SUBSYS_NFTABLES): tables, chains, rules and their
// expressions, sets and their elements, stateful objects, flowtables,
// generations and traces. Every integer is big-endian (see nfBE).

// nf_tables message types.
const (
	nftMsgNewTable         = 0
	nftMsgGetTable         = 1
	nftMsgDelTable         = 2
	nftMsgNewChain         = 3
	nftMsgGetChain         = 4
	nftMsgDelChain         = 5
	nftMsgNewRule          = 6
	nftMsgGetRule          = 7
	nftMsgDelRule          = 8
	nftMsgNewSet           = 9
	nftMsgGetSet           = 10
	nftMsgDelSet           = 11
	nftMsgNewSetElem       = 12
	nftMsgGetSetElem       = 13
	nftMsgDelSetElem       = 14
	nftMsgNewGen           = 15
	nftMsgGetGen           = 16
	nftMsgTrace            = 17
	nftMsgNewObj           = 18
	nftMsgGetObj           = 19
	nftMsgDelObj           = 20
	nftMsgGetObjReset      = 21
	nftMsgNewFlowtable     = 22
	nftMsgGetFlowtable     = 23
	nftMsgDelFlowtable     = 24
	nftMsgGetRuleReset     = 25
	nftMsgDestroyTable     = 26
	nftMsgDestroyChain     = 27
	nftMsgDestroyRule      = 28
	nftMsgDestroySet       = 29
	nftMsgDestroySetElem   = 30
	nftMsgDestroyObj       = 31
	nftMsgDestroyFlowtable = 32
	nftMsgGetSetElemReset  = 33
)

// nftMsgAttrs picks the attributes of an nf_tables message; objects by
// their type (NFTA_OBJ_TYPE), wherever it is among them.
func nftMsgAttrs(s *state, msg uint8, off, n int) *attrSet {
	switch msg {
	case nftMsgNewTable, nftMsgGetTable, nftMsgDelTable, nftMsgDestroyTable:
		return nftTableAttrs
	case nftMsgNewChain, nftMsgGetChain, nftMsgDelChain, nftMsgDestroyChain:
		return nftChainAttrs
	case nftMsgNewRule, nftMsgGetRule, nftMsgDelRule, nftMsgGetRuleReset, nftMsgDestroyRule:
		return nftRuleAttrs
	case nftMsgNewSet, nftMsgGetSet, nftMsgDelSet, nftMsgDestroySet:
		return nftSetAttrs
	case nftMsgNewSetElem, nftMsgGetSetElem, nftMsgDelSetElem, nftMsgDestroySetElem, nftMsgGetSetElemReset:
		return nftSetElemListAttrs
	case nftMsgNewGen, nftMsgGetGen:
		return nftGenAttrs
	case nftMsgTrace:
		return nftTraceAttrs
	case nftMsgNewObj, nftMsgGetObj, nftMsgDelObj, nftMsgGetObjReset, nftMsgDestroyObj:
		if t, ok := s.nfFindU32BE(off, n, nftaObjType); ok && t < uint64(len(nftObjSets)) && nftObjSets[t] != nil {
			return nftObjSets[t]
		}
		return nftObjAttrs
	case nftMsgNewFlowtable, nftMsgGetFlowtable, nftMsgDelFlowtable, nftMsgDestroyFlowtable:
		return nftFlowtableAttrs
	}
	return nil
}

var (
	nftReg = nfBEXval{xlat.NftRegisters, "NFT_REG_???", 4}
	// nftData is struct nft_data: a value (bytes whose meaning the rule
	// gives, printed as a hex string) or a verdict.
	nftData = nestDec{nftDataAttrs}
	// nftExprList is a list of expressions (NFTA_LIST_ELEM).
	nftExprList = nfList(nftExpr)
)

// nfList is a list of like elements (NFTA_LIST_ELEM). The kernel reads
// every attribute of a list whatever its type, and libnftnl numbers the
// elements of a set 1, 2, 3...: each decodes as an element, the types
// other than NFTA_LIST_ELEM as plain numbers.
func nfList(elem attrDec) nestDec {
	return nestDec{&attrSet{names: xlat.NftListAttrs, byType: func(*state, uint16) attrDec { return elem }}}
}

var nftDataAttrs = newSet(xlat.NftDataAttrs, "NFTA_DATA_???", map[uint16]attrDec{
	1: nfHex,                    // NFTA_DATA_VALUE
	2: nestDec{nftVerdictAttrs}, // NFTA_DATA_VERDICT
})

var nftVerdictAttrs = newSet(xlat.NftVerdictAttrs, "NFTA_VERDICT_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NftVerdicts, "NF_???", 4}, // NFTA_VERDICT_CODE
	2: nlaStr,                                  // NFTA_VERDICT_CHAIN
	3: nfBE32,                                  // NFTA_VERDICT_CHAIN_ID
})

var nftCounterAttrs = newSet(xlat.NftCounterAttrs, "NFTA_COUNTER_???", map[uint16]attrDec{
	1: nfBE64, // NFTA_COUNTER_BYTES
	2: nfBE64, // NFTA_COUNTER_PACKETS
	3: nfHex,  // NFTA_COUNTER_PAD
})

var nftDevAttrs = newSet(xlat.NftDeviceAttrs, "NFTA_DEVICE_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_DEVICE_NAME
})

// --- tables, chains, rules ---

var nftTableAttrs = newSet(xlat.NftTableAttrs, "NFTA_TABLE_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_TABLE_NAME
	2: nfBEFlags{xlat.NftTableFlags, "NFT_TABLE_F_???", 4},
	3: nfBE32, // NFTA_TABLE_USE
	4: nfBE64, // NFTA_TABLE_HANDLE
	5: nfHex,  // NFTA_TABLE_PAD
	6: nfHex,  // NFTA_TABLE_USERDATA
	7: nfBE32, // NFTA_TABLE_OWNER (a netlink port id)
})

var nftHookAttrs = newSet(xlat.NftHookAttrs, "NFTA_HOOK_???", map[uint16]attrDec{
	1: nfHookNum, // NFTA_HOOK_HOOKNUM
	2: nfBES32,   // NFTA_HOOK_PRIORITY
	3: nlaStr,    // NFTA_HOOK_DEV
	4: nestDec{nftDevAttrs},
})

var nftChainAttrs = newSet(xlat.NftChainAttrs, "NFTA_CHAIN_???", map[uint16]attrDec{
	1:  nlaStr, // NFTA_CHAIN_TABLE
	2:  nfBE64, // NFTA_CHAIN_HANDLE
	3:  nlaStr, // NFTA_CHAIN_NAME
	4:  nestDec{nftHookAttrs},
	5:  nfBEXval{xlat.NfVerdicts, "NF_???", 4}, // NFTA_CHAIN_POLICY
	6:  nfBE32,                                 // NFTA_CHAIN_USE
	7:  nlaStr,                                 // NFTA_CHAIN_TYPE
	8:  nestDec{nftCounterAttrs},
	9:  nfHex, // NFTA_CHAIN_PAD
	10: nfBEFlags{xlat.NftChainFlags, "NFT_CHAIN_???", 4},
	11: nfBE32, // NFTA_CHAIN_ID
	12: nfHex,  // NFTA_CHAIN_USERDATA
})

var nftRuleCompatAttrs = newSet(xlat.NftRuleCompatAttrs, "NFTA_RULE_COMPAT_???", map[uint16]attrDec{
	1: nfBEXval{xlat.InetProtocols, "IPPROTO_???", 4},
	2: nfBEFlags{xlat.NftRuleCompatFlags, "NFT_RULE_COMPAT_F_???", 4},
})

var nftRuleAttrs = newSet(xlat.NftRuleAttrs, "NFTA_RULE_???", map[uint16]attrDec{
	1:  nlaStr,      // NFTA_RULE_TABLE
	2:  nlaStr,      // NFTA_RULE_CHAIN
	3:  nfBE64,      // NFTA_RULE_HANDLE
	4:  nftExprList, // NFTA_RULE_EXPRESSIONS
	5:  nestDec{nftRuleCompatAttrs},
	6:  nfBE64, // NFTA_RULE_POSITION
	7:  nfHex,  // NFTA_RULE_USERDATA
	8:  nfHex,  // NFTA_RULE_PAD
	9:  nfBE32, // NFTA_RULE_ID
	10: nfBE32, // NFTA_RULE_POSITION_ID
	11: nfBE32, // NFTA_RULE_CHAIN_ID
})

// --- sets and elements ---

var nftSetFieldAttrs = newSet(xlat.NftSetFieldAttrs, "NFTA_SET_FIELD_???", map[uint16]attrDec{
	1: nfBE32, // NFTA_SET_FIELD_LEN
})

var nftSetDescAttrs = newSet(xlat.NftSetDescAttrs, "NFTA_SET_DESC_???", map[uint16]attrDec{
	1: nfBE32,                            // NFTA_SET_DESC_SIZE
	2: nfList(nestDec{nftSetFieldAttrs}), // NFTA_SET_DESC_CONCAT
})

// nftSetDataType is NFTA_SET_DATA_TYPE: NFT_DATA_VERDICT for verdict maps,
// otherwise a type number of the program's own.
var nftSetDataType = funcDec(func(s *state, off, n int) bool {
	if n != 4 {
		return false
	}
	if _, ok := xlat.NftDataTypes.Lookup(s.ube(off, 4)); ok && s.ube(off, 4) != 0 {
		return nfBEXval{xlat.NftDataTypes, "", 4}.decode(s, off, n)
	}
	return nfBE32.decode(s, off, n)
})

var nftSetAttrs = newSet(xlat.NftSetAttrs, "NFTA_SET_???", map[uint16]attrDec{
	1:  nlaStr, // NFTA_SET_TABLE
	2:  nlaStr, // NFTA_SET_NAME
	3:  nfBEFlags{xlat.NftSetFlags, "NFT_SET_???", 4},
	4:  nfBE32,         // NFTA_SET_KEY_TYPE
	5:  nfBE32,         // NFTA_SET_KEY_LEN
	6:  nftSetDataType, // NFTA_SET_DATA_TYPE
	7:  nfBE32,         // NFTA_SET_DATA_LEN
	8:  nfBEXval{xlat.NftSetPolicies, "NFT_SET_POL_???", 4},
	9:  nestDec{nftSetDescAttrs},
	10: nfBE32, // NFTA_SET_ID
	11: nfBE64, // NFTA_SET_TIMEOUT (ms)
	12: nfBE32, // NFTA_SET_GC_INTERVAL (ms)
	13: nfHex,  // NFTA_SET_USERDATA
	14: nfHex,  // NFTA_SET_PAD
	15: nfBEXval{xlat.NftObjectTypes, "NFT_OBJECT_???", 4},
	16: nfBE64,      // NFTA_SET_HANDLE
	17: nftExpr,     // NFTA_SET_EXPR
	18: nftExprList, // NFTA_SET_EXPRESSIONS
	19: nlaStr,      // NFTA_SET_TYPE
	20: nfBE32,      // NFTA_SET_COUNT
})

var nftSetElemAttrs = newSet(xlat.NftSetElemAttrs, "NFTA_SET_ELEM_???", map[uint16]attrDec{
	1:  nftData, // NFTA_SET_ELEM_KEY
	2:  nftData, // NFTA_SET_ELEM_DATA
	3:  nfBEFlags{xlat.NftSetElemFlags, "NFT_SET_ELEM_???", 4},
	4:  nfBE64,      // NFTA_SET_ELEM_TIMEOUT (ms)
	5:  nfBE64,      // NFTA_SET_ELEM_EXPIRATION (ms)
	6:  nfHex,       // NFTA_SET_ELEM_USERDATA
	7:  nftExpr,     // NFTA_SET_ELEM_EXPR
	8:  nfHex,       // NFTA_SET_ELEM_PAD
	9:  nlaStr,      // NFTA_SET_ELEM_OBJREF
	10: nftData,     // NFTA_SET_ELEM_KEY_END
	11: nftExprList, // NFTA_SET_ELEM_EXPRESSIONS
})

var nftSetElemListAttrs = newSet(xlat.NftSetElemListAttrs, "NFTA_SET_ELEM_LIST_???", map[uint16]attrDec{
	1: nlaStr,                           // NFTA_SET_ELEM_LIST_TABLE
	2: nlaStr,                           // NFTA_SET_ELEM_LIST_SET
	3: nfList(nestDec{nftSetElemAttrs}), // NFTA_SET_ELEM_LIST_ELEMENTS
	4: nfBE32,                           // NFTA_SET_ELEM_LIST_SET_ID
})

// --- generations, traces, flowtables ---

var nftGenAttrs = newSet(xlat.NftGenAttrs, "NFTA_GEN_???", map[uint16]attrDec{
	1: nfBE32, // NFTA_GEN_ID
	2: nfBE32, // NFTA_GEN_PROC_PID
	3: nlaStr, // NFTA_GEN_PROC_NAME
})

var nftTraceAttrs = newSet(xlat.NftTraceAttrs, "NFTA_TRACE_???", map[uint16]attrDec{
	1:  nlaStr, // NFTA_TRACE_TABLE
	2:  nlaStr, // NFTA_TRACE_CHAIN
	3:  nfBE64, // NFTA_TRACE_RULE_HANDLE
	4:  nfBEXval{xlat.NftTraceTypes, "NFT_TRACETYPE_???", 4},
	5:  nestDec{nftVerdictAttrs},
	6:  nfX32,  // NFTA_TRACE_ID: an opaque hash, in host order since Linux 6.3
	7:  nfHex,  // NFTA_TRACE_LL_HEADER
	8:  nfHex,  // NFTA_TRACE_NETWORK_HEADER
	9:  nfHex,  // NFTA_TRACE_TRANSPORT_HEADER
	10: nfBE32, // NFTA_TRACE_IIF
	11: nfBEXval{xlat.ArpHardwareTypes, "ARPHRD_???", 2},
	12: nfBE32, // NFTA_TRACE_OIF
	13: nfBEXval{xlat.ArpHardwareTypes, "ARPHRD_???", 2},
	14: nfBE32, // NFTA_TRACE_MARK
	15: nfBEXval{xlat.NfProtos, "NFPROTO_???", 4},
	16: nfBEXval{xlat.NfVerdicts, "NF_???", 4}, // NFTA_TRACE_POLICY
	17: nfHex,                                  // NFTA_TRACE_PAD
})

var nftFlowtableHookAttrs = newSet(xlat.NftFlowtableHookAttrs, "NFTA_FLOWTABLE_HOOK_???", map[uint16]attrDec{
	// flowtables hook the ingress of devices whatever their table's family
	1: nfBEXval{xlat.NfNetdevHooks, "NF_NETDEV_???", 4},
	2: nfBES32, // NFTA_FLOWTABLE_HOOK_PRIORITY
	3: nestDec{nftDevAttrs},
})

var nftFlowtableAttrs = newSet(xlat.NftFlowtableAttrs, "NFTA_FLOWTABLE_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_FLOWTABLE_TABLE
	2: nlaStr, // NFTA_FLOWTABLE_NAME
	3: nestDec{nftFlowtableHookAttrs},
	4: nfBE32, // NFTA_FLOWTABLE_USE
	5: nfBE64, // NFTA_FLOWTABLE_HANDLE
	6: nfHex,  // NFTA_FLOWTABLE_PAD
	7: nfBEFlags{xlat.NftFlowtableFlags, "NFT_FLOWTABLE_???", 4},
})

// --- stateful objects ---

const nftaObjType = 3

var nftObjAttrs = newSet(xlat.NftObjAttrs, "NFTA_OBJ_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_OBJ_TABLE
	2: nlaStr, // NFTA_OBJ_NAME
	3: nfBEXval{xlat.NftObjectTypes, "NFT_OBJECT_???", 4},
	4: nestDec{nfUnknownAttrs}, // NFTA_OBJ_DATA of an unknown type
	5: nfBE32,                  // NFTA_OBJ_USE
	6: nfBE64,                  // NFTA_OBJ_HANDLE
	7: nfHex,                   // NFTA_OBJ_PAD
	8: nfHex,                   // NFTA_OBJ_USERDATA
})

// nftObjSets are nftObjAttrs with NFTA_OBJ_DATA decoded by object type
// (NFT_OBJECT_*).
var nftObjSets []*attrSet

func init() {
	data := []attrDec{
		1:  nestDec{nftCounterAttrs},
		2:  nestDec{nftQuotaAttrs},
		3:  nestDec{nftCtHelperAttrs},
		4:  nestDec{nftLimitAttrs},
		5:  nestDec{nftConnlimitAttrs},
		6:  nestDec{nftTunnelKeyAttrs},
		7:  nftCtTimeoutObj,
		8:  nestDec{nftSecmarkAttrs},
		9:  nestDec{nftCtExpectAttrs},
		10: nestDec{nftSynproxyAttrs},
	}
	nftObjSets = make([]*attrSet, len(data))
	for t, d := range data {
		if d != nil {
			nftObjSets[t] = withDec(nftObjAttrs, 4, d)
		}
	}
}

// withDec returns a copy of set with the decoder of type typ replaced.
func withDec(set *attrSet, typ uint16, d attrDec) *attrSet {
	c := *set
	c.dec = append([]attrDec(nil), set.dec...)
	for int(typ) >= len(c.dec) {
		c.dec = append(c.dec, nil)
	}
	c.dec[typ] = d
	return &c
}

var nftQuotaAttrs = newSet(xlat.NftQuotaAttrs, "NFTA_QUOTA_???", map[uint16]attrDec{
	1: nfBE64, // NFTA_QUOTA_BYTES
	2: nfBEFlags{xlat.NftQuotaFlags, "NFT_QUOTA_F_???", 4},
	3: nfHex,  // NFTA_QUOTA_PAD
	4: nfBE64, // NFTA_QUOTA_CONSUMED
})

var nftCtHelperAttrs = newSet(xlat.NftCtHelperAttrs, "NFTA_CT_HELPER_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_CT_HELPER_NAME
	2: nfBEXval{xlat.NfProtos, "NFPROTO_???", 2},
	3: nfXval8{xlat.InetProtocols, "IPPROTO_???"},
})

var nftLimitAttrs = newSet(xlat.NftLimitAttrs, "NFTA_LIMIT_???", map[uint16]attrDec{
	1: nfBE64, // NFTA_LIMIT_RATE
	2: nfBE64, // NFTA_LIMIT_UNIT (seconds)
	3: nfBE32, // NFTA_LIMIT_BURST
	4: nfBEXval{xlat.NftLimitTypes, "NFT_LIMIT_???", 4},
	5: nfBEFlags{xlat.NftLimitFlags, "NFT_LIMIT_F_???", 4},
	6: nfHex, // NFTA_LIMIT_PAD
})

var nftConnlimitAttrs = newSet(xlat.NftConnlimitAttrs, "NFTA_CONNLIMIT_???", map[uint16]attrDec{
	1: nfBE32, // NFTA_CONNLIMIT_COUNT
	2: nfBEFlags{xlat.NftConnlimitFlags, "NFT_CONNLIMIT_F_???", 4},
})

var nftSecmarkAttrs = newSet(xlat.NftSecmarkAttrs, "NFTA_SECMARK_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_SECMARK_CTX
})

var nftCtExpectAttrs = newSet(xlat.NftCtExpectAttrs, "NFTA_CT_EXPECT_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NfProtos, "NFPROTO_???", 2},
	2: nfXval8{xlat.InetProtocols, "IPPROTO_???"},
	3: nfBE16, // NFTA_CT_EXPECT_DPORT
	4: nfU32,  // NFTA_CT_EXPECT_TIMEOUT (ms, in host order)
	5: nfU8,   // NFTA_CT_EXPECT_SIZE
})

var nftSynproxyAttrs = newSet(xlat.NftSynproxyAttrs, "NFTA_SYNPROXY_???", map[uint16]attrDec{
	1: nfBE16, // NFTA_SYNPROXY_MSS
	2: nfU8,   // NFTA_SYNPROXY_WSCALE
	3: nfBEFlags{xlat.NfSynproxyFlags, "NF_SYNPROXY_OPT_???", 4},
})

var nftCtTimeoutAttrs = newSet(xlat.NftCtTimeoutAttrs, "NFTA_CT_TIMEOUT_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NfProtos, "NFPROTO_???", 2},
	2: nfXval8{xlat.InetProtocols, "IPPROTO_???"},
	3: nestDec{cttimeoutGenericAttrs}, // replaced by protocol below
})

// nftCtTimeoutObj decodes a ct timeout object, its timeouts by the layer 4
// protocol (NFTA_CT_TIMEOUT_L4PROTO).
var nftCtTimeoutObj = funcDec(func(s *state, off, n int) bool {
	p, _ := s.nfFindU8(off, n, 2)
	set := nftCtTimeoutGeneric
	if x, ok := nftCtTimeoutByProto[p]; ok {
		set = x
	}
	s.attrs(off, n, set)
	return true
})

// nftCtTimeoutByProto are nftCtTimeoutAttrs with the timeouts of each
// protocol cttimeout knows.
var (
	nftCtTimeoutGeneric = withDec(nftCtTimeoutAttrs, 3, nestDec{cttimeoutGenericAttrs})
	nftCtTimeoutByProto = map[uint64]*attrSet{}
)

func init() {
	for p, set := range cttimeoutByProto {
		nftCtTimeoutByProto[p] = withDec(nftCtTimeoutAttrs, 3, nestDec{set})
	}
}

var nftTunnelKeyIPAttrs = newSet(xlat.NftTunnelKeyIpAttrs, "NFTA_TUNNEL_KEY_IP_???", map[uint16]attrDec{
	1: nfInAddr, // NFTA_TUNNEL_KEY_IP_SRC
	2: nfInAddr, // NFTA_TUNNEL_KEY_IP_DST
})

var nftTunnelKeyIP6Attrs = newSet(xlat.NftTunnelKeyIp6Attrs, "NFTA_TUNNEL_KEY_IP6_???", map[uint16]attrDec{
	1: nfIn6Addr, // NFTA_TUNNEL_KEY_IP6_SRC
	2: nfIn6Addr, // NFTA_TUNNEL_KEY_IP6_DST
	3: nfBE32,    // NFTA_TUNNEL_KEY_IP6_FLOWLABEL
})

var nftTunnelKeyOptsAttrs = newSet(xlat.NftTunnelKeyOptsAttrs, "NFTA_TUNNEL_KEY_OPTS_???", map[uint16]attrDec{
	1: nestDec{newSet(xlat.NftTunnelKeyVxlanAttrs, "NFTA_TUNNEL_KEY_VXLAN_???", map[uint16]attrDec{
		1: nfBE32, // NFTA_TUNNEL_KEY_VXLAN_GBP
	})},
	2: nestDec{newSet(xlat.NftTunnelKeyErspanAttrs, "NFTA_TUNNEL_KEY_ERSPAN_???", map[uint16]attrDec{
		1: nfBE32, // NFTA_TUNNEL_KEY_ERSPAN_VERSION
		2: nfBE32, // NFTA_TUNNEL_KEY_ERSPAN_V1_INDEX
		3: nfU8,   // NFTA_TUNNEL_KEY_ERSPAN_V2_HWID
		4: nfU8,   // NFTA_TUNNEL_KEY_ERSPAN_V2_DIR
	})},
	3: nestDec{newSet(xlat.NftTunnelKeyGeneveAttrs, "NFTA_TUNNEL_KEY_GENEVE_???", map[uint16]attrDec{
		1: nfBE16, // NFTA_TUNNEL_KEY_GENEVE_CLASS
		2: nfU8,   // NFTA_TUNNEL_KEY_GENEVE_TYPE
		3: nfHex,  // NFTA_TUNNEL_KEY_GENEVE_DATA
	})},
})

var nftTunnelKeyAttrs = newSet(xlat.NftTunnelKeyAttrs, "NFTA_TUNNEL_KEY_???", map[uint16]attrDec{
	1: nfBE32, // NFTA_TUNNEL_KEY_ID
	2: nestDec{nftTunnelKeyIPAttrs},
	3: nestDec{nftTunnelKeyIP6Attrs},
	4: nfBEFlags{xlat.NftTunnelFlags, "NFT_TUNNEL_F_???", 4},
	5: nfU8,   // NFTA_TUNNEL_KEY_TOS
	6: nfU8,   // NFTA_TUNNEL_KEY_TTL
	7: nfBE16, // NFTA_TUNNEL_KEY_SPORT
	8: nfBE16, // NFTA_TUNNEL_KEY_DPORT
	9: nestDec{nftTunnelKeyOptsAttrs},
})

// --- expressions ---

// nftExpr is one expression: NFTA_EXPR_NAME and NFTA_EXPR_DATA, the data
// decoded by the name, wherever the name is among the attributes.
var nftExpr = funcDec(func(s *state, off, n int) bool {
	set := nftExprSets[string(s.nfFindStr(off, n, 1))]
	if set == nil {
		set = nftExprUnknown
	}
	s.attrs(off, n, set)
	return true
})

var nftExprBase = newSet(xlat.NftExprAttrs, "NFTA_EXPR_???", map[uint16]attrDec{
	1: nlaStr,                  // NFTA_EXPR_NAME
	2: nestDec{nfUnknownAttrs}, // NFTA_EXPR_DATA of an expression nldump does not know
})

var nftExprUnknown = nftExprBase

// nftExprSets are the expression attributes by expression name, with the
// data decoded as that expression's attributes (filled in init: the
// expressions nest expressions).
var nftExprSets = map[string]*attrSet{}

func init() {
	data := map[string]attrDec{
		"payload":      nestDec{nftPayloadAttrs},
		"meta":         nestDec{nftMetaAttrs},
		"cmp":          nestDec{nftCmpAttrs},
		"immediate":    nestDec{nftImmediateAttrs},
		"lookup":       nestDec{nftLookupAttrs},
		"bitwise":      nestDec{nftBitwiseAttrs},
		"byteorder":    nestDec{nftByteorderAttrs},
		"counter":      nestDec{nftCounterAttrs},
		"ct":           nestDec{nftCtAttrs},
		"nat":          nestDec{nftNatAttrs},
		"log":          nestDec{nftLogAttrs},
		"limit":        nestDec{nftLimitAttrs},
		"reject":       nftReject,
		"fib":          nestDec{nftFibAttrs},
		"range":        nestDec{nftRangeAttrs},
		"dynset":       nestDec{nftDynsetAttrs},
		"queue":        nestDec{nftQueueAttrs},
		"masq":         nestDec{nftMasqAttrs},
		"redir":        nestDec{nftRedirAttrs},
		"quota":        nestDec{nftQuotaAttrs},
		"numgen":       nestDec{nftNgAttrs},
		"hash":         nestDec{nftHashAttrs},
		"tproxy":       nestDec{nftTproxyAttrs},
		"socket":       nestDec{nftSocketAttrs},
		"osf":          nestDec{nftOsfAttrs},
		"xfrm":         nestDec{nftXfrmAttrs},
		"synproxy":     nestDec{nftSynproxyAttrs},
		"objref":       nestDec{nftObjrefAttrs},
		"connlimit":    nestDec{nftConnlimitAttrs},
		"last":         nestDec{nftLastAttrs},
		"inner":        nestDec{nftInnerAttrs},
		"exthdr":       nestDec{nftExthdrAttrs},
		"rt":           nestDec{nftRtAttrs},
		"fwd":          nestDec{nftFwdAttrs},
		"dup":          nestDec{nftDupAttrs},
		"tunnel":       nestDec{nftTunnelAttrs},
		"flow_offload": nestDec{nftFlowAttrs},
		"match":        nestDec{nftMatchAttrs},
		"target":       nestDec{nftTargetAttrs},
		"notrack":      nestDec{nfUnknownAttrs},
	}
	for name, d := range data {
		nftExprSets[name] = withDec(nftExprBase, 2, d)
	}
}

var nftPayloadAttrs = newSet(xlat.NftPayloadAttrs, "NFTA_PAYLOAD_???", map[uint16]attrDec{
	1: nftReg, // NFTA_PAYLOAD_DREG
	2: nfBEXval{xlat.NftPayloadBases, "NFT_PAYLOAD_???", 4},
	3: nfBE32, // NFTA_PAYLOAD_OFFSET
	4: nfBE32, // NFTA_PAYLOAD_LEN
	5: nftReg, // NFTA_PAYLOAD_SREG
	6: nfBEXval{xlat.NftPayloadCsumTypes, "NFT_PAYLOAD_CSUM_???", 4},
	7: nfBE32, // NFTA_PAYLOAD_CSUM_OFFSET
	8: nfBEFlags{xlat.NftPayloadCsumFlags, "NFT_PAYLOAD_???", 4},
})

var nftMetaAttrs = newSet(xlat.NftMetaAttrs, "NFTA_META_???", map[uint16]attrDec{
	1: nftReg, // NFTA_META_DREG
	2: nfBEXval{xlat.NftMetaKeys, "NFT_META_???", 4},
	3: nftReg, // NFTA_META_SREG
})

var nftCmpAttrs = newSet(xlat.NftCmpAttrs, "NFTA_CMP_???", map[uint16]attrDec{
	1: nftReg, // NFTA_CMP_SREG
	2: nfBEXval{xlat.NftCmpOps, "NFT_CMP_???", 4},
	3: nftData, // NFTA_CMP_DATA
})

var nftImmediateAttrs = newSet(xlat.NftImmediateAttrs, "NFTA_IMMEDIATE_???", map[uint16]attrDec{
	1: nftReg,  // NFTA_IMMEDIATE_DREG
	2: nftData, // NFTA_IMMEDIATE_DATA
})

var nftLookupAttrs = newSet(xlat.NftLookupAttrs, "NFTA_LOOKUP_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_LOOKUP_SET
	2: nftReg, // NFTA_LOOKUP_SREG
	3: nftReg, // NFTA_LOOKUP_DREG
	4: nfBE32, // NFTA_LOOKUP_SET_ID
	5: nfBEFlags{xlat.NftLookupFlags, "NFT_LOOKUP_F_???", 4},
})

var nftBitwiseAttrs = newSet(xlat.NftBitwiseAttrs, "NFTA_BITWISE_???", map[uint16]attrDec{
	1: nftReg,  // NFTA_BITWISE_SREG
	2: nftReg,  // NFTA_BITWISE_DREG
	3: nfBE32,  // NFTA_BITWISE_LEN
	4: nftData, // NFTA_BITWISE_MASK
	5: nftData, // NFTA_BITWISE_XOR
	6: nfBEXval{xlat.NftBitwiseOps, "NFT_BITWISE_???", 4},
	7: nftData, // NFTA_BITWISE_DATA
	8: nftReg,  // NFTA_BITWISE_SREG2
})

var nftByteorderAttrs = newSet(xlat.NftByteorderAttrs, "NFTA_BYTEORDER_???", map[uint16]attrDec{
	1: nftReg, // NFTA_BYTEORDER_SREG
	2: nftReg, // NFTA_BYTEORDER_DREG
	3: nfBEXval{xlat.NftByteorderOps, "NFT_BYTEORDER_???", 4},
	4: nfBE32, // NFTA_BYTEORDER_LEN
	5: nfBE32, // NFTA_BYTEORDER_SIZE
})

var nftCtAttrs = newSet(xlat.NftCtAttrs, "NFTA_CT_???", map[uint16]attrDec{
	1: nftReg, // NFTA_CT_DREG
	2: nfBEXval{xlat.NftCtKeys, "NFT_CT_???", 4},
	3: nfU8,   // NFTA_CT_DIRECTION (IP_CT_DIR_ORIGINAL 0, IP_CT_DIR_REPLY 1)
	4: nftReg, // NFTA_CT_SREG
})

var nftNatFlags = nfBEFlags{xlat.NfNatRangeFlags, "NF_NAT_RANGE_???", 4}

var nftNatAttrs = newSet(xlat.NftNatAttrs, "NFTA_NAT_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NftNatTypes, "NFT_NAT_???", 4},
	2: nfBEXval{xlat.NfProtos, "NFPROTO_???", 4},
	3: nftReg, // NFTA_NAT_REG_ADDR_MIN
	4: nftReg, // NFTA_NAT_REG_ADDR_MAX
	5: nftReg, // NFTA_NAT_REG_PROTO_MIN
	6: nftReg, // NFTA_NAT_REG_PROTO_MAX
	7: nftNatFlags,
})

var nftMasqAttrs = newSet(xlat.NftMasqAttrs, "NFTA_MASQ_???", map[uint16]attrDec{
	1: nftNatFlags,
	2: nftReg, // NFTA_MASQ_REG_PROTO_MIN
	3: nftReg, // NFTA_MASQ_REG_PROTO_MAX
})

var nftRedirAttrs = newSet(xlat.NftRedirAttrs, "NFTA_REDIR_???", map[uint16]attrDec{
	1: nftReg, // NFTA_REDIR_REG_PROTO_MIN
	2: nftReg, // NFTA_REDIR_REG_PROTO_MAX
	3: nftNatFlags,
})

var nftLogAttrs = newSet(xlat.NftLogAttrs, "NFTA_LOG_???", map[uint16]attrDec{
	1: nfBE16, // NFTA_LOG_GROUP
	2: nlaStr, // NFTA_LOG_PREFIX
	3: nfBE32, // NFTA_LOG_SNAPLEN
	4: nfBE16, // NFTA_LOG_QTHRESHOLD
	5: nfBEXval{xlat.NftLogLevels, "NFT_LOGLEVEL_???", 4},
	6: nfBEFlags{xlat.NfLogFlags, "NF_LOG_???", 4},
})

var nftRejectAttrs = newSet(xlat.NftRejectAttrs, "NFTA_REJECT_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NftRejectTypes, "NFT_REJECT_???", 4},
	2: nfU8, // NFTA_REJECT_ICMP_CODE: an ICMP or ICMPv6 code
})

const nftRejectIcmpxUnreach = 2

var nftRejectIcmpxAttrs = withDec(nftRejectAttrs, 2, nfXval8{xlat.NftRejectIcmpxCodes, "NFT_REJECT_ICMPX_???"})

// nftReject names the code of an NFT_REJECT_ICMPX_UNREACH, which is
// nf_tables' own; the other types carry a code of ICMP or ICMPv6.
var nftReject = funcDec(func(s *state, off, n int) bool {
	set := nftRejectAttrs
	if t, ok := s.nfFindU32BE(off, n, 1); ok && t == nftRejectIcmpxUnreach {
		set = nftRejectIcmpxAttrs
	}
	s.attrs(off, n, set)
	return true
})

var nftFibAttrs = newSet(xlat.NftFibAttrs, "NFTA_FIB_???", map[uint16]attrDec{
	1: nftReg, // NFTA_FIB_DREG
	2: nfBEXval{xlat.NftFibResults, "NFT_FIB_RESULT_???", 4},
	3: nfBEFlags{xlat.NftFibFlags, "NFTA_FIB_F_???", 4},
})

var nftRangeAttrs = newSet(xlat.NftRangeAttrs, "NFTA_RANGE_???", map[uint16]attrDec{
	1: nftReg, // NFTA_RANGE_SREG
	2: nfBEXval{xlat.NftRangeOps, "NFT_RANGE_???", 4},
	3: nftData, // NFTA_RANGE_FROM_DATA
	4: nftData, // NFTA_RANGE_TO_DATA
})

var nftDynsetAttrs = newSet(xlat.NftDynsetAttrs, "NFTA_DYNSET_???", map[uint16]attrDec{
	1:  nlaStr, // NFTA_DYNSET_SET_NAME
	2:  nfBE32, // NFTA_DYNSET_SET_ID
	3:  nfBEXval{xlat.NftDynsetOps, "NFT_DYNSET_OP_???", 4},
	4:  nftReg,  // NFTA_DYNSET_SREG_KEY
	5:  nftReg,  // NFTA_DYNSET_SREG_DATA
	6:  nfBE64,  // NFTA_DYNSET_TIMEOUT (ms)
	7:  nftExpr, // NFTA_DYNSET_EXPR
	8:  nfHex,   // NFTA_DYNSET_PAD
	9:  nfBEFlags{xlat.NftDynsetFlags, "NFT_DYNSET_F_???", 4},
	10: nftExprList, // NFTA_DYNSET_EXPRESSIONS
})

var nftQueueAttrs = newSet(xlat.NftQueueAttrs, "NFTA_QUEUE_???", map[uint16]attrDec{
	1: nfBE16, // NFTA_QUEUE_NUM
	2: nfBE16, // NFTA_QUEUE_TOTAL
	3: nfBEFlags{xlat.NftQueueFlags, "NFT_QUEUE_FLAG_???", 2},
	4: nftReg, // NFTA_QUEUE_SREG_QNUM
})

var nftNgAttrs = newSet(xlat.NftNgAttrs, "NFTA_NG_???", map[uint16]attrDec{
	1: nftReg, // NFTA_NG_DREG
	2: nfBE32, // NFTA_NG_MODULUS
	3: nfBEXval{xlat.NftNgTypes, "NFT_NG_???", 4},
	4: nfBE32, // NFTA_NG_OFFSET
	5: nlaStr, // NFTA_NG_SET_NAME
	6: nfBE32, // NFTA_NG_SET_ID
})

var nftHashAttrs = newSet(xlat.NftHashAttrs, "NFTA_HASH_???", map[uint16]attrDec{
	1: nftReg,  // NFTA_HASH_SREG
	2: nftReg,  // NFTA_HASH_DREG
	3: nfBE32,  // NFTA_HASH_LEN
	4: nfBE32,  // NFTA_HASH_MODULUS
	5: nfBEX32, // NFTA_HASH_SEED
	6: nfBE32,  // NFTA_HASH_OFFSET
	7: nfBEXval{xlat.NftHashTypes, "NFT_HASH_???", 4},
	8: nlaStr, // NFTA_HASH_SET_NAME
	9: nfBE32, // NFTA_HASH_SET_ID
})

var nftTproxyAttrs = newSet(xlat.NftTproxyAttrs, "NFTA_TPROXY_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NfProtos, "NFPROTO_???", 4},
	2: nftReg, // NFTA_TPROXY_REG_ADDR
	3: nftReg, // NFTA_TPROXY_REG_PORT
})

var nftSocketAttrs = newSet(xlat.NftSocketAttrs, "NFTA_SOCKET_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NftSocketKeys, "NFT_SOCKET_???", 4},
	2: nftReg, // NFTA_SOCKET_DREG
	3: nfBE32, // NFTA_SOCKET_LEVEL
})

var nftOsfAttrs = newSet(xlat.NftOsfAttrs, "NFTA_OSF_???", map[uint16]attrDec{
	1: nftReg, // NFTA_OSF_DREG
	2: nfU8,   // NFTA_OSF_TTL
	3: nfBEFlags{xlat.NftOsfFlags, "NFT_OSF_F_???", 4},
})

var nftXfrmAttrs = newSet(xlat.NftXfrmAttrs, "NFTA_XFRM_???", map[uint16]attrDec{
	1: nftReg, // NFTA_XFRM_DREG
	2: nfBEXval{xlat.NftXfrmKeys, "NFT_XFRM_KEY_???", 4},
	3: nfU8,   // NFTA_XFRM_DIR
	4: nfBE32, // NFTA_XFRM_SPNUM
})

var nftObjrefAttrs = newSet(xlat.NftObjrefAttrs, "NFTA_OBJREF_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NftObjectTypes, "NFT_OBJECT_???", 4},
	2: nlaStr, // NFTA_OBJREF_IMM_NAME
	3: nftReg, // NFTA_OBJREF_SET_SREG
	4: nlaStr, // NFTA_OBJREF_SET_NAME
	5: nfBE32, // NFTA_OBJREF_SET_ID
})

var nftLastAttrs = newSet(xlat.NftLastAttrs, "NFTA_LAST_???", map[uint16]attrDec{
	1: nfBE32, // NFTA_LAST_SET
	2: nfBE64, // NFTA_LAST_MSECS
	3: nfHex,  // NFTA_LAST_PAD
})

var nftInnerAttrs = newSet(xlat.NftInnerAttrs, "NFTA_INNER_???", map[uint16]attrDec{
	1: nfBE32, // NFTA_INNER_NUM
	2: nfBEXval{xlat.NftInnerTypes, "NFT_INNER_???", 4},
	3: nfBEFlags{xlat.NftInnerFlags, "NFT_INNER_???", 4},
	4: nfBE32,  // NFTA_INNER_HDRSIZE
	5: nftExpr, // NFTA_INNER_EXPR
})

var nftExthdrAttrs = newSet(xlat.NftExthdrAttrs, "NFTA_EXTHDR_???", map[uint16]attrDec{
	1: nftReg, // NFTA_EXTHDR_DREG
	2: nfU8,   // NFTA_EXTHDR_TYPE
	3: nfBE32, // NFTA_EXTHDR_OFFSET
	4: nfBE32, // NFTA_EXTHDR_LEN
	5: nfBEFlags{xlat.NftExthdrFlags, "NFT_EXTHDR_F_???", 4},
	6: nfBEXval{xlat.NftExthdrOps, "NFT_EXTHDR_OP_???", 4},
	7: nftReg, // NFTA_EXTHDR_SREG
})

var nftRtAttrs = newSet(xlat.NftRtAttrs, "NFTA_RT_???", map[uint16]attrDec{
	1: nftReg, // NFTA_RT_DREG
	2: nfBEXval{xlat.NftRtKeys, "NFT_RT_???", 4},
})

var nftFwdAttrs = newSet(xlat.NftFwdAttrs, "NFTA_FWD_???", map[uint16]attrDec{
	1: nftReg, // NFTA_FWD_SREG_DEV
	2: nftReg, // NFTA_FWD_SREG_ADDR
	3: nfBEXval{xlat.NfProtos, "NFPROTO_???", 4},
})

var nftDupAttrs = newSet(xlat.NftDupAttrs, "NFTA_DUP_???", map[uint16]attrDec{
	1: nftReg, // NFTA_DUP_SREG_ADDR
	2: nftReg, // NFTA_DUP_SREG_DEV
})

var nftTunnelAttrs = newSet(xlat.NftTunnelAttrs, "NFTA_TUNNEL_???", map[uint16]attrDec{
	1: nfBEXval{xlat.NftTunnelKeys, "NFT_TUNNEL_???", 4},
	2: nftReg, // NFTA_TUNNEL_DREG
	3: nfBEXval{xlat.NftTunnelModes, "NFT_TUNNEL_MODE_???", 4},
})

var nftFlowAttrs = newSet(xlat.NftFlowAttrs, "NFTA_FLOW_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_FLOW_TABLE_NAME
})

// The expressions of xtables matches and targets (nft_compat): their
// info is the xtables extension's own struct.
var nftMatchAttrs = newSet(xlat.NftMatchAttrs, "NFTA_MATCH_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_MATCH_NAME
	2: nfBE32, // NFTA_MATCH_REV
	3: nfHex,  // NFTA_MATCH_INFO
})

var nftTargetAttrs = newSet(xlat.NftTargetAttrs, "NFTA_TARGET_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_TARGET_NAME
	2: nfBE32, // NFTA_TARGET_REV
	3: nfHex,  // NFTA_TARGET_INFO
})

// nftCompatAttrs are the requests of NFNL_SUBSYS_NFT_COMPAT: does the
// kernel have this xtables match or target?
var nftCompatAttrs = newSet(xlat.NftCompatAttrs, "NFTA_COMPAT_???", map[uint16]attrDec{
	1: nlaStr, // NFTA_COMPAT_NAME
	2: nfBE32, // NFTA_COMPAT_REV
	3: nfBE32, // NFTA_COMPAT_TYPE: 1 for a target, 0 for a match
})
