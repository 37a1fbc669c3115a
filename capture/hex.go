package capture

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// MaxBuffer is the largest buffer nldump reads from any input (hex dump,
// raw file, capture record): netlink buffers are at most a few MiB, so a
// larger one is a damaged or hostile file, refused with a message rather
// than read into memory.
const MaxBuffer = MaxPacket

// maxHexLine is the longest line of a hex dump: a buffer of MaxBuffer
// bytes written as "\x20" literals on one line.
const maxHexLine = 4*MaxBuffer + 64<<10

// HexBuffer is one buffer of a hex dump: the bytes of one datagram.
type HexBuffer struct {
	Data []byte
	Line int // the line the buffer starts on
	// Proto is the protocol named by a "# proto: NAME" comment before the
	// buffer, or by strace's -yy decoration of the socket
	// (3<NETLINK:[GENERIC:42]>), or "".
	Proto string
	// Syscall is the system call of strace output the buffer's dump
	// followed (sendmsg, recvmsg, ...), or "".
	Syscall string
	// Dir is the direction the system call tells: DirToKernel for the
	// send and write calls, DirFromKernel for receive and read calls,
	// DirUnknown for other sources.
	Dir Direction
	// Time is when the call returned, from strace -ttt; zero when
	// unknown (-t and -tt give no date).
	Time time.Time
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

// ReadHex reads every buffer of a hex dump (see HexScanner for the forms).
// It holds them all; HexScanner reads one at a time.
func ReadHex(r io.Reader, name string) ([]HexBuffer, error) {
	var out []HexBuffer
	err := ScanHex(r, name, func(b HexBuffer) error {
		out = append(out, b)
		return nil
	})
	return out, err
}

// ScanHex reads a hex dump like HexScanner and calls fn for each buffer
// as soon as it ends. It stops at the first error, from the dump or from
// fn.
func ScanHex(r io.Reader, name string, fn func(HexBuffer) error) error {
	s := NewHexScanner(r, name)
	for {
		b, err := s.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(b); err != nil {
			return err
		}
	}
}

// HexScanner reads buffers from a hex dump, one at a time, in any of the
// forms people paste: plain hex (with or without spaces, colons, commas
// or 0x), xxd (also xxd -e, told from its text column), hexdump -C,
// od -Ax -tx1, strace's " | 00000  20 00 ..." lines amid the rest of its
// output, C, Go or Python string literals ("\x20\x00...", b'...'), Go and
// C array literals ({0x20, 0x00, ...}, xxd -i), decimal lists as Go's
// fmt.Println, Rust's {:?} and Python's list() print them ([32 0 0 ...],
// [32, 0, 0, ...]), Wireshark's hex stream. "#" and "//" start comments;
// a blank line ends a buffer. Memory is bounded by the largest buffer:
// one larger than MaxBuffer is an error.
type HexScanner struct {
	sc   *bufio.Scanner
	p    hexParser
	done bool
	err  error
}

// NewHexScanner reads from r; name is used in error messages.
func NewHexScanner(r io.Reader, name string) *HexScanner {
	s := &HexScanner{sc: bufio.NewScanner(r)}
	s.sc.Buffer(make([]byte, 64*1024), maxHexLine)
	s.p.name = name
	s.p.fn = func(b HexBuffer) error {
		s.p.ready = append(s.p.ready, b)
		return nil
	}
	return s
}

// Next returns the next buffer, or io.EOF after the last. Where the dump
// cannot be read it returns a *HexError; the next call goes on after the
// damaged buffer (at the next blank line or strace line). An error of the
// reader itself, or a line longer than any buffer, ends the scan: Next
// returns it again.
func (s *HexScanner) Next() (HexBuffer, error) {
	for {
		if len(s.p.ready) > 0 {
			b := s.p.ready[0]
			s.p.ready = s.p.ready[1:]
			if len(s.p.ready) == 0 {
				s.p.ready = s.p.ready[:0:0]
			}
			return b, nil
		}
		if s.err != nil {
			return HexBuffer{}, s.err
		}
		if s.done {
			return HexBuffer{}, io.EOF
		}
		if !s.sc.Scan() {
			s.done = true
			if err := s.sc.Err(); err != nil {
				if err == bufio.ErrTooLong {
					s.p.line++
					s.err = s.p.errorf(1, "line longer than %d bytes", maxHexLine)
				} else {
					s.err = fmt.Errorf("%s: %w", s.p.name, err)
				}
				continue
			}
			if err := s.p.flush(); err != nil {
				s.p.reset()
				return HexBuffer{}, err
			}
			continue
		}
		s.p.line++
		if err := s.p.feed(s.sc.Text()); err != nil {
			s.p.reset()
			s.p.resync = true
			return HexBuffer{}, err
		}
	}
}

// The regular expressions of strace logs and xxd -i, compiled when first
// used: most runs of nldump read neither, and compiling them all at
// start took 3% of a run that prints nldump's version.
var (
	// strace's lines other than dump lines: a system call (maybe
	// unfinished), its resumption, a signal, an exit, strace's own
	// messages; after -f's "[pid N]" or -o's "N " and -t/-tt/-ttt/-r
	// timestamps.
	straceRE = lazyRE(`^\s*(\[pid\s+(\d+)\]\s+|(\d+)\s+)?(\d\d:\d\d:\d\d(\.\d+)?\s+|\d+\.\d+\s+)?` +
		`(<\.\.\. ([a-zA-Z_0-9]+) resumed>|([a-zA-Z_0-9]+|\?\?\?)\(|--- |\+\+\+ |strace: )`)
	// a call line ends with its result, or says it is unfinished
	callRE = lazyRE(`\)\s+= |<unfinished \.\.\.>\s*$|^\s*(\S+\s+)*(---|\+\+\+|strace:) `)
	ivecRE = lazyRE(`^\s*\* (\d+) bytes in buffer (\d+)\s*$`)
	// the -y/-yy decoration of the first argument: 3<NETLINK:[ROUTE:42]>
	fdDecorRE = lazyRE(`^(\d+)<([^>]*)>`)
	// xxd -i's length line after the array
	xxdLenRE = lazyRE(`^\s*(unsigned\s+)?(int|long|size_t|unsigned)\s+[A-Za-z_0-9]+\s*=\s*(\d+)\s*;\s*$`)
)

func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

type hexForm uint8

const (
	formNone   hexForm = iota
	formPlain          // 20 00 00 00 / 20000000 / 20:00 / 0x20 0x00
	formOffset         // hexdump -C, od -Ax -tx1, xxd: an offset, then bytes
	formStrace         // " | 00000  20 00 ...  ascii |"
	formString         // "\x20\x00..."
	formArray          // {0x20, 0x00, ...}
	formList           // [32 0 0 0] or [32, 0, 0, 0]
)

type hexParser struct {
	name    string
	fn      func(HexBuffer) error
	ready   []HexBuffer
	line    int
	buf     []byte
	start   int
	form    hexForm
	inArray bool
	closed  bool // an array or list literal was closed
	listHex bool // the list's numbers are hex (Rust's {:x?})
	proto   string
	pending string // proto for the next buffer
	// strace output: the call the next dump belongs to
	call     straceCall
	unfin    map[string]straceCall // unfinished calls by pid
	skip     bool                  // the dump is of a descriptor that is not netlink
	ivecBase int                   // strace's offsets restart at each iovec
	// offset dumps
	lastLine []byte // bytes of the previous offset line, for "*"
	repeat   bool
	octal    bool // od's default offsets
	groups   groupOrder
	resync   bool // after an error: skip to the next buffer
	// sawStrace: the input is strace output, where lines other than
	// strace's are the traced program's
	sawStrace bool
}

// reset drops the buffer being read.
func (p *hexParser) reset() {
	p.buf = nil
	p.form = formNone
	p.inArray = false
	p.closed = false
	p.lastLine = nil
	p.repeat = false
	p.octal = false
	p.proto = ""
	p.ivecBase = 0
	p.groups = groupOrder{}
}

type straceCall struct {
	name  string
	proto string
	dir   Direction
	skip  bool
	time  time.Time
}

func (p *hexParser) errorf(col int, format string, args ...any) error {
	return &HexError{File: p.name, Line: p.line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// grow checks that n more bytes keep the buffer within MaxBuffer.
func (p *hexParser) grow(n int) error {
	if len(p.buf)+n > MaxBuffer {
		return p.errorf(1, "buffer larger than %d bytes (netlink buffers are at most a few MiB): damaged input?", MaxBuffer)
	}
	return nil
}

func (p *hexParser) flush() error {
	if p.inArray {
		return p.errorf(1, "array literal not closed with %s", closerOf(p.form))
	}
	if p.form == formNone && len(p.buf) == 0 {
		return nil
	}
	if p.form == formOffset {
		if err := p.groups.finish(p); err != nil {
			return err
		}
	}
	b := HexBuffer{Data: p.buf, Line: p.start, Proto: p.proto}
	if p.form == formStrace {
		b.Syscall, b.Dir, b.Time = p.call.name, p.call.dir, p.call.time
		if b.Proto == "" {
			b.Proto = p.call.proto
		}
	}
	skip := p.form == formStrace && p.skip
	p.reset()
	if len(b.Data) == 0 || skip {
		return nil
	}
	return p.fn(b)
}

func closerOf(f hexForm) string {
	if f == formList {
		return "]"
	}
	return "}"
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
	if p.resync {
		if strings.TrimSpace(raw) != "" && !(maybeStrace(raw) && (straceRE().MatchString(raw) && callRE().MatchString(raw) || ivecRE().MatchString(raw))) {
			return nil
		}
		p.resync = false
	}
	if !p.inArray && maybeStrace(raw) {
		if m := straceRE().FindStringSubmatch(raw); m != nil && (m[8] == "" || callRE().MatchString(raw)) {
			// a line of strace output around its dump lines: the
			// next buffer starts after it
			if err := p.flush(); err != nil {
				return err
			}
			p.straceLine(raw, m)
			return nil
		}
		if m := ivecRE().FindStringSubmatch(raw); m != nil {
			// " * 20 bytes in buffer 1": the iovecs of one sendmsg or
			// recvmsg make one datagram; each one's dump starts at 0
			if m[2] == "0" || p.form != formStrace {
				if err := p.flush(); err != nil {
					return err
				}
			}
			p.ivecBase = len(p.buf)
			return nil
		}
	}
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
	if p.sawStrace && (p.form == formNone || p.form == formStrace) && !strings.HasPrefix(strings.TrimSpace(line), "|") {
		// the traced program's own output, amid strace's on a
		// terminal: not a dump line, so no buffer
		return p.flush()
	}
	if p.form == formNone {
		p.start = p.line
		p.proto = p.pending
		p.pending = ""
		p.form = detect(line)
	} else if p.form != formStrace && isStraceDump(line) {
		// strace dump lines right after other text: a new buffer
		if err := p.flush(); err != nil {
			return err
		}
		return p.feed(raw)
	}
	switch p.form {
	case formStrace:
		return p.straceDump(line)
	case formString:
		return p.stringLine(line)
	case formArray, formList:
		return p.arrayLine(line)
	case formOffset:
		return p.offsetLine(line)
	default:
		return p.plainLine(line, 0)
	}
}

// maybeStrace is a quick test that a line may be one of strace's own
// (straceRE, ivecRE), before the regular expressions look.
func maybeStrace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '*', '<':
			return true
		case '-', '+':
			if i+3 < len(s) && s[i+1] == s[i] && s[i+2] == s[i] && s[i+3] == ' ' {
				return true
			}
		case ':':
			if strings.HasSuffix(s[:i], "strace") {
				return true
			}
		}
	}
	return false
}

