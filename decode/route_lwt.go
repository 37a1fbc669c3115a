package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Lightweight tunnel encapsulations: the payload of RTA_ENCAP and
// NHA_ENCAP, whose meaning the sibling RTA_ENCAP_TYPE / NHA_ENCAP_TYPE
// attribute gives. The message decoders find that type first and keep it
// in ctx.aux (plus one; 0 when there is none). strace 6.1 prints these
// payloads as hex.

func lwtEncapDec(s *state, off, n int) bool {
	if s.ctx.aux == 0 {
		return false
	}
	var set *attrSet
	switch s.ctx.aux - 1 {
	case xlat.LWTUNNEL_ENCAP_MPLS:
		set = lwtMPLSAttrs
	case xlat.LWTUNNEL_ENCAP_IP:
		set = lwtIPAttrs
	case xlat.LWTUNNEL_ENCAP_ILA:
		set = lwtILAAttrs
	case xlat.LWTUNNEL_ENCAP_IP6:
		set = lwtIP6Attrs
	case xlat.LWTUNNEL_ENCAP_SEG6:
		set = lwtSeg6Attrs
	case xlat.LWTUNNEL_ENCAP_BPF:
		set = lwtBPFAttrs
	case xlat.LWTUNNEL_ENCAP_SEG6_LOCAL:
		set = lwtSeg6LocalAttrs
	case xlat.LWTUNNEL_ENCAP_RPL:
		set = lwtRPLAttrs
	case xlat.LWTUNNEL_ENCAP_IOAM6:
		set = lwtIOAM6Attrs
	case xlat.LWTUNNEL_ENCAP_XFRM:
		set = lwtXfrmAttrs
	default:
		return false
	}
	s.attrs(off, n, set)
	return true
}

var lwtMPLSAttrs = newSet(xlat.RtnlMplsIptunnelAttrs, "MPLS_IPTUNNEL_???", []attrDec{
	xlat.MPLS_IPTUNNEL_DST: nlaMPLSLabels,
	xlat.MPLS_IPTUNNEL_TTL: nlaU8,
})

var lwtTunFlags = flagsDec{tab: xlat.LwtTunnelFlags, dflt: "TUNNEL_???", size: 2, be: true, tail: true}

var lwtGeneveOptAttrs = newSet(xlat.RtnlLwtunnelIpOptGeneveAttrs, "LWTUNNEL_IP_OPT_GENEVE_???", []attrDec{
	xlat.LWTUNNEL_IP_OPT_GENEVE_CLASS: nlaBE16,
	xlat.LWTUNNEL_IP_OPT_GENEVE_TYPE:  nlaU8,
})

var lwtVxlanOptAttrs = newSet(xlat.RtnlLwtunnelIpOptVxlanAttrs, "LWTUNNEL_IP_OPT_VXLAN_???", []attrDec{
	xlat.LWTUNNEL_IP_OPT_VXLAN_GBP: nlaX32,
})

var lwtErspanOptAttrs = newSet(xlat.RtnlLwtunnelIpOptErspanAttrs, "LWTUNNEL_IP_OPT_ERSPAN_???", []attrDec{
	xlat.LWTUNNEL_IP_OPT_ERSPAN_VER:   nlaU8,
	xlat.LWTUNNEL_IP_OPT_ERSPAN_INDEX: nlaBE32,
	xlat.LWTUNNEL_IP_OPT_ERSPAN_DIR:   nlaU8,
	xlat.LWTUNNEL_IP_OPT_ERSPAN_HWID:  nlaU8,
})

var lwtIPOptsAttrs = newSet(xlat.RtnlLwtunnelIpOptsAttrs, "LWTUNNEL_IP_OPTS_???", []attrDec{
	xlat.LWTUNNEL_IP_OPTS_GENEVE: nestDec{lwtGeneveOptAttrs},
	xlat.LWTUNNEL_IP_OPTS_VXLAN:  nestDec{lwtVxlanOptAttrs},
	xlat.LWTUNNEL_IP_OPTS_ERSPAN: nestDec{lwtErspanOptAttrs},
})

var lwtIPAttrs = newSet(xlat.RtnlLwtunnelIpAttrs, "LWTUNNEL_IP_???", []attrDec{
	xlat.LWTUNNEL_IP_ID:    nlaBE64,
	xlat.LWTUNNEL_IP_DST:   nlaInAddr,
	xlat.LWTUNNEL_IP_SRC:   nlaInAddr,
	xlat.LWTUNNEL_IP_TTL:   nlaU8,
	xlat.LWTUNNEL_IP_TOS:   nlaU8,
	xlat.LWTUNNEL_IP_FLAGS: lwtTunFlags,
	xlat.LWTUNNEL_IP_OPTS:  nestDec{lwtIPOptsAttrs},
})

