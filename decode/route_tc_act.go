package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Actions: the lists of TCA_ACT_* nests in filters (TCA_<KIND>_ACT) and in
// RTM_*ACTION (TCA_ROOT_TAB), and TCA_ACT_OPTIONS by action kind
// (linux/pkt_cls.h, linux/tc_act/*.h).

// tcActList is a list of actions: each attribute's type is the action's
// order (from 1), its payload the action's TCA_ACT_* attributes.
var tcActList = &attrSet{byType: func(s *state, typ uint16) attrDec { return funcDec(tcAction) }}

// tcAction decodes one action with the options of its kind.
func tcAction(s *state, off, n int) bool {
	saved := s.ctx.kind
	s.ctx.kind = s.tcKindOf(off, n, tcaKind)
	s.attrs(off, n, tcActAttrs)
	s.ctx.kind = saved
	return true
}

var tcActStatic = newSet(xlat.RtnlTcActionAttrs, "TCA_ACT_???", map[uint16]attrDec{
	1:  nlaStr,                                                        // TCA_ACT_KIND
	3:  nlaU32,                                                        // TCA_ACT_INDEX
	4:  nestDec{tcaStatsStatic},                                       // TCA_ACT_STATS
	7:  bitfield32Dec{xlat.RtnlTcaActFlags, "TCA_ACT_FLAGS_???"},      // TCA_ACT_FLAGS
	8:  bitfield32Dec{xlat.RtnlTcaActHwStats, "TCA_ACT_HW_STATS_???"}, // TCA_ACT_HW_STATS
	9:  bitfield32Dec{xlat.RtnlTcaActHwStats, "TCA_ACT_HW_STATS_???"}, // TCA_ACT_USED_HW_STATS
	10: nlaU32,                                                        // TCA_ACT_IN_HW_COUNT
})

var tcActAttrs = &attrSet{names: xlat.RtnlTcActionAttrs, dflt: "TCA_ACT_???", byType: func(s *state, typ uint16) attrDec {
	if typ == tcaOptions {
		if s.ctx.kind == "" {
			return nil
		}
		return tcActionKinds[s.ctx.kind]
	}
	return tcActStatic.lookup(typ)
}}

var tcActionKinds = map[string]attrDec{
	"police":     nestDec{tcaPoliceAttrs},
	"gact":       nestDec{tcaGactAttrs},
	"mirred":     nestDec{tcaMirredAttrs},
	"vlan":       nestDec{tcaVlanAttrs},
	"skbedit":    nestDec{tcaSkbeditAttrs},
	"tunnel_key": nestDec{tcaTunnelKeyAttrs},
	"csum":       nestDec{tcaCsumAttrs},
	"nat":        nestDec{tcaNatAttrs},
	"pedit":      nestDec{tcaPeditAttrs},
	"connmark":   nestDec{tcaConnmarkAttrs},
	"ct":         nestDec{tcaCtAttrs},
	"sample":     nestDec{tcaSampleAttrs},
	"bpf":        nestDec{tcaActBpfAttrs},
	"simple":     nestDec{tcaDefAttrs},
	"skbmod":     nestDec{tcaSkbmodAttrs},
	"mpls":       nestDec{tcaMplsAttrs},
	"ctinfo":     nestDec{tcaCtinfoAttrs},
	"gate":       nestDec{tcaGateAttrs},
	"ife":        nestDec{tcaIfeAttrs},
}

// tcVerdict prints an action's result: TC_ACT_* by name, or an extended
// opcode with its value (TC_ACT_GOTO_CHAIN|0x5, TC_ACT_JUMP|0x2).
func tcVerdict(s *state, name string, off int) {
	v := s.u32(off)
	switch v &^ (1<<28 - 1) {
	case 1 << 28, 2 << 28:
		s.flagsV(name, v, off, 4, xlat.TcActExtOpcodes, "TC_ACT_???")
	default:
		s.xvalV(name, v, off, 4, xlat.TcActVerdicts, "TC_ACT_???", numD)
	}
}

var nlaVerdict = funcDec(func(s *state, off, n int) bool {
	if n < 4 {
		return false
	}
	tcVerdict(s, "", off)
	return true
})