// straceLine remembers what a line of strace output says of the dump
// that may follow it: the call, the direction, the protocol of the
// socket (-yy), and whether the descriptor is not a netlink socket (-y).
func (p *hexParser) straceLine(raw string, m []string) {
	pid := m[2] + m[3]
	name := m[8]
	resumed := m[7] != ""
	if resumed {
		name = m[7]
	}
	c := straceCall{name: name}
	if ts := strings.TrimSpace(m[4]); ts != "" && !strings.Contains(ts, ":") {
		// -ttt: seconds since the epoch, and microseconds
		sec, frac, _ := strings.Cut(ts, ".")
		if s, err := strconv.ParseInt(sec, 10, 64); err == nil && s > 1e8 && len(frac) <= 9 {
			ns, _ := strconv.Atoi((frac + "000000000")[:9])
			c.time = time.Unix(s, int64(ns))
		}
	}
	switch {
	case strings.HasPrefix(name, "send"), strings.HasPrefix(name, "write"), strings.HasPrefix(name, "pwrite"):
		c.dir = DirToKernel
	case strings.HasPrefix(name, "recv"), strings.HasPrefix(name, "read"), strings.HasPrefix(name, "pread"):
		c.dir = DirFromKernel
	}
	if !resumed && name != "" {
		args := raw[strings.Index(raw, name+"(")+len(name)+1:]
		if d := fdDecorRE().FindStringSubmatch(args); d != nil {
			dec := d[2]
			switch {
			case strings.HasPrefix(dec, "NETLINK:["):
				if k := strings.IndexAny(dec[9:], ":]"); k > 0 {
					c.proto = "NETLINK_" + dec[9:9+k]
				}
			case strings.HasPrefix(dec, "socket:["), strings.HasPrefix(dec, "NETLINK"):
			default:
				c.skip = true // a file, a pipe, a TCP socket, ...
			}
		}
		if strings.HasSuffix(strings.TrimSpace(raw), "<unfinished ...>") {
			if p.unfin == nil {
				p.unfin = map[string]straceCall{}
			}
			if len(p.unfin) > 4096 {
				clear(p.unfin)
			}
			p.unfin[pid] = c
		}
	} else if resumed {
		if u, ok := p.unfin[pid]; ok && u.name == name {
			c.proto, c.skip = u.proto, u.skip
			delete(p.unfin, pid)
		}
	}
	p.call = c
	p.skip = c.skip
	p.sawStrace = true
}

