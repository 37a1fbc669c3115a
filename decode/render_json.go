package decode

import (
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// The JSON of a message: its header, its strace text, and its decoded
// parts. The schema is documented in docs/json.md.
//
//	"header":{"len":32,"type":16,"type_name":"RTM_NEWLINK","flags":5,
//	  "flags_names":["NLM_F_REQUEST","NLM_F_ACK"],"seq":1,"pid":0},
//	"strace":"[{nlmsg_len=32, ...}, {...}]",
//	"body":{"ifi_family":0,"ifi_family_name":"AF_UNSPEC",...},
//	"attrs":[{"offset":32,"len":10,"type":3,"name":"IFLA_IFNAME","value":"veth0"}]

// AppendJSONMembers appends the members (without braces) describing node
// i: a message, or the root (0) of a buffer that holds no messages. f
// gives the strace text's options; its Styler is not used.
func (t *Tree) AppendJSONMembers(dst []byte, i int, f *Format) []byte {
	if i < 0 || i >= len(t.nodes) {
		return dst
	}
	plain := *f
	plain.Styler = nil
	j := jsonw{t: t, f: &plain}
	if t.nodes[i].role != RoleMessage {
		dst = append(dst, `"header":null,"strace":`...)
		dst = j.straceString(dst, i)
		dst = append(dst, `,"data":`...)
		return j.value(dst, i)
	}
	return j.message(dst, i, true)
}

type jsonw struct {
	t *Tree
	f *Format
}

// scratch holds the strace text of a message on its way into a JSON string.
var scratch = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

func (j *jsonw) straceString(dst []byte, i int) []byte {
	p := scratch.Get().(*[]byte)
	s := j.t.AppendStrace((*p)[:0], i, j.f)
	dst = appendJSONString(dst, s)
	*p = s
	scratch.Put(p)
	return dst
}

// message appends the members of message m.
func (j *jsonw) message(dst []byte, m int, strace bool) []byte {
	t := j.t
	dst = append(dst, `"header":`...)
	dst = j.header(dst, m)
	if strace {
		dst = append(dst, `,"strace":`...)
		dst = j.straceString(dst, m)
	}
	var used []string
	key := func(k string) string {
		n := 1
		for _, u := range used {
			if u == k {
				n++
			}
		}
		used = append(used, k)
		if n > 1 {
			return k + "_" + strconv.Itoa(n)
		}
		return k
	}
	parts := t.parts(m)
	var part func(dst []byte, c int) []byte
	part = func(dst []byte, c int) []byte {
		n := &t.nodes[c]
		role := n.role
		if t.isBody(parts, c) {
			role = RoleBody
		}
		switch role {
		case RoleHeader:
			return dst
		case RoleBody:
			dst = j.member(dst, key("body"))
		case RoleAttrs:
			dst = j.member(dst, key("attrs"))
		case RoleError:
			dst = j.member(dst, key("error"))
		case RolePayload:
			dst = j.member(dst, key("payload"))
		case RoleTrailing:
			dst = j.member(dst, key("trailing"))
		default:
			if n.kind == KindArray && n.name == "" {
				// a group of parts (nlmsgerr and its extended ack)
				for k := c + 1; k < int(n.end); k = int(t.nodes[k].end) {
					dst = part(dst, k)
				}
				return dst
			}
			dst = j.member(dst, key("data"))
		}
		return j.value(dst, c)
	}
	for c := m + 1; c < int(t.nodes[m].end); c = int(t.nodes[c].end) {
		dst = part(dst, c)
	}
	return dst
}

func (j *jsonw) member(dst []byte, k string) []byte {
	dst = append(dst, ',', '"')
	dst = append(dst, k...)
	return append(dst, '"', ':')
}

// header appends the header object of message m.
func (j *jsonw) header(dst []byte, m int) []byte {
	h, ok := j.t.Header(m)
	if !ok {
		return append(dst, "null"...)
	}
	dst = append(dst, `{"len":`...)
	dst = strconv.AppendUint(dst, uint64(h.Len), 10)
	dst = append(dst, `,"type":`...)
	dst = strconv.AppendUint(dst, uint64(h.Type), 10)
	dst = append(dst, `,"type_name":`...)
	if h.TypeName == "" {
		dst = append(dst, "null"...)
	} else {
		dst = appendJSONString(dst, []byte(h.TypeName))
	}
	dst = append(dst, `,"flags":`...)
	dst = strconv.AppendUint(dst, uint64(h.Flags), 10)
	dst = append(dst, `,"flags_names":[`...)
	for k, s := range h.FlagNames {
		if k > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, []byte(s))
	}
	dst = append(dst, `],"seq":`...)
	dst = strconv.AppendUint(dst, uint64(h.Seq), 10)
	// __u32: unsigned, as the kernel, tshark and ss show it (strace's
	// text prints it signed)
	dst = append(dst, `,"pid":`...)
	dst = strconv.AppendUint(dst, uint64(h.Pid), 10)
	return append(dst, '}')
}

