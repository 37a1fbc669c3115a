package decode

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// Severity says how bad a finding is.
type Severity uint8

const (
	// SevNote: something the kernel ignores and real programs do (garbage
	// in padding), or a mistake nldump cannot tell from a valid message
	// (an empty number may be a flag). nldump check shows notes with
	// --pedantic.
	SevNote Severity = iota + 1
	// SevWarning: the kernel accepts the message, but probably not as
	// meant (it ignores bytes, keeps one of two values, or refuses it
	// only on sockets with strict checking).
	SevWarning
	// SevError: the kernel refuses the message, ignores it, or misreads it.
	SevError
)

func (s Severity) String() string {
	switch s {
	case SevWarning:
		return "warning"
	case SevError:
		return "error"
	case SevNote:
		return "note"
	}
	return "?"
}

// Finding is one mistake Check found.
type Finding struct {
	Severity Severity
	// Offset is the byte offset in the buffer of what is wrong.
	Offset int
	// Message is the 1-based number of the message in the buffer, 0 for
	// the buffer itself.
	Message int
	// Path names the field: nlmsg_len, ifi_index,
	// IFLA_LINKINFO.IFLA_INFO_KIND.
	Path string
	// Text explains the mistake in one line.
	Text string
	// Errno is the error the kernel answers ("EINVAL"), "" when it answers
	// none or nldump does not know.
	Errno string
	// Extack is the kernel's extended ack message, when known.
	Extack string
	// Kernel says what the kernel does when it does not answer an error
	// ("drops the buffer without an answer").
	Kernel string
}

// Direction of the messages Check looks at.
type CheckDir uint8

const (
	// CheckAuto guesses for each message: NLMSG_ERROR, NLMSG_DONE, dump
	// parts (NLM_F_MULTI) and messages without NLM_F_REQUEST come from
	// the kernel; the rest goes to it.
	CheckAuto CheckDir = iota
	// CheckToKernel checks every message as a request.
	CheckToKernel
	// CheckFromKernel checks only the structure (lengths, padding): what
	// the kernel sends is not held to what it accepts.
	CheckFromKernel
	// CheckByMessage tells each message by what only the kernel sends:
	// NLMSG_ERROR, NLMSG_DONE, NLMSG_OVERRUN, dump parts (NLM_F_MULTI),
	// and messages without NLM_F_REQUEST that carry a port id in
	// nlmsg_pid (the kernel's replies name the socket they go to). The
	// rest is held to what the kernel accepts, so a request missing
	// NLM_F_REQUEST is still found (hex dumps of unknown direction).
	CheckByMessage
)

// CheckOptions configure Check.
type CheckOptions struct {
	Dir CheckDir
}

// Check looks for the mistakes the kernel would refuse or silently
// misread in the buffer t was decoded from.
func (t *Tree) Check(o CheckOptions) []Finding {
	c := checker{t: t, o: o}
	c.buffer()
	return c.out
}

type checker struct {
	t   *Tree
	o   CheckOptions
	out []Finding
	msg int // current message number
	// stop: the messages after the current one are misread (a missing
	// padding), so only the first finding counts
	stop bool
	// skipAttrs: the current message is decoded with another fixed
	// header than the kernel reads (see misframed)
	skipAttrs bool
	req       bool // current message goes to the kernel
	// lenShort: nlmsg_len of the last message leaves out bytes that were
	// sent with it (lenTooShort said so)
	lenShort bool
	// current message header
	proto Proto
	hdr   Header
}

func (c *checker) add(sev Severity, off int, path, text string) *Finding {
	c.out = append(c.out, Finding{Severity: sev, Offset: off, Message: c.msg, Path: path, Text: text})
	return &c.out[len(c.out)-1]
}

// kernel answers
const (
	kDrop       = "stops reading the buffer here: this message and the ones after it get no answer (a recv() waiting for the ACK blocks)"
	kIgnoreAttr = "stops reading attributes there and ignores the rest (logs \"bytes leftover after parsing attributes\"); -EINVAL under strict validation"
	kLeftover   = "ignores them (logs \"bytes leftover after parsing attributes\"); -EINVAL under strict validation"
	polFailed   = "Attribute failed policy validation"
	kStrictOnly = "only on sockets with NETLINK_GET_STRICT_CHK set (iproute2 sets it)"
)