// tcGen is the head every action's parameters start with.
var tcGen = []member{
	m(fU("index", 0, 4)),
	m(fU("capab", 4, 4)),
	mFn("action", 8, 4, tcVerdict),
	m(fD("refcnt", 12, 4)),
	m(fD("bindcnt", 16, 4)),
}

const tcGenSize = 20

var tcGenOnly = genLay(tcGenSize)

// genLay is a layout that starts with tc_gen.
func genLay(size int, ms ...member) *layout {
	return lay(size, append(append([]member{}, tcGen...), ms...)...)
}

func fInet(name string, off int) field {
	return field{name: name, off: uint16(off), size: 4, fmt: FmtInet, nf: afInet}
}

// --- police ---

var tcPolice = lay(56,
	m(fU("index", 0, 4)),
	mFn("action", 4, 4, tcVerdict),
	m(fU("limit", 8, 4)),
	m(fU("burst", 12, 4)),
	m(fU("mtu", 16, 4)),
	mSub("rate", 20, tcRatespec),
	mSub("peakrate", 32, tcRatespec),
	m(fD("refcnt", 44, 4)),
	m(fD("bindcnt", 48, 4)),
	m(fU("capab", 52, 4)),
)

var tcaPoliceAttrs = newSet(xlat.TcaPoliceAttrs, "TCA_POLICE_???", map[uint16]attrDec{
	1:  layoutDec{tcPolice}, // TCA_POLICE_TBF
	2:  rateTable,           // TCA_POLICE_RATE
	3:  rateTable,           // TCA_POLICE_PEAKRATE
	4:  nlaU32,              // TCA_POLICE_AVRATE
	5:  nlaVerdict,          // TCA_POLICE_RESULT
	6:  nlaTcfT,             // TCA_POLICE_TM
	8:  nlaU64,              // TCA_POLICE_RATE64
	9:  nlaU64,              // TCA_POLICE_PEAKRATE64
	10: nlaU64,              // TCA_POLICE_PKTRATE64
	11: nlaU64,              // TCA_POLICE_PKTBURST64
})

// --- gact ---

var tcGact = genLay(tcGenSize)

var tcGactP = lay(8,
	m(fXval("ptype", 0, 2, xlat.TcGactPtypes, "PGACT_???")),
	m(fU("pval", 2, 2)),
	mFn("paction", 4, 4, tcVerdict),
)

var tcaGactAttrs = newSet(xlat.TcaGactAttrs, "TCA_GACT_???", map[uint16]attrDec{
	1: nlaTcfT,            // TCA_GACT_TM
	2: layoutDec{tcGact},  // TCA_GACT_PARMS
	3: layoutDec{tcGactP}, // TCA_GACT_PROB
})

// --- mirred ---

var tcMirred = genLay(28,
	m(fXval("eaction", 20, 4, xlat.TcMirredEactions, "TCA_???")),
	m(fIfindex("ifindex", 24)),
)

var tcaMirredAttrs = newSet(xlat.TcaMirredAttrs, "TCA_MIRRED_???", map[uint16]attrDec{
	1: nlaTcfT,             // TCA_MIRRED_TM
	2: layoutDec{tcMirred}, // TCA_MIRRED_PARMS
	4: nlaU32,              // TCA_MIRRED_BLOCKID
})

// --- vlan ---

var tcVlan = genLay(24,
	m(fXval("v_action", 20, 4, xlat.TcVlanActions, "TCA_VLAN_ACT_???")),
)

var tcaVlanAttrs = newSet(xlat.TcaVlanAttrs, "TCA_VLAN_???", map[uint16]attrDec{
	1: nlaTcfT,           // TCA_VLAN_TM
	2: layoutDec{tcVlan}, // TCA_VLAN_PARMS
	3: nlaU16,            // TCA_VLAN_PUSH_VLAN_ID
	4: nlaEtherProto,     // TCA_VLAN_PUSH_VLAN_PROTOCOL
	6: nlaU8,             // TCA_VLAN_PUSH_VLAN_PRIORITY
	7: nlaHwaddr,         // TCA_VLAN_PUSH_ETH_DST
	8: nlaHwaddr,         // TCA_VLAN_PUSH_ETH_SRC
})

// --- skbedit ---

