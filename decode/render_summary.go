package decode

import "github.com/nldump/nldump/decode/internal/xlat"

import (
	"strconv"
	"strings"
)

// The summary format: one short line a message, with the type, the flags
// without their NLM_F_ prefix, seq, pid, and the values that identify the
// object (interface, addresses, names, kind):
//
//	RTM_NEWLINK REQUEST|ACK seq=1 pid=0 ifindex=78 ifname=veth0

// summaryMax is the most identifying values a summary shows.
const summaryMax = 6

// AppendSummary appends the one-line summary of message m (no newline).
func (t *Tree) AppendSummary(dst []byte, m int, f *Format) []byte {
	h, ok := t.Header(m)
	if !ok {
		// a buffer without netlink headers: its strace text, cut short
		short := *f
		if short.StrLen <= 0 || short.StrLen > 32 {
			short.StrLen = 32
		}
		return t.AppendStrace(dst, m, &short)
	}
	r := newRender(t, f)
	if h.TypeName != "" {
		dst = r.start(dst, ClassType)
		dst = append(dst, h.TypeName...)
		dst = r.stop(dst, ClassType)
	} else {
		dst = r.start(dst, ClassUnknown)
		dst = append(dst, "type="...)
		dst = strconv.AppendUint(dst, uint64(h.Type), 10)
		dst = r.stop(dst, ClassUnknown)
	}
	if h.Flags != 0 {
		dst = append(dst, ' ')
		for k, s := range h.FlagNames {
			if k > 0 {
				dst = append(dst, '|')
			}
			dst = append(dst, strings.TrimPrefix(s, "NLM_F_")...)
		}
		if h.Unnamed != 0 {
			if len(h.FlagNames) > 0 {
				dst = append(dst, '|')
			}
			dst = append(dst, "0x"...)
			dst = strconv.AppendUint(dst, uint64(h.Unnamed), 16)
		}
	}
	dst = append(dst, " seq="...)
	dst = strconv.AppendUint(dst, uint64(h.Seq), 10)
	dst = append(dst, " pid="...)
	dst = strconv.AppendInt(dst, int64(int32(h.Pid)), 10)
	return r.identify(dst, m)
}

// identify appends key=value for the values that identify the object of
// message m.
func (r *render) identify(dst []byte, m int) []byte {
	t := r.t
	count := 0
	add := func(key string, val []byte) {
		if count >= summaryMax || len(val) == 0 {
			return
		}
		count++
		dst = append(dst, ' ')
		dst = r.start(dst, ClassField)
		dst = append(dst, key...)
		dst = r.stop(dst, ClassField)
		dst = append(dst, '=')
		dst = append(dst, val...)
	}
	var prefix map[string]uint64 // prefix lengths of the fixed header
	var val []byte
	body := t.Body(m)
	for _, c := range t.parts(m) {
		role := t.Node(c).Role()
		if c == body {
			role = RoleBody
		}
		switch role {
		case RoleError:
			r.errorSummary(c, add)
		case RoleBody:
			for f := range t.Each(c) {
				fn := t.Node(f)
				name := fn.Name()
				switch {
				case fn.Fmt() == FmtIfindex && fn.Value() != 0:
					add(fieldKey(name), r.ifindexText(val[:0], fn))
				case strings.HasSuffix(name, "_len") || strings.HasSuffix(name, "prefixlen"):
					if prefix == nil {
						prefix = map[string]uint64{}
					}
					prefix[name] = fn.Value()
				case name == "cmd" && fn.Fmt() == FmtXval:
					if s := t.NameOf(f); s != "" {
						add("cmd", []byte(s))
					}
				}
			}
		case RoleAttrs:
			sawHw := false
			r.attrSummary(c, 0, prefix, add, &sawHw)
		}
	}
	return dst
}

// fieldKey shortens a field name for the summary: ifi_index -> index.
func fieldKey(name string) string {
	if _, rest, ok := strings.Cut(name, "_"); ok && rest != "" {
		if strings.Contains(rest, "index") {
			return "ifindex"
		}
		return rest
	}
	return name
}

// attrKey shortens an attribute name for the summary: IFLA_IFNAME ->
// ifname, IFA_ADDRESS -> address, CTRL_ATTR_FAMILY_NAME -> family_name.
func attrKeyName(name string) string {
	_, rest, ok := strings.Cut(name, "_")
	if !ok || rest == "" {
		return strings.ToLower(name)
	}
	// CTRL_ATTR_FAMILY_NAME, ETHTOOL_A_HEADER_DEV_NAME
	if r, ok := strings.CutPrefix(rest, "ATTR_"); ok && r != "" {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, "A_"); ok && r != "" {
		rest = r
	}
	return strings.ToLower(rest)
}