var lwtIP6Attrs = newSet(xlat.RtnlLwtunnelIp6Attrs, "LWTUNNEL_IP6_???", []attrDec{
	xlat.LWTUNNEL_IP6_ID:       nlaBE64,
	xlat.LWTUNNEL_IP6_DST:      nlaIn6Addr,
	xlat.LWTUNNEL_IP6_SRC:      nlaIn6Addr,
	xlat.LWTUNNEL_IP6_HOPLIMIT: nlaU8,
	xlat.LWTUNNEL_IP6_TC:       nlaU8,
	xlat.LWTUNNEL_IP6_FLAGS:    lwtTunFlags,
	xlat.LWTUNNEL_IP6_OPTS:     nestDec{lwtIPOptsAttrs},
})

var lwtILAAttrs = newSet(xlat.RtnlIlaAttrs, "ILA_ATTR_???", []attrDec{
	xlat.ILA_ATTR_LOCATOR:       nlaX64,
	xlat.ILA_ATTR_IDENTIFIER:    nlaX64,
	xlat.ILA_ATTR_LOCATOR_MATCH: nlaX64,
	xlat.ILA_ATTR_IFINDEX:       nlaIfindex,
	xlat.ILA_ATTR_DIR:           nlaX32,
	xlat.ILA_ATTR_CSUM_MODE:     xvalDec{tab: xlat.IlaCsumModes, dflt: "ILA_CSUM_???", size: 1},
	xlat.ILA_ATTR_IDENT_TYPE:    xvalDec{tab: xlat.IlaIdentTypes, dflt: "ILA_ATYPE_???", size: 1},
	xlat.ILA_ATTR_HOOK_TYPE:     xvalDec{tab: xlat.IlaHookTypes, dflt: "ILA_HOOK_???", size: 1},
})

// seg6EncapDec prints struct seg6_iptunnel_encap: the mode, then the
// segment routing header.
var seg6EncapDec = funcDec(func(s *state, off, n int) bool {
	if n < 4+8 {
		return false
	}
	s.openStruct("", off, n)
	s.xvalV("mode", s.u32(off), off, 4, xlat.Seg6IptunModes, "SEG6_IPTUN_MODE_???", numD)
	s.rtSRH("srh", off+4, n-4)
	s.close()
	return true
})

var lwtSeg6Attrs = newSet(xlat.RtnlSeg6IptunnelAttrs, "SEG6_IPTUNNEL_???", []attrDec{
	xlat.SEG6_IPTUNNEL_SRH: seg6EncapDec,
})

var lwtBPFProgAttrs = newSet(xlat.RtnlLwtBpfProgAttrs, "LWT_BPF_PROG_???", []attrDec{
	xlat.LWT_BPF_PROG_FD:   nlaU32,
	xlat.LWT_BPF_PROG_NAME: nlaStr,
})

var lwtBPFAttrs = newSet(xlat.RtnlLwtBpfAttrs, "LWT_BPF_???", []attrDec{
	xlat.LWT_BPF_IN:            nestDec{lwtBPFProgAttrs},
	xlat.LWT_BPF_OUT:           nestDec{lwtBPFProgAttrs},
	xlat.LWT_BPF_XMIT:          nestDec{lwtBPFProgAttrs},
	xlat.LWT_BPF_XMIT_HEADROOM: nlaU32,
})

var seg6LocalBPFAttrs = newSet(xlat.RtnlSeg6LocalBpfProgAttrs, "SEG6_LOCAL_BPF_PROG_???", []attrDec{
	xlat.SEG6_LOCAL_BPF_PROG:      nlaU32,
	xlat.SEG6_LOCAL_BPF_PROG_NAME: nlaStr,
})

var seg6LocalCntAttrs = newSet(xlat.RtnlSeg6LocalCntAttrs, "SEG6_LOCAL_CNT_???", []attrDec{
	xlat.SEG6_LOCAL_CNT_PACKETS: nlaU64,
	xlat.SEG6_LOCAL_CNT_BYTES:   nlaU64,
	xlat.SEG6_LOCAL_CNT_ERRORS:  nlaU64,
})

var seg6LocalFlvAttrs = newSet(xlat.RtnlSeg6LocalFlvAttrs, "SEG6_LOCAL_FLV_???", []attrDec{
	xlat.SEG6_LOCAL_FLV_OPERATION:      flagsDec{tab: xlat.Seg6LocalFlvOpFlags, dflt: "1<<SEG6_LOCAL_FLV_OP_???", size: 4},
	xlat.SEG6_LOCAL_FLV_LCBLOCK_BITS:   nlaU8,
	xlat.SEG6_LOCAL_FLV_LCNODE_FN_BITS: nlaU8,
})

