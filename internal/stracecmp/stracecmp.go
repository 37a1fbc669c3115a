// Package stracecmp reads strace's notation of a netlink buffer into a tree
// and compares two such texts: the same, the second decoding deeper (it
// names what the first left as a hex string or an unknown number), or
// different.
package stracecmp

import (
	"fmt"
	"regexp"
	"strings"
)

// Value is one element of the notation.
type Value struct {
	Kind  byte   // '[' array, '{' struct, 's' string, 'a' atom, '=' named
	Text  string // atom or string text; the name of a named value
	Items []*Value
	Val   *Value // the value of a named one
}

type token struct {
	kind byte // 's', 'p' (punctuation), 'a'
	text string
}

func lex(s string) ([]token, error) {
	var out []token
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case strings.IndexByte("[]{},=", c) >= 0:
			out = append(out, token{'p', s[i : i+1]})
			i++
		case c == '"':
			j, err := skipString(s, i)
			if err != nil {
				return nil, err
			}
			for strings.HasPrefix(s[j:], "...") {
				j += 3
			}
			out = append(out, token{'s', s[i:j]})
			i = j
		default:
			j := i
			depth := 0
			for j < len(s) {
				c := s[j]
				if c == '"' {
					k, err := skipString(s, j)
					if err != nil {
						return nil, err
					}
					j = k
					continue
				}
				if strings.HasPrefix(s[j:], "/*") {
					k := strings.Index(s[j:], "*/")
					if k < 0 {
						return nil, fmt.Errorf("unterminated comment at %d", j)
					}
					j += k + 2
					continue
				}
				if c == '(' {
					depth++
				} else if c == ')' {
					depth--
				} else if depth == 0 && strings.IndexByte("[]{},=", c) >= 0 {
					break
				} else if depth == 0 && c == ' ' {
					// a space belongs to the atom only before a comment
					if !strings.HasPrefix(strings.TrimLeft(s[j:], " "), "/*") {
						break
					}
				}
				j++
			}
			if j == i {
				return nil, fmt.Errorf("cannot read at %d: %q", i, s[i:min(len(s), i+20)])
			}
			out = append(out, token{'a', strings.TrimSpace(s[i:j])})
			i = j
		}
	}
	return out, nil
}

func skipString(s string, i int) (int, error) {
	j := i + 1
	for j < len(s) && s[j] != '"' {
		if s[j] == '\\' {
			j++
		}
		j++
	}
	if j >= len(s) {
		return 0, fmt.Errorf("unterminated string at %d", i)
	}
	return j + 1, nil
}

// Parse reads a text in strace's notation.
func Parse(s string) (*Value, error) {
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	if p.pos != len(toks) {
		return nil, fmt.Errorf("trailing text after value at token %d", p.pos)
	}
	return v, nil
}

type parser struct {
	toks []token
	pos  int
}

func (p *parser) peek(k int) *token {
	if p.pos+k < len(p.toks) {
		return &p.toks[p.pos+k]
	}
	return nil
}

func (p *parser) value() (*Value, error) {
	t := p.peek(0)
	if t == nil {
		return nil, fmt.Errorf("unexpected end")
	}
	if t.kind == 'p' && (t.text == "[" || t.text == "{") {
		closer := "]"
		if t.text == "{" {
			closer = "}"
		}
		v := &Value{Kind: t.text[0]}
		p.pos++
		for {
			t := p.peek(0)
			if t == nil {
				return nil, fmt.Errorf("unterminated %s", v.Text)
			}
			if t.kind == 'p' && t.text == closer {
				p.pos++
				break
			}
			it, err := p.item()
			if err != nil {
				return nil, err
			}
			v.Items = append(v.Items, it)
			if t := p.peek(0); t != nil && t.kind == 'p' && t.text == "," {
				p.pos++
			}
		}
		if t := p.peek(0); t != nil && t.kind == 'a' && t.text == "..." {
			p.pos++
		}
		return v, nil
	}
	if t.kind == 'p' {
		return nil, fmt.Errorf("unexpected %q", t.text)
	}
	p.pos++
	return &Value{Kind: t.kind, Text: t.text}, nil
}

