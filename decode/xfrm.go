package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// NETLINK_XFRM: IPsec states (SAs) and policies. strace 6.1 names the
// message types and prints every payload in hex; nldump decodes the
// fixed structs of each message type and the XFRMA_* attributes.

const (
	xfrmSelectorSize       = 56
	xfrmIDSize             = 24
	xfrmLifetimeCfgSize    = 64
	xfrmLifetimeCurSize    = 32
	xfrmUsersaInfoSize     = 224
	xfrmUsersaIDSize       = 24
	xfrmUserpolicyInfoSize = 168
	xfrmUserpolicyIDSize   = 64
	xfrmUserTmplSize       = 64
	xfrmUserMigrateSize    = 76
	xfrmAlgoNameSize       = 64
)

func xfrmFlags(typ uint16) *xlat.Table {
	switch typ {
	case xlat.XFRM_MSG_NEWSA, xlat.XFRM_MSG_NEWPOLICY, xlat.XFRM_MSG_NEWAE, xlat.XFRM_MSG_NEWSADINFO, xlat.XFRM_MSG_NEWSPDINFO:
		return nlFlagsNew
	case xlat.XFRM_MSG_DELSA, xlat.XFRM_MSG_DELPOLICY:
		return nlFlagsDelete
	case xlat.XFRM_MSG_GETSA, xlat.XFRM_MSG_GETPOLICY, xlat.XFRM_MSG_GETAE, xlat.XFRM_MSG_GETSADINFO, xlat.XFRM_MSG_GETSPDINFO:
		return nlFlagsGet
	}
	return nil
}

var xfrmFamily = &family{
	types: xlat.NlXfrmTypes,
	dflt:  "XFRM_MSG_???",
	flags: xfrmFlags,
	body:  xfrmBody,
}

// xfrmMsg is the layout of one message type: a fixed struct of size
// bytes (printed by dec) and attributes of set after it.
type xfrmMsg struct {
	size int
	dec  func(s *state, off int)
	set  *attrSet
}

var xfrmMsgs map[uint16]xfrmMsg

func init() {
	sa := xfrmMsg{xfrmUsersaInfoSize, func(s *state, off int) { s.xfrmUsersaInfo("", off) }, xfrmAttrs}
	saID := xfrmMsg{xfrmUsersaIDSize, func(s *state, off int) { s.xfrmUsersaID("", off) }, xfrmAttrs}
	pol := xfrmMsg{xfrmUserpolicyInfoSize, func(s *state, off int) { s.xfrmUserpolicyInfo("", off) }, xfrmAttrs}
	polID := xfrmMsg{xfrmUserpolicyIDSize, func(s *state, off int) { s.xfrmUserpolicyID("", off) }, xfrmAttrs}
	ae := xfrmMsg{48, func(s *state, off int) { s.xfrmAeventID(off) }, xfrmAttrs}
	sad := xfrmMsg{4, func(s *state, off int) { s.fieldX("", off, 4) }, xfrmSadAttrs}
	spd := xfrmMsg{4, func(s *state, off int) { s.fieldX("", off, 4) }, xfrmSpdAttrs}
	def := xfrmMsg{3, func(s *state, off int) { s.xfrmUserpolicyDefault(off) }, nil}
	xfrmMsgs = map[uint16]xfrmMsg{
		xlat.XFRM_MSG_NEWSA:       sa,
		xlat.XFRM_MSG_UPDSA:       sa,
		xlat.XFRM_MSG_DELSA:       saID,
		xlat.XFRM_MSG_GETSA:       saID,
		xlat.XFRM_MSG_NEWPOLICY:   pol,
		xlat.XFRM_MSG_UPDPOLICY:   pol,
		xlat.XFRM_MSG_DELPOLICY:   polID,
		xlat.XFRM_MSG_GETPOLICY:   polID,
		xlat.XFRM_MSG_MIGRATE:     polID,
		xlat.XFRM_MSG_ALLOCSPI:    {232, func(s *state, off int) { s.xfrmUserspiInfo(off) }, xfrmAttrs},
		xlat.XFRM_MSG_ACQUIRE:     {280, func(s *state, off int) { s.xfrmUserAcquire(off) }, xfrmAttrs},
		xlat.XFRM_MSG_EXPIRE:      {232, func(s *state, off int) { s.xfrmUserExpire(off) }, xfrmAttrs},
		xlat.XFRM_MSG_POLEXPIRE:   {176, func(s *state, off int) { s.xfrmUserPolexpire(off) }, xfrmAttrs},
		xlat.XFRM_MSG_FLUSHSA:     {1, func(s *state, off int) { s.xval("proto", off, 1, xlat.XfrmProtos, "IPPROTO_???") }, nil},
		xlat.XFRM_MSG_FLUSHPOLICY: {0, nil, xfrmAttrs},
		xlat.XFRM_MSG_NEWAE:       ae,
		xlat.XFRM_MSG_GETAE:       ae,
		xlat.XFRM_MSG_REPORT:      {60, func(s *state, off int) { s.xfrmUserReport(off) }, xfrmAttrs},
		xlat.XFRM_MSG_NEWSADINFO:  sad,
		xlat.XFRM_MSG_GETSADINFO:  sad,
		xlat.XFRM_MSG_NEWSPDINFO:  spd,
		xlat.XFRM_MSG_GETSPDINFO:  spd,
		xlat.XFRM_MSG_MAPPING:     {64, func(s *state, off int) { s.xfrmUserMapping(off) }, nil},
		xlat.XFRM_MSG_SETDEFAULT:  def,
		xlat.XFRM_MSG_GETDEFAULT:  def,
	}
}

