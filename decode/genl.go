package decode

import (
	"github.com/nldump/nldump/decode/internal/xlat"
)

// Generic netlink (NETLINK_GENERIC). Every message starts with struct
// genlmsghdr {u8 cmd; u8 version; u16 reserved}; what follows (a family
// header, then attributes) depends on the family, whose id the kernel hands
// out at run time. The Decoder learns ids from nlctrl's CTRL_CMD_NEWFAMILY
// messages in its input, from SetGenlFamily (--genl NAME=ID), or from the
// running kernel (the command asks it with capture.QueryGenlFamilies).
//
// What nldump knows of a family is one table, a genlSpec, listed in
// genlSpecList: its command names, its attribute sets and which command
// uses which set. Adding a family is adding a table; there is no code path
// of its own.

const (
	genlHdrLen = 4
	genlIDCtrl = 0x10 // GENL_ID_CTRL: nlctrl's id is fixed
)

// genlSpec is one generic netlink family.
type genlSpec struct {
	// name is the name the family registers with the kernel.
	name string
	// cmds names the commands (genlmsghdr.cmd) of messages to the kernel,
	// and of messages from it when replyCmds is nil.
	cmds    *xlat.Table
	cmdDflt string
	// replyCmds names the commands of messages from the kernel when the
	// family numbers them apart (ethtool).
	replyCmds *xlat.Table
	replyDflt string
	// events names the commands of the kernel's multicast notifications
	// (nlmsg_pid 0) when the family numbers them apart from its commands
	// (mptcp_pm, thermal); eventAttrs is their attribute set, when it is
	// not attrs.
	events     *xlat.Table
	eventDflt  string
	eventAttrs *attrSet
	// hdr is the family's own fixed header after genlmsghdr (its hdrsize),
	// nil for none.
	hdr *structSpec
	// attrs is the attribute set of every command, unless cmdAttrs (by
	// command, messages to the kernel, or both ways when replyCmds is nil)
	// or replyAttrs (by command, messages from the kernel) names another.
	attrs      *attrSet
	cmdAttrs   map[uint8]*attrSet
	replyAttrs map[uint8]*attrSet
	// learn, when set, reads what a message teaches the Decoder before the
	// message is decoded (nlctrl: family ids and names).
	learn func(s *state, cmd uint8, reply bool, off, n int)

	idx         int      // position in genlSpecList, plus one
	opPolicySet *attrSet // CTRL_ATTR_OP_POLICY indexed by this family's commands
}

// genlSpecList lists the generic netlink families nldump decodes, in the
// order of their idx.
var genlSpecList []*genlSpec

// genlFamilies registers the families by the name they register with the
// kernel. strace 6.1 decodes none of them: it prints every generic netlink
// payload as one hex string.
var genlFamilies = newRegistry[string, *genlSpec]("generic netlink family")

func init() {
	genlSpecList = []*genlSpec{
		ctrlSpec,
		ethtoolSpec,
		devlinkSpec,
		nl80211Spec,
		wireguardSpec,
		mptcpSpec,
		netdevSpec,
		tcpMetricsSpec,
		taskstatsSpec,
		teamSpec,
		macsecSpec,
		thermalSpec,
		dpllSpec,
		seg6Spec,
		ioam6Spec,
	}
	for i, g := range genlSpecList {
		g.idx = i + 1
		genlFamilies.add(g.name, g, false)
		g.opPolicySet = &attrSet{names: g.cmds, dflt: g.cmdDflt, byType: ctrlOpPolicyElem}
	}
}

// commands returns the command names of a message of the family.
func (g *genlSpec) commands(reply, event bool) (*xlat.Table, string) {
	if event && g.events != nil {
		return g.events, g.eventDflt
	}
	if reply && g.replyCmds != nil {
		return g.replyCmds, g.replyDflt
	}
	return g.cmds, g.cmdDflt
}

// set returns the attribute set of a command.
func (g *genlSpec) set(cmd uint8, reply, event bool) *attrSet {
	if event && g.events != nil {
		if g.eventAttrs != nil {
			return g.eventAttrs
		}
		return g.attrs
	}
	m := g.cmdAttrs
	if reply && g.replyCmds != nil {
		m = g.replyAttrs
	}
	if a, ok := m[cmd]; ok {
		return a
	}
	if g.attrs != nil {
		return g.attrs
	}
	return genlAnyAttrs
}