func (c *checker) buffer() {
	t := c.t
	if len(t.nodes) == 0 {
		return
	}
	c.proto = t.Proto
	if f := familyOf(t.Proto); f != nil && f.whole != nil {
		return
	}
	for i := range t.Each(0) {
		n := t.Node(i)
		switch n.Role() {
		case RoleMessage:
			if c.stop {
				return
			}
			c.msg++
			c.message(i)
		case RoleTrailing:
			c.msg = 0
			if n.Len() > 0 && !c.lenShort {
				f := c.add(SevWarning, n.Offset(), "", fmt.Sprintf("%d bytes after the last message, too few for a message header", n.Len()))
				f.Kernel = "ignores them"
			}
		}
	}
}

// fromKernel guesses the direction of a message (CheckAuto).
func (c *checker) fromKernel(h *Header) bool {
	switch c.o.Dir {
	case CheckToKernel:
		return false
	case CheckFromKernel:
		return true
	case CheckByMessage:
		return (h.Type < nlmsgMinType && h.Type != xlat.NLMSG_NOOP) || h.Flags&xlat.NLM_F_MULTI != 0 || (!h.Request() && h.Pid != 0)
	}
	// without NLM_F_REQUEST: a reply or a notification (the mistake of
	// a request without it shows when the direction is known)
	return h.Type < nlmsgMinType || h.Flags&xlat.NLM_F_MULTI != 0 || !h.Request()
}

func (c *checker) message(m int) {
	t := c.t
	n := &t.nodes[m]
	off := int(n.off)
	avail := len(t.Buf) - off
	h, ok := t.Header(m)
	if !ok {
		return
	}
	c.hdr = h
	c.req = !c.fromKernel(&h)
	c.skipAttrs = false
	mlen := int(h.Len)
	switch {
	case mlen == 0 && !nonZero(t.Buf[off:]) && c.msg > 1:
		// a zero-filled tail after the last message (a request sent with
		// the size of its buffer, as iproute2 does): the kernel stops
		// there without a word
		return
	case mlen < nlmsgHdrLen:
		f := c.add(SevError, off, "nlmsg_len", fmt.Sprintf("nlmsg_len is %d, less than the %d bytes of the header", mlen, nlmsgHdrLen))
		if c.req {
			f.Kernel = kDrop
		}
		return
	case mlen > avail:
		f := c.add(SevError, off, "nlmsg_len", fmt.Sprintf("nlmsg_len is %d but only %d bytes are left in the buffer", mlen, avail))
		if c.req {
			f.Kernel = kDrop
		}
	default:
		c.msgPadding(off, mlen, avail)
	}
	if c.req {
		c.request(m, off, n)
	}
	for i := range t.Each(m) {
		if c.skipAttrs {
			break
		}
		switch t.Node(i).Role() {
		case RoleBody:
			if c.req {
				c.body(i)
			}
		case RoleAttrs:
			c.attrs(i, "")
		case RoleError, RoleHeader:
			// the echoed request in an NLMSG_ERROR is the kernel's copy
		default:
			c.scan(i, "")
		}
	}
}

// msgPadding checks the bytes between a message and the next one.
func (c *checker) msgPadding(off, mlen, avail int) {
	al := nlmsgAlign(mlen)
	if al == mlen || avail <= mlen {
		return
	}
	buf := c.t.Buf
	if avail < al {
		// the buffer ends inside the padding: the kernel takes the rest
		if nonZero(buf[off+mlen : off+avail]) {
			c.padNote(off+mlen, "", fmt.Sprintf("non-zero padding after the message (%d bytes)", avail-mlen))
		}
		return
	}
	if avail == al {
		if nonZero(buf[off+mlen : off+al]) {
			c.padNote(off+mlen, "", fmt.Sprintf("non-zero padding after the message (%d bytes)", al-mlen))
		}
		return
	}
	// another message follows: the kernel looks for it at NLMSG_ALIGN
	next, nextUnal := off+al, off+mlen
	end := off + avail
	if !c.msgsClean(next, end) && c.msgsClean(nextUnal, end) {
		f := c.add(SevError, off+mlen, "nlmsg_len", fmt.Sprintf("missing padding: nlmsg_len is %d and the next message starts at byte %d, but the kernel looks for it at byte %d (NLMSG_ALIGN)", mlen, nextUnal, next))
		if c.req {
			f.Kernel = "reads the next message from the wrong place"
		}
		c.stop = true
		return
	}
	if nonZero(buf[off+mlen : off+al]) {
		c.padNote(off+mlen, "", fmt.Sprintf("non-zero padding after the message (%d bytes)", al-mlen))
	}
}

