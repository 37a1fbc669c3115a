package capture

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// HexBuffer is one buffer of a hex dump: the bytes of one datagram.
type HexBuffer struct {
	Data []byte
	Line int // the line the buffer starts on
	// Proto is the protocol named by a "# proto: NAME" comment before the
	// buffer, or "".
	Proto string
}

// HexError is a place in a hex dump nldump cannot read.
type HexError struct {
	File string
	Line int
	Col  int
	Msg  string
}

func (e *HexError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// ReadHex reads buffers from a hex dump in any of the forms people paste:
// plain hex (with or without spaces, colons, commas or 0x), xxd,
// hexdump -C, od -Ax -tx1, strace's " | 00000  20 00 ..." lines, C or
// Python string literals ("\x20\x00..."), Go and C array literals
// ({0x20, 0x00, ...}), Wireshark's hex stream. "#" and "//" start
// comments; a blank line ends a buffer. name is used in error messages.
func ReadHex(r io.Reader, name string) ([]HexBuffer, error) {
	var out []HexBuffer
	err := ScanHex(r, name, func(b HexBuffer) error {
		out = append(out, b)
		return nil
	})
	return out, err
}

// ScanHex reads a hex dump like ReadHex and calls fn for each buffer as
// soon as it ends. It stops at the first error, from the dump or from fn.
func ScanHex(r io.Reader, name string, fn func(HexBuffer) error) error {
	p := hexParser{name: name, fn: fn}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 256*1024*1024)
	for sc.Scan() {
		p.line++
		if err := p.feed(sc.Text()); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return p.flush()
}

var (
	syscallRE = regexp.MustCompile(`^(\[pid\s+\d+\]\s+|\d+\s+)?[a-z_0-9]+\(.*\)\s+= `)
	ivecRE    = regexp.MustCompile(`^\s*\* \d+ bytes in buffer \d+`)
)

type hexForm uint8

const (
	formNone   hexForm = iota
	formPlain          // 20 00 00 00 / 20000000 / 20:00 / 0x20 0x00
	formOffset         // hexdump -C, od -Ax -tx1, xxd: an offset, then bytes
	formStrace         // " | 00000  20 00 ...  ascii |"
	formString         // "\x20\x00..."
	formArray          // {0x20, 0x00, ...}
)

type hexParser struct {
	name    string
	fn      func(HexBuffer) error
	line    int
	buf     []byte
	start   int
	form    hexForm
	inArray bool
	proto   string
	pending string // proto for the next buffer
	// offset dumps
	lastLine []byte // bytes of the previous offset line, for "*"
	repeat   bool
}

func (p *hexParser) errorf(col int, format string, args ...any) error {
	return &HexError{File: p.name, Line: p.line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func (p *hexParser) flush() error {
	if p.inArray {
		return p.errorf(1, "array literal not closed with }")
	}
	if p.form == formNone && len(p.buf) == 0 {
		return nil
	}
	b := HexBuffer{Data: p.buf, Line: p.start, Proto: p.proto}
	p.buf = nil
	p.form = formNone
	p.lastLine = nil
	p.repeat = false
	p.proto = ""
	if len(b.Data) == 0 {
		return nil
	}
	return p.fn(b)
}

// stripComment removes a "#" or "//" comment outside of quotes.
func stripComment(s string) (string, string) {
	inq := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inq != 0 {
			if c == '\\' {
				i++
			} else if c == inq {
				inq = 0
			}
			continue
		}
		switch {
		case c == '"' || c == '\'':
			inq = c
		case c == '#':
			return s[:i], s[i+1:]
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			return s[:i], s[i+2:]
		}
	}
	return s, ""
}

func (p *hexParser) feed(raw string) error {
	line, comment := stripComment(raw)
	if strings.TrimSpace(raw) == "" {
		if p.inArray {
			return nil
		}
		return p.flush()
	}
	if c := strings.TrimSpace(comment); c != "" {
		if v, ok := strings.CutPrefix(c, "proto:"); ok {
			p.pending = strings.TrimSpace(v)
		}
	}
	if strings.TrimSpace(line) == "" {
		return nil
	}
	if !p.inArray && (syscallRE.MatchString(line) || ivecRE.MatchString(line)) {
		// a line of strace output around its dump lines: the next
		// buffer starts after it
		return p.flush()
	}
	if p.form == formNone {
		p.start = p.line
		p.proto = p.pending
		p.pending = ""
		p.form = detect(line)
	}
	switch p.form {
	case formStrace:
		return p.straceLine(line)
	case formString:
		return p.stringLine(line)
	case formArray:
		return p.arrayLine(line)
	case formOffset:
		return p.offsetLine(line)
	default:
		return p.plainLine(line, 0)
	}
}

func detect(line string) hexForm {
	t := strings.TrimSpace(line)
	switch {
	case strings.HasPrefix(t, "|") && len(strings.TrimSpace(t[1:])) > 5 && isHexN(strings.TrimSpace(t[1:])[:5]):
		return formStrace
	case strings.ContainsAny(t, "{}") || strings.HasPrefix(t, "[]byte"):
		return formArray
	case strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "b'") || strings.HasPrefix(t, "b\"") || strings.HasPrefix(t, "'"):
		return formString
	}
	if f := strings.Fields(t); len(f) >= 1 {
		off := strings.TrimSuffix(f[0], ":")
		if len(off) >= 6 && isHexN(off) && strings.Trim(off, "0") == "" && (len(f) == 1 || strings.HasSuffix(f[0], ":") || len(f[1]) == 2) {
			return formOffset
		}
	}
	return formPlain
}

func isHexN(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if unhex(s[i]) < 0 {
			return false
		}
	}
	return true
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// plainLine reads hex digits in pairs; spaces, tabs, colons, commas, dashes
// and 0x prefixes separate them. col0 is the column of line[0].
func (p *hexParser) plainLine(line string, col0 int) error {
	i := 0
	for i < len(line) {
		c := line[i]
		switch {
		case c == ' ' || c == '\t' || c == ':' || c == ',' || c == '-' || c == ';' || c == '\r':
			i++
			continue
		case c == '0' && i+1 < len(line) && (line[i+1] == 'x' || line[i+1] == 'X'):
			i += 2
			continue
		}
		j := i
		for j < len(line) && unhex(line[j]) >= 0 {
			j++
		}
		if j == i {
			return p.errorf(col0+i+1, "unexpected %q in hex data", rune(c))
		}
		run := line[i:j]
		if j < len(line) && !strings.ContainsRune(" \t:,-;\r", rune(line[j])) {
			return p.errorf(col0+j+1, "unexpected %q in hex data", rune(line[j]))
		}
		if len(run)%2 != 0 {
			if len(run) == 1 && (j == len(line) || line[j] == ' ' || line[j] == ',' || line[j] == ':') {
				// a single digit byte such as 0x0 or "5" in "0x5,"
				p.buf = append(p.buf, byte(unhex(run[0])))
				i = j
				continue
			}
			return p.errorf(col0+i+1, "odd number of hex digits in %q", run)
		}
		for k := 0; k < len(run); k += 2 {
			p.buf = append(p.buf, byte(unhex(run[k])<<4|unhex(run[k+1])))
		}
		i = j
	}
	return nil
}

// straceLine reads " | 00000  20 00 00 ...  ascii |".
func (p *hexParser) straceLine(line string) error {
	k := strings.IndexByte(line, '|')
	if k < 0 {
		return p.errorf(1, "expected strace dump line \" | OFFSET  BYTES  TEXT |\"")
	}
	rest := line[k+1:]
	t := strings.TrimLeft(rest, " ")
	col := k + 1 + len(rest) - len(t)
	if len(t) < 5 || !isHexN(t[:5]) {
		return p.errorf(col+1, "expected a 5-digit offset")
	}
	off, _ := strconv.ParseUint(t[:5], 16, 32)
	if int(off) != len(p.buf) {
		return p.errorf(col+1, "offset %s does not follow the %d bytes before it", t[:5], len(p.buf))
	}
	area := t[5:]
	col += 5
	// the bytes take 16 three-column cells with an extra space in the middle
	if len(area) > 51 {
		area = area[:51]
	}
	for i := 0; i+1 < len(area); {
		if area[i] == ' ' {
			i++
			continue
		}
		if unhex(area[i]) < 0 || unhex(area[i+1]) < 0 {
			break // the text column
		}
		if i+2 < len(area) && area[i+2] != ' ' {
			break
		}
		p.buf = append(p.buf, byte(unhex(area[i])<<4|unhex(area[i+1])))
		i += 2
	}
	_ = col
	return nil
}

// offsetLine reads xxd, hexdump -C and od -Ax -tx1 lines: an offset, the
// bytes, maybe a text column.
func (p *hexParser) offsetLine(line string) error {
	t := strings.TrimRight(line, " \r")
	if strings.TrimSpace(t) == "*" {
		p.repeat = true
		return nil
	}
	lead := len(t) - len(strings.TrimLeft(t, " "))
	t = t[lead:]
	sp := strings.IndexAny(t, " \t")
	offTok := t
	if sp >= 0 {
		offTok = t[:sp]
	}
	xxd := strings.HasSuffix(offTok, ":")
	offTok = strings.TrimSuffix(offTok, ":")
	off, err := strconv.ParseUint(offTok, 16, 64)
	if err != nil || !isHexN(offTok) {
		return p.errorf(lead+1, "expected an offset, got %q", offTok)
	}
	if p.repeat {
		// "*": the previous line repeats up to this offset
		if len(p.lastLine) == 0 {
			return p.errorf(lead+1, "\"*\" with no line before it")
		}
		for uint64(len(p.buf)) < off {
			n := min(len(p.lastLine), int(off)-len(p.buf))
			p.buf = append(p.buf, p.lastLine[:n]...)
		}
		p.repeat = false
	}
	if off != uint64(len(p.buf)) {
		return p.errorf(lead+1, "offset %s does not follow the %d bytes before it", offTok, len(p.buf))
	}
	if sp < 0 {
		return nil // the final line of hexdump and od: the length
	}
	body := t[sp:]
	col := lead + sp
	if k := strings.IndexByte(body, '|'); k >= 0 && !xxd {
		body = body[:k] // hexdump -C text column
	}
	if xxd {
		// the text column follows two or more spaces
		trim := strings.TrimLeft(body, " ")
		col += len(body) - len(trim)
		body = trim
		if k := strings.Index(body, "  "); k >= 0 {
			body = body[:k]
		}
	}
	before := len(p.buf)
	if err := p.plainLine(body, col); err != nil {
		return err
	}
	p.lastLine = append(p.lastLine[:0], p.buf[before:]...)
	return nil
}

// stringLine reads C, Go or Python string literals: "\x20\x00", b'...'.
func (p *hexParser) stringLine(line string) error {
	i := 0
	for i < len(line) {
		c := line[i]
		if c == 'b' && i+1 < len(line) && (line[i+1] == '\'' || line[i+1] == '"') {
			i++
			continue
		}
		if c != '"' && c != '\'' {
			if c == ' ' || c == '\t' || c == '+' || c == ',' || c == '\\' || c == ';' || c == '(' || c == ')' || c == '\r' {
				i++
				continue
			}
			return p.errorf(i+1, "unexpected %q outside a string literal", rune(c))
		}
		q := c
		i++
		for {
			if i >= len(line) {
				return p.errorf(i+1, "string literal not closed")
			}
			c := line[i]
			if c == q {
				i++
				break
			}
			if c != '\\' {
				p.buf = append(p.buf, c)
				i++
				continue
			}
			if i+1 >= len(line) {
				return p.errorf(i+1, "escape at the end of the line")
			}
			e := line[i+1]
			switch e {
			case 'x':
				j := i + 2
				for j < len(line) && j < i+4 && unhex(line[j]) >= 0 {
					j++
				}
				if j == i+2 {
					return p.errorf(i+1, "\\x without hex digits")
				}
				v := 0
				for _, d := range line[i+2 : j] {
					v = v<<4 | unhex(byte(d))
				}
				p.buf = append(p.buf, byte(v))
				i = j
			case '0', '1', '2', '3', '4', '5', '6', '7':
				j := i + 1
				v := 0
				for j < len(line) && j < i+4 && line[j] >= '0' && line[j] <= '7' {
					v = v<<3 | int(line[j]-'0')
					j++
				}
				if v > 255 {
					return p.errorf(i+1, "octal escape out of range")
				}
				p.buf = append(p.buf, byte(v))
				i = j
			default:
				m := map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': 7, 'b': 8, 'e': 27, '\\': '\\', '"': '"', '\'': '\''}
				v, ok := m[e]
				if !ok {
					return p.errorf(i+1, "unknown escape \\%c", e)
				}
				p.buf = append(p.buf, v)
				i += 2
			}
		}
		// strace's "..." after a string that was cut
		if strings.HasPrefix(line[i:], "...") {
			i += 3
		}
	}
	return nil
}