// genlName returns the family name known for a message type, "" if none.
func (s *state) genlName(id uint16) string {
	if id == genlIDCtrl {
		return ctrlName
	}
	return s.d.genl.name(id)
}

// genlSpecOf returns the table of the family of a message type, or nil.
func (s *state) genlSpecOf(id uint16) *genlSpec {
	if n := s.genlName(id); n != "" {
		e, _ := genlFamilies.get(n)
		return e.v
	}
	return nil
}

// genlTypeNode names a generic netlink message type by its family.
func genlTypeNode(s *state, typ uint16, off int) {
	x := s.xvalV("nlmsg_type", uint64(typ), off, 2, s.d.genl.table(), "GENERIC_FAMILY_???", numX)
	s.node(x).role = RoleHeader
}

// genlBody decodes genlmsghdr, the family header and the attributes.
func genlBody(s *state, typ uint16, off, n int) bool {
	if typ == xlat.NLMSG_DONE || n < genlHdrLen {
		return false
	}
	cmd := uint8(s.u8(off))
	reply := s.ctx.flags&xlat.NLM_F_REQUEST == 0
	if !reply {
		s.d.genl.request(typ, cmd)
	}
	// The kernel's multicast notifications carry port id 0 (the header
	// ends right before off). Some families (thermal) also answer dumps
	// with port id 0; a message of the command last asked of the family
	// is taken for the answer.
	event := reply && s.u32(off-4) == 0 && !s.d.genl.asked(typ, cmd)
	g := s.genlSpecOf(typ)
	s.ctx.genlCmd = cmd
	s.ctx.genlFam = ""
	s.ctx.aux = 0
	if g != nil {
		s.ctx.genlFam = g.name
		if g.learn != nil {
			g.learn(s, cmd, reply, off+genlHdrLen, n-genlHdrLen)
		}
	}

	// strace prints the payload as one hex string; in its place go
	// genlmsghdr alone, or [genlmsghdr, family header, attributes]
	wrap := n > genlHdrLen
	if wrap {
		s.openArray("", off, n)
	}
	s.open(KindStruct, "", off, genlHdrLen, RoleBody)
	if g != nil {
		tab, dflt := g.commands(reply, event)
		s.xvalV("cmd", uint64(cmd), off, 1, tab, dflt, numX)
	} else {
		s.value("cmd", FmtX, uint64(cmd), off, 1)
	}
	s.fieldU("version", off+1, 1)
	if s.u16(off+2) != 0 {
		s.fieldX("reserved", off+2, 2)
	}
	s.close()
	if wrap {
		s.genlRest(g, cmd, reply, event, off+genlHdrLen, n-genlHdrLen)
		s.close()
	}
	return true
}

// genlRest decodes what follows genlmsghdr: the family header, if any,
// then the attributes.
func (s *state) genlRest(g *genlSpec, cmd uint8, reply, event bool, off, n int) {
	if g != nil && g.hdr != nil {
		if n < g.hdr.size {
			s.hex(off, n)
			return
		}
		s.structFields("", g.hdr, off)
		a := nlmsgAlign(g.hdr.size)
		off += a
		n -= a
	}
	if n <= 0 {
		return
	}
	set := genlAnyAttrs
	if g != nil {
		set = g.set(cmd, reply, event)
	}
	s.attrs(off, n, set)
}

var genlFamily = &family{
	typeNode: genlTypeNode,
	body:     genlBody,
}

// --- attributes of families nldump has no table for ---

// genlAnyAttrs prints attribute types as numbers and payloads as hex,
// except that a payload flagged NLA_F_NESTED which holds well-formed
// attributes is decoded as such.
var genlAnyAttrs = &attrSet{}

func init() {
	genlAnyAttrs.byType = func(*state, uint16) attrDec { return anyNestDec{} }
}

type anyNestDec struct{}

func (anyNestDec) decode(s *state, off, n int) bool {
	if uint16(s.u16(off-2))&nlaFNested == 0 || !s.wellFormedAttrs(off, n) {
		return false
	}
	s.attrs(off, n, genlAnyAttrs)
	return true
}