// padNote notes bytes of alignment padding that are not zero: the kernel
// skips them, and iproute2 and libmnl leave garbage there themselves.
func (c *checker) padNote(off int, path, text string) {
	f := c.add(SevNote, off, path, text)
	f.Kernel = "skips them"
}

// msgsClean reports whether the bytes [off, end) are a sequence of whole
// messages.
func (c *checker) msgsClean(off, end int) bool { return c.listClean(off, end, nlmsgHdrLen) }

// attrsClean reports whether [off, end) is a list of whole attributes.
func (c *checker) attrsClean(off, end int) bool { return c.listClean(off, end, nlaHdrLen) }

// listClean reports whether [off, end) is a list of whole elements with a
// header of hdr bytes that starts with their length: messages (a u32
// nlmsg_len) or attributes (a u16 nla_len), each aligned to 4 bytes.
func (c *checker) listClean(off, end, hdr int) bool {
	for off < end {
		if end-off < hdr {
			return false
		}
		l := int(c.u16(off))
		if hdr == nlmsgHdrLen {
			l = int(c.u32(off))
		}
		if l < hdr || l > end-off {
			return false
		}
		off += min(nlmsgAlign(l), end-off) // NLMSG_ALIGN and NLA_ALIGN are both 4
	}
	return true
}

func (c *checker) be() bool {
	return c.t.bigEndian
}

func (c *checker) u16(off int) uint64 {
	b := c.t.Buf
	if off < 0 || off+2 > len(b) {
		return 0
	}
	if c.be() {
		return uint64(b[off])<<8 | uint64(b[off+1])
	}
	return uint64(b[off]) | uint64(b[off+1])<<8
}

func (c *checker) u32(off int) uint64 {
	b := c.t.Buf
	if off < 0 || off+4 > len(b) {
		return 0
	}
	if c.be() {
		return uint64(b[off])<<24 | uint64(b[off+1])<<16 | uint64(b[off+2])<<8 | uint64(b[off+3])
	}
	return uint64(b[off]) | uint64(b[off+1])<<8 | uint64(b[off+2])<<16 | uint64(b[off+3])<<24
}

func nonZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return true
		}
	}
	return false
}

// request checks the header of a message that goes to the kernel.
func (c *checker) request(m, off int, n *Node) {
	h := &c.hdr
	if c.proto == ProtoConnector {
		// the connector (cn_rx_skb) reads neither nlmsg_type nor
		// nlmsg_flags: its clients send NLMSG_DONE without NLM_F_REQUEST
		return
	}
	if h.Type < nlmsgMinType {
		f := c.add(SevWarning, off+4, "nlmsg_type", fmt.Sprintf("%s is a control message: the kernel does nothing with it", typeLabel(h)))
		f.Kernel = "ignores it (answers 0 when NLM_F_ACK is set)"
		return
	}
	if !h.Request() {
		f := c.add(SevError, off+6, "nlmsg_flags", "NLM_F_REQUEST is not set: the kernel treats the message as not meant for it")
		f.Kernel = "ignores it and answers 0 when NLM_F_ACK is set, as if it had succeeded"
	}
	if c.proto != ProtoRoute {
		return
	}
	if h.TypeName == "" {
		f := c.add(SevError, off+4, "nlmsg_type", fmt.Sprintf("unknown NETLINK_ROUTE message type %d", h.Type))
		f.Errno = "EOPNOTSUPP"
		return
	}
	if int(n.len) <= nlmsgHdrLen {
		f := c.add(SevError, off, "nlmsg_len", fmt.Sprintf("%s has no payload: rtnetlink needs at least the family byte", h.TypeName))
		f.Kernel = "ignores it and answers 0 when NLM_F_ACK is set, as if it had succeeded"
		return
	}
	family := int(c.t.Buf[off+nlmsgHdrLen])
	if misframed(h.Type, family) {
		c.skipAttrs = true
		return
	}
	if routeKind(h.Type) == kindGet {
		if h.Flags&xlat.NLM_F_DUMP != 0 {
			c.strictDump(m, off+nlmsgHdrLen, int(n.len)-nlmsgHdrLen, family)
		} else {
			c.needDump(m, off+nlmsgHdrLen, family)
		}
	}
}

