// Package xlat holds the kernel's constant names as lookup tables.
//
// The tables are generated from the plain name lists in this directory
// (*.txt; HACKING.md, "Name tables", gives their format). Nothing here is typed by hand
// except the Table type itself.
package xlat

import (
	"cmp"
	"slices"
	"sync"
)

//go:generate go run ../../../internal/gen/xlatgen -dir .

// Entry is one named constant.
type Entry struct {
	Name string
	Val  uint64
	// New marks a name strace 6.1 does not know (a list extended with
	// what later kernels define). The strace notation prints such values
	// as strace 6.1 does, as numbers; the other formats name them.
	New bool
}

// Table maps constant values to their names. The order of Entries is the
// order of the list, which is the order flags are printed in.
type Table struct {
	Name    string
	Entries []Entry
	dense   []string // value-indexed names when the values are small
	sorted  []Entry  // otherwise, the first entry of each value, by value
	old     *Table   // the entries strace 6.1 knows, when some are New

	indexOnce sync.Once
	index     []string // "[NAME]=" for each value of dense, made on first use
}

// denseLimit bounds the value-indexed lookup array.
const denseLimit = 1024

// New builds a table of the decoder's own (a Concat, a bitmap of an
// enum), made once at init, and records it for All. The generated tables
// are built by xlatgen instead, indexes and all, as static data: nothing
// is made at init for them.
func New(name string, entries []Entry) *Table {
	t := Make(name, entries)
	made = append(made, t)
	return t
}

// Make builds a table without recording it: for tables made while
// decoding (the generic netlink families a decoder learns), which come
// and go.
func Make(name string, entries []Entry) *Table {
	t := build(name, entries)
	var old []Entry
	for _, e := range entries {
		if !e.New {
			old = append(old, e)
		}
	}
	if len(old) < len(entries) {
		t.old = build(name, old)
	}
	return t
}

var made []*Table // by New

// All returns every table: the generated ones, then those New made.
func All() []*Table {
	return append(generated[:len(generated):len(generated)], made...)
}

// Dense returns the value-indexed names of a table of small values ("" for
// values without a name), or nil.
func (t *Table) Dense() []string {
	if t == nil {
		return nil
	}
	return t.dense
}

// IndexLabels returns "[NAME]=" for each value of a table of small values
// ("" for values without a name), the labels of array elements indexed
// by the table; nil for other tables.
func (t *Table) IndexLabels() []string {
	if t == nil || t.dense == nil {
		return nil
	}
	t.indexOnce.Do(func() {
		t.index = make([]string, len(t.dense))
		for i, n := range t.dense {
			if n != "" {
				t.index[i] = "[" + n + "]="
			}
		}
	})
	return t.index
}

// Old returns the table of the names strace 6.1 knows.
func (t *Table) Old() *Table {
	if t == nil || t.old == nil {
		return t
	}
	return t.old
}

func build(name string, entries []Entry) *Table {
	t := &Table{Name: name, Entries: entries}
	max := uint64(0)
	for _, e := range entries {
		if e.Val > max {
			max = e.Val
		}
	}
	if max < denseLimit {
		t.dense = make([]string, max+1)
		for _, e := range entries {
			if t.dense[e.Val] == "" {
				t.dense[e.Val] = e.Name
			}
		}
		return t
	}
	seen := make(map[uint64]bool, len(entries))
	for _, e := range entries {
		if !seen[e.Val] {
			seen[e.Val] = true
			t.sorted = append(t.sorted, e)
		}
	}
	slices.SortFunc(t.sorted, func(a, b Entry) int { return cmp.Compare(a.Val, b.Val) })
	return t
}

// Lookup returns the first name listed for v.
func (t *Table) Lookup(v uint64) (string, bool) {
	if t != nil && v < uint64(len(t.dense)) {
		s := t.dense[v]
		return s, s != ""
	}
	return t.lookupSorted(v)
}

func (t *Table) lookupSorted(v uint64) (string, bool) {
	if t == nil || t.sorted == nil {
		return "", false
	}
	i, ok := slices.BinarySearchFunc(t.sorted, v, func(e Entry, v uint64) int { return cmp.Compare(e.Val, v) })
	if ok {
		return t.sorted[i].Name, true
	}
	return "", false
}

// Value returns the value of a name in the table.
func (t *Table) Value(name string) (uint64, bool) {
	if t == nil {
		return 0, false
	}
	for _, e := range t.Entries {
		if e.Name == name {
			return e.Val, true
		}
	}
	return 0, false
}

// Concat returns a table holding the entries of a followed by those of b,
// as strace does when it prints flags from two lists.
func Concat(name string, ts ...*Table) *Table {
	var es []Entry
	for _, t := range ts {
		es = append(es, t.Entries...)
	}
	return New(name, es)
}
