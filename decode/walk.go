package decode

import (
	"iter"
	"strings"
)

// Each iterates over the children of node i, in order, without
// allocating:
//
//	for c := range t.Each(m) { ... }
func (t *Tree) Each(i int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if i < 0 || i >= len(t.nodes) {
			return
		}
		for c := i + 1; c < int(t.nodes[i].end); c = int(t.nodes[c].end) {
			if !yield(c) {
				return
			}
		}
	}
}

// Find returns the node that path names below node i (a message, or any
// node), and whether there is one. A path is names joined by dots:
// attribute names lead into an attribute's payload, field names into a
// struct field; "IFLA_LINKINFO.IFLA_INFO_KIND" is the kind of a link
// message, "ifi_index" its interface index, "nlmsg_seq" its sequence
// number. The node found for an attribute is its payload (the value, the
// nested list, the struct). The first match in the buffer's order wins.
func (t *Tree) Find(i int, path string) (int, bool) {
	if i < 0 || i >= len(t.nodes) || path == "" {
		return -1, false
	}
	seg, rest, more := strings.Cut(path, ".")
	n, ok := t.findOne(i, seg)
	if !ok || !more {
		return n, ok
	}
	return t.Find(n, rest)
}

// findOne searches below node i for one name: an attribute of that name
// (its payload is returned) or a named node. It does not enter attributes
// of other names: a nested attribute is reached through its parent.
func (t *Tree) findOne(i int, name string) (int, bool) {
	for c := range t.Each(i) {
		n := &t.nodes[c]
		if n.role == RoleAttr {
			if t.AttrName(c) == name {
				if p := t.attrPayload(c); p >= 0 {
					return p, true
				}
				return c, true
			}
			continue
		}
		if n.name == name {
			return c, true
		}
		if f, ok := t.findOne(c, name); ok {
			return f, true
		}
	}
	return -1, false
}

// Undecoded iterates over the nodes below node i whose bytes did not fit
// their decoder and print as a hex string instead (an attribute of the
// wrong size, say): what a library user should not take for decoded.
func (t *Tree) Undecoded(i int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if i < 0 || i >= len(t.nodes) {
			return
		}
		for c := i + 1; c < int(t.nodes[i].end); c++ {
			if t.nodes[c].role == RoleUndecoded && !yield(c) {
				return
			}
		}
	}
}

// Undecoded reports whether the node's bytes did not fit its decoder (it
// prints as a hex string); Want describes what the decoder wanted.
func (n *Node) Undecoded() bool { return n.role == RoleUndecoded }

// Want describes, for an undecoded node, the payload its decoder takes
// ("a u32 (4 bytes)"), or "".
func (n *Node) Want() string {
	if n.role != RoleUndecoded {
		return ""
	}
	return n.aux
}

// JSON returns node i (a message, or any node) as one JSON object, as the
// json format prints it (docs/json.md).
func (t *Tree) JSON(i int) []byte {
	b := append([]byte(nil), '{')
	b = t.AppendJSONMembers(b, i, &DefaultFormat)
	return append(b, '}')
}