func xfrmBody(s *state, typ uint16, off, n int) bool {
	m, ok := xfrmMsgs[typ]
	if !ok {
		return false
	}
	s.ctx.family = xfrmFamilyOf(s, typ, off, n)
	flags := s.ctx.flags
	if (typ == xlat.XFRM_MSG_GETSA || typ == xlat.XFRM_MSG_GETPOLICY) && flags&xlat.NLM_F_REQUEST != 0 && flags&xlat.NLM_F_DUMP != 0 {
		// a dump request: attributes (a filter) right after the header
		s.attrs(off, n, xfrmAttrs)
		return true
	}
	if m.size == 0 {
		s.attrs(off, n, m.set)
		return true
	}
	if n < m.size {
		return false
	}
	// strace prints the payload as one hex string; nldump prints one
	// value in its place: the struct, or [struct, [attributes]]
	a := nlmsgAlign(m.size)
	withAttrs := m.set != nil && n > a
	if withAttrs {
		s.openArray("", off, n)
	}
	if m.size == 4 {
		// NEWSADINFO, NEWSPDINFO and their GETs: a bare u32 of flags
		m.dec(s, off)
	} else {
		s.open(KindStruct, "", off, m.size, RoleBody)
		m.dec(s, off)
		s.close()
	}
	if withAttrs {
		s.attrs(off+a, n-a, m.set)
		s.close()
	}
	return true
}

// xfrmFamilyOf returns the address family the attributes of a message
// use (XFRMA_SRCADDR, XFRMA_COADDR, the encap's original address).
func xfrmFamilyOf(s *state, typ uint16, off, n int) uint8 {
	switch typ {
	case xlat.XFRM_MSG_NEWSA, xlat.XFRM_MSG_UPDSA:
		return uint8(s.u16(off + 212))
	case xlat.XFRM_MSG_ALLOCSPI, xlat.XFRM_MSG_EXPIRE:
		return uint8(s.u16(off + 212))
	case xlat.XFRM_MSG_DELSA, xlat.XFRM_MSG_GETSA, xlat.XFRM_MSG_NEWAE, xlat.XFRM_MSG_GETAE, xlat.XFRM_MSG_MAPPING:
		return uint8(s.u16(off + 20))
	case xlat.XFRM_MSG_NEWPOLICY, xlat.XFRM_MSG_UPDPOLICY, xlat.XFRM_MSG_DELPOLICY, xlat.XFRM_MSG_GETPOLICY,
		xlat.XFRM_MSG_MIGRATE, xlat.XFRM_MSG_POLEXPIRE:
		return uint8(s.u16(off + 40))
	case xlat.XFRM_MSG_ACQUIRE:
		return uint8(s.u16(off + 40 + 40))
	case xlat.XFRM_MSG_REPORT:
		return uint8(s.u16(off + 4 + 40))
	}
	return 0
}

// xfrmAddr adds an xfrm_address_t of the given family.
func (s *state) xfrmAddr(name string, family uint8, off int) {
	s.inetAddr(name, family, off, 16)
}