func (p *parser) item() (*Value, error) {
	t0, t1 := p.peek(0), p.peek(1)
	if t0 != nil && t1 != nil && t0.kind == 'a' && t1.kind == 'p' && t1.text == "=" {
		p.pos += 2
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		return &Value{Kind: '=', Text: t0.text, Val: v}, nil
	}
	t2, t3 := p.peek(2), p.peek(3)
	if t0 != nil && t0.kind == 'p' && t0.text == "[" && t2 != nil && t2.text == "]" && t3 != nil && t3.text == "=" {
		key := "[" + t1.text + "]"
		p.pos += 4
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		return &Value{Kind: '=', Text: key, Val: v}, nil
	}
	return p.value()
}

// Diff is one difference between two texts.
type Diff struct {
	Path   string
	Deeper bool // the second text decodes what the first left raw
	Ref    string
	Got    string
}

func (d Diff) String() string {
	k := "mismatch"
	if d.Deeper {
		k = "deeper"
	}
	return fmt.Sprintf("%s %s: %q vs %q", d.Path, k, clip(d.Ref), clip(d.Got))
}

var (
	ifnameRE  = regexp.MustCompile(`^if_nametoindex\("[^"]*"\)$`)
	rawTypeRE = regexp.MustCompile(`^(0x[0-9a-f]+(\s*/\*.*\*/)?|\d+)$`)
	digitsRE  = regexp.MustCompile(`^[0-9]+$`)
	addrRE    = regexp.MustCompile(`^0x[0-9a-f]{9,}$`)
)

func isRawString(v *Value) bool {
	return v.Kind == 's' && (strings.Contains(v.Text, `\x`) || v.Text == `""`)
}

func (v *Value) String() string {
	switch v.Kind {
	case '=':
		return v.Text + "=" + v.Val.String()
	case '[', '{':
		var b strings.Builder
		b.WriteByte(v.Kind)
		for i, it := range v.Items {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(it.String())
		}
		if v.Kind == '[' {
			b.WriteByte(']')
		} else {
			b.WriteByte('}')
		}
		return b.String()
	}
	return v.Text
}

// Compare compares strace's text ref with got.
func Compare(ref, got *Value) []Diff {
	return compare(ref, got, "")
}

func compare(ref, got *Value, path string) []Diff {
	if ref.Kind == 'a' && got.Kind == 'a' {
		if ref.Text == got.Text {
			return nil
		}
		ra, ga := ref.Text, got.Text
		if (ifnameRE.MatchString(ra) && (digitsRE.MatchString(ga) || ifnameRE.MatchString(ga))) ||
			(ifnameRE.MatchString(ga) && digitsRE.MatchString(ra)) {
			return nil
		}
		typeField := strings.HasSuffix(path, "nla_type") || strings.HasSuffix(path, "nlmsg_type")
		if rawTypeRE.MatchString(ra) && !rawTypeRE.MatchString(ga) && (strings.Contains(ra, "/* NLMSG_???") || typeField) {
			return []Diff{{path, true, ra, ga}}
		}
		if typeField && strings.Contains(ra, "/*") && strings.Contains(ra, "???") && !strings.Contains(ga, "???") {
			return []Diff{{path, true, ra, ga}}
		}
		if strings.HasSuffix(path, "nlmsg_flags") && regexp.MustCompile(`(^|\|)0x[0-9a-f]+$`).MatchString(ra) {
			rn, gn := flagNames(ra), flagNames(ga)
			sub := len(rn) < len(gn)
			for n := range rn {
				if !gn[n] {
					sub = false
				}
			}
			if sub {
				return []Diff{{path, true, ra, ga}}
			}
		}
		return []Diff{{path, false, ra, ga}}
	}
	if isRawString(ref) && !isRawString(got) {
		return []Diff{{path, true, ref.String(), got.String()}}
	}
	if ref.Kind == 'a' && addrRE.MatchString(ref.Text) && (got.Kind == '[' || got.Kind == '{') {
		// strace printed the address of data in the tracee (it shows
		// some arrays only with -v); the other text shows the data
		return []Diff{{path, true, ref.Text, got.String()}}
	}
	if ref.Kind == 's' && got.Kind == '[' && splitsString(ref, got) {
		// a string of NUL-separated parts (a uevent) printed as a list
		// of its parts
		return []Diff{{path, true, ref.Text, got.String()}}
	}
	if ref.Kind == 's' && got.Kind == 's' && ref.Text == got.Text {
		return nil
	}
	if ref.Kind == '=' && got.Kind == '=' {
		if ref.Text != got.Text {
			return []Diff{{path, false, ref.Text, got.Text}}
		}
		return compare(ref.Val, got.Val, path+"."+ref.Text)
	}
	if (ref.Kind == '[' || ref.Kind == '{') && ref.Kind == got.Kind {
		var ds []Diff
		n := max(len(ref.Items), len(got.Items))
		for i := 0; i < n; i++ {
			p := fmt.Sprintf("%s[%d]", path, i)
			if ref.Kind == '[' && i == len(ref.Items)-1 && len(got.Items) > len(ref.Items) &&
				isRawString(ref.Items[i]) && !isRawString(got.Items[i]) {
				// the bytes strace left raw at the end of a list, decoded
				// as several elements (a fixed header and attributes)
				var rest []string
				for _, it := range got.Items[i:] {
					rest = append(rest, it.String())
				}
				ds = append(ds, Diff{p, true, ref.Items[i].String(), strings.Join(rest, ", ")})
				break
			}
			if i >= len(ref.Items) || i >= len(got.Items) {
				r, g := "", ""
				if i < len(ref.Items) {
					r = ref.Items[i].String()
				}
				if i < len(got.Items) {
					g = got.Items[i].String()
				}
				ds = append(ds, Diff{p, false, r, g})
				break
			}
			ds = append(ds, compare(ref.Items[i], got.Items[i], p)...)
		}
		return ds
	}
	return []Diff{{path, false, ref.String(), got.String()}}
}

