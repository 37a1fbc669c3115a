package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Connection tracking: ctnetlink (NFNL_SUBSYS_CTNETLINK), expectations
// (NFNL_SUBSYS_CTNETLINK_EXP), timeout policies (cttimeout), user space
// helpers (cthelper) and accounting objects (nfacct). Integers are
// big-endian (see nfBE).

func ctMsgAttrs(s *state, msg uint8, off, n int) *attrSet {
	switch msg {
	case xlat.IPCTNL_MSG_CT_GET_CTRZERO:
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
	case xlat.IPCTNL_MSG_CT_GET_STATS_CPU:
		return ctStatsCPUAttrs
	case xlat.IPCTNL_MSG_CT_GET_STATS:
		return ctStatsGlobalAttrs
	case xlat.IPCTNL_MSG_CT_NEW, xlat.IPCTNL_MSG_CT_GET, xlat.IPCTNL_MSG_CT_DELETE, xlat.IPCTNL_MSG_CT_GET_DYING, xlat.IPCTNL_MSG_CT_GET_UNCONFIRMED:
		return ctAttrs
	}
	return nil
}

func ctExpMsgAttrs(msg uint8) *attrSet {
	if msg == xlat.IPCTNL_MSG_EXP_GET_STATS_CPU {
		return ctExpStatsAttrs
	}
	if msg < xlat.IPCTNL_MSG_EXP_GET_STATS_CPU {
		return ctExpAttrs
	}
	return nil
}

var ctIPAttrs = newSet(xlat.NfCtIpAttrs, "CTA_IP_???", []attrDec{
	xlat.CTA_IP_V4_SRC: nfInAddr,
	xlat.CTA_IP_V4_DST: nfInAddr,
	xlat.CTA_IP_V6_SRC: nfIn6Addr,
	xlat.CTA_IP_V6_DST: nfIn6Addr,
})

var ctProtoAttrs = newSet(xlat.NfCtProtoAttrs, "CTA_PROTO_???", []attrDec{
	xlat.CTA_PROTO_NUM:         xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1, exact: true},
	xlat.CTA_PROTO_SRC_PORT:    nfBE16,
	xlat.CTA_PROTO_DST_PORT:    nfBE16,
	xlat.CTA_PROTO_ICMP_ID:     nfBE16,
	xlat.CTA_PROTO_ICMP_TYPE:   nfU8,
	xlat.CTA_PROTO_ICMP_CODE:   nfU8,
	xlat.CTA_PROTO_ICMPV6_ID:   nfBE16,
	xlat.CTA_PROTO_ICMPV6_TYPE: nfU8,
	xlat.CTA_PROTO_ICMPV6_CODE: nfU8,
})