var xfrmSelectorPorts = []field{
	fBE("dport", 32, 2), fBEX("dport_mask", 34, 2), fBE("sport", 36, 2), fBEX("sport_mask", 38, 2),
}

func fBEX(name string, off, size int) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtX, be: true}
}

// xfrmSelector adds struct xfrm_selector. A selector of family AF_UNSPEC
// takes the family of its SA (the kernel fills it in so); its addresses
// print in that family, dflt.
func (s *state) xfrmSelector(name string, off int, dflt uint8) {
	fam := uint8(s.u16(off + 40))
	if fam == 0 {
		fam = dflt
	}
	s.openStruct(name, off, xfrmSelectorSize)
	s.xfrmAddr("daddr", fam, off)
	s.xfrmAddr("saddr", fam, off+16)
	s.fields(xfrmSelectorPorts, off)
	s.xval("family", off+40, 2, xlat.Addrfams, "AF_???")
	s.fieldU("prefixlen_d", off+42, 1)
	s.fieldU("prefixlen_s", off+43, 1)
	s.xval("proto", off+44, 1, xlat.InetProtocols, "IPPROTO_???")
	s.ifindex("ifindex", off+48, 4)
	s.num("user", FmtUID, off+52, 4)
	s.close()
}

// xfrmID adds struct xfrm_id, its address of the given family.
func (s *state) xfrmID(name string, family uint8, off int) {
	s.openStruct(name, off, xfrmIDSize)
	s.xfrmAddr("daddr", family, off)
	s.fields([]field{fBEX("spi", 16, 4)}, off)
	s.xval("proto", off+20, 1, xlat.XfrmProtos, "IPPROTO_???")
	s.close()
}

var xfrmLifetimeCfg = []field{
	fXvalU("soft_byte_limit", 0, 8, xlat.XfrmInf, ""),
	fXvalU("hard_byte_limit", 8, 8, xlat.XfrmInf, ""),
	fXvalU("soft_packet_limit", 16, 8, xlat.XfrmInf, ""),
	fXvalU("hard_packet_limit", 24, 8, xlat.XfrmInf, ""),
	fU("soft_add_expires_seconds", 32, 8),
	fU("hard_add_expires_seconds", 40, 8),
	fU("soft_use_expires_seconds", 48, 8),
	fU("hard_use_expires_seconds", 56, 8),
}

var xfrmLifetimeCur = &structSpec{name: "xfrm_lifetime_cur", size: xfrmLifetimeCurSize, fields: []field{
	fU("bytes", 0, 8), fU("packets", 8, 8), fU("add_time", 16, 8), fU("use_time", 24, 8),
}}

var xfrmStats = []field{fU("replay_window", 0, 4), fU("replay", 4, 4), fU("integrity_failed", 8, 4)}

// xfrmUsersaInfo adds struct xfrm_usersa_info.
func (s *state) xfrmUsersaInfo(name string, off int) {
	fam := uint8(s.u16(off + 212))
	if name != "" {
		s.openStruct(name, off, xfrmUsersaInfoSize)
	}
	s.xfrmSelector("sel", off, fam)
	s.xfrmID("id", fam, off+56)
	s.xfrmAddr("saddr", fam, off+80)
	s.structFields("lft", &structSpec{size: xfrmLifetimeCfgSize, fields: xfrmLifetimeCfg}, off+96)
	s.structFields("curlft", xfrmLifetimeCur, off+160)
	s.structFields("stats", &structSpec{size: 12, fields: xfrmStats}, off+192)
	s.fieldU("seq", off+204, 4)
	s.fieldU("reqid", off+208, 4)
	s.xval("family", off+212, 2, xlat.Addrfams, "AF_???")
	s.xval("mode", off+214, 1, xlat.XfrmModes, "XFRM_MODE_???")
	s.fieldU("replay_window", off+215, 1)
	s.flagsF("flags", off+216, 1, xlat.XfrmStateFlags, "XFRM_STATE_???")
	if name != "" {
		s.close()
	}
}

// xfrmUsersaID adds struct xfrm_usersa_id.
func (s *state) xfrmUsersaID(name string, off int) {
	fam := uint8(s.u16(off + 20))
	if name != "" {
		s.openStruct(name, off, xfrmUsersaIDSize)
	}
	s.xfrmAddr("daddr", fam, off)
	s.fields([]field{fBEX("spi", 16, 4)}, off)
	s.xval("family", off+20, 2, xlat.Addrfams, "AF_???")
	s.xval("proto", off+22, 1, xlat.XfrmProtos, "IPPROTO_???")
	if name != "" {
		s.close()
	}
}

