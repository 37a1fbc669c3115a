package decode

import (
	"encoding/binary"
	"math"
	"strconv"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// XlatStyle is how constants print (strace's -X).
type XlatStyle uint8

const (
	XlatAbbrev  XlatStyle = iota // names (the default)
	XlatRaw                      // numbers only
	XlatVerbose                  // numbers with names in comments
)

// Class is the kind of a piece of output, for coloring.
type Class uint8

const (
	ClassPlain   Class = iota
	ClassType          // message and attribute type names
	ClassName          // other symbolic constants
	ClassNumber        // numbers
	ClassString        // strings and byte strings
	ClassError         // errors, and values that do not decode
	ClassField         // field names
	ClassUnknown       // a number with no name: 0x43 /* IFLA_??? */
)

// Styler marks classes of output, for color. Start and Stop append the
// markup around a piece of text of a class; they must not change the text.
type Styler interface {
	Start(dst []byte, c Class) []byte
	Stop(dst []byte, c Class) []byte
}

// Format holds the options of the strace notation.
type Format struct {
	// StrLen is strace's -s: the longest string printed, and the most
	// elements printed of a list. 0 means no limit.
	StrLen int
	Xlat   XlatStyle
	Hex    HexStyle
	Styler Styler
	// NewNames names the values strace 6.1 does not know. Without it,
	// values print as strace 6.1 prints them (0x3 /* IFLA_INET6_??? */),
	// so nldump's line matches strace's; message and attribute types are
	// named either way, as that only replaces strace's numbers.
	NewNames bool
}

// DefaultFormat prints everything: no string limit.
var DefaultFormat = Format{}

func (f *Format) limit() int {
	if f.StrLen <= 0 {
		return math.MaxInt32
	}
	return f.StrLen
}

// AppendStrace appends node i of the tree in strace's notation.
func (t *Tree) AppendStrace(dst []byte, i int, f *Format) []byte {
	r := newRender(t, f)
	return r.node(dst, i)
}

// AppendStraceAll appends the whole buffer in strace's notation.
func (t *Tree) AppendStraceAll(dst []byte, f *Format) []byte {
	if len(t.nodes) == 0 {
		return dst
	}
	return t.AppendStrace(dst, 0, f)
}

// String returns the whole buffer in strace's notation.
func (t *Tree) String() string {
	return string(t.AppendStraceAll(nil, &DefaultFormat))
}

type render struct {
	t   *Tree
	f   *Format
	lim int
	sty Styler    // f.Styler, kept here for the hot paths
	xl  XlatStyle // f.Xlat
}

func newRender(t *Tree, f *Format) render {
	return newRenderLim(t, f, f.limit())
}

func newRenderLim(t *Tree, f *Format, lim int) render {
	return render{t: t, f: f, lim: lim, sty: f.Styler, xl: f.Xlat}
}

func (r *render) start(dst []byte, c Class) []byte {
	if r.sty != nil {
		return r.sty.Start(dst, c)
	}
	return dst
}

func (r *render) stop(dst []byte, c Class) []byte {
	if r.sty != nil {
		return r.sty.Stop(dst, c)
	}
	return dst
}

func (r *render) fieldName(dst []byte, name string) []byte {
	if r.sty != nil {
		dst = r.sty.Start(dst, ClassField)
		dst = append(dst, name...)
		dst = r.sty.Stop(dst, ClassField)
		return append(dst, '=')
	}
	dst = append(dst, name...)
	return append(dst, '=')
}

func (r *render) node(dst []byte, i int) []byte {
	n := &r.t.nodes[i]
	if n.kind == KindValue {
		return r.leaf(dst, n)
	}
	if n.name != "" {
		dst = r.fieldName(dst, n.name)
	}
	if n.flags&flagWhole != 0 {
		// strace shows these bytes as one string; the children are for
		// the formats that show more
		dst = r.start(dst, ClassString)
		dst = printstr(dst, r.bytes(n), n.style, r.lim, r.f.Hex)
		return r.stop(dst, ClassString)
	}
	end := int(n.end)
	switch n.kind {
	case KindStruct:
		dst = append(dst, '{')
		dst = r.list(dst, i+1, end, -1)
		return append(dst, '}')
	case KindArray:
		if n.flags&flagBare != 0 {
			return r.list(dst, i+1, end, -1)
		}
		dst = append(dst, '[')
		lim := -1
		if n.flags&flagAbbrev != 0 {
			lim = r.lim
		}
		dst = r.list(dst, i+1, end, lim)
		return append(dst, ']')
	case KindCall:
		dst = append(dst, n.aux...)
		dst = append(dst, '(')
		dst = r.list(dst, i+1, end, -1)
		return append(dst, ')')
	case KindSeq:
		return r.seq(dst, i+1, end)
	case KindIndex:
		dst = append(dst, '[')
		c := i + 1
		if c < end {
			dst = r.node(dst, c)
			c = int(r.t.nodes[c].end)
		}
		dst = append(dst, ']', '=')
		if c < end {
			dst = r.node(dst, c)
		}
		return dst
	}
	return dst
}

// list prints the nodes from c to end separated by ", ", at most lim of
// them (then "..."; lim < 0: all).
func (r *render) list(dst []byte, c, end int, lim int) []byte {
	nodes := r.t.nodes
	for k := 0; c < end; k++ {
		if k > 0 {
			dst = append(dst, ',', ' ')
			if k == lim {
				return append(dst, '.', '.', '.')
			}
		}
		if n := &nodes[c]; n.kind == KindValue {
			if n.fmt == FmtU && r.sty == nil && n.u < 10 && n.name != "" {
				// the most common leaf, a small field (the counters of
				// stats structs): without a call
				dst = append(dst, n.name...)
				dst = append(dst, '=', byte('0'+n.u))
			} else {
				dst = r.leaf(dst, n)
			}
		} else {
			dst = r.node(dst, c)
		}
		c = int(nodes[c].end)
	}
	return dst
}

// seq prints the nodes from c to end one after the other.
func (r *render) seq(dst []byte, c, end int) []byte {
	nodes := r.t.nodes
	for c < end {
		dst = r.node(dst, c)
		c = int(nodes[c].end)
	}
	return dst
}

func (r *render) bytes(n *Node) []byte {
	b := r.t.Buf
	lo, hi := int(n.off), int(n.off)+int(n.len)
	if hi > len(b) || lo > hi {
		return nil
	}
	return b[lo:hi]
}

func appendNum(dst []byte, v uint64, nf uint8, size uint8) []byte {
	switch nf {
	case numU:
		return strconv.AppendUint(dst, v, 10)
	case numD:
		return strconv.AppendInt(dst, signExtend(v, size), 10)
	}
	if v == 0 {
		return append(dst, '0')
	}
	dst = append(dst, '0', 'x')
	return strconv.AppendUint(dst, v, 16)
}

func signExtend(v uint64, size uint8) int64 {
	switch size {
	case 1:
		return int64(int8(v))
	case 2:
		return int64(int16(v))
	case 4:
		return int64(int32(v))
	}
	return int64(v)
}

func (r *render) comment(dst []byte, s string, c Class) []byte {
	if s == "" {
		return dst
	}
	dst = append(dst, " /* "...)
	dst = r.start(dst, c)
	dst = append(dst, s...)
	dst = r.stop(dst, c)
	return append(dst, " */"...)
}

func (r *render) leaf(dst []byte, n *Node) []byte {
	if n.name != "" && !(n.fmt == FmtInet && n.u == xlat.AF_INET6 && n.style != inetQuoted && r.xl == XlatAbbrev && r.inetOK(n)) {
		if r.sty == nil {
			dst = append(dst, n.name...)
			dst = append(dst, '=')
		} else {
			dst = r.fieldName(dst, n.name)
		}
	}
	switch n.fmt {
	case FmtU:
		if r.sty == nil && n.u < 10 {
			return append(dst, byte('0'+n.u))
		}
		dst = r.start(dst, ClassNumber)
		dst = appendUint(dst, n.u)
		return r.stop(dst, ClassNumber)
	case FmtD:
		dst = r.start(dst, ClassNumber)
		dst = strconv.AppendInt(dst, signExtend(n.u, n.size), 10)
		return r.stop(dst, ClassNumber)
	case FmtX:
		dst = r.start(dst, ClassNumber)
		dst = appendNum(dst, n.u, numX, n.size)
		return r.stop(dst, ClassNumber)
	case FmtO:
		dst = r.start(dst, ClassNumber)
		if n.u != 0 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendUint(dst, n.u, 8)
		return r.stop(dst, ClassNumber)
	case FmtXval:
		return r.xval(dst, n)
	case FmtFlags:
		return r.flags(dst, n)
	case FmtErr:
		return r.errno(dst, n)
	case FmtStr:
		dst = r.start(dst, ClassString)
		b := r.bytes(n)
		if n.style&qCstring != 0 {
			dst = quotedCString(dst, b, r.f.Hex)
		} else if n.style&qNoLimit != 0 {
			dst = printstr(dst, b, n.style, math.MaxInt32, r.f.Hex)
		} else {
			dst = printstr(dst, b, n.style, r.lim, r.f.Hex)
		}
		return r.stop(dst, ClassString)
	case FmtHex:
		dst = r.start(dst, ClassString)
		dst = printstr(dst, r.bytes(n), qForceHex, r.lim, r.f.Hex)
		return r.stop(dst, ClassString)
	case FmtHwaddr:
		return r.hwaddr(dst, n)
	case FmtInet:
		return r.inet(dst, n)
	case FmtIfindex:
		return r.ifindex(dst, n)
	case FmtClockT:
		return r.clockT(dst, n)
	case FmtText:
		return append(dst, n.aux...)
	case FmtMore:
		return append(dst, "..."...)
	case FmtX0:
		dst = r.start(dst, ClassNumber)
		dst = appendX0(dst, n.u, int(n.size)*2)
		return r.stop(dst, ClassNumber)
	case FmtArray:
		return r.array(dst, n)
	case FmtNlaHdr:
		return r.nlaHdr(dst, n)
	case FmtFd, FmtUID:
		dst = r.start(dst, ClassNumber)
		if n.fmt == FmtUID && uint32(n.u) == math.MaxUint32 {
			dst = append(dst, "-1"...)
		} else if n.fmt == FmtFd {
			dst = strconv.AppendInt(dst, int64(int32(n.u)), 10)
		} else {
			dst = strconv.AppendUint(dst, n.u, 10)
		}
		return r.stop(dst, ClassNumber)
	}
	return dst
}

// appendX0 appends v as C's printf("%#0*llx", width, v) does: "0x" and
// hex digits zero-padded to width characters in all, and plain zeros
// (no "0x") for 0.
func appendX0(dst []byte, v uint64, width int) []byte {
	var b [16]byte
	digits := strconv.AppendUint(b[:0], v, 16)
	pad := width - len(digits)
	if v != 0 {
		dst = append(dst, '0', 'x')
		pad -= 2
	}
	for ; pad > 0; pad-- {
		dst = append(dst, '0')
	}
	return append(dst, digits...)
}

// table returns the names to print a node's value with.
func (r *render) table(n *Node) *xlat.Table {
	if r.f.NewNames || n.role == RoleAttrHeader || n.role == RoleHeader {
		return n.tab
	}
	return n.tab.Old()
}

func (r *render) xval(dst []byte, n *Node) []byte {
	if r.xl == XlatRaw {
		dst = r.start(dst, ClassNumber)
		dst = appendNum(dst, n.u, n.style, n.size)
		return r.stop(dst, ClassNumber)
	}
	cls := ClassName
	if n.role == RoleAttrHeader || n.role == RoleHeader {
		cls = ClassType
	}
	if s, ok := r.table(n).Lookup(n.u); ok {
		if r.xl == XlatVerbose || n.flags&flagVerbose != 0 {
			dst = appendNum(dst, n.u, n.style, n.size)
			return r.comment(dst, s, cls)
		}
		dst = r.start(dst, cls)
		dst = append(dst, s...)
		return r.stop(dst, cls)
	}
	dst = r.start(dst, ClassUnknown)
	dst = appendNum(dst, n.u, n.style, n.size)
	dst = r.stop(dst, ClassUnknown)
	return r.comment(dst, n.aux, ClassUnknown)
}

// flags prints as strace's printflags_ex.
func (r *render) flags(dst []byte, n *Node) []byte {
	flags := n.u
	if r.xl == XlatRaw {
		if flags != 0 || n.aux != "" {
			dst = appendNum(dst, flags, n.style, n.size)
		}
		return dst
	}
	verbose := r.xl == XlatVerbose || n.flags&flagVerbose != 0
	if verbose && flags != 0 {
		dst = appendNum(dst, flags, n.style, n.size)
	}
	cnt := 0
	if tab := r.table(n); tab != nil {
		for _, e := range tab.Entries {
			if flags == 0 && cnt != 0 {
				break
			}
			v := e.Val
			if flags == v || (v != 0 && flags&v == v) {
				if verbose && flags == 0 {
					dst = append(dst, '0')
				}
				if cnt > 0 {
					dst = append(dst, '|')
				} else if verbose {
					dst = append(dst, " /* "...)
				}
				cnt++
				dst = r.start(dst, ClassName)
				dst = append(dst, e.Name...)
				dst = r.stop(dst, ClassName)
				flags &^= v
			}
			if flags == 0 {
				break
			}
		}
	}
	if cnt > 0 {
		if flags != 0 {
			dst = append(dst, '|')
			dst = appendNum(dst, flags, n.style, n.size)
		}
		if verbose {
			dst = append(dst, " */"...)
		}
		return dst
	}
	if flags != 0 {
		if !verbose {
			dst = appendNum(dst, flags, n.style, n.size)
		}
		return r.comment(dst, n.aux, ClassUnknown)
	}
	if n.aux != "" {
		dst = append(dst, '0')
	}
	return dst
}

func (r *render) errno(dst []byte, n *Node) []byte {
	v := signExtend(n.u, n.size)
	name := ""
	if v < 0 {
		name, _ = xlat.Errnos.Lookup(uint64(-v))
	}
	if name == "" || r.xl != XlatAbbrev {
		dst = r.start(dst, ClassError)
		dst = strconv.AppendInt(dst, v, 10)
		dst = r.stop(dst, ClassError)
	}
	if name == "" || r.xl == XlatRaw {
		return dst
	}
	if r.xl == XlatAbbrev {
		dst = r.start(dst, ClassError)
		dst = append(dst, '-')
		dst = append(dst, name...)
		return r.stop(dst, ClassError)
	}
	return r.comment(dst, "-"+name, ClassError)
}

func (r *render) ifindex(dst []byte, n *Node) []byte {
	name := n.aux
	if name == "" || r.xl != XlatAbbrev {
		dst = r.start(dst, ClassNumber)
		dst = strconv.AppendUint(dst, n.u, 10)
		dst = r.stop(dst, ClassNumber)
	}
	if name == "" || r.xl == XlatRaw {
		return dst
	}
	if r.xl == XlatVerbose {
		dst = append(dst, " /* "...)
	}
	dst = append(dst, `if_nametoindex("`...)
	dst = r.start(dst, ClassString)
	dst, _ = quote(dst, []byte(name), 0x100, qNulTerm|qNoQuotes, r.f.Hex)
	dst = r.stop(dst, ClassString)
	dst = append(dst, `")`...)
	if r.xl == XlatVerbose {
		dst = append(dst, " */"...)
	}
	return dst
}

const maxAddrLen = 32

func (r *render) hwaddr(dst []byte, n *Node) []byte {
	b := r.bytes(n)
	if r.xl != XlatAbbrev || len(b) > maxAddrLen {
		dst = r.start(dst, ClassString)
		dst, _ = quote(dst, b, 0x100, qForceHex, r.f.Hex)
		dst = r.stop(dst, ClassString)
	}
	if r.xl == XlatRaw || len(b) > maxAddrLen {
		return dst
	}
	if m := int(n.u); m < len(b) {
		b = b[:m]
	}
	if r.xl == XlatVerbose {
		dst = append(dst, " /* "...)
	}
	dst = r.start(dst, ClassString)
	dst = appendMAC(dst, b)
	dst = r.stop(dst, ClassString)
	if r.xl == XlatVerbose {
		dst = append(dst, " */"...)
	}
	return dst
}

func appendMAC(dst, b []byte) []byte {
	for i, c := range b {
		if i > 0 {
			dst = append(dst, ':')
		}
		dst = append(dst, hexDigits[c>>4], hexDigits[c&15])
	}
	return dst
}

func (r *render) inetOK(n *Node) bool {
	return (n.u == xlat.AF_INET && n.len == 4) || (n.u == xlat.AF_INET6 && n.len == 16)
}

// inet prints as strace's print_inet_addr.
func (r *render) inet(dst []byte, n *Node) []byte {
	b := r.bytes(n)
	if !r.inetOK(n) || len(b) != int(n.len) {
		dst = r.start(dst, ClassString)
		dst, _ = quote(dst, b, 0x100, qForceHex, r.f.Hex)
		return r.stop(dst, ClassString)
	}
	if r.xl != XlatAbbrev {
		dst = r.start(dst, ClassString)
		dst, _ = quote(dst, b, 0x100, qForceHex, r.f.Hex)
		dst = r.stop(dst, ClassString)
	}
	if r.xl == XlatRaw {
		return dst
	}
	if n.style == inetQuoted && r.xl == XlatAbbrev {
		dst = r.start(dst, ClassString)
		dst = append(dst, '"')
		if n.u == xlat.AF_INET {
			dst = appendIPv4(dst, b)
		} else {
			dst = appendIPv6(dst, b)
		}
		dst = append(dst, '"')
		return r.stop(dst, ClassString)
	}
	if r.xl == XlatVerbose {
		dst = append(dst, " /* "...)
	}
	if n.u == xlat.AF_INET {
		dst = append(dst, `inet_addr("`...)
		dst = r.start(dst, ClassString)
		dst = appendIPv4(dst, b)
		dst = r.stop(dst, ClassString)
		dst = append(dst, `")`...)
	} else {
		dst = append(dst, `inet_pton(AF_INET6, "`...)
		dst = r.start(dst, ClassString)
		dst = appendIPv6(dst, b)
		dst = r.stop(dst, ClassString)
		dst = append(dst, '"')
		if n.name != "" && r.xl == XlatAbbrev {
			dst = append(dst, ", &"...)
			dst = append(dst, n.name...)
		}
		dst = append(dst, ')')
	}
	if r.xl == XlatVerbose {
		dst = append(dst, " */"...)
	}
	return dst
}

// clkTck is USER_HZ, the unit of clock_t values the kernel reports.
const clkTck = 100

func (r *render) clockT(dst []byte, n *Node) []byte {
	dst = r.start(dst, ClassNumber)
	dst = strconv.AppendUint(dst, n.u, 10)
	dst = r.stop(dst, ClassNumber)
	if r.xl == XlatRaw || n.u == 0 {
		return dst
	}
	frac := strconv.FormatFloat(float64(n.u%clkTck)/clkTck, 'f', 2, 64)
	dst = append(dst, " /* "...)
	dst = strconv.AppendUint(dst, n.u/clkTck, 10)
	dst = append(dst, '.')
	dst = append(dst, frac[2:]...)
	return append(dst, " s */"...)
}

// array prints an FmtArray leaf: [v, ...] or [[NAME]=v, ...], cut at the
// string limit as strace cuts arrays.
func (r *render) array(dst []byte, n *Node) []byte {
	size := int(n.size)
	cnt := 0
	if size > 0 {
		cnt = int(n.len) / size
	}
	var tab *xlat.Table
	if n.flags&flagIndexed != 0 {
		tab = r.table(n)
	}
	inf := numX
	if n.flags&flagIdxU != 0 {
		inf = numU
	} else if n.flags&flagIdxD != 0 {
		inf = numD
	}
	dst = append(dst, '[')
	if r.sty == nil && r.xl == XlatAbbrev && (size == 4 || size == 8) && !r.t.bigEndian && (tab == nil || tab.Dense() != nil) {
		return r.arrayLE(dst, n, cnt, size, tab.IndexLabels(), inf)
	}
	for k := 0; k < cnt; k++ {
		if k > 0 {
			dst = append(dst, ", "...)
		}
		if k == r.lim {
			dst = append(dst, "..."...)
			break
		}
		if n.flags&flagIndexed != 0 {
			dst = append(dst, '[')
			if r.xl == XlatRaw {
				dst = appendNum(dst, uint64(k), inf, 0)
			} else if name, ok := tab.Lookup(uint64(k)); ok {
				if r.xl == XlatVerbose {
					dst = appendNum(dst, uint64(k), inf, 0)
					dst = r.comment(dst, name, ClassName)
				} else {
					dst = r.start(dst, ClassName)
					dst = append(dst, name...)
					dst = r.stop(dst, ClassName)
				}
			} else {
				dst = r.start(dst, ClassUnknown)
				dst = appendNum(dst, uint64(k), inf, 0)
				dst = r.stop(dst, ClassUnknown)
				dst = r.comment(dst, n.aux, ClassUnknown)
			}
			dst = append(dst, ']', '=')
		}
		v := readUint(r.t.Buf, int(n.off)+k*size, size, r.t.bigEndian)
		dst = r.start(dst, ClassNumber)
		switch Fmt(n.style) {
		case FmtD:
			if sv := signExtend(v, n.size); sv < 0 {
				dst = append(dst, '-')
				dst = appendUint(dst, uint64(-sv))
			} else {
				dst = appendUint(dst, uint64(sv))
			}
		case FmtX:
			dst = appendNum(dst, v, numX, n.size)
		default:
			dst = appendUint(dst, v)
		}
		dst = r.stop(dst, ClassNumber)
	}
	return append(dst, ']')
}

// arrayLE is array for the common case: 32- or 64-bit little-endian
// elements, names from a dense table (or none), no color, names by
// default.
func (r *render) arrayLE(dst []byte, n *Node, cnt, size int, labels []string, inf uint8) []byte {
	b := r.t.Buf[n.off : int(n.off)+size*cnt]
	indexed := n.flags&flagIndexed != 0
	signed := Fmt(n.style) == FmtD
	hex := Fmt(n.style) == FmtX
	for k := 0; k < cnt; k++ {
		if k > 0 {
			dst = append(dst, ", "...)
		}
		if k == r.lim {
			dst = append(dst, "..."...)
			break
		}
		if indexed {
			if k < len(labels) && labels[k] != "" {
				dst = append(dst, labels[k]...)
			} else {
				dst = append(dst, '[')
				dst = appendNum(dst, uint64(k), inf, 0)
				dst = r.comment(dst, n.aux, ClassUnknown)
				dst = append(dst, ']', '=')
			}
		}
		var v uint64
		var neg bool
		if size == 4 {
			x := binary.LittleEndian.Uint32(b[4*k:])
			v, neg = uint64(x), signed && int32(x) < 0
			if neg {
				v = uint64(-int64(int32(x)))
			}
		} else {
			v = binary.LittleEndian.Uint64(b[8*k:])
			if signed && int64(v) < 0 {
				v, neg = uint64(-int64(v)), true
			}
		}
		switch {
		case neg:
			dst = append(dst, '-')
			dst = appendUint(dst, v)
		case hex:
			dst = appendNum(dst, v, numX, uint8(size))
		case v < 10:
			dst = append(dst, byte('0'+v))
		default:
			dst = appendUint(dst, v)
		}
	}
	return append(dst, ']')
}

// nlaHdr prints struct nlattr: {nla_len=N, nla_type=NLA_F_NESTED|NAME}.
func (r *render) nlaHdr(dst []byte, n *Node) []byte {
	if r.sty != nil {
		dst = append(dst, '{')
		dst = r.fieldName(dst, "nla_len")
		dst = r.start(dst, ClassNumber)
		dst = appendUint(dst, n.u>>16)
		dst = r.stop(dst, ClassNumber)
		dst = append(dst, ", "...)
		dst = r.fieldName(dst, "nla_type")
		dst = r.nlaType(dst, n)
		return append(dst, '}')
	}
	dst = append(dst, "{nla_len="...)
	dst = appendUint(dst, n.u>>16)
	dst = append(dst, ", nla_type="...)
	dst = r.nlaType(dst, n)
	return append(dst, '}')
}

// nlaType prints the type of an attribute header leaf.
func (r *render) nlaType(dst []byte, n *Node) []byte {
	typ := uint16(n.u)
	if typ&nlaFNested != 0 {
		dst = append(dst, "NLA_F_NESTED|"...)
	}
	if typ&nlaFNetByteorder != 0 {
		dst = append(dst, "NLA_F_NET_BYTEORDER|"...)
	}
	base := uint64(typ & nlaTypeMask)
	if n.flags&flagTypeNum != 0 && !r.f.NewNames {
		dst = r.start(dst, ClassNumber)
		dst = appendNum(dst, base, numX, 2)
		return r.stop(dst, ClassNumber)
	}
	if r.sty == nil && r.xl == XlatAbbrev {
		// the common case, without a node to build
		if d := n.tab.Dense(); base < uint64(len(d)) && d[base] != "" {
			return append(dst, d[base]...)
		}
	}
	x := Node{fmt: FmtXval, role: RoleAttrHeader, size: 2, u: base, tab: n.tab, aux: n.aux}
	return r.xval(dst, &x)
}

const digits2 = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

// appendUint appends v in decimal, with a fast way for the small numbers
// that fill most netlink messages.
func appendUint(dst []byte, v uint64) []byte {
	switch {
	case v < 10:
		return append(dst, byte('0'+v))
	case v < 100:
		return append(dst, digits2[2*v], digits2[2*v+1])
	case v < 10000:
		hi, lo := v/100, v%100
		if hi < 10 {
			dst = append(dst, byte('0'+hi))
		} else {
			dst = append(dst, digits2[2*hi], digits2[2*hi+1])
		}
		return append(dst, digits2[2*lo], digits2[2*lo+1])
	}
	return strconv.AppendUint(dst, v, 10)
}
