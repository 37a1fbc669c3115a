package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// TCA_OPTIONS of filters and chain templates, by classifier kind
// (linux/pkt_cls.h). strace 6.1 prints them as hex strings.

var tcFilterKinds = map[string]attrDec{
	"u32":      nestDec{tcaU32Attrs},
	"matchall": nestDec{tcaMatchallAttrs},
	"flower":   nestDec{tcaFlowerAttrs},
	"bpf":      nestDec{tcaBpfAttrs},
	"basic":    nestDec{tcaBasicAttrs},
	"fw":       nestDec{tcaFwAttrs},
	"route":    nestDec{tcaRoute4Attrs},
	"cgroup":   nestDec{tcaCgroupAttrs},
	"flow":     nestDec{tcaFlowAttrs},
	"tcindex":  nestDec{tcaTcindexAttrs},
}

// --- u32 ---

var tcaU32Attrs = newSet(xlat.TcaU32Attrs, "TCA_U32_???", []attrDec{
	xlat.TCA_U32_CLASSID: nlaHandle,
	xlat.TCA_U32_HASH:    nlaHandle,
	xlat.TCA_U32_LINK:    nlaHandle,
	xlat.TCA_U32_DIVISOR: nlaU32,
	xlat.TCA_U32_SEL:     funcDec(u32Sel),
	xlat.TCA_U32_POLICE:  nestDec{tcaPoliceAttrs},
	xlat.TCA_U32_ACT:     nestDec{tcActList},
	xlat.TCA_U32_INDEV:   nlaStr,
	xlat.TCA_U32_PCNT:    funcDec(u32Pcnt),
	xlat.TCA_U32_MARK:    layoutDec{tcU32Mark},
	xlat.TCA_U32_FLAGS:   nlaClsFlags,
})

// tcU32Key is struct tc_u32_key: mask and value in network order.
var tcU32Key = lay(16,
	mFn("mask", 0, 4, beHexField),
	mFn("val", 4, 4, beHexField),
	m(fD("off", 8, 4)),
	m(fD("offmask", 12, 4)),
)

func beHexField(s *state, name string, off int) { s.beHex(name, off, 4) }

// u32Sel prints struct tc_u32_sel and its nkeys keys; keys the payload
// does not hold are left as "...".
func u32Sel(s *state, off, n int) bool {
	const hdr = 16
	if n < hdr {
		return false
	}
	nkeys := int(s.u8(off + 2))
	cnt := min(nkeys, (n-hdr)/tcU32Key.size)
	s.openStruct("", off, hdr+cnt*tcU32Key.size)
	s.flagsF("flags", off, 1, xlat.TcU32Flags, "TC_U32_???")
	s.fieldU("offshift", off+1, 1)
	s.fieldU("nkeys", off+2, 1)
	s.beHex("offmask", off+4, 2)
	s.fieldU("off", off+6, 2)
	s.fieldD("offoff", off+8, 2)
	s.fieldD("hoff", off+10, 2)
	s.beHex("hmask", off+12, 4)
	if nkeys > 0 {
		a := s.openArray("keys", off+hdr, cnt*tcU32Key.size)
		s.node(a).flags |= flagAbbrev
		for i := 0; i < cnt; i++ {
			tcU32Key.put(s, "", off+hdr+i*tcU32Key.size)
		}
		if cnt < nkeys {
			s.more()
		}
		s.close()
	}
	s.close()
	return true
}

// u32Pcnt prints struct tc_u32_pcnt: two counters, then one hit counter
// a key.
func u32Pcnt(s *state, off, n int) bool {
	if n < 16 {
		return false
	}
	cnt := (n - 16) / 8
	s.openStruct("", off, 16+cnt*8)
	s.fieldU("rcnt", off, 8)
	s.fieldU("rhit", off+8, 8)
	a := s.openArray("kcnts", off+16, cnt*8)
	s.node(a).flags |= flagAbbrev
	for i := 0; i < cnt; i++ {
		s.fieldU("", off+16+i*8, 8)
	}
	s.close()
	s.close()
	return true
}