// xfrmUserpolicyInfo adds struct xfrm_userpolicy_info.
func (s *state) xfrmUserpolicyInfo(name string, off int) {
	if name != "" {
		s.openStruct(name, off, xfrmUserpolicyInfoSize)
	}
	s.xfrmSelector("sel", off, 0)
	s.structFields("lft", &structSpec{size: xfrmLifetimeCfgSize, fields: xfrmLifetimeCfg}, off+56)
	s.structFields("curlft", xfrmLifetimeCur, off+120)
	s.fieldU("priority", off+152, 4)
	s.fieldU("index", off+156, 4)
	s.xval("dir", off+160, 1, xlat.XfrmPolicyDirs, "XFRM_POLICY_???")
	s.xval("action", off+161, 1, xlat.XfrmPolicyActions, "XFRM_POLICY_???")
	s.flagsF("flags", off+162, 1, xlat.XfrmPolicyFlags, "XFRM_POLICY_???")
	s.xval("share", off+163, 1, xlat.XfrmShare, "XFRM_SHARE_???")
	if name != "" {
		s.close()
	}
}

// xfrmUserpolicyID adds struct xfrm_userpolicy_id.
func (s *state) xfrmUserpolicyID(name string, off int) {
	if name != "" {
		s.openStruct(name, off, xfrmUserpolicyIDSize)
	}
	s.xfrmSelector("sel", off, 0)
	s.fieldU("index", off+56, 4)
	s.xval("dir", off+60, 1, xlat.XfrmPolicyDirs, "XFRM_POLICY_???")
	if name != "" {
		s.close()
	}
}

func (s *state) xfrmUserspiInfo(off int) {
	s.xfrmUsersaInfo("info", off)
	s.fieldX("min", off+224, 4)
	s.fieldX("max", off+228, 4)
}

func (s *state) xfrmUserAcquire(off int) {
	fam := uint8(s.u16(off + 40 + 40))
	s.xfrmID("id", fam, off)
	s.xfrmAddr("saddr", fam, off+24)
	s.xfrmSelector("sel", off+40, 0)
	s.xfrmUserpolicyInfo("policy", off+96)
	s.fieldX("aalgos", off+264, 4)
	s.fieldX("ealgos", off+268, 4)
	s.fieldX("calgos", off+272, 4)
	s.fieldU("seq", off+276, 4)
}

func (s *state) xfrmUserExpire(off int) {
	s.xfrmUsersaInfo("state", off)
	s.fieldU("hard", off+224, 1)
}

func (s *state) xfrmUserPolexpire(off int) {
	s.xfrmUserpolicyInfo("pol", off)
	s.fieldU("hard", off+168, 1)
}

func (s *state) xfrmAeventID(off int) {
	fam := uint8(s.u16(off + 20))
	s.xfrmUsersaID("sa_id", off)
	s.xfrmAddr("saddr", fam, off+24)
	s.flagsF("flags", off+40, 4, xlat.XfrmAeFlags, "XFRM_AE_???")
	s.fieldU("reqid", off+44, 4)
}

func (s *state) xfrmUserReport(off int) {
	s.xval("proto", off, 1, xlat.XfrmProtos, "IPPROTO_???")
	s.xfrmSelector("sel", off+4, 0)
}

func (s *state) xfrmUserMapping(off int) {
	fam := uint8(s.u16(off + 20))
	s.xfrmUsersaID("id", off)
	s.fieldU("reqid", off+24, 4)
	s.xfrmAddr("old_saddr", fam, off+28)
	s.xfrmAddr("new_saddr", fam, off+44)
	s.fields([]field{fBE("old_sport", 60, 2), fBE("new_sport", 62, 2)}, off)
}

func (s *state) xfrmUserpolicyDefault(off int) {
	s.xval("in", off, 1, xlat.XfrmUserpolicyDefault, "XFRM_USERPOLICY_???")
	s.xval("fwd", off+1, 1, xlat.XfrmUserpolicyDefault, "XFRM_USERPOLICY_???")
	s.xval("out", off+2, 1, xlat.XfrmUserpolicyDefault, "XFRM_USERPOLICY_???")
}

