package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// outputOpts are the options every decoding command shares.
type outputOpts struct {
	format   string
	strlen   int
	xlat     string
	hex      int
	color    string
	names    string
	proto    string
	endian   string
	genl     stringsFlag
	newNames bool
	// check: --check, findings inline
	check bool
	// filters
	types    stringsFlag
	seqs     stringsFlag
	pids     stringsFlag
	dir      string
	devs     stringsFlag
	families stringsFlag
	comms    stringsFlag
	procs    stringsFlag
	// input is the --input-format of the commands that read files
	// (input.go); damaged counts the damaged buffers they skipped.
	input   string
	damaged int
}

type countFlag struct{ n *int }

func (c countFlag) String() string   { return "" }
func (c countFlag) IsBoolFlag() bool { return true }
func (c countFlag) Set(v string) error {
	if v == "true" {
		*c.n++
		return nil
	}
	n, err := strconv.Atoi(v)
	*c.n = n
	return err
}

// register adds every output option: the format, the decoding options
// and the filters.
func (o *outputOpts) register(fs *flag.FlagSet) {
	for _, n := range []string{"f", "format"} {
		fs.StringVar(&o.format, n, "strace", "output format: strace, tree, json, summary, hex, go")
	}
	o.registerDecoding(fs)
	o.registerFilters(fs)
	fs.BoolVar(&o.check, "check", false, "mark each request with nldump check's findings (summary and tree formats)")
}

// registerDecoding adds the options of the decoding and of the notation.
func (o *outputOpts) registerDecoding(fs *flag.FlagSet) {
	fs.IntVar(&o.strlen, "s", 0, "longest string, and most list elements, to print (0: no limit)")
	fs.StringVar(&o.xlat, "X", "abbrev", "constants as names (abbrev), numbers (raw) or both (verbose)")
	fs.Var(countFlag{&o.hex}, "x", "print non-ASCII strings in hex (-x -x: all strings)")
	fs.StringVar(&o.color, "color", "auto", "color: auto, always, never")
	fs.BoolVar(&o.newNames, "new-names", false, "in strace format, name the values strace 6.1 does not know (default: print them as strace does)")
	fs.StringVar(&o.names, "names", "learn", "interface names: learn (from RTM_NEWLINK in the input), host (also ask this host), none")
	for _, n := range []string{"p", "proto"} {
		fs.StringVar(&o.proto, n, "", "netlink protocol: route, generic, ... , NETLINK_ROUTE, or a number")
	}
	fs.StringVar(&o.endian, "endian", "host", "byte order of the messages: host, little, big, auto")
	fs.Var(&o.genl, "genl", "name a generic netlink family id: NAME=ID (repeatable)")
}

// registerFilters adds the filters (see nldump help filters).
func (o *outputOpts) registerFilters(fs *flag.FlagSet) {
	fs.Var(&o.types, "type", "only messages of these types: names, numbers, wildcards (RTM_*ROUTE)")
	fs.Var(&o.seqs, "seq", "only messages with this nlmsg_seq")
	fs.Var(&o.pids, "pid", "only messages with this nlmsg_pid (port id)")
	fs.StringVar(&o.dir, "dir", "", "only messages going this way: to-kernel, from-kernel, to-user")
	fs.Var(&o.devs, "dev", "only messages about this interface: a name or an index")
	fs.Var(&o.families, "family", "only generic netlink messages of this family: a name or an id")
	fs.Var(&o.comms, "comm", "only messages of processes of this command name (as /proc/PID/comm)")
	fs.Var(&o.procs, "process", "only messages of this process id (not nlmsg_pid: see --pid)")
}

// strFormat builds the strace notation options.
func (o *outputOpts) strFormat() (decode.Format, error) {
	f := decode.Format{StrLen: o.strlen, NewNames: o.newNames}
	switch o.xlat {
	case "abbrev", "":
	case "raw":
		f.Xlat = decode.XlatRaw
	case "verbose":
		f.Xlat = decode.XlatVerbose
	default:
		return f, fmt.Errorf("-X %s: want raw, abbrev or verbose", o.xlat)
	}
	switch {
	case o.hex == 1:
		f.Hex = decode.HexNonASCII
	case o.hex >= 2:
		f.Hex = decode.HexAll
	}
	if o.strlen < 0 {
		return f, fmt.Errorf("-s %d: must not be negative", o.strlen)
	}
	return f, nil
}