func (anyNestDec) rule() rule {
	return rule{desc: "nested attributes"}
}

// wellFormedAttrs reports whether n bytes at off are a list of whole
// attributes and nothing else.
func (s *state) wellFormedAttrs(off, n int) bool {
	if n < nlaHdrLen {
		return false
	}
	for n > 0 {
		if n < nlaHdrLen {
			return false
		}
		l := int(s.u16(off))
		if l < nlaHdrLen || l > n {
			return false
		}
		a := min(nlaAlign(l), n)
		off += a
		n -= a
	}
	return true
}

// arrayOf is a nest whose attribute types are indexes (1, 2, ...), each
// holding a nest of elem.
func arrayOf(elem *attrSet) *attrSet {
	d := nestDec{elem}
	return &attrSet{byType: func(*state, uint16) attrDec { return d }}
}

// --- payload decoders for generic netlink attributes ---
//
// Generic netlink families validate attribute sizes exactly, so these
// decoders do too: a payload of another size prints as hex.

var (
	gU8  = numDec{size: 1, fmt: FmtU, exact: true}
	gU16 = numDec{size: 2, fmt: FmtU, exact: true}
	gU32 = numDec{size: 4, fmt: FmtU, exact: true}
	gU64 = numDec{size: 8, fmt: FmtU, exact: true}
	gS8  = numDec{size: 1, fmt: FmtD, exact: true}
	gS16 = numDec{size: 2, fmt: FmtD, exact: true}
	gS32 = numDec{size: 4, fmt: FmtD, exact: true}
	gS64 = numDec{size: 8, fmt: FmtD, exact: true}
	gX8  = numDec{size: 1, fmt: FmtX, exact: true}
	gX16 = numDec{size: 2, fmt: FmtX, exact: true}
	gX32 = numDec{size: 4, fmt: FmtX, exact: true}
	gX64 = numDec{size: 8, fmt: FmtX, exact: true}
)

// uintDec prints NLA_UINT / NLA_SINT: 4 or 8 bytes.
type uintDec struct{ fmt Fmt }

func (d uintDec) decode(s *state, off, n int) bool {
	if n != 4 && n != 8 {
		return false
	}
	s.num("", d.fmt, off, n)
	return true
}

func (d uintDec) rule() rule {
	return rule{desc: "a u32 or u64 (4 or 8 bytes)", min: 4, max: 8, number: true, signed: d.fmt == FmtD}
}

var (
	gUint = uintDec{FmtU}
	gSint = uintDec{FmtD}
)

// uintFlagsDec prints a flag word carried as NLA_UINT (4 or 8 bytes).
type uintFlagsDec struct {
	tab  *xlat.Table
	dflt string
}

func (d uintFlagsDec) decode(s *state, off, n int) bool {
	if n != 4 && n != 8 {
		return false
	}
	s.flagsV("", s.uint(off, n), off, n, d.tab, d.dflt)
	return true
}

func (d uintFlagsDec) rule() rule { return gUint.rule() }

// gXval prints a number of exactly size bytes by name.
func gXval(t *xlat.Table, dflt string, size int) attrDec {
	return xvalDec{tab: t, dflt: dflt, size: size, exact: true}
}

// kindDec is an exact-size named number that says how the attributes
// after it read (team's option type, ethtool's stats group): it keeps its
// value, plus one, in s.ctx.aux for their decoders.
type kindDec struct {
	size int
	tab  *xlat.Table
	dflt string
	nf   uint8
}

func (d kindDec) decode(s *state, off, n int) bool {
	if n != d.size {
		return false
	}
	v := s.uint(off, n)
	s.ctx.aux = v + 1
	s.xvalV("", v, off, n, d.tab, d.dflt, d.nf)
	return true
}

func (d kindDec) rule() rule { return namedNumRule(d.size, false) }

// gFlags prints a flag word of exactly size bytes.
func gFlags(t *xlat.Table, dflt string, size int) attrDec {
	return flagsDec{tab: t, dflt: dflt, size: size, exact: true}
}

// gIfindex prints an interface index of exactly 4 bytes.
var gIfindex = ifindexDec{exact: true}

// gWords prints a bitmap as an array of 32-bit words in hex.
var gWords = gArray(4, FmtX)

