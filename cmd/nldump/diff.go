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
}

func (r *msgRef) typeName() string {
	if h, ok := r.t.Header(r.m); ok {
		if h.TypeName != "" {
			return h.TypeName
		}
		return "type " + strconv.Itoa(int(h.Type))
	}
	return decode.ProtoName(r.t.Proto)
}

// key is what messages are aligned by: protocol, type and direction.
func (r *msgRef) key() string {
	h, _ := r.t.Header(r.m)
	return strconv.Itoa(r.t.Proto) + "/" + strconv.Itoa(int(h.Type)) + "/" + msgDir(r.fr, r.t, r.m).String()
}

// readMessages reads the messages a spec names that pass the filter, each
// decoded in a tree of its own. What it holds is bounded (maxHeld).
func readMessages(e *env, o *outputOpts, sp inputSpec, proto int, filt *filter) ([]*msgRef, error) {
	var out []*msgRef
	held := 0
	var last *decode.Tree
	err := o.eachMessage(e, sp, proto, filt, func(r *msgRef) error {
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
	opts := decode.DiffOptions{Strict: *strict, Format: &f}
	pairs := align(a, b, opts)
	differ := false
	for _, p := range pairs {
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
	if dw.note != "" {
		fmt.Fprintln(e.stderr, dw.note)
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
	note string
}

// align pairs the messages of a and b. One message against one is
// compared with it; one against many with the closest of the same key;
// otherwise the longest common
// sequence of keys pairs them in order, and the rest is only in one.
func align(a, b []*msgRef, o decode.DiffOptions) []pair {
	switch {
	case len(a) == 1 && len(b) == 1:
		// two messages picked: compared whatever their types
		return []pair{{a: a[0], b: b[0]}}
	case len(a) == 1 && len(b) > 1:
		if k := closest(a[0], b, o, false); k >= 0 {
			return []pair{{a: a[0], b: b[k], note: fmt.Sprintf("B has %d messages: compared with %s, the closest %s", len(b), b[k].label, b[k].typeName())}}
		}
	case len(b) == 1 && len(a) > 1:
		if k := closest(b[0], a, o, true); k >= 0 {
			return []pair{{a: a[k], b: b[0], note: fmt.Sprintf("A has %d messages: compared with %s, the closest %s", len(a), a[k].label, a[k].typeName())}}
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

// closest returns the message of many with one's key that differs from
// it least (-1 when none has its key). swap: one is B.
func closest(one *msgRef, many []*msgRef, o decode.DiffOptions, swap bool) int {
	best, bestN := -1, 0
	for k, r := range many {
		if r.key() != one.key() {
			continue
		}
		var n int
		if swap {
			n = len(decode.Diff(r.t, r.m, one.t, one.m, o))
		} else {
			n = len(decode.Diff(one.t, one.m, r.t, r.m, o))
		}
		if best < 0 || n < bestN {
			best, bestN = k, n
		}
	}
	return best
}

// diffWriter prints differences in the unified style or as JSON lines.
type diffWriter struct {
	w      *bufio.Writer
	pal    *palette
	json   bool
	f      *decode.Format
	la, lb string
	header bool
	note   string
	buf    []byte
}

func (d *diffWriter) paint(f func(*palette) paint) paint { return d.pal.get(f) }

func (d *diffWriter) pair(p pair, ds []decode.Difference) {
	if p.note != "" {
		d.note = "nldump diff: " + p.note
	}
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