// protoNumber returns the protocol the options name (default dflt).
func (o *outputOpts) protoNumber(dflt decode.Proto) (decode.Proto, error) {
	if o.proto == "" {
		return dflt, nil
	}
	p, ok := decode.ParseProto(o.proto)
	if !ok {
		return 0, unknownProtoError(o.proto)
	}
	return p, nil
}

// newDecoder makes the decoder the options ask for.
func (o *outputOpts) newDecoder(proto decode.Proto) (*decode.Decoder, error) {
	opts := decode.Options{Proto: proto}
	switch o.names {
	case "learn", "":
	case "host":
		opts.HostNames = true
	case "none":
	default:
		return nil, fmt.Errorf("--names %s: want learn, host or none", o.names)
	}
	switch o.endian {
	case "host", "little", "auto", "":
	case "big":
		opts.BigEndian = true
	default:
		return nil, fmt.Errorf("--endian %s: want host, little, big or auto", o.endian)
	}
	d := decode.NewDecoder(opts)
	if o.names == "none" {
		d.DisableNames()
	}
	if opts.HostNames {
		// family ids as this host's kernel gives them (what strace does)
		capture.QueryGenlFamilies(d.SetGenlFamily)
	}
	if err := o.setGenl(d); err != nil {
		return nil, err
	}
	return d, nil
}

// setGenl gives d the family ids of --genl, which win over what the
// kernel says.
func (o *outputOpts) setGenl(d *decode.Decoder) error {
	for _, g := range o.genl {
		name, id, ok := strings.Cut(g, "=")
		n, err := strconv.ParseUint(id, 0, 16)
		if !ok || err != nil || name == "" {
			return fmt.Errorf("--genl %s: want NAME=ID, like --genl ethtool=20", g)
		}
		d.SetGenlFamily(uint16(n), name)
	}
	return nil
}

// printer writes decoded buffers in the chosen format. Every format
// prints the messages that pass the filters, one at a time.
type printer struct {
	sc     frameScratch
	w      *bufio.Writer
	format string
	f      decode.Format // strace, tree and summary text, colored when asked
	plain  decode.Format // the same, never colored: JSON, hex and go
	pal    *palette
	filt   *filter
	// perBuffer: one line per buffer (decode); otherwise a line per
	// message with time, protocol and direction first (capture, read,
	// trace).
	perBuffer bool
	// bufferLine (trace): in strace format, one line per buffer, the
	// prefix then the whole buffer as strace prints an iov_base, so the
	// line reads next to strace's. Other formats keep their layout.
	bufferLine bool
	line       []byte
	// printed counts the messages printed, after the filters; limit, when
	// not 0, is the most to print (-c).
	printed int
	limit   int
	// pair ties answers to requests (pair.go); nil for hex and go.
	pair *pairing
	// check marks requests with check's findings (--check).
	check bool
	err   error // the first write error of a frame
}

var formats = []string{"strace", "tree", "json", "summary", "hex", "go"}

func (o *outputOpts) newPrinter(w io.Writer, perBuffer bool) (*printer, error) {
	f, err := o.strFormat()
	if err != nil {
		return nil, err
	}
	if !contains(formats, o.format) {
		return nil, fmt.Errorf("unknown format %q (want strace, tree, json, summary, hex or go; see nldump help formats)", o.format)
	}
	pal, err := colorFor(o.color, w)
	if err != nil {
		return nil, err
	}
	proto := decode.ProtoAny
	if o.proto != "" {
		if proto, err = o.protoNumber(decode.ProtoRoute); err != nil {
			return nil, err
		}
	}
	filt, err := o.newFilter(proto)
	if err != nil {
		return nil, err
	}
	p := &printer{w: bufio.NewWriterSize(w, 64*1024), format: o.format, f: f, plain: f, filt: filt, perBuffer: perBuffer, check: o.check}
	if pal != nil {
		p.pal = pal
		p.f.Styler = pal
	}
	return p, nil
}

