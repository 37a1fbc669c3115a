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
	s.ctx.kind = s.tcKindOf(off, n, xlat.TCA_KIND)
	s.attrs(off, n, tcActAttrs)
	s.ctx.kind = saved
	return true
}

var tcActStatic = newSet(xlat.RtnlTcActionAttrs, "TCA_ACT_???", []attrDec{
	xlat.TCA_ACT_KIND:          nlaStr,
	xlat.TCA_ACT_INDEX:         nlaU32,
	xlat.TCA_ACT_STATS:         nestDec{tcaStatsStatic},
	xlat.TCA_ACT_FLAGS:         bitfield32Dec{xlat.RtnlTcaActFlags, "TCA_ACT_FLAGS_???"},
	xlat.TCA_ACT_HW_STATS:      bitfield32Dec{xlat.RtnlTcaActHwStats, "TCA_ACT_HW_STATS_???"},
	xlat.TCA_ACT_USED_HW_STATS: bitfield32Dec{xlat.RtnlTcaActHwStats, "TCA_ACT_HW_STATS_???"},
	xlat.TCA_ACT_IN_HW_COUNT:   nlaU32,
})

var tcActAttrs = &attrSet{names: xlat.RtnlTcActionAttrs, dflt: "TCA_ACT_???", byType: func(s *state, typ uint16) attrDec {
	if typ == xlat.TCA_OPTIONS {
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
	return field{name: name, off: uint16(off), size: 4, fmt: FmtInet, nf: xlat.AF_INET}
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

var tcaPoliceAttrs = newSet(xlat.TcaPoliceAttrs, "TCA_POLICE_???", []attrDec{
	xlat.TCA_POLICE_TBF:        layoutDec{tcPolice},
	xlat.TCA_POLICE_RATE:       rateTable,
	xlat.TCA_POLICE_PEAKRATE:   rateTable,
	xlat.TCA_POLICE_AVRATE:     nlaU32,
	xlat.TCA_POLICE_RESULT:     nlaVerdict,
	xlat.TCA_POLICE_TM:         nlaTcfT,
	xlat.TCA_POLICE_RATE64:     nlaU64,
	xlat.TCA_POLICE_PEAKRATE64: nlaU64,
	xlat.TCA_POLICE_PKTRATE64:  nlaU64,
	xlat.TCA_POLICE_PKTBURST64: nlaU64,
})

// --- gact ---

var tcGact = genLay(tcGenSize)

var tcGactP = lay(8,
	m(fXval("ptype", 0, 2, xlat.TcGactPtypes, "PGACT_???")),
	m(fU("pval", 2, 2)),
	mFn("paction", 4, 4, tcVerdict),
)

var tcaGactAttrs = newSet(xlat.TcaGactAttrs, "TCA_GACT_???", []attrDec{
	xlat.TCA_GACT_TM:    nlaTcfT,
	xlat.TCA_GACT_PARMS: layoutDec{tcGact},
	xlat.TCA_GACT_PROB:  layoutDec{tcGactP},
})

// --- mirred ---

var tcMirred = genLay(28,
	m(fXval("eaction", 20, 4, xlat.TcMirredEactions, "TCA_???")),
	m(fIfindex("ifindex", 24)),
)

var tcaMirredAttrs = newSet(xlat.TcaMirredAttrs, "TCA_MIRRED_???", []attrDec{
	xlat.TCA_MIRRED_TM:      nlaTcfT,
	xlat.TCA_MIRRED_PARMS:   layoutDec{tcMirred},
	xlat.TCA_MIRRED_BLOCKID: nlaU32,
})

// --- vlan ---

var tcVlan = genLay(24,
	m(fXval("v_action", 20, 4, xlat.TcVlanActions, "TCA_VLAN_ACT_???")),
)

var tcaVlanAttrs = newSet(xlat.TcaVlanAttrs, "TCA_VLAN_???", []attrDec{
	xlat.TCA_VLAN_TM:                 nlaTcfT,
	xlat.TCA_VLAN_PARMS:              layoutDec{tcVlan},
	xlat.TCA_VLAN_PUSH_VLAN_ID:       nlaU16,
	xlat.TCA_VLAN_PUSH_VLAN_PROTOCOL: nlaEtherProto,
	xlat.TCA_VLAN_PUSH_VLAN_PRIORITY: nlaU8,
	xlat.TCA_VLAN_PUSH_ETH_DST:       nlaHwaddr,
	xlat.TCA_VLAN_PUSH_ETH_SRC:       nlaHwaddr,
})

// --- skbedit ---

var tcSkbedit = genLay(tcGenSize)

var tcaSkbeditAttrs = newSet(xlat.TcaSkbeditAttrs, "TCA_SKBEDIT_???", []attrDec{
	xlat.TCA_SKBEDIT_TM:                nlaTcfT,
	xlat.TCA_SKBEDIT_PARMS:             layoutDec{tcSkbedit},
	xlat.TCA_SKBEDIT_PRIORITY:          nlaHandle,
	xlat.TCA_SKBEDIT_QUEUE_MAPPING:     nlaU16,
	xlat.TCA_SKBEDIT_MARK:              nlaX32,
	xlat.TCA_SKBEDIT_PTYPE:             xvalDec{tab: xlat.TcPacketTypes, dflt: "PACKET_???", size: 2},
	xlat.TCA_SKBEDIT_MASK:              nlaX32,
	xlat.TCA_SKBEDIT_FLAGS:             flagsDec{tab: xlat.TcSkbeditFlags, dflt: "SKBEDIT_F_???", size: 8},
	xlat.TCA_SKBEDIT_QUEUE_MAPPING_MAX: nlaU16,
})

// --- tunnel_key ---

var tcTunnelKey = genLay(24,
	m(fXval("t_action", 20, 4, xlat.TcTunnelKeyActions, "TCA_TUNNEL_KEY_ACT_???")),
)

var tcaTunnelKeyEncOptGeneveAttrs = newSet(xlat.TcaTunnelKeyEncOptGeneveAttrs, "TCA_TUNNEL_KEY_ENC_OPT_GENEVE_???", []attrDec{
	xlat.TCA_TUNNEL_KEY_ENC_OPT_GENEVE_CLASS: nlaBEHex16,
	xlat.TCA_TUNNEL_KEY_ENC_OPT_GENEVE_TYPE:  nlaX8,
})

var tcaTunnelKeyEncOptVxlanAttrs = newSet(xlat.TcaTunnelKeyEncOptVxlanAttrs, "TCA_TUNNEL_KEY_ENC_OPT_VXLAN_???", []attrDec{
	xlat.TCA_TUNNEL_KEY_ENC_OPT_VXLAN_GBP: nlaX32,
})

var tcaTunnelKeyEncOptErspanAttrs = newSet(xlat.TcaTunnelKeyEncOptErspanAttrs, "TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_???", []attrDec{
	xlat.TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_VER:   nlaU8,
	xlat.TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_INDEX: nlaBE32,
	xlat.TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_DIR:   nlaU8,
	xlat.TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_HWID:  nlaU8,
})

var tcaTunnelKeyEncOptsAttrs = newSet(xlat.TcaTunnelKeyEncOptsAttrs, "TCA_TUNNEL_KEY_ENC_OPTS_???", []attrDec{
	xlat.TCA_TUNNEL_KEY_ENC_OPTS_GENEVE: nestDec{tcaTunnelKeyEncOptGeneveAttrs},
	xlat.TCA_TUNNEL_KEY_ENC_OPTS_VXLAN:  nestDec{tcaTunnelKeyEncOptVxlanAttrs},
	xlat.TCA_TUNNEL_KEY_ENC_OPTS_ERSPAN: nestDec{tcaTunnelKeyEncOptErspanAttrs},
})

var tcaTunnelKeyAttrs = newSet(xlat.TcaTunnelKeyAttrs, "TCA_TUNNEL_KEY_???", []attrDec{
	xlat.TCA_TUNNEL_KEY_TM:           nlaTcfT,
	xlat.TCA_TUNNEL_KEY_PARMS:        layoutDec{tcTunnelKey},
	xlat.TCA_TUNNEL_KEY_ENC_IPV4_SRC: nlaInAddr,
	xlat.TCA_TUNNEL_KEY_ENC_IPV4_DST: nlaInAddr,
	xlat.TCA_TUNNEL_KEY_ENC_IPV6_SRC: nlaIn6Addr,
	xlat.TCA_TUNNEL_KEY_ENC_IPV6_DST: nlaIn6Addr,
	xlat.TCA_TUNNEL_KEY_ENC_KEY_ID:   nlaBE32,
	xlat.TCA_TUNNEL_KEY_ENC_DST_PORT: nlaBE16,
	xlat.TCA_TUNNEL_KEY_NO_CSUM:      nlaU8,
	xlat.TCA_TUNNEL_KEY_ENC_OPTS:     nestDec{tcaTunnelKeyEncOptsAttrs},
	xlat.TCA_TUNNEL_KEY_ENC_TOS:      nlaX8,
	xlat.TCA_TUNNEL_KEY_ENC_TTL:      nlaU8,
})

// --- csum, nat ---

var tcCsum = genLay(24,
	m(fFlags("update_flags", 20, 4, xlat.TcCsumUpdateFlags, "TCA_CSUM_UPDATE_FLAG_???")),
)

var tcaCsumAttrs = newSet(xlat.TcaCsumAttrs, "TCA_CSUM_???", []attrDec{
	xlat.TCA_CSUM_PARMS: layoutDec{tcCsum},
	xlat.TCA_CSUM_TM:    nlaTcfT,
})

var tcNat = genLay(36,
	m(fInet("old_addr", 20)),
	m(fInet("new_addr", 24)),
	m(fInet("mask", 28)),
	m(fFlags("flags", 32, 4, xlat.TcNatFlags, "TCA_NAT_FLAG_???")),
)

var tcaNatAttrs = newSet(xlat.TcaNatAttrs, "TCA_NAT_???", []attrDec{
	xlat.TCA_NAT_PARMS: layoutDec{tcNat},
	xlat.TCA_NAT_TM:    nlaTcfT,
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

var tcaPeditKeyExAttrs = newSet(xlat.TcaPeditKeyExAttrs, "TCA_PEDIT_KEY_EX_???", []attrDec{
	xlat.TCA_PEDIT_KEY_EX_HTYPE: xvalDec{tab: xlat.TcPeditHeaderTypes, dflt: "TCA_PEDIT_KEY_EX_HDR_TYPE_???", size: 2},
	xlat.TCA_PEDIT_KEY_EX_CMD:   xvalDec{tab: xlat.TcPeditCmds, dflt: "TCA_PEDIT_KEY_EX_CMD_???", size: 2},
})

var tcaPeditAttrs = newSet(xlat.TcaPeditAttrs, "TCA_PEDIT_???", []attrDec{
	xlat.TCA_PEDIT_TM:       nlaTcfT,
	xlat.TCA_PEDIT_PARMS:    funcDec(peditSel),
	xlat.TCA_PEDIT_PARMS_EX: funcDec(peditSel),
	xlat.TCA_PEDIT_KEYS_EX:  nestDec{tcaPeditKeysEx},
	xlat.TCA_PEDIT_KEY_EX:   nestDec{tcaPeditKeyExAttrs},
})

// --- connmark, ct ---

var tcConnmark = genLay(22, m(fU("zone", 20, 2)))

var tcaConnmarkAttrs = newSet(xlat.TcaConnmarkAttrs, "TCA_CONNMARK_???", []attrDec{
	xlat.TCA_CONNMARK_PARMS: layoutDec{tcConnmark},
	xlat.TCA_CONNMARK_TM:    nlaTcfT,
})

var tcaCtAttrs = newSet(xlat.TcaCtAttrs, "TCA_CT_???", []attrDec{
	xlat.TCA_CT_PARMS:         layoutDec{genLay(tcGenSize)},
	xlat.TCA_CT_TM:            nlaTcfT,
	xlat.TCA_CT_ACTION:        flagsDec{tab: xlat.TcCtActions, dflt: "TCA_CT_ACT_???", size: 2},
	xlat.TCA_CT_ZONE:          nlaU16,
	xlat.TCA_CT_MARK:          nlaX32,
	xlat.TCA_CT_MARK_MASK:     nlaX32,
	xlat.TCA_CT_NAT_IPV4_MIN:  nlaInAddr,
	xlat.TCA_CT_NAT_IPV4_MAX:  nlaInAddr,
	xlat.TCA_CT_NAT_IPV6_MIN:  nlaIn6Addr,
	xlat.TCA_CT_NAT_IPV6_MAX:  nlaIn6Addr,
	xlat.TCA_CT_NAT_PORT_MIN:  nlaBE16,
	xlat.TCA_CT_NAT_PORT_MAX:  nlaBE16,
	xlat.TCA_CT_HELPER_NAME:   nlaStr,
	xlat.TCA_CT_HELPER_FAMILY: xvalDec{tab: xlat.Addrfams, dflt: "AF_???", size: 1},
	xlat.TCA_CT_HELPER_PROTO:  nlaIPProto,
})

// --- sample, bpf, simple, skbmod, mpls, ctinfo, gate, ife ---

var tcaSampleAttrs = newSet(xlat.TcaSampleAttrs, "TCA_SAMPLE_???", []attrDec{
	xlat.TCA_SAMPLE_TM:            nlaTcfT,
	xlat.TCA_SAMPLE_PARMS:         layoutDec{genLay(tcGenSize)},
	xlat.TCA_SAMPLE_RATE:          nlaU32,
	xlat.TCA_SAMPLE_TRUNC_SIZE:    nlaU32,
	xlat.TCA_SAMPLE_PSAMPLE_GROUP: nlaU32,
})

var tcaActBpfAttrs = newSet(xlat.TcaActBpfAttrs, "TCA_ACT_BPF_???", []attrDec{
	xlat.TCA_ACT_BPF_TM:      nlaTcfT,
	xlat.TCA_ACT_BPF_PARMS:   layoutDec{genLay(tcGenSize)},
	xlat.TCA_ACT_BPF_OPS_LEN: nlaU16,
	xlat.TCA_ACT_BPF_OPS:     cbpfProg,
	xlat.TCA_ACT_BPF_FD:      nlaFd,
	xlat.TCA_ACT_BPF_NAME:    nlaStr,
	xlat.TCA_ACT_BPF_ID:      nlaU32,
})

var tcaDefAttrs = newSet(xlat.TcaDefAttrs, "TCA_DEF_???", []attrDec{
	xlat.TCA_DEF_TM:    nlaTcfT,
	xlat.TCA_DEF_PARMS: layoutDec{genLay(tcGenSize)},
	xlat.TCA_DEF_DATA:  nlaStr,
})

var tcSkbmod = genLay(32,
	m(fFlags("flags", 24, 8, xlat.TcSkbmodFlags, "SKBMOD_F_???")),
)

var tcaSkbmodAttrs = newSet(xlat.TcaSkbmodAttrs, "TCA_SKBMOD_???", []attrDec{
	xlat.TCA_SKBMOD_TM:    nlaTcfT,
	xlat.TCA_SKBMOD_PARMS: layoutDec{tcSkbmod},
	xlat.TCA_SKBMOD_DMAC:  nlaHwaddr,
	xlat.TCA_SKBMOD_SMAC:  nlaHwaddr,
	xlat.TCA_SKBMOD_ETYPE: nlaX16,
})

var tcMpls = genLay(24,
	m(fXval("m_action", 20, 4, xlat.TcMplsActions, "TCA_MPLS_ACT_???")),
)

var tcaMplsAttrs = newSet(xlat.TcaMplsAttrs, "TCA_MPLS_???", []attrDec{
	xlat.TCA_MPLS_TM:    nlaTcfT,
	xlat.TCA_MPLS_PARMS: layoutDec{tcMpls},
	xlat.TCA_MPLS_PROTO: nlaEtherProto,
	xlat.TCA_MPLS_LABEL: nlaU32,
	xlat.TCA_MPLS_TC:    nlaU8,
	xlat.TCA_MPLS_TTL:   nlaU8,
	xlat.TCA_MPLS_BOS:   nlaU8,
})

var tcaCtinfoAttrs = newSet(xlat.TcaCtinfoAttrs, "TCA_CTINFO_???", []attrDec{
	xlat.TCA_CTINFO_TM:                   nlaTcfT,
	xlat.TCA_CTINFO_ACT:                  layoutDec{genLay(tcGenSize)},
	xlat.TCA_CTINFO_ZONE:                 nlaU16,
	xlat.TCA_CTINFO_PARMS_DSCP_MASK:      nlaX32,
	xlat.TCA_CTINFO_PARMS_DSCP_STATEMASK: nlaX32,
	xlat.TCA_CTINFO_PARMS_CPMARK_MASK:    nlaX32,
	xlat.TCA_CTINFO_STATS_DSCP_SET:       nlaU64,
	xlat.TCA_CTINFO_STATS_DSCP_ERROR:     nlaU64,
	xlat.TCA_CTINFO_STATS_CPMARK_SET:     nlaU64,
})

var tcaGateEntryAttrs = newSet(xlat.TcaGateEntryAttrs, "TCA_GATE_ENTRY_???", []attrDec{
	xlat.TCA_GATE_ENTRY_INDEX:      nlaU32,
	xlat.TCA_GATE_ENTRY_INTERVAL:   nlaU32,
	xlat.TCA_GATE_ENTRY_IPV:        nlaS32,
	xlat.TCA_GATE_ENTRY_MAX_OCTETS: nlaS32,
})

var tcaGateOneEntryAttrs = newSet(xlat.TcaGateOneEntryAttrs, "TCA_GATE_ONE_ENTRY_???", []attrDec{
	xlat.TCA_GATE_ONE_ENTRY: nestDec{tcaGateEntryAttrs},
})

var tcaGateAttrs = newSet(xlat.TcaGateAttrs, "TCA_GATE_???", []attrDec{
	xlat.TCA_GATE_TM:             nlaTcfT,
	xlat.TCA_GATE_PARMS:          layoutDec{genLay(tcGenSize)},
	xlat.TCA_GATE_PRIORITY:       nlaS32,
	xlat.TCA_GATE_ENTRY_LIST:     nestDec{tcaGateOneEntryAttrs},
	xlat.TCA_GATE_BASE_TIME:      nlaU64,
	xlat.TCA_GATE_CYCLE_TIME:     nlaU64,
	xlat.TCA_GATE_CYCLE_TIME_EXT: nlaU64,
	xlat.TCA_GATE_FLAGS:          nlaX32,
	xlat.TCA_GATE_CLOCKID:        xvalDec{tab: xlat.TcClockids, dflt: "CLOCK_???", size: 4},
})

var tcIfe = genLay(22,
	m(fFlags("flags", 20, 2, xlat.TcIfeFlags, "IFE_???")),
)

var tcaIfeAttrs = newSet(xlat.TcaIfeAttrs, "TCA_IFE_???", []attrDec{
	xlat.TCA_IFE_PARMS: layoutDec{tcIfe},
	xlat.TCA_IFE_TM:    nlaTcfT,
	xlat.TCA_IFE_DMAC:  nlaHwaddr,
	xlat.TCA_IFE_SMAC:  nlaHwaddr,
	xlat.TCA_IFE_TYPE:  nlaX16,
	xlat.TCA_IFE_METALST: nestDec{newSet(xlat.IfeMetaAttrs, "IFE_META_???", []attrDec{
		// the kernel takes a value of exactly its size, or none
		xlat.IFE_META_SKBMARK: gU32,
		xlat.IFE_META_PRIO:    gU32,
		xlat.IFE_META_TCINDEX: gU16,
	})},
})

// tcaPeditKeysEx is TCA_PEDIT_KEYS_EX: a TCA_PEDIT_KEY_EX nest a key.
var tcaPeditKeysEx = newSet(xlat.TcaPeditAttrs, "TCA_PEDIT_???", []attrDec{
	xlat.TCA_PEDIT_KEY_EX: nestDec{tcaPeditKeyExAttrs},
})
