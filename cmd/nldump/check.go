package main

import (
	"bufio"
	"fmt"
	"strconv"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

func runCheck(e *env, args []string) int {
	fs := newFlags(e, "check")
	var o outputOpts
	o.registerDecoding(fs)
	o.registerFilters(fs)
	o.registerInput(fs)
	format := fs.String("format", "text", "text or json")
	fs.StringVar(format, "f", "text", "text or json")
	assume := fs.String("assume", "", "direction of messages whose source does not tell: to-kernel, from-kernel, guess (default: by the message for hex dumps, guess for captures)")
	werror := fs.Bool("Werror", false, "exit 1 on warnings too")
	pedantic := fs.Bool("pedantic", false, "show notes too: garbage in padding, empty numbers that may be flags")
	verbose := fs.Bool("v", false, "print each message with findings in the tree format, its findings marked")
	pos, ok := parseFlags(e, fs, args)
	if !ok {
		return exitError
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "nldump check: %v\n", err)
		return exitError
	}
	if *format != "text" && *format != "json" {
		return fail(fmt.Errorf("--format %s: want text or json", *format))
	}
	var dflt decode.CheckDir
	switch *assume {
	case "":
		dflt = 255 // by the input
	case "to-kernel":
		dflt = decode.CheckToKernel
	case "from-kernel":
		dflt = decode.CheckFromKernel
	case "guess":
		dflt = decode.CheckAuto
	default:
		return fail(fmt.Errorf("--assume %s: want to-kernel, from-kernel or guess", *assume))
	}
	if len(pos) == 0 {
		pos = []string{"-"}
	}
	proto, filt, f, pal, err := o.reportSetup(e.stdout, *format == "json")
	if err != nil {
		return fail(err)
	}
	e.watch(filt)
	if pal != nil {
		f.Styler = pal
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	cw := checkWriter{w: w, pal: pal, json: *format == "json", f: &f, verbose: *verbose}
	status := exitOK
	var msgs, errs, warns, notes int
	for _, name := range pos {
		sp, err := parseInputSpec(name)
		if err != nil {
			fail(err)
			status = exitError
			continue
		}
		// messages are read and checked one buffer at a time; a tree
		// is checked once, for the messages of it selected, its findings
		// grouped by message (byMsg) so that each message takes its own
		// in one step
		var last *decode.Tree
		var byMsg findingsByMsg
		err = o.eachMessage(e, sp, proto, filt, func(r *msgRef) error {
			msgs++
			if r.t != last {
				last = r.t
				dir := dflt
				if dir == 255 {
					// a hex dump: each message tells
					dir = decode.CheckByMessage
					if r.capture {
						dir = decode.CheckAuto
					}
				}
				dir = checkDir(r.fr.Dir, dir)
				byMsg.group(r.t.Check(decode.CheckOptions{Dir: dir}), r.count, *pedantic)
			}
			mine := byMsg.of(r.index)
			for _, x := range mine {
				switch x.Severity {
				case decode.SevError:
					errs++
				case decode.SevWarning:
					warns++
				case decode.SevNote:
					notes++
				}
			}
			cw.message(r, mine)
			return nil
		})
		if err != nil {
			fail(err)
			status = exitError
		}
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if *format == "text" {
		s := fmt.Sprintf("nldump check: %d %s, %d %s, %d %s", msgs, plural(msgs, "message"), errs, plural(errs, "error"), warns, plural(warns, "warning"))
		if *pedantic {
			s += fmt.Sprintf(", %d %s", notes, plural(notes, "note"))
		}
		fmt.Fprintln(e.stderr, s)
	}
	if o.damaged > 0 {
		status = exitError
	}
	if status == exitOK && (errs > 0 || (*werror && warns > 0)) {
		status = exitDiff
	}
	return status
}

// findingsByMsg holds the findings of a buffer grouped by message: those
// of message k (from 1) are list[start[k-1]:start[k]]; those of the
// buffer itself (Message 0) go with its last message.
type findingsByMsg struct {
	list  []decode.Finding
	start []int
}

// group sorts the findings of a buffer of count messages by message,
// keeping their order within each, and drops the notes unless pedantic.
func (g *findingsByMsg) group(found []decode.Finding, count int, pedantic bool) {
	count = max(count, 1)
	key := func(x *decode.Finding) int {
		if x.Message <= 0 || x.Message > count {
			return count
		}
		return x.Message
	}
	g.start = append(g.start[:0], make([]int, count+1)...)
	for i := range found {
		if found[i].Severity != decode.SevNote || pedantic {
			g.start[key(&found[i])]++
		}
	}
	for k := 1; k <= count; k++ {
		g.start[k] += g.start[k-1]
	}
	// fill from the end of each bucket backwards, so the order holds
	g.list = append(g.list[:0], make([]decode.Finding, g.start[count])...)
	for i := len(found) - 1; i >= 0; i-- {
		x := &found[i]
		if x.Severity == decode.SevNote && !pedantic {
			continue
		}
		k := key(x)
		g.start[k]--
		g.list[g.start[k]] = *x
	}
	// start[k] is now where bucket k begins; bucket k's end is start[k+1]
	// for k < count and len(list) for the last
	g.start = append(g.start, len(g.list))
}

// of returns the findings of message k (from 1).
func (g *findingsByMsg) of(k int) []decode.Finding {
	if k < 1 || k+1 >= len(g.start) {
		return nil
	}
	return g.list[g.start[k]:g.start[k+1]]
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

// checkWriter prints findings, a line each with the kernel's answer on the
// next, or JSON lines.
type checkWriter struct {
	w       *bufio.Writer
	pal     *palette
	json    bool
	f       *decode.Format
	verbose bool
	buf     []byte
}

// kernelText says what the kernel answers or does.
func kernelText(x *decode.Finding) string {
	s := ""
	if x.Errno != "" {
		s = "the kernel answers -" + x.Errno
		if x.Extack != "" {
			s += " \"" + x.Extack + "\""
		}
	}
	if x.Kernel != "" {
		if s != "" {
			s += "; it "
		} else {
			s = "the kernel "
		}
		s += x.Kernel
	}
	return s
}

func (c *checkWriter) message(r *msgRef, found []decode.Finding) {
	if len(found) == 0 {
		return
	}
	b := c.buf[:0]
	if c.json {
		for _, x := range found {
			b = append(b, `{"label":`...)
			b = decode.AppendJSONString(b, r.label)
			b = append(b, `,"packet":`...)
			b = strconv.AppendInt(b, int64(r.fr.Packet), 10)
			b = append(b, `,"message":`...)
			b = strconv.AppendInt(b, int64(r.index), 10)
			b = append(b, `,"type":`...)
			b = decode.AppendJSONString(b, r.typeName())
			b = append(b, `,"severity":"`...)
			b = append(b, x.Severity.String()...)
			b = append(b, `","offset":`...)
			b = strconv.AppendInt(b, int64(x.Offset), 10)
			b = append(b, `,"path":`...)
			b = decode.AppendJSONString(b, x.Path)
			b = append(b, `,"text":`...)
			b = decode.AppendJSONString(b, x.Text)
			if x.Errno != "" {
				b = append(b, `,"errno":`...)
				b = decode.AppendJSONString(b, x.Errno)
			}
			if x.Extack != "" {
				b = append(b, `,"extack":`...)
				b = decode.AppendJSONString(b, x.Extack)
			}
			if x.Kernel != "" {
				b = append(b, `,"kernel":`...)
				b = decode.AppendJSONString(b, x.Kernel)
			}
			b = append(b, "}\n"...)
		}
		c.buf = b
		c.w.Write(b)
		return
	}
	if c.verbose {
		b = append(b, r.label...)
		b = append(b, ":\n"...)
		b = c.markedTree(b, r, found)
	}
	for _, x := range found {
		b = c.finding(b, r, &x)
	}
	if c.verbose {
		b = append(b, '\n')
	}
	c.buf = b
	c.w.Write(b)
}

func (c *checkWriter) finding(b []byte, r *msgRef, x *decode.Finding) []byte {
	sev := c.pal.get(func(p *palette) paint { return p.warn })
	switch x.Severity {
	case decode.SevError:
		sev = c.pal.get(func(p *palette) paint { return p.err })
	case decode.SevNote:
		sev = c.pal.get(func(p *palette) paint { return p.note })
	}
	b = append(b, r.label...)
	b = append(b, ": byte "...)
	b = strconv.AppendInt(b, int64(x.Offset), 10)
	b = append(b, ": "...)
	b = sev.wrap(b, x.Severity.String())
	b = append(b, ": "...)
	if x.Path != "" {
		b = append(b, x.Path...)
		b = append(b, ": "...)
	}
	b = append(b, x.Text...)
	b = append(b, '\n')
	if k := kernelText(x); k != "" {
		b = append(b, "    "...)
		b = c.pal.get(func(p *palette) paint { return p.note }).wrap(b, k)
		b = append(b, '\n')
	}
	return b
}

// markedTree prints the message in the tree format with "<-- severity"
// after the line each finding's offset falls in.
func (c *checkWriter) markedTree(b []byte, r *msgRef, found []decode.Finding) []byte {
	return markedTree(b, r.t, r.m, c.f, c.pal, found, 0, "  ")
}

// markedTree appends message m in the tree format, each line after
// indent, with "<-- severity: text" after the line each finding of
// message msg (0: every finding given) falls in.
func markedTree(b []byte, t *decode.Tree, m int, f *decode.Format, pal *palette, found []decode.Finding, msg int, indent string) []byte {
	tree := t.AppendTree(nil, m, f)
	lines := splitLines(tree)
	// the line of a finding: the last line starting at or before its
	// offset (lines are in offset order but for nested headers)
	mark := make([][]*decode.Finding, len(lines))
	for i := range found {
		x := &found[i]
		if msg > 0 && !inMessage(x, msg) {
			continue
		}
		best, top := -1, -1
		for k, l := range lines {
			off, ok := lineOffset(l)
			if !ok || off < top {
				// a line out of offset order ("..." of a short struct)
				continue
			}
			top = off
			if off <= x.Offset {
				best = k
			}
		}
		if best >= 0 {
			mark[best] = append(mark[best], x)
		}
	}
	for k, l := range lines {
		b = append(b, indent...)
		b = append(b, l...)
		for _, x := range mark[k] {
			p := pal.get(func(p *palette) paint { return p.warn })
			if x.Severity == decode.SevError {
				p = pal.get(func(p *palette) paint { return p.err })
			}
			b = append(b, "  "...)
			text := "<-- " + x.Severity.String()
			if msg > 0 {
				// inline in the traffic: the reason too
				text += ": " + x.Text
				if k := kernelText(x); k != "" {
					text += " (" + k + ")"
				}
			}
			b = p.wrap(b, text)
		}
		b = append(b, '\n')
	}
	return b
}

// checkDir is how check reads a buffer that went dir: a request to the
// kernel, or an answer or notification from it (to a process from the
// kernel or from another process); dflt when the source does not say.
func checkDir(dir capture.Direction, dflt decode.CheckDir) decode.CheckDir {
	switch dir {
	case capture.DirToKernel:
		return decode.CheckToKernel
	case capture.DirFromKernel, capture.DirToUser:
		return decode.CheckFromKernel
	}
	return dflt
}

// checkFrame checks a decoded frame as nldump check would, its direction
// told by the frame when it knows it.
func checkFrame(fr *capture.Frame, t *decode.Tree) []decode.Finding {
	var out []decode.Finding
	for _, x := range t.Check(decode.CheckOptions{Dir: checkDir(fr.Dir, decode.CheckAuto)}) {
		if x.Severity != decode.SevNote {
			out = append(out, x)
		}
	}
	return out
}

// isRequest reports whether message m of a frame is a request (--check
// marks requests only).
func isRequest(pr *decode.Pairing, fr *capture.Frame, t *decode.Tree, m int) bool {
	if pr != nil && pr.Kind == decode.PairRequest {
		return true
	}
	return msgDir(fr, t, m) == capture.DirToKernel
}

// inMessage reports whether finding x goes with message msg (from 1) of
// its buffer: one of the buffer as a whole (Message 0) goes with the
// first, in every format --check marks.
func inMessage(x *decode.Finding, msg int) bool {
	return x.Message == msg || x.Message == 0 && msg == 1
}

// appendFindings appends the findings of message msg (from 1), a line
// each under the message's summary line.
func appendFindings(b []byte, found []decode.Finding, msg int, pal *palette) []byte {
	for i := range found {
		x := &found[i]
		if !inMessage(x, msg) {
			continue
		}
		p := pal.get(func(p *palette) paint { return p.warn })
		if x.Severity == decode.SevError {
			p = pal.get(func(p *palette) paint { return p.err })
		}
		b = append(b, "    "...)
		b = p.wrap(b, "check "+x.Severity.String())
		b = append(b, " at byte "...)
		b = strconv.AppendInt(b, int64(x.Offset), 10)
		b = append(b, ": "...)
		if x.Path != "" {
			b = append(b, x.Path...)
			b = append(b, ": "...)
		}
		b = append(b, x.Text...)
		if k := kernelText(x); k != "" {
			b = append(b, " ("...)
			b = append(b, k...)
			b = append(b, ')')
		}
		b = append(b, '\n')
	}
	return b
}

// straceTrailers appends, after the strace lines of a frame, a comment
// line for each error answer among the selected messages.
func (p *printer) straceTrailers(b []byte, sc *frameScratch) []byte {
	if len(sc.pairs) == 0 {
		return b
	}
	for _, n := range sc.num {
		b = appendStraceTrailer(b, sc.pairAt(n-1))
	}
	return b
}

func splitLines(b []byte) [][]byte {
	var out [][]byte
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] != '\n' {
			i++
		}
		out = append(out, b[:i])
		if i < len(b) {
			i++
		}
		b = b[i:]
	}
	return out
}

// lineOffset reads the hex offset a tree line starts with.
func lineOffset(l []byte) (int, bool) {
	i := 0
	for i < len(l) && l[i] != ' ' {
		i++
	}
	v, err := strconv.ParseUint(string(l[:i]), 16, 32)
	return int(v), err == nil
}