// frame prints one decoded buffer: the messages of it that pass the
// filters.
func (p *printer) frame(fr *capture.Frame, t *decode.Tree) error {
	p.err = nil
	if p.sc.spill == nil {
		p.sc.spill = p.spillPaired
	}
	p.pairFrame(fr, t, &p.sc)
	b, n := p.appendFrame(p.line[:0], &p.sc, fr, t)
	p.line = b
	p.printed += n
	if err := p.out(b, p.sc.slots, p.sc.settled); err != nil {
		return err
	}
	return p.err
}

// spillPaired writes the text so far of a large buffer, unless it has
// to wait: earlier frames are held, or a request of this one waits for
// its verdict (its slot's place is in the text).
func (p *printer) spillPaired(b []byte) []byte {
	if p.pair != nil && (len(p.pair.held) > 0 || len(p.sc.slots) > 0) {
		return b
	}
	return p.write(b)
}

// enablePairing ties answers to requests in the output (pair.go), with
// the decoder of the traffic; holdSilent waits for the outcome of
// requests that asked for no answer too (files).
func (p *printer) enablePairing(d *decode.Decoder, holdSilent bool) {
	if p.format != "hex" && p.format != "go" {
		p.pair = newPairing(d, holdSilent)
	}
}

// write writes b, keeping the first error in p.err, and returns b[:0].
func (p *printer) write(b []byte) []byte {
	if _, err := p.w.Write(b); err != nil && p.err == nil {
		p.err = err
	}
	return b[:0]
}

// frameScratch is the memory appendFrame reuses from frame to frame.
type frameScratch struct {
	msgs, sel []int
	// pairs is what each message of the frame is to the exchange, in
	// the order of the messages (pairFrame), settled the outcomes the
	// frame settled, slots where appendFrame left room for verdicts.
	pairs   []decode.Pairing
	settled []decode.Settled
	slots   []verdictSlot
	// num holds the 1-based number in its buffer of each message of sel
	num []int
	// spill, when set, takes the text so far of a large buffer, writes
	// it and returns the slice to go on with, so that the text of a
	// buffer of many messages is not held whole
	spill func([]byte) []byte
	// count is the number of messages in the frame's bytes, when counted
	// off the writer's path (counted)
	count   int
	counted bool
}

// spillAt is how much text a buffer may hold before it is spilled.
const spillAt = 1 << 20

// more is called after each message: it spills what is held when it is
// much.
func (sc *frameScratch) more(b []byte) []byte {
	if sc.spill != nil && len(b) >= spillAt {
		return sc.spill(b)
	}
	return b
}

// appendFrame appends the frame in the chosen format to b and returns it
// with the number of messages it printed. It changes nothing of p, so
// several goroutines can format frames at once, each with its scratch.
func (p *printer) appendFrame(b []byte, sc *frameScratch, fr *capture.Frame, t *decode.Tree) ([]byte, int) {
	sc.slots = sc.slots[:0]
	sc.msgs = t.AppendMessages(sc.msgs[:0])
	msgs := sc.msgs
	sel, num := sc.sel[:0], sc.num[:0]
	all := true
	if len(msgs) == 0 {
		// a buffer without netlink headers (uevent)
		if p.filt.match(fr, t, 0) {
			sel, num = append(sel, 0), append(num, 1)
		}
	} else {
		for k, m := range msgs {
			if p.filt.match(fr, t, m) {
				sel, num = append(sel, m), append(num, k+1)
			} else {
				all = false
			}
		}
	}
	if p.limit > 0 && len(sel) > p.limit-p.printed {
		sel, num = sel[:max(0, p.limit-p.printed)], num[:max(0, p.limit-p.printed)]
		all = false
	}
	sc.sel, sc.num = sel, num
	if len(sel) == 0 {
		return b, 0
	}
	switch p.format {
	case "strace":
		b = p.strace(b, sc, fr, t, sel, all, len(msgs) == 0)
		b = p.straceTrailers(b, sc)
	case "tree":
		b = p.tree(b, sc, fr, t, sel)
	case "json":
		b = p.json(b, sc, fr, t, sel, num)
	case "summary":
		b = p.summary(b, sc, fr, t, len(msgs), sel, num)
	case "hex", "go":
		b = p.bytes(b, sc, fr, t, sel, all)
	}
	return b, len(sel)
}