var tcSkbedit = genLay(tcGenSize)

var tcaSkbeditAttrs = newSet(xlat.TcaSkbeditAttrs, "TCA_SKBEDIT_???", map[uint16]attrDec{
	1:  nlaTcfT,                                                       // TCA_SKBEDIT_TM
	2:  layoutDec{tcSkbedit},                                          // TCA_SKBEDIT_PARMS
	3:  nlaHandle,                                                     // TCA_SKBEDIT_PRIORITY
	4:  nlaU16,                                                        // TCA_SKBEDIT_QUEUE_MAPPING
	5:  nlaX32,                                                        // TCA_SKBEDIT_MARK
	7:  xvalDec{tab: xlat.TcPacketTypes, dflt: "PACKET_???", size: 2}, // TCA_SKBEDIT_PTYPE
	8:  nlaX32,                                                        // TCA_SKBEDIT_MASK
	9:  flagsDec{xlat.TcSkbeditFlags, "SKBEDIT_F_???", 8},             // TCA_SKBEDIT_FLAGS
	10: nlaU16,                                                        // TCA_SKBEDIT_QUEUE_MAPPING_MAX
})

// --- tunnel_key ---

var tcTunnelKey = genLay(24,
	m(fXval("t_action", 20, 4, xlat.TcTunnelKeyActions, "TCA_TUNNEL_KEY_ACT_???")),
)

var tcaTunnelKeyEncOptGeneveAttrs = newSet(xlat.TcaTunnelKeyEncOptGeneveAttrs, "TCA_TUNNEL_KEY_ENC_OPT_GENEVE_???", map[uint16]attrDec{
	1: nlaBEHex16, // TCA_TUNNEL_KEY_ENC_OPT_GENEVE_CLASS
	2: nlaX8,      // TCA_TUNNEL_KEY_ENC_OPT_GENEVE_TYPE
})

var tcaTunnelKeyEncOptVxlanAttrs = newSet(xlat.TcaTunnelKeyEncOptVxlanAttrs, "TCA_TUNNEL_KEY_ENC_OPT_VXLAN_???", map[uint16]attrDec{
	1: nlaX32, // TCA_TUNNEL_KEY_ENC_OPT_VXLAN_GBP
})

var tcaTunnelKeyEncOptErspanAttrs = newSet(xlat.TcaTunnelKeyEncOptErspanAttrs, "TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_???", map[uint16]attrDec{
	1: nlaU8,   // TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_VER
	2: nlaBE32, // TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_INDEX
	3: nlaU8,   // TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_DIR
	4: nlaU8,   // TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_HWID
})

var tcaTunnelKeyEncOptsAttrs = newSet(xlat.TcaTunnelKeyEncOptsAttrs, "TCA_TUNNEL_KEY_ENC_OPTS_???", map[uint16]attrDec{
	1: nestDec{tcaTunnelKeyEncOptGeneveAttrs}, // TCA_TUNNEL_KEY_ENC_OPTS_GENEVE
	2: nestDec{tcaTunnelKeyEncOptVxlanAttrs},  // TCA_TUNNEL_KEY_ENC_OPTS_VXLAN
	3: nestDec{tcaTunnelKeyEncOptErspanAttrs}, // TCA_TUNNEL_KEY_ENC_OPTS_ERSPAN
})

var tcaTunnelKeyAttrs = newSet(xlat.TcaTunnelKeyAttrs, "TCA_TUNNEL_KEY_???", map[uint16]attrDec{
	1:  nlaTcfT,                           // TCA_TUNNEL_KEY_TM
	2:  layoutDec{tcTunnelKey},            // TCA_TUNNEL_KEY_PARMS
	3:  nlaInAddr,                         // TCA_TUNNEL_KEY_ENC_IPV4_SRC
	4:  nlaInAddr,                         // TCA_TUNNEL_KEY_ENC_IPV4_DST
	5:  nlaIn6Addr,                        // TCA_TUNNEL_KEY_ENC_IPV6_SRC
	6:  nlaIn6Addr,                        // TCA_TUNNEL_KEY_ENC_IPV6_DST
	7:  nlaBE32,                           // TCA_TUNNEL_KEY_ENC_KEY_ID
	9:  nlaBE16,                           // TCA_TUNNEL_KEY_ENC_DST_PORT
	10: nlaU8,                             // TCA_TUNNEL_KEY_NO_CSUM
	11: nestDec{tcaTunnelKeyEncOptsAttrs}, // TCA_TUNNEL_KEY_ENC_OPTS
	12: nlaX8,                             // TCA_TUNNEL_KEY_ENC_TOS
	13: nlaU8,                             // TCA_TUNNEL_KEY_ENC_TTL
})

