package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Lightweight tunnel encapsulations: the payload of RTA_ENCAP and
// NHA_ENCAP, whose meaning the sibling RTA_ENCAP_TYPE / NHA_ENCAP_TYPE
// attribute gives. The message decoders find that type first and keep it
// in ctx.aux (plus one; 0 when there is none). strace 6.1 prints these
// payloads as hex.

// LWTUNNEL_ENCAP_* values.
const (
	lwtMPLS      = 1
	lwtIP        = 2
	lwtILA       = 3
	lwtIP6       = 4
	lwtSeg6      = 5
	lwtBPF       = 6
	lwtSeg6Local = 7
	lwtRPL       = 8
	lwtIOAM6     = 9
	lwtXfrm      = 10
)

func lwtEncapDec(s *state, off, n int) bool {
	if s.ctx.aux == 0 {
		return false
	}
	var set *attrSet
	switch s.ctx.aux - 1 {
	case lwtMPLS:
		set = lwtMPLSAttrs
	case lwtIP:
		set = lwtIPAttrs
	case lwtILA:
		set = lwtILAAttrs
	case lwtIP6:
		set = lwtIP6Attrs
	case lwtSeg6:
		set = lwtSeg6Attrs
	case lwtBPF:
		set = lwtBPFAttrs
	case lwtSeg6Local:
		set = lwtSeg6LocalAttrs
	case lwtRPL:
		set = lwtRPLAttrs
	case lwtIOAM6:
		set = lwtIOAM6Attrs
	case lwtXfrm:
		set = lwtXfrmAttrs
	default:
		return false
	}
	s.attrs(off, n, set)
	return true
}

var lwtMPLSAttrs = newSet(xlat.RtnlMplsIptunnelAttrs, "MPLS_IPTUNNEL_???", map[uint16]attrDec{
	1: nlaMPLSLabels, // MPLS_IPTUNNEL_DST
	2: nlaU8,         // MPLS_IPTUNNEL_TTL
})

var lwtTunFlags = beFlagsDec{xlat.LwtTunnelFlags, "TUNNEL_???", 2}

var lwtGeneveOptAttrs = newSet(xlat.RtnlLwtunnelIpOptGeneveAttrs, "LWTUNNEL_IP_OPT_GENEVE_???", map[uint16]attrDec{
	1: nlaBE16, // LWTUNNEL_IP_OPT_GENEVE_CLASS
	2: nlaU8,   // LWTUNNEL_IP_OPT_GENEVE_TYPE
})

var lwtVxlanOptAttrs = newSet(xlat.RtnlLwtunnelIpOptVxlanAttrs, "LWTUNNEL_IP_OPT_VXLAN_???", map[uint16]attrDec{
	1: nlaX32, // LWTUNNEL_IP_OPT_VXLAN_GBP
})

var lwtErspanOptAttrs = newSet(xlat.RtnlLwtunnelIpOptErspanAttrs, "LWTUNNEL_IP_OPT_ERSPAN_???", map[uint16]attrDec{
	1: nlaU8,   // LWTUNNEL_IP_OPT_ERSPAN_VER
	2: nlaBE32, // LWTUNNEL_IP_OPT_ERSPAN_INDEX
	3: nlaU8,   // LWTUNNEL_IP_OPT_ERSPAN_DIR
	4: nlaU8,   // LWTUNNEL_IP_OPT_ERSPAN_HWID
})

var lwtIPOptsAttrs = newSet(xlat.RtnlLwtunnelIpOptsAttrs, "LWTUNNEL_IP_OPTS_???", map[uint16]attrDec{
	1: nestDec{lwtGeneveOptAttrs}, // LWTUNNEL_IP_OPTS_GENEVE
	2: nestDec{lwtVxlanOptAttrs},  // LWTUNNEL_IP_OPTS_VXLAN
	3: nestDec{lwtErspanOptAttrs}, // LWTUNNEL_IP_OPTS_ERSPAN
})