func typeLabel(h *Header) string {
	if h.TypeName != "" {
		return h.TypeName
	}
	return "type " + strconv.Itoa(int(h.Type))
}

const (
	kindNew = iota
	kindDel
	kindGet
	kindSet
)

// routeKind is the kind of request of a NETLINK_ROUTE type, by the
// kernel's rule (the low two bits of type - RTM_BASE).
func routeKind(typ uint16) int {
	if typ < rtmBase {
		return -1
	}
	return int(typ-rtmBase) & 3
}

// topAttrs returns the top-level attribute types of message m and the
// offset of each.
func (c *checker) topAttrs(m int) (types []uint16, offs []int) {
	t := c.t
	l := t.child(m, RoleAttrs)
	if l < 0 {
		return nil, nil
	}
	for a := range t.Each(l) {
		if n := t.Node(a); n.Role() == RoleAttr {
			types = append(types, uint16(n.Value()))
			offs = append(offs, n.Offset())
		}
	}
	return types, offs
}

// needDump checks a GET without NLM_F_DUMP: the kernel looks for one
// object, and some types have no such lookup at all.
func (c *checker) needDump(m, body, family int) {
	types, _ := c.topAttrs(m)
	for i := range getRules {
		r := &getRules[i]
		if r.typ != c.hdr.Type || !r.family.match(family) {
			continue
		}
		if r.field.size > 0 && r.field.off+r.field.size <= int(c.t.nodes[m].len)-nlmsgHdrLen {
			v := c.uint(body+r.field.off, r.field.size)
			if v != 0 && int32(v) > 0 {
				continue
			}
		}
		found := false
		for _, a := range r.attrs {
			for _, x := range types {
				if a == x {
					found = true
				}
			}
		}
		if found {
			continue
		}
		f := c.add(SevError, int(c.t.nodes[m].off)+6, "nlmsg_flags", r.text)
		f.Errno = r.errno
		f.Extack = r.extack
		return
	}
}

func (c *checker) uint(off, size int) uint64 {
	switch size {
	case 1:
		if off >= 0 && off < len(c.t.Buf) {
			return uint64(c.t.Buf[off])
		}
		return 0
	case 2:
		return c.u16(off)
	}
	return c.u32(off)
}

// strictDump checks a dump request against what the kernel accepts under
// NETLINK_GET_STRICT_CHK.
func (c *checker) strictDump(m, body, n, family int) {
	for i := range strictDumps {
		r := &strictDumps[i]
		if r.typ != c.hdr.Type || !r.family.match(family) {
			continue
		}
		prefix := ""
		if r.prefix != nil {
			prefix = r.prefix(family)
		}
		warn := func(off int, path, text, extack string) {
			f := c.add(SevWarning, off, path, text+": the kernel refuses it "+kStrictOnly)
			f.Errno = "EINVAL"
			f.Extack = prefix + extack
		}
		if n < r.hdr {
			text := fmt.Sprintf("the dump request's payload is %d bytes, shorter than its %d-byte header", n, r.hdr)
			if n <= 4 {
				// struct rtgenmsg, the older form of every dump request
				// (nft, ping and libmnl's examples send it): the kernel
				// takes it unless the socket asked for strict checks
				f := c.add(SevNote, body, "", text+" (struct rtgenmsg, the older form): the kernel refuses it "+kStrictOnly)
				f.Errno = "EINVAL"
				f.Extack = prefix + r.short
				return
			}
			warn(body, "", text, r.short)
			return
		}
		for _, z := range r.zero {
			v := c.uint(body+z.off, z.size)
			if v&^z.allowed != 0 {
				warn(body+z.off, c.fieldName(m, body+z.off), "a dump request must leave this field zero", z.extack)
				return
			}
		}
		if r.attrs != nil || r.noAttrs != "" {
			types, offs := c.topAttrs(m)
			for k, a := range types {
				ok := false
				for _, x := range r.attrs {
					if a == x {
						ok = true
					}
				}
				if !ok {
					msg := r.attrMsg
					if r.noAttrs != "" {
						msg = r.noAttrs
					}
					warn(offs[k], c.attrNameAt(m, offs[k]), "the dump request carries an attribute the kernel does not filter on", msg)
					return
				}
			}
		}
		return
	}
}