// --- attributes ---

// xfrmAlgo prints struct xfrm_algo (extra 0), xfrm_algo_auth (extra
// alg_trunc_len) or xfrm_algo_aead (extra alg_icv_len): the name, the
// key length in bits and the key in hex.
func xfrmAlgo(extra string) attrDec {
	hdr := xfrmAlgoNameSize + 4
	if extra != "" {
		hdr += 4
	}
	return funcDec(func(s *state, off, n int) bool {
		if n < hdr {
			return false
		}
		s.openStruct("", off, n)
		s.str("alg_name", off, xfrmAlgoNameSize, qCstring)
		s.fieldU("alg_key_len", off+64, 4)
		if extra != "" {
			s.fieldU(extra, off+68, 4)
		}
		s.add(Node{fmt: FmtHex, name: "alg_key", off: uint32(off + hdr), len: uint32(n - hdr)})
		s.close()
		return true
	})
}

func xfrmEncapTmpl(s *state, off, n int) bool {
	if n < 24 {
		return false
	}
	s.openStruct("", off, 24)
	s.xval("encap_type", off, 2, xlat.XfrmEncapTypes, "UDP_ENCAP_???")
	s.fields([]field{fBE("encap_sport", 2, 2), fBE("encap_dport", 4, 2)}, off)
	s.xfrmAddr("encap_oa", s.ctx.family, off+8)
	s.close()
	return true
}

func xfrmTmpls(s *state, off, n int) bool {
	return s.structArray(off, n, xfrmUserTmplSize, func(o int) {
		fam := uint8(s.u16(o + 24))
		s.xfrmID("id", fam, o)
		s.xval("family", o+24, 2, xlat.Addrfams, "AF_???")
		s.xfrmAddr("saddr", fam, o+28)
		s.fieldU("reqid", o+44, 4)
		s.xval("mode", o+48, 1, xlat.XfrmModes, "XFRM_MODE_???")
		s.xval("share", o+49, 1, xlat.XfrmShare, "XFRM_SHARE_???")
		s.fieldU("optional", o+50, 1)
		s.fieldX("aalgos", o+52, 4)
		s.fieldX("ealgos", o+56, 4)
		s.fieldX("calgos", o+60, 4)
	})
}

// xfrmSecCtx prints struct xfrm_user_sec_ctx and the context string that
// follows it.
func xfrmSecCtx(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	s.openStruct("", off, n)
	s.fieldU("len", off, 2)
	s.fieldU("exttype", off+2, 2)
	s.xval("ctx_alg", off+4, 1, xlat.XfrmScAlg, "XFRM_SC_ALG_???")
	s.xval("ctx_doi", off+5, 1, xlat.XfrmScDoi, "XFRM_SC_DOI_???")
	s.fieldU("ctx_len", off+6, 2)
	if n > 8 {
		s.str("ctx_str", off+8, min(n-8, int(s.u16(off+6))), qOmitTrail0)
	}
	s.close()
	return true
}

var xfrmReplayState = &structSpec{name: "xfrm_replay_state", size: 12, fields: []field{
	fU("oseq", 0, 4), fU("seq", 4, 4), fX("bitmap", 8, 4),
}}

func xfrmAddrDec(s *state, off, n int) bool {
	if n < 16 {
		return false
	}
	s.xfrmAddr("", s.ctx.family, off)
	return true
}

func xfrmPolicyType(s *state, off, n int) bool {
	if n < 6 {
		return false
	}
	s.openStruct("", off, 6)
	s.xval("type", off, 1, xlat.XfrmPolicyTypes, "XFRM_POLICY_TYPE_???")
	s.fieldU("reserved1", off+2, 2)
	s.fieldU("reserved2", off+4, 1)
	s.close()
	return true
}

func xfrmMigrates(s *state, off, n int) bool {
	return s.structArray(off, n, xfrmUserMigrateSize, func(o int) {
		of, nf := uint8(s.u16(o+72)), uint8(s.u16(o+74))
		s.xfrmAddr("old_daddr", of, o)
		s.xfrmAddr("old_saddr", of, o+16)
		s.xfrmAddr("new_daddr", nf, o+32)
		s.xfrmAddr("new_saddr", nf, o+48)
		s.xval("proto", o+64, 1, xlat.XfrmProtos, "IPPROTO_???")
		s.xval("mode", o+65, 1, xlat.XfrmModes, "XFRM_MODE_???")
		s.fieldU("reserved", o+66, 2)
		s.fieldU("reqid", o+68, 4)
		s.xval("old_family", o+72, 2, xlat.Addrfams, "AF_???")
		s.xval("new_family", o+74, 2, xlat.Addrfams, "AF_???")
	})
}

