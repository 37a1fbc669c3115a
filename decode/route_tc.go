package decode

import (
	"unsafe"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// Traffic control: qdiscs, classes, filters and chains (struct tcmsg) and
// actions (struct tcamsg), linux/rtnetlink.h and linux/pkt_sched.h.

const (
	tcmsgSize  = 20
	tcamsgSize = 4
)

var routeTcEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWQDISC, xlat.RTM_DELQDISC, xlat.RTM_GETQDISC, xlat.RTM_NEWTCLASS, xlat.RTM_DELTCLASS, xlat.RTM_GETTCLASS, xlat.RTM_NEWTFILTER, xlat.RTM_DELTFILTER, xlat.RTM_GETTFILTER, xlat.RTM_NEWCHAIN, xlat.RTM_DELCHAIN, xlat.RTM_GETCHAIN},
	strace: []uint16{xlat.RTM_NEWQDISC, xlat.RTM_DELQDISC, xlat.RTM_GETQDISC, xlat.RTM_NEWTCLASS, xlat.RTM_DELTCLASS, xlat.RTM_GETTCLASS, xlat.RTM_NEWTFILTER, xlat.RTM_DELTFILTER, xlat.RTM_GETTFILTER, xlat.RTM_NEWCHAIN, xlat.RTM_DELCHAIN, xlat.RTM_GETCHAIN},
	dec:    decodeTcmsg,
}

var routeTcActionEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWACTION, xlat.RTM_DELACTION, xlat.RTM_GETACTION},
	strace: []uint16{xlat.RTM_NEWACTION, xlat.RTM_DELACTION, xlat.RTM_GETACTION},
	dec:    decodeTcamsg,
}

var tcmsg = &structSpec{name: "tcmsg", size: tcmsgSize, fields: []field{
	fXval("tcm_family", 0, 1, xlat.Addrfams, "AF_???"),
	fIfindex("tcm_ifindex", 4),
	fU("tcm_handle", 8, 4),
	fU("tcm_parent", 12, 4),
	fU("tcm_info", 16, 4),
}}

func decodeTcmsg(s *state, family uint8, off, n int) {
	if a := nlmsgAlign(tcmsgSize); n > a {
		s.ctx.kind = s.tcKindOf(off+a, n-a, xlat.TCA_KIND)
	}
	s.fixedHeader(tcmsg, off, n, tcaAttrs)
}

// decodeTcamsg prints struct tcamsg (its family; the two pad bytes are
// not printed) and the TCA_ROOT_* attributes after it. strace 6.1 reads
// those as TCA_ACT_*, which they are not: the kernel's tc_ctl_action and
// tca_action_gd parse them with TCA_ROOT_MAX.
func decodeTcamsg(s *state, family uint8, off, n int) {
	s.open(KindStruct, "", off, min(n, tcamsgSize), RoleBody)
	s.xvalV("tca_family", uint64(family), off, 1, xlat.Addrfams, "AF_???", numX)
	s.close()
	if a := nlmsgAlign(tcamsgSize); n > a {
		s.attrs(off+a, n-a, tcaRootAttrs)
	}
}

// tcClass tells what a tcmsg describes, which decides how TCA_OPTIONS and
// the statistics of its kind read.
type tcClass uint8

const (
	tcQdisc tcClass = iota
	tcTclass
	tcFilter
)

func tcClassOf(typ uint16) tcClass {
	switch {
	case typ >= xlat.RTM_NEWQDISC && typ <= xlat.RTM_GETQDISC:
		return tcQdisc
	case typ >= xlat.RTM_NEWTCLASS && typ <= xlat.RTM_GETTCLASS:
		return tcTclass
	}
	return tcFilter
}

// tcKindOf finds the attribute of type typ (TCA_KIND, TCA_ACT_KIND) in the
// n bytes of attributes at off and returns its string when it names a
// kind nldump decodes, else "".
func (s *state) tcKindOf(off, n int, typ uint16) string {
	for end := off + n; off+nlaHdrLen <= end; {
		l := int(s.u16(off))
		if l < nlaHdrLen || off+l > end {
			return ""
		}
		if uint16(s.u16(off+2))&nlaTypeMask == typ {
			b := s.buf[off+nlaHdrLen : off+l]
			for i, c := range b {
				if c == 0 {
					b = b[:i]
					break
				}
			}
			return tcKindNames[string(b)]
		}
		off += nlaAlign(l)
	}
	return ""
}

// tcKindNames interns the kinds nldump knows: qdiscs, classifiers and
// actions.
var tcKindNames = map[string]string{}

