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

var tcaU32Attrs = newSet(xlat.TcaU32Attrs, "TCA_U32_???", map[uint16]attrDec{
	1:  nlaHandle,               // TCA_U32_CLASSID
	2:  nlaHandle,               // TCA_U32_HASH
	3:  nlaHandle,               // TCA_U32_LINK
	4:  nlaU32,                  // TCA_U32_DIVISOR
	5:  funcDec(u32Sel),         // TCA_U32_SEL
	6:  nestDec{tcaPoliceAttrs}, // TCA_U32_POLICE
	7:  nestDec{tcActList},      // TCA_U32_ACT
	8:  nlaStr,                  // TCA_U32_INDEV
	9:  funcDec(u32Pcnt),        // TCA_U32_PCNT
	10: layoutDec{tcU32Mark},    // TCA_U32_MARK
	11: nlaClsFlags,             // TCA_U32_FLAGS
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

var tcaMatchallAttrs = newSet(xlat.TcaMatchallAttrs, "TCA_MATCHALL_???", map[uint16]attrDec{
	1: nlaHandle,                              // TCA_MATCHALL_CLASSID
	2: nestDec{tcActList},                     // TCA_MATCHALL_ACT
	3: nlaClsFlags,                            // TCA_MATCHALL_FLAGS
	4: layoutDec{lay(8, m(fU("rhit", 0, 8)))}, // TCA_MATCHALL_PCNT
})

// --- flower ---

var (
	nlaU8X  = nlaX8
	nlaPort = nlaBE16
)

var tcaFlowerEncOptGeneveAttrs = newSet(xlat.TcaFlowerEncOptGeneveAttrs, "TCA_FLOWER_KEY_ENC_OPT_GENEVE_???", map[uint16]attrDec{
	1: nlaBEHex16, // TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS
	2: nlaU8X,     // TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE
})

var tcaFlowerEncOptVxlanAttrs = newSet(xlat.TcaFlowerEncOptVxlanAttrs, "TCA_FLOWER_KEY_ENC_OPT_VXLAN_???", map[uint16]attrDec{
	1: nlaX32, // TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP
})

var tcaFlowerEncOptErspanAttrs = newSet(xlat.TcaFlowerEncOptErspanAttrs, "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_???", map[uint16]attrDec{
	1: nlaU8,   // TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER
	2: nlaBE32, // TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX
	3: nlaU8,   // TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR
	4: nlaU8,   // TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID
})

var tcaFlowerEncOptGtpAttrs = newSet(xlat.TcaFlowerEncOptGtpAttrs, "TCA_FLOWER_KEY_ENC_OPT_GTP_???", map[uint16]attrDec{
	1: nlaU8, // TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE
	2: nlaU8, // TCA_FLOWER_KEY_ENC_OPT_GTP_QFI
})

var tcaFlowerEncOptsAttrs = newSet(xlat.TcaFlowerEncOptsAttrs, "TCA_FLOWER_KEY_ENC_OPTS_???", map[uint16]attrDec{
	1: nestDec{tcaFlowerEncOptGeneveAttrs}, // TCA_FLOWER_KEY_ENC_OPTS_GENEVE
	2: nestDec{tcaFlowerEncOptVxlanAttrs},  // TCA_FLOWER_KEY_ENC_OPTS_VXLAN
	3: nestDec{tcaFlowerEncOptErspanAttrs}, // TCA_FLOWER_KEY_ENC_OPTS_ERSPAN
	4: nestDec{tcaFlowerEncOptGtpAttrs},    // TCA_FLOWER_KEY_ENC_OPTS_GTP
})

var tcaFlowerMplsLseAttrs = newSet(xlat.TcaFlowerMplsLseAttrs, "TCA_FLOWER_KEY_MPLS_OPT_LSE_???", map[uint16]attrDec{
	1: nlaU8,  // TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH
	2: nlaU8,  // TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL
	3: nlaU8,  // TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS
	4: nlaU8,  // TCA_FLOWER_KEY_MPLS_OPT_LSE_TC
	5: nlaU32, // TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL
})

var tcaFlowerMplsOptsAttrs = newSet(xlat.TcaFlowerMplsOptsAttrs, "TCA_FLOWER_KEY_MPLS_OPTS_???", map[uint16]attrDec{
	1: nestDec{tcaFlowerMplsLseAttrs}, // TCA_FLOWER_KEY_MPLS_OPTS_LSE
})

var tcaFlowerCfmAttrs = newSet(xlat.TcaFlowerCfmAttrs, "TCA_FLOWER_KEY_CFM_???", map[uint16]attrDec{
	1: nlaU8, // TCA_FLOWER_KEY_CFM_MD_LEVEL
	2: nlaU8, // TCA_FLOWER_KEY_CFM_OPCODE
})

var (
	flowerKeyFlags = beFlagsDec{xlat.TcaFlowerKeyFlags, "TCA_FLOWER_KEY_FLAGS_???", 4}
	flowerCtState  = flagsDec{xlat.TcaFlowerCtFlags, "TCA_FLOWER_KEY_CT_FLAGS_???", 2}
)

// tcaFlowerAttrs: addresses print as addresses, ports and other
// big-endian keys inside htons()/htonl(), VLAN ids and MPLS labels in host
// order as the kernel reads them.
var tcaFlowerAttrs = newSet(xlat.TcaFlowerAttrs, "TCA_FLOWER_???", map[uint16]attrDec{
	1:   nlaHandle,                       // TCA_FLOWER_CLASSID
	2:   nlaStr,                          // TCA_FLOWER_INDEV
	3:   nestDec{tcActList},              // TCA_FLOWER_ACT
	4:   nlaHwaddr,                       // TCA_FLOWER_KEY_ETH_DST
	5:   nlaHwaddr,                       // TCA_FLOWER_KEY_ETH_DST_MASK
	6:   nlaHwaddr,                       // TCA_FLOWER_KEY_ETH_SRC
	7:   nlaHwaddr,                       // TCA_FLOWER_KEY_ETH_SRC_MASK
	8:   nlaEtherProto,                   // TCA_FLOWER_KEY_ETH_TYPE
	9:   nlaIPProto,                      // TCA_FLOWER_KEY_IP_PROTO
	10:  nlaInAddr,                       // TCA_FLOWER_KEY_IPV4_SRC
	11:  nlaInAddr,                       // TCA_FLOWER_KEY_IPV4_SRC_MASK
	12:  nlaInAddr,                       // TCA_FLOWER_KEY_IPV4_DST
	13:  nlaInAddr,                       // TCA_FLOWER_KEY_IPV4_DST_MASK
	14:  nlaIn6Addr,                      // TCA_FLOWER_KEY_IPV6_SRC
	15:  nlaIn6Addr,                      // TCA_FLOWER_KEY_IPV6_SRC_MASK
	16:  nlaIn6Addr,                      // TCA_FLOWER_KEY_IPV6_DST
	17:  nlaIn6Addr,                      // TCA_FLOWER_KEY_IPV6_DST_MASK
	18:  nlaPort,                         // TCA_FLOWER_KEY_TCP_SRC
	19:  nlaPort,                         // TCA_FLOWER_KEY_TCP_DST
	20:  nlaPort,                         // TCA_FLOWER_KEY_UDP_SRC
	21:  nlaPort,                         // TCA_FLOWER_KEY_UDP_DST
	22:  nlaClsFlags,                     // TCA_FLOWER_FLAGS
	23:  nlaU16,                          // TCA_FLOWER_KEY_VLAN_ID
	24:  nlaU8,                           // TCA_FLOWER_KEY_VLAN_PRIO
	25:  nlaEtherProto,                   // TCA_FLOWER_KEY_VLAN_ETH_TYPE
	26:  nlaBE32,                         // TCA_FLOWER_KEY_ENC_KEY_ID
	27:  nlaInAddr,                       // TCA_FLOWER_KEY_ENC_IPV4_SRC
	28:  nlaInAddr,                       // TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK
	29:  nlaInAddr,                       // TCA_FLOWER_KEY_ENC_IPV4_DST
	30:  nlaInAddr,                       // TCA_FLOWER_KEY_ENC_IPV4_DST_MASK
	31:  nlaIn6Addr,                      // TCA_FLOWER_KEY_ENC_IPV6_SRC
	32:  nlaIn6Addr,                      // TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK
	33:  nlaIn6Addr,                      // TCA_FLOWER_KEY_ENC_IPV6_DST
	34:  nlaIn6Addr,                      // TCA_FLOWER_KEY_ENC_IPV6_DST_MASK
	35:  nlaBEHex16,                      // TCA_FLOWER_KEY_TCP_SRC_MASK
	36:  nlaBEHex16,                      // TCA_FLOWER_KEY_TCP_DST_MASK
	37:  nlaBEHex16,                      // TCA_FLOWER_KEY_UDP_SRC_MASK
	38:  nlaBEHex16,                      // TCA_FLOWER_KEY_UDP_DST_MASK
	39:  nlaBEHex16,                      // TCA_FLOWER_KEY_SCTP_SRC_MASK
	40:  nlaBEHex16,                      // TCA_FLOWER_KEY_SCTP_DST_MASK
	41:  nlaPort,                         // TCA_FLOWER_KEY_SCTP_SRC
	42:  nlaPort,                         // TCA_FLOWER_KEY_SCTP_DST
	43:  nlaPort,                         // TCA_FLOWER_KEY_ENC_UDP_SRC_PORT
	44:  nlaBEHex16,                      // TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK
	45:  nlaPort,                         // TCA_FLOWER_KEY_ENC_UDP_DST_PORT
	46:  nlaBEHex16,                      // TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK
	47:  flowerKeyFlags,                  // TCA_FLOWER_KEY_FLAGS
	48:  flowerKeyFlags,                  // TCA_FLOWER_KEY_FLAGS_MASK
	49:  nlaU8,                           // TCA_FLOWER_KEY_ICMPV4_CODE
	50:  nlaU8X,                          // TCA_FLOWER_KEY_ICMPV4_CODE_MASK
	51:  nlaU8,                           // TCA_FLOWER_KEY_ICMPV4_TYPE
	52:  nlaU8X,                          // TCA_FLOWER_KEY_ICMPV4_TYPE_MASK
	53:  nlaU8,                           // TCA_FLOWER_KEY_ICMPV6_CODE
	54:  nlaU8X,                          // TCA_FLOWER_KEY_ICMPV6_CODE_MASK
	55:  nlaU8,                           // TCA_FLOWER_KEY_ICMPV6_TYPE
	56:  nlaU8X,                          // TCA_FLOWER_KEY_ICMPV6_TYPE_MASK
	57:  nlaInAddr,                       // TCA_FLOWER_KEY_ARP_SIP
	58:  nlaInAddr,                       // TCA_FLOWER_KEY_ARP_SIP_MASK
	59:  nlaInAddr,                       // TCA_FLOWER_KEY_ARP_TIP
	60:  nlaInAddr,                       // TCA_FLOWER_KEY_ARP_TIP_MASK
	61:  nlaU8,                           // TCA_FLOWER_KEY_ARP_OP
	62:  nlaU8X,                          // TCA_FLOWER_KEY_ARP_OP_MASK
	63:  nlaHwaddr,                       // TCA_FLOWER_KEY_ARP_SHA
	64:  nlaHwaddr,                       // TCA_FLOWER_KEY_ARP_SHA_MASK
	65:  nlaHwaddr,                       // TCA_FLOWER_KEY_ARP_THA
	66:  nlaHwaddr,                       // TCA_FLOWER_KEY_ARP_THA_MASK
	67:  nlaU8,                           // TCA_FLOWER_KEY_MPLS_TTL
	68:  nlaU8,                           // TCA_FLOWER_KEY_MPLS_BOS
	69:  nlaU8,                           // TCA_FLOWER_KEY_MPLS_TC
	70:  nlaU32,                          // TCA_FLOWER_KEY_MPLS_LABEL
	71:  nlaBEHex16,                      // TCA_FLOWER_KEY_TCP_FLAGS
	72:  nlaBEHex16,                      // TCA_FLOWER_KEY_TCP_FLAGS_MASK
	73:  nlaU8X,                          // TCA_FLOWER_KEY_IP_TOS
	74:  nlaU8X,                          // TCA_FLOWER_KEY_IP_TOS_MASK
	75:  nlaU8,                           // TCA_FLOWER_KEY_IP_TTL
	76:  nlaU8X,                          // TCA_FLOWER_KEY_IP_TTL_MASK
	77:  nlaU16,                          // TCA_FLOWER_KEY_CVLAN_ID
	78:  nlaU8,                           // TCA_FLOWER_KEY_CVLAN_PRIO
	79:  nlaEtherProto,                   // TCA_FLOWER_KEY_CVLAN_ETH_TYPE
	80:  nlaU8X,                          // TCA_FLOWER_KEY_ENC_IP_TOS
	81:  nlaU8X,                          // TCA_FLOWER_KEY_ENC_IP_TOS_MASK
	82:  nlaU8,                           // TCA_FLOWER_KEY_ENC_IP_TTL
	83:  nlaU8X,                          // TCA_FLOWER_KEY_ENC_IP_TTL_MASK
	84:  nestDec{tcaFlowerEncOptsAttrs},  // TCA_FLOWER_KEY_ENC_OPTS
	85:  nestDec{tcaFlowerEncOptsAttrs},  // TCA_FLOWER_KEY_ENC_OPTS_MASK
	86:  nlaU32,                          // TCA_FLOWER_IN_HW_COUNT
	87:  nlaPort,                         // TCA_FLOWER_KEY_PORT_SRC_MIN
	88:  nlaPort,                         // TCA_FLOWER_KEY_PORT_SRC_MAX
	89:  nlaPort,                         // TCA_FLOWER_KEY_PORT_DST_MIN
	90:  nlaPort,                         // TCA_FLOWER_KEY_PORT_DST_MAX
	91:  flowerCtState,                   // TCA_FLOWER_KEY_CT_STATE
	92:  flowerCtState,                   // TCA_FLOWER_KEY_CT_STATE_MASK
	93:  nlaU16,                          // TCA_FLOWER_KEY_CT_ZONE
	94:  nlaX16,                          // TCA_FLOWER_KEY_CT_ZONE_MASK
	95:  nlaX32,                          // TCA_FLOWER_KEY_CT_MARK
	96:  nlaX32,                          // TCA_FLOWER_KEY_CT_MARK_MASK
	99:  nestDec{tcaFlowerMplsOptsAttrs}, // TCA_FLOWER_KEY_MPLS_OPTS
	100: nlaX32,                          // TCA_FLOWER_KEY_HASH
	101: nlaX32,                          // TCA_FLOWER_KEY_HASH_MASK
	102: nlaU8,                           // TCA_FLOWER_KEY_NUM_OF_VLANS
	103: nlaBE16,                         // TCA_FLOWER_KEY_PPPOE_SID
	104: nlaBEHex16,                      // TCA_FLOWER_KEY_PPP_PROTO
	105: nlaBE32,                         // TCA_FLOWER_KEY_L2TPV3_SID
	106: nlaU8,                           // TCA_FLOWER_L2_MISS
	107: nestDec{tcaFlowerCfmAttrs},      // TCA_FLOWER_KEY_CFM
	108: nlaBEHex32,                      // TCA_FLOWER_KEY_SPI
	109: nlaBEHex32,                      // TCA_FLOWER_KEY_SPI_MASK
	110: flowerKeyFlags,                  // TCA_FLOWER_KEY_ENC_FLAGS
	111: flowerKeyFlags,                  // TCA_FLOWER_KEY_ENC_FLAGS_MASK
})

// --- bpf ---

var tcaBpfAttrs = newSet(xlat.TcaBpfAttrs, "TCA_BPF_???", map[uint16]attrDec{
	1:  nestDec{tcActList},                                // TCA_BPF_ACT
	2:  nestDec{tcaPoliceAttrs},                           // TCA_BPF_POLICE
	3:  nlaHandle,                                         // TCA_BPF_CLASSID
	4:  nlaU16,                                            // TCA_BPF_OPS_LEN
	5:  cbpfProg,                                          // TCA_BPF_OPS
	6:  nlaFd,                                             // TCA_BPF_FD
	7:  nlaStr,                                            // TCA_BPF_NAME
	8:  flagsDec{xlat.TcaBpfFlags, "TCA_BPF_FLAG_???", 4}, // TCA_BPF_FLAGS
	9:  nlaClsFlags,                                       // TCA_BPF_FLAGS_GEN
	11: nlaU32,                                            // TCA_BPF_ID
})

// --- basic, cgroup, and their extended matches ---

var tcaBasicAttrs = newSet(xlat.TcaBasicAttrs, "TCA_BASIC_???", map[uint16]attrDec{
	1: nlaHandle,                                                    // TCA_BASIC_CLASSID
	2: nestDec{tcaEmatchTreeAttrs},                                  // TCA_BASIC_EMATCHES
	3: nestDec{tcActList},                                           // TCA_BASIC_ACT
	4: nestDec{tcaPoliceAttrs},                                      // TCA_BASIC_POLICE
	5: layoutDec{lay(16, m(fU("rcnt", 0, 8)), m(fU("rhit", 8, 8)))}, // TCA_BASIC_PCNT
})

var tcaCgroupAttrs = newSet(xlat.TcaCgroupAttrs, "TCA_CGROUP_???", map[uint16]attrDec{
	1: nestDec{tcActList},          // TCA_CGROUP_ACT
	2: nestDec{tcaPoliceAttrs},     // TCA_CGROUP_POLICE
	3: nestDec{tcaEmatchTreeAttrs}, // TCA_CGROUP_EMATCHES
})

var tcfEmatchTreeHdr = lay(4,
	m(fU("nmatches", 0, 2)),
	m(fU("progid", 2, 2)),
)

var tcaEmatchTreeAttrs = newSet(xlat.TcaEmatchTreeAttrs, "TCA_EMATCH_TREE_???", map[uint16]attrDec{
	1: layoutDec{tcfEmatchTreeHdr}, // TCA_EMATCH_TREE_HDR
	2: nestDec{tcEmatchList},       // TCA_EMATCH_TREE_LIST
})

// tcEmatchList holds the matches; each attribute's type is the match's
// number (from 1).
var tcEmatchList = &attrSet{byType: func(s *state, typ uint16) attrDec { return funcDec(ematch) }}

const (
	tcfEmContainer = 0
	tcfEmCmp       = 1
	tcfEmNbyte     = 2
	tcfEmU32       = 3
	tcfEmMeta      = 4
	tcfEmText      = 5
)

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
	case tcfEmContainer:
		ok = nlaU32.decode(s, d, dn)
	case tcfEmCmp:
		ok = emCmp(s, d, dn)
	case tcfEmNbyte:
		ok = emNbyte(s, d, dn)
	case tcfEmU32:
		ok = layoutDec{tcU32Key}.decode(s, d, dn)
	case tcfEmMeta:
		s.attrs(d, dn, tcaEmMetaAttrs)
		ok = true
	case tcfEmText:
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

var tcaEmMetaAttrs = newSet(xlat.TcaEmMetaAttrs, "TCA_EM_META_???", map[uint16]attrDec{
	1: layoutDec{tcfMetaHdr}, // TCA_EM_META_HDR
	2: metaValue,             // TCA_EM_META_LVALUE
	3: metaValue,             // TCA_EM_META_RVALUE
})

// --- fw, route, flow, tcindex ---

var tcaFwAttrs = newSet(xlat.TcaFwAttrs, "TCA_FW_???", map[uint16]attrDec{
	1: nlaHandle,               // TCA_FW_CLASSID
	2: nestDec{tcaPoliceAttrs}, // TCA_FW_POLICE
	3: nlaStr,                  // TCA_FW_INDEV
	4: nestDec{tcActList},      // TCA_FW_ACT
	5: nlaX32,                  // TCA_FW_MASK
})

var tcaRoute4Attrs = newSet(xlat.TcaRoute4Attrs, "TCA_ROUTE4_???", map[uint16]attrDec{
	1: nlaHandle,               // TCA_ROUTE4_CLASSID
	2: nlaU32,                  // TCA_ROUTE4_TO
	3: nlaU32,                  // TCA_ROUTE4_FROM
	4: nlaIfindex,              // TCA_ROUTE4_IIF
	5: nestDec{tcaPoliceAttrs}, // TCA_ROUTE4_POLICE
	6: nestDec{tcActList},      // TCA_ROUTE4_ACT
})

var tcaFlowAttrs = newSet(xlat.TcaFlowAttrs, "TCA_FLOW_???", map[uint16]attrDec{
	1:  nlaX32,                                                         // TCA_FLOW_KEYS
	2:  xvalDec{tab: xlat.TcFlowModes, dflt: "FLOW_MODE_???", size: 4}, // TCA_FLOW_MODE
	3:  nlaHandle,                                                      // TCA_FLOW_BASECLASS
	4:  nlaU32,                                                         // TCA_FLOW_RSHIFT
	5:  nlaU32,                                                         // TCA_FLOW_ADDEND
	6:  nlaX32,                                                         // TCA_FLOW_MASK
	7:  nlaX32,                                                         // TCA_FLOW_XOR
	8:  nlaU32,                                                         // TCA_FLOW_DIVISOR
	9:  nestDec{tcActList},                                             // TCA_FLOW_ACT
	10: nestDec{tcaPoliceAttrs},                                        // TCA_FLOW_POLICE
	11: nestDec{tcaEmatchTreeAttrs},                                    // TCA_FLOW_EMATCHES
	12: nlaU32,                                                         // TCA_FLOW_PERTURB
})

var tcaTcindexAttrs = newSet(xlat.TcaTcindexAttrs, "TCA_TCINDEX_???", map[uint16]attrDec{
	1: nlaU32,                  // TCA_TCINDEX_HASH
	2: nlaX16,                  // TCA_TCINDEX_MASK
	3: nlaU32,                  // TCA_TCINDEX_SHIFT
	4: nlaU32,                  // TCA_TCINDEX_FALL_THROUGH
	5: nlaHandle,               // TCA_TCINDEX_CLASSID
	6: nestDec{tcaPoliceAttrs}, // TCA_TCINDEX_POLICE
	7: nestDec{tcActList},      // TCA_TCINDEX_ACT
})