// fieldName returns the name of the body field at byte off, or "".
func (c *checker) fieldName(m, off int) string {
	t := c.t
	b := t.child(m, RoleBody)
	if b < 0 {
		return ""
	}
	for i := b + 1; i < int(t.nodes[b].end); i++ {
		n := &t.nodes[i]
		if n.name != "" && int(n.off) <= off && off < int(n.off)+int(max(n.len, 1)) {
			return n.name
		}
	}
	return ""
}

func (c *checker) attrNameAt(m, off int) string {
	t := c.t
	for i := m; i < int(t.nodes[m].end); i++ {
		if t.nodes[i].role == RoleAttr && int(t.nodes[i].off) == off {
			return t.AttrName(i)
		}
	}
	return ""
}

// body checks the fixed header of a request.
func (c *checker) body(b int) {
	t := c.t
	n := &t.nodes[b]
	short := false
	for i := b + 1; i < int(n.end); i = int(t.nodes[i].end) {
		if t.nodes[i].fmt == FmtMore {
			short = true
		}
	}
	name := n.aux
	if name == "" {
		name = "the fixed header"
	} else {
		name = "struct " + name
	}
	if short {
		size := int(n.u)
		avail := len(t.Buf) - int(n.off)
		if m := c.msgEnd(b); m >= 0 {
			avail = m - int(n.off)
		}
		if c.lenTooShort(int(n.off), size, n.aux) {
			return
		}
		text := fmt.Sprintf("the payload is %d bytes, shorter than %s", avail, name)
		if size > 0 {
			text += fmt.Sprintf(" (%d bytes)", size)
		}
		if routeKind(c.hdr.Type) == kindGet && c.hdr.Flags&xlat.NLM_F_DUMP != 0 {
			// old programs dump with a one-byte struct rtgenmsg; the
			// strict dump rules say what the kernel thinks of it
			return
		}
		f := c.add(SevError, int(n.off), "", text)
		if c.proto == ProtoRoute {
			f.Errno = "EINVAL"
			f.Extack = "Invalid header length"
		}
		return
	}
	// padding: the bytes of the struct no field covers, in the fixed
	// headers whose layout nldump knows whole
	if n.aux == "" || int(n.len) != int(n.u) {
		return
	}
	covered := make([]bool, n.len)
	for i := b + 1; i < int(n.end); i++ {
		cn := &t.nodes[i]
		for k := int(cn.off); k < int(cn.off)+int(cn.len); k++ {
			if j := k - int(n.off); j >= 0 && j < len(covered) {
				covered[j] = true
			}
		}
	}
	for j, ok := range covered {
		o := int(n.off) + j
		if !ok && o < len(t.Buf) && t.Buf[o] != 0 {
			// a note: the kernel refuses it only in a dump request under
			// strict checking (strictDump reports that), and real
			// programs leave such bytes set (ip rule puts a protocol
			// number in fib_rule_hdr's res1)
			f := c.add(SevNote, o, "", fmt.Sprintf("non-zero padding byte 0x%02x in %s", t.Buf[o], name))
			f.Kernel = "ignores it in most requests; strict dump checks refuse it"
			return
		}
	}
}