func init() {
	for k := range tcQdiscKinds {
		tcKindNames[k] = k
	}
	for k := range tcFilterKinds {
		tcKindNames[k] = k
	}
	for k := range tcActionKinds {
		tcKindNames[k] = k
	}
}

// --- TCA_* ---

var tcaStatic = newSet(xlat.RtnlTcAttrs, "TCA_???", []attrDec{
	xlat.TCA_KIND:          nlaStr,
	xlat.TCA_STATS:         structDec{tcStatsSpec},
	xlat.TCA_RATE:          structDec{tcEstimatorSpec},
	xlat.TCA_FCNT:          nlaU32,
	xlat.TCA_STATS2:        nestDec{tcaStatsAttrs},
	xlat.TCA_STAB:          nestDec{tcaStabAttrs},
	xlat.TCA_CHAIN:         nlaU32,
	xlat.TCA_HW_OFFLOAD:    nlaU8,
	xlat.TCA_INGRESS_BLOCK: nlaU32,
	xlat.TCA_EGRESS_BLOCK:  nlaU32,
	xlat.TCA_DUMP_FLAGS:    nlaU32,
	xlat.TCA_EXT_WARN_MSG:  nlaStr,
})

var tcaAttrs = &attrSet{names: xlat.RtnlTcAttrs, dflt: "TCA_???", byType: func(s *state, typ uint16) attrDec {
	switch typ {
	case xlat.TCA_OPTIONS:
		return tcOptions(s)
	case xlat.TCA_XSTATS:
		return tcXstats(s)
	}
	return tcaStatic.lookup(typ)
}}

func (set *attrSet) lookup(typ uint16) attrDec {
	if int(typ) < len(set.dec) {
		return set.dec[typ]
	}
	return nil
}

// tcOptions picks the decoder of TCA_OPTIONS by the kind and the object.
func tcOptions(s *state) attrDec {
	if s.ctx.kind == "" {
		return nil
	}
	switch tcClassOf(s.ctx.msgType) {
	case tcQdisc:
		if k := tcQdiscKinds[s.ctx.kind]; k != nil {
			return k.qopt
		}
	case tcTclass:
		if k := tcQdiscKinds[s.ctx.kind]; k != nil {
			return k.copt
		}
	default:
		return tcFilterKinds[s.ctx.kind]
	}
	return nil
}

// tcXstats picks the decoder of TCA_XSTATS and TCA_STATS_APP, the
// statistics private to a qdisc kind.
func tcXstats(s *state) attrDec {
	if s.ctx.kind == "" {
		return nil
	}
	k := tcQdiscKinds[s.ctx.kind]
	if k == nil {
		return nil
	}
	switch tcClassOf(s.ctx.msgType) {
	case tcQdisc:
		return k.qxstats
	case tcTclass:
		return k.cxstats
	}
	return nil
}

var tcStatsSpec = &structSpec{name: "tc_stats", size: 36, fields: []field{
	fU("bytes", 0, 8),
	fU("packets", 8, 4),
	fU("drops", 12, 4),
	fU("overlimits", 16, 4),
	fU("bps", 20, 4),
	fU("pps", 24, 4),
	fU("qlen", 28, 4),
	fU("backlog", 32, 4),
}}

var tcEstimatorSpec = &structSpec{name: "tc_estimator", size: 2, fields: []field{
	fD("interval", 0, 1),
	fU("ewma_log", 1, 1),
}}

// --- TCA_STATS2 and TCA_ACT_STATS ---

var gnetStatsBasicSpec = &structSpec{name: "gnet_stats_basic", size: 12, fields: []field{
	fU("bytes", 0, 8),
	fU("packets", 8, 4),
}}

var gnetStatsRateEstSpec = &structSpec{name: "gnet_stats_rate_est", size: 8, fields: []field{
	fU("bps", 0, 4),
	fU("pps", 4, 4),
}}

var gnetStatsRateEst64Spec = &structSpec{name: "gnet_stats_rate_est64", size: 16, fields: []field{
	fU("bps", 0, 8),
	fU("pps", 8, 8),
}}

var gnetStatsQueueSpec = &structSpec{name: "gnet_stats_queue", size: 20, fields: []field{
	fU("qlen", 0, 4),
	fU("backlog", 4, 4),
	fU("drops", 8, 4),
	fU("requeues", 12, 4),
	fU("overlimits", 16, 4),
}}

