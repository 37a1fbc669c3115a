package decode

import (
	"fmt"

	"github.com/nldump/nldump/decode/internal/xlat"
)

const (
	nlaHdrLen        = 4
	nlaFNested       = 1 << 15
	nlaFNetByteorder = 1 << 14
	nlaTypeMask      = ^uint16(nlaFNested | nlaFNetByteorder)
)

func nlaAlign(n int) int { return (n + 3) &^ 3 }

// attrDec decodes the payload of one attribute: n bytes at off. It returns
// false, having added nothing, when the payload does not fit it; the
// payload then prints as a hex string, as strace prints it.
type attrDec interface {
	decode(s *state, off, n int) bool
	// rule says what the decoder takes (want.go): check reads it to say
	// what the kernel will object to.
	rule() rule
}

// attrSet is an attribute namespace: the names of its types and a decoder
// for each type. A nil decoder prints the payload as hex.
type attrSet struct {
	names *xlat.Table
	dflt  string
	dec   []attrDec
	// byType, when set, is consulted instead of dec: it picks a decoder
	// from the context (strace passes the attribute type as opaque data
	// to such decoders).
	byType func(s *state, typ uint16) attrDec
}

// attrs decodes n bytes at off as a list of attributes of set, the way
// strace's decode_nlattr walks them.
func (s *state) attrs(off, n int, set *attrSet) {
	if s.nest >= MaxNesting {
		// hostile nesting: the rest is bytes, so that the tree and every
		// text of it stay in proportion to the buffer
		s.node(s.hex(off, n)).flags |= flagDeep
		return
	}
	s.nest++
	lst := s.open(KindArray, "", off, n, RoleAttrs)
	s.node(lst).flags |= flagAbbrev
	isArray := false
	for {
		if n < nlaHdrLen {
			i := s.hex(off, n)
			s.node(i).role = RoleTrailing
			break
		}
		nlaLen := int(s.u16(off))
		typ := uint16(s.u16(off + 2))
		next := 0
		hasNext := false
		if nlaLen >= nlaHdrLen {
			al := nlaAlign(nlaLen)
			if n >= al {
				next = n - al
			}
			hasNext = next > 0
		}
		if hasNext {
			isArray = true
		}
		s.attr(off, n, nlaLen, typ, set)
		if !hasNext {
			break
		}
		al := nlaAlign(nlaLen)
		off += al
		n = next
	}
	if !isArray {
		s.node(lst).flags |= flagBare
	}
	s.close()
	s.nest--
}

// MaxNesting is the deepest attribute list the decoder decodes. The
// kernel's attribute sets nest a handful of levels (tc actions and nft
// expressions the most), so a deeper list is broken or hostile; its bytes
// print as a hex string, marked in the tree and JSON formats, and the
// tree and its texts stay in proportion to the buffer.
const MaxNesting = 32

func (s *state) attr(off, avail, nlaLen int, typ uint16, set *attrSet) {
	l := min(nlaLen, avail)
	base := typ & nlaTypeMask
	// the attribute node is closed below, not through the stack
	an, a := s.push()
	an.kind, an.role, an.u, an.size, an.off, an.len = KindArray, RoleAttr, uint64(base), 2, uint32(off), uint32(max(l, 0))
	an.tab, an.aux = set.names, set.dflt
	if l <= nlaHdrLen {
		an.flags |= flagBare
	}
	// the header: one leaf
	hd, _ := s.push()
	hd.fmt, hd.role, hd.size, hd.u, hd.off, hd.len = FmtNlaHdr, RoleAttrHeader, 2, uint64(nlaLen)<<16|uint64(typ), uint32(off), nlaHdrLen
	hd.tab, hd.aux = set.names, set.dflt
	if l > nlaHdrLen {
		var d attrDec
		if set.byType != nil {
			d = set.byType(s, base)
		} else if int(base) < len(set.dec) {
			d = set.dec[base]
		}
		m := s.mark()
		if d == nil || !d.decode(s, off+nlaHdrLen, l-nlaHdrLen) {
			s.rollback(m)
			h := s.hex(off+nlaHdrLen, l-nlaHdrLen)
			if d != nil {
				s.rejected(h, d)
			}
		}
	} else if l == nlaHdrLen && nlaLen == nlaHdrLen {
		s.emptyPayload(a, set, base)
	}
	s.t.nodes[a].end = int32(len(s.t.nodes))
}