var ctTupleAttrs = newSet(xlat.NfCtTupleAttrs, "CTA_TUPLE_???", []attrDec{
	xlat.CTA_TUPLE_IP:    nestDec{ctIPAttrs},
	xlat.CTA_TUPLE_PROTO: nestDec{ctProtoAttrs},
	xlat.CTA_TUPLE_ZONE:  nfBE16,
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

var ctProtoinfoAttrs = newSet(xlat.NfCtProtoinfoAttrs, "CTA_PROTOINFO_???", []attrDec{
	xlat.CTA_PROTOINFO_TCP: nestDec{newSet(xlat.NfCtProtoinfoTcpAttrs, "CTA_PROTOINFO_TCP_???", []attrDec{
		xlat.CTA_PROTOINFO_TCP_STATE:           xvalDec{tab: xlat.NfCtTcpStates, dflt: "TCP_CONNTRACK_???", size: 1, exact: true},
		xlat.CTA_PROTOINFO_TCP_WSCALE_ORIGINAL: nfU8,
		xlat.CTA_PROTOINFO_TCP_WSCALE_REPLY:    nfU8,
		xlat.CTA_PROTOINFO_TCP_FLAGS_ORIGINAL:  ctTCPFlags,
		xlat.CTA_PROTOINFO_TCP_FLAGS_REPLY:     ctTCPFlags,
	})},
	xlat.CTA_PROTOINFO_DCCP: nestDec{newSet(xlat.NfCtProtoinfoDccpAttrs, "CTA_PROTOINFO_DCCP_???", []attrDec{
		xlat.CTA_PROTOINFO_DCCP_STATE:         nfU8,
		xlat.CTA_PROTOINFO_DCCP_ROLE:          nfU8,
		xlat.CTA_PROTOINFO_DCCP_HANDSHAKE_SEQ: nfBE64,
		xlat.CTA_PROTOINFO_DCCP_PAD:           nfHex,
	})},
	xlat.CTA_PROTOINFO_SCTP: nestDec{newSet(xlat.NfCtProtoinfoSctpAttrs, "CTA_PROTOINFO_SCTP_???", []attrDec{
		xlat.CTA_PROTOINFO_SCTP_STATE:         xvalDec{tab: xlat.NfCtSctpStates, dflt: "SCTP_CONNTRACK_???", size: 1, exact: true},
		xlat.CTA_PROTOINFO_SCTP_VTAG_ORIGINAL: nfBEX32,
		xlat.CTA_PROTOINFO_SCTP_VTAG_REPLY:    nfBEX32,
	})},
})

var ctCountersAttrs = newSet(xlat.NfCtCountersAttrs, "CTA_COUNTERS_???", []attrDec{
	xlat.CTA_COUNTERS_PACKETS:   nfBE64,
	xlat.CTA_COUNTERS_BYTES:     nfBE64,
	xlat.CTA_COUNTERS32_PACKETS: nfBE32,
	xlat.CTA_COUNTERS32_BYTES:   nfBE32,
	xlat.CTA_COUNTERS_PAD:       nfHex,
})

var ctNatAttrs = newSet(xlat.NfCtNatAttrs, "CTA_NAT_???", []attrDec{
	xlat.CTA_NAT_V4_MINIP: nfInAddr,
	xlat.CTA_NAT_V4_MAXIP: nfInAddr,
	xlat.CTA_NAT_PROTO: nestDec{newSet(xlat.NfCtProtonatAttrs, "CTA_PROTONAT_???", []attrDec{
		xlat.CTA_PROTONAT_PORT_MIN: nfBE16,
		xlat.CTA_PROTONAT_PORT_MAX: nfBE16,
	})},
	xlat.CTA_NAT_V6_MINIP: nfIn6Addr,
	xlat.CTA_NAT_V6_MAXIP: nfIn6Addr,
})

var ctSeqadjAttrs = newSet(xlat.NfCtSeqadjAttrs, "CTA_SEQADJ_???", []attrDec{
	xlat.CTA_SEQADJ_CORRECTION_POS: nfBE32,
	xlat.CTA_SEQADJ_OFFSET_BEFORE:  nfBE32,
	xlat.CTA_SEQADJ_OFFSET_AFTER:   nfBE32,
})

var ctStatus = nfBEFlags(xlat.NfCtStatus, "IPS_???", 4)

var ctAttrs = newSet(xlat.NfCtAttrs, "CTA_???", []attrDec{
	xlat.CTA_TUPLE_ORIG:  ctTuple,
	xlat.CTA_TUPLE_REPLY: ctTuple,
	xlat.CTA_STATUS:      ctStatus,
	xlat.CTA_PROTOINFO:   nestDec{ctProtoinfoAttrs},
	xlat.CTA_HELP: nestDec{newSet(xlat.NfCtHelpAttrs, "CTA_HELP_???", []attrDec{
		xlat.CTA_HELP_NAME: nlaStr,
		xlat.CTA_HELP_INFO: nfHex,
	})},
	xlat.CTA_NAT_SRC:        nestDec{ctNatAttrs},
	xlat.CTA_TIMEOUT:        nfBE32, // (seconds)
	xlat.CTA_MARK:           nfBE32,
	xlat.CTA_COUNTERS_ORIG:  nestDec{ctCountersAttrs},
	xlat.CTA_COUNTERS_REPLY: nestDec{ctCountersAttrs},
	xlat.CTA_USE:            nfBE32,
	xlat.CTA_ID:             nfBE32,
	xlat.CTA_NAT_DST:        nestDec{ctNatAttrs},
	xlat.CTA_TUPLE_MASTER:   ctTuple,
	xlat.CTA_SEQ_ADJ_ORIG:   nestDec{ctSeqadjAttrs},
	xlat.CTA_SEQ_ADJ_REPLY:  nestDec{ctSeqadjAttrs},
	xlat.CTA_SECMARK:        nfBE32,
	xlat.CTA_ZONE:           nfBE16,
	xlat.CTA_SECCTX: nestDec{newSet(xlat.NfCtSecctxAttrs, "CTA_SECCTX_???", []attrDec{
		xlat.CTA_SECCTX_NAME: nlaStr,
	})},
	xlat.CTA_TIMESTAMP: nestDec{newSet(xlat.NfCtTstampAttrs, "CTA_TIMESTAMP_???", []attrDec{
		xlat.CTA_TIMESTAMP_START: nfBE64, // (ns)
		xlat.CTA_TIMESTAMP_STOP:  nfBE64, // (ns)
		xlat.CTA_TIMESTAMP_PAD:   nfHex,
	})},
	xlat.CTA_MARK_MASK:   nfBEX32,
	xlat.CTA_LABELS:      nfHex, // a bitmap
	xlat.CTA_LABELS_MASK: nfHex,
	xlat.CTA_SYNPROXY: nestDec{newSet(xlat.NfCtSynproxyAttrs, "CTA_SYNPROXY_???", []attrDec{
		xlat.CTA_SYNPROXY_ISN:   nfBE32,
		xlat.CTA_SYNPROXY_ITS:   nfBE32,
		xlat.CTA_SYNPROXY_TSOFF: nfBE32,
	})},
	xlat.CTA_FILTER: nestDec{newSet(xlat.NfCtFilterAttrs, "CTA_FILTER_???", []attrDec{
		// which tuple fields a dump filters on, in host order
		xlat.CTA_FILTER_ORIG_FLAGS:  nfX32,
		xlat.CTA_FILTER_REPLY_FLAGS: nfX32,
	})},
	xlat.CTA_STATUS_MASK:     ctStatus,
	xlat.CTA_TIMESTAMP_EVENT: nfBE64, // (ns)
})

var ctStatsCPUAttrs = newSet(xlat.NfCtStatsCpuAttrs, "CTA_STATS_???", []attrDec{
	xlat.CTA_STATS_SEARCHED: nfBE32, xlat.CTA_STATS_FOUND: nfBE32, xlat.CTA_STATS_NEW: nfBE32, xlat.CTA_STATS_INVALID: nfBE32, xlat.CTA_STATS_IGNORE: nfBE32, xlat.CTA_STATS_DELETE: nfBE32, xlat.CTA_STATS_DELETE_LIST: nfBE32, xlat.CTA_STATS_INSERT: nfBE32,
	xlat.CTA_STATS_INSERT_FAILED: nfBE32, xlat.CTA_STATS_DROP: nfBE32, xlat.CTA_STATS_EARLY_DROP: nfBE32, xlat.CTA_STATS_ERROR: nfBE32, xlat.CTA_STATS_SEARCH_RESTART: nfBE32, xlat.CTA_STATS_CLASH_RESOLVE: nfBE32, xlat.CTA_STATS_CHAIN_TOOLONG: nfBE32,
})

var ctStatsGlobalAttrs = newSet(xlat.NfCtStatsGlobalAttrs, "CTA_STATS_GLOBAL_???", []attrDec{
	xlat.CTA_STATS_GLOBAL_ENTRIES:     nfBE32,
	xlat.CTA_STATS_GLOBAL_MAX_ENTRIES: nfBE32,
})

var ctExpStatsAttrs = newSet(xlat.NfCtExpectStatsAttrs, "CTA_STATS_EXP_???", []attrDec{
	xlat.CTA_STATS_EXP_NEW:    nfBE32,
	xlat.CTA_STATS_EXP_CREATE: nfBE32,
	xlat.CTA_STATS_EXP_DELETE: nfBE32,
})

var ctExpAttrs = newSet(xlat.NfCtExpectAttrs, "CTA_EXPECT_???", []attrDec{
	xlat.CTA_EXPECT_MASTER:    ctTuple,
	xlat.CTA_EXPECT_TUPLE:     ctTuple,
	xlat.CTA_EXPECT_MASK:      ctTuple,
	xlat.CTA_EXPECT_TIMEOUT:   nfBE32, // (seconds)
	xlat.CTA_EXPECT_ID:        nfBE32,
	xlat.CTA_EXPECT_HELP_NAME: nlaStr,
	xlat.CTA_EXPECT_ZONE:      nfBE16,
	xlat.CTA_EXPECT_FLAGS:     nfBEFlags(xlat.NfCtExpectFlags, "NF_CT_EXPECT_???", 4),
	xlat.CTA_EXPECT_CLASS:     nfBE32,
	xlat.CTA_EXPECT_NAT: nestDec{newSet(xlat.NfCtExpectNatAttrs, "CTA_EXPECT_NAT_???", []attrDec{
		xlat.CTA_EXPECT_NAT_DIR:   nfBE32,
		xlat.CTA_EXPECT_NAT_TUPLE: ctTuple,
	})},
	xlat.CTA_EXPECT_FN: nlaStr,
})

// --- cttimeout ---

// cttimeoutMsgAttrs decodes the timeouts by the layer 4 protocol of the
// policy (CTA_TIMEOUT_L4PROTO), wherever it is among the attributes.
func cttimeoutMsgAttrs(s *state, off, n int) *attrSet {
	p, _ := s.nfFindU8(off, n, xlat.CTA_TIMEOUT_L4PROTO)
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
		cttimeoutMsgByProto[p] = withDec(cttimeoutAttrs, xlat.CTA_TIMEOUT_DATA, nestDec{set})
	}
}

var cttimeoutAttrs = newSet(xlat.NfCttimeoutAttrs, "CTA_TIMEOUT_???", []attrDec{
	xlat.CTA_TIMEOUT_NAME:    nlaStr,
	xlat.CTA_TIMEOUT_L3PROTO: nfXval(xlat.NfProtos, "NFPROTO_???", 2),
	xlat.CTA_TIMEOUT_L4PROTO: xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1, exact: true},
	xlat.CTA_TIMEOUT_DATA:    nestDec{cttimeoutGenericAttrs},
	xlat.CTA_TIMEOUT_USE:     nfBE32,
})

