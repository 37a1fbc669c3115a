package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Connection tracking: ctnetlink (NFNL_SUBSYS_CTNETLINK), expectations
// (NFNL_SUBSYS_CTNETLINK_EXP), timeout policies (cttimeout), user space
// helpers (cthelper) and accounting objects (nfacct). Integers are
// big-endian (see nfBE).

// ctnetlink message types.
const (
	ctMsgNew          = 0
	ctMsgGet          = 1
	ctMsgDelete       = 2
	ctMsgGetCtrZero   = 3
	ctMsgGetStatsCPU  = 4
	ctMsgGetStats     = 5
	ctMsgGetDying     = 6
	ctMsgGetUnconfirm = 7

	ctExpMsgGetStatsCPU = 3
)

func ctMsgAttrs(s *state, msg uint8, off, n int) *attrSet {
	switch msg {
	case ctMsgGetCtrZero:
		// The kernel answers IPCTNL_MSG_EXP_GET_STATS_CPU with the
		// expectation statistics in a message of type
		// NFNL_SUBSYS_CTNETLINK<<8|IPCTNL_MSG_EXP_GET_STATS_CPU, which is
		// IPCTNL_MSG_CT_GET_CTRZERO: a first attribute of type 1 with four
		// bytes and no NLA_F_NESTED (CTA_STATS_EXP_NEW, where a
		// conntrack's CTA_TUPLE_ORIG would be a nest) tells them apart.
		if n >= 8 && s.u16(off) == 8 && s.u16(off+2) == 1 {
			return ctExpStatsAttrs
		}
		return ctAttrs
	case ctMsgGetStatsCPU:
		return ctStatsCPUAttrs
	case ctMsgGetStats:
		return ctStatsGlobalAttrs
	case ctMsgNew, ctMsgGet, ctMsgDelete, ctMsgGetDying, ctMsgGetUnconfirm:
		return ctAttrs
	}
	return nil
}

func ctExpMsgAttrs(msg uint8) *attrSet {
	if msg == ctExpMsgGetStatsCPU {
		return ctExpStatsAttrs
	}
	if msg < ctExpMsgGetStatsCPU {
		return ctExpAttrs
	}
	return nil
}

var ctIPAttrs = newSet(xlat.NfCtIpAttrs, "CTA_IP_???", map[uint16]attrDec{
	1: nfInAddr,  // CTA_IP_V4_SRC
	2: nfInAddr,  // CTA_IP_V4_DST
	3: nfIn6Addr, // CTA_IP_V6_SRC
	4: nfIn6Addr, // CTA_IP_V6_DST
})

var ctProtoAttrs = newSet(xlat.NfCtProtoAttrs, "CTA_PROTO_???", map[uint16]attrDec{
	1: nfXval8{xlat.InetProtocols, "IPPROTO_???"}, // CTA_PROTO_NUM
	2: nfBE16,                                     // CTA_PROTO_SRC_PORT
	3: nfBE16,                                     // CTA_PROTO_DST_PORT
	4: nfBE16,                                     // CTA_PROTO_ICMP_ID
	5: nfU8,                                       // CTA_PROTO_ICMP_TYPE
	6: nfU8,                                       // CTA_PROTO_ICMP_CODE
	7: nfBE16,                                     // CTA_PROTO_ICMPV6_ID
	8: nfU8,                                       // CTA_PROTO_ICMPV6_TYPE
	9: nfU8,                                       // CTA_PROTO_ICMPV6_CODE
})

var ctTupleAttrs = newSet(xlat.NfCtTupleAttrs, "CTA_TUPLE_???", map[uint16]attrDec{
	1: nestDec{ctIPAttrs},
	2: nestDec{ctProtoAttrs},
	3: nfBE16, // CTA_TUPLE_ZONE
})

var ctTuple = nestDec{ctTupleAttrs}

// ctTCPFlags is struct nf_ct_tcp_flags.
var ctTCPFlags = funcDec(func(s *state, off, n int) bool {
	if n != 2 {
		return false
	}
	s.openStruct("", off, 2)
	s.flagsF("flags", off, 1, xlat.NfCtTcpFlags, "IP_CT_TCP_FLAG_???")
	s.flagsF("mask", off+1, 1, xlat.NfCtTcpFlags, "IP_CT_TCP_FLAG_???")
	s.close()
	return true
})

