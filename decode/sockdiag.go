package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// NETLINK_SOCK_DIAG: the payload starts with an address family, which
// picks the request or reply struct; NLM_F_REQUEST tells which of the two
// (a request without it decodes as a reply, as strace decodes it).

const (
	inetDiagSockidSize = 48
)

var sockDiagFamily = &family{
	types: xlat.NlSockDiagTypes,
	dflt:  "SOCK_DIAG_???",
	flags: func(uint16) *xlat.Table { return nlFlagsGet },
	body:  sockDiagBody,
}

type diagDecoder func(s *state, typ uint16, off, n int)

// diagDecoders holds the request and reply decoders of each family,
// indexed by the family (a map lookup per message cost more than the rest
// of the dispatch).
var diagDecoders = [256][2]diagDecoder{
	xlat.AF_UNIX:    {unixDiagReq.decode, unixDiagMsg.decode},
	xlat.AF_INET:    {inetDiagReq, inetDiagMsg},
	xlat.AF_INET6:   {inetDiagReq, inetDiagMsg},
	xlat.AF_NETLINK: {netlinkDiagReq.decode, netlinkDiagMsg.decode},
	xlat.AF_PACKET:  {packetDiagReq.decode, packetDiagMsg.decode},
	xlat.AF_SMC:     {smcDiagReq, smcDiagMsg},
}

func sockDiagBody(s *state, typ uint16, off, n int) bool {
	if typ == xlat.NLMSG_DONE {
		return false
	}
	fam := uint8(s.u8(off))
	s.ctx.family = fam
	if n > 1 {
		if d := diagDecoders[fam]; d[0] != nil {
			if s.ctx.flags&xlat.NLM_F_REQUEST != 0 {
				d[0](s, typ, off, n)
			} else {
				d[1](s, typ, off, n)
			}
			return true
		}
	}
	s.open(KindStruct, "", off, n, RoleBody)
	s.xval("family", off, 1, xlat.Addrfams, "AF_???")
	if n > 1 {
		s.diagFamilyData(fam, off, n)
	}
	s.close()
	return true
}

// diagStruct prints the fixed struct of a SOCK_DIAG message: its family
// field (named fam), then, when the payload holds the whole struct, the
// other fields (rest); "..." when it does not. The attributes of set, if
// any, follow at NLMSG_ALIGN(size).
func (s *state) diagStruct(fam string, off, n, size int, rest func(off int), set *attrSet) {
	s.open(KindStruct, "", off, min(n, size), RoleBody)
	s.xval(fam, off, 1, xlat.Addrfams, "AF_???")
	whole := n >= size
	if whole {
		rest(off)
	} else {
		s.more()
	}
	s.close()
	if a := nlmsgAlign(size); whole && set != nil && n > a {
		s.attrs(off+a, n-a, set)
	}
}

// diagHeader is a sock_diag request or message header written as a
// table: its family field, the fields after it, the socket cookie that
// ends it (__u32[2] at cookieOff), and the attributes after it.
type diagHeader struct {
	family    string
	size      int
	fields    []field
	cookie    string
	cookieOff int
	attrs     *attrSet
}

func (h *diagHeader) decode(s *state, typ uint16, off, n int) {
	s.diagStruct(h.family, off, n, h.size, func(o int) {
		s.fields(h.fields, o)
		s.cookie(h.cookie, o+h.cookieOff)
	}, h.attrs)
}

// inetAddr adds an address of the given family held in a field of size
// bytes: an IPv4 address uses the first four of them; other families
// print the whole field in hex.
func (s *state) inetAddr(name string, family uint8, off, size int) {
	switch {
	case family == xlat.AF_INET && size >= 4:
		s.inet(name, xlat.AF_INET, off, 4)
	case family == xlat.AF_INET6 && size >= 16:
		s.inet(name, xlat.AF_INET6, off, 16)
	default:
		s.inet(name, family, off, size)
	}
}

// cookie adds a __u32[2] socket cookie as [lo, hi].
func (s *state) cookie(name string, off int) {
	s.open(KindArray, name, off, 8, RoleNone)
	s.fieldU("", off, 4)
	s.fieldU("", off+4, 4)
	s.close()
}

var sockidPorts = []field{fBE("idiag_sport", 0, 2), fBE("idiag_dport", 2, 2)}

// inetDiagSockid adds struct inet_diag_sockid.
func (s *state) inetDiagSockid(name string, off int, family uint8) {
	s.openStruct(name, off, inetDiagSockidSize)
	s.fields(sockidPorts, off)
	s.inetAddr("idiag_src", family, off+4, 16)
	s.inetAddr("idiag_dst", family, off+20, 16)
	s.ifindex("idiag_if", off+36, 4)
	s.cookie("idiag_cookie", off+40)
	s.close()
}