// cttimeoutProto builds the timeouts of one protocol: every one a
// big-endian number of seconds.
func cttimeoutProto(tab *xlat.Table, dflt string) *attrSet {
	var decs []attrDec
	for _, e := range tab.Entries {
		if e.Val != 0 {
			decs = setDec(decs, uint16(e.Val), nfBE32)
		}
	}
	return newSet(tab, dflt, decs)
}

var (
	cttimeoutGenericAttrs = cttimeoutProto(xlat.NfCttimeoutGenericAttrs, "CTA_TIMEOUT_GENERIC_???")
	cttimeoutByProto      = map[uint64]*attrSet{
		xlat.IPPROTO_TCP:     cttimeoutProto(xlat.NfCttimeoutTcpAttrs, "CTA_TIMEOUT_TCP_???"),
		xlat.IPPROTO_UDP:     cttimeoutProto(xlat.NfCttimeoutUdpAttrs, "CTA_TIMEOUT_UDP_???"),
		xlat.IPPROTO_UDPLITE: cttimeoutProto(xlat.NfCttimeoutUdpliteAttrs, "CTA_TIMEOUT_UDPLITE_???"),
		xlat.IPPROTO_ICMP:    cttimeoutProto(xlat.NfCttimeoutIcmpAttrs, "CTA_TIMEOUT_ICMP_???"),
		xlat.IPPROTO_DCCP:    cttimeoutProto(xlat.NfCttimeoutDccpAttrs, "CTA_TIMEOUT_DCCP_???"),
		xlat.IPPROTO_SCTP:    cttimeoutProto(xlat.NfCttimeoutSctpAttrs, "CTA_TIMEOUT_SCTP_???"),
		xlat.IPPROTO_ICMPV6:  cttimeoutProto(xlat.NfCttimeoutIcmpv6Attrs, "CTA_TIMEOUT_ICMPV6_???"),
		xlat.IPPROTO_GRE:     cttimeoutProto(xlat.NfCttimeoutGreAttrs, "CTA_TIMEOUT_GRE_???"),
	}
)

