package main

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// filter selects messages: every condition set must hold, and a condition
// with several values holds when any of them does.
type filter struct {
	proto    int // -1: any
	types    []typePattern
	seqs     []uint32
	pids     []int32
	dir      capture.Direction // DirUnknown: any
	devs     []devPattern
	families []string // generic netlink family names or ids
	proc     procFilter
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
func (o *outputOpts) newFilter(proto int) (*filter, error) {
	f := &filter{proto: proto}
	for _, s := range list(o.types) {
		if n, err := strconv.ParseUint(s, 0, 16); err == nil {
			f.types = append(f.types, typePattern{num: int(n)})
			continue
		}
		g := strings.ToUpper(s)
		if _, err := path.Match(g, ""); err != nil {
			return nil, fmt.Errorf("--type %s: %v", s, err)
		}
		f.types = append(f.types, typePattern{num: -1, glob: g})
	}
	for _, s := range list(o.seqs) {
		n, err := strconv.ParseUint(s, 0, 32)
		if err != nil {
			return nil, fmt.Errorf("--seq %s: want a number", s)
		}
		f.seqs = append(f.seqs, uint32(n))
	}
	for _, s := range list(o.pids) {
		n, err := strconv.ParseInt(s, 0, 64)
		if err != nil || n < -1<<31 || n > 1<<32-1 {
			return nil, fmt.Errorf("--pid %s: want a port id (a number, as nlmsg_pid prints)", s)
		}
		f.pids = append(f.pids, int32(n))
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
		return nil, fmt.Errorf("--dir %s: want to-kernel, from-kernel or to-user", o.dir)
	}
	for _, s := range list(o.devs) {
		if n, err := strconv.ParseUint(s, 10, 32); err == nil && n > 0 {
			f.devs = append(f.devs, devPattern{index: uint32(n)})
			continue
		}
		f.devs = append(f.devs, devPattern{name: s})
	}
	f.families = list(o.families)
	if err := f.proc.set(list(o.comms), list(o.procs)); err != nil {
		return nil, err
	}
	return f, nil
}

// active reports whether the filter selects anything less than all.
func (f *filter) active() bool {
	return f.proto >= 0 || len(f.types) > 0 || len(f.seqs) > 0 || len(f.pids) > 0 ||
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
	if f.proto >= 0 && t.Proto != f.proto {
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
