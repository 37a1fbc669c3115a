package xlat

import (
	"slices"
	"testing"
)

// TestGeneratedIndexes checks that the indexes xlatgen wrote for each
// table are the ones New makes from its entries.
func TestGeneratedIndexes(t *testing.T) {
	if len(generated) < 900 {
		t.Fatalf("%d generated tables, want every list", len(generated))
	}
	same := func(name string, got, want *Table) {
		if !slices.Equal(got.Entries, want.Entries) {
			t.Errorf("%s: entries differ", name)
		}
		if !slices.Equal(got.dense, want.dense) || (got.dense == nil) != (want.dense == nil) {
			t.Errorf("%s: dense index %q, want %q", name, got.dense, want.dense)
		}
		if !slices.Equal(got.sorted, want.sorted) || (got.sorted == nil) != (want.sorted == nil) {
			t.Errorf("%s: sorted index %v, want %v", name, got.sorted, want.sorted)
		}
	}
	for _, tab := range generated {
		want := New(tab.Name, tab.Entries)
		same(tab.Name, tab, want)
		switch {
		case (tab.old == nil) != (want.old == nil):
			t.Errorf("%s: has a table of old names: %v, want %v", tab.Name, tab.old != nil, want.old != nil)
		case tab.old != nil:
			same(tab.Name+" (old)", tab.old, want.old)
		}
	}
}

// TestLookupSorted looks names up in a table of large values.
func TestLookupSorted(t *testing.T) {
	tab := New("t", []Entry{{"B", 1 << 40, false}, {"A", 7, false}, {"A2", 7, false}, {"C", 1 << 41, true}})
	for _, c := range []struct {
		v    uint64
		want string
	}{{7, "A"}, {1 << 40, "B"}, {1 << 41, "C"}, {8, ""}} {
		if got, _ := tab.Lookup(c.v); got != c.want {
			t.Errorf("Lookup(%#x) = %q, want %q", c.v, got, c.want)
		}
	}
	if got, ok := tab.Old().Lookup(1 << 41); ok {
		t.Errorf("Old().Lookup(1<<41) = %q, want none", got)
	}
}