// value appends the JSON value of node i.
func (j *jsonw) value(dst []byte, i int) []byte {
	t := j.t
	n := &t.nodes[i]
	switch n.role {
	case RoleMessage:
		dst = append(dst, '{')
		dst = j.message(dst, i, false)
		return append(dst, '}')
	case RoleAttrs:
		return j.attrList(dst, i)
	case RoleAttr:
		return j.attr(dst, i)
	}
	switch n.kind {
	case KindValue:
		if n.fmt == FmtArray {
			return j.numArray(dst, i)
		}
		return j.leaf(dst, n)
	case KindStruct:
		return j.object(dst, i)
	case KindArray:
		return j.array(dst, i)
	case KindCall:
		if c := i + 1; c < int(n.end) && int(t.nodes[c].end) == int(n.end) {
			return j.value(dst, c)
		}
		return j.array(dst, i)
	case KindSeq:
		return strconv.AppendUint(dst, n.u, 10)
	case KindIndex:
		dst = append(dst, `{"index":`...)
		c := i + 1
		if c < int(n.end) {
			dst = strconv.AppendUint(dst, t.nodes[c].u, 10)
			if s := t.NameOf(c); s != "" {
				dst = append(dst, `,"index_name":`...)
				dst = appendJSONString(dst, []byte(s))
			}
			c = int(t.nodes[c].end)
		}
		dst = append(dst, `,"value":`...)
		if c < int(n.end) {
			dst = j.value(dst, c)
		} else {
			dst = append(dst, "null"...)
		}
		return append(dst, '}')
	}
	return append(dst, "null"...)
}

// skip reports whether a leaf carries no value (verbatim text, "...").
func skip(n *Node) bool {
	return n.kind == KindValue && (n.fmt == FmtText || n.fmt == FmtMore || n.fmt == FmtNone)
}

// object appends a struct: its named members, with their names.
func (j *jsonw) object(dst []byte, i int) []byte {
	t := j.t
	n := &t.nodes[i]
	dst = append(dst, '{')
	first := true
	k := 0
	for c := i + 1; c < int(n.end); c = int(t.nodes[c].end) {
		cn := &t.nodes[c]
		if skip(cn) {
			if cn.fmt == FmtMore {
				if !first {
					dst = append(dst, ',')
				}
				dst = append(dst, `"truncated":true`...)
				first = false
			}
			continue
		}
		name := cn.name
		if name == "" {
			name = "field" + strconv.Itoa(k)
		}
		k++
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = appendJSONString(dst, []byte(name))
		dst = append(dst, ':')
		dst = j.value(dst, c)
		dst = j.names(dst, name, c)
	}
	return append(dst, '}')
}

// names appends the companion members of a named value: NAME_name for a
// constant, NAME_names for flags, the interface name of an index.
func (j *jsonw) names(dst []byte, name string, c int) []byte {
	t := j.t
	n := &t.nodes[c]
	if n.kind == KindCall && c+1 < int(n.end) {
		c++
		n = &t.nodes[c]
	}
	if n.kind != KindValue {
		return dst
	}
	switch n.fmt {
	case FmtXval:
		if s := t.NameOf(c); s != "" {
			dst = j.member(dst, name+"_name")
			dst = appendJSONString(dst, []byte(s))
		}
	case FmtFlags:
		dst = j.member(dst, name+"_names")
		dst = append(dst, '[')
		names, _ := flagNames(n, nil)
		for k, s := range names {
			if k > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, []byte(s))
		}
		dst = append(dst, ']')
	case FmtErr:
		if v := signExtend(n.u, n.size); v < 0 {
			if s, ok := xlat.Errnos.Lookup(uint64(-v)); ok {
				dst = j.member(dst, name+"_name")
				dst = appendJSONString(dst, []byte(s))
			}
		}
	case FmtIfindex:
		if s := t.IfName(uint32(n.u)); s != "" {
			dst = j.member(dst, name+"_name")
			dst = appendJSONString(dst, []byte(s))
		}
	}
	return dst
}