func isStraceDump(line string) bool {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "|") {
		return false
	}
	t = strings.TrimLeft(t[1:], " ")
	return len(t) > 7 && isHexN(t[:5]) && t[5] == ' ' && t[6] == ' '
}

func detect(line string) hexForm {
	t := strings.TrimSpace(line)
	switch {
	case isStraceDump(t):
		return formStrace
	case strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "b'") || strings.HasPrefix(t, "b\"") || strings.HasPrefix(t, "'") ||
		strings.HasPrefix(t, "bytearray(b") || strings.HasPrefix(t, "bytes(b"):
		return formString
	case isOffsetStart(t):
		// before the literals: a text column may hold { or [
		return formOffset
	case strings.ContainsAny(t, "{}") || strings.HasPrefix(t, "[]byte"):
		return formArray
	case strings.HasPrefix(t, "["):
		return formList
	}
	return formPlain
}

// isOffsetStart reports whether a line opens an offset dump: od, hexdump
// and xxd start at offset 0 written in 6 to 8 digits, then bytes (a
// longer run of zeros is data: tc's all-zero tcmsg is 40 of them).
func isOffsetStart(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 {
		return false
	}
	off := strings.TrimSuffix(f[0], ":")
	return len(off) >= 6 && len(off) <= 8 && isHexN(off) && strings.Trim(off, "0") == "" &&
		(strings.HasSuffix(f[0], ":") || ((len(f[1]) == 2 || len(f[1]) == 4) && isHexN(f[1])))
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
			if c == '[' || c == ']' {
				return p.errorf(col0+i+1, "unexpected %q in hex data (a list of decimal bytes starts a buffer: put a blank line before it)", rune(c))
			}
			return p.errorf(col0+i+1, "unexpected %q in hex data", rune(c))
		}
		run := line[i:j]
		if j < len(line) && !strings.ContainsRune(" \t:,-;\r", rune(line[j])) {
			return p.errorf(col0+j+1, "unexpected %q in hex data", rune(line[j]))
		}
		if err := p.grow((len(run) + 1) / 2); err != nil {
			return err
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

// straceDump reads " | 00000  20 00 00 ...  ascii |".
func (p *hexParser) straceDump(line string) error {
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
	if int(off) != len(p.buf)-p.ivecBase {
		return p.errorf(col+1, "offset %s does not follow the %d bytes before it", t[:5], len(p.buf)-p.ivecBase)
	}
	area := t[5:]
	// the bytes take 16 three-column cells with an extra space in the middle
	if len(area) > 51 {
		area = area[:51]
	}
	if err := p.grow(16); err != nil {
		return err
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
	return nil
}

// offsetLine reads xxd, hexdump -C and od -tx1 lines: an offset, the
// bytes, maybe a text column.
func (p *hexParser) offsetLine(line string) error {
	t := strings.TrimRight(line, " \r")
	if strings.TrimSpace(t) == "*" {
		if len(p.lastLine) == 0 {
			return p.errorf(1, "\"*\" with no line of bytes before it")
		}
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
	if !isHexN(offTok) || len(offTok) > 16 {
		return p.errorf(lead+1, "expected an offset, got %q", offTok)
	}
	if len(p.buf) == 0 && !p.repeat {
		// od without -Ax writes its offsets in octal, in 7 digits
		// (od -Ax: 6 hex digits, hexdump -C: 8, xxd: 8 and a colon)
		p.octal = len(offTok) == 7 && !xxd
	}
	base := 16
	if p.octal {
		base = 8
	}
	off, err := strconv.ParseUint(offTok, base, 64)
	if err != nil && base == 8 {
		p.octal, base = false, 16
		off, err = strconv.ParseUint(offTok, base, 64)
	}
	if err != nil {
		return p.errorf(lead+1, "expected an offset, got %q", offTok)
	}
	if off != uint64(len(p.buf)) && !xxd && !p.repeat && len(p.buf) > 0 {
		// the other base, when it fits
		other := 24 - base
		if o, err := strconv.ParseUint(offTok, other, 64); err == nil && o == uint64(len(p.buf)) {
			p.octal, off = other == 8, o
		}
	}
	if p.repeat {
		// "*": the previous line repeats up to this offset
		p.repeat = false
		if off < uint64(len(p.buf)) {
			return p.errorf(lead+1, "offset %s after \"*\" is before the %d bytes already read", offTok, len(p.buf))
		}
		if off > MaxBuffer {
			return p.errorf(lead+1, "offset %s after \"*\" makes a buffer larger than %d bytes (netlink buffers are at most a few MiB): damaged input?", offTok, MaxBuffer)
		}
		p.groups.repeat(len(p.buf), int(off)-len(p.buf), len(p.lastLine))
		for uint64(len(p.buf)) < off {
			n := min(len(p.lastLine), int(off)-len(p.buf))
			p.buf = append(p.buf, p.lastLine[:n]...)
		}
	}
	if off != uint64(len(p.buf)) {
		return p.errorf(lead+1, "offset %s does not follow the %d bytes before it", offTok, len(p.buf))
	}
	if sp < 0 {
		return nil // the final line of hexdump and od: the length
	}
	body := t[sp:]
	col := lead + sp
	text := ""
	if k := strings.IndexByte(body, '|'); k >= 0 && !xxd {
		body = body[:k] // hexdump -C text column
	}
	if xxd {
		// xxd writes one space after the colon; xxd -e right-aligns
		// the bytes of a short last group, so more spaces mean -e
		trim := strings.TrimLeft(body, " ")
		if len(body)-len(trim) > 1 && trim != "" && unhex(trim[0]) >= 0 {
			p.groups.rightAligned = true
		}
		col += len(body) - len(trim)
		body = trim
		// the text column follows two or more spaces
		if k := strings.Index(body, "  "); k >= 0 {
			text = strings.TrimLeft(body[k:], " ")
			body = body[:k]
		}
	}
	before := len(p.buf)
	if err := p.groups.line(p, body, col, xxd); err != nil {
		return err
	}
	if err := p.plainLine(body, col); err != nil {
		return err
	}
	if xxd && text != "" {
		p.groups.vote(p.buf[before:], text)
	}
	p.lastLine = append(p.lastLine[:0], p.buf[before:]...)
	return nil
}

// groupOrder tells the byte order of an offset dump whose bytes come in
// groups wider than one byte: xxd groups bytes in their order (2 by
// default, -g N), xxd -e in little-endian words. The text column of
// xxd, in memory order, tells the two apart; hexdump's and od's words
// (no text column) are refused.
type groupOrder struct {
	width        int // hex digits per group; 0 before the first line
	le, be       int // text columns that agree only with that order
	rightAligned bool
	lines        []int // start, length and line length of runs of lines
}

func (g *groupOrder) line(p *hexParser, body string, col int, xxd bool) error {
	w, n := 0, 0
	for i := 0; i < len(body); {
		j := i
		for j < len(body) && body[j] != ' ' && body[j] != '\t' {
			j++
		}
		w = max(w, j-i)
		n += (j - i) / 2
		i = j + 1
	}
	if w <= 2 && g.width == 0 {
		return nil
	}
	if !xxd {
		return p.errorf(col+1, "groups of %d hex digits: hexdump and od print words in the byte order of the machine that wrote them; use hexdump -C, od -Ax -tx1 or xxd -p", w)
	}
	if w%2 != 0 {
		return p.errorf(col+1, "groups of %d hex digits", w)
	}
	if g.width == 0 {
		g.width = w
	} else if w > g.width {
		return p.errorf(col+1, "groups of %d hex digits after groups of %d", w, g.width)
	}
	g.lines = append(g.lines, len(p.buf), n, n)
	return nil
}

// repeat records the lines a "*" repeats: n bytes from at, in lines of
// lineLen.
func (g *groupOrder) repeat(at, n, lineLen int) {
	if g.width > 2 && n > 0 {
		g.lines = append(g.lines, at, n, lineLen)
	}
}

// vote compares the bytes of a line, read in group order, with the text
// column.
func (g *groupOrder) vote(b []byte, text string) {
	if g.width <= 2 || len(text) < len(b) {
		return
	}
	w := g.width / 2
	beOK, leOK := true, true
	for i := range b {
		// the byte at i in little-endian reading
		gs := i - i%w
		ge := min(gs+w, len(b))
		j := ge - 1 - (i - gs)
		if !textMatches(b[i], text[i]) {
			beOK = false
		}
		if !textMatches(b[j], text[i]) {
			leOK = false
		}
	}
	switch {
	case beOK && !leOK:
		g.be++
	case leOK && !beOK:
		g.le++
	}
}

func textMatches(b, c byte) bool {
	if b >= 0x20 && b < 0x7f {
		return b == c
	}
	return c == '.'
}

// finish swaps the groups of a little-endian dump into memory order, or
// refuses a dump whose order cannot be told.
func (g *groupOrder) finish(p *hexParser) error {
	if g.width <= 2 {
		return nil
	}
	le := g.rightAligned || g.le > 0
	if le && g.be > 0 {
		return &HexError{File: p.name, Line: p.start, Col: 1, Msg: "xxd dump whose text column agrees with neither byte order of its groups"}
	}
	if !le {
		if g.be > 0 || g.width == 4 {
			// xxd's own order (its default groups of two bytes when
			// the text tells nothing)
			return nil
		}
		return &HexError{File: p.name, Line: p.start, Col: 1,
			Msg: fmt.Sprintf("groups of %d bytes: cannot tell xxd -e (little-endian) from xxd -g%d by this dump's text; use xxd -p or xxd -g1", g.width/2, g.width/2)}
	}
	w := g.width / 2
	for i := 0; i+2 < len(g.lines); i += 3 {
		s, n, ll := g.lines[i], g.lines[i+1], g.lines[i+2]
		if s+n > len(p.buf) || ll <= 0 {
			break
		}
		for ls := s; ls < s+n; ls += ll {
			le := min(ls+ll, s+n)
			for gs := ls; gs < le; gs += w {
				grp := p.buf[gs:min(gs+w, le)]
				for a, b := 0, len(grp)-1; a < b; a, b = a+1, b-1 {
					grp[a], grp[b] = grp[b], grp[a]
				}
			}
		}
	}
	return nil
}

// stringLine reads C, Go or Python string literals: "\x20\x00", b'...'.
func (p *hexParser) stringLine(line string) error {
	if err := p.grow(len(line)); err != nil {
		return err
	}
	i := 0
	// Python's bytearray(b'...') and bytes(b'...')
	if t := strings.TrimLeft(line, " \t"); strings.HasPrefix(t, "bytearray(") || strings.HasPrefix(t, "bytes(") {
		i = len(line) - len(t) + strings.IndexByte(t, '(')
	}
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
				v, ok := escapes[e]
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

// hexList reports whether the elements of a list are hex bytes without
// 0x: one has a letter digit, or two digits the first of which is 0.
func hexList(s string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ']' || r == '\t' }) {
		if strings.HasPrefix(f, "0x") || strings.HasPrefix(f, "0X") {
			return false
		}
		if !isHexN(f) {
			continue
		}
		if strings.ContainsAny(f, "abcdefABCDEF") || len(f) == 2 && f[0] == '0' {
			return true
		}
	}
	return false
}

var escapes = map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': 7, 'b': 8, 'e': 27, '\\': '\\', '"': '"', '\'': '\''}

// arrayLine reads Go and C array literals ([]byte{0x20, 0x00, 32, ...},
// xxd -i) and lists of numbers ([32 0 0 0], [32, 0, 0, 0]).
func (p *hexParser) arrayLine(line string) error {
	open, shut := byte('{'), byte('}')
	if p.form == formList {
		open, shut = '[', ']'
	}
	i := 0
	if !p.inArray {
		if p.closed {
			if m := xxdLenRE().FindStringSubmatch(line); m != nil {
				// xxd -i: "unsigned int name_len = 32;"
				if n, err := strconv.Atoi(m[3]); err != nil || n != len(p.buf) {
					return p.errorf(1, "the array holds %d bytes, its length line says %s", len(p.buf), m[3])
				}
				return nil
			}
			if strings.IndexByte(line, open) >= 0 {
				// the next literal: the next buffer
				if err := p.flush(); err != nil {
					return err
				}
				return p.feed(line)
			}
			return p.errorf(1, "unexpected text after the array")
		}
		k := strings.IndexByte(line, open)
		if k < 0 {
			return p.errorf(1, "expected %c to open the array", open)
		}
		p.inArray = true
		i = k + 1
		// Rust's {:x?} and {:02x?} print hex without 0x: a list is
		// hex when an element on its first line has a letter or a
		// leading zero
		p.listHex = p.form == formList && hexList(line[i:])
	}
	if err := p.grow(len(line)/2 + 1); err != nil {
		return err
	}
	for i < len(line) {
		c := line[i]
		switch {
		case c == shut:
			p.inArray = false
			p.closed = true
			rest := strings.TrimSpace(line[i+1:])
			rest = strings.TrimLeft(rest, ",;)")
			if strings.TrimSpace(rest) != "" {
				return p.errorf(i+2, "unexpected text after the array")
			}
			return nil
		case c == ' ' || c == '\t' || c == ',' || c == '\r':
			i++
			continue
		case c >= '0' && c <= '9' || p.listHex && unhex(c) >= 0:
			j := i
			base := 10
			if p.listHex {
				base = 16
			}
			if c == '0' && i+1 < len(line) && (line[i+1] == 'x' || line[i+1] == 'X') {
				base = 16
				j = i + 2
			}
			k := j
			for k < len(line) && (unhex(line[k]) >= 0 && (base == 16 || line[k] <= '9')) {
				k++
			}
			// Rust's and C's suffixes: 32u8, 0x20u, 32_u8
			sfx := k
			for _, s := range []string{"_u8", "u8", "_i8", "i8", "U", "u"} {
				if strings.HasPrefix(line[k:], s) {
					sfx = k + len(s)
					break
				}
			}
			v, err := strconv.ParseUint(line[j:k], base, 8)
			if err != nil {
				return p.errorf(i+1, "bad byte %q", line[i:k])
			}
			p.buf = append(p.buf, byte(v))
			i = sfx
		default:
			return p.errorf(i+1, "unexpected %q in array literal", rune(c))
		}
	}
	return nil
}