var ctProtoinfoAttrs = newSet(xlat.NfCtProtoinfoAttrs, "CTA_PROTOINFO_???", map[uint16]attrDec{
	1: nestDec{newSet(xlat.NfCtProtoinfoTcpAttrs, "CTA_PROTOINFO_TCP_???", map[uint16]attrDec{
		1: nfXval8{xlat.NfCtTcpStates, "TCP_CONNTRACK_???"}, // CTA_PROTOINFO_TCP_STATE
		2: nfU8,                                             // CTA_PROTOINFO_TCP_WSCALE_ORIGINAL
		3: nfU8,                                             // CTA_PROTOINFO_TCP_WSCALE_REPLY
		4: ctTCPFlags,                                       // CTA_PROTOINFO_TCP_FLAGS_ORIGINAL
		5: ctTCPFlags,                                       // CTA_PROTOINFO_TCP_FLAGS_REPLY
	})},
	2: nestDec{newSet(xlat.NfCtProtoinfoDccpAttrs, "CTA_PROTOINFO_DCCP_???", map[uint16]attrDec{
		1: nfU8,   // CTA_PROTOINFO_DCCP_STATE
		2: nfU8,   // CTA_PROTOINFO_DCCP_ROLE
		3: nfBE64, // CTA_PROTOINFO_DCCP_HANDSHAKE_SEQ
		4: nfHex,  // CTA_PROTOINFO_DCCP_PAD
	})},
	3: nestDec{newSet(xlat.NfCtProtoinfoSctpAttrs, "CTA_PROTOINFO_SCTP_???", map[uint16]attrDec{
		1: nfXval8{xlat.NfCtSctpStates, "SCTP_CONNTRACK_???"}, // CTA_PROTOINFO_SCTP_STATE
		2: nfBEX32,                                            // CTA_PROTOINFO_SCTP_VTAG_ORIGINAL
		3: nfBEX32,                                            // CTA_PROTOINFO_SCTP_VTAG_REPLY
	})},
})

var ctCountersAttrs = newSet(xlat.NfCtCountersAttrs, "CTA_COUNTERS_???", map[uint16]attrDec{
	1: nfBE64, // CTA_COUNTERS_PACKETS
	2: nfBE64, // CTA_COUNTERS_BYTES
	3: nfBE32, // CTA_COUNTERS32_PACKETS
	4: nfBE32, // CTA_COUNTERS32_BYTES
	5: nfHex,  // CTA_COUNTERS_PAD
})

var ctNatAttrs = newSet(xlat.NfCtNatAttrs, "CTA_NAT_???", map[uint16]attrDec{
	1: nfInAddr, // CTA_NAT_V4_MINIP
	2: nfInAddr, // CTA_NAT_V4_MAXIP
	3: nestDec{newSet(xlat.NfCtProtonatAttrs, "CTA_PROTONAT_???", map[uint16]attrDec{
		1: nfBE16, // CTA_PROTONAT_PORT_MIN
		2: nfBE16, // CTA_PROTONAT_PORT_MAX
	})},
	4: nfIn6Addr, // CTA_NAT_V6_MINIP
	5: nfIn6Addr, // CTA_NAT_V6_MAXIP
})

var ctSeqadjAttrs = newSet(xlat.NfCtSeqadjAttrs, "CTA_SEQADJ_???", map[uint16]attrDec{
	1: nfBE32, // CTA_SEQADJ_CORRECTION_POS
	2: nfBE32, // CTA_SEQADJ_OFFSET_BEFORE
	3: nfBE32, // CTA_SEQADJ_OFFSET_AFTER
})

var ctStatus = nfBEFlags{xlat.NfCtStatus, "IPS_???", 4}

var ctAttrs = newSet(xlat.NfCtAttrs, "CTA_???", map[uint16]attrDec{
	1: ctTuple, // CTA_TUPLE_ORIG
	2: ctTuple, // CTA_TUPLE_REPLY
	3: ctStatus,
	4: nestDec{ctProtoinfoAttrs},
	5: nestDec{newSet(xlat.NfCtHelpAttrs, "CTA_HELP_???", map[uint16]attrDec{
		1: nlaStr, // CTA_HELP_NAME
		2: nfHex,  // CTA_HELP_INFO
	})},
	6:  nestDec{ctNatAttrs}, // CTA_NAT_SRC
	7:  nfBE32,              // CTA_TIMEOUT (seconds)
	8:  nfBE32,              // CTA_MARK
	9:  nestDec{ctCountersAttrs},
	10: nestDec{ctCountersAttrs},
	11: nfBE32,              // CTA_USE
	12: nfBE32,              // CTA_ID
	13: nestDec{ctNatAttrs}, // CTA_NAT_DST
	14: ctTuple,             // CTA_TUPLE_MASTER
	15: nestDec{ctSeqadjAttrs},
	16: nestDec{ctSeqadjAttrs},
	17: nfBE32, // CTA_SECMARK
	18: nfBE16, // CTA_ZONE
	19: nestDec{newSet(xlat.NfCtSecctxAttrs, "CTA_SECCTX_???", map[uint16]attrDec{
		1: nlaStr, // CTA_SECCTX_NAME
	})},
	20: nestDec{newSet(xlat.NfCtTstampAttrs, "CTA_TIMESTAMP_???", map[uint16]attrDec{
		1: nfBE64, // CTA_TIMESTAMP_START (ns)
		2: nfBE64, // CTA_TIMESTAMP_STOP (ns)
		3: nfHex,  // CTA_TIMESTAMP_PAD
	})},
	21: nfBEX32, // CTA_MARK_MASK
	22: nfHex,   // CTA_LABELS: a bitmap
	23: nfHex,   // CTA_LABELS_MASK
	24: nestDec{newSet(xlat.NfCtSynproxyAttrs, "CTA_SYNPROXY_???", map[uint16]attrDec{
		1: nfBE32, // CTA_SYNPROXY_ISN
		2: nfBE32, // CTA_SYNPROXY_ITS
		3: nfBE32, // CTA_SYNPROXY_TSOFF
	})},
	25: nestDec{newSet(xlat.NfCtFilterAttrs, "CTA_FILTER_???", map[uint16]attrDec{
		// which tuple fields a dump filters on, in host order
		1: nfX32, // CTA_FILTER_ORIG_FLAGS
		2: nfX32, // CTA_FILTER_REPLY_FLAGS
	})},
	26: ctStatus, // CTA_STATUS_MASK
	27: nfBE64,   // CTA_TIMESTAMP_EVENT (ns)
})