var tcaStatsStatic = newSet(xlat.RtnlTcaStatsAttrs, "TCA_STATS_???", []attrDec{
	xlat.TCA_STATS_BASIC:      structDec{gnetStatsBasicSpec},
	xlat.TCA_STATS_RATE_EST:   structDec{gnetStatsRateEstSpec},
	xlat.TCA_STATS_QUEUE:      structDec{gnetStatsQueueSpec},
	xlat.TCA_STATS_RATE_EST64: structDec{gnetStatsRateEst64Spec},
	xlat.TCA_STATS_BASIC_HW:   structDec{gnetStatsBasicSpec},
	xlat.TCA_STATS_PKT64:      nlaU64,
})

// tcaStatsAttrs is TCA_STATS2 of a tcmsg: TCA_STATS_APP holds the
// statistics of the qdisc kind, as TCA_XSTATS does.
var tcaStatsAttrs = &attrSet{names: xlat.RtnlTcaStatsAttrs, dflt: "TCA_STATS_???", byType: func(s *state, typ uint16) attrDec {
	if typ == xlat.TCA_STATS_APP {
		return tcXstats(s)
	}
	return tcaStatsStatic.lookup(typ)
}}

// --- TCA_STAB ---

var tcSizespecSpec = &structSpec{name: "tc_sizespec", size: 24, fields: []field{
	fU("cell_log", 0, 1),
	fU("size_log", 1, 1),
	fD("cell_align", 2, 2),
	fD("overhead", 4, 4),
	fU("linklayer", 8, 4),
	fU("mpu", 12, 4),
	fU("mtu", 16, 4),
	fU("tsize", 20, 4),
}}

var tcaStabAttrs = newSet(xlat.RtnlTcaStabAttrs, "TCA_STAB_???", []attrDec{
	xlat.TCA_STAB_BASE: structDec{tcSizespecSpec},
	xlat.TCA_STAB_DATA: arrayDec{size: 2, fmt: FmtU},
})

// --- TCA_ROOT_* of tcamsg ---

var tcaRootAttrs = newSet(xlat.RtnlTcaRootAttrs, "TCA_ROOT_???", []attrDec{
	xlat.TCA_ROOT_TAB:          nestDec{tcActList},
	xlat.TCA_ROOT_FLAGS:        bitfield32Dec{xlat.RtnlTcaRootFlags, "TCA_FLAG_???"},
	xlat.TCA_ROOT_COUNT:        nlaU32,
	xlat.TCA_ROOT_TIME_DELTA:   nlaU32,
	xlat.TCA_ROOT_EXT_WARN_MSG: nlaStr,
})

// bitfield32Dec prints struct nla_bitfield32: the value and the selector
// of the bits it sets, both with the names of tab.
type bitfield32Dec struct {
	tab  *xlat.Table
	dflt string
}

func (d bitfield32Dec) decode(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	s.openStruct("", off, 8)
	s.flagsF("value", off, 4, d.tab, d.dflt)
	s.flagsF("selector", off+4, 4, d.tab, d.dflt)
	s.close()
	return true
}

func (bitfield32Dec) rule() rule {
	return rule{desc: "struct nla_bitfield32 (8 bytes)", min: 8, max: 8}
}

// --- layouts: structs with nested structs, arrays and special fields ---

// member is one member of a layout: a plain field, a nested layout, an
// array of numbers, or a field printed by a function.
type member struct {
	f   field
	sub *layout
	cnt int                                  // array: cnt numbers of f.size bytes
	fn  func(s *state, name string, off int) // custom: f.name, f.off, f.size
	one []field                              // a plain field, as s.fields takes it
}

// layout is a fixed struct.
type layout struct {
	size int
	ms   []member
}

func m(f field) member { return member{f: f} }

func mSub(name string, off int, l *layout) member {
	return member{f: field{name: name, off: uint16(off)}, sub: l}
}

func mArr(name string, off, cnt, size int, f Fmt) member {
	return member{f: field{name: name, off: uint16(off), size: uint8(size), fmt: f}, cnt: cnt}
}

func mFn(name string, off, size int, fn func(s *state, name string, off int)) member {
	return member{f: field{name: name, off: uint16(off), size: uint8(size)}, fn: fn}
}

func lay(size int, ms ...member) *layout {
	for i := range ms {
		if ms[i].sub == nil && ms[i].fn == nil && ms[i].cnt == 0 {
			// the member's own field, as a slice: no allocation
			ms[i].one = unsafe.Slice(&ms[i].f, 1)
		}
	}
	return &layout{size: size, ms: ms}
}

// put prints the layout at off as {...}; the caller has checked that the
// bytes are there.
func (l *layout) put(s *state, name string, off int) {
	s.openStruct(name, off, l.size)
	l.members(s, off)
	s.close()
}