// --- csum, nat ---

var tcCsum = genLay(24,
	m(fFlags("update_flags", 20, 4, xlat.TcCsumUpdateFlags, "TCA_CSUM_UPDATE_FLAG_???")),
)

var tcaCsumAttrs = newSet(xlat.TcaCsumAttrs, "TCA_CSUM_???", map[uint16]attrDec{
	1: layoutDec{tcCsum}, // TCA_CSUM_PARMS
	2: nlaTcfT,           // TCA_CSUM_TM
})

var tcNat = genLay(36,
	m(fInet("old_addr", 20)),
	m(fInet("new_addr", 24)),
	m(fInet("mask", 28)),
	m(fFlags("flags", 32, 4, xlat.TcNatFlags, "TCA_NAT_FLAG_???")),
)

var tcaNatAttrs = newSet(xlat.TcaNatAttrs, "TCA_NAT_???", map[uint16]attrDec{
	1: layoutDec{tcNat}, // TCA_NAT_PARMS
	2: nlaTcfT,          // TCA_NAT_TM
})

// --- pedit ---

var tcPeditKey = lay(24,
	m(fX("mask", 0, 4)),
	m(fX("val", 4, 4)),
	m(fU("off", 8, 4)),
	m(fU("at", 12, 4)),
	m(fX("offmask", 16, 4)),
	m(fU("shift", 20, 4)),
)

// peditSel prints struct tc_pedit_sel and its nkeys keys.
func peditSel(s *state, off, n int) bool {
	const hdr = 24
	if n < hdr {
		return false
	}
	nkeys := int(s.u8(off + 20))
	cnt := min(nkeys, (n-hdr)/tcPeditKey.size)
	s.openStruct("", off, hdr+cnt*tcPeditKey.size)
	tcGenOnly.members(s, off)
	s.fieldU("nkeys", off+20, 1)
	s.fieldX("flags", off+21, 1)
	a := s.openArray("keys", off+hdr, cnt*tcPeditKey.size)
	s.node(a).flags |= flagAbbrev
	for i := 0; i < cnt; i++ {
		tcPeditKey.put(s, "", off+hdr+i*tcPeditKey.size)
	}
	if cnt < nkeys {
		s.more()
	}
	s.close()
	s.close()
	return true
}

var tcaPeditKeyExAttrs = newSet(xlat.TcaPeditKeyExAttrs, "TCA_PEDIT_KEY_EX_???", map[uint16]attrDec{
	1: xvalDec{tab: xlat.TcPeditHeaderTypes, dflt: "TCA_PEDIT_KEY_EX_HDR_TYPE_???", size: 2}, // TCA_PEDIT_KEY_EX_HTYPE
	2: xvalDec{tab: xlat.TcPeditCmds, dflt: "TCA_PEDIT_KEY_EX_CMD_???", size: 2},             // TCA_PEDIT_KEY_EX_CMD
})

var tcaPeditAttrs = newSet(xlat.TcaPeditAttrs, "TCA_PEDIT_???", map[uint16]attrDec{
	1: nlaTcfT,                     // TCA_PEDIT_TM
	2: funcDec(peditSel),           // TCA_PEDIT_PARMS
	4: funcDec(peditSel),           // TCA_PEDIT_PARMS_EX
	5: nestDec{tcaPeditKeysEx},     // TCA_PEDIT_KEYS_EX
	6: nestDec{tcaPeditKeyExAttrs}, // TCA_PEDIT_KEY_EX
})

// --- connmark, ct ---

var tcConnmark = genLay(22, m(fU("zone", 20, 2)))

var tcaConnmarkAttrs = newSet(xlat.TcaConnmarkAttrs, "TCA_CONNMARK_???", map[uint16]attrDec{
	1: layoutDec{tcConnmark}, // TCA_CONNMARK_PARMS
	2: nlaTcfT,               // TCA_CONNMARK_TM
})