var lwtSeg6LocalAttrs = newSet(xlat.RtnlSeg6LocalAttrs, "SEG6_LOCAL_???", []attrDec{
	xlat.SEG6_LOCAL_ACTION:   xvalDec{tab: xlat.Seg6LocalActions, dflt: "SEG6_LOCAL_ACTION_???", size: 4},
	xlat.SEG6_LOCAL_SRH:      funcDec(func(s *state, off, n int) bool { return s.rtSRH("", off, n) }),
	xlat.SEG6_LOCAL_TABLE:    nlaU32,
	xlat.SEG6_LOCAL_NH4:      nlaInAddr,
	xlat.SEG6_LOCAL_NH6:      nlaIn6Addr,
	xlat.SEG6_LOCAL_IIF:      nlaIfindex,
	xlat.SEG6_LOCAL_OIF:      nlaIfindex,
	xlat.SEG6_LOCAL_BPF:      nestDec{seg6LocalBPFAttrs},
	xlat.SEG6_LOCAL_VRFTABLE: nlaU32,
	xlat.SEG6_LOCAL_COUNTERS: nestDec{seg6LocalCntAttrs},
	xlat.SEG6_LOCAL_FLAVORS:  nestDec{seg6LocalFlvAttrs},
})

// rplSRHDec prints struct ipv6_rpl_sr_hdr. Its compression fields are
// nibbles in wire order (CmprI, CmprE, Pad); uncompressed segments print
// as addresses, compressed ones as hex.
var rplSRHDec = funcDec(func(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	size := min(n, (int(s.u8(off+1))+1)*8)
	b4, b5 := s.u8(off+4), s.u8(off+5)
	s.openStruct("", off, size)
	s.fieldU("nexthdr", off, 1)
	s.fieldU("hdrlen", off+1, 1)
	s.fieldU("type", off+2, 1)
	s.fieldU("segments_left", off+3, 1)
	s.value("cmpri", FmtU, b4>>4, off+4, 1)
	s.value("cmpre", FmtU, b4&15, off+4, 1)
	s.value("pad", FmtU, b5>>4, off+5, 1)
	rest := size - 8
	if b4 == 0 && rest >= 16 {
		cnt := rest / 16
		s.openArray("segments", off+8, cnt*16)
		for k := 0; k < cnt; k++ {
			s.inet("", xlat.AF_INET6, off+8+16*k, 16)
		}
		s.close()
		rest -= cnt * 16
	}
	if rest > 0 {
		s.rtHexNamed("segdata", off+size-rest, rest)
	}
	s.close()
	return true
})

var lwtRPLAttrs = newSet(xlat.RtnlRplIptunnelAttrs, "RPL_IPTUNNEL_???", []attrDec{
	xlat.RPL_IPTUNNEL_SRH: rplSRHDec,
})

// ioam6TraceDec prints struct ioam6_trace_hdr: the namespace, the node
// data length, overflow bit and remaining length, and the trace type.
var ioam6TraceDec = funcDec(func(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	b2, b3 := s.u8(off+2), s.u8(off+3)
	s.openStruct("", off, n)
	s.call("namespace_id", "htons", off, 2)
	i := s.value("", FmtU, s.ube(off, 2), off, 2)
	s.setFlag(i, flagBE)
	s.close()
	s.value("nodelen", FmtU, b2>>3, off+2, 1)
	s.value("overflow", FmtU, (b2>>2)&1, off+2, 1)
	s.value("remlen", FmtU, b3&0x7f, off+3, 1)
	s.call("type_be32", "htonl", off+4, 4)
	i = s.value("", FmtX, s.ube(off+4, 4), off+4, 4)
	s.setFlag(i, flagBE)
	s.close()
	if n > 8 {
		s.rtHexNamed("data", off+8, n-8)
	}
	s.close()
	return true
})

var lwtIOAM6Attrs = newSet(xlat.RtnlIoam6IptunnelAttrs, "IOAM6_IPTUNNEL_???", []attrDec{
	xlat.IOAM6_IPTUNNEL_MODE:   xvalDec{tab: xlat.Ioam6IptunnelModes, dflt: "IOAM6_IPTUNNEL_MODE_???", size: 1},
	xlat.IOAM6_IPTUNNEL_DST:    nlaIn6Addr,
	xlat.IOAM6_IPTUNNEL_TRACE:  ioam6TraceDec,
	xlat.IOAM6_IPTUNNEL_FREQ_K: nlaU32,
	xlat.IOAM6_IPTUNNEL_FREQ_N: nlaU32,
	xlat.IOAM6_IPTUNNEL_SRC:    nlaIn6Addr,
})

var lwtXfrmAttrs = newSet(xlat.RtnlLwtXfrmAttrs, "LWT_XFRM_???", []attrDec{
	xlat.LWT_XFRM_IF_ID: nlaU32,
	xlat.LWT_XFRM_LINK:  nlaIfindex,
})