// --- the common payload decoders ---

// numDec prints a number of a fixed size: in host order, or (be) in
// network order inside htons(...) / htonl(...) / htobe64(...), as strace
// prints them. Without exact it takes a payload of at least size bytes
// and ignores the rest, as strace does (rtnetlink); with exact only one of
// size bytes, as the kernel's generic netlink and netfilter policies
// validate.
type numDec struct {
	size  int
	fmt   Fmt
	exact bool
	be    bool
}

func (d numDec) decode(s *state, off, n int) bool {
	if n < d.size || d.exact && n != d.size {
		return false
	}
	if !d.be {
		s.num("", d.fmt, off, d.size)
		return true
	}
	f := d.fmt
	if f == FmtNone {
		f = FmtU
	}
	s.beClose(s.value("", f, s.beOpen("", off, d.size), off, d.size))
	return true
}

func (d numDec) rule() rule {
	return numRule(d.size, d.be, d.fmt == FmtD || d.fmt == FmtFd)
}

var (
	nlaU8  = numDec{size: 1, fmt: FmtU}
	nlaU16 = numDec{size: 2, fmt: FmtU}
	nlaU32 = numDec{size: 4, fmt: FmtU}
	nlaU64 = numDec{size: 8, fmt: FmtU}
	nlaS32 = numDec{size: 4, fmt: FmtD}
	nlaS64 = numDec{size: 8, fmt: FmtD}
	nlaX8  = numDec{size: 1, fmt: FmtX}
	nlaX16 = numDec{size: 2, fmt: FmtX}
	nlaX32 = numDec{size: 4, fmt: FmtX}
	nlaX64 = numDec{size: 8, fmt: FmtX}
	// nlaFd and nlaUID as strace's decode_nla_fd/uid
	nlaFd  = numDec{size: 4, fmt: FmtFd}
	nlaUID = numDec{size: 4, fmt: FmtUID}
)

// xintDec prints 1, 2, 4 or 8 bytes in hex (strace's decode_nla_xint).
type xintDec struct{}

func (xintDec) decode(s *state, off, n int) bool {
	switch n {
	case 1, 2, 4, 8:
		s.num("", FmtX, off, n)
		return true
	}
	return false
}

func (xintDec) rule() rule {
	return rule{desc: "a number of 1, 2, 4 or 8 bytes", min: 1, max: 8}
}

var nlaXint = xintDec{}

var (
	nlaBE16    = numDec{size: 2, fmt: FmtU, be: true}
	nlaBE32    = numDec{size: 4, fmt: FmtU, be: true}
	nlaBE64    = numDec{size: 8, fmt: FmtU, be: true}
	nlaBEHex16 = numDec{size: 2, fmt: FmtX, be: true}
	nlaBEHex32 = numDec{size: 4, fmt: FmtX, be: true}
	nlaBEHex64 = numDec{size: 8, fmt: FmtX, be: true} // a MACsec SCI, an ILA locator
)

// strDec prints a string attribute (strace's decode_nla_str).
type strDec struct{ style uint8 }

func (d strDec) decode(s *state, off, n int) bool {
	s.str("", off, n, d.style)
	return true
}

func (d strDec) rule() rule {
	return rule{desc: "a string", nul: d.style&qExpectNul != 0}
}

var nlaStr = strDec{qNlaStr}

// ifindexDec prints an interface index.
// ifindexDec prints an interface index: a u32 with the name the input
// or the host gives it; exact takes only a 4-byte payload (generic
// netlink), otherwise a longer one is read up to its fourth byte.
type ifindexDec struct{ exact bool }

func (d ifindexDec) decode(s *state, off, n int) bool {
	if n < 4 || d.exact && n != 4 {
		return false
	}
	s.ifindex("", off, 4)
	return true
}

func (ifindexDec) rule() rule {
	return rule{desc: "an interface index, a u32 (4 bytes)", min: 4, max: 4, number: true}
}

var nlaIfindex = ifindexDec{}

// clockDec prints a clock_t of up to 8 bytes.
type clockDec struct{}

func (clockDec) decode(s *state, off, n int) bool {
	if n > 8 {
		return false
	}
	s.value("", FmtClockT, s.uint(off, n), off, n)
	return true
}