var ctStatsCPUAttrs = newSet(xlat.NfCtStatsCpuAttrs, "CTA_STATS_???", map[uint16]attrDec{
	1: nfBE32, 2: nfBE32, 3: nfBE32, 4: nfBE32, 5: nfBE32, 6: nfBE32, 7: nfBE32, 8: nfBE32,
	9: nfBE32, 10: nfBE32, 11: nfBE32, 12: nfBE32, 13: nfBE32, 14: nfBE32, 15: nfBE32,
})

var ctStatsGlobalAttrs = newSet(xlat.NfCtStatsGlobalAttrs, "CTA_STATS_GLOBAL_???", map[uint16]attrDec{
	1: nfBE32, // CTA_STATS_GLOBAL_ENTRIES
	2: nfBE32, // CTA_STATS_GLOBAL_MAX_ENTRIES
})

var ctExpStatsAttrs = newSet(xlat.NfCtExpectStatsAttrs, "CTA_STATS_EXP_???", map[uint16]attrDec{
	1: nfBE32, // CTA_STATS_EXP_NEW
	2: nfBE32, // CTA_STATS_EXP_CREATE
	3: nfBE32, // CTA_STATS_EXP_DELETE
})

var ctExpAttrs = newSet(xlat.NfCtExpectAttrs, "CTA_EXPECT_???", map[uint16]attrDec{
	1: ctTuple, // CTA_EXPECT_MASTER
	2: ctTuple, // CTA_EXPECT_TUPLE
	3: ctTuple, // CTA_EXPECT_MASK
	4: nfBE32,  // CTA_EXPECT_TIMEOUT (seconds)
	5: nfBE32,  // CTA_EXPECT_ID
	6: nlaStr,  // CTA_EXPECT_HELP_NAME
	7: nfBE16,  // CTA_EXPECT_ZONE
	8: nfBEFlags{xlat.NfCtExpectFlags, "NF_CT_EXPECT_???", 4},
	9: nfBE32, // CTA_EXPECT_CLASS
	10: nestDec{newSet(xlat.NfCtExpectNatAttrs, "CTA_EXPECT_NAT_???", map[uint16]attrDec{
		1: nfBE32, // CTA_EXPECT_NAT_DIR
		2: ctTuple,
	})},
	11: nlaStr, // CTA_EXPECT_FN
})

// --- cttimeout ---

// cttimeoutMsgAttrs decodes the timeouts by the layer 4 protocol of the
// policy (CTA_TIMEOUT_L4PROTO), wherever it is among the attributes.
func cttimeoutMsgAttrs(s *state, off, n int) *attrSet {
	p, _ := s.nfFindU8(off, n, 3)
	if set, ok := cttimeoutMsgByProto[p]; ok {
		return set
	}
	return cttimeoutAttrs
}

// cttimeoutMsgByProto are cttimeoutAttrs with the timeouts of each
// protocol (cttimeoutAttrs has the generic ones).
var cttimeoutMsgByProto = map[uint64]*attrSet{}

func init() {
	for p, set := range cttimeoutByProto {
		cttimeoutMsgByProto[p] = withDec(cttimeoutAttrs, 4, nestDec{set})
	}
}

