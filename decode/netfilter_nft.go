package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// nf_tables (NFNL_SUBSYS_NFTABLES): tables, chains, rules and their
// expressions, sets and their elements, stateful objects, flowtables,
// generations and traces. Every integer is big-endian (see nfBE).

// nftMsgAttrs picks the attributes of an nf_tables message; objects by
// their type (NFTA_OBJ_TYPE), wherever it is among them.
func nftMsgAttrs(s *state, msg uint8, off, n int) *attrSet {
	switch msg {
	case xlat.NFT_MSG_NEWTABLE, xlat.NFT_MSG_GETTABLE, xlat.NFT_MSG_DELTABLE, xlat.NFT_MSG_DESTROYTABLE:
		return nftTableAttrs
	case xlat.NFT_MSG_NEWCHAIN, xlat.NFT_MSG_GETCHAIN, xlat.NFT_MSG_DELCHAIN, xlat.NFT_MSG_DESTROYCHAIN:
		return nftChainAttrs
	case xlat.NFT_MSG_NEWRULE, xlat.NFT_MSG_GETRULE, xlat.NFT_MSG_DELRULE, xlat.NFT_MSG_GETRULE_RESET, xlat.NFT_MSG_DESTROYRULE:
		return nftRuleAttrs
	case xlat.NFT_MSG_NEWSET, xlat.NFT_MSG_GETSET, xlat.NFT_MSG_DELSET, xlat.NFT_MSG_DESTROYSET:
		return nftSetAttrs
	case xlat.NFT_MSG_NEWSETELEM, xlat.NFT_MSG_GETSETELEM, xlat.NFT_MSG_DELSETELEM, xlat.NFT_MSG_DESTROYSETELEM, xlat.NFT_MSG_GETSETELEM_RESET:
		return nftSetElemListAttrs
	case xlat.NFT_MSG_NEWGEN, xlat.NFT_MSG_GETGEN:
		return nftGenAttrs
	case xlat.NFT_MSG_TRACE:
		return nftTraceAttrs
	case xlat.NFT_MSG_NEWOBJ, xlat.NFT_MSG_GETOBJ, xlat.NFT_MSG_DELOBJ, xlat.NFT_MSG_GETOBJ_RESET, xlat.NFT_MSG_DESTROYOBJ:
		if t, ok := s.nfFindU32BE(off, n, xlat.NFTA_OBJ_TYPE); ok && t < uint64(len(nftObjSets)) && nftObjSets[t] != nil {
			return nftObjSets[t]
		}
		return nftObjAttrs
	case xlat.NFT_MSG_NEWFLOWTABLE, xlat.NFT_MSG_GETFLOWTABLE, xlat.NFT_MSG_DELFLOWTABLE, xlat.NFT_MSG_DESTROYFLOWTABLE:
		return nftFlowtableAttrs
	}
	return nil
}