func (clockDec) rule() rule {
	return rule{desc: "a number of up to 8 bytes", max: 8}
}

var nlaClockT = clockDec{}

// xvalDec prints a number by name (strace's decode_nla_xval). size 0 takes
// any payload of up to 8 bytes; otherwise the payload must hold size bytes
// and only those are read.
type xvalDec struct {
	tab  *xlat.Table
	dflt string
	size int   // 0: the payload's size, up to 8 bytes
	nf   uint8 // number format of unknown values
	be   bool  // network order, printed inside htons()
	// exact takes only a payload of size bytes (generic netlink and
	// netfilter policies); tail takes a longer one of any length and
	// reads its first size bytes; otherwise a payload of size to 8 bytes.
	exact, tail bool
}

// fits tells whether a number decoder of size bytes takes n bytes.
func numFits(n, size int, exact, tail bool) bool {
	return n >= size && (!exact || n == size) && (n <= 8 || tail && size > 0)
}

// numSize returns the bytes a number decoder of size bytes reads of a
// payload of n (size 0: all of it); ok is false when it does not fit.
func numSize(n, size int, exact, tail bool) (int, bool) {
	if !numFits(n, size, exact, tail) {
		return 0, false
	}
	if size != 0 {
		return size, true
	}
	return n, true
}

// namedNumRule is the rule of a named number (xvalDec, flagsDec).
func namedNumRule(size int, be bool) rule {
	if size > 0 {
		return numRule(size, be, false)
	}
	return rule{desc: "a number of 1 to 8 bytes", min: 1, max: 8}
}

func (d xvalDec) decode(s *state, off, n int) bool {
	n, ok := numSize(n, d.size, d.exact, d.tail)
	if !ok {
		return false
	}
	if d.be {
		s.beClose(s.xvalV("", s.beOpen("", off, n), off, n, d.tab, d.dflt, d.nf))
		return true
	}
	s.xvalV("", s.uint(off, n), off, n, d.tab, d.dflt, d.nf)
	return true
}

func (d xvalDec) rule() rule { return namedNumRule(d.size, d.be) }

// flagsDec prints a flag word (strace's decode_nla_flags); its fields
// as xvalDec's.
type flagsDec struct {
	tab         *xlat.Table
	dflt        string
	size        int
	be          bool
	exact, tail bool
	verbose     bool // printed as with -X verbose (unless raw)
}

func (d flagsDec) decode(s *state, off, n int) bool {
	n, ok := numSize(n, d.size, d.exact, d.tail)
	if !ok {
		return false
	}
	if d.be {
		s.beClose(s.flagsV("", s.beOpen("", off, n), off, n, d.tab, d.dflt))
		return true
	}
	i := s.flagsV("", s.uint(off, n), off, n, d.tab, d.dflt)
	if d.verbose {
		s.setFlag(i, flagVerbose)
	}
	return true
}

func (d flagsDec) rule() rule { return namedNumRule(d.size, d.be) }

// nestDec decodes the payload as attributes of another set.
type nestDec struct{ set *attrSet }

func (d nestDec) decode(s *state, off, n int) bool {
	s.attrs(off, n, d.set)
	return true
}

func (d nestDec) rule() rule {
	return rule{desc: "nested attributes", set: d.set}
}

// structDec prints a fixed struct when the payload holds it whole.
type structDec struct{ spec *structSpec }

func (d structDec) decode(s *state, off, n int) bool {
	if n < d.spec.size {
		return false
	}
	s.structFields("", d.spec, off)
	return true
}

func (d structDec) rule() rule {
	return structRule(d.spec.name, d.spec.size)
}

// funcDec is a hand-written decoder.
type funcDec func(s *state, off, n int) bool

func (f funcDec) decode(s *state, off, n int) bool { return f(s, off, n) }

// rule: a hand-written decoder states no rule of its own.
func (funcDec) rule() rule { return rule{} }

// inAddrDec prints an IPv4 (4) or IPv6 (16) address.
// inAddrDec prints an IPv4 or IPv6 address: from a payload of at least
// its size (rtnetlink, as strace), or (exact) of exactly its size.
type inAddrDec struct {
	family uint8
	exact  bool
}