var tcaCtAttrs = newSet(xlat.TcaCtAttrs, "TCA_CT_???", map[uint16]attrDec{
	1:  layoutDec{genLay(tcGenSize)},                         // TCA_CT_PARMS
	2:  nlaTcfT,                                              // TCA_CT_TM
	3:  flagsDec{xlat.TcCtActions, "TCA_CT_ACT_???", 2},      // TCA_CT_ACTION
	4:  nlaU16,                                               // TCA_CT_ZONE
	5:  nlaX32,                                               // TCA_CT_MARK
	6:  nlaX32,                                               // TCA_CT_MARK_MASK
	9:  nlaInAddr,                                            // TCA_CT_NAT_IPV4_MIN
	10: nlaInAddr,                                            // TCA_CT_NAT_IPV4_MAX
	11: nlaIn6Addr,                                           // TCA_CT_NAT_IPV6_MIN
	12: nlaIn6Addr,                                           // TCA_CT_NAT_IPV6_MAX
	13: nlaBE16,                                              // TCA_CT_NAT_PORT_MIN
	14: nlaBE16,                                              // TCA_CT_NAT_PORT_MAX
	16: nlaStr,                                               // TCA_CT_HELPER_NAME
	17: xvalDec{tab: xlat.Addrfams, dflt: "AF_???", size: 1}, // TCA_CT_HELPER_FAMILY
	18: nlaIPProto,                                           // TCA_CT_HELPER_PROTO
})

// --- sample, bpf, simple, skbmod, mpls, ctinfo, gate, ife ---

var tcaSampleAttrs = newSet(xlat.TcaSampleAttrs, "TCA_SAMPLE_???", map[uint16]attrDec{
	1: nlaTcfT,                      // TCA_SAMPLE_TM
	2: layoutDec{genLay(tcGenSize)}, // TCA_SAMPLE_PARMS
	3: nlaU32,                       // TCA_SAMPLE_RATE
	4: nlaU32,                       // TCA_SAMPLE_TRUNC_SIZE
	5: nlaU32,                       // TCA_SAMPLE_PSAMPLE_GROUP
})

var tcaActBpfAttrs = newSet(xlat.TcaActBpfAttrs, "TCA_ACT_BPF_???", map[uint16]attrDec{
	1: nlaTcfT,                      // TCA_ACT_BPF_TM
	2: layoutDec{genLay(tcGenSize)}, // TCA_ACT_BPF_PARMS
	3: nlaU16,                       // TCA_ACT_BPF_OPS_LEN
	4: cbpfProg,                     // TCA_ACT_BPF_OPS
	5: nlaFd,                        // TCA_ACT_BPF_FD
	6: nlaStr,                       // TCA_ACT_BPF_NAME
	9: nlaU32,                       // TCA_ACT_BPF_ID
})

var tcaDefAttrs = newSet(xlat.TcaDefAttrs, "TCA_DEF_???", map[uint16]attrDec{
	1: nlaTcfT,                      // TCA_DEF_TM
	2: layoutDec{genLay(tcGenSize)}, // TCA_DEF_PARMS
	3: nlaStr,                       // TCA_DEF_DATA
})

var tcSkbmod = genLay(32,
	m(fFlags("flags", 24, 8, xlat.TcSkbmodFlags, "SKBMOD_F_???")),
)

var tcaSkbmodAttrs = newSet(xlat.TcaSkbmodAttrs, "TCA_SKBMOD_???", map[uint16]attrDec{
	1: nlaTcfT,             // TCA_SKBMOD_TM
	2: layoutDec{tcSkbmod}, // TCA_SKBMOD_PARMS
	3: nlaHwaddr,           // TCA_SKBMOD_DMAC
	4: nlaHwaddr,           // TCA_SKBMOD_SMAC
	5: nlaX16,              // TCA_SKBMOD_ETYPE
})

var tcMpls = genLay(24,
	m(fXval("m_action", 20, 4, xlat.TcMplsActions, "TCA_MPLS_ACT_???")),
)

