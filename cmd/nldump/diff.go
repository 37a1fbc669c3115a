package main

import (
	"bufio"
	"fmt"
	"strconv"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// msgRef is one message read for diff or check.
type msgRef struct {
	t     *decode.Tree
	m     int // the message node (0: a buffer without netlink headers)
	fr    *capture.Frame
	label string // FILE#N or FILE#N.M
	index int    // the message's number in its buffer, from 1
	count int    // messages in its buffer
	// capture: read from a capture file, not a hex dump
	capture bool
	dir     capture.Direction
	// what the input itself says of a request's fate: answered, where,
	// and the error code (0: success)
	answered bool
	answerAt string
	errno    int32
	// silent: it asked for no answer and got no error (the kernel
	// answered a later request of its socket)
	silent bool
	// the request an answer answers
	answers *msgRef
}

func (r *msgRef) typeName() string {
	if h, ok := r.t.Header(r.m); ok {
		if h.TypeName != "" {
			return h.TypeName
		}
		return "type " + strconv.Itoa(int(h.Type))
	}
	return r.t.Proto.String()
}

// key is what messages are aligned by: protocol, type and direction.
func (r *msgRef) key() string {
	h, _ := r.t.Header(r.m)
	return strconv.Itoa(int(r.t.Proto)) + "/" + strconv.Itoa(int(h.Type)) + "/" + msgDir(r.fr, r.t, r.m).String()
}

// readMessages reads the messages a spec names that pass the filter, each
// decoded in a tree of its own. What it holds is bounded (maxHeld).
func readMessages(e *env, o *outputOpts, sp inputSpec, proto decode.Proto, filt *filter) ([]*msgRef, error) {
	var out []*msgRef
	held := 0
	var last *decode.Tree
	var pend pending
	// every message tells the fate of requests, shown or not; only the
	// shown ones are held
	all := sp
	all.msg = 0
	err := o.eachMessage(e, all, proto, &filter{proto: decode.ProtoAny}, func(r *msgRef) error {
		if sp.msg > r.count && r.index == 1 {
			return fmt.Errorf("%s: buffer %d has %d messages", sp.label, r.fr.Packet, r.count)
		}
		r.dir = msgDir(r.fr, r.t, r.m)
		shown := (sp.msg == 0 || r.index == sp.msg) && filt.match(r.fr, r.t, r.m)
		pend.add(r, shown)
		if !shown {
			return nil
		}
		if r.t != last {
			last = r.t
			held += len(r.t.Buf) + r.t.Len()*nodeBytes
			if held > maxHeld {
				return fmt.Errorf("%s: more than %d MiB to hold for the comparison; pick buffers with %s#N or filters", sp.label, maxHeld>>20, sp.path)
			}
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

func runDiff(e *env, args []string) int {
	fs := newFlags(e, "diff")
	var o outputOpts
	o.registerDecoding(fs)
	o.registerFilters(fs)
	o.registerInput(fs)
	format := fs.String("format", "text", "text or json")
	fs.StringVar(format, "f", "text", "text or json")
	strict := fs.Bool("strict", false, "compare nlmsg_seq, nlmsg_pid and nlmsg_len too")
	pos, ok := parseFlags(e, fs, args)
	if !ok {
		return exitError
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "nldump diff: %v\n", err)
		return exitError
	}
	if len(pos) != 2 {
		fmt.Fprintf(e.stderr, "nldump diff: want two inputs, A and B (see nldump help diff)\n")
		return exitError
	}
	if *format != "text" && *format != "json" {
		return fail(fmt.Errorf("--format %s: want text or json", *format))
	}
	sa, err := parseInputSpec(pos[0])
	if err != nil {
		return fail(err)
	}
	sb, err := parseInputSpec(pos[1])
	if err != nil {
		return fail(err)
	}
	if sa.path == "-" && sb.path == "-" {
		return fail(fmt.Errorf("only one of A and B can be stdin"))
	}
	proto, filt, f, pal, err := o.reportSetup(e.stdout, *format == "json")
	if err != nil {
		return fail(err)
	}
	e.watch(filt)
	a, err := readMessages(e, &o, sa, proto, filt)
	if err != nil {
		return fail(err)
	}
	b, err := readMessages(e, &o, sb, proto, filt)
	if err != nil {
		return fail(err)
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	dw := diffWriter{w: w, pal: pal, json: *format == "json", f: &f, la: sa.label, lb: sb.label}
	dec, err := o.newDecoder(proto)
	if err != nil {
		return fail(err)
	}
	opts := decode.DiffOptions{Strict: *strict, Format: &f, Decoder: dec}
	pairs := align(a, b, opts)
	differ := false
	var notes []string
	for _, p := range pairs {
		notes = append(notes, p.notes...)
		var ds []decode.Difference
		switch {
		case p.a != nil && p.b != nil:
			ds = decode.Diff(p.a.t, p.a.m, p.b.t, p.b.m, opts)
			if len(ds) == 0 {
				continue
			}
		}
		differ = true
		dw.pair(p, ds)
	}
	for _, l := range notes {
		fmt.Fprintln(e.stderr, "nldump diff: "+l)
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if o.damaged > 0 {
		return exitError
	}
	if differ {
		return exitDiff
	}
	return exitOK
}

type pair struct {
	a, b *msgRef
	// when one was picked among many: why, and the others
	why    string
	others []string
	notes  []string
}

// align pairs the messages of a and b. One message against one is
// compared with it. A side that is one message, or one request and the
// answers to it, is compared with the best counterpart on the other side
// (pick). Otherwise the longest common sequence of keys pairs them in
// order, and the rest is only in one.
func align(a, b []*msgRef, o decode.DiffOptions) []pair {
	if len(a) == 1 && len(b) == 1 {
		// two messages picked: compared whatever their types
		return []pair{{a: a[0], b: b[0]}}
	}
	ja, jb := job(a), job(b)
	switch {
	case ja != nil && len(b) == 1:
		return []pair{{a: ja, b: b[0], notes: fateNotes("A", ja)}}
	case jb != nil && len(a) == 1:
		return []pair{{a: a[0], b: jb, notes: fateNotes("B", jb)}}
	case ja != nil:
		if p, ok := pick(ja, b, o, false); ok {
			return []pair{p}
		}
	case jb != nil:
		if p, ok := pick(jb, a, o, true); ok {
			return []pair{p}
		}
	}
	n, m := len(a), len(b)
	var out []pair
	if n*m > 4<<20 {
		// too long for the table: pair in order while the keys agree
		i, j := 0, 0
		for i < n && j < m {
			if a[i].key() == b[j].key() {
				out = append(out, pair{a: a[i], b: b[j]})
				i++
				j++
				continue
			}
			out = append(out, pair{a: a[i]})
			i++
		}
		for ; i < n; i++ {
			out = append(out, pair{a: a[i]})
		}
		for ; j < m; j++ {
			out = append(out, pair{b: b[j]})
		}
		return out
	}
	ka, kb := make([]string, n), make([]string, m)
	for i := range a {
		ka[i] = a[i].key()
	}
	for j := range b {
		kb[j] = b[j].key()
	}
	// lcs[i][j]: the longest common sequence of ka[i:] and kb[j:]
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ka[i] == kb[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case ka[i] == kb[j]:
			out = append(out, pair{a: a[i], b: b[j]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, pair{a: a[i]})
			i++
		default:
			out = append(out, pair{b: b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		out = append(out, pair{a: a[i]})
	}
	for ; j < m; j++ {
		out = append(out, pair{b: b[j]})
	}
	return out
}

// diffWriter prints differences in the unified style or as JSON lines.
type diffWriter struct {
	w      *bufio.Writer
	pal    *palette
	json   bool
	f      *decode.Format
	la, lb string
	header bool
	buf    []byte
}

func (d *diffWriter) paint(f func(*palette) paint) paint { return d.pal.get(f) }

func (d *diffWriter) pair(p pair, ds []decode.Difference) {
	if d.json {
		d.jsonPair(p, ds)
		return
	}
	b := d.buf[:0]
	if !d.header {
		d.header = true
		b = d.paint(func(p *palette) paint { return p.header }).wrap(b, "--- "+d.la)
		b = append(b, '\n')
		b = d.paint(func(p *palette) paint { return p.header }).wrap(b, "+++ "+d.lb)
		b = append(b, '\n')
	}
	hunk := d.paint(func(p *palette) paint { return p.hunk })
	minus := d.paint(func(p *palette) paint { return p.minus })
	plus := d.paint(func(p *palette) paint { return p.plus })
	switch {
	case p.b == nil:
		b = hunk.wrap(b, "@@ "+p.a.label+" "+p.a.typeName()+": only in A @@")
		b = append(b, '\n')
		b = minus.wrap(b, "-"+string(p.a.t.AppendStrace(nil, p.a.m, d.f)))
		b = append(b, '\n')
	case p.a == nil:
		b = hunk.wrap(b, "@@ "+p.b.label+" "+p.b.typeName()+": only in B @@")
		b = append(b, '\n')
		b = plus.wrap(b, "+"+string(p.b.t.AppendStrace(nil, p.b.m, d.f)))
		b = append(b, '\n')
	default:
		b = hunk.wrap(b, "@@ "+p.a.label+" "+p.a.typeName()+" | "+p.b.label+" "+p.b.typeName()+" @@")
		b = append(b, '\n')
		for _, x := range ds {
			switch x.Kind {
			case decode.DiffChanged:
				b = minus.wrap(b, "-"+x.Path+"="+x.A)
				b = append(b, '\n')
				b = plus.wrap(b, "+"+x.Path+"="+x.B)
			case decode.DiffRemoved:
				b = minus.wrap(b, "-"+x.Path+"="+x.A)
			case decode.DiffAdded:
				b = plus.wrap(b, "+"+x.Path+"="+x.B)
			case decode.DiffOrder:
				where := x.Path
				if where == "" {
					where = "attributes"
				}
				b = append(b, " order of "+where+": "+x.A+" | "+x.B...)
			}
			b = append(b, '\n')
		}
	}
	d.buf = b
	d.w.Write(b)
}

func (d *diffWriter) jsonPair(p pair, ds []decode.Difference) {
	b := d.buf[:0]
	side := func(b []byte, r *msgRef) []byte {
		if r == nil {
			return append(b, "null"...)
		}
		b = append(b, `{"label":`...)
		b = decode.AppendJSONString(b, r.label)
		b = append(b, `,"packet":`...)
		b = strconv.AppendInt(b, int64(r.fr.Packet), 10)
		b = append(b, `,"message":`...)
		b = strconv.AppendInt(b, int64(r.index), 10)
		b = append(b, `,"type":`...)
		b = decode.AppendJSONString(b, r.typeName())
		if r.dir == capture.DirToKernel {
			b = append(b, `,"outcome":`...)
			b = decode.AppendJSONString(b, fate(r))
		}
		b = append(b, `,"strace":`...)
		plain := *d.f
		plain.Styler = nil
		b = decode.AppendJSONString(b, string(r.t.AppendStrace(nil, r.m, &plain)))
		return append(b, '}')
	}
	b = append(b, `{"a":`...)
	b = side(b, p.a)
	b = append(b, `,"b":`...)
	b = side(b, p.b)
	if p.why != "" {
		b = append(b, `,"picked":{"why":`...)
		b = decode.AppendJSONString(b, p.why)
		b = append(b, `,"others":[`...)
		for k, s := range p.others {
			if k > 0 {
				b = append(b, ',')
			}
			b = decode.AppendJSONString(b, s)
		}
		b = append(b, "]}"...)
	}
	b = append(b, `,"differences":[`...)
	for k, x := range ds {
		if k > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"kind":"`...)
		b = append(b, x.Kind.String()...)
		b = append(b, `","path":`...)
		b = decode.AppendJSONString(b, x.Path)
		if x.OffA >= 0 {
			b = append(b, `,"a":`...)
			b = decode.AppendJSONString(b, x.A)
			b = append(b, `,"offset_a":`...)
			b = strconv.AppendInt(b, int64(x.OffA), 10)
		}
		if x.OffB >= 0 {
			b = append(b, `,"b":`...)
			b = decode.AppendJSONString(b, x.B)
			b = append(b, `,"offset_b":`...)
			b = strconv.AppendInt(b, int64(x.OffB), 10)
		}
		b = append(b, '}')
	}
	b = append(b, "]}\n"...)
	d.buf = b
	d.w.Write(b)
}
