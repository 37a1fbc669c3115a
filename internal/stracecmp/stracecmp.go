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
			// An atom runs to the next [ ] { } , = or quote-less space:
			// parentheses do not group, so inet_pton(AF_INET6, "::1")
			// reads as three elements, as the reference reader reads it.
			// A space belongs to the atom when a comment's */ follows
			// before any of [ ] { } , =.
			j := i
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
					k := strings.Index(s[j+2:], "*/")
					if k < 0 {
						return nil, fmt.Errorf("unterminated comment at %d", j)
					}
					j += k + 4
					continue
				}
				if strings.IndexByte("[]{},=", c) >= 0 {
					break
				}
				if c == ' ' || c == '\t' || c == '\n' {
					rest := s[j+1:]
					e := strings.Index(rest, "*/")
					if e < 0 || strings.ContainsAny(rest[:e], "[]{},=") {
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
//
// THE RULES HERE ARE FIXED: they are the rules nldump is judged by, and
// must never be made more lenient to let an output pass. A difference is
// "deeper" only when got puts one value where strace printed a hex string
// ("\x.." or ""), or a name where strace printed an unknown nla_type or
// nlmsg_type as a number, or more flag names in nlmsg_flags than strace.
// Everything else strace prints must be printed the same: the same number
// of elements in every list and struct, the same field names, the same
// numbers (a number strace prints stays a number, even where a name would
// read better), the same strings. So a decoder that goes deeper than
// strace replaces the hex string in place with exactly one value (a
// struct, or [header, [attributes]] in brackets), never with several
// sibling elements. See HACKING.md, "Deeper than strace".
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