func xfrmKmaddress(s *state, off, n int) bool {
	if n < 40 {
		return false
	}
	fam := uint8(s.u16(off + 36))
	s.openStruct("", off, 40)
	s.xfrmAddr("local", fam, off)
	s.xfrmAddr("remote", fam, off+16)
	s.fieldU("reserved", off+32, 4)
	s.xval("family", off+36, 2, xlat.Addrfams, "AF_???")
	s.close()
	return true
}

var xfrmMark = &structSpec{name: "xfrm_mark", size: 8, fields: []field{fX("v", 0, 4), fX("m", 4, 4)}}

// xfrmReplayESN prints struct xfrm_replay_state_esn with its bmp_len
// words of bitmap.
func xfrmReplayESN(s *state, off, n int) bool {
	if n < 24 {
		return false
	}
	words := min(int(s.u32(off)), (n-24)/4)
	s.openStruct("", off, 24+4*words)
	s.fieldU("bmp_len", off, 4)
	s.fieldU("oseq", off+4, 4)
	s.fieldU("seq", off+8, 4)
	s.fieldU("oseq_hi", off+12, 4)
	s.fieldU("seq_hi", off+16, 4)
	s.fieldU("replay_window", off+20, 4)
	a := s.openArray("bmp", off+24, 4*words)
	s.setFlag(a, flagAbbrev)
	for i := 0; i < words; i++ {
		s.fieldX("", off+24+4*i, 4)
	}
	s.close()
	s.close()
	return true
}

func xfrmAddressFilter(s *state, off, n int) bool {
	if n < 36 {
		return false
	}
	fam := uint8(s.u16(off + 32))
	s.openStruct("", off, 36)
	s.xfrmAddr("saddr", fam, off)
	s.xfrmAddr("daddr", fam, off+16)
	s.xval("family", off+32, 2, xlat.Addrfams, "AF_???")
	s.fieldU("splen", off+34, 1)
	s.fieldU("dplen", off+35, 1)
	s.close()
	return true
}

var xfrmUserOffload = &structSpec{name: "xfrm_user_offload", size: 8, fields: []field{
	fIfindex("ifindex", 0), fFlags("flags", 4, 1, xlat.XfrmOffloadFlags, "XFRM_OFFLOAD_???"),
}}