var tcU32Mark = lay(12,
	m(fX("val", 0, 4)),
	m(fX("mask", 4, 4)),
	m(fU("success", 8, 4)),
)

// --- matchall ---

var tcaMatchallAttrs = newSet(xlat.TcaMatchallAttrs, "TCA_MATCHALL_???", []attrDec{
	xlat.TCA_MATCHALL_CLASSID: nlaHandle,
	xlat.TCA_MATCHALL_ACT:     nestDec{tcActList},
	xlat.TCA_MATCHALL_FLAGS:   nlaClsFlags,
	xlat.TCA_MATCHALL_PCNT:    layoutDec{lay(8, m(fU("rhit", 0, 8)))},
})

// --- flower ---

var (
	nlaU8X  = nlaX8
	nlaPort = nlaBE16
)

var tcaFlowerEncOptGeneveAttrs = newSet(xlat.TcaFlowerEncOptGeneveAttrs, "TCA_FLOWER_KEY_ENC_OPT_GENEVE_???", []attrDec{
	xlat.TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS: nlaBEHex16,
	xlat.TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE:  nlaU8X,
})

var tcaFlowerEncOptVxlanAttrs = newSet(xlat.TcaFlowerEncOptVxlanAttrs, "TCA_FLOWER_KEY_ENC_OPT_VXLAN_???", []attrDec{
	xlat.TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP: nlaX32,
})

var tcaFlowerEncOptErspanAttrs = newSet(xlat.TcaFlowerEncOptErspanAttrs, "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_???", []attrDec{
	xlat.TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER:   nlaU8,
	xlat.TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX: nlaBE32,
	xlat.TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR:   nlaU8,
	xlat.TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID:  nlaU8,
})

var tcaFlowerEncOptGtpAttrs = newSet(xlat.TcaFlowerEncOptGtpAttrs, "TCA_FLOWER_KEY_ENC_OPT_GTP_???", []attrDec{
	xlat.TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE: nlaU8,
	xlat.TCA_FLOWER_KEY_ENC_OPT_GTP_QFI:      nlaU8,
})

var tcaFlowerEncOptsAttrs = newSet(xlat.TcaFlowerEncOptsAttrs, "TCA_FLOWER_KEY_ENC_OPTS_???", []attrDec{
	xlat.TCA_FLOWER_KEY_ENC_OPTS_GENEVE: nestDec{tcaFlowerEncOptGeneveAttrs},
	xlat.TCA_FLOWER_KEY_ENC_OPTS_VXLAN:  nestDec{tcaFlowerEncOptVxlanAttrs},
	xlat.TCA_FLOWER_KEY_ENC_OPTS_ERSPAN: nestDec{tcaFlowerEncOptErspanAttrs},
	xlat.TCA_FLOWER_KEY_ENC_OPTS_GTP:    nestDec{tcaFlowerEncOptGtpAttrs},
})

var tcaFlowerMplsLseAttrs = newSet(xlat.TcaFlowerMplsLseAttrs, "TCA_FLOWER_KEY_MPLS_OPT_LSE_???", []attrDec{
	xlat.TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH: nlaU8,
	xlat.TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL:   nlaU8,
	xlat.TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS:   nlaU8,
	xlat.TCA_FLOWER_KEY_MPLS_OPT_LSE_TC:    nlaU8,
	xlat.TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL: nlaU32,
})

var tcaFlowerMplsOptsAttrs = newSet(xlat.TcaFlowerMplsOptsAttrs, "TCA_FLOWER_KEY_MPLS_OPTS_???", []attrDec{
	xlat.TCA_FLOWER_KEY_MPLS_OPTS_LSE: nestDec{tcaFlowerMplsLseAttrs},
})

