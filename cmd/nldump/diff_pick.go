package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// Picking the counterpart of a message: diff mine.hex ip.pcap compares
// mine with the message of ip's traffic that did the same job and
// succeeded, not with the first one.

// pending ties the kernel's answers to the requests of one input with a
// decode.Pairer, the pairing every format uses: an answer goes to the
// request of the same protocol, socket and seq (decode/pair.go), and
// every message is fed to it, shown or not, so that the answers of
// requests that are not shown are not taken for another's.
type pending struct {
	pr *decode.Pairer
	// shown holds the shown requests still waiting, by the Pairer's id
	shown   map[uint64]*msgRef
	settled []decode.Settled
}

// add feeds message r to the pairing; shown says r is one diff compares.
// An answer learns the request it answers (nil when not shown), and a
// shown request learns its outcome.
func (p *pending) add(r *msgRef, shown bool) {
	if p.pr == nil {
		p.pr = decode.NewPairer(nil)
		p.shown = map[uint64]*msgRef{}
	}
	in, ok := pairInput(r.fr)
	if !ok {
		return
	}
	in.Ref = decode.Ref{Packet: r.fr.Packet, Message: r.index}
	pr := p.pr.Feed(r.t, r.m, in)
	switch pr.Kind {
	case decode.PairRequest:
		if shown {
			p.shown[pr.Request.ID] = r
		}
	case decode.PairAnswer:
		q := p.shown[pr.Request.ID]
		r.answers = q
		if q == nil || q.answered && !pr.Final {
			break
		}
		// an ACK, an error or a dump's end settles it; a reply says it worked
		q.answered, q.answerAt, q.errno = true, r.label, 0
		if pr.Final && pr.Extack != nil {
			q.errno = pr.Extack.Errno
		}
	}
	p.settled = p.pr.Settled(p.settled[:0])
	for _, st := range p.settled {
		q := p.shown[st.Request.ID]
		if q == nil {
			continue
		}
		delete(p.shown, st.Request.ID)
		if st.Outcome.Kind == decode.OutcomeSilent {
			// it asked for no answer, and the kernel, which answers in
			// order, answered a later request of its socket
			q.silent = true
		}
	}
}

// findRole returns the first node under i with role r, or -1.
func findRole(t *decode.Tree, i int, r decode.Role) int {
	for c := range t.Each(i) {
		if t.Node(c).Role() == r {
			return c
		}
		if k := findRole(t, c, r); k >= 0 {
			return k
		}
	}
	return -1
}

// fate says how the kernel answered request r, as its input shows.
func fate(r *msgRef) string {
	switch {
	case r.silent && !r.answered:
		return "no error (no ACK asked)"
	case !r.answered:
		return "no answer seen"
	case r.errno == 0:
		return "answered 0 at " + r.answerAt
	}
	return "refused " + string(decode.AppendErrno(nil, r.errno)) + " at " + r.answerAt
}

// fateRank orders outcomes: success, unknown, refused.
func fateRank(r *msgRef) int {
	switch {
	case r.silent && !r.answered:
		return 0
	case !r.answered:
		return 1
	case r.errno == 0:
		return 0
	}
	return 2
}

func fateNotes(side string, r *msgRef) []string {
	if r.dir != capture.DirToKernel {
		return nil
	}
	return []string{side + " (" + r.label + "): " + fate(r)}
}

// job returns the message a side stands for: its only message, or its
// only request when every other message answers it (a program's request
// and the kernel's answer); nil otherwise.
func job(refs []*msgRef) *msgRef {
	if len(refs) == 1 {
		return refs[0]
	}
	var req *msgRef
	for _, r := range refs {
		if r.dir == capture.DirToKernel {
			if req != nil {
				return nil
			}
			req = r
		}
	}
	if req == nil {
		return nil
	}
	for _, r := range refs {
		if r != req && r.answers != req {
			return nil
		}
	}
	return req
}

// family returns the family field of a message's fixed header
// (ifi_family, rtm_family, nfgen_family, ...) or a generic netlink
// command: its name and value; ok is false when it has none.
func family(t *decode.Tree, m int) (node int, ok bool) {
	b := findRole(t, m, decode.RoleBody)
	if b < 0 {
		return -1, false
	}
	for c := range t.Each(b) {
		if n := t.Node(c).Name(); strings.HasSuffix(n, "family") || n == "cmd" {
			return c, true
		}
	}
	return -1, false
}