// array appends a list. A list of [INDEX]=value pairs becomes an object
// keyed by the index names.
func (j *jsonw) array(dst []byte, i int) []byte {
	t := j.t
	n := &t.nodes[i]
	indexed := true
	count := 0
	for c := i + 1; c < int(n.end); c = int(t.nodes[c].end) {
		if skip(&t.nodes[c]) {
			continue
		}
		count++
		if t.nodes[c].kind != KindIndex {
			indexed = false
		}
	}
	if indexed && count > 0 {
		dst = append(dst, '{')
		k := 0
		for c := i + 1; c < int(n.end); c = int(t.nodes[c].end) {
			cn := &t.nodes[c]
			if cn.kind != KindIndex || c+1 >= int(cn.end) {
				continue
			}
			if k > 0 {
				dst = append(dst, ',')
			}
			k++
			key := t.NameOf(c + 1)
			if key == "" {
				key = strconv.FormatUint(t.nodes[c+1].u, 10)
			}
			dst = appendJSONString(dst, []byte(key))
			dst = append(dst, ':')
			v := int(t.nodes[c+1].end)
			if v < int(cn.end) {
				dst = j.value(dst, v)
			} else {
				dst = append(dst, "null"...)
			}
		}
		return append(dst, '}')
	}
	dst = append(dst, '[')
	k := 0
	for c := i + 1; c < int(n.end); c = int(t.nodes[c].end) {
		if skip(&t.nodes[c]) {
			continue
		}
		if k > 0 {
			dst = append(dst, ',')
		}
		k++
		dst = j.value(dst, c)
	}
	return append(dst, ']')
}

func (j *jsonw) attrList(dst []byte, l int) []byte {
	t := j.t
	n := &t.nodes[l]
	dst = append(dst, '[')
	k := 0
	for c := l + 1; c < int(n.end); c = int(t.nodes[c].end) {
		if k > 0 {
			dst = append(dst, ',')
		}
		k++
		if t.nodes[c].role == RoleTrailing {
			dst = append(dst, `{"offset":`...)
			dst = strconv.AppendUint(dst, uint64(t.nodes[c].off), 10)
			dst = append(dst, `,"trailing":`...)
			dst = j.value(dst, c)
			dst = append(dst, '}')
			continue
		}
		dst = j.value(dst, c)
	}
	return append(dst, ']')
}

// attr appends one attribute object.
func (j *jsonw) attr(dst []byte, a int) []byte {
	t := j.t
	n := &t.nodes[a]
	nlaLen, typ := t.attrHeader(a)
	dst = append(dst, `{"offset":`...)
	dst = strconv.AppendUint(dst, uint64(n.off), 10)
	dst = append(dst, `,"len":`...)
	dst = strconv.AppendInt(dst, int64(nlaLen), 10)
	dst = append(dst, `,"type":`...)
	dst = strconv.AppendUint(dst, n.u, 10)
	if s := t.NameOf(a); s != "" {
		dst = append(dst, `,"name":`...)
		dst = appendJSONString(dst, []byte(s))
	}
	if typ&nlaFNested != 0 {
		dst = append(dst, `,"nested":true`...)
	}
	if typ&nlaFNetByteorder != 0 {
		dst = append(dst, `,"net_byteorder":true`...)
	}
	if p := t.attrPayload(a); p >= 0 {
		pn := &t.nodes[p]
		if pn.role == RoleAttrs {
			dst = append(dst, `,"attrs":`...)
		} else {
			dst = append(dst, `,"value":`...)
		}
		dst = j.value(dst, p)
		if pn.role != RoleAttrs {
			dst = j.names(dst, "value", p)
		}
		if pn.flags&flagDeep != 0 {
			dst = append(dst, `,"too_deep":true`...)
		}
		if pn.role == RoleUndecoded {
			dst = append(dst, `,"undecoded":true`...)
		}
	}
	return append(dst, '}')
}