var tcaFlowerCfmAttrs = newSet(xlat.TcaFlowerCfmAttrs, "TCA_FLOWER_KEY_CFM_???", []attrDec{
	xlat.TCA_FLOWER_KEY_CFM_MD_LEVEL: nlaU8,
	xlat.TCA_FLOWER_KEY_CFM_OPCODE:   nlaU8,
})

var (
	flowerKeyFlags = flagsDec{tab: xlat.TcaFlowerKeyFlags, dflt: "TCA_FLOWER_KEY_FLAGS_???", size: 4, be: true, tail: true}
	flowerCtState  = flagsDec{tab: xlat.TcaFlowerCtFlags, dflt: "TCA_FLOWER_KEY_CT_FLAGS_???", size: 2}
)

// tcaFlowerAttrs: addresses print as addresses, ports and other
// big-endian keys inside htons()/htonl(), VLAN ids and MPLS labels in host
// order as the kernel reads them.
var tcaFlowerAttrs = newSet(xlat.TcaFlowerAttrs, "TCA_FLOWER_???", []attrDec{
	xlat.TCA_FLOWER_CLASSID:                   nlaHandle,
	xlat.TCA_FLOWER_INDEV:                     nlaStr,
	xlat.TCA_FLOWER_ACT:                       nestDec{tcActList},
	xlat.TCA_FLOWER_KEY_ETH_DST:               nlaHwaddr,
	xlat.TCA_FLOWER_KEY_ETH_DST_MASK:          nlaHwaddr,
	xlat.TCA_FLOWER_KEY_ETH_SRC:               nlaHwaddr,
	xlat.TCA_FLOWER_KEY_ETH_SRC_MASK:          nlaHwaddr,
	xlat.TCA_FLOWER_KEY_ETH_TYPE:              nlaEtherProto,
	xlat.TCA_FLOWER_KEY_IP_PROTO:              nlaIPProto,
	xlat.TCA_FLOWER_KEY_IPV4_SRC:              nlaInAddr,
	xlat.TCA_FLOWER_KEY_IPV4_SRC_MASK:         nlaInAddr,
	xlat.TCA_FLOWER_KEY_IPV4_DST:              nlaInAddr,
	xlat.TCA_FLOWER_KEY_IPV4_DST_MASK:         nlaInAddr,
	xlat.TCA_FLOWER_KEY_IPV6_SRC:              nlaIn6Addr,
	xlat.TCA_FLOWER_KEY_IPV6_SRC_MASK:         nlaIn6Addr,
	xlat.TCA_FLOWER_KEY_IPV6_DST:              nlaIn6Addr,
	xlat.TCA_FLOWER_KEY_IPV6_DST_MASK:         nlaIn6Addr,
	xlat.TCA_FLOWER_KEY_TCP_SRC:               nlaPort,
	xlat.TCA_FLOWER_KEY_TCP_DST:               nlaPort,
	xlat.TCA_FLOWER_KEY_UDP_SRC:               nlaPort,
	xlat.TCA_FLOWER_KEY_UDP_DST:               nlaPort,
	xlat.TCA_FLOWER_FLAGS:                     nlaClsFlags,
	xlat.TCA_FLOWER_KEY_VLAN_ID:               nlaU16,
	xlat.TCA_FLOWER_KEY_VLAN_PRIO:             nlaU8,
	xlat.TCA_FLOWER_KEY_VLAN_ETH_TYPE:         nlaEtherProto,
	xlat.TCA_FLOWER_KEY_ENC_KEY_ID:            nlaBE32,
	xlat.TCA_FLOWER_KEY_ENC_IPV4_SRC:          nlaInAddr,
	xlat.TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK:     nlaInAddr,
	xlat.TCA_FLOWER_KEY_ENC_IPV4_DST:          nlaInAddr,
	xlat.TCA_FLOWER_KEY_ENC_IPV4_DST_MASK:     nlaInAddr,
	xlat.TCA_FLOWER_KEY_ENC_IPV6_SRC:          nlaIn6Addr,
	xlat.TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK:     nlaIn6Addr,
	xlat.TCA_FLOWER_KEY_ENC_IPV6_DST:          nlaIn6Addr,
	xlat.TCA_FLOWER_KEY_ENC_IPV6_DST_MASK:     nlaIn6Addr,
	xlat.TCA_FLOWER_KEY_TCP_SRC_MASK:          nlaBEHex16,
	xlat.TCA_FLOWER_KEY_TCP_DST_MASK:          nlaBEHex16,
	xlat.TCA_FLOWER_KEY_UDP_SRC_MASK:          nlaBEHex16,
	xlat.TCA_FLOWER_KEY_UDP_DST_MASK:          nlaBEHex16,
	xlat.TCA_FLOWER_KEY_SCTP_SRC_MASK:         nlaBEHex16,
	xlat.TCA_FLOWER_KEY_SCTP_DST_MASK:         nlaBEHex16,
	xlat.TCA_FLOWER_KEY_SCTP_SRC:              nlaPort,
	xlat.TCA_FLOWER_KEY_SCTP_DST:              nlaPort,
	xlat.TCA_FLOWER_KEY_ENC_UDP_SRC_PORT:      nlaPort,
	xlat.TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK: nlaBEHex16,
	xlat.TCA_FLOWER_KEY_ENC_UDP_DST_PORT:      nlaPort,
	xlat.TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK: nlaBEHex16,
	xlat.TCA_FLOWER_KEY_FLAGS:                 flowerKeyFlags,
	xlat.TCA_FLOWER_KEY_FLAGS_MASK:            flowerKeyFlags,
	xlat.TCA_FLOWER_KEY_ICMPV4_CODE:           nlaU8,
	xlat.TCA_FLOWER_KEY_ICMPV4_CODE_MASK:      nlaU8X,
	xlat.TCA_FLOWER_KEY_ICMPV4_TYPE:           nlaU8,
	xlat.TCA_FLOWER_KEY_ICMPV4_TYPE_MASK:      nlaU8X,
	xlat.TCA_FLOWER_KEY_ICMPV6_CODE:           nlaU8,
	xlat.TCA_FLOWER_KEY_ICMPV6_CODE_MASK:      nlaU8X,
	xlat.TCA_FLOWER_KEY_ICMPV6_TYPE:           nlaU8,
	xlat.TCA_FLOWER_KEY_ICMPV6_TYPE_MASK:      nlaU8X,
	xlat.TCA_FLOWER_KEY_ARP_SIP:               nlaInAddr,
	xlat.TCA_FLOWER_KEY_ARP_SIP_MASK:          nlaInAddr,
	xlat.TCA_FLOWER_KEY_ARP_TIP:               nlaInAddr,
	xlat.TCA_FLOWER_KEY_ARP_TIP_MASK:          nlaInAddr,
	xlat.TCA_FLOWER_KEY_ARP_OP:                nlaU8,
	xlat.TCA_FLOWER_KEY_ARP_OP_MASK:           nlaU8X,
	xlat.TCA_FLOWER_KEY_ARP_SHA:               nlaHwaddr,
	xlat.TCA_FLOWER_KEY_ARP_SHA_MASK:          nlaHwaddr,
	xlat.TCA_FLOWER_KEY_ARP_THA:               nlaHwaddr,
	xlat.TCA_FLOWER_KEY_ARP_THA_MASK:          nlaHwaddr,
	xlat.TCA_FLOWER_KEY_MPLS_TTL:              nlaU8,
	xlat.TCA_FLOWER_KEY_MPLS_BOS:              nlaU8,
	xlat.TCA_FLOWER_KEY_MPLS_TC:               nlaU8,
	xlat.TCA_FLOWER_KEY_MPLS_LABEL:            nlaU32,
	xlat.TCA_FLOWER_KEY_TCP_FLAGS:             nlaBEHex16,
	xlat.TCA_FLOWER_KEY_TCP_FLAGS_MASK:        nlaBEHex16,
	xlat.TCA_FLOWER_KEY_IP_TOS:                nlaU8X,
	xlat.TCA_FLOWER_KEY_IP_TOS_MASK:           nlaU8X,
	xlat.TCA_FLOWER_KEY_IP_TTL:                nlaU8,
	xlat.TCA_FLOWER_KEY_IP_TTL_MASK:           nlaU8X,
	xlat.TCA_FLOWER_KEY_CVLAN_ID:              nlaU16,
	xlat.TCA_FLOWER_KEY_CVLAN_PRIO:            nlaU8,
	xlat.TCA_FLOWER_KEY_CVLAN_ETH_TYPE:        nlaEtherProto,
	xlat.TCA_FLOWER_KEY_ENC_IP_TOS:            nlaU8X,
	xlat.TCA_FLOWER_KEY_ENC_IP_TOS_MASK:       nlaU8X,
	xlat.TCA_FLOWER_KEY_ENC_IP_TTL:            nlaU8,
	xlat.TCA_FLOWER_KEY_ENC_IP_TTL_MASK:       nlaU8X,
	xlat.TCA_FLOWER_KEY_ENC_OPTS:              nestDec{tcaFlowerEncOptsAttrs},
	xlat.TCA_FLOWER_KEY_ENC_OPTS_MASK:         nestDec{tcaFlowerEncOptsAttrs},
	xlat.TCA_FLOWER_IN_HW_COUNT:               nlaU32,
	xlat.TCA_FLOWER_KEY_PORT_SRC_MIN:          nlaPort,
	xlat.TCA_FLOWER_KEY_PORT_SRC_MAX:          nlaPort,
	xlat.TCA_FLOWER_KEY_PORT_DST_MIN:          nlaPort,
	xlat.TCA_FLOWER_KEY_PORT_DST_MAX:          nlaPort,
	xlat.TCA_FLOWER_KEY_CT_STATE:              flowerCtState,
	xlat.TCA_FLOWER_KEY_CT_STATE_MASK:         flowerCtState,
	xlat.TCA_FLOWER_KEY_CT_ZONE:               nlaU16,
	xlat.TCA_FLOWER_KEY_CT_ZONE_MASK:          nlaX16,
	xlat.TCA_FLOWER_KEY_CT_MARK:               nlaX32,
	xlat.TCA_FLOWER_KEY_CT_MARK_MASK:          nlaX32,
	xlat.TCA_FLOWER_KEY_MPLS_OPTS:             nestDec{tcaFlowerMplsOptsAttrs},
	xlat.TCA_FLOWER_KEY_HASH:                  nlaX32,
	xlat.TCA_FLOWER_KEY_HASH_MASK:             nlaX32,
	xlat.TCA_FLOWER_KEY_NUM_OF_VLANS:          nlaU8,
	xlat.TCA_FLOWER_KEY_PPPOE_SID:             nlaBE16,
	xlat.TCA_FLOWER_KEY_PPP_PROTO:             nlaBEHex16,
	xlat.TCA_FLOWER_KEY_L2TPV3_SID:            nlaBE32,
	xlat.TCA_FLOWER_L2_MISS:                   nlaU8,
	xlat.TCA_FLOWER_KEY_CFM:                   nestDec{tcaFlowerCfmAttrs},
	xlat.TCA_FLOWER_KEY_SPI:                   nlaBEHex32,
	xlat.TCA_FLOWER_KEY_SPI_MASK:              nlaBEHex32,
	xlat.TCA_FLOWER_KEY_ENC_FLAGS:             flowerKeyFlags,
	xlat.TCA_FLOWER_KEY_ENC_FLAGS_MASK:        flowerKeyFlags,
})