// gArray prints an array of numbers of size bytes.
func gArray(size int, f Fmt) attrDec {
	return funcDec(func(s *state, off, n int) bool {
		if n == 0 || n%size != 0 {
			return false
		}
		s.printArray(off, n/size, size, f, nil, "", 0)
		return true
	})
}

// gInAddr and gIn6Addr print an IPv4 or IPv6 address of exactly its size.
var (
	gInAddr  = inAddrDec{family: xlat.AF_INET, exact: true}
	gIn6Addr = inAddrDec{family: xlat.AF_INET6, exact: true}
)

// gAnyAddr prints an IPv4 or IPv6 address by its size.
var gAnyAddr = funcDec(func(s *state, off, n int) bool {
	switch n {
	case 4:
		s.inet("", xlat.AF_INET, off, 4)
	case 16:
		s.inet("", xlat.AF_INET6, off, 16)
	default:
		return false
	}
	return true
})

// gFamily prints a 16-bit address family.
var gFamily = gXval(xlat.Addrfams, "AF_???", 2)

// gHwaddr prints a link-layer address.
var gHwaddr = funcDec(func(s *state, off, n int) bool {
	if n == 0 || n > maxAddrLen {
		return false
	}
	s.hwaddr("", off, n, 255)
	return true
})

// gString prints a string attribute that need not end in NUL (an SSID, a
// name of a fixed size).
var gString = strDec{0}

// bitsOf returns a flag table whose bit 1<<v is named as value v of t
// (for bitmaps of enum values).
func bitsOf(name string, t *xlat.Table) *xlat.Table {
	es := make([]xlat.Entry, 0, len(t.Entries))
	for _, e := range t.Entries {
		if e.Val < 64 {
			es = append(es, xlat.Entry{Name: e.Name, Val: 1 << e.Val})
		}
	}
	return xlat.New(name, es)
}

// gBitfield32 prints struct nla_bitfield32 {value, selector}.
func gBitfield32(t *xlat.Table, dflt string) attrDec {
	return funcDec(func(s *state, off, n int) bool {
		if n != 8 {
			return false
		}
		s.openStruct("", off, 8)
		s.flagsF("value", off, 4, t, dflt)
		s.flagsF("selector", off+4, 4, t, dflt)
		s.close()
		return true
	})
}

// struct sockaddr_in and sockaddr_in6, as strace prints them.
var (
	sockaddrIn = &structSpec{name: "sockaddr_in", size: 16, fields: []field{
		fXval("sa_family", 0, 2, xlat.Addrfams, "AF_???"),
		fBE("sin_port", 2, 2),
		{name: "sin_addr", off: 4, size: 4, fmt: FmtInet, nf: xlat.AF_INET},
	}}
	sockaddrIn6 = &structSpec{name: "sockaddr_in6", size: 28, fields: []field{
		fXval("sa_family", 0, 2, xlat.Addrfams, "AF_???"),
		fBE("sin6_port", 2, 2),
		fBE("sin6_flowinfo", 4, 4),
		{name: "sin6_addr", off: 8, size: 16, fmt: FmtInet, nf: xlat.AF_INET6},
		fU("sin6_scope_id", 24, 4),
	}}
)

// gSockaddr prints a struct sockaddr_in or sockaddr_in6 of exactly its size.
var gSockaddr = funcDec(func(s *state, off, n int) bool {
	switch {
	case n == sockaddrIn.size && s.u16(off) == xlat.AF_INET:
		s.structFields("", sockaddrIn, off)
	case n == sockaddrIn6.size && s.u16(off) == xlat.AF_INET6:
		s.structFields("", sockaddrIn6, off)
	default:
		return false
	}
	return true
})

// gTimespec prints struct __kernel_timespec.
var gTimespec = structDec{&structSpec{name: "__kernel_timespec", size: 16, fields: []field{
	fD("tv_sec", 0, 8),
	fD("tv_nsec", 8, 8),
}}}

// request records the command of a request to a family.
func (g *genlRegistry) request(id uint16, cmd uint8) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.lastReq == nil {
		g.lastReq = map[uint16]uint8{}
	}
	g.lastReq[id] = cmd + 1
}

// asked reports whether cmd was the command last asked of a family.
func (g *genlRegistry) asked(id uint16, cmd uint8) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.lastReq[id] == cmd+1
}