// leaf appends the value of a leaf: a number, a string, an address, or
// {"hex":"..."} for bytes.
func (j *jsonw) leaf(dst []byte, n *Node) []byte {
	t := j.t
	switch n.fmt {
	case FmtU, FmtX, FmtO, FmtXval, FmtFlags, FmtIfindex, FmtClockT:
		return strconv.AppendUint(dst, n.u, 10)
	case FmtD, FmtErr:
		if n.flags&flagUnsigned != 0 {
			// the UAPI type is unsigned; strace's text is not
			return strconv.AppendUint(dst, n.u, 10)
		}
		return strconv.AppendInt(dst, signExtend(n.u, n.size), 10)
	case FmtFd:
		return strconv.AppendInt(dst, int64(int32(n.u)), 10)
	case FmtUID:
		if uint32(n.u) == 0xffffffff {
			return append(dst, "-1"...)
		}
		return strconv.AppendUint(dst, n.u, 10)
	case FmtStr:
		b := t.nodeBytes(n)
		if n.style&(qNulTerm|qCstring) != 0 {
			b = cString(b)
		} else if n.style&qOmitTrail0 != 0 && len(b) > 0 && b[len(b)-1] == 0 {
			b = b[:len(b)-1]
		}
		if utf8.Valid(b) {
			return appendJSONString(dst, b)
		}
		return appendHexObject(dst, b)
	case FmtHwaddr:
		b := t.nodeBytes(n)
		if len(b) > maxAddrLen {
			return appendHexObject(dst, b)
		}
		dst = append(dst, '"')
		dst = appendMAC(dst, b)
		return append(dst, '"')
	case FmtInet:
		b := t.nodeBytes(n)
		switch {
		case n.u == xlat.AF_INET && len(b) == 4:
			dst = append(dst, '"')
			dst = appendIPv4(dst, b)
			return append(dst, '"')
		case n.u == xlat.AF_INET6 && len(b) == 16:
			dst = append(dst, '"')
			dst = appendIPv6(dst, b)
			return append(dst, '"')
		}
		return appendHexObject(dst, b)
	case FmtHex:
		return appendHexObject(dst, t.nodeBytes(n))
	case FmtText, FmtMore, FmtNone:
		return append(dst, "null"...)
	}
	// a number of a format this file does not know yet
	if n.size > 0 && n.size <= 8 {
		return strconv.AppendUint(dst, n.u, 10)
	}
	return appendHexObject(dst, t.nodeBytes(n))
}

// numArray appends an FmtArray leaf: [1,2,3], or {"NAME":1,...} when its
// indices have names.
func (j *jsonw) numArray(dst []byte, i int) []byte {
	t := j.t
	n := &t.nodes[i]
	cnt := t.ArrayLen(i)
	signed := Fmt(n.style) == FmtD
	num := func(dst []byte, v uint64) []byte {
		if signed {
			return strconv.AppendInt(dst, int64(v), 10)
		}
		return strconv.AppendUint(dst, v, 10)
	}
	if n.flags&flagIndexed != 0 {
		dst = append(dst, '{')
		for k := 0; k < cnt; k++ {
			v, name := t.Elem(i, k)
			if k > 0 {
				dst = append(dst, ',')
			}
			if name == "" {
				name = strconv.Itoa(k)
			}
			dst = appendJSONString(dst, []byte(name))
			dst = append(dst, ':')
			dst = num(dst, v)
		}
		return append(dst, '}')
	}
	dst = append(dst, '[')
	for k := 0; k < cnt; k++ {
		v, _ := t.Elem(i, k)
		if k > 0 {
			dst = append(dst, ',')
		}
		dst = num(dst, v)
	}
	return append(dst, ']')
}

func (t *Tree) nodeBytes(n *Node) []byte {
	lo, hi := int(n.off), int(n.off)+int(n.len)
	if hi > len(t.Buf) || lo > hi {
		return nil
	}
	return t.Buf[lo:hi]
}

func appendHexObject(dst, b []byte) []byte {
	dst = append(dst, `{"hex":"`...)
	for _, c := range b {
		dst = append(dst, hexDigits[c>>4], hexDigits[c&15])
	}
	return append(dst, `"}`...)
}

// appendJSONString appends b, valid UTF-8, as a JSON string. Runs of
// bytes that need no escape are copied at once.
func appendJSONString(dst, b []byte) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(b); {
		start := i
		for i < len(b) && jsonPlain[b[i]] {
			i++
		}
		dst = append(dst, b[start:i]...)
		if i == len(b) {
			break
		}
		c := b[i]
		if c >= 0x80 {
			// C1 controls (U+0080-U+009F: U+009B is a CSI to some
			// terminals), bidirectional overrides and isolates
			// (U+202A-U+202E, U+2066-U+2069) and the line separators
			// U+2028, U+2029 go as \u escapes
			r, n := utf8.DecodeRune(b[i:])
			if (r >= 0x80 && r <= 0x9f) || (r >= 0x2028 && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				dst = append(dst, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
			} else {
				dst = append(dst, b[i:i+n]...)
			}
			i += n
			continue
		}
		switch {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c == '\n':
			dst = append(dst, '\\', 'n')
		case c == '\r':
			dst = append(dst, '\\', 'r')
		case c == '\t':
			dst = append(dst, '\\', 't')
		default: // c < 0x20 || c == 0x7f
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
		}
		i++
	}
	return append(dst, '"')
}

// jsonPlain tells the bytes appendJSONString copies as they are: printable
// ASCII but '"' and '\\'.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// AppendJSONString appends s as a JSON string; bytes that are not UTF-8
// become U+FFFD.
func AppendJSONString(dst []byte, s string) []byte {
	b := []byte(s)
	if !utf8.Valid(b) {
		b = []byte(string([]rune(s)))
	}
	return appendJSONString(dst, b)
}