// --- bpf ---

var tcaBpfAttrs = newSet(xlat.TcaBpfAttrs, "TCA_BPF_???", []attrDec{
	xlat.TCA_BPF_ACT:       nestDec{tcActList},
	xlat.TCA_BPF_POLICE:    nestDec{tcaPoliceAttrs},
	xlat.TCA_BPF_CLASSID:   nlaHandle,
	xlat.TCA_BPF_OPS_LEN:   nlaU16,
	xlat.TCA_BPF_OPS:       cbpfProg,
	xlat.TCA_BPF_FD:        nlaFd,
	xlat.TCA_BPF_NAME:      nlaStr,
	xlat.TCA_BPF_FLAGS:     flagsDec{tab: xlat.TcaBpfFlags, dflt: "TCA_BPF_FLAG_???", size: 4},
	xlat.TCA_BPF_FLAGS_GEN: nlaClsFlags,
	xlat.TCA_BPF_ID:        nlaU32,
})

// --- basic, cgroup, and their extended matches ---

var tcaBasicAttrs = newSet(xlat.TcaBasicAttrs, "TCA_BASIC_???", []attrDec{
	xlat.TCA_BASIC_CLASSID:  nlaHandle,
	xlat.TCA_BASIC_EMATCHES: nestDec{tcaEmatchTreeAttrs},
	xlat.TCA_BASIC_ACT:      nestDec{tcActList},
	xlat.TCA_BASIC_POLICE:   nestDec{tcaPoliceAttrs},
	xlat.TCA_BASIC_PCNT:     layoutDec{lay(16, m(fU("rcnt", 0, 8)), m(fU("rhit", 8, 8)))},
})