// lenTooShort reports (and says how to fix) an nlmsg_len that leaves out
// bytes sent with the message: the fixed header at body is cut short by
// nlmsg_len, but the buffer holds it whole after the message's last byte
// and nothing else does follow (a length computed with the wrong struct's
// size).
func (c *checker) lenTooShort(body, size int, name string) bool {
	t := c.t
	msgOff := body - nlmsgHdrLen
	mlen := int(c.hdr.Len)
	rest := len(t.Buf) - msgOff
	if size <= 0 || msgOff < 0 || mlen >= rest || rest < nlmsgHdrLen+size || c.msgsClean(msgOff+nlmsgAlign(mlen), len(t.Buf)) {
		return false
	}
	if name == "" {
		name = "fixed header"
	}
	parts := fmt.Sprintf("%d header + %d %s", nlmsgHdrLen, size, name)
	if more := rest - nlmsgHdrLen - size; more > 0 {
		parts += fmt.Sprintf(" + %d of attributes", more)
	}
	f := c.add(SevError, msgOff, "nlmsg_len", fmt.Sprintf("nlmsg_len is %d; the message is %d bytes (%s): set nlmsg_len to %d", mlen, rest, parts, rest))
	if c.proto == ProtoRoute {
		f.Errno = "EINVAL"
		f.Extack = "Invalid header length"
	}
	c.lenShort = true
	return true
}

// msgEnd returns the end offset of the message holding node i.
func (c *checker) msgEnd(i int) int {
	t := c.t
	for m := 1; m < len(t.nodes); m++ {
		n := &t.nodes[m]
		if n.role == RoleMessage && m < i && i < int(n.end) {
			return int(n.off) + int(n.len)
		}
	}
	return -1
}

