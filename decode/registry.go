package decode

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// registry is the one shape of nldump's registries: NETLINK_ROUTE message
// types, generic netlink families, netfilter subsystems and netlink
// protocols. Each entry says whether strace 6.1 decodes it too, which
// decides how the strace notation prints what nldump decodes beyond it.
// A key registered twice stops the program at init, naming the key: two
// files claiming one type is a bug, never a silent overwrite.
type registry[K cmp, V any] struct {
	what    string
	entries map[K]regEntry[V]
}

type cmp interface {
	~uint8 | ~uint16 | ~int | ~string
}

type regEntry[V any] struct {
	v        V
	strace61 bool
}

func newRegistry[K cmp, V any](what string) *registry[K, V] {
	return &registry[K, V]{what: what, entries: map[K]regEntry[V]{}}
}

// add registers v under k; strace61 says strace 6.1 decodes it too.
func (r *registry[K, V]) add(k K, v V, strace61 bool) {
	if _, dup := r.entries[k]; dup {
		panic(fmt.Sprintf("decode: %s %v registered twice", r.what, k))
	}
	r.entries[k] = regEntry[V]{v, strace61}
}

// get returns the entry of k.
func (r *registry[K, V]) get(k K) (regEntry[V], bool) {
	e, ok := r.entries[k]
	return e, ok
}

// all iterates over the entries in the order of their keys.
func (r *registry[K, V]) all() iter.Seq2[K, regEntry[V]] {
	return func(yield func(K, regEntry[V]) bool) {
		for _, k := range slices.Sorted(maps.Keys(r.entries)) {
			if !yield(k, r.entries[k]) {
				return
			}
		}
	}
}