var (
	nftReg = nfXval(xlat.NftRegisters, "NFT_REG_???", 4)
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

var nftDataAttrs = newSet(xlat.NftDataAttrs, "NFTA_DATA_???", []attrDec{
	xlat.NFTA_DATA_VALUE:   nfHex,
	xlat.NFTA_DATA_VERDICT: nestDec{nftVerdictAttrs},
})

var nftVerdictAttrs = newSet(xlat.NftVerdictAttrs, "NFTA_VERDICT_???", []attrDec{
	xlat.NFTA_VERDICT_CODE:     nfXval(xlat.NftVerdicts, "NF_???", 4),
	xlat.NFTA_VERDICT_CHAIN:    nlaStr,
	xlat.NFTA_VERDICT_CHAIN_ID: nfBE32,
})

var nftCounterAttrs = newSet(xlat.NftCounterAttrs, "NFTA_COUNTER_???", []attrDec{
	xlat.NFTA_COUNTER_BYTES:   nfBE64,
	xlat.NFTA_COUNTER_PACKETS: nfBE64,
	xlat.NFTA_COUNTER_PAD:     nfHex,
})

var nftDevAttrs = newSet(xlat.NftDeviceAttrs, "NFTA_DEVICE_???", []attrDec{
	xlat.NFTA_DEVICE_NAME: nlaStr,
})

// --- tables, chains, rules ---

var nftTableAttrs = newSet(xlat.NftTableAttrs, "NFTA_TABLE_???", []attrDec{
	xlat.NFTA_TABLE_NAME:     nlaStr,
	xlat.NFTA_TABLE_FLAGS:    nfBEFlags(xlat.NftTableFlags, "NFT_TABLE_F_???", 4),
	xlat.NFTA_TABLE_USE:      nfBE32,
	xlat.NFTA_TABLE_HANDLE:   nfBE64,
	xlat.NFTA_TABLE_PAD:      nfHex,
	xlat.NFTA_TABLE_USERDATA: udataDec{udataTable},
	xlat.NFTA_TABLE_OWNER:    nfBE32, // (a netlink port id)
})

var nftHookAttrs = newSet(xlat.NftHookAttrs, "NFTA_HOOK_???", []attrDec{
	xlat.NFTA_HOOK_HOOKNUM:  nfHookNum,
	xlat.NFTA_HOOK_PRIORITY: nfBES32,
	xlat.NFTA_HOOK_DEV:      nlaStr,
	xlat.NFTA_HOOK_DEVS:     nestDec{nftDevAttrs},
})

var nftChainAttrs = newSet(xlat.NftChainAttrs, "NFTA_CHAIN_???", []attrDec{
	xlat.NFTA_CHAIN_TABLE:    nlaStr,
	xlat.NFTA_CHAIN_HANDLE:   nfBE64,
	xlat.NFTA_CHAIN_NAME:     nlaStr,
	xlat.NFTA_CHAIN_HOOK:     nestDec{nftHookAttrs},
	xlat.NFTA_CHAIN_POLICY:   nfXval(xlat.NfVerdicts, "NF_???", 4),
	xlat.NFTA_CHAIN_USE:      nfBE32,
	xlat.NFTA_CHAIN_TYPE:     nlaStr,
	xlat.NFTA_CHAIN_COUNTERS: nestDec{nftCounterAttrs},
	xlat.NFTA_CHAIN_PAD:      nfHex,
	xlat.NFTA_CHAIN_FLAGS:    nfBEFlags(xlat.NftChainFlags, "NFT_CHAIN_???", 4),
	xlat.NFTA_CHAIN_ID:       nfBE32,
	xlat.NFTA_CHAIN_USERDATA: udataDec{udataChain},
})

var nftRuleCompatAttrs = newSet(xlat.NftRuleCompatAttrs, "NFTA_RULE_COMPAT_???", []attrDec{
	xlat.NFTA_RULE_COMPAT_PROTO: nfXval(xlat.InetProtocols, "IPPROTO_???", 4),
	xlat.NFTA_RULE_COMPAT_FLAGS: nfBEFlags(xlat.NftRuleCompatFlags, "NFT_RULE_COMPAT_F_???", 4),
})

var nftRuleAttrs = newSet(xlat.NftRuleAttrs, "NFTA_RULE_???", []attrDec{
	xlat.NFTA_RULE_TABLE:       nlaStr,
	xlat.NFTA_RULE_CHAIN:       nlaStr,
	xlat.NFTA_RULE_HANDLE:      nfBE64,
	xlat.NFTA_RULE_EXPRESSIONS: nftExprList,
	xlat.NFTA_RULE_COMPAT:      nestDec{nftRuleCompatAttrs},
	xlat.NFTA_RULE_POSITION:    nfBE64,
	xlat.NFTA_RULE_USERDATA:    udataDec{udataRule},
	xlat.NFTA_RULE_PAD:         nfHex,
	xlat.NFTA_RULE_ID:          nfBE32,
	xlat.NFTA_RULE_POSITION_ID: nfBE32,
	xlat.NFTA_RULE_CHAIN_ID:    nfBE32,
})

// --- sets and elements ---

var nftSetFieldAttrs = newSet(xlat.NftSetFieldAttrs, "NFTA_SET_FIELD_???", []attrDec{
	xlat.NFTA_SET_FIELD_LEN: nfBE32,
})

var nftSetDescAttrs = newSet(xlat.NftSetDescAttrs, "NFTA_SET_DESC_???", []attrDec{
	xlat.NFTA_SET_DESC_SIZE:   nfBE32,
	xlat.NFTA_SET_DESC_CONCAT: nfList(nestDec{nftSetFieldAttrs}),
})

// nftSetDataType is NFTA_SET_DATA_TYPE: NFT_DATA_VERDICT for verdict maps,
// otherwise a type number of the program's own.
var nftSetDataType = funcDec(func(s *state, off, n int) bool {
	if n != 4 {
		return false
	}
	if _, ok := xlat.NftDataTypes.Lookup(s.ube(off, 4)); ok && s.ube(off, 4) != 0 {
		return nfXval(xlat.NftDataTypes, "", 4).decode(s, off, n)
	}
	return nfBE32.decode(s, off, n)
})

var nftSetAttrs = newSet(xlat.NftSetAttrs, "NFTA_SET_???", []attrDec{
	xlat.NFTA_SET_TABLE:       nlaStr,
	xlat.NFTA_SET_NAME:        nlaStr,
	xlat.NFTA_SET_FLAGS:       nfBEFlags(xlat.NftSetFlags, "NFT_SET_???", 4),
	xlat.NFTA_SET_KEY_TYPE:    nfBE32,
	xlat.NFTA_SET_KEY_LEN:     nfBE32,
	xlat.NFTA_SET_DATA_TYPE:   nftSetDataType,
	xlat.NFTA_SET_DATA_LEN:    nfBE32,
	xlat.NFTA_SET_POLICY:      nfXval(xlat.NftSetPolicies, "NFT_SET_POL_???", 4),
	xlat.NFTA_SET_DESC:        nestDec{nftSetDescAttrs},
	xlat.NFTA_SET_ID:          nfBE32,
	xlat.NFTA_SET_TIMEOUT:     nfBE64, // (ms)
	xlat.NFTA_SET_GC_INTERVAL: nfBE32, // (ms)
	xlat.NFTA_SET_USERDATA:    udataDec{udataSetRecs},
	xlat.NFTA_SET_PAD:         nfHex,
	xlat.NFTA_SET_OBJ_TYPE:    nfXval(xlat.NftObjectTypes, "NFT_OBJECT_???", 4),
	xlat.NFTA_SET_HANDLE:      nfBE64,
	xlat.NFTA_SET_EXPR:        nftExpr,
	xlat.NFTA_SET_EXPRESSIONS: nftExprList,
	xlat.NFTA_SET_TYPE:        nlaStr,
	xlat.NFTA_SET_COUNT:       nfBE32,
})

var nftSetElemAttrs = newSet(xlat.NftSetElemAttrs, "NFTA_SET_ELEM_???", []attrDec{
	xlat.NFTA_SET_ELEM_KEY:         nftData,
	xlat.NFTA_SET_ELEM_DATA:        nftData,
	xlat.NFTA_SET_ELEM_FLAGS:       nfBEFlags(xlat.NftSetElemFlags, "NFT_SET_ELEM_???", 4),
	xlat.NFTA_SET_ELEM_TIMEOUT:     nfBE64, // (ms)
	xlat.NFTA_SET_ELEM_EXPIRATION:  nfBE64, // (ms)
	xlat.NFTA_SET_ELEM_USERDATA:    udataDec{udataElem},
	xlat.NFTA_SET_ELEM_EXPR:        nftExpr,
	xlat.NFTA_SET_ELEM_PAD:         nfHex,
	xlat.NFTA_SET_ELEM_OBJREF:      nlaStr,
	xlat.NFTA_SET_ELEM_KEY_END:     nftData,
	xlat.NFTA_SET_ELEM_EXPRESSIONS: nftExprList,
})

var nftSetElemListAttrs = newSet(xlat.NftSetElemListAttrs, "NFTA_SET_ELEM_LIST_???", []attrDec{
	xlat.NFTA_SET_ELEM_LIST_TABLE:    nlaStr,
	xlat.NFTA_SET_ELEM_LIST_SET:      nlaStr,
	xlat.NFTA_SET_ELEM_LIST_ELEMENTS: nfList(nestDec{nftSetElemAttrs}),
	xlat.NFTA_SET_ELEM_LIST_SET_ID:   nfBE32,
})

// --- generations, traces, flowtables ---

var nftGenAttrs = newSet(xlat.NftGenAttrs, "NFTA_GEN_???", []attrDec{
	xlat.NFTA_GEN_ID:        nfBE32,
	xlat.NFTA_GEN_PROC_PID:  nfBE32,
	xlat.NFTA_GEN_PROC_NAME: nlaStr,
})

var nftTraceAttrs = newSet(xlat.NftTraceAttrs, "NFTA_TRACE_???", []attrDec{
	xlat.NFTA_TRACE_TABLE:            nlaStr,
	xlat.NFTA_TRACE_CHAIN:            nlaStr,
	xlat.NFTA_TRACE_RULE_HANDLE:      nfBE64,
	xlat.NFTA_TRACE_TYPE:             nfXval(xlat.NftTraceTypes, "NFT_TRACETYPE_???", 4),
	xlat.NFTA_TRACE_VERDICT:          nestDec{nftVerdictAttrs},
	xlat.NFTA_TRACE_ID:               nfX32, // an opaque hash, in host order since Linux 6.3
	xlat.NFTA_TRACE_LL_HEADER:        nfHex,
	xlat.NFTA_TRACE_NETWORK_HEADER:   nfHex,
	xlat.NFTA_TRACE_TRANSPORT_HEADER: nfHex,
	xlat.NFTA_TRACE_IIF:              nfBE32,
	xlat.NFTA_TRACE_IIFTYPE:          nfXval(xlat.ArpHardwareTypes, "ARPHRD_???", 2),
	xlat.NFTA_TRACE_OIF:              nfBE32,
	xlat.NFTA_TRACE_OIFTYPE:          nfXval(xlat.ArpHardwareTypes, "ARPHRD_???", 2),
	xlat.NFTA_TRACE_MARK:             nfBE32,
	xlat.NFTA_TRACE_NFPROTO:          nfXval(xlat.NfProtos, "NFPROTO_???", 4),
	xlat.NFTA_TRACE_POLICY:           nfXval(xlat.NfVerdicts, "NF_???", 4),
	// the conntrack id is the kernel's host-order number put as a be32,
	// as in CTA_ID
	xlat.NFTA_TRACE_CT_ID:        nfBE32,
	xlat.NFTA_TRACE_CT_DIRECTION: xvalDec{tab: xlat.IpConntrackDir, dflt: "IP_CT_DIR_???", size: 1, exact: true},
	xlat.NFTA_TRACE_CT_STATUS:    ctStatus,
	xlat.NFTA_TRACE_CT_STATE:     nfBEFlags(xlat.NftCtStateBits, "NF_CT_STATE_???", 4),
	xlat.NFTA_TRACE_PAD:          nfHex,
})

var nftFlowtableHookAttrs = newSet(xlat.NftFlowtableHookAttrs, "NFTA_FLOWTABLE_HOOK_???", []attrDec{
	// flowtables hook the ingress of devices whatever their table's family
	xlat.NFTA_FLOWTABLE_HOOK_NUM:      nfXval(xlat.NfNetdevHooks, "NF_NETDEV_???", 4),
	xlat.NFTA_FLOWTABLE_HOOK_PRIORITY: nfBES32,
	xlat.NFTA_FLOWTABLE_HOOK_DEVS:     nestDec{nftDevAttrs},
})

var nftFlowtableAttrs = newSet(xlat.NftFlowtableAttrs, "NFTA_FLOWTABLE_???", []attrDec{
	xlat.NFTA_FLOWTABLE_TABLE:  nlaStr,
	xlat.NFTA_FLOWTABLE_NAME:   nlaStr,
	xlat.NFTA_FLOWTABLE_HOOK:   nestDec{nftFlowtableHookAttrs},
	xlat.NFTA_FLOWTABLE_USE:    nfBE32,
	xlat.NFTA_FLOWTABLE_HANDLE: nfBE64,
	xlat.NFTA_FLOWTABLE_PAD:    nfHex,
	xlat.NFTA_FLOWTABLE_FLAGS:  nfBEFlags(xlat.NftFlowtableFlags, "NFT_FLOWTABLE_???", 4),
})

// --- stateful objects ---

var nftObjAttrs = newSet(xlat.NftObjAttrs, "NFTA_OBJ_???", []attrDec{
	xlat.NFTA_OBJ_TABLE:    nlaStr,
	xlat.NFTA_OBJ_NAME:     nlaStr,
	xlat.NFTA_OBJ_TYPE:     nfXval(xlat.NftObjectTypes, "NFT_OBJECT_???", 4),
	xlat.NFTA_OBJ_DATA:     nestDec{nfUnknownAttrs}, // of an unknown type
	xlat.NFTA_OBJ_USE:      nfBE32,
	xlat.NFTA_OBJ_HANDLE:   nfBE64,
	xlat.NFTA_OBJ_PAD:      nfHex,
	xlat.NFTA_OBJ_USERDATA: udataDec{udataObj},
})

// nftObjSets are nftObjAttrs with NFTA_OBJ_DATA decoded by object type
// (NFT_OBJECT_*).
var nftObjSets []*attrSet

func init() {
	data := []attrDec{
		xlat.NFT_OBJECT_COUNTER:    nestDec{nftCounterAttrs},
		xlat.NFT_OBJECT_QUOTA:      nestDec{nftQuotaAttrs},
		xlat.NFT_OBJECT_CT_HELPER:  nestDec{nftCtHelperAttrs},
		xlat.NFT_OBJECT_LIMIT:      nestDec{nftLimitAttrs},
		xlat.NFT_OBJECT_CONNLIMIT:  nestDec{nftConnlimitAttrs},
		xlat.NFT_OBJECT_TUNNEL:     nestDec{nftTunnelKeyAttrs},
		xlat.NFT_OBJECT_CT_TIMEOUT: nftCtTimeoutObj,
		xlat.NFT_OBJECT_SECMARK:    nestDec{nftSecmarkAttrs},
		xlat.NFT_OBJECT_CT_EXPECT:  nestDec{nftCtExpectAttrs},
		xlat.NFT_OBJECT_SYNPROXY:   nestDec{nftSynproxyAttrs},
	}
	nftObjSets = make([]*attrSet, len(data))
	for t, d := range data {
		if d != nil {
			nftObjSets[t] = withDec(nftObjAttrs, xlat.NFTA_OBJ_DATA, d)
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

var nftQuotaAttrs = newSet(xlat.NftQuotaAttrs, "NFTA_QUOTA_???", []attrDec{
	xlat.NFTA_QUOTA_BYTES:    nfBE64,
	xlat.NFTA_QUOTA_FLAGS:    nfBEFlags(xlat.NftQuotaFlags, "NFT_QUOTA_F_???", 4),
	xlat.NFTA_QUOTA_PAD:      nfHex,
	xlat.NFTA_QUOTA_CONSUMED: nfBE64,
})

var nftCtHelperAttrs = newSet(xlat.NftCtHelperAttrs, "NFTA_CT_HELPER_???", []attrDec{
	xlat.NFTA_CT_HELPER_NAME:    nlaStr,
	xlat.NFTA_CT_HELPER_L3PROTO: nfXval(xlat.NfProtos, "NFPROTO_???", 2),
	xlat.NFTA_CT_HELPER_L4PROTO: xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1, exact: true},
})

var nftLimitAttrs = newSet(xlat.NftLimitAttrs, "NFTA_LIMIT_???", []attrDec{
	xlat.NFTA_LIMIT_RATE:  nfBE64,
	xlat.NFTA_LIMIT_UNIT:  nfBE64, // (seconds)
	xlat.NFTA_LIMIT_BURST: nfBE32,
	xlat.NFTA_LIMIT_TYPE:  nfXval(xlat.NftLimitTypes, "NFT_LIMIT_???", 4),
	xlat.NFTA_LIMIT_FLAGS: nfBEFlags(xlat.NftLimitFlags, "NFT_LIMIT_F_???", 4),
	xlat.NFTA_LIMIT_PAD:   nfHex,
})

var nftConnlimitAttrs = newSet(xlat.NftConnlimitAttrs, "NFTA_CONNLIMIT_???", []attrDec{
	xlat.NFTA_CONNLIMIT_COUNT: nfBE32,
	xlat.NFTA_CONNLIMIT_FLAGS: nfBEFlags(xlat.NftConnlimitFlags, "NFT_CONNLIMIT_F_???", 4),
})

var nftSecmarkAttrs = newSet(xlat.NftSecmarkAttrs, "NFTA_SECMARK_???", []attrDec{
	xlat.NFTA_SECMARK_CTX: nlaStr,
})

var nftCtExpectAttrs = newSet(xlat.NftCtExpectAttrs, "NFTA_CT_EXPECT_???", []attrDec{
	xlat.NFTA_CT_EXPECT_L3PROTO: nfXval(xlat.NfProtos, "NFPROTO_???", 2),
	xlat.NFTA_CT_EXPECT_L4PROTO: xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1, exact: true},
	xlat.NFTA_CT_EXPECT_DPORT:   nfBE16,
	xlat.NFTA_CT_EXPECT_TIMEOUT: nfU32, // (ms, in host order)
	xlat.NFTA_CT_EXPECT_SIZE:    nfU8,
})

var nftSynproxyAttrs = newSet(xlat.NftSynproxyAttrs, "NFTA_SYNPROXY_???", []attrDec{
	xlat.NFTA_SYNPROXY_MSS:    nfBE16,
	xlat.NFTA_SYNPROXY_WSCALE: nfU8,
	xlat.NFTA_SYNPROXY_FLAGS:  nfBEFlags(xlat.NfSynproxyFlags, "NF_SYNPROXY_OPT_???", 4),
})

var nftCtTimeoutAttrs = newSet(xlat.NftCtTimeoutAttrs, "NFTA_CT_TIMEOUT_???", []attrDec{
	xlat.NFTA_CT_TIMEOUT_L3PROTO: nfXval(xlat.NfProtos, "NFPROTO_???", 2),
	xlat.NFTA_CT_TIMEOUT_L4PROTO: xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1, exact: true},
	xlat.NFTA_CT_TIMEOUT_DATA:    nestDec{cttimeoutGenericAttrs}, // replaced by protocol below
})

// nftCtTimeoutObj decodes a ct timeout object, its timeouts by the layer 4
// protocol (NFTA_CT_TIMEOUT_L4PROTO).
var nftCtTimeoutObj = funcDec(func(s *state, off, n int) bool {
	p, _ := s.nfFindU8(off, n, xlat.NFTA_CT_TIMEOUT_L4PROTO)
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
	nftCtTimeoutGeneric = withDec(nftCtTimeoutAttrs, xlat.NFTA_CT_TIMEOUT_DATA, nestDec{cttimeoutGenericAttrs})
	nftCtTimeoutByProto = map[uint64]*attrSet{}
)

func init() {
	for p, set := range cttimeoutByProto {
		nftCtTimeoutByProto[p] = withDec(nftCtTimeoutAttrs, xlat.NFTA_CT_TIMEOUT_DATA, nestDec{set})
	}
}

var nftTunnelKeyIPAttrs = newSet(xlat.NftTunnelKeyIpAttrs, "NFTA_TUNNEL_KEY_IP_???", []attrDec{
	xlat.NFTA_TUNNEL_KEY_IP_SRC: nfInAddr,
	xlat.NFTA_TUNNEL_KEY_IP_DST: nfInAddr,
})

var nftTunnelKeyIP6Attrs = newSet(xlat.NftTunnelKeyIp6Attrs, "NFTA_TUNNEL_KEY_IP6_???", []attrDec{
	xlat.NFTA_TUNNEL_KEY_IP6_SRC:       nfIn6Addr,
	xlat.NFTA_TUNNEL_KEY_IP6_DST:       nfIn6Addr,
	xlat.NFTA_TUNNEL_KEY_IP6_FLOWLABEL: nfBE32,
})

var nftTunnelKeyOptsAttrs = newSet(xlat.NftTunnelKeyOptsAttrs, "NFTA_TUNNEL_KEY_OPTS_???", []attrDec{
	xlat.NFTA_TUNNEL_KEY_OPTS_VXLAN: nestDec{newSet(xlat.NftTunnelKeyVxlanAttrs, "NFTA_TUNNEL_KEY_VXLAN_???", []attrDec{
		xlat.NFTA_TUNNEL_KEY_VXLAN_GBP: nfBE32,
	})},
	xlat.NFTA_TUNNEL_KEY_OPTS_ERSPAN: nestDec{newSet(xlat.NftTunnelKeyErspanAttrs, "NFTA_TUNNEL_KEY_ERSPAN_???", []attrDec{
		xlat.NFTA_TUNNEL_KEY_ERSPAN_VERSION:  nfBE32,
		xlat.NFTA_TUNNEL_KEY_ERSPAN_V1_INDEX: nfBE32,
		xlat.NFTA_TUNNEL_KEY_ERSPAN_V2_HWID:  nfU8,
		xlat.NFTA_TUNNEL_KEY_ERSPAN_V2_DIR:   nfU8,
	})},
	xlat.NFTA_TUNNEL_KEY_OPTS_GENEVE: nestDec{newSet(xlat.NftTunnelKeyGeneveAttrs, "NFTA_TUNNEL_KEY_GENEVE_???", []attrDec{
		xlat.NFTA_TUNNEL_KEY_GENEVE_CLASS: nfBE16,
		xlat.NFTA_TUNNEL_KEY_GENEVE_TYPE:  nfU8,
		xlat.NFTA_TUNNEL_KEY_GENEVE_DATA:  nfHex,
	})},
})

var nftTunnelKeyAttrs = newSet(xlat.NftTunnelKeyAttrs, "NFTA_TUNNEL_KEY_???", []attrDec{
	xlat.NFTA_TUNNEL_KEY_ID:    nfBE32,
	xlat.NFTA_TUNNEL_KEY_IP:    nestDec{nftTunnelKeyIPAttrs},
	xlat.NFTA_TUNNEL_KEY_IP6:   nestDec{nftTunnelKeyIP6Attrs},
	xlat.NFTA_TUNNEL_KEY_FLAGS: nfBEFlags(xlat.NftTunnelFlags, "NFT_TUNNEL_F_???", 4),
	xlat.NFTA_TUNNEL_KEY_TOS:   nfU8,
	xlat.NFTA_TUNNEL_KEY_TTL:   nfU8,
	xlat.NFTA_TUNNEL_KEY_SPORT: nfBE16,
	xlat.NFTA_TUNNEL_KEY_DPORT: nfBE16,
	xlat.NFTA_TUNNEL_KEY_OPTS:  nestDec{nftTunnelKeyOptsAttrs},
})

// --- expressions ---

// nftExpr is one expression: NFTA_EXPR_NAME and NFTA_EXPR_DATA, the data
// decoded by the name, wherever the name is among the attributes.
var nftExpr = funcDec(func(s *state, off, n int) bool {
	set := nftExprSets[string(s.nfFindStr(off, n, xlat.NFTA_EXPR_NAME))]
	if set == nil {
		set = nftExprUnknown
	}
	s.attrs(off, n, set)
	return true
})

var nftExprBase = newSet(xlat.NftExprAttrs, "NFTA_EXPR_???", []attrDec{
	xlat.NFTA_EXPR_NAME: nlaStr,
	xlat.NFTA_EXPR_DATA: nestDec{nfUnknownAttrs}, // of an expression nldump does not know
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
		nftExprSets[name] = withDec(nftExprBase, xlat.NFTA_EXPR_DATA, d)
	}
}

var nftPayloadAttrs = newSet(xlat.NftPayloadAttrs, "NFTA_PAYLOAD_???", []attrDec{
	xlat.NFTA_PAYLOAD_DREG:        nftReg,
	xlat.NFTA_PAYLOAD_BASE:        nfXval(xlat.NftPayloadBases, "NFT_PAYLOAD_???", 4),
	xlat.NFTA_PAYLOAD_OFFSET:      nfBE32,
	xlat.NFTA_PAYLOAD_LEN:         nfBE32,
	xlat.NFTA_PAYLOAD_SREG:        nftReg,
	xlat.NFTA_PAYLOAD_CSUM_TYPE:   nfXval(xlat.NftPayloadCsumTypes, "NFT_PAYLOAD_CSUM_???", 4),
	xlat.NFTA_PAYLOAD_CSUM_OFFSET: nfBE32,
	xlat.NFTA_PAYLOAD_CSUM_FLAGS:  nfBEFlags(xlat.NftPayloadCsumFlags, "NFT_PAYLOAD_???", 4),
})

var nftMetaAttrs = newSet(xlat.NftMetaAttrs, "NFTA_META_???", []attrDec{
	xlat.NFTA_META_DREG: nftReg,
	xlat.NFTA_META_KEY:  nfXval(xlat.NftMetaKeys, "NFT_META_???", 4),
	xlat.NFTA_META_SREG: nftReg,
})

var nftCmpAttrs = newSet(xlat.NftCmpAttrs, "NFTA_CMP_???", []attrDec{
	xlat.NFTA_CMP_SREG: nftReg,
	xlat.NFTA_CMP_OP:   nfXval(xlat.NftCmpOps, "NFT_CMP_???", 4),
	xlat.NFTA_CMP_DATA: nftData,
})

var nftImmediateAttrs = newSet(xlat.NftImmediateAttrs, "NFTA_IMMEDIATE_???", []attrDec{
	xlat.NFTA_IMMEDIATE_DREG: nftReg,
	xlat.NFTA_IMMEDIATE_DATA: nftData,
})

var nftLookupAttrs = newSet(xlat.NftLookupAttrs, "NFTA_LOOKUP_???", []attrDec{
	xlat.NFTA_LOOKUP_SET:    nlaStr,
	xlat.NFTA_LOOKUP_SREG:   nftReg,
	xlat.NFTA_LOOKUP_DREG:   nftReg,
	xlat.NFTA_LOOKUP_SET_ID: nfBE32,
	xlat.NFTA_LOOKUP_FLAGS:  nfBEFlags(xlat.NftLookupFlags, "NFT_LOOKUP_F_???", 4),
})

var nftBitwiseAttrs = newSet(xlat.NftBitwiseAttrs, "NFTA_BITWISE_???", []attrDec{
	xlat.NFTA_BITWISE_SREG:  nftReg,
	xlat.NFTA_BITWISE_DREG:  nftReg,
	xlat.NFTA_BITWISE_LEN:   nfBE32,
	xlat.NFTA_BITWISE_MASK:  nftData,
	xlat.NFTA_BITWISE_XOR:   nftData,
	xlat.NFTA_BITWISE_OP:    nfXval(xlat.NftBitwiseOps, "NFT_BITWISE_???", 4),
	xlat.NFTA_BITWISE_DATA:  nftData,
	xlat.NFTA_BITWISE_SREG2: nftReg,
})

var nftByteorderAttrs = newSet(xlat.NftByteorderAttrs, "NFTA_BYTEORDER_???", []attrDec{
	xlat.NFTA_BYTEORDER_SREG: nftReg,
	xlat.NFTA_BYTEORDER_DREG: nftReg,
	xlat.NFTA_BYTEORDER_OP:   nfXval(xlat.NftByteorderOps, "NFT_BYTEORDER_???", 4),
	xlat.NFTA_BYTEORDER_LEN:  nfBE32,
	xlat.NFTA_BYTEORDER_SIZE: nfBE32,
})

var nftCtAttrs = newSet(xlat.NftCtAttrs, "NFTA_CT_???", []attrDec{
	xlat.NFTA_CT_DREG:      nftReg,
	xlat.NFTA_CT_KEY:       nfXval(xlat.NftCtKeys, "NFT_CT_???", 4),
	xlat.NFTA_CT_DIRECTION: nfU8, // (IP_CT_DIR_ORIGINAL 0, IP_CT_DIR_REPLY 1)
	xlat.NFTA_CT_SREG:      nftReg,
})

var nftNatFlags = nfBEFlags(xlat.NfNatRangeFlags, "NF_NAT_RANGE_???", 4)

var nftNatAttrs = newSet(xlat.NftNatAttrs, "NFTA_NAT_???", []attrDec{
	xlat.NFTA_NAT_TYPE:          nfXval(xlat.NftNatTypes, "NFT_NAT_???", 4),
	xlat.NFTA_NAT_FAMILY:        nfXval(xlat.NfProtos, "NFPROTO_???", 4),
	xlat.NFTA_NAT_REG_ADDR_MIN:  nftReg,
	xlat.NFTA_NAT_REG_ADDR_MAX:  nftReg,
	xlat.NFTA_NAT_REG_PROTO_MIN: nftReg,
	xlat.NFTA_NAT_REG_PROTO_MAX: nftReg,
	xlat.NFTA_NAT_FLAGS:         nftNatFlags,
})

var nftMasqAttrs = newSet(xlat.NftMasqAttrs, "NFTA_MASQ_???", []attrDec{
	xlat.NFTA_MASQ_FLAGS:         nftNatFlags,
	xlat.NFTA_MASQ_REG_PROTO_MIN: nftReg,
	xlat.NFTA_MASQ_REG_PROTO_MAX: nftReg,
})

var nftRedirAttrs = newSet(xlat.NftRedirAttrs, "NFTA_REDIR_???", []attrDec{
	xlat.NFTA_REDIR_REG_PROTO_MIN: nftReg,
	xlat.NFTA_REDIR_REG_PROTO_MAX: nftReg,
	xlat.NFTA_REDIR_FLAGS:         nftNatFlags,
})

var nftLogAttrs = newSet(xlat.NftLogAttrs, "NFTA_LOG_???", []attrDec{
	xlat.NFTA_LOG_GROUP:      nfBE16,
	xlat.NFTA_LOG_PREFIX:     nlaStr,
	xlat.NFTA_LOG_SNAPLEN:    nfBE32,
	xlat.NFTA_LOG_QTHRESHOLD: nfBE16,
	xlat.NFTA_LOG_LEVEL:      nfXval(xlat.NftLogLevels, "NFT_LOGLEVEL_???", 4),
	xlat.NFTA_LOG_FLAGS:      nfBEFlags(xlat.NfLogFlags, "NF_LOG_???", 4),
})

var nftRejectAttrs = newSet(xlat.NftRejectAttrs, "NFTA_REJECT_???", []attrDec{
	xlat.NFTA_REJECT_TYPE:      nfXval(xlat.NftRejectTypes, "NFT_REJECT_???", 4),
	xlat.NFTA_REJECT_ICMP_CODE: nfU8, // an ICMP or ICMPv6 code
})

var nftRejectIcmpxAttrs = withDec(nftRejectAttrs, xlat.NFTA_REJECT_ICMP_CODE, xvalDec{tab: xlat.NftRejectIcmpxCodes, dflt: "NFT_REJECT_ICMPX_???", size: 1, exact: true})

// nftReject reads the reject expression's attributes, naming the code of
// an NFT_REJECT_ICMPX_UNREACH, which is nf_tables' own; the other types
// carry a code of ICMP or ICMPv6.
var nftReject = nfNestBy{xlat.NFTA_REJECT_TYPE, xlat.NFT_REJECT_ICMPX_UNREACH, nftRejectAttrs, nftRejectIcmpxAttrs}

var nftFibAttrs = newSet(xlat.NftFibAttrs, "NFTA_FIB_???", []attrDec{
	xlat.NFTA_FIB_DREG:   nftReg,
	xlat.NFTA_FIB_RESULT: nfXval(xlat.NftFibResults, "NFT_FIB_RESULT_???", 4),
	xlat.NFTA_FIB_FLAGS:  nfBEFlags(xlat.NftFibFlags, "NFTA_FIB_F_???", 4),
})

var nftRangeAttrs = newSet(xlat.NftRangeAttrs, "NFTA_RANGE_???", []attrDec{
	xlat.NFTA_RANGE_SREG:      nftReg,
	xlat.NFTA_RANGE_OP:        nfXval(xlat.NftRangeOps, "NFT_RANGE_???", 4),
	xlat.NFTA_RANGE_FROM_DATA: nftData,
	xlat.NFTA_RANGE_TO_DATA:   nftData,
})

var nftDynsetAttrs = newSet(xlat.NftDynsetAttrs, "NFTA_DYNSET_???", []attrDec{
	xlat.NFTA_DYNSET_SET_NAME:    nlaStr,
	xlat.NFTA_DYNSET_SET_ID:      nfBE32,
	xlat.NFTA_DYNSET_OP:          nfXval(xlat.NftDynsetOps, "NFT_DYNSET_OP_???", 4),
	xlat.NFTA_DYNSET_SREG_KEY:    nftReg,
	xlat.NFTA_DYNSET_SREG_DATA:   nftReg,
	xlat.NFTA_DYNSET_TIMEOUT:     nfBE64, // (ms)
	xlat.NFTA_DYNSET_EXPR:        nftExpr,
	xlat.NFTA_DYNSET_PAD:         nfHex,
	xlat.NFTA_DYNSET_FLAGS:       nfBEFlags(xlat.NftDynsetFlags, "NFT_DYNSET_F_???", 4),
	xlat.NFTA_DYNSET_EXPRESSIONS: nftExprList,
})

var nftQueueAttrs = newSet(xlat.NftQueueAttrs, "NFTA_QUEUE_???", []attrDec{
	xlat.NFTA_QUEUE_NUM:       nfBE16,
	xlat.NFTA_QUEUE_TOTAL:     nfBE16,
	xlat.NFTA_QUEUE_FLAGS:     nfBEFlags(xlat.NftQueueFlags, "NFT_QUEUE_FLAG_???", 2),
	xlat.NFTA_QUEUE_SREG_QNUM: nftReg,
})

var nftNgAttrs = newSet(xlat.NftNgAttrs, "NFTA_NG_???", []attrDec{
	xlat.NFTA_NG_DREG:     nftReg,
	xlat.NFTA_NG_MODULUS:  nfBE32,
	xlat.NFTA_NG_TYPE:     nfXval(xlat.NftNgTypes, "NFT_NG_???", 4),
	xlat.NFTA_NG_OFFSET:   nfBE32,
	xlat.NFTA_NG_SET_NAME: nlaStr,
	xlat.NFTA_NG_SET_ID:   nfBE32,
})

var nftHashAttrs = newSet(xlat.NftHashAttrs, "NFTA_HASH_???", []attrDec{
	xlat.NFTA_HASH_SREG:     nftReg,
	xlat.NFTA_HASH_DREG:     nftReg,
	xlat.NFTA_HASH_LEN:      nfBE32,
	xlat.NFTA_HASH_MODULUS:  nfBE32,
	xlat.NFTA_HASH_SEED:     nfBEX32,
	xlat.NFTA_HASH_OFFSET:   nfBE32,
	xlat.NFTA_HASH_TYPE:     nfXval(xlat.NftHashTypes, "NFT_HASH_???", 4),
	xlat.NFTA_HASH_SET_NAME: nlaStr,
	xlat.NFTA_HASH_SET_ID:   nfBE32,
})

var nftTproxyAttrs = newSet(xlat.NftTproxyAttrs, "NFTA_TPROXY_???", []attrDec{
	xlat.NFTA_TPROXY_FAMILY:   nfXval(xlat.NfProtos, "NFPROTO_???", 4),
	xlat.NFTA_TPROXY_REG_ADDR: nftReg,
	xlat.NFTA_TPROXY_REG_PORT: nftReg,
})

var nftSocketAttrs = newSet(xlat.NftSocketAttrs, "NFTA_SOCKET_???", []attrDec{
	xlat.NFTA_SOCKET_KEY:   nfXval(xlat.NftSocketKeys, "NFT_SOCKET_???", 4),
	xlat.NFTA_SOCKET_DREG:  nftReg,
	xlat.NFTA_SOCKET_LEVEL: nfBE32,
})

var nftOsfAttrs = newSet(xlat.NftOsfAttrs, "NFTA_OSF_???", []attrDec{
	xlat.NFTA_OSF_DREG:  nftReg,
	xlat.NFTA_OSF_TTL:   nfU8,
	xlat.NFTA_OSF_FLAGS: nfBEFlags(xlat.NftOsfFlags, "NFT_OSF_F_???", 4),
})

var nftXfrmAttrs = newSet(xlat.NftXfrmAttrs, "NFTA_XFRM_???", []attrDec{
	xlat.NFTA_XFRM_DREG:  nftReg,
	xlat.NFTA_XFRM_KEY:   nfXval(xlat.NftXfrmKeys, "NFT_XFRM_KEY_???", 4),
	xlat.NFTA_XFRM_DIR:   nfU8,
	xlat.NFTA_XFRM_SPNUM: nfBE32,
})

var nftObjrefAttrs = newSet(xlat.NftObjrefAttrs, "NFTA_OBJREF_???", []attrDec{
	xlat.NFTA_OBJREF_IMM_TYPE: nfXval(xlat.NftObjectTypes, "NFT_OBJECT_???", 4),
	xlat.NFTA_OBJREF_IMM_NAME: nlaStr,
	xlat.NFTA_OBJREF_SET_SREG: nftReg,
	xlat.NFTA_OBJREF_SET_NAME: nlaStr,
	xlat.NFTA_OBJREF_SET_ID:   nfBE32,
})

var nftLastAttrs = newSet(xlat.NftLastAttrs, "NFTA_LAST_???", []attrDec{
	xlat.NFTA_LAST_SET:   nfBE32,
	xlat.NFTA_LAST_MSECS: nfBE64,
	xlat.NFTA_LAST_PAD:   nfHex,
})

var nftInnerAttrs = newSet(xlat.NftInnerAttrs, "NFTA_INNER_???", []attrDec{
	xlat.NFTA_INNER_NUM:     nfBE32,
	xlat.NFTA_INNER_TYPE:    nfXval(xlat.NftInnerTypes, "NFT_INNER_???", 4),
	xlat.NFTA_INNER_FLAGS:   nfBEFlags(xlat.NftInnerFlags, "NFT_INNER_???", 4),
	xlat.NFTA_INNER_HDRSIZE: nfBE32,
	xlat.NFTA_INNER_EXPR:    nftExpr,
})

var nftExthdrAttrs = newSet(xlat.NftExthdrAttrs, "NFTA_EXTHDR_???", []attrDec{
	xlat.NFTA_EXTHDR_DREG:   nftReg,
	xlat.NFTA_EXTHDR_TYPE:   nfU8,
	xlat.NFTA_EXTHDR_OFFSET: nfBE32,
	xlat.NFTA_EXTHDR_LEN:    nfBE32,
	xlat.NFTA_EXTHDR_FLAGS:  nfBEFlags(xlat.NftExthdrFlags, "NFT_EXTHDR_F_???", 4),
	xlat.NFTA_EXTHDR_OP:     nfXval(xlat.NftExthdrOps, "NFT_EXTHDR_OP_???", 4),
	xlat.NFTA_EXTHDR_SREG:   nftReg,
})

var nftRtAttrs = newSet(xlat.NftRtAttrs, "NFTA_RT_???", []attrDec{
	xlat.NFTA_RT_DREG: nftReg,
	xlat.NFTA_RT_KEY:  nfXval(xlat.NftRtKeys, "NFT_RT_???", 4),
})

var nftFwdAttrs = newSet(xlat.NftFwdAttrs, "NFTA_FWD_???", []attrDec{
	xlat.NFTA_FWD_SREG_DEV:  nftReg,
	xlat.NFTA_FWD_SREG_ADDR: nftReg,
	xlat.NFTA_FWD_NFPROTO:   nfXval(xlat.NfProtos, "NFPROTO_???", 4),
})

var nftDupAttrs = newSet(xlat.NftDupAttrs, "NFTA_DUP_???", []attrDec{
	xlat.NFTA_DUP_SREG_ADDR: nftReg,
	xlat.NFTA_DUP_SREG_DEV:  nftReg,
})

var nftTunnelAttrs = newSet(xlat.NftTunnelAttrs, "NFTA_TUNNEL_???", []attrDec{
	xlat.NFTA_TUNNEL_KEY:  nfXval(xlat.NftTunnelKeys, "NFT_TUNNEL_???", 4),
	xlat.NFTA_TUNNEL_DREG: nftReg,
	xlat.NFTA_TUNNEL_MODE: nfXval(xlat.NftTunnelModes, "NFT_TUNNEL_MODE_???", 4),
})

var nftFlowAttrs = newSet(xlat.NftFlowAttrs, "NFTA_FLOW_???", []attrDec{
	xlat.NFTA_FLOW_TABLE_NAME: nlaStr,
})

// The expressions of xtables matches and targets (nft_compat): their
// info is the xtables extension's own struct.
var nftMatchAttrs = newSet(xlat.NftMatchAttrs, "NFTA_MATCH_???", []attrDec{
	xlat.NFTA_MATCH_NAME: nlaStr,
	xlat.NFTA_MATCH_REV:  nfBE32,
	xlat.NFTA_MATCH_INFO: nfHex,
})

var nftTargetAttrs = newSet(xlat.NftTargetAttrs, "NFTA_TARGET_???", []attrDec{
	xlat.NFTA_TARGET_NAME: nlaStr,
	xlat.NFTA_TARGET_REV:  nfBE32,
	xlat.NFTA_TARGET_INFO: nfHex,
})

// nftCompatAttrs are the requests of NFNL_SUBSYS_NFT_COMPAT: does the
// kernel have this xtables match or target?
var nftCompatAttrs = newSet(xlat.NftCompatAttrs, "NFTA_COMPAT_???", []attrDec{
	xlat.NFTA_COMPAT_NAME: nlaStr,
	xlat.NFTA_COMPAT_REV:  nfBE32,
	xlat.NFTA_COMPAT_TYPE: nfBE32, // 1 for a target, 0 for a match
})
