package decode

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"strings"
)

// DiffKind says how two messages differ at one place.
type DiffKind uint8

const (
	DiffChanged DiffKind = iota + 1 // both have it, with different values
	DiffRemoved                     // only A has it
	DiffAdded                       // only B has it
	DiffOrder                       // the same attributes, in another order
)

func (k DiffKind) String() string {
	switch k {
	case DiffChanged:
		return "changed"
	case DiffRemoved:
		return "removed"
	case DiffAdded:
		return "added"
	case DiffOrder:
		return "order"
	}
	return "?"
}

// Difference is one place where two messages differ.
type Difference struct {
	Kind DiffKind
	// Path names the field: nlmsg_flags, ifi_change, IFLA_MTU,
	// IFLA_LINKINFO.IFLA_INFO_KIND; repeated attributes get their
	// occurrence, IFLA_ALT_IFNAME[2]. For DiffOrder it names the list
	// ("" for the message's own attributes).
	Path string
	// A and B are the values in strace notation ("" for the side that
	// lacks it). For DiffOrder they list the attribute names in order.
	A, B string
	// OffA and OffB are the byte offsets in each buffer, -1 when absent.
	OffA, OffB int
}

// DiffOptions configure Diff.
type DiffOptions struct {
	// Strict compares nlmsg_seq, nlmsg_pid and nlmsg_len too. Otherwise
	// seq and pid are ignored, and nlmsg_len only counts when it does not
	// match the message's own bytes.
	Strict bool
	// Format gives the strace notation of the values (-X, -x); its
	// string limit and Styler are not used.
	Format *Format
	// Decoder, when set, decodes again a message whose nlmsg_len leaves
	// out bytes its buffer holds, with nlmsg_len covering them: its fields
	// then compare as its sender built them, after the nlmsg_len
	// difference. Without it the message compares as the kernel reads it.
	Decoder *Decoder
}

// Diff compares message ma of tree a with message mb of tree b field by
// field: the header, the fixed header, and the attributes matched by type
// and nesting path.
func Diff(a *Tree, ma int, b *Tree, mb int, o DiffOptions) []Difference {
	f := Format{}
	if o.Format != nil {
		f = *o.Format
	}
	f.Styler = nil
	f.StrLen = 0
	d := differ{a: a, b: b, o: o}
	d.ra = newRender(a, &f)
	d.rb = newRender(b, &f)
	if ma < 0 || ma >= len(a.nodes) || mb < 0 || mb >= len(b.nodes) {
		return nil
	}
	if a.Node(ma).Role() == RoleMessage && b.Node(mb).Role() == RoleMessage {
		// nlmsg_len against the bytes each message has, first
		sa, sb := d.lengths(ma, mb)
		if o.Decoder != nil {
			if t, m := asSent(o.Decoder, a, ma, sa); t != nil {
				d.a, ma = t, m
				d.ra = newRender(t, &f)
			}
			if t, m := asSent(o.Decoder, b, mb, sb); t != nil {
				d.b, mb = t, m
				d.rb = newRender(t, &f)
			}
		}
		d.message(ma, mb, "")
	} else {
		d.node(ma, mb, "")
	}
	return d.out
}

type differ struct {
	a, b   *Tree
	ra, rb render
	o      DiffOptions
	out    []Difference
}

func (d *differ) changed(path string, ia, ib int) {
	d.out = append(d.out, Difference{Kind: DiffChanged, Path: path,
		A: string(d.ra.valueOf(nil, ia)), B: string(d.rb.valueOf(nil, ib)),
		OffA: d.a.Node(ia).Offset(), OffB: d.b.Node(ib).Offset()})
}

func (d *differ) removed(path string, ia int) {
	d.out = append(d.out, Difference{Kind: DiffRemoved, Path: path,
		A: string(d.ra.valueOf(nil, ia)), OffA: d.a.Node(ia).Offset(), OffB: -1})
}

func (d *differ) added(path string, ib int) {
	d.out = append(d.out, Difference{Kind: DiffAdded, Path: path,
		B: string(d.rb.valueOf(nil, ib)), OffA: -1, OffB: d.b.Node(ib).Offset()})
}