func (r *render) ifindexText(dst []byte, n *Node) []byte {
	dst = strconv.AppendUint(dst, n.Value(), 10)
	if s := r.t.IfName(uint32(n.Value())); s != "" {
		// quoted as strace quotes names: no control byte reaches the
		// terminal
		dst = append(dst, '(')
		dst = appendSummaryValue(dst, cString([]byte(s)), r.f.Hex)
		dst = append(dst, ')')
	}
	return dst
}

// appendSummaryValue appends a string of the input as a summary value:
// bare when it is plain (printable ASCII without space, quote, backslash,
// '=' or parentheses), else quoted and escaped as strace quotes strings,
// so that no name can pass for more fields, nor reach the terminal raw.
func appendSummaryValue(dst, s []byte, hs HexStyle) []byte {
	plain := len(s) > 0 && hs != HexAll
	for _, c := range s {
		if c <= ' ' || c > '~' || c == '"' || c == '\\' || c == '=' || c == '(' || c == ')' {
			plain = false
			break
		}
	}
	if plain {
		return append(dst, s...)
	}
	dst, _ = quote(dst, s, 0x100, 0, hs)
	return dst
}

// attrSummary adds the identifying attributes of a list (and of nested
// lists, two levels down).
func (r *render) attrSummary(l, depth int, prefix map[string]uint64, add func(string, []byte), sawHw *bool) {
	t := r.t
	for a := range t.Each(l) {
		p := t.Payload(a) // -1 for what is not an attribute
		if p < 0 {
			continue
		}
		pn := t.Node(p)
		name := t.NameOf(a)
		if pn.Role() == RoleAttrs {
			if depth < 2 {
				r.attrSummary(p, depth+1, prefix, add, sawHw)
			}
			continue
		}
		if name == "" || pn.Kind() != KindValue {
			continue
		}
		key := attrKeyName(name)
		switch pn.Fmt() {
		case FmtIfindex:
			add(key, r.ifindexText(nil, pn))
		case FmtInet:
			if depth > 0 {
				continue
			}
			b := t.Bytes(p)
			var v []byte
			switch {
			case pn.Value() == xlat.AF_INET && len(b) == 4:
				v = appendIPv4(nil, b)
			case pn.Value() == xlat.AF_INET6 && len(b) == 16:
				v = appendIPv6(nil, b)
			default:
				continue
			}
			for f, plen := range prefix {
				if prefixFor(f, key) {
					v = append(v, '/')
					v = strconv.AppendUint(v, plen, 10)
					break
				}
			}
			add(key, v)
		case FmtHwaddr:
			// the first link-layer address only: the others (broadcast,
			// permanent) do not tell links apart
			if depth == 0 && !*sawHw {
				*sawHw = true
				add(key, appendMAC(nil, t.Bytes(p)))
			}
		case FmtStr:
			if strings.HasSuffix(name, "NAME") || strings.HasSuffix(name, "KIND") || strings.HasSuffix(name, "LABEL") {
				s := cString(t.Bytes(p))
				if len(s) > 32 {
					s = s[:32]
				}
				add(key, appendSummaryValue(nil, s, HexNone))
			}
		}
	}
}

// prefixFor reports whether the prefix length field f of the fixed header
// goes with the address key: rtm_dst_len with dst, ifa_prefixlen with
// address and local.
func prefixFor(f, key string) bool {
	switch {
	case strings.HasSuffix(f, "_dst_len"):
		return key == "dst"
	case strings.HasSuffix(f, "_src_len"):
		return key == "src"
	case strings.HasSuffix(f, "prefixlen"):
		return key == "address" || key == "local"
	}
	return false
}

// errorSummary adds error=-ENAME and the request it answers.
func (r *render) errorSummary(e int, add func(string, []byte)) {
	t := r.t
	for c := range t.Each(e) {
		cn := t.Node(c)
		switch {
		case cn.Fmt() == FmtErr:
			plain := newRenderLim(t, &Format{}, r.lim)
			c2 := *cn
			c2.name = ""
			add("error", plain.errno(nil, &c2))
		case cn.Role() == RoleMessage:
			if h, ok := t.Header(c); ok {
				s := h.TypeName
				if s == "" {
					s = strconv.Itoa(int(h.Type))
				}
				add("for", []byte(s))
			}
		}
	}
}