var tcaCgroupAttrs = newSet(xlat.TcaCgroupAttrs, "TCA_CGROUP_???", []attrDec{
	xlat.TCA_CGROUP_ACT:      nestDec{tcActList},
	xlat.TCA_CGROUP_POLICE:   nestDec{tcaPoliceAttrs},
	xlat.TCA_CGROUP_EMATCHES: nestDec{tcaEmatchTreeAttrs},
})

var tcfEmatchTreeHdr = lay(4,
	m(fU("nmatches", 0, 2)),
	m(fU("progid", 2, 2)),
)

var tcaEmatchTreeAttrs = newSet(xlat.TcaEmatchTreeAttrs, "TCA_EMATCH_TREE_???", []attrDec{
	xlat.TCA_EMATCH_TREE_HDR:  layoutDec{tcfEmatchTreeHdr},
	xlat.TCA_EMATCH_TREE_LIST: nestDec{tcEmatchList},
})

// tcEmatchList holds the matches; each attribute's type is the match's
// number (from 1).
var tcEmatchList = &attrSet{byType: func(s *state, typ uint16) attrDec { return funcDec(ematch) }}

var tcfEmatchHdr = lay(8,
	m(fU("matchid", 0, 2)),
	m(fXval("kind", 2, 2, xlat.TcfEmKinds, "TCF_EM_???")),
	m(fFlags("flags", 4, 2, xlat.TcfEmFlags, "TCF_EM_???")),
	m(fU("pad", 6, 2)),
)

