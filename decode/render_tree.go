package decode

import "strconv"

// The tree format: one field a line, each with the offset of its bytes in
// the buffer (hex, as hexdump shows them), indented by nesting.
//
//	0000  RTM_NEWLINK, 32 bytes
//	0000    nlmsghdr
//	0000      nlmsg_len=32
//	0004      nlmsg_type=RTM_NEWLINK
//	...
//	0020    IFLA_IFNAME, len 10: "veth0"

// treeInline is the longest strace text of a list printed on one line.
const treeInline = 72

// AppendTree appends node i (a message, or 0 for the whole buffer) in the
// tree format, a line per field, each line ending in a newline.
func (t *Tree) AppendTree(dst []byte, i int, f *Format) []byte {
	if i < 0 || i >= len(t.nodes) {
		return dst
	}
	r := newRender(t, f)
	return r.tree(dst, i, 0, "")
}

// line starts a line: the offset and the indentation.
func (r *render) line(dst []byte, off, depth int) []byte {
	var buf [16]byte
	s := strconv.AppendUint(buf[:0], uint64(off), 16)
	for k := len(s); k < 4; k++ {
		dst = append(dst, '0')
	}
	dst = append(dst, s...)
	dst = append(dst, ' ', ' ')
	for k := 0; k < depth; k++ {
		dst = append(dst, ' ', ' ')
	}
	return dst
}

// typeText appends the attribute type of header leaf i (or node i's
// value when it is not a header).
func (r *render) typeText(dst []byte, i int) []byte {
	if n := &r.t.nodes[i]; n.fmt == FmtNlaHdr {
		return r.nlaType(dst, n)
	}
	return r.valueOf(dst, i)
}

// valueOf appends node i in strace notation without its field name.
func (r *render) valueOf(dst []byte, i int) []byte {
	n := &r.t.nodes[i]
	if n.kind == KindValue {
		c := *n
		c.name = ""
		return r.leaf(dst, &c)
	}
	name := n.name
	n.name = ""
	dst = r.node(dst, i)
	n.name = name
	return dst
}

func (r *render) tree(dst []byte, i, depth int, label string) []byte {
	t := r.t
	n := &t.nodes[i]
	switch n.role {
	case RoleMessages:
		for c := range t.Each(i) {
			dst = r.tree(dst, c, depth, "")
		}
		return dst
	case RoleMessage:
		dst = r.line(dst, int(n.off), depth)
		if label != "" {
			dst = append(dst, label...)
			dst = append(dst, ": "...)
		}
		dst = r.msgTitle(dst, i)
		dst = append(dst, '\n')
		parts := t.parts(i)
		for c := range t.Each(i) {
			if t.nodes[c].role == RoleNone && t.isBody(parts, c) {
				dst = r.treeStruct(dst, c, depth+1, "header")
				continue
			}
			dst = r.tree(dst, c, depth+1, "")
		}
		return dst
	case RoleHeader:
		if n.kind == KindStruct {
			return r.treeStruct(dst, i, depth, "nlmsghdr")
		}
	case RoleBody:
		name := n.aux
		if name == "" {
			name = "header"
		}
		if n.kind == KindStruct {
			return r.treeStruct(dst, i, depth, name)
		}
	case RoleAttrs:
		for c := range t.Each(i) {
			dst = r.tree(dst, c, depth, "")
		}
		return dst
	case RoleAttr:
		return r.treeAttr(dst, i, depth)
	case RoleError:
		dst = r.line(dst, int(n.off), depth)
		dst = append(dst, "nlmsgerr\n"...)
		for c := range t.Each(i) {
			if t.nodes[c].role == RoleMessage {
				dst = r.tree(dst, c, depth+1, t.nodes[c].name)
				continue
			}
			dst = r.tree(dst, c, depth+1, "")
		}
		return dst
	case RolePayload, RoleTrailing:
		dst = r.line(dst, int(n.off), depth)
		if n.role == RolePayload {
			dst = append(dst, "payload, "...)
		} else {
			dst = append(dst, "trailing "...)
		}
		dst = strconv.AppendUint(dst, uint64(n.len), 10)
		dst = append(dst, " bytes: "...)
		dst = r.valueOf(dst, i)
		return append(dst, '\n')
	}
	return r.treeNode(dst, i, depth)
}