// scan looks for attribute lists below node i.
func (c *checker) scan(i int, path string) {
	t := c.t
	for k := range t.Each(i) {
		switch t.Node(k).Role() {
		case RoleAttrs:
			c.attrs(k, path)
		case RoleMessage, RoleError:
		default:
			c.scan(k, path)
		}
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// attrs checks a list of attributes.
func (c *checker) attrs(l int, path string) {
	t := c.t
	ln := t.Node(l)
	end := ln.Offset() + ln.Len()
	type seen struct {
		off, count int
	}
	var first map[uint16]*seen
	distinct := 0
	var attrsIdx []int
	for a := range t.Each(l) {
		an := t.Node(a)
		switch an.Role() {
		case RoleTrailing:
			if an.Len() > 0 {
				f := c.add(SevWarning, an.Offset(), path, fmt.Sprintf("%d bytes after the last attribute, too few for an attribute header", an.Len()))
				f.Kernel = kLeftover
			}
			continue
		case RoleAttr:
		default:
			continue
		}
		attrsIdx = append(attrsIdx, a)
		if first == nil {
			first = map[uint16]*seen{}
		}
		if s, ok := first[uint16(an.Value())]; ok {
			s.count++
		} else {
			first[uint16(an.Value())] = &seen{off: an.Offset(), count: 1}
			distinct++
		}
	}
	for k, a := range attrsIdx {
		an := t.Node(a)
		name := t.AttrName(a)
		p := join(path, name)
		off := an.Offset()
		nlaLen, typ := t.attrHeader(a)
		avail := end - off
		if nlaLen < nlaHdrLen {
			f := c.add(SevError, off, p, fmt.Sprintf("nla_len is %d, less than the %d bytes of the attribute header", nlaLen, nlaHdrLen))
			f.Kernel = kIgnoreAttr
			return
		}
		if nlaLen > avail {
			f := c.add(SevError, off, p, fmt.Sprintf("nla_len is %d, past the end of its parent (%d bytes left)", nlaLen, avail))
			f.Kernel = kIgnoreAttr
			return
		}
		last := k == len(attrsIdx)-1
		if al := nlaAlign(nlaLen); al != nlaLen && off+nlaLen < end {
			if off+al < end && !last {
				if !c.attrsClean(off+al, end) && c.attrsClean(off+nlaLen, end) {
					f := c.add(SevError, off+nlaLen, p, fmt.Sprintf("missing padding: nla_len is %d and the next attribute starts at byte %d, but the kernel looks for it at byte %d (NLA_ALIGN)", nlaLen, off+nlaLen, off+al))
					f.Kernel = "reads the next attribute from the wrong place"
					return
				}
			}
			if pe := min(off+al, end); nonZero(t.Buf[off+nlaLen : pe]) {
				c.padNote(off+nlaLen, p, fmt.Sprintf("non-zero padding after the attribute (%d bytes)", pe-off-nlaLen))
			}
		}
		if c.req {
			c.attrType(a, p, off, typ)
			c.payload(a, p, nlaLen, typ)
			if s := first[uint16(an.Value())]; s != nil && s.count > 1 && s.off != off && distinct > 1 {
				f := c.add(SevWarning, off, p, fmt.Sprintf("%s appears %d times in this list (first at byte %d)", name, s.count, s.off))
				f.Kernel = "keeps the last one and ignores the others"
				s.count = 0 // report each type once
			}
		}
		if pl := t.Payload(a); pl >= 0 {
			if t.Node(pl).Role() == RoleAttrs {
				c.attrs(pl, p)
			} else {
				c.scan(pl, p)
			}
		}
	}
}

// attrType checks the type of an attribute in a request.
func (c *checker) attrType(a int, p string, off int, typ uint16) {
	t := c.t
	an := &t.nodes[a]
	if an.tab == nil || an.aux == "" {
		// no names, or a list whose types are numbers (libnftnl numbers
		// the elements of a list 1, 2, 3, ...): any type goes
		return
	}
	if _, ok := an.tab.Lookup(an.u); !ok {
		f := c.add(SevWarning, off+2, p, fmt.Sprintf("unknown attribute type %d for this list (%s)", an.u, strings.TrimSuffix(an.aux, "???")+"*"))
		f.Kernel = "ignores it; -EINVAL \"Unknown attribute type\" under strict validation"
		return
	}
	if an.u == 0 {
		f := c.add(SevWarning, off+2, p, fmt.Sprintf("attribute type 0 (%s) carries nothing", t.AttrName(a)))
		f.Kernel = "ignores it; -EINVAL \"Unknown attribute type\" under strict validation"
	}
}

// payload checks the size and form of an attribute's payload in a request.
func (c *checker) payload(a int, p string, nlaLen int, typ uint16) {
	t := c.t
	pl := t.attrPayload(a)
	n := nlaLen - nlaHdrLen
	an := &t.nodes[a]
	name := t.AttrName(a)
	if typ&nlaFNested != 0 && pl >= 0 && t.nodes[pl].role != RoleAttrs && t.nodes[pl].role != RoleUndecoded && t.nodes[pl].fmt != FmtHex {
		f := c.add(SevWarning, int(an.off)+2, p, fmt.Sprintf("NLA_F_NESTED is set but %s does not hold attributes", name))
		f.Kernel = "ignores the flag; -EINVAL \"NLA_F_NESTED not expected\" under strict validation"
	}
	if pl < 0 {
		if an.style == emptyString {
			f := c.add(SevError, int(an.off), p, fmt.Sprintf("%s is empty: a string attribute holds at least its NUL", name))
			f.Errno = "ERANGE"
			f.Extack = polFailed
		} else if an.style != 0 {
			// decoders print a flag (NLA_FLAG, empty) and a number the
			// same way: only a note
			f := c.add(SevNote, int(an.off), p, fmt.Sprintf("%s has no payload; nldump decodes it as a number of %d bytes", name, an.style))
			f.Kernel = "refuses it (-ERANGE \"" + polFailed + "\") if its policy is a number; a flag (NLA_FLAG) is empty"
		}
		return
	}
	pn := &t.nodes[pl]
	if k, ok := kernelSizes[attrKey{an.tab, uint16(an.u)}]; ok {
		// the kernel's size differs from the decoder's
		c.kernelSize(pn, p, name, n, k)
		return
	}
	if pn.role == RoleUndecoded {
		c.rejectedPayload(pn, p, name, n)
		return
	}
	// a number shorter than the payload: the kernel reads its size
	leaf := pn
	if pn.kind == KindCall && pl+1 < int(pn.end) {
		leaf = &t.nodes[pl+1]
	}
	if leaf.kind == KindValue && isNumber(leaf.fmt) && leaf.size > 0 && int(leaf.size) < n && int(pn.end) == pl+1+boolInt(pn != leaf) {
		f := c.add(SevWarning, int(pn.off), p, fmt.Sprintf("the payload is %d bytes; %s is %s", n, name, numDesc(leaf)))
		f.Kernel = fmt.Sprintf("reads the first %d bytes and logs \"attribute type %d has an invalid length\"; -EINVAL \"invalid attribute length\" under strict validation", leaf.size, an.u)
		return
	}
	if pn.kind == KindValue && pn.fmt == FmtStr && pn.style&qExpectNul != 0 {
		c.stringPayload(pn, p, name, a)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isNumber(f Fmt) bool {
	switch f {
	case FmtU, FmtD, FmtX, FmtXval, FmtFlags, FmtIfindex, FmtFd, FmtUID:
		return true
	}
	return false
}

// numDesc describes a number's type: "a u32 (4 bytes)".
func numDesc(n *Node) string {
	k := "u"
	switch n.fmt {
	case FmtD, FmtFd:
		k = "s"
	}
	if n.flags&flagBE != 0 {
		k = "be"
	}
	return fmt.Sprintf("a %s%d (%d bytes)", k, int(n.size)*8, n.size)
}

func (c *checker) rejectedPayload(pn *Node, p, name string, n int) {
	want := pn.aux
	lo := int(pn.u & 0xffffffff) // the least size its decoder takes (want.go)
	if want == "" {
		c.add(SevWarning, int(pn.off), p, fmt.Sprintf("the payload (%d bytes) does not have the layout of %s", n, name))
		return
	}
	if n < lo {
		f := c.add(SevError, int(pn.off), p, fmt.Sprintf("the payload is %d bytes; %s is %s", n, name, want))
		if pn.style == wantNumber {
			f.Errno = "ERANGE"
			f.Extack = polFailed
		} else {
			f.Kernel = "refuses it where its policy gives the size (-ERANGE \"" + polFailed + "\")"
		}
		return
	}
	c.add(SevWarning, int(pn.off), p, fmt.Sprintf("the payload is %d bytes; %s is %s", n, name, want))
}

// kernelSize checks a payload against the size of the kernel's policy.
func (c *checker) kernelSize(pn *Node, p, name string, n, k int) {
	switch {
	case n < k:
		f := c.add(SevError, int(pn.off), p, fmt.Sprintf("the payload is %d bytes; the kernel takes %s as %s", n, name, numText("u", k)))
		f.Errno = "ERANGE"
		f.Extack = polFailed
	case n > k:
		f := c.add(SevWarning, int(pn.off), p, fmt.Sprintf("the payload is %d bytes; the kernel takes %s as %s", n, name, numText("u", k)))
		f.Kernel = fmt.Sprintf("reads the first %d bytes; -EINVAL \"invalid attribute length\" under strict validation", k)
	}
}

// stringPayload checks a string attribute (NLA_STRING in the kernel).
func (c *checker) stringPayload(pn *Node, p, name string, a int) {
	data := c.t.Buf[pn.off : pn.off+pn.len]
	pol := stringPolicy(c.t, a)
	if len(data) == 0 {
		f := c.add(SevError, int(pn.off), p, fmt.Sprintf("%s is empty: a string attribute holds at least its NUL", name))
		f.Errno = "ERANGE"
		f.Extack = polFailed
		return
	}
	terminated := data[len(data)-1] == 0
	if !terminated && pol.nul {
		f := c.add(SevError, int(pn.off)+len(data)-1, p, fmt.Sprintf("%s is not NUL-terminated; its kernel policy is NLA_NUL_STRING", name))
		f.Errno = "EINVAL"
		f.Extack = polFailed
		return
	}
	l := len(data)
	if terminated {
		l--
	}
	if pol.max > 0 && l > pol.max {
		f := c.add(SevError, int(pn.off), p, fmt.Sprintf("%s is %d characters long; the kernel takes at most %d", name, l, pol.max))
		f.Errno = "ERANGE"
		f.Extack = polFailed
	}
}