var xfrmAttrs = newSet(xlat.XfrmAttrs, "XFRMA_???", []attrDec{
	xlat.XFRMA_ALG_AUTH:               xfrmAlgo(""),
	xlat.XFRMA_ALG_CRYPT:              xfrmAlgo(""),
	xlat.XFRMA_ALG_COMP:               xfrmAlgo(""),
	xlat.XFRMA_ENCAP:                  funcDec(xfrmEncapTmpl),
	xlat.XFRMA_TMPL:                   funcDec(xfrmTmpls),
	xlat.XFRMA_SA:                     funcDec(xfrmSAAttr),
	xlat.XFRMA_POLICY:                 funcDec(xfrmPolicyAttr),
	xlat.XFRMA_SEC_CTX:                funcDec(xfrmSecCtx),
	xlat.XFRMA_LTIME_VAL:              structDec{xfrmLifetimeCur},
	xlat.XFRMA_REPLAY_VAL:             structDec{xfrmReplayState},
	xlat.XFRMA_REPLAY_THRESH:          nlaU32,
	xlat.XFRMA_ETIMER_THRESH:          nlaU32,
	xlat.XFRMA_SRCADDR:                funcDec(xfrmAddrDec),
	xlat.XFRMA_COADDR:                 funcDec(xfrmAddrDec),
	xlat.XFRMA_LASTUSED:               nlaU64,
	xlat.XFRMA_POLICY_TYPE:            funcDec(xfrmPolicyType),
	xlat.XFRMA_MIGRATE:                funcDec(xfrmMigrates),
	xlat.XFRMA_ALG_AEAD:               xfrmAlgo("alg_icv_len"),
	xlat.XFRMA_KMADDRESS:              funcDec(xfrmKmaddress),
	xlat.XFRMA_ALG_AUTH_TRUNC:         xfrmAlgo("alg_trunc_len"),
	xlat.XFRMA_MARK:                   structDec{xfrmMark},
	xlat.XFRMA_TFCPAD:                 nlaU32,
	xlat.XFRMA_REPLAY_ESN_VAL:         funcDec(xfrmReplayESN),
	xlat.XFRMA_SA_EXTRA_FLAGS:         flagsDec{tab: xlat.XfrmSaXflags, dflt: "XFRM_SA_XFLAG_???", size: 4},
	xlat.XFRMA_PROTO:                  xvalDec{tab: xlat.XfrmProtos, dflt: "IPPROTO_???", size: 1},
	xlat.XFRMA_ADDRESS_FILTER:         funcDec(xfrmAddressFilter),
	xlat.XFRMA_OFFLOAD_DEV:            structDec{xfrmUserOffload},
	xlat.XFRMA_SET_MARK:               nlaX32,
	xlat.XFRMA_SET_MARK_MASK:          nlaX32,
	xlat.XFRMA_IF_ID:                  nlaU32,
	xlat.XFRMA_MTIMER_THRESH:          nlaU32,
	xlat.XFRMA_SA_DIR:                 xvalDec{tab: xlat.XfrmSaDir, dflt: "XFRM_SA_DIR_???", size: 1},
	xlat.XFRMA_NAT_KEEPALIVE_INTERVAL: nlaU32,
	xlat.XFRMA_SA_PCPU:                nlaU32,
	xlat.XFRMA_IPTFS_DROP_TIME:        nlaU32,
	xlat.XFRMA_IPTFS_REORDER_WINDOW:   nlaU16,
	xlat.XFRMA_IPTFS_INIT_DELAY:       nlaU32,
	xlat.XFRMA_IPTFS_MAX_QSIZE:        nlaU32,
	xlat.XFRMA_IPTFS_PKT_SIZE:         nlaU32,
})

func xfrmSAAttr(s *state, off, n int) bool {
	if n < xfrmUsersaInfoSize {
		return false
	}
	s.openStruct("", off, xfrmUsersaInfoSize)
	s.xfrmUsersaInfo("", off)
	s.close()
	return true
}

func xfrmPolicyAttr(s *state, off, n int) bool {
	if n < xfrmUserpolicyInfoSize {
		return false
	}
	s.openStruct("", off, xfrmUserpolicyInfoSize)
	s.xfrmUserpolicyInfo("", off)
	s.close()
	return true
}

var xfrmSadhinfo = &structSpec{name: "xfrmu_sadhinfo", size: 8, fields: []field{
	fU("sadhcnt", 0, 4), fU("sadhmcnt", 4, 4),
}}

var xfrmSadAttrs = newSet(xlat.XfrmSadAttrs, "XFRMA_SAD_???", []attrDec{
	xlat.XFRMA_SAD_CNT:   nlaU32,
	xlat.XFRMA_SAD_HINFO: structDec{xfrmSadhinfo},
})

var xfrmSpdinfo = &structSpec{name: "xfrmu_spdinfo", size: 24, fields: []field{
	fU("incnt", 0, 4), fU("outcnt", 4, 4), fU("fwdcnt", 8, 4),
	fU("inscnt", 12, 4), fU("outscnt", 16, 4), fU("fwdscnt", 20, 4),
}}

var xfrmSpdhinfo = &structSpec{name: "xfrmu_spdhinfo", size: 8, fields: []field{
	fU("spdhcnt", 0, 4), fU("spdhmcnt", 4, 4),
}}

var xfrmSpdhthresh = &structSpec{name: "xfrmu_spdhthresh", size: 2, fields: []field{
	fU("lbits", 0, 1), fU("rbits", 1, 1),
}}

var xfrmSpdAttrs = newSet(xlat.XfrmSpdAttrs, "XFRMA_SPD_???", []attrDec{
	xlat.XFRMA_SPD_INFO:         structDec{xfrmSpdinfo},
	xlat.XFRMA_SPD_HINFO:        structDec{xfrmSpdhinfo},
	xlat.XFRMA_SPD_IPV4_HTHRESH: structDec{xfrmSpdhthresh},
	xlat.XFRMA_SPD_IPV6_HTHRESH: structDec{xfrmSpdhthresh},
})