// msgTitle appends "TYPE, N bytes" for a message.
func (r *render) msgTitle(dst []byte, m int) []byte {
	t := r.t
	n := &t.nodes[m]
	hd := t.FirstChild(m)
	if hd >= 0 && t.nodes[hd].role == RoleHeader {
		for c := range t.Each(hd) {
			if t.nodes[c].name == "nlmsg_type" {
				dst = r.valueOf(dst, c)
				break
			}
		}
	}
	dst = append(dst, ", "...)
	dst = strconv.AppendUint(dst, uint64(n.len), 10)
	return append(dst, " bytes"...)
}

func (r *render) treeStruct(dst []byte, i, depth int, title string) []byte {
	t := r.t
	n := &t.nodes[i]
	dst = r.line(dst, int(n.off), depth)
	dst = append(dst, title...)
	dst = append(dst, '\n')
	for c := range t.Each(i) {
		dst = r.treeNode(dst, c, depth+1)
	}
	return dst
}

// treeNode prints a node that is not a protocol element: a leaf on one
// line, a struct or a long list a line per member.
func (r *render) treeNode(dst []byte, i, depth int) []byte {
	t := r.t
	n := &t.nodes[i]
	if n.role == RoleMessage || n.role == RoleAttrs || n.role == RoleAttr || n.role == RoleError {
		return r.tree(dst, i, depth, n.name)
	}
	switch n.kind {
	case KindValue:
		if n.fmt == FmtText && n.name == "" {
			return dst
		}
		dst = r.line(dst, int(n.off), depth)
		dst = r.leaf(dst, n)
		return append(dst, '\n')
	case KindStruct, KindArray:
		if n.kind == KindArray && r.inline(i) {
			break
		}
		if n.kind == KindArray && n.name == "" {
			// a list of its own: its members at this depth
			for c := range t.Each(i) {
				dst = r.treeNode(dst, c, depth)
			}
			return dst
		}
		dst = r.line(dst, int(n.off), depth)
		if n.name != "" {
			dst = r.fieldLabel(dst, n.name)
		} else if n.kind == KindStruct {
			dst = append(dst, "struct"...)
		}
		dst = append(dst, '\n')
		for c := range t.Each(i) {
			dst = r.treeNode(dst, c, depth+1)
		}
		return dst
	}
	dst = r.line(dst, int(n.off), depth)
	dst = r.node(dst, i)
	return append(dst, '\n')
}

func (r *render) fieldLabel(dst []byte, name string) []byte {
	dst = r.start(dst, ClassField)
	dst = append(dst, name...)
	return r.stop(dst, ClassField)
}

// inline reports whether a list is short enough, and made of leaves, to
// print on one line.
func (r *render) inline(i int) bool {
	t := r.t
	n := &t.nodes[i]
	size := 0
	for c := i + 1; c < int(n.end); c++ {
		cn := &t.nodes[c]
		if cn.kind == KindStruct || cn.role == RoleAttrs || cn.role == RoleAttr || cn.role == RoleMessage {
			return false
		}
		size += int(cn.len) + len(cn.name) + 4
		if size > treeInline {
			return false
		}
	}
	return true
}

// treeAttr prints an attribute: "TYPE, len N: value", or the title and
// its members a line each.
func (r *render) treeAttr(dst []byte, a, depth int) []byte {
	t := r.t
	n := &t.nodes[a]
	dst = r.line(dst, int(n.off), depth)
	hd := t.FirstChild(a)
	nlaLen := 0
	if hd >= 0 && t.nodes[hd].fmt == FmtNlaHdr {
		dst = r.nlaType(dst, &t.nodes[hd])
		nlaLen, _ = t.AttrHeader(hd)
	}
	dst = append(dst, ", len "...)
	dst = strconv.AppendInt(dst, int64(nlaLen), 10)
	p := -1
	if hd >= 0 {
		p = t.NextSibling(a, hd)
	}
	if p < 0 {
		return append(dst, '\n')
	}
	pn := &t.nodes[p]
	switch {
	case pn.role == RoleAttrs:
		dst = append(dst, '\n')
		return r.tree(dst, p, depth+1, "")
	case pn.kind == KindStruct || (pn.kind == KindArray && !r.inline(p)):
		dst = append(dst, '\n')
		for c := range t.Each(p) {
			dst = r.treeNode(dst, c, depth+1)
		}
		return dst
	}
	if pn.flags&flagDeep != 0 {
		dst = append(dst, " (nested deeper than "...)
		dst = strconv.AppendInt(dst, MaxNesting, 10)
		dst = append(dst, " levels: not decoded)"...)
	}
	dst = append(dst, ": "...)
	dst = r.valueOf(dst, p)
	return append(dst, '\n')
}
