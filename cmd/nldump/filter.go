package main

import (
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// filter selects messages: every condition set must hold, and a condition
// with several values holds when any of them does.
type filter struct {
	proto    decode.Proto // decode.ProtoAny: any
	types    []typePattern
	seqs     []uint32
	pids     []int32
	dir      capture.Direction // DirUnknown: any
	devs     []devPattern
	families []string // generic netlink family names or ids
	proc     procFilter

	// desc is the filter as given ("--type RTM_NEWLINK --dev veth0"), for
	// the note that it matched nothing; seen and matched count the
	// messages it was asked about and those it let through (match runs
	// on several goroutines at once).
	desc          []string
	seen, matched atomic.Int64
}

type typePattern struct {
	num  int // -1: a name pattern
	glob string
}

type devPattern struct {
	index uint32 // 0: by name
	name  string
}

// list splits repeated, comma-separated flag values.
func list(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// newFilter builds the filter the options ask for. proto is the protocol
// filter (-1 for none).
func (o *outputOpts) newFilter(proto decode.Proto) (*filter, error) {
	f := &filter{proto: proto}
	if proto != decode.ProtoAny {
		f.desc = append(f.desc, "--proto "+o.proto)
	}
	for _, s := range list(o.types) {
		f.desc = append(f.desc, "--type "+s)
		if n, err := strconv.ParseUint(s, 0, 16); err == nil {
			f.types = append(f.types, typePattern{num: int(n)})
			continue
		}
		g, err := typeGlob(s, proto)
		if err != nil {
			return nil, err
		}
		f.types = append(f.types, typePattern{num: -1, glob: g})
	}
	for _, s := range list(o.seqs) {
		f.desc = append(f.desc, "--seq "+s)
		n, err := strconv.ParseUint(s, 0, 32)
		if err != nil {
			return nil, fmt.Errorf("--seq %s: want a number", s)
		}
		f.seqs = append(f.seqs, uint32(n))
	}
	for _, s := range list(o.pids) {
		f.desc = append(f.desc, "--pid "+s)
		n, err := strconv.ParseInt(s, 0, 64)
		if err != nil || n < -1<<31 || n > 1<<32-1 {
			return nil, fmt.Errorf("--pid %s: want a port id (a number, as nlmsg_pid prints)", s)
		}
		f.pids = append(f.pids, int32(n))
	}
	if o.dir != "" {
		f.desc = append(f.desc, "--dir "+o.dir)
	}
	switch strings.ToLower(o.dir) {
	case "":
	case "to-kernel", "out", "send", "request", "requests", ">":
		f.dir = capture.DirToKernel
	case "from-kernel", "in", "recv", "reply", "replies", "<":
		f.dir = capture.DirFromKernel
	case "to-user", "~":
		f.dir = capture.DirToUser
	default:
		hint := didYouMean(o.dir, []string{"to-kernel", "from-kernel", "to-user"})
		if hint != "" {
			hint = "; " + hint
		}
		return nil, fmt.Errorf("--dir %s: want to-kernel, from-kernel or to-user%s", o.dir, hint)
	}
	for _, s := range list(o.devs) {
		f.desc = append(f.desc, "--dev "+s)
		if n, err := strconv.ParseUint(s, 10, 32); err == nil && n > 0 {
			f.devs = append(f.devs, devPattern{index: uint32(n)})
			continue
		}
		if err := checkIfName(s); err != nil {
			return nil, fmt.Errorf("--dev %s: %v", s, err)
		}
		f.devs = append(f.devs, devPattern{name: s})
	}
	for _, s := range list(o.families) {
		f.desc = append(f.desc, "--family "+s)
		if _, err := strconv.ParseUint(s, 0, 16); err != nil && !slices.ContainsFunc(decode.GenlFamilyNames(), func(n string) bool { return strings.EqualFold(n, s) }) {
			// families nldump does not decode are named by the kernel at
			// run time: only a near miss of a known name is refused
			if hint := didYouMean(s, decode.GenlFamilyNames()); hint != "" {
				return nil, fmt.Errorf("--family %s: not a generic netlink family nldump knows; %s (a family nldump does not decode can be given by its id)", s, hint)
			}
		}
		f.families = append(f.families, s)
	}
	if err := f.proc.set(list(o.comms), list(o.procs)); err != nil {
		return nil, err
	}
	for _, s := range list(o.comms) {
		f.desc = append(f.desc, "--comm "+s)
	}
	for _, s := range list(o.procs) {
		f.desc = append(f.desc, "--process "+s)
	}
	return f, nil
}

// typeGlob returns the upper-case pattern of a --type name or wildcard,
// after checking that it can match a message of the protocol (-1: any):
// a name must be a message type name (or the end of exactly one, after an
// underscore: NEWLINK is RTM_NEWLINK), and a wildcard must match one.
func typeGlob(s string, proto decode.Proto) (string, error) {
	g := strings.ToUpper(s)
	if _, err := path.Match(g, ""); err != nil {
		return "", fmt.Errorf("--type %s: %v", s, err)
	}
	known, all := typeNames()
	if proto != decode.ProtoAny {
		all = decode.MessageTypeNames(proto)
	}
	inProto := func(n string) bool { return proto == decode.ProtoAny || slices.Contains(all, n) }
	if !strings.ContainsAny(g, "*?[") {
		if n, ok := known[g]; ok {
			if !inProto(n) {
				return "", fmt.Errorf("--type %s: not a message type of %s (--proto %s)", s, proto, proto.Short())
			}
			return g, nil
		}
		var ends []string
		for _, n := range all {
			if strings.HasSuffix(strings.ToUpper(n), "_"+g) {
				ends = append(ends, n)
			}
		}
		if len(ends) == 1 {
			return strings.ToUpper(ends[0]), nil
		}
		if len(ends) > 1 {
			more, count := "", len(ends)
			if len(ends) > 4 {
				more = fmt.Sprintf(" and %d more", len(ends)-4)
				ends = ends[:4]
			}
			return "", fmt.Errorf("--type %s: %d message types end in _%s (%s%s): give one, or the wildcard --type '*_%s'", s, count, g, strings.Join(ends, ", "), more, g)
		}
		if hint := didYouMean(s, all); hint != "" {
			return "", fmt.Errorf("--type %s: unknown message type; %s", s, hint)
		}
		return "", fmt.Errorf("--type %s: unknown message type (see nldump help filters; generic netlink families go to --family)", s)
	}
	for _, n := range all {
		if ok, _ := path.Match(g, strings.ToUpper(n)); ok {
			return g, nil
		}
	}
	return "", fmt.Errorf("--type %s: the wildcard matches no message type", s)
}

// checkIfName reports why s cannot be the name of a network interface
// (the kernel's rules: 1 to 15 bytes, no '/', ':' or white space, not "."
// or "..").
func checkIfName(s string) error {
	switch {
	case len(s) > 15:
		return fmt.Errorf("not an interface name: longer than 15 bytes")
	case s == "." || s == "..":
		return fmt.Errorf("not an interface name")
	case strings.ContainsAny(s, "/: \t\n\v\f\r"):
		return fmt.Errorf("not an interface name: interface names hold no '/', ':' or spaces")
	}
	return nil
}

// note writes to w, when the filter selected nothing, that it matched no
// message and how many it was given.
func (f *filter) note(w io.Writer) {
	if f == nil || !f.active() || f.matched.Load() > 0 {
		return
	}
	n := f.seen.Load()
	plural := "s"
	if n == 1 {
		plural = ""
	}
	fmt.Fprintf(w, "nldump: no message matched %s (%d message%s read)\n", strings.Join(f.desc, " "), n, plural)
}

// active reports whether the filter selects anything less than all.
func (f *filter) active() bool {
	return f.proto != decode.ProtoAny || len(f.types) > 0 || len(f.seqs) > 0 || len(f.pids) > 0 ||
		f.dir != capture.DirUnknown || len(f.devs) > 0 || len(f.families) > 0 || f.proc.active()
}

// perMessage reports whether the filter looks inside messages.
func (f *filter) perMessage() bool {
	return len(f.types) > 0 || len(f.seqs) > 0 || len(f.pids) > 0 || len(f.devs) > 0 || len(f.families) > 0
}

// msgDir is the direction of message m of a frame: the frame's when the
// source tells it, else a guess from the message (NLM_F_REQUEST goes to
// the kernel).
func msgDir(fr *capture.Frame, t *decode.Tree, m int) capture.Direction {
	if fr.Dir != capture.DirUnknown {
		return fr.Dir
	}
	if h, ok := t.Header(m); ok {
		if h.Request() {
			return capture.DirToKernel
		}
		return capture.DirFromKernel
	}
	return capture.DirUnknown
}

// match reports whether message m (or, m = 0, a buffer without netlink
// headers) of a frame passes the filter.
func (f *filter) match(fr *capture.Frame, t *decode.Tree, m int) bool {
	if !f.active() {
		return true
	}
	f.seen.Add(1)
	if f.test(fr, t, m) {
		f.matched.Add(1)
		return true
	}
	return false
}

func (f *filter) test(fr *capture.Frame, t *decode.Tree, m int) bool {
	if f.proto != decode.ProtoAny && t.Proto != f.proto {
		return false
	}
	if f.dir != capture.DirUnknown && msgDir(fr, t, m) != f.dir {
		return false
	}
	if f.proc.active() && !f.proc.match(fr) {
		return false
	}
	if !f.perMessage() {
		return true
	}
	h, ok := t.Header(m)
	if !ok {
		return false
	}
	if len(f.types) > 0 && !f.matchType(t, m, &h) {
		return false
	}
	if len(f.seqs) > 0 && !contains(f.seqs, h.Seq) {
		return false
	}
	if len(f.pids) > 0 && !contains(f.pids, int32(h.Pid)) {
		return false
	}
	if len(f.devs) > 0 && !f.matchDev(t, m) {
		return false
	}
	if len(f.families) > 0 && !f.matchFamily(t, &h) {
		return false
	}
	return true
}

func contains[T comparable](l []T, v T) bool {
	for _, x := range l {
		if x == v {
			return true
		}
	}
	return false
}

func (f *filter) matchType(t *decode.Tree, m int, h *decode.Header) bool {
	names := t.TypeParts(m)
	for _, p := range f.types {
		if p.num >= 0 {
			if int(h.Type) == p.num {
				return true
			}
			continue
		}
		for _, n := range names {
			if ok, _ := path.Match(p.glob, strings.ToUpper(n)); ok {
				return true
			}
		}
	}
	return false
}

func (f *filter) matchDev(t *decode.Tree, m int) bool {
	idx := t.Ifindexes(m)
	names := t.Ifnames(m)
	for _, d := range f.devs {
		if d.index != 0 {
			if contains(idx, d.index) {
				return true
			}
			continue
		}
		if contains(names, d.name) {
			return true
		}
		for _, i := range idx {
			if t.IfName(i) == d.name {
				return true
			}
		}
	}
	return false
}

func (f *filter) matchFamily(t *decode.Tree, h *decode.Header) bool {
	if t.Proto != decode.ProtoGeneric {
		return false
	}
	for _, fam := range f.families {
		if n, err := strconv.ParseUint(fam, 0, 16); err == nil {
			if uint64(h.Type) == n {
				return true
			}
			continue
		}
		if strings.EqualFold(h.TypeName, fam) {
			return true
		}
	}
	return false
}