// linkKind returns a message's IFLA_INFO_KIND, or "" (also for an
// error, whose echoed request is not the message's own).
func linkKind(t *decode.Tree, m int) string {
	if findRole(t, m, decode.RoleError) >= 0 {
		return ""
	}
	if k, ok := t.Find(m, "IFLA_LINKINFO.IFLA_INFO_KIND"); ok {
		return strings.TrimRight(string(t.Bytes(k)), "\x00")
	}
	return ""
}

// candidate is a message of the other side that could be one's
// counterpart.
type candidate struct {
	r            *msgRef
	family, kind bool // the same as one's
	rank         int  // fateRank
	n            int  // differences
}

// pick compares one with the best of many: of its protocol, type and
// direction, then of its family and link kind, then a request the kernel
// answered with 0 before one it refused, then the fewest differences.
// ok is false when none has one's key. swap: one is B.
func pick(one *msgRef, many []*msgRef, o decode.DiffOptions, swap bool) (pair, bool) {
	fc, hasFam := family(one.t, one.m)
	kind := linkKind(one.t, one.m)
	var cs []candidate
	for _, r := range many {
		if r.key() != one.key() {
			continue
		}
		c := candidate{r: r, family: true, rank: fateRank(r)}
		if hasFam {
			rc, ok := family(r.t, r.m)
			c.family = ok && r.t.Node(rc).Value() == one.t.Node(fc).Value()
		}
		c.kind = linkKind(r.t, r.m) == kind
		if swap {
			c.n = len(decode.Diff(r.t, r.m, one.t, one.m, o))
		} else {
			c.n = len(decode.Diff(one.t, one.m, r.t, r.m, o))
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		return pair{}, false
	}
	better := func(x, y candidate) int {
		switch {
		case x.family != y.family:
			return boolOrder(x.family)
		case x.kind != y.kind:
			return boolOrder(x.kind)
		case x.rank != y.rank:
			return x.rank - y.rank
		}
		return x.n - y.n
	}
	slices.SortStableFunc(cs, better)
	best := cs[0]
	mine, other := "A", "B"
	if swap {
		mine, other = "B", "A"
	}
	why := []string{best.r.typeName() + " " + best.r.dir.String() + " like " + mine}
	if hasFam {
		fn, val := one.t.Node(fc).Name(), one.t.NameOf(fc)
		if val == "" {
			val = strconv.FormatUint(one.t.Node(fc).Value(), 10)
		}
		if best.family {
			why = append(why, "the same "+fn+"="+val)
		} else {
			why = append(why, "another "+fn+" than "+val)
		}
	}
	if kind != "" || !best.kind {
		if best.kind {
			why = append(why, "the same link kind "+kind)
		} else {
			why = append(why, "another link kind")
		}
	}
	if best.r.dir == capture.DirToKernel {
		why = append(why, fate(best.r))
	}
	why = append(why, count(best.n, "difference"))
	p := pair{a: one, b: best.r, why: strings.Join(why, ", ")}
	if swap {
		p.a, p.b = best.r, one
	}
	p.notes = fateNotes(mine, one)
	p.notes = append(p.notes, fmt.Sprintf("%s has %d messages: compared with %s: %s", other, len(many), best.r.label, p.why))
	for _, c := range cs[1:] {
		s := c.r.label
		var d []string
		if !c.family {
			d = append(d, "another "+one.t.Node(fc).Name())
		}
		if !c.kind {
			d = append(d, "another link kind")
		}
		if c.r.dir == capture.DirToKernel {
			d = append(d, fate(c.r))
		}
		d = append(d, count(c.n, "difference"))
		s += " (" + strings.Join(d, ", ") + ")"
		p.others = append(p.others, s)
	}
	if len(p.others) > 0 {
		p.notes = append(p.notes, "other candidates: "+strings.Join(p.others, "; "))
	}
	return p, true
}

func boolOrder(first bool) int {
	if first {
		return -1
	}
	return 1
}

// count is "1 difference", "2 differences".
func count(n int, what string) string {
	return strconv.Itoa(n) + " " + plural(n, what)
}