const (
	extFlagsDflt    = "1<<INET_DIAG_???-1"
	stateFlagsDflt  = "1<<TCP_???"
	smcExtFlagsDflt = "1<<SMC_DIAG_???-1"
)

// --- AF_INET, AF_INET6 ---

func inetDiagReq(s *state, typ uint16, off, n int) {
	fam := uint8(s.u8(off))
	if typ == xlat.TCPDIAG_GETSOCK || typ == xlat.DCCPDIAG_GETSOCK {
		// struct inet_diag_req
		s.diagStruct("idiag_family", off, n, 60, func(o int) {
			s.fieldU("idiag_src_len", o+1, 1)
			s.fieldU("idiag_dst_len", o+2, 1)
			s.flagsF("idiag_ext", o+3, 1, xlat.InetDiagExtendedFlags, extFlagsDflt)
			s.inetDiagSockid("id", o+4, fam)
			s.flagsF("idiag_states", o+52, 4, xlat.TcpStateFlags, stateFlagsDflt)
			s.fieldU("idiag_dbs", o+56, 4)
		}, inetDiagReqAttrs)
		return
	}
	// struct inet_diag_req_v2
	s.diagStruct("sdiag_family", off, n, 56, func(o int) {
		s.xval("sdiag_protocol", o+1, 1, xlat.InetProtocols, "IPPROTO_???")
		s.flagsF("idiag_ext", o+2, 1, xlat.InetDiagExtendedFlags, extFlagsDflt)
		s.flagsF("idiag_states", o+4, 4, xlat.TcpStateFlags, stateFlagsDflt)
		s.inetDiagSockid("id", o+8, fam)
	}, inetDiagReqAttrs)
}

// What INET_DIAG_INFO holds, by the socket's protocol (s.ctx.aux).
const (
	diagInfoTCP   = 0 // struct tcp_info, or mptcp_info by its size
	diagInfoSCTP  = 1 // struct sctp_info: left in hex, as strace leaves it
	diagInfoMPTCP = 2 // struct mptcp_info
)

// diagInfoKind tells from the attributes of an inet_diag_msg what its
// INET_DIAG_INFO holds: INET_DIAG_PROTOCOL names the protocol when the
// kernel sends it, and only SCTP sends INET_DIAG_LOCALS and _PEERS.
func (s *state) diagInfoKind(off, n int) uint64 {
	kind := uint64(diagInfoTCP)
	for a, end := off, off+n; a+nlaHdrLen <= end; {
		l := int(s.u16(a))
		if l < nlaHdrLen || a+l > end {
			break
		}
		switch uint16(s.u16(a+2)) & nlaTypeMask {
		case xlat.INET_DIAG_PROTOCOL:
			switch s.uint(a+nlaHdrLen, min(l-nlaHdrLen, 8)) {
			case xlat.IPPROTO_SCTP:
				return diagInfoSCTP
			case xlat.IPPROTO_MPTCP:
				return diagInfoMPTCP
			}
		case xlat.INET_DIAG_LOCALS, xlat.INET_DIAG_PEERS:
			kind = diagInfoSCTP
		}
		a += nlaAlign(l)
	}
	return kind
}

func inetDiagMsg(s *state, typ uint16, off, n int) {
	if a := nlmsgAlign(72); n > a {
		s.ctx.aux = s.diagInfoKind(off+a, n-a)
	}
	fam := uint8(s.u8(off))
	s.diagStruct("idiag_family", off, n, 72, func(o int) {
		s.xval("idiag_state", o+1, 1, xlat.TcpStates, "TCP_???")
		s.fieldU("idiag_timer", o+2, 1)
		s.fieldU("idiag_retrans", o+3, 1)
		s.inetDiagSockid("id", o+4, fam)
		s.fieldU("idiag_expires", o+52, 4)
		s.fieldU("idiag_rqueue", o+56, 4)
		s.fieldU("idiag_wqueue", o+60, 4)
		s.fieldU("idiag_uid", o+64, 4)
		s.fieldU("idiag_inode", o+68, 4)
	}, inetDiagMsgAttrs)
}

func (s *state) bcOp(off int) {
	s.openStruct("", off, 4)
	s.xval("code", off, 1, xlat.InetDiagBytecodes, "INET_DIAG_BC_???")
	s.fieldU("yes", off+1, 1)
	s.fieldU("no", off+2, 2)
	s.close()
}