// ematch prints struct tcf_ematch_hdr and the data of its kind as
// [{header}, data].
func ematch(s *state, off, n int) bool {
	const hdr = 8
	if n < hdr {
		return false
	}
	if n == hdr {
		tcfEmatchHdr.put(s, "", off)
		return true
	}
	s.openArray("", off, n)
	tcfEmatchHdr.put(s, "", off)
	d, dn := off+hdr, n-hdr
	m := s.mark()
	ok := false
	switch s.u16(off + 2) {
	case xlat.TCF_EM_CONTAINER:
		ok = nlaU32.decode(s, d, dn)
	case xlat.TCF_EM_CMP:
		ok = emCmp(s, d, dn)
	case xlat.TCF_EM_NBYTE:
		ok = emNbyte(s, d, dn)
	case xlat.TCF_EM_U32:
		ok = layoutDec{tcU32Key}.decode(s, d, dn)
	case xlat.TCF_EM_META:
		s.attrs(d, dn, tcaEmMetaAttrs)
		ok = true
	case xlat.TCF_EM_TEXT:
		ok = emText(s, d, dn)
	}
	if !ok {
		s.rollback(m)
		s.hex(d, dn)
	}
	s.close()
	return true
}

// nibbles returns the two 4-bit fields of a byte holding "a:4; b:4" in
// the host's bit order.
func (s *state) nibbles(off int) (a, b uint64) {
	v := s.u8(off)
	if s.be {
		return v >> 4, v & 15
	}
	return v & 15, v >> 4
}