// message compares two messages.
func (d *differ) message(ma, mb int, path string) {
	a, b := d.a, d.b
	ha, hb := a.child(ma, RoleHeader), b.child(mb, RoleHeader)
	if ha >= 0 && hb >= 0 {
		d.header(ma, mb, ha, hb, path)
	}
	pa, pb := d.parts(a, ma), d.parts(b, mb)
	// pair the parts by role, in order
	used := make([]bool, len(pb))
	for _, x := range pa {
		match := -1
		for k, y := range pb {
			if !used[k] && partRole(b, y) == partRole(a, x) {
				match = k
				break
			}
		}
		if match < 0 {
			if a.Node(x).Role() == RoleAttrs {
				d.attrList(x, -1, path)
				continue
			}
			d.removed(join(path, partName(a, x)), x)
			continue
		}
		used[match] = true
		d.part(x, pb[match], path)
	}
	for k, y := range pb {
		if !used[k] {
			if b.Node(y).Role() == RoleAttrs {
				d.attrList(-1, y, path)
				continue
			}
			d.added(join(path, partName(b, y)), y)
		}
	}
}

// parts returns the nodes of a message after its header, with the group
// of an NLMSG_ERROR and its extended ack opened.
func (d *differ) parts(t *Tree, m int) []int {
	return t.parts(m)
}

func partRole(t *Tree, i int) Role {
	return t.Node(i).Role()
}

func partName(t *Tree, i int) string {
	n := &t.nodes[i]
	switch n.role {
	case RoleBody:
		if n.aux != "" {
			return n.aux
		}
		return "header"
	case RoleAttrs:
		return "attributes"
	case RoleError:
		return "nlmsgerr"
	case RolePayload:
		return "payload"
	case RoleTrailing:
		return "trailing"
	}
	if n.name != "" {
		return n.name
	}
	return "payload"
}

func (d *differ) part(x, y int, path string) {
	a, b := d.a, d.b
	switch a.Node(x).Role() {
	case RoleAttrs:
		d.attrList(x, y, path)
	case RoleBody, RoleError:
		if a.Node(x).Kind() == KindStruct && b.Node(y).Kind() == KindStruct {
			d.fields(x, y, path)
			return
		}
		d.node(x, y, join(path, partName(a, x)))
	default:
		d.node(x, y, join(path, partName(a, x)))
	}
}

// header compares the nlmsghdr fields.
func (d *differ) header(ma, mb, ha, hb int, path string) {
	a, b := d.a, d.b
	for ca := range a.Each(ha) {
		name := a.Node(ca).Name()
		cb := findNamed(b, hb, name)
		if cb < 0 {
			continue
		}
		switch name {
		case "nlmsg_seq", "nlmsg_pid":
			if !d.o.Strict {
				continue
			}
		case "nlmsg_len":
			// a message's own length is compared by lengths; an echoed
			// one that matches its message differs only because the
			// contents do
			if path == "" || !d.o.Strict && int(a.Node(ca).Value()) == a.Node(ma).Len() && int(b.Node(cb).Value()) == b.Node(mb).Len() {
				continue
			}
		}
		d.leafOrNode(ca, cb, join(path, name))
	}
}