// inetDiagBytecode decodes INET_DIAG_REQ_BYTECODE the way strace shows
// it: the first op, then what follows it read as that op's operand.
func inetDiagBytecode(s *state, off, n int) bool {
	if n < 4 {
		return false
	}
	s.bcOp(off)
	if n == 4 {
		return true
	}
	code := s.u8(off)
	d, dn := off+4, n-4
	switch code {
	case xlat.INET_DIAG_BC_S_COND, xlat.INET_DIAG_BC_D_COND:
		if dn < 8 {
			s.hex(d, dn)
			break
		}
		fam := uint8(s.u8(d))
		s.openStruct("", d, dn)
		s.xval("family", d, 1, xlat.Addrfams, "AF_???")
		s.fieldU("prefix_len", d+1, 1)
		s.fieldU("port", d+4, 4)
		if dn > 8 {
			size := map[uint8]int{xlat.AF_INET: 4, xlat.AF_INET6: 16}[fam]
			if size == 0 || dn-8 < size {
				s.add(Node{fmt: FmtHex, name: "addr", off: uint32(d + 8), len: uint32(dn - 8)})
			} else {
				s.inet("addr", fam, d+8, size)
			}
		}
		s.close()
	case xlat.INET_DIAG_BC_DEV_COND:
		if dn < 4 {
			s.hex(d, dn)
			break
		}
		s.ifindex("", d, 4)
	case xlat.INET_DIAG_BC_S_GE, xlat.INET_DIAG_BC_S_LE, xlat.INET_DIAG_BC_D_GE, xlat.INET_DIAG_BC_D_LE, xlat.INET_DIAG_BC_S_EQ, xlat.INET_DIAG_BC_D_EQ:
		if dn < 4 {
			s.hex(d, dn)
			break
		}
		s.bcOp(d)
	case xlat.INET_DIAG_BC_MARK_COND:
		if dn < 8 {
			s.hex(d, dn)
			break
		}
		s.openStruct("", d, 8)
		s.fieldU("mark", d, 4)
		s.fieldU("mask", d+4, 4)
		s.close()
	case xlat.INET_DIAG_BC_CGROUP_COND:
		if dn < 8 {
			s.hex(d, dn)
			break
		}
		s.openStruct("", d, 8)
		s.fieldU("cgroup_id", d, 8)
		s.close()
	default:
		s.hex(d, dn)
	}
	return true
}

var inetDiagBpfStorageReqAttrs = newSet(xlat.InetDiagBpfStorageReqAttrs, "SK_DIAG_BPF_STORAGE_REQ_???", []attrDec{
	xlat.SK_DIAG_BPF_STORAGE_REQ_MAP_FD: nlaU32,
})

// nlaIPProtoAny is strace's decode_nla_ip_proto: any payload of up to 8
// bytes read as a protocol number.
var nlaIPProtoAny = xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???"}

var inetDiagReqAttrs = newSet(xlat.InetDiagReqAttrs, "INET_DIAG_REQ_???", []attrDec{
	xlat.INET_DIAG_REQ_BYTECODE:        funcDec(inetDiagBytecode),
	xlat.INET_DIAG_REQ_SK_BPF_STORAGES: nestDec{inetDiagBpfStorageReqAttrs},
	xlat.INET_DIAG_REQ_PROTOCOL:        nlaIPProtoAny,
})

var inetDiagMeminfo = &structSpec{name: "inet_diag_meminfo", size: 16, fields: []field{
	fU("idiag_rmem", 0, 4), fU("idiag_wmem", 4, 4), fU("idiag_fmem", 8, 4), fU("idiag_tmem", 12, 4),
}}

var tcpvegasInfo = &structSpec{name: "tcpvegas_info", size: 16, fields: []field{
	fU("tcpv_enabled", 0, 4), fU("tcpv_rttcnt", 4, 4), fU("tcpv_rtt", 8, 4), fU("tcpv_minrtt", 12, 4),
}}

var tcpDctcpInfo = &structSpec{name: "tcp_dctcp_info", size: 16, fields: []field{
	fU("dctcp_enabled", 0, 2), fU("dctcp_ce_state", 2, 2), fU("dctcp_alpha", 4, 4),
	fU("dctcp_ab_ecn", 8, 4), fU("dctcp_ab_tot", 12, 4),
}}

var tcpBbrInfo = &structSpec{name: "tcp_bbr_info", size: 20, fields: []field{
	fX("bbr_bw_lo", 0, 4), fX("bbr_bw_hi", 4, 4), fU("bbr_min_rtt", 8, 4),
	fU("bbr_pacing_gain", 12, 4), fU("bbr_cwnd_gain", 16, 4),
}}

// nlaMeminfo prints the SK_MEMINFO_* array of the *_DIAG_MEMINFO attributes.
var nlaMeminfo = arrayDec{size: 4, fmt: FmtU, index: xlat.NetlinkSkMeminfoIndices, idflt: "SK_MEMINFO_???", inf: numU}