var cttimeoutAttrs = newSet(xlat.NfCttimeoutAttrs, "CTA_TIMEOUT_???", map[uint16]attrDec{
	1: nlaStr, // CTA_TIMEOUT_NAME
	2: nfBEXval{xlat.NfProtos, "NFPROTO_???", 2},
	3: nfXval8{xlat.InetProtocols, "IPPROTO_???"},
	4: nestDec{cttimeoutGenericAttrs},
	5: nfBE32, // CTA_TIMEOUT_USE
})

// cttimeoutProto builds the timeouts of one protocol: every one a
// big-endian number of seconds.
func cttimeoutProto(tab *xlat.Table, dflt string) *attrSet {
	decs := map[uint16]attrDec{}
	for _, e := range tab.Entries {
		if e.Val != 0 {
			decs[uint16(e.Val)] = nfBE32
		}
	}
	return newSet(tab, dflt, decs)
}

var (
	cttimeoutGenericAttrs = cttimeoutProto(xlat.NfCttimeoutGenericAttrs, "CTA_TIMEOUT_GENERIC_???")
	cttimeoutByProto      = map[uint64]*attrSet{
		6:   cttimeoutProto(xlat.NfCttimeoutTcpAttrs, "CTA_TIMEOUT_TCP_???"),
		17:  cttimeoutProto(xlat.NfCttimeoutUdpAttrs, "CTA_TIMEOUT_UDP_???"),
		136: cttimeoutProto(xlat.NfCttimeoutUdpliteAttrs, "CTA_TIMEOUT_UDPLITE_???"),
		1:   cttimeoutProto(xlat.NfCttimeoutIcmpAttrs, "CTA_TIMEOUT_ICMP_???"),
		33:  cttimeoutProto(xlat.NfCttimeoutDccpAttrs, "CTA_TIMEOUT_DCCP_???"),
		132: cttimeoutProto(xlat.NfCttimeoutSctpAttrs, "CTA_TIMEOUT_SCTP_???"),
		58:  cttimeoutProto(xlat.NfCttimeoutIcmpv6Attrs, "CTA_TIMEOUT_ICMPV6_???"),
		47:  cttimeoutProto(xlat.NfCttimeoutGreAttrs, "CTA_TIMEOUT_GRE_???"),
	}
)

// --- cthelper ---

var cthelperPolicyAttrs = newSet(xlat.NfCthelperPolicyAttrs, "NFCTH_POLICY_???", map[uint16]attrDec{
	1: nlaStr, // NFCTH_POLICY_NAME
	2: nfBE32, // NFCTH_POLICY_EXPECT_MAX
	3: nfBE32, // NFCTH_POLICY_EXPECT_TIMEOUT
})

var cthelperAttrs = newSet(xlat.NfCthelperAttrs, "NFCTH_???", map[uint16]attrDec{
	1: nlaStr, // NFCTH_NAME
	2: nestDec{newSet(xlat.NfCthelperTupleAttrs, "NFCTH_TUPLE_???", map[uint16]attrDec{
		1: nfBEXval{xlat.NfProtos, "NFPROTO_???", 2},
		2: nfXval8{xlat.InetProtocols, "IPPROTO_???"},
	})},
	3: nfBE32, // NFCTH_QUEUE_NUM
	4: nestDec{newSet(xlat.NfCthelperPolicySetAttrs, "NFCTH_POLICY_SET_???", map[uint16]attrDec{
		1: nfBE32, // NFCTH_POLICY_SET_NUM
		2: nestDec{cthelperPolicyAttrs},
		3: nestDec{cthelperPolicyAttrs},
		4: nestDec{cthelperPolicyAttrs},
		5: nestDec{cthelperPolicyAttrs},
	})},
	5: nfBE32, // NFCTH_PRIV_DATA_LEN
	6: nfBEXval{xlat.NfCthelperStatus, "NFCT_HELPER_STATUS_???", 4},
})

// --- nfacct ---

var acctAttrs = newSet(xlat.NfAcctAttrs, "NFACCT_???", map[uint16]attrDec{
	1: nlaStr, // NFACCT_NAME
	2: nfBE64, // NFACCT_PKTS
	3: nfBE64, // NFACCT_BYTES
	4: nfBE32, // NFACCT_USE
	5: nfBEFlags{xlat.NfAcctFlags, "NFACCT_F_???", 4},
	6: nfBE64, // NFACCT_QUOTA
	7: nestDec{newSet(xlat.NfAcctFilterAttrs, "NFACCT_FILTER_???", map[uint16]attrDec{
		1: nfBEFlags{xlat.NfAcctFlags, "NFACCT_F_???", 4}, // NFACCT_FILTER_MASK
		2: nfBEFlags{xlat.NfAcctFlags, "NFACCT_F_???", 4}, // NFACCT_FILTER_VALUE
	})},
	8: nfHex, // NFACCT_PAD
})