// arrayLine reads Go and C array literals: []byte{0x20, 0x00, 32, ...}.
func (p *hexParser) arrayLine(line string) error {
	i := 0
	if !p.inArray {
		k := strings.IndexByte(line, '{')
		if k < 0 {
			return p.errorf(1, "expected { to open the array")
		}
		p.inArray = true
		i = k + 1
	}
	for i < len(line) {
		c := line[i]
		switch {
		case c == '}':
			p.inArray = false
			rest := strings.TrimSpace(line[i+1:])
			rest = strings.TrimLeft(rest, ",;)")
			if strings.TrimSpace(rest) != "" {
				return p.errorf(i+2, "unexpected text after the array")
			}
			return nil
		case c == ' ' || c == '\t' || c == ',' || c == '\r':
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			base := 10
			if c == '0' && i+1 < len(line) && (line[i+1] == 'x' || line[i+1] == 'X') {
				base = 16
				j = i + 2
			}
			k := j
			for k < len(line) && (unhex(line[k]) >= 0 && (base == 16 || line[k] <= '9')) {
				k++
			}
			v, err := strconv.ParseUint(line[j:k], base, 8)
			if err != nil {
				return p.errorf(i+1, "bad byte %q", line[i:k])
			}
			p.buf = append(p.buf, byte(v))
			i = k
		default:
			return p.errorf(i+1, "unexpected %q in array literal", rune(c))
		}
	}
	return nil
}