// sentLen returns the bytes message m really has: to the end of its
// buffer when it is the last message and bytes that are no message follow
// it (a wrong nlmsg_len leaves them out), else the bytes the decoder gave
// it (fewer than nlmsg_len when the buffer ends first).
func sentLen(t *Tree, m int) int {
	n := &t.nodes[m]
	if len(t.nodes) == 0 || t.nodes[0].role != RoleMessages || int(n.end) >= int(t.nodes[0].end) {
		return int(n.len)
	}
	tr := &t.nodes[n.end]
	if tr.role != RoleTrailing || tr.end != t.nodes[0].end || tr.off < n.off {
		return int(n.len)
	}
	sent := int(tr.off+tr.len) - int(n.off)
	// up to 3 zero bytes after an unaligned message are its padding
	if sent-int(n.len) < 4 && allZero(t.Buf[int(n.off)+int(n.len):int(n.off)+sent]) {
		return int(n.len)
	}
	return sent
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// lengths compares the nlmsg_len of two messages, each against the bytes
// it has, then the bytes past nlmsg_len, and returns those byte counts.
// Two lengths that match their messages differ only because the contents
// do, and count only under Strict; the same wrong length on both sides is
// no difference.
func (d *differ) lengths(ma, mb int) (sa, sb int) {
	a, b := d.a, d.b
	ha, hb := a.child(ma, RoleHeader), b.child(mb, RoleHeader)
	if ha < 0 || hb < 0 {
		return a.Node(ma).Len(), b.Node(mb).Len()
	}
	la, lb := findNamed(a, ha, "nlmsg_len"), findNamed(b, hb, "nlmsg_len")
	if la < 0 || lb < 0 {
		return a.Node(ma).Len(), b.Node(mb).Len()
	}
	sa, sb = sentLen(a, ma), sentLen(b, mb)
	na, nb := int(a.Node(la).Value()), int(b.Node(lb).Value())
	if (na != nb || sa != sb) && (na != sa || nb != sb || d.o.Strict) {
		text := func(n, sent int) string {
			s := strconv.Itoa(n)
			if n != sent {
				s += " (" + strconv.Itoa(sent) + " bytes sent)"
			}
			return s
		}
		d.out = append(d.out, Difference{Kind: DiffChanged, Path: "nlmsg_len",
			A: text(na, sa), B: text(nb, sb), OffA: a.Node(la).Offset(), OffB: b.Node(lb).Offset()})
	}
	// the bytes past nlmsg_len
	past := func(t *Tree, m, n, sent int) (int, []byte) {
		off := t.Node(m).Offset()
		if n >= nlmsgHdrLen && sent > n && off+sent <= len(t.Buf) {
			return off + n, t.Buf[off+n : off+sent]
		}
		return -1, nil
	}
	oa, pa := past(a, ma, na, sa)
	ob, pb := past(b, mb, nb, sb)
	hex := func(p []byte) string { return string(printstr(nil, p, qForceHex, 1<<30, d.ra.f.Hex)) }
	const where = "past nlmsg_len"
	switch {
	case pa != nil && pb != nil:
		if !bytes.Equal(pa, pb) {
			d.out = append(d.out, Difference{Kind: DiffChanged, Path: where, A: hex(pa), B: hex(pb), OffA: oa, OffB: ob})
		}
	case pa != nil:
		d.out = append(d.out, Difference{Kind: DiffRemoved, Path: where, A: hex(pa), OffA: oa, OffB: -1})
	case pb != nil:
		d.out = append(d.out, Difference{Kind: DiffAdded, Path: where, B: hex(pb), OffA: -1, OffB: ob})
	}
	return sa, sb
}

// asSent decodes message m of t again with nlmsg_len set to the sent
// bytes it has, when nlmsg_len leaves some out; nil otherwise. The buffer
// is decoded whole, so that offsets stay those of t.
func asSent(dec *Decoder, t *Tree, m, sent int) (*Tree, int) {
	n := &t.nodes[m]
	off := int(n.off)
	l := int(readUint(t.Buf, off, 4, t.bigEndian))
	if l < nlmsgHdrLen || sent <= l || off+sent > len(t.Buf) {
		return nil, 0
	}
	buf := append([]byte(nil), t.Buf[:off+sent]...)
	if t.bigEndian {
		binary.BigEndian.PutUint32(buf[off:], uint32(sent))
	} else {
		binary.LittleEndian.PutUint32(buf[off:], uint32(sent))
	}
	be := dec.bigEndian
	dec.bigEndian = t.bigEndian
	nt := &Tree{}
	dec.DecodeTo(nt, t.Proto, buf)
	dec.bigEndian = be
	for _, k := range nt.Messages() {
		if int(nt.nodes[k].off) == off {
			return nt, k
		}
	}
	return nil, 0
}

// findNamed returns the child of p named name, or -1.
func findNamed(t *Tree, p int, name string) int {
	for c := range t.Each(p) {
		if t.Node(c).Name() == name {
			return c
		}
	}
	return -1
}

// fields compares two structs member by member: named members by name,
// the others by position.
func (d *differ) fields(x, y int, path string) {
	a, b := d.a, d.b
	var ua, ub []int // unnamed members
	seen := map[string]bool{}
	for ca := range a.Each(x) {
		n := a.Node(ca)
		if skip(n) {
			continue
		}
		name := n.Name()
		if name == "" {
			ua = append(ua, ca)
			continue
		}
		seen[name] = true
		cb := findNamed(b, y, name)
		if cb < 0 {
			d.removed(join(path, name), ca)
			continue
		}
		if n.Role() == RoleMessage && b.Node(cb).Role() == RoleMessage {
			d.message(ca, cb, join(path, name))
			continue
		}
		d.leafOrNode(ca, cb, join(path, name))
	}
	for cb := range b.Each(y) {
		n := b.Node(cb)
		if skip(n) {
			continue
		}
		if n.Name() == "" {
			ub = append(ub, cb)
			continue
		}
		if !seen[n.Name()] {
			d.added(join(path, n.Name()), cb)
		}
	}
	d.positional(ua, ub, path)
}

func (d *differ) positional(ua, ub []int, path string) {
	for k := 0; k < max(len(ua), len(ub)); k++ {
		p := path + "[" + strconv.Itoa(k) + "]"
		switch {
		case k >= len(ua):
			d.added(p, ub[k])
		case k >= len(ub):
			d.removed(p, ua[k])
		default:
			d.leafOrNode(ua[k], ub[k], p)
		}
	}
}

// leafOrNode compares two nodes that stand for the same field.
func (d *differ) leafOrNode(x, y int, path string) {
	if d.a.Node(x).Kind() == KindValue && d.b.Node(y).Kind() == KindValue {
		if !d.leafEqual(x, y) {
			d.changed(path, x, y)
		}
		return
	}
	d.node(x, y, path)
}

// leafEqual compares two leaves by what they print, but interface indexes
// by number: each side names them from what it has seen.
func (d *differ) leafEqual(x, y int) bool {
	na, nb := d.a.Node(x), d.b.Node(y)
	if na.Fmt() == FmtIfindex && nb.Fmt() == FmtIfindex {
		return na.Value() == nb.Value()
	}
	return bytes.Equal(d.ra.valueOf(nil, x), d.rb.valueOf(nil, y))
}

// node compares two nodes of any kind.
func (d *differ) node(x, y int, path string) {
	a, b := d.a, d.b
	na, nb := a.Node(x), b.Node(y)
	ka, kb := na.Kind(), nb.Kind()
	switch ra, rb := na.Role(), nb.Role(); {
	case ra == RoleAttrs && rb == RoleAttrs:
		d.attrList(x, y, path)
		return
	case ra == RoleMessage && rb == RoleMessage:
		d.message(x, y, path)
		return
	case ka == KindStruct && kb == KindStruct:
		d.fields(x, y, path)
		return
	case ka == KindArray && kb == KindArray && ra == RoleNone && rb == RoleNone:
		d.positional(unskipped(a, x), unskipped(b, y), path)
		return
	}
	if ka == KindValue && kb == KindValue && na.Fmt() == FmtHex && nb.Fmt() == FmtHex {
		d.hexBytes(x, y, path)
		return
	}
	if ka == KindValue && kb == KindValue {
		if !d.leafEqual(x, y) {
			d.changed(path, x, y)
		}
		return
	}
	ta, tb := d.ra.valueOf(nil, x), d.rb.valueOf(nil, y)
	if !bytes.Equal(ta, tb) {
		d.changed(path, x, y)
	}
}

// unskipped returns the children of i that print (not "..." or a
// comment).
func unskipped(t *Tree, i int) []int {
	var out []int
	for c := range t.Each(i) {
		if !skip(t.Node(c)) {
			out = append(out, c)
		}
	}
	return out
}

// hexContext is how many equal bytes show around differing ones.
const hexContext = 4

// hexBytes compares two undecoded byte strings and shows only the bytes
// that differ, with a little context: "bytes 72-75 of 140: "\x01...""
func (d *differ) hexBytes(x, y int, path string) {
	ba, bb := d.a.Bytes(x), d.b.Bytes(y)
	if bytes.Equal(ba, bb) {
		return
	}
	wa, wb, first := d.window(ba, bb)
	d.out = append(d.out, Difference{Kind: DiffChanged, Path: path, A: wa, B: wb,
		OffA: d.a.Node(x).Offset() + first, OffB: d.b.Node(y).Offset() + first})
}

// window shows the bytes of a and b that differ, with a little context,
// and returns the offset of the first that differs.
func (d *differ) window(ba, bb []byte) (wa, wb string, first int) {
	first = 0
	for first < len(ba) && first < len(bb) && ba[first] == bb[first] {
		first++
	}
	la, lb := len(ba), len(bb)
	for la > first && lb > first && ba[la-1] == bb[lb-1] {
		la--
		lb--
	}
	lo := max(first-hexContext, 0)
	window := func(b []byte, hi int) string {
		hi = min(hi+hexContext, len(b))
		if lo == 0 && hi == len(b) {
			return string(printstr(nil, b, qForceHex, 1<<30, d.ra.f.Hex))
		}
		s := "bytes " + strconv.Itoa(lo) + "-" + strconv.Itoa(hi-1) + " of " + strconv.Itoa(len(b)) + ": "
		return s + string(printstr(nil, b[lo:hi], qForceHex, 1<<30, d.ra.f.Hex))
	}
	return window(ba, la), window(bb, lb), first
}

// attrKey identifies an attribute in its list: its type and occurrence.
type attrOcc struct {
	typ uint16
	k   int
}

type attrRef struct {
	key attrOcc
	i   int
}

func (d *differ) collect(t *Tree, l int) (refs []attrRef, trailing int, counts map[uint16]int) {
	counts = map[uint16]int{}
	trailing = -1
	if l < 0 {
		return
	}
	for c := range t.Each(l) {
		n := t.Node(c)
		switch n.Role() {
		case RoleAttr:
			typ := uint16(n.Value())
			counts[typ]++
			refs = append(refs, attrRef{attrOcc{typ, counts[typ]}, c})
		case RoleTrailing:
			trailing = c
		}
	}
	return
}

// attrList compares two lists of attributes matched by type (and the
// occurrence of repeated types).
func (d *differ) attrList(x, y int, path string) {
	a, b := d.a, d.b
	ra, trA, ca := d.collect(a, x)
	rb, trB, cb := d.collect(b, y)
	name := func(t *Tree, r attrRef, counts, other map[uint16]int) string {
		s := t.AttrName(r.i)
		if counts[r.key.typ] > 1 || other[r.key.typ] > 1 {
			s += "[" + strconv.Itoa(r.key.k) + "]"
		}
		return s
	}
	inB := map[attrOcc]int{}
	for _, r := range rb {
		inB[r.key] = r.i
	}
	inA := map[attrOcc]bool{}
	var orderA, orderB []string
	for _, r := range ra {
		inA[r.key] = true
		p := join(path, name(a, r, ca, cb))
		ib, ok := inB[r.key]
		if !ok {
			d.removed(p, attrValue(a, r.i))
			continue
		}
		orderA = append(orderA, name(a, r, ca, cb))
		d.attr(r.i, ib, p)
	}
	for _, r := range rb {
		if !inA[r.key] {
			d.added(join(path, name(b, r, cb, ca)), attrValue(b, r.i))
			continue
		}
		orderB = append(orderB, name(b, r, cb, ca))
	}
	if x >= 0 && y >= 0 && strings.Join(orderA, ",") != strings.Join(orderB, ",") {
		d.out = append(d.out, Difference{Kind: DiffOrder, Path: path,
			A: strings.Join(orderA, ", "), B: strings.Join(orderB, ", "),
			OffA: a.Node(x).Offset(), OffB: b.Node(y).Offset()})
	}
	switch {
	case trA >= 0 && trB >= 0:
		if !bytes.Equal(a.Bytes(trA), b.Bytes(trB)) {
			d.changed(join(path, "trailing"), trA, trB)
		}
	case trA >= 0:
		d.removed(join(path, "trailing"), trA)
	case trB >= 0:
		d.added(join(path, "trailing"), trB)
	}
}

// attr compares two attributes of the same type.
func (d *differ) attr(x, y int, path string) {
	a, b := d.a, d.b
	lenA, typA := a.attrHeader(x)
	lenB, typB := b.attrHeader(y)
	if typA != typB {
		d.out = append(d.out, Difference{Kind: DiffChanged, Path: path + ".nla_type",
			A: string(d.ra.typeText(nil, d.typeNode(a, x))), B: string(d.rb.typeText(nil, d.typeNode(b, y))),
			OffA: a.Node(x).Offset() + 2, OffB: b.Node(y).Offset() + 2})
	}
	pa, pb := a.Payload(x), b.Payload(y)
	switch {
	case pa < 0 && pb < 0:
		return
	case pa < 0:
		d.added(path, pb)
		return
	case pb < 0:
		d.removed(path, pa)
		return
	}
	if lenA == lenB && bytes.Equal(payloadBytes(a, x, lenA), payloadBytes(b, y, lenB)) {
		return
	}
	before := len(d.out)
	if a.Node(pa).Role() == RoleAttrs && b.Node(pb).Role() == RoleAttrs {
		d.attrList(pa, pb, path)
		if len(d.out) == before {
			// the lists print the same, the bytes differ (past a
			// broken attribute, in padding)
			ba, bb := payloadBytes(a, x, lenA), payloadBytes(b, y, lenB)
			wa, wb, first := d.window(ba, bb)
			d.out = append(d.out, Difference{Kind: DiffChanged, Path: path, A: wa, B: wb,
				OffA: a.Node(x).Offset() + nlaHdrLen + first, OffB: b.Node(y).Offset() + nlaHdrLen + first})
		}
		return
	}
	d.node(pa, pb, path)
	if len(d.out) == before {
		// the same value printed, other bytes: a NUL, extra bytes the
		// decoder ignores, padding inside a struct
		d.out = append(d.out, Difference{Kind: DiffChanged, Path: path,
			A:    string(d.ra.valueOf(nil, pa)) + " (" + bytesNote(payloadBytes(a, x, lenA)) + ")",
			B:    string(d.rb.valueOf(nil, pb)) + " (" + bytesNote(payloadBytes(b, y, lenB)) + ")",
			OffA: a.Node(pa).Offset(), OffB: b.Node(pb).Offset()})
	}
}

// attrValue returns the node that shows attribute a's value: its payload,
// or the attribute itself when it has none.
func attrValue(t *Tree, a int) int {
	if p := t.Payload(a); p >= 0 {
		return p
	}
	return a
}

// payloadBytes returns the payload bytes of attribute a with nla_len n, as
// far as the buffer holds them.
func payloadBytes(t *Tree, a, n int) []byte {
	an := &t.nodes[a]
	lo := int(an.off) + nlaHdrLen
	hi := int(an.off) + int(an.len)
	if n >= nlaHdrLen {
		hi = min(hi, int(an.off)+n)
	}
	if lo > hi || hi > len(t.Buf) {
		return nil
	}
	return t.Buf[lo:hi]
}

// typeNode returns the header leaf of attribute a.
func (d *differ) typeNode(t *Tree, a int) int {
	if h := t.FirstChild(a); h >= 0 && t.Node(h).Fmt() == FmtNlaHdr {
		return h
	}
	return a
}

// bytesNote describes bytes: "5 bytes: 76 65 74 68 30".
func bytesNote(b []byte) string {
	s := strconv.Itoa(len(b)) + " bytes"
	if len(b) > 0 && len(b) <= 32 {
		s += ": " + strings.TrimSuffix(string(AppendHex(nil, b)), "\n")
		s = strings.ReplaceAll(s, "\n", " ")
	}
	return s
}