// tcpMd5sig prints an array of struct tcp_diag_md5sig.
func tcpMd5sig(s *state, off, n int) bool {
	return s.structArray(off, n, 100, func(o int) {
		s.xval("tcpm_family", o, 1, xlat.Addrfams, "AF_???")
		s.fieldU("tcpm_prefixlen", o+1, 1)
		s.fieldU("tcpm_keylen", o+2, 2)
		s.inetAddr("tcpm_addr", uint8(s.u8(o)), o+4, 16)
		klen := min(int(s.u16(o+2)), 80)
		s.add(Node{fmt: FmtHex, name: "tcpm_key", style: qNoLimit, off: uint32(o + 20), len: uint32(klen)})
	})
}

// sockaddrs prints an array of struct sockaddr_storage (the addresses of
// an SCTP association).
func sockaddrs(s *state, off, n int) bool {
	const size = 128
	return s.elemArray(off, n, size, func(o int) { s.sockaddr(o, size) })
}

// sockaddr prints a socket address of n bytes: IPv4 and IPv6 by field,
// other families as their sa_data.
func (s *state) sockaddr(off, n int) {
	fam := s.u16(off)
	s.openStruct("", off, n)
	s.xvalV("sa_family", fam, off, 2, xlat.Addrfams, "AF_???", numX)
	switch {
	case fam == xlat.AF_INET && n >= 16:
		s.fields([]field{fBE("sin_port", 2, 2)}, off)
		s.inet("sin_addr", xlat.AF_INET, off+4, 4)
	case fam == xlat.AF_INET6 && n >= 28:
		s.fields([]field{fBE("sin6_port", 2, 2), fBE("sin6_flowinfo", 4, 4)}, off)
		s.inet("sin6_addr", xlat.AF_INET6, off+8, 16)
		if b0, b1 := s.u8(off+8), s.u8(off+9); (b0 == 0xfe && b1&0xc0 == 0x80) || (b0 == 0xff && b1&0x0f == 2) {
			s.ifindex("sin6_scope_id", off+24, 4)
		} else {
			s.fieldU("sin6_scope_id", off+24, 4)
		}
	default:
		s.str("sa_data", off+2, n-2, qNoLimit)
	}
	s.close()
}

// inetDiagSockopt prints struct inet_diag_sockopt, a pair of bytes of
// one-bit fields; as strace does by default, only the fields that are set.
func inetDiagSockopt(s *state, off, n int) bool {
	if n < 2 {
		return false
	}
	names := [...]string{
		"recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent", "mc_all", "nodefrag",
		"bind_address_no_port", "recverr_rfc4884", "defer_connect",
	}
	s.openStruct("", off, 2)
	for i, name := range names {
		if v := s.bits(off+i/8, i%8, 1); v != 0 {
			s.value(name, FmtU, v, off+i/8, 1)
		}
	}
	if v := s.bits(off+1, 3, 5); v != 0 {
		q := s.add(Node{kind: KindSeq, name: "unused", off: uint32(off + 1), len: 1})
		s.stack = append(s.stack, int32(q))
		s.value("", FmtX, v, off+1, 1)
		s.text("", " /* bits 3..8 */")
		s.close()
	}
	s.close()
	s.nonzeroTail(off, 2, n)
	return true
}

// bits reads a bit-field of width bits at bit pos of the byte at off, in
// the host's order of bit-fields (from the low bit on little-endian
// hosts, from the high bit on big-endian ones).
func (s *state) bits(off, pos, width int) uint64 {
	b := s.u8(off)
	if s.be {
		pos = 8 - pos - width
	}
	return b >> uint(pos) & (1<<uint(width) - 1)
}

// nonzeroTail adds the bytes [from, n) after a struct at off, with a
// comment of their offsets, when any of them is not zero (strace's
// print_nonzero_bytes).
func (s *state) nonzeroTail(off, from, n int) {
	if !s.hasNonzero(off, from, n) {
		return
	}
	q := s.add(Node{kind: KindSeq, off: uint32(off + from), len: uint32(n - from)})
	s.stack = append(s.stack, int32(q))
	s.text("", "/* bytes "+itoa10(from)+".."+itoa10(n-1)+" */ ")
	s.hex(off+from, n-from)
	s.close()
}

// hasNonzero reports whether any of the bytes [from, n) after off is not
// zero.
func (s *state) hasNonzero(off, from, n int) bool {
	if from >= n {
		return false
	}
	for _, c := range s.buf[off+from : off+n] {
		if c != 0 {
			return true
		}
	}
	return false
}