var lwtIPAttrs = newSet(xlat.RtnlLwtunnelIpAttrs, "LWTUNNEL_IP_???", map[uint16]attrDec{
	1: nlaBE64,                 // LWTUNNEL_IP_ID
	2: nlaInAddr,               // LWTUNNEL_IP_DST
	3: nlaInAddr,               // LWTUNNEL_IP_SRC
	4: nlaU8,                   // LWTUNNEL_IP_TTL
	5: nlaU8,                   // LWTUNNEL_IP_TOS
	6: lwtTunFlags,             // LWTUNNEL_IP_FLAGS
	8: nestDec{lwtIPOptsAttrs}, // LWTUNNEL_IP_OPTS
})

var lwtIP6Attrs = newSet(xlat.RtnlLwtunnelIp6Attrs, "LWTUNNEL_IP6_???", map[uint16]attrDec{
	1: nlaBE64,                 // LWTUNNEL_IP6_ID
	2: nlaIn6Addr,              // LWTUNNEL_IP6_DST
	3: nlaIn6Addr,              // LWTUNNEL_IP6_SRC
	4: nlaU8,                   // LWTUNNEL_IP6_HOPLIMIT
	5: nlaU8,                   // LWTUNNEL_IP6_TC
	6: lwtTunFlags,             // LWTUNNEL_IP6_FLAGS
	8: nestDec{lwtIPOptsAttrs}, // LWTUNNEL_IP6_OPTS
})