var tcaMplsAttrs = newSet(xlat.TcaMplsAttrs, "TCA_MPLS_???", map[uint16]attrDec{
	1: nlaTcfT,           // TCA_MPLS_TM
	2: layoutDec{tcMpls}, // TCA_MPLS_PARMS
	4: nlaEtherProto,     // TCA_MPLS_PROTO
	5: nlaU32,            // TCA_MPLS_LABEL
	6: nlaU8,             // TCA_MPLS_TC
	7: nlaU8,             // TCA_MPLS_TTL
	8: nlaU8,             // TCA_MPLS_BOS
})

var tcaCtinfoAttrs = newSet(xlat.TcaCtinfoAttrs, "TCA_CTINFO_???", map[uint16]attrDec{
	2:  nlaTcfT,                      // TCA_CTINFO_TM
	3:  layoutDec{genLay(tcGenSize)}, // TCA_CTINFO_ACT
	4:  nlaU16,                       // TCA_CTINFO_ZONE
	5:  nlaX32,                       // TCA_CTINFO_PARMS_DSCP_MASK
	6:  nlaX32,                       // TCA_CTINFO_PARMS_DSCP_STATEMASK
	7:  nlaX32,                       // TCA_CTINFO_PARMS_CPMARK_MASK
	8:  nlaU64,                       // TCA_CTINFO_STATS_DSCP_SET
	9:  nlaU64,                       // TCA_CTINFO_STATS_DSCP_ERROR
	10: nlaU64,                       // TCA_CTINFO_STATS_CPMARK_SET
})

var tcaGateEntryAttrs = newSet(xlat.TcaGateEntryAttrs, "TCA_GATE_ENTRY_???", map[uint16]attrDec{
	1: nlaU32, // TCA_GATE_ENTRY_INDEX
	3: nlaU32, // TCA_GATE_ENTRY_INTERVAL
	4: nlaS32, // TCA_GATE_ENTRY_IPV
	5: nlaS32, // TCA_GATE_ENTRY_MAX_OCTETS
})

var tcaGateOneEntryAttrs = newSet(xlat.TcaGateOneEntryAttrs, "TCA_GATE_ONE_ENTRY_???", map[uint16]attrDec{
	1: nestDec{tcaGateEntryAttrs}, // TCA_GATE_ONE_ENTRY
})

var tcaGateAttrs = newSet(xlat.TcaGateAttrs, "TCA_GATE_???", map[uint16]attrDec{
	1:  nlaTcfT,                                                   // TCA_GATE_TM
	2:  layoutDec{genLay(tcGenSize)},                              // TCA_GATE_PARMS
	4:  nlaS32,                                                    // TCA_GATE_PRIORITY
	5:  nestDec{tcaGateOneEntryAttrs},                             // TCA_GATE_ENTRY_LIST
	6:  nlaU64,                                                    // TCA_GATE_BASE_TIME
	7:  nlaU64,                                                    // TCA_GATE_CYCLE_TIME
	8:  nlaU64,                                                    // TCA_GATE_CYCLE_TIME_EXT
	9:  nlaX32,                                                    // TCA_GATE_FLAGS
	10: xvalDec{tab: xlat.TcClockids, dflt: "CLOCK_???", size: 4}, // TCA_GATE_CLOCKID
})

var tcIfe = genLay(22,
	m(fFlags("flags", 20, 2, xlat.TcIfeFlags, "IFE_???")),
)

var tcaIfeAttrs = newSet(xlat.TcaIfeAttrs, "TCA_IFE_???", map[uint16]attrDec{
	1: layoutDec{tcIfe}, // TCA_IFE_PARMS
	2: nlaTcfT,          // TCA_IFE_TM
	3: nlaHwaddr,        // TCA_IFE_DMAC
	4: nlaHwaddr,        // TCA_IFE_SMAC
	5: nlaX16,           // TCA_IFE_TYPE
})

// tcaPeditKeysEx is TCA_PEDIT_KEYS_EX: a TCA_PEDIT_KEY_EX nest a key.
var tcaPeditKeysEx = newSet(xlat.TcaPeditAttrs, "TCA_PEDIT_???", map[uint16]attrDec{
	6: nestDec{tcaPeditKeyExAttrs}, // TCA_PEDIT_KEY_EX
})