// tailed prints a struct of size bytes at off (body) that the kernel may
// have grown past what nldump knows, in the place of one hex string of
// strace's: the struct, or [struct, /* bytes i..j */ "\x.."] when the
// bytes after it are not all zero.
func (s *state) tailed(off, size, n int, body func()) {
	tail := s.hasNonzero(off, size, n)
	if tail {
		s.openArray("", off, n)
	}
	body()
	if tail {
		s.nonzeroTail(off, size, n)
		s.close()
	}
}

func itoa10(v int) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := v < 0
	if neg {
		v = -v
	}
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

var tlsInfoAttrs = newSet(xlat.InetDiagUlpInfoTlsAttrs, "TLS_INFO_???", []attrDec{
	xlat.TLS_INFO_VERSION: xvalDec{tab: xlat.TlsInfoVersions, dflt: "TLS_???_VERSION", size: 2},
	xlat.TLS_INFO_CIPHER:  xvalDec{tab: xlat.TlsInfoCiphers, dflt: "TLS_CIPHER_???", size: 2},
	xlat.TLS_INFO_TXCONF:  xvalDec{tab: xlat.TlsInfoConfigs, dflt: "TLS_CONF_???", size: 2},
	xlat.TLS_INFO_RXCONF:  xvalDec{tab: xlat.TlsInfoConfigs, dflt: "TLS_CONF_???", size: 2},
})

var mptcpSubflowAttrs = newSet(xlat.InetDiagUlpInfoMptcpAttrs, "MPTCP_SUBFLOW_ATTR_???", []attrDec{
	xlat.MPTCP_SUBFLOW_ATTR_TOKEN_REM:    nlaX32,
	xlat.MPTCP_SUBFLOW_ATTR_TOKEN_LOC:    nlaX32,
	xlat.MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ: nlaU32,
	xlat.MPTCP_SUBFLOW_ATTR_MAP_SEQ:      nlaU64,
	xlat.MPTCP_SUBFLOW_ATTR_MAP_SFSEQ:    nlaU32,
	xlat.MPTCP_SUBFLOW_ATTR_SSN_OFFSET:   nlaU32,
	xlat.MPTCP_SUBFLOW_ATTR_MAP_DATALEN:  nlaU16,
	xlat.MPTCP_SUBFLOW_ATTR_FLAGS:        flagsDec{tab: xlat.MptcpSubflowFlags, dflt: "MPTCP_SUBFLOW_FLAG_???", size: 4},
	xlat.MPTCP_SUBFLOW_ATTR_ID_REM:       nlaU8,
	xlat.MPTCP_SUBFLOW_ATTR_ID_LOC:       nlaU8,
})

var ulpInfoAttrs = newSet(xlat.InetDiagUlpInfoAttrs, "INET_ULP_INFO_???", []attrDec{
	xlat.INET_ULP_INFO_NAME:  nlaStr,
	xlat.INET_ULP_INFO_TLS:   nestDec{tlsInfoAttrs},
	xlat.INET_ULP_INFO_MPTCP: nestDec{mptcpSubflowAttrs},
})

var bpfStorageAttrs = newSet(xlat.InetDiagBpfStorageAttrs, "SK_DIAG_BPF_STORAGE_???", []attrDec{
	xlat.SK_DIAG_BPF_STORAGE_MAP_ID:    nlaU32,
	xlat.SK_DIAG_BPF_STORAGE_MAP_VALUE: nlaXint,
})

var bpfStoragesAttrs = newSet(xlat.InetDiagBpfStoragesAttrs, "SK_DIAG_BPF_STORAGE_???", []attrDec{
	xlat.SK_DIAG_BPF_STORAGE: nestDec{bpfStorageAttrs},
})

var inetDiagMsgAttrs = newSet(xlat.InetDiagAttrs, "INET_DIAG_???", []attrDec{
	xlat.INET_DIAG_MEMINFO:         structDec{inetDiagMeminfo},
	xlat.INET_DIAG_INFO:            funcDec(inetDiagInfo),
	xlat.INET_DIAG_VEGASINFO:       structDec{tcpvegasInfo},
	xlat.INET_DIAG_CONG:            nlaStr,
	xlat.INET_DIAG_TOS:             nlaU8,
	xlat.INET_DIAG_TCLASS:          nlaU8,
	xlat.INET_DIAG_SKMEMINFO:       nlaMeminfo,
	xlat.INET_DIAG_SHUTDOWN:        flagsDec{tab: xlat.InetDiagShutdownFlags, dflt: "???_SHUTDOWN", size: 1, verbose: true},
	xlat.INET_DIAG_DCTCPINFO:       structDec{tcpDctcpInfo},
	xlat.INET_DIAG_PROTOCOL:        nlaIPProtoAny,
	xlat.INET_DIAG_SKV6ONLY:        nlaU8,
	xlat.INET_DIAG_LOCALS:          funcDec(sockaddrs),
	xlat.INET_DIAG_PEERS:           funcDec(sockaddrs),
	xlat.INET_DIAG_MARK:            nlaU32,
	xlat.INET_DIAG_BBRINFO:         structDec{tcpBbrInfo},
	xlat.INET_DIAG_CLASS_ID:        nlaU32,
	xlat.INET_DIAG_MD5SIG:          funcDec(tcpMd5sig),
	xlat.INET_DIAG_ULP_INFO:        nestDec{ulpInfoAttrs},
	xlat.INET_DIAG_SK_BPF_STORAGES: nestDec{bpfStoragesAttrs},
	xlat.INET_DIAG_CGROUP_ID:       nlaU64,
	xlat.INET_DIAG_SOCKOPT:         funcDec(inetDiagSockopt),
})

