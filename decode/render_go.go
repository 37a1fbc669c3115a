package decode

import "strconv"

// AppendHex appends the bytes of b as lines of 16 hex bytes (two groups of
// eight), the plain form every hex reader of nldump takes back.
func AppendHex(dst, b []byte) []byte {
	for i := 0; i < len(b); i += 16 {
		line := b[i:min(i+16, len(b))]
		for k, c := range line {
			if k > 0 {
				dst = append(dst, ' ')
				if k == 8 {
					dst = append(dst, ' ')
				}
			}
			dst = append(dst, hexDigits[c>>4], hexDigits[c&15])
		}
		dst = append(dst, '\n')
	}
	return dst
}

// The go format: the bytes of a buffer as a Go []byte literal, with a
// comment line for each message and attribute and the value of each field
// at the end of its line. nldump decode reads it back.
//
//	[]byte{
//		// RTM_NEWLINK
//		0x20, 0x00, 0x00, 0x00, // nlmsg_len=32
//		...
//	}

// goCommentLen bounds the strace text in a comment.
const goCommentLen = 32

// AppendGo appends the bytes [lo, hi) of the buffer as the elements of a
// Go []byte literal (without the braces), one line per field, commented
// with the field's value. The nodes of the buffer that lie in the range
// give the lines; bytes no field covers are marked as padding.
func (t *Tree) AppendGo(dst []byte, lo, hi int, f *Format) []byte {
	hi = min(hi, len(t.Buf))
	if lo < 0 || lo >= hi {
		return dst
	}
	short := *f
	short.Styler = nil
	if short.StrLen <= 0 || short.StrLen > goCommentLen {
		short.StrLen = goCommentLen
	}
	g := gow{t: t, r: newRender(t, &short), pos: lo, hi: hi}
	if len(t.nodes) > 0 {
		dst = g.node(dst, 0, 1)
	}
	return g.bytes(dst, hi, 1, "not decoded")
}

type gow struct {
	t   *Tree
	r   render
	pos int // the next byte to print
	hi  int
}

func goIndent(dst []byte, depth int) []byte {
	for k := 0; k < depth; k++ {
		dst = append(dst, '\t')
	}
	return dst
}

// bytes prints the bytes from pos up to end with the comment on the first
// line, 8 bytes a line.
func (g *gow) bytes(dst []byte, end, depth int, comment string) []byte {
	end = min(end, g.hi)
	for first := true; g.pos < end; first = false {
		n := min(end-g.pos, 8)
		dst = goIndent(dst, depth)
		for k := 0; k < n; k++ {
			if k > 0 {
				dst = append(dst, ' ')
			}
			c := g.t.Buf[g.pos+k]
			dst = append(dst, '0', 'x', hexDigits[c>>4], hexDigits[c&15], ',')
		}
		if first && comment != "" {
			dst = append(dst, " // "...)
			dst = append(dst, comment...)
		}
		dst = append(dst, '\n')
		g.pos += n
	}
	return dst
}

// gap prints the bytes before off as padding.
func (g *gow) gap(dst []byte, off, depth int) []byte {
	if off > g.pos {
		dst = g.bytes(dst, off, depth, "padding")
	}
	return dst
}

func (g *gow) comment(dst []byte, depth int, text []byte) []byte {
	dst = goIndent(dst, depth)
	dst = append(dst, "// "...)
	dst = append(dst, text...)
	return append(dst, '\n')
}

func (g *gow) node(dst []byte, i, depth int) []byte {
	t := g.t
	n := &t.nodes[i]
	off, end := int(n.off), int(n.off)+int(n.len)
	if end <= g.pos || off >= g.hi {
		if n.kind == KindValue || end <= g.pos {
			return dst
		}
	}
	switch n.role {
	case RoleMessage:
		dst = g.gap(dst, off, depth)
		var title []byte
		if n.name != "" {
			title = append(title, n.name...)
			title = append(title, ": "...)
		}
		title = g.r.msgTitle(title, i)
		dst = g.comment(dst, depth, title)
		for c := range t.Each(i) {
			dst = g.node(dst, c, depth)
		}
		return dst
	case RoleAttr:
		dst = g.gap(dst, off, depth)
		var title []byte
		title = append(title, t.AttrName(i)...)
		dst = g.comment(dst, depth, title)
		for c := range t.Each(i) {
			dst = g.node(dst, c, depth+1)
		}
		// the attribute's padding
		if al := nlaAlign(end - off); off+al <= g.hi && t.nodes[i].len > 0 {
			nl, _ := t.attrHeader(i)
			if nl == end-off {
				dst = g.gap(dst, off+al, depth+1)
			}
		}
		return dst
	case RoleTrailing:
		dst = g.gap(dst, off, depth)
		return g.bytes(dst, end, depth, "trailing bytes")
	}
	switch n.kind {
	case KindValue:
		if n.len == 0 || n.fmt == FmtText || n.fmt == FmtMore {
			return dst
		}
		if off < g.pos {
			return dst
		}
		dst = g.gap(dst, off, depth)
		if n.fmt == FmtNlaHdr && end-off == nlaHdrLen {
			// nla_len and nla_type a line each
			l, _ := t.AttrHeader(i)
			dst = g.bytes(dst, off+2, depth, "nla_len="+strconv.Itoa(l))
			return g.bytes(dst, end, depth, "nla_type="+string(g.r.nlaType(nil, n)))
		}
		return g.bytes(dst, end, depth, string(g.r.leaf(nil, n)))
	case KindCall, KindSeq, KindIndex:
		if off < g.pos || n.len == 0 {
			break
		}
		dst = g.gap(dst, off, depth)
		return g.bytes(dst, end, depth, string(g.r.node(nil, i)))
	}
	for c := range t.Each(i) {
		dst = g.node(dst, c, depth)
	}
	return dst
}

// AppendGoLiteral appends a whole []byte literal of the bytes [lo, hi).
func (t *Tree) AppendGoLiteral(dst []byte, lo, hi int, f *Format) []byte {
	dst = append(dst, "[]byte{\n"...)
	dst = t.AppendGo(dst, lo, hi, f)
	return append(dst, "}\n"...)
}