func (p *printer) strace(b []byte, sc *frameScratch, fr *capture.Frame, t *decode.Tree, sel []int, all, noHeaders bool) []byte {
	if (p.perBuffer || p.bufferLine) && all {
		if p.bufferLine {
			b = appendPrefix(b, fr)
		}
		b = t.AppendStraceAll(b, &p.f)
		b = appendResult(b, fr)
		return append(b, '\n')
	}
	for _, m := range sel {
		if !p.perBuffer {
			b = appendPrefix(b, fr)
		}
		if noHeaders {
			b = t.AppendStraceAll(b, &p.f)
		} else {
			b = t.AppendStrace(b, m, &p.f)
		}
		b = appendResult(b, fr)
		b = append(b, '\n')
		b = sc.more(b)
	}
	return b
}

// appendCallNotes writes what a traced call did besides moving the
// buffer to the kernel: " MSG_PEEK", " nl_pid=424242", the result.
func appendCallNotes(b []byte, fr *capture.Frame, sep string) []byte {
	if fr.Peek {
		b = append(b, sep...)
		b = append(b, "MSG_PEEK"...)
	}
	if d := fr.DestNote(); d != "" {
		b = append(b, sep...)
		b = append(b, d...)
	}
	return appendResult(b, fr)
}

// appendResult writes " = -1 ECONNREFUSED" after a traced buffer whose
// call did not simply move it whole.
func appendResult(b []byte, fr *capture.Frame) []byte {
	if r := fr.ResultNote(); r != "" {
		b = append(b, ' ')
		b = append(b, r...)
	}
	return b
}

// appendPrefix writes "TIME PROTO DIR " before a message.
func appendPrefix(b []byte, fr *capture.Frame) []byte {
	if !fr.Time.IsZero() {
		b = appendClock(b, fr.Time)
		b = append(b, ' ')
	}
	if fr.Pid != 0 {
		b = strconv.AppendInt(b, int64(fr.Pid), 10)
		b = append(b, ' ')
	}
	if fr.Syscall != "" {
		b = append(b, fr.Syscall...)
		b = append(b, ' ')
	}
	b = appendProcPrefix(b, fr)
	if fr.Proto >= 0 {
		b = append(b, decode.Proto(fr.Proto).String()...)
		b = append(b, ' ')
	}
	b = append(b, fr.Dir.String()...)
	if fr.Peek {
		b = append(b, " MSG_PEEK"...)
	}
	if d := fr.DestNote(); d != "" {
		b = append(b, ' ')
		b = append(b, d...)
	}
	return append(b, ' ')
}

// frameTitle appends "packet N, LEN bytes, PROTO, DIR, TIME, SOURCE".
func frameTitle(b []byte, fr *capture.Frame, t *decode.Tree, dir capture.Direction) []byte {
	b = append(b, "packet "...)
	b = strconv.AppendInt(b, int64(fr.Packet), 10)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(len(t.Buf)), 10)
	b = append(b, " bytes, "...)
	b = append(b, t.Proto.String()...)
	if dir != capture.DirUnknown {
		b = append(b, ", "...)
		b = append(b, dir.String()...)
	}
	if !fr.Time.IsZero() {
		b = append(b, ", "...)
		b = fr.Time.AppendFormat(b, "2006-01-02 15:04:05.000000000")
	}
	if fr.Pid != 0 {
		b = append(b, ", pid "...)
		b = strconv.AppendInt(b, int64(fr.Pid), 10)
	}
	if fr.Syscall != "" {
		b = append(b, ", "...)
		b = append(b, fr.Syscall...)
		b = appendCallNotes(b, fr, ", ")
	}
	b = appendProcTitle(b, fr)
	if fr.Source != "" {
		b = append(b, " ("...)
		b = fr.AppendSource(b)
		b = append(b, ')')
	}
	return b
}