// --- AF_UNIX ---

// struct unix_diag_req and struct unix_diag_msg
var (
	unixDiagReq = &diagHeader{family: "sdiag_family", size: 24, fields: []field{
		fU("sdiag_protocol", 1, 1),
		fFlags("udiag_states", 4, 4, xlat.TcpStateFlags, stateFlagsDflt),
		fU("udiag_ino", 8, 4),
		fFlags("udiag_show", 12, 4, xlat.UnixDiagShow, "UDIAG_SHOW_???"),
	}, cookie: "udiag_cookie", cookieOff: 16}
	unixDiagMsg = &diagHeader{family: "udiag_family", size: 16, fields: []field{
		fXval("udiag_type", 1, 1, xlat.Socktypes, "SOCK_???"),
		fXval("udiag_state", 2, 1, xlat.TcpStates, "TCP_???"),
		fU("udiag_ino", 4, 4),
	}, cookie: "udiag_cookie", cookieOff: 8, attrs: unixDiagAttrs}
)

// devT adds a device number as makedev(major, minor) (glibc's split).
func (s *state) devT(name string, off, size int) {
	dev := s.uint(off, size)
	major := (dev>>8)&0xfff | (dev>>32)&^0xfff
	minor := dev&0xff | (dev>>12)&^0xff
	s.call(name, "makedev", off, size)
	s.value("", FmtX, major, off, size)
	s.value("", FmtX, minor, off, size)
	s.close()
}

func unixDiagVfs(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	s.openStruct("", off, 8)
	// the struct holds the inode first; strace prints the device first
	s.devT("udiag_vfs_dev", off+4, 4)
	s.fieldU("udiag_vfs_ino", off, 4)
	s.close()
	return true
}

var unixDiagRqlen = &structSpec{name: "unix_diag_rqlen", size: 8, fields: []field{
	fU("udiag_rqueue", 0, 4), fU("udiag_wqueue", 4, 4),
}}

var unixDiagAttrs = newSet(xlat.UnixDiagAttrs, "UNIX_DIAG_???", []attrDec{
	xlat.UNIX_DIAG_NAME:     nlaStr,
	xlat.UNIX_DIAG_VFS:      funcDec(unixDiagVfs),
	xlat.UNIX_DIAG_PEER:     nlaU32,
	xlat.UNIX_DIAG_ICONS:    arrayDec{size: 4, fmt: FmtU},
	xlat.UNIX_DIAG_RQLEN:    structDec{unixDiagRqlen},
	xlat.UNIX_DIAG_MEMINFO:  nlaMeminfo,
	xlat.UNIX_DIAG_SHUTDOWN: nlaU8,
	xlat.UNIX_DIAG_UID:      nlaUID,
})

// --- AF_NETLINK ---

var ndiagProtocols = xlat.Concat("netlink_protocols+all", xlat.NetlinkProtocols, xlat.NdiagProtoAll)

// struct netlink_diag_req and struct netlink_diag_msg
var (
	netlinkDiagReq = &diagHeader{family: "sdiag_family", size: 20, fields: []field{
		fXval("sdiag_protocol", 1, 1, ndiagProtocols, "NETLINK_???"),
		fU("ndiag_ino", 4, 4),
		fFlags("ndiag_show", 8, 4, xlat.NetlinkDiagShow, "NDIAG_SHOW_???"),
	}, cookie: "ndiag_cookie", cookieOff: 12}
	netlinkDiagMsg = &diagHeader{family: "ndiag_family", size: 28, fields: []field{
		fXval("ndiag_type", 1, 1, xlat.Socktypes, "SOCK_???"),
		fXval("ndiag_protocol", 2, 1, xlat.NetlinkProtocols, "NETLINK_???"),
		fXval("ndiag_state", 3, 1, xlat.NetlinkStates, "NETLINK_???"),
		fU("ndiag_portid", 4, 4),
		fU("ndiag_dst_portid", 8, 4),
		fU("ndiag_dst_group", 12, 4),
		fU("ndiag_ino", 16, 4),
	}, cookie: "ndiag_cookie", cookieOff: 20, attrs: netlinkDiagAttrs}
)