// members prints the members of the layout at off, without the braces.
func (l *layout) members(s *state, off int) {
	for i := range l.ms {
		mb := &l.ms[i]
		o := off + int(mb.f.off)
		switch {
		case mb.sub != nil:
			mb.sub.put(s, mb.f.name, o)
		case mb.fn != nil:
			mb.fn(s, mb.f.name, o)
		case mb.cnt > 0:
			a := s.openArray(mb.f.name, o, mb.cnt*int(mb.f.size))
			s.node(a).flags |= flagAbbrev
			for j := 0; j < mb.cnt; j++ {
				s.num("", mb.f.fmt, o+j*int(mb.f.size), int(mb.f.size))
			}
			s.close()
		default:
			s.fields(mb.one, off)
		}
	}
}

// layoutDec prints the payload as a layout when it holds it whole (extra
// bytes are ignored, as strace ignores them after a struct).
type layoutDec struct{ l *layout }

func (d layoutDec) decode(s *state, off, n int) bool {
	if n < d.l.size {
		return false
	}
	d.l.put(s, "", off)
	return true
}

func (d layoutDec) rule() rule {
	return structRule("", d.l.size)
}

// layoutsDec prints the first of its layouts the payload holds whole: the
// versions of a struct the kernel has grown, the longest first, so that
// what an older sender wrote still reads.
type layoutsDec []*layout

func (d layoutsDec) decode(s *state, off, n int) bool {
	for _, l := range d {
		if n >= l.size {
			l.put(s, "", off)
			return true
		}
	}
	return false
}

func (d layoutsDec) rule() rule {
	return structRule("", d[len(d)-1].size)
}

// unionDec prints a struct of a u32 type (tag, named from its table) and
// the member of a union that the type selects (arms, by type); a type it
// does not know prints alone.
type unionDec struct {
	tag  field
	arms []unionArm
}

type unionArm struct {
	name string
	l    *layout
}

func (d unionDec) decode(s *state, off, n int) bool {
	if n < 4 {
		return false
	}
	var arm *unionArm
	if t := s.u32(off); t < uint64(len(d.arms)) {
		arm = &d.arms[t]
		if n < 4+arm.l.size {
			return false
		}
	}
	s.openStruct("", off, n)
	s.xval(d.tag.name, off, 4, d.tag.tab, d.tag.dflt)
	if arm != nil {
		arm.l.put(s, arm.name, off+4)
	}
	s.close()
	return true
}

func (d unionDec) rule() rule {
	return structRule("", 4)
}

// tcRatespec is struct tc_ratespec.
var tcRatespec = lay(12,
	m(fU("cell_log", 0, 1)),
	m(fXval("linklayer", 1, 1, xlat.TcLinkLayers, "TC_LINKLAYER_???")),
	m(fU("overhead", 2, 2)),
	m(fD("cell_align", 4, 2)),
	m(fU("mpu", 6, 2)),
	m(fU("rate", 8, 4)),
)

// tcfT is struct tcf_t: times in clock ticks.
var tcfT = lay(24,
	m(fClockT("install", 0, 8)),
	m(fClockT("lastuse", 8, 8)),
	m(fClockT("expires", 16, 8)),
)

var tcfT4 = lay(32,
	m(fClockT("install", 0, 8)),
	m(fClockT("lastuse", 8, 8)),
	m(fClockT("expires", 16, 8)),
	m(fClockT("firstuse", 24, 8)),
)

// nlaTcfT prints struct tcf_t, with firstuse when the kernel sends it.
var nlaTcfT = funcDec(func(s *state, off, n int) bool {
	switch {
	case n >= 32:
		tcfT4.put(s, "", off)
	case n >= 24:
		tcfT.put(s, "", off)
	default:
		return false
	}
	return true
})

// rateTable prints a rate table: 256 transmission times, one per cell.
var rateTable = arrayDec{size: 4, fmt: FmtU}

// beHex adds htons(0x...)/htonl(0x...) for a big-endian field.
func (s *state) beHex(name string, off, size int) {
	s.beClose(s.value("", FmtX, s.beOpen(name, off, size), off, size))
}

var (
	// ethernet protocols as strace prints them: htons(ETH_P_IP)
	nlaEtherProto = xvalDec{tab: xlat.EthernetProtocols, dflt: "ETHER_P_???", size: 2, be: true}
	nlaIPProto    = xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1}
	// tc handles (major:minor) in hex
	nlaHandle   = numDec{size: 4, fmt: FmtX}
	nlaClsFlags = flagsDec{tab: xlat.TcaClsFlags, dflt: "TCA_CLS_FLAGS_???", size: 4}
)