// emCmp prints struct tcf_em_cmp.
func emCmp(s *state, off, n int) bool {
	if n < 12 {
		return false
	}
	s.openStruct("", off, 12)
	s.fieldU("val", off, 4)
	s.fieldX("mask", off+4, 4)
	s.fieldU("off", off+8, 2)
	align, flags := s.nibbles(off + 10)
	layer, opnd := s.nibbles(off + 11)
	s.xvalV("align", align, off+10, 1, xlat.TcfEmAligns, "TCF_EM_ALIGN_???", numX)
	s.flagsV("flags", flags, off+10, 1, xlat.TcfEmCmpFlags, "TCF_EM_CMP_???")
	s.xvalV("layer", layer, off+11, 1, xlat.TcfLayers, "TCF_LAYER_???", numX)
	s.xvalV("opnd", opnd, off+11, 1, xlat.TcfEmOpnds, "TCF_EM_OPND_???", numX)
	s.close()
	return true
}

// emNbyte prints struct tcf_em_nbyte and the bytes to match.
func emNbyte(s *state, off, n int) bool {
	if n < 4 {
		return false
	}
	v := s.u16(off + 2)
	l, layer := v&0xfff, v>>12
	if s.be {
		l, layer = v>>4, v&15
	}
	s.openArray("", off, n)
	s.openStruct("", off, 4)
	s.fieldU("off", off, 2)
	s.value("len", FmtU, l, off+2, 2)
	s.xvalV("layer", layer, off+2, 2, xlat.TcfLayers, "TCF_LAYER_???", numX)
	s.close()
	if n > 4 {
		s.hex(off+4, n-4)
	}
	s.close()
	return true
}

// emText prints struct tcf_em_text and the pattern.
func emText(s *state, off, n int) bool {
	const size = 24
	if n < size {
		return false
	}
	s.openArray("", off, n)
	s.openStruct("", off, size)
	s.str("algo", off, 16, qNulTerm|qNoLimit)
	s.fieldU("from_offset", off+16, 2)
	s.fieldU("to_offset", off+18, 2)
	s.fieldU("pattern_len", off+20, 2)
	from, to := s.nibbles(off + 22)
	s.xvalV("from_layer", from, off+22, 1, xlat.TcfLayers, "TCF_LAYER_???", numX)
	s.xvalV("to_layer", to, off+22, 1, xlat.TcfLayers, "TCF_LAYER_???", numX)
	s.close()
	if n > size {
		s.str("", off+size, n-size, 0)
	}
	s.close()
	return true
}

// tcfMetaVal prints struct tcf_meta_val: the kind is TYPE<<12|ID.
func tcfMetaVal(s *state, name string, off int) {
	kind := s.u16(off)
	s.openStruct(name, off, 4)
	q := s.add(Node{kind: KindSeq, name: "kind", u: kind, off: uint32(off), len: 2, size: 2})
	s.stack = append(s.stack, int32(q))
	s.xvalV("", kind>>12, off, 2, xlat.TcfMetaTypes, "TCF_META_TYPE_???", numX)
	s.text("", "<<12|")
	s.xvalV("", kind&0x7ff, off, 2, xlat.TcfMetaIds, "TCF_META_ID_???", numX)
	s.close()
	s.fieldU("shift", off+2, 1)
	s.xval("op", off+3, 1, xlat.TcfEmOpnds, "TCF_EM_OPND_???")
	s.close()
}