// netlinkDiagGroups prints the group bitmap, in words of the sending
// host (64 bits: nldump assumes a 64-bit host, as it assumes its byte
// order), zero-padded as strace prints them.
func netlinkDiagGroups(s *state, off, n int) bool {
	const w = 8
	return s.elemArray(off, n, w, func(o int) { s.num("", FmtX0, o, w) })
}

var netlinkDiagRing = &structSpec{name: "netlink_diag_ring", size: 16, fields: []field{
	fU("ndr_block_size", 0, 4), fU("ndr_block_nr", 4, 4), fU("ndr_frame_size", 8, 4), fU("ndr_frame_nr", 12, 4),
}}

var netlinkDiagAttrs = newSet(xlat.NetlinkDiagAttrs, "NETLINK_DIAG_???", []attrDec{
	xlat.NETLINK_DIAG_MEMINFO: nlaMeminfo,
	xlat.NETLINK_DIAG_GROUPS:  funcDec(netlinkDiagGroups),
	xlat.NETLINK_DIAG_RX_RING: structDec{netlinkDiagRing},
	xlat.NETLINK_DIAG_TX_RING: structDec{netlinkDiagRing},
	xlat.NETLINK_DIAG_FLAGS:   flagsDec{tab: xlat.NetlinkSocketFlags, dflt: "NDIAG_FLAG_???", size: 4},
})

// --- AF_PACKET ---

// struct packet_diag_req and struct packet_diag_msg
var (
	packetDiagReq = &diagHeader{family: "sdiag_family", size: 20, fields: []field{
		fX("sdiag_protocol", 1, 1),
		fU("pdiag_ino", 4, 4),
		fFlags("pdiag_show", 8, 4, xlat.PacketDiagShow, "PACKET_SHOW_???"),
	}, cookie: "pdiag_cookie", cookieOff: 12}
	packetDiagMsg = &diagHeader{family: "pdiag_family", size: 16, fields: []field{
		fXval("pdiag_type", 1, 1, xlat.Socktypes, "SOCK_???"),
		fXval("pdiag_num", 2, 2, xlat.EthernetProtocols, "ETH_P_???"),
		fU("pdiag_ino", 4, 4),
	}, cookie: "pdiag_cookie", cookieOff: 8, attrs: packetDiagAttrs}
)

var packetDiagInfo = &structSpec{name: "packet_diag_info", size: 24, fields: []field{
	fIfindex("pdi_index", 0),
	fXval("pdi_version", 4, 4, xlat.AfPacketVersions, "TPACKET_???"),
	fU("pdi_reserve", 8, 4),
	fU("pdi_copy_thresh", 12, 4),
	fU("pdi_tstamp", 16, 4),
	fFlags("pdi_flags", 20, 4, xlat.PacketDiagInfoFlags, "PDI_???"),
}}

// packetDiagMclist prints an array of struct packet_diag_mclist.
func packetDiagMclist(s *state, off, n int) bool {
	return s.structArray(off, n, 44, func(o int) {
		s.ifindex("pdmc_index", o, 4)
		s.fieldU("pdmc_count", o+4, 4)
		s.fieldU("pdmc_type", o+8, 2)
		s.fieldU("pdmc_alen", o+10, 2)
		alen := min(int(s.u16(o+10)), 32)
		s.add(Node{fmt: FmtHex, name: "pdmc_addr", style: qNoLimit, off: uint32(o + 12), len: uint32(alen)})
	})
}

var packetDiagRing = &structSpec{name: "packet_diag_ring", size: 28, fields: []field{
	fU("pdr_block_size", 0, 4), fU("pdr_block_nr", 4, 4), fU("pdr_frame_size", 8, 4),
	fU("pdr_frame_nr", 12, 4), fU("pdr_retire_tmo", 16, 4), fU("pdr_sizeof_priv", 20, 4),
	fU("pdr_features", 24, 4),
}}

var packetDiagAttrs = newSet(xlat.PacketDiagAttrs, "PACKET_DIAG_???", []attrDec{
	xlat.PACKET_DIAG_INFO:    structDec{packetDiagInfo},
	xlat.PACKET_DIAG_MCLIST:  funcDec(packetDiagMclist),
	xlat.PACKET_DIAG_RX_RING: structDec{packetDiagRing},
	xlat.PACKET_DIAG_TX_RING: structDec{packetDiagRing},
	xlat.PACKET_DIAG_FANOUT:  nlaU32,
	xlat.PACKET_DIAG_UID:     nlaUID,
	xlat.PACKET_DIAG_MEMINFO: nlaMeminfo,
	xlat.PACKET_DIAG_FILTER:  funcDec(packetFilter),
})