// splitsString reports whether the strings of list (flattened) are the
// NUL-separated parts of the string ref: joined with NULs they give ref,
// or ref without its last NUL.
func splitsString(ref, list *Value) bool {
	whole, ok := unquote(ref.Text)
	if !ok {
		return false
	}
	var parts []string
	var walk func(v *Value) bool
	walk = func(v *Value) bool {
		switch v.Kind {
		case 's':
			p, ok := unquote(v.Text)
			parts = append(parts, p)
			return ok
		case '[':
			for _, it := range v.Items {
				if !walk(it) {
					return false
				}
			}
			return true
		}
		return false
	}
	if !walk(list) || len(parts) < 2 {
		return false
	}
	joined := strings.Join(parts, "\x00")
	return whole == joined || whole == joined+"\x00"
}

// unquote reads a string in strace's quoting ("...", C escapes, octal
// and \x escapes); it fails on a string cut short ("..." after it).
func unquote(q string) (string, bool) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", false
	}
	q = q[1 : len(q)-1]
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(q) {
			return "", false
		}
		switch c = q[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case 'x':
			if i+3 > len(q) {
				return "", false
			}
			var v byte
			for _, h := range q[i+1 : i+3] {
				v <<= 4
				switch {
				case h >= '0' && h <= '9':
					v |= byte(h - '0')
				case h >= 'a' && h <= 'f':
					v |= byte(h - 'a' + 10)
				default:
					return "", false
				}
			}
			b.WriteByte(v)
			i += 2
		default:
			if c < '0' || c > '7' {
				b.WriteByte(c)
				continue
			}
			v := 0
			for k := 0; k < 3 && i < len(q) && q[i] >= '0' && q[i] <= '7'; k++ {
				v = v*8 + int(q[i]-'0')
				i++
			}
			i--
			b.WriteByte(byte(v))
		}
	}
	return b.String(), true
}

func flagNames(s string) map[string]bool {
	m := map[string]bool{}
	for _, x := range strings.Split(s, "|") {
		if !strings.HasPrefix(x, "0x") {
			m[x] = true
		}
	}
	return m
}

// Verdict compares two texts: "match", "deeper" or "mismatch", with the
// differences that decided it.
func Verdict(ref, got string) (string, []Diff) {
	r, err := Parse(ref)
	if err != nil {
		return "ref-unreadable", []Diff{{Ref: err.Error()}}
	}
	g, err := Parse(got)
	if err != nil {
		return "mismatch", []Diff{{Got: "unreadable: " + err.Error()}}
	}
	ds := Compare(r, g)
	if len(ds) == 0 {
		return "match", nil
	}
	var mis []Diff
	for _, d := range ds {
		if !d.Deeper {
			mis = append(mis, d)
		}
	}
	if len(mis) == 0 {
		return "deeper", ds
	}
	return "mismatch", mis
}

func clip(s string) string {
	if len(s) > 160 {
		return s[:160] + "..."
	}
	return s
}

// Summary joins the first differences into one line.
func Summary(ds []Diff) string {
	var parts []string
	for i, d := range ds {
		if i == 3 {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, d.String())
	}
	return strings.Join(parts, "; ")
}