func (p *printer) tree(b []byte, sc *frameScratch, fr *capture.Frame, t *decode.Tree, sel []int) []byte {
	b = p.pal.get(func(p *palette) paint { return p.header }).wrap(b, string(frameTitle(nil, fr, t, msgDir(fr, t, sel[0]))))
	b = append(b, '\n')
	var found []decode.Finding
	if p.check {
		found = checkFrame(fr, t)
	}
	for k, m := range sel {
		pr := sc.pairAt(sc.num[k] - 1)
		if p.check && isRequest(pr, fr, t, m) {
			b = markedTree(b, t, m, &p.f, p.pal, found, sc.num[k], "")
		} else {
			b = t.AppendTree(b, m, &p.f)
		}
		b = appendAnswerTree(b, t.Node(m).Offset(), pr)
		if p.holds(pr) {
			sc.slots = append(sc.slots, verdictSlot{len(b), pr.Request.ID})
		}
		b = sc.more(b)
	}
	return append(b, '\n')
}

// jsonTime is RFC 3339 with nanoseconds, all nine digits.
const jsonTime = "2006-01-02T15:04:05.000000000Z07:00"

// json prints the messages sel, num their 1-based numbers in the buffer.
func (p *printer) json(b []byte, sc *frameScratch, fr *capture.Frame, t *decode.Tree, sel, num []int) []byte {
	for k, m := range sel {
		pr := sc.pairAt(num[k] - 1)
		b = append(b, `{"packet":`...)
		b = strconv.AppendInt(b, int64(fr.Packet), 10)
		b = append(b, `,"message":`...)
		b = strconv.AppendInt(b, int64(num[k]), 10)
		if !fr.Time.IsZero() {
			b = append(b, `,"time":"`...)
			b = fr.Time.AppendFormat(b, jsonTime)
			b = append(b, '"')
		}
		b = append(b, `,"protocol":`...)
		b = decode.AppendJSONString(b, t.Proto.String())
		b = append(b, `,"direction":"`...)
		b = append(b, msgDir(fr, t, m).String()...)
		b = append(b, '"')
		if fr.Source != "" {
			b = append(b, `,"source":`...)
			b = decode.AppendJSONString(b, fr.Source)
			if fr.SourceSep != 0 {
				// '#' or ':' and digits need no escaping: inside the quotes
				b = append(b[:len(b)-1], fr.SourceSep)
				b = strconv.AppendInt(b, int64(fr.SourceNum), 10)
				b = append(b, '"')
			}
		}
		b = appendProcJSON(b, fr)
		if fr.Syscall != "" {
			b = append(b, `,"syscall":`...)
			b = decode.AppendJSONString(b, fr.Syscall)
			b = append(b, `,"fd":`...)
			b = strconv.AppendInt(b, int64(fr.Fd), 10)
		}
		b = appendJSONCall(b, fr)
		if fr.HasSender {
			b = append(b, `,"sender":`...)
			b = strconv.AppendUint(b, uint64(fr.Sender), 10)
		}
		if fr.OrigLen > len(fr.Data) {
			b = append(b, `,"orig_len":`...)
			b = strconv.AppendInt(b, int64(fr.OrigLen), 10)
		}
		b = append(b, ',')
		b = t.AppendJSONMembers(b, m, &p.plain)
		b = appendAnswerJSON(b, pr)
		if p.holds(pr) {
			sc.slots = append(sc.slots, verdictSlot{len(b), pr.Request.ID})
		}
		b = append(b, "}\n"...)
		b = sc.more(b)
	}
	return b
}

// appendJSONCall writes what a traced call did: its result or error,
// MSG_TRUNC, MSG_PEEK, the destination it named, its iovecs.
func appendJSONCall(b []byte, fr *capture.Frame) []byte {
	if !fr.HasResult {
		return b
	}
	if fr.Errno != 0 {
		b = append(b, `,"result":-1,"errno":"`...)
		b = append(b, fr.ResultNote()[len("= -1 "):]...)
		b = append(b, '"')
	} else {
		b = append(b, `,"result":`...)
		b = strconv.AppendInt(b, fr.Result, 10)
	}
	if fr.Truncated {
		b = append(b, `,"truncated":true`...)
	}
	if fr.Peek {
		b = append(b, `,"peek":true`...)
	}
	if fr.HasDest {
		b = append(b, `,"dest":{"nl_pid":`...)
		b = strconv.AppendUint(b, uint64(fr.Dest), 10)
		b = append(b, `,"nl_groups":`...)
		b = strconv.AppendUint(b, uint64(fr.DestGroups), 10)
		b = append(b, '}')
	}
	if len(fr.Iovecs) > 1 {
		b = append(b, `,"iovecs":[`...)
		for i, n := range fr.Iovecs {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(n), 10)
		}
		b = append(b, ']')
	}
	return b
}