func (d inAddrDec) decode(s *state, off, n int) bool {
	size := 4
	if d.family == xlat.AF_INET6 {
		size = 16
	}
	if n < size || d.exact && n != size {
		return false
	}
	s.inet("", d.family, off, size)
	return true
}

func (d inAddrDec) rule() rule {
	return addrRule(d.family)
}

var (
	nlaInAddr  = inAddrDec{family: xlat.AF_INET}
	nlaIn6Addr = inAddrDec{family: xlat.AF_INET6}
)

// hwaddrDec prints a link-layer address.
type hwaddrDec struct{}

func (hwaddrDec) decode(s *state, off, n int) bool {
	if n > maxAddrLen {
		return false
	}
	// All the bytes the kernel sent: strace 6.1 cuts them to a size it
	// looks up by the address family (one byte for AF_BRIDGE), which is
	// not what the kernel meant.
	s.hwaddr("", off, n, 255)
	return true
}

func (hwaddrDec) rule() rule {
	return rule{desc: "a link-layer address of up to 32 bytes", max: maxAddrLen}
}

var nlaHwaddr = hwaddrDec{}

// arrayDec prints the payload as an array of numbers, n/size of them,
// optionally with named indices (strace's print_array_ex).
type arrayDec struct {
	size  int
	fmt   Fmt
	index *xlat.Table // nil: no indices
	idflt string
	inf   uint8 // index number format
}

func (d arrayDec) decode(s *state, off, n int) bool {
	cnt := n / d.size
	if cnt == 0 {
		return false
	}
	s.printArray(off, cnt, d.size, d.fmt, d.index, d.idflt, d.inf)
	return true
}

func (d arrayDec) rule() rule {
	return rule{desc: fmt.Sprintf("an array of %d-byte elements", d.size), min: d.size}
}

// printArray adds cnt numbers of size bytes at off as [a, b, ...], with
// [NAME]=value indices when index is set (strace's print_array_ex). The
// array is one node: the elements are read from the buffer when printed
// (Tree.Elem gives them one by one).
func (s *state) printArray(off, cnt, size int, f Fmt, index *xlat.Table, idflt string, inf uint8) {
	nd, _ := s.push()
	nd.fmt, nd.style, nd.size, nd.off, nd.len = FmtArray, uint8(f), uint8(size), uint32(off), uint32(cnt*size)
	nd.tab, nd.aux = index, idflt
	nd.flags = flagAbbrev
	switch inf {
	case numU:
		nd.flags |= flagIdxU
	case numD:
		nd.flags |= flagIdxD
	}
	if index != nil {
		nd.flags |= flagIndexed
	}
}

// set builds an attrSet from a table of decoders indexed by type.
func newSet(names *xlat.Table, dflt string, decs []attrDec) *attrSet {
	set := &attrSet{names: names, dflt: dflt, dec: decs}
	allSets = append(allSets, set)
	return set
}

// setDec sets the decoder of attribute type t, growing decs to hold it.
func setDec(decs []attrDec, t uint16, d attrDec) []attrDec {
	for int(t) >= len(decs) {
		decs = append(decs, nil)
	}
	decs[t] = d
	return decs
}

// nestSelf makes the attributes of the given types of set nests of set
// itself (a package-level table cannot name the set it is the value of).
func nestSelf(set *attrSet, types ...uint16) {
	for _, t := range types {
		set.dec = setDec(set.dec, t, nestDec{set})
	}
}

// allSets lists every attribute set made by newSet: for the names of
// nests in extended ACKs (nestedNames), and for the tests that compare
// them with the kernel's own descriptions.
var allSets []*attrSet

// findAttr returns the payload (offset, length) of the first attribute of
// type typ (NLA_F_ bits aside) among the n bytes of attributes at off.
func (s *state) findAttr(off, n int, typ uint16) (int, int, bool) {
	for n >= nlaHdrLen {
		l := int(s.u16(off))
		if l < nlaHdrLen || l > n {
			return 0, 0, false
		}
		if uint16(s.u16(off+2))&nlaTypeMask == typ {
			return off + nlaHdrLen, l - nlaHdrLen, true
		}
		al := nlaAlign(l)
		if al >= n {
			break
		}
		off += al
		n -= al
	}
	return 0, 0, false
}