var tcfMetaHdr = lay(8,
	mFn("left", 0, 4, tcfMetaVal),
	mFn("right", 4, 4, tcfMetaVal),
)

// metaValue prints a meta operand: a 32-bit number, else its bytes.
var metaValue = funcDec(func(s *state, off, n int) bool {
	if n != 4 {
		return false
	}
	s.fieldU("", off, 4)
	return true
})

var tcaEmMetaAttrs = newSet(xlat.TcaEmMetaAttrs, "TCA_EM_META_???", []attrDec{
	xlat.TCA_EM_META_HDR:    layoutDec{tcfMetaHdr},
	xlat.TCA_EM_META_LVALUE: metaValue,
	xlat.TCA_EM_META_RVALUE: metaValue,
})

// --- fw, route, flow, tcindex ---

var tcaFwAttrs = newSet(xlat.TcaFwAttrs, "TCA_FW_???", []attrDec{
	xlat.TCA_FW_CLASSID: nlaHandle,
	xlat.TCA_FW_POLICE:  nestDec{tcaPoliceAttrs},
	xlat.TCA_FW_INDEV:   nlaStr,
	xlat.TCA_FW_ACT:     nestDec{tcActList},
	xlat.TCA_FW_MASK:    nlaX32,
})

var tcaRoute4Attrs = newSet(xlat.TcaRoute4Attrs, "TCA_ROUTE4_???", []attrDec{
	xlat.TCA_ROUTE4_CLASSID: nlaHandle,
	xlat.TCA_ROUTE4_TO:      nlaU32,
	xlat.TCA_ROUTE4_FROM:    nlaU32,
	xlat.TCA_ROUTE4_IIF:     nlaIfindex,
	xlat.TCA_ROUTE4_POLICE:  nestDec{tcaPoliceAttrs},
	xlat.TCA_ROUTE4_ACT:     nestDec{tcActList},
})

var tcaFlowAttrs = newSet(xlat.TcaFlowAttrs, "TCA_FLOW_???", []attrDec{
	xlat.TCA_FLOW_KEYS:      nlaX32,
	xlat.TCA_FLOW_MODE:      xvalDec{tab: xlat.TcFlowModes, dflt: "FLOW_MODE_???", size: 4},
	xlat.TCA_FLOW_BASECLASS: nlaHandle,
	xlat.TCA_FLOW_RSHIFT:    nlaU32,
	xlat.TCA_FLOW_ADDEND:    nlaU32,
	xlat.TCA_FLOW_MASK:      nlaX32,
	xlat.TCA_FLOW_XOR:       nlaX32,
	xlat.TCA_FLOW_DIVISOR:   nlaU32,
	xlat.TCA_FLOW_ACT:       nestDec{tcActList},
	xlat.TCA_FLOW_POLICE:    nestDec{tcaPoliceAttrs},
	xlat.TCA_FLOW_EMATCHES:  nestDec{tcaEmatchTreeAttrs},
	xlat.TCA_FLOW_PERTURB:   nlaU32,
})

var tcaTcindexAttrs = newSet(xlat.TcaTcindexAttrs, "TCA_TCINDEX_???", []attrDec{
	xlat.TCA_TCINDEX_HASH:         nlaU32,
	xlat.TCA_TCINDEX_MASK:         nlaX16,
	xlat.TCA_TCINDEX_SHIFT:        nlaU32,
	xlat.TCA_TCINDEX_FALL_THROUGH: nlaU32,
	xlat.TCA_TCINDEX_CLASSID:      nlaHandle,
	xlat.TCA_TCINDEX_POLICE:       nestDec{tcaPoliceAttrs},
	xlat.TCA_TCINDEX_ACT:          nestDec{tcActList},
})