// summary prints the messages sel, num their 1-based numbers in a buffer
// of nmsgs messages.
func (p *printer) summary(b []byte, sc *frameScratch, fr *capture.Frame, t *decode.Tree, nmsgs int, sel, num []int) []byte {
	var found []decode.Finding
	if p.check {
		found = checkFrame(fr, t)
	}
	for k, m := range sel {
		pr := sc.pairAt(num[k] - 1)
		b = append(b, '#')
		b = strconv.AppendInt(b, int64(fr.Packet), 10)
		if nmsgs > 1 {
			b = append(b, '.')
			b = strconv.AppendInt(b, int64(num[k]), 10)
		}
		b = append(b, ' ')
		if !fr.Time.IsZero() {
			b = fr.Time.AppendFormat(b, "15:04:05.000000")
			b = append(b, ' ')
		}
		b = append(b, t.Proto.Short()...)
		b = append(b, ' ')
		b = append(b, msgDir(fr, t, m).Arrow()...)
		b = append(b, ' ')
		b = appendProcSummary(b, fr)
		b = t.AppendSummary(b, m, &p.f)
		b = appendCallNotes(b, fr, " ")
		b = appendAnswerSummary(b, pr)
		if p.holds(pr) {
			sc.slots = append(sc.slots, verdictSlot{len(b), pr.Request.ID})
		}
		b = append(b, '\n')
		if p.check && isRequest(pr, fr, t, m) {
			b = appendFindings(b, found, num[k], p.pal)
		}
		b = sc.more(b)
	}
	return b
}

// bytes prints the hex and go formats: the buffer, or each selected
// message as a buffer of its own, with comment lines nldump decode skips
// and "proto: NAME" for protocols other than NETLINK_ROUTE.
func (p *printer) bytes(b []byte, sc *frameScratch, fr *capture.Frame, t *decode.Tree, sel []int, all bool) []byte {
	comment := "# "
	if p.format == "go" {
		comment = "// "
	}
	one := func(b []byte, lo, hi int, dir capture.Direction) []byte {
		b = append(b, comment...)
		b = frameTitle(b, fr, t, dir)
		b = append(b, '\n')
		if t.Proto != decode.ProtoRoute {
			b = append(b, comment...)
			b = append(b, "proto: "...)
			b = append(b, t.Proto.String()...)
			b = append(b, '\n')
		}
		if p.format == "go" {
			b = t.AppendGoLiteral(b, lo, hi, &p.plain)
		} else {
			b = decode.AppendHex(b, t.Buf[lo:hi])
		}
		return append(b, '\n')
	}
	if all {
		return one(b, 0, len(t.Buf), msgDir(fr, t, sel[0]))
	}
	for _, m := range sel {
		n := t.Node(m)
		b = one(b, n.Offset(), n.Offset()+n.Len(), msgDir(fr, t, m))
		b = sc.more(b)
	}
	return b
}

func (p *printer) flush() error { return p.w.Flush() }

// appendClock writes the local time of day as 15:04:05.000000, the way
// time.Format does, without its general machinery.
func appendClock(b []byte, t time.Time) []byte {
	h, m, s := t.Clock()
	us := t.Nanosecond() / 1000
	b = append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10), ':', byte('0'+s/10), byte('0'+s%10), '.')
	for d := 100000; d > 0; d /= 10 {
		b = append(b, byte('0'+us/d%10))
	}
	return b
}

// reportSetup is what diff and check share: the protocol, the filter, the
// notation, and the colors of the report (none for JSON).
func (o *outputOpts) reportSetup(w io.Writer, json bool) (proto decode.Proto, filt *filter, f decode.Format, pal *palette, err error) {
	if proto, err = o.protoNumber(decode.ProtoRoute); err != nil {
		return
	}
	fproto := decode.ProtoAny
	if o.proto != "" {
		fproto = proto
	}
	if filt, err = o.newFilter(fproto); err != nil {
		return
	}
	if f, err = o.strFormat(); err != nil {
		return
	}
	if pal, err = colorFor(o.color, w); err != nil {
		return
	}
	if json {
		pal = nil
	}
	return
}