var lwtILAAttrs = newSet(xlat.RtnlIlaAttrs, "ILA_ATTR_???", map[uint16]attrDec{
	1: nlaX64,                                                           // ILA_ATTR_LOCATOR
	2: nlaX64,                                                           // ILA_ATTR_IDENTIFIER
	3: nlaX64,                                                           // ILA_ATTR_LOCATOR_MATCH
	4: nlaIfindex,                                                       // ILA_ATTR_IFINDEX
	5: nlaX32,                                                           // ILA_ATTR_DIR
	7: xvalDec{tab: xlat.IlaCsumModes, dflt: "ILA_CSUM_???", size: 1},   // ILA_ATTR_CSUM_MODE
	8: xvalDec{tab: xlat.IlaIdentTypes, dflt: "ILA_ATYPE_???", size: 1}, // ILA_ATTR_IDENT_TYPE
	9: xvalDec{tab: xlat.IlaHookTypes, dflt: "ILA_HOOK_???", size: 1},   // ILA_ATTR_HOOK_TYPE
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

var lwtSeg6Attrs = newSet(xlat.RtnlSeg6IptunnelAttrs, "SEG6_IPTUNNEL_???", map[uint16]attrDec{
	1: seg6EncapDec, // SEG6_IPTUNNEL_SRH
})

var lwtBPFProgAttrs = newSet(xlat.RtnlLwtBpfProgAttrs, "LWT_BPF_PROG_???", map[uint16]attrDec{
	1: nlaU32, // LWT_BPF_PROG_FD
	2: nlaStr, // LWT_BPF_PROG_NAME
})

var lwtBPFAttrs = newSet(xlat.RtnlLwtBpfAttrs, "LWT_BPF_???", map[uint16]attrDec{
	1: nestDec{lwtBPFProgAttrs}, // LWT_BPF_IN
	2: nestDec{lwtBPFProgAttrs}, // LWT_BPF_OUT
	3: nestDec{lwtBPFProgAttrs}, // LWT_BPF_XMIT
	4: nlaU32,                   // LWT_BPF_XMIT_HEADROOM
})

var seg6LocalBPFAttrs = newSet(xlat.RtnlSeg6LocalBpfProgAttrs, "SEG6_LOCAL_BPF_PROG_???", map[uint16]attrDec{
	1: nlaU32, // SEG6_LOCAL_BPF_PROG
	2: nlaStr, // SEG6_LOCAL_BPF_PROG_NAME
})

var seg6LocalCntAttrs = newSet(xlat.RtnlSeg6LocalCntAttrs, "SEG6_LOCAL_CNT_???", map[uint16]attrDec{
	2: nlaU64, // SEG6_LOCAL_CNT_PACKETS
	3: nlaU64, // SEG6_LOCAL_CNT_BYTES
	4: nlaU64, // SEG6_LOCAL_CNT_ERRORS
})

var seg6LocalFlvAttrs = newSet(xlat.RtnlSeg6LocalFlvAttrs, "SEG6_LOCAL_FLV_???", map[uint16]attrDec{
	1: flagsDec{xlat.Seg6LocalFlvOpFlags, "1<<SEG6_LOCAL_FLV_OP_???", 4}, // SEG6_LOCAL_FLV_OPERATION
	2: nlaU8,                                                             // SEG6_LOCAL_FLV_LCBLOCK_BITS
	3: nlaU8,                                                             // SEG6_LOCAL_FLV_LCNODE_FN_BITS
})

var lwtSeg6LocalAttrs = newSet(xlat.RtnlSeg6LocalAttrs, "SEG6_LOCAL_???", map[uint16]attrDec{
	1:  xvalDec{tab: xlat.Seg6LocalActions, dflt: "SEG6_LOCAL_ACTION_???", size: 4}, // SEG6_LOCAL_ACTION
	2:  funcDec(func(s *state, off, n int) bool { return s.rtSRH("", off, n) }),     // SEG6_LOCAL_SRH
	3:  nlaU32,                                                                      // SEG6_LOCAL_TABLE
	4:  nlaInAddr,                                                                   // SEG6_LOCAL_NH4
	5:  nlaIn6Addr,                                                                  // SEG6_LOCAL_NH6
	6:  nlaIfindex,                                                                  // SEG6_LOCAL_IIF
	7:  nlaIfindex,                                                                  // SEG6_LOCAL_OIF
	8:  nestDec{seg6LocalBPFAttrs},                                                  // SEG6_LOCAL_BPF
	9:  nlaU32,                                                                      // SEG6_LOCAL_VRFTABLE
	10: nestDec{seg6LocalCntAttrs},                                                  // SEG6_LOCAL_COUNTERS
	11: nestDec{seg6LocalFlvAttrs},                                                  // SEG6_LOCAL_FLAVORS
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
			s.inet("", afInet6, off+8+16*k, 16)
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

var lwtRPLAttrs = newSet(xlat.RtnlRplIptunnelAttrs, "RPL_IPTUNNEL_???", map[uint16]attrDec{
	1: rplSRHDec, // RPL_IPTUNNEL_SRH
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

var lwtIOAM6Attrs = newSet(xlat.RtnlIoam6IptunnelAttrs, "IOAM6_IPTUNNEL_???", map[uint16]attrDec{
	1: xvalDec{tab: xlat.Ioam6IptunnelModes, dflt: "IOAM6_IPTUNNEL_MODE_???", size: 1}, // IOAM6_IPTUNNEL_MODE
	2: nlaIn6Addr,                                                                      // IOAM6_IPTUNNEL_DST
	3: ioam6TraceDec,                                                                   // IOAM6_IPTUNNEL_TRACE
	4: nlaU32,                                                                          // IOAM6_IPTUNNEL_FREQ_K
	5: nlaU32,                                                                          // IOAM6_IPTUNNEL_FREQ_N
	6: nlaIn6Addr,                                                                      // IOAM6_IPTUNNEL_SRC
})

var lwtXfrmAttrs = newSet(xlat.RtnlLwtXfrmAttrs, "LWT_XFRM_???", map[uint16]attrDec{
	1: nlaU32,     // LWT_XFRM_IF_ID
	2: nlaIfindex, // LWT_XFRM_LINK
})