// --- AF_SMC ---

func smcDiagReq(s *state, typ uint16, off, n int) {
	s.diagStruct("diag_family", off, n, 52, func(o int) {
		s.flagsF("diag_ext", o+3, 1, xlat.SmcDiagExtendedFlags, smcExtFlagsDflt)
		s.inetDiagSockid("id", o+4, xlat.AF_INET)
	}, nil)
}

func smcDiagMsg(s *state, typ uint16, off, n int) {
	s.diagStruct("diag_family", off, n, 64, func(o int) {
		s.xval("diag_state", o+1, 1, xlat.SmcStates, "SMC_???")
		s.xval("diag_fallback", o+2, 1, xlat.SmcDiagMode, "SMC_DIAG_MODE_???")
		s.fieldU("diag_shutdown", o+3, 1)
		s.inetDiagSockid("id", o+4, xlat.AF_INET)
		s.fieldU("diag_uid", o+52, 4)
		s.fieldU("diag_inode", o+56, 8)
	}, smcDiagAttrs)
}

func (s *state) smcCursor(name string, off int) {
	s.openStruct(name, off, 8)
	s.fieldU("reserved", off, 2)
	s.fieldU("wrap", off+2, 2)
	s.fieldU("count", off+4, 4)
	s.close()
}

func smcDiagConninfo(s *state, off, n int) bool {
	if n < 76 {
		return false
	}
	s.openStruct("", off, 76)
	s.fieldU("token", off, 4)
	s.fieldU("sndbuf_size", off+4, 4)
	s.fieldU("rmbe_size", off+8, 4)
	s.fieldU("peer_rmbe_size", off+12, 4)
	s.smcCursor("rx_prod", off+16)
	s.smcCursor("rx_cons", off+24)
	s.smcCursor("tx_prod", off+32)
	s.smcCursor("tx_cons", off+40)
	s.num("rx_prod_flags", FmtX0, off+48, 1)
	s.num("rx_conn_state_flags", FmtX0, off+49, 1)
	s.num("tx_prod_flags", FmtX0, off+50, 1)
	s.num("tx_conn_state_flags", FmtX0, off+51, 1)
	s.smcCursor("tx_prep", off+52)
	s.smcCursor("tx_sent", off+60)
	s.smcCursor("tx_fin", off+68)
	s.close()
	return true
}

func smcDiagLgrinfo(s *state, off, n int) bool {
	if n < 147 {
		return false
	}
	s.openStruct("", off, 147)
	s.openArray("lnk", off, 146)
	s.openStruct("", off, 146)
	s.fieldU("link_id", off, 1)
	s.str("ibname", off+1, 64, qCstring)
	s.fieldU("ibport", off+65, 1)
	s.str("gid", off+66, 40, qCstring)
	s.str("peer_gid", off+106, 40, qCstring)
	s.close()
	s.close()
	s.xval("role", off+146, 1, xlat.SmcLinkGroupRoles, "SMC_???")
	s.close()
	return true
}

var smcdDiagDmbinfo = &structSpec{name: "smcd_diag_dmbinfo", size: 40, fields: []field{
	fU("linkid", 0, 4), fX("peer_gid", 8, 8), fX("my_gid", 16, 8), fX("token", 24, 8), fX("peer_token", 32, 8),
}}

func smcDiagFallback(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	s.openStruct("", off, 8)
	i := s.xval("reason", off, 4, xlat.SmcDeclCodes, "SMC_CLC_DECL_???")
	s.setFlag(i, flagVerbose)
	i = s.xval("peer_diagnosis", off+4, 4, xlat.SmcDeclCodes, "SMC_CLC_DECL_???")
	s.setFlag(i, flagVerbose)
	s.close()
	return true
}

var smcDiagAttrs = newSet(xlat.SmcDiagAttrs, "SMC_DIAG_???", []attrDec{
	xlat.SMC_DIAG_CONNINFO: funcDec(smcDiagConninfo),
	xlat.SMC_DIAG_LGRINFO:  funcDec(smcDiagLgrinfo),
	xlat.SMC_DIAG_SHUTDOWN: flagsDec{tab: xlat.SockShutdownFlags, dflt: "???_SHUTDOWN", size: 1},
	xlat.SMC_DIAG_DMBINFO:  structDec{smcdDiagDmbinfo},
	xlat.SMC_DIAG_FALLBACK: funcDec(smcDiagFallback),
})