// --- cthelper ---

var cthelperPolicyAttrs = newSet(xlat.NfCthelperPolicyAttrs, "NFCTH_POLICY_???", []attrDec{
	xlat.NFCTH_POLICY_NAME:           nlaStr,
	xlat.NFCTH_POLICY_EXPECT_MAX:     nfBE32,
	xlat.NFCTH_POLICY_EXPECT_TIMEOUT: nfBE32,
})

var cthelperAttrs = newSet(xlat.NfCthelperAttrs, "NFCTH_???", []attrDec{
	xlat.NFCTH_NAME: nlaStr,
	xlat.NFCTH_TUPLE: nestDec{newSet(xlat.NfCthelperTupleAttrs, "NFCTH_TUPLE_???", []attrDec{
		xlat.NFCTH_TUPLE_L3PROTONUM: nfXval(xlat.NfProtos, "NFPROTO_???", 2),
		xlat.NFCTH_TUPLE_L4PROTONUM: xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1, exact: true},
	})},
	xlat.NFCTH_QUEUE_NUM: nfBE32,
	xlat.NFCTH_POLICY: nestDec{newSet(xlat.NfCthelperPolicySetAttrs, "NFCTH_POLICY_SET_???", []attrDec{
		xlat.NFCTH_POLICY_SET_NUM: nfBE32,
		xlat.NFCTH_POLICY_SET:     nestDec{cthelperPolicyAttrs},
		xlat.NFCTH_POLICY_SET2:    nestDec{cthelperPolicyAttrs},
		xlat.NFCTH_POLICY_SET3:    nestDec{cthelperPolicyAttrs},
		xlat.NFCTH_POLICY_SET4:    nestDec{cthelperPolicyAttrs},
	})},
	xlat.NFCTH_PRIV_DATA_LEN: nfBE32,
	xlat.NFCTH_STATUS:        nfXval(xlat.NfCthelperStatus, "NFCT_HELPER_STATUS_???", 4),
})

// --- nfacct ---

var acctAttrs = newSet(xlat.NfAcctAttrs, "NFACCT_???", []attrDec{
	xlat.NFACCT_NAME:  nlaStr,
	xlat.NFACCT_PKTS:  nfBE64,
	xlat.NFACCT_BYTES: nfBE64,
	xlat.NFACCT_USE:   nfBE32,
	xlat.NFACCT_FLAGS: nfBEFlags(xlat.NfAcctFlags, "NFACCT_F_???", 4),
	xlat.NFACCT_QUOTA: nfBE64,
	xlat.NFACCT_FILTER: nestDec{newSet(xlat.NfAcctFilterAttrs, "NFACCT_FILTER_???", []attrDec{
		xlat.NFACCT_FILTER_MASK:  nfBEFlags(xlat.NfAcctFlags, "NFACCT_F_???", 4),
		xlat.NFACCT_FILTER_VALUE: nfBEFlags(xlat.NfAcctFlags, "NFACCT_F_???", 4),
	})},
	xlat.NFACCT_PAD: nfHex,
})
