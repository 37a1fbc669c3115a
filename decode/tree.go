package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Kind tells how a Node groups its children.
type Kind uint8

const (
	KindValue  Kind = iota // a leaf: a number, a name, a string, ...
	KindStruct             // {a=1, b=2}
	KindArray              // [x, y]
	KindCall               // f(x, y): htons(...), and the like
	KindIndex              // [index]=value: two children
	KindSeq                // children printed one after the other: A<<8|B
)

// Fmt tells how a leaf prints its value.
type Fmt uint8

const (
	FmtNone    Fmt = iota
	FmtU           // unsigned decimal
	FmtD           // signed decimal (Size bytes wide on the wire)
	FmtX           // hexadecimal with 0x, "0" for zero
	FmtO           // octal with a leading 0
	FmtXval        // a name from a table, else the number and a comment
	FmtFlags       // names from a table joined by |, the rest in hex
	FmtErr         // an errno as -ENAME
	FmtStr         // a quoted string of the bytes
	FmtHex         // the bytes as a "\x.." string
	FmtHwaddr      // a link-layer address aa:bb:cc
	FmtInet        // inet_addr("a.b.c.d") or inet_pton(AF_INET6, "...")
	FmtIfindex     // an interface index, by name where the name is known
	FmtClockT      // clock ticks, with their value in seconds
	FmtText        // verbatim text
	FmtMore        // ...
	FmtFd          // a file descriptor
	FmtUID         // a user or group id (-1 for the unset value)
	FmtX0          // hexadecimal zero-padded to twice the size, as C's "%#0*x"
	FmtArray       // an array of numbers read from the bytes, maybe with named indices
	FmtNlaHdr      // struct nlattr: {nla_len=N, nla_type=NAME}
)

// Role says what a node is to the netlink protocol, for the formats that
// show more than strace's notation (tree, JSON, diff, check).
type Role uint8

const (
	RoleNone       Role = iota
	RoleMessages        // the list of messages in a buffer
	RoleMessage         // one message: [header, payload...]
	RoleHeader          // struct nlmsghdr
	RoleBody            // the fixed header after nlmsghdr (ifinfomsg, ...)
	RoleAttrs           // a list of attributes
	RoleAttr            // one attribute: [nlattr, value]
	RoleAttrHeader      // struct nlattr
	RolePayload         // the undecoded payload of a message
	RoleError           // struct nlmsgerr
	RoleTrailing        // bytes after the last whole element
	RoleUndecoded       // an attribute payload its decoder refused (the size it wants: want.go)
)

// Node flags.
const (
	flagBare     = 1 << iota // an array printed without its brackets
	flagAbbrev               // a list cut at the string limit (-s), as strace does
	flagBE                   // the number was big-endian on the wire
	flagVerbose              // an xval or flags node printed as with -X verbose (unless raw)
	flagWhole                // a composite the strace notation prints as one string of its bytes (quoting style in style)
	flagIndexed              // FmtArray: [NAME]=value elements
	flagIdxU                 // FmtArray: unknown indices in decimal
	flagIdxD                 // FmtArray: unknown indices as signed decimal
	flagTypeNum              // FmtNlaHdr: the type as a bare number, as strace prints it there
	flagUnsigned             // FmtD: signed in strace's text, unsigned in the UAPI (JSON prints it so)
	flagDeep                 // FmtHex: attributes nested deeper than MaxNesting, not decoded
)

// number formats for xval, flags and indices
const (
	numX uint8 = iota
	numU
	numD
)

// Node is one element of a decoded buffer. Nodes are stored in preorder in
// a Tree; a node's children follow it, and End is the index after its
// subtree.
type Node struct {
	kind  Kind
	fmt   Fmt
	style uint8 // number format (numX...) or quoting style (q...)
	role  Role
	size  uint8 // width of the number on the wire, in bytes
	flags uint16
	name  string // field name, "" for none
	aux   string // default comment, function name or text
	tab   *xlat.Table
	u     uint64
	off   uint32 // the node's bytes in Tree.Buf
	len   uint32
	end   int32
}

// Kind returns how the node groups its children.
func (n *Node) Kind() Kind { return n.kind }

// Fmt returns how a leaf prints.
func (n *Node) Fmt() Fmt { return n.fmt }

// Role returns what the node is to the protocol.
func (n *Node) Role() Role { return n.role }

// Name returns the field name, or "".
func (n *Node) Name() string { return n.name }

// Value returns the node's number: the field value of a numeric leaf, the
// attribute type of a RoleAttr node (without the NLA_F_ bits), the message
// type of a RoleMessage node.
func (n *Node) Value() uint64 { return n.u }

// Offset returns the offset of the node's bytes in the buffer.
func (n *Node) Offset() int { return int(n.off) }

// Len returns the number of bytes the node covers.
func (n *Node) Len() int { return int(n.len) }

// Size returns the width of a number on the wire in bytes (0 if none).
func (n *Node) Size() int { return int(n.size) }

// Tree is one decoded buffer. It refers to the bytes it was decoded from and
// stays valid until the Decoder that made it decodes the next buffer.
type Tree struct {
	Buf   []byte
	nodes []Node
	// Proto is the netlink protocol the buffer was decoded as.
	Proto     Proto
	ifnames   []ifnamePair // the interface names known when it was decoded
	bigEndian bool
}

type ifnamePair struct {
	index uint32
	name  string
}

// Len returns the number of nodes.
func (t *Tree) Len() int { return len(t.nodes) }

// Node returns node i; node 0 is the root.
func (t *Tree) Node(i int) *Node { return &t.nodes[i] }

// Children returns the indexes of the children of node i.
func (t *Tree) Children(i int) []int {
	var out []int
	for c := i + 1; c < int(t.nodes[i].end); c = int(t.nodes[c].end) {
		out = append(out, c)
	}
	return out
}

// FirstChild returns the first child of node i, or -1.
func (t *Tree) FirstChild(i int) int {
	if i+1 < int(t.nodes[i].end) {
		return i + 1
	}
	return -1
}

// NextSibling returns the sibling after node i within parent p, or -1.
func (t *Tree) NextSibling(p, i int) int {
	n := int(t.nodes[i].end)
	if n < int(t.nodes[p].end) {
		return n
	}
	return -1
}

// Bytes returns the bytes node i covers (nil for a node past the
// buffer, which a decoded tree does not have).
func (t *Tree) Bytes(i int) []byte {
	return t.nodeBytes(&t.nodes[i])
}

// Messages returns the indexes of the RoleMessage nodes at the top level.
func (t *Tree) Messages() []int {
	return t.AppendMessages(nil)
}

// AppendMessages appends the indexes of the RoleMessage nodes at the top
// level to dst (to reuse a slice from buffer to buffer).
func (t *Tree) AppendMessages(dst []int) []int {
	if len(t.nodes) == 0 {
		return dst
	}
	for c := 1; c < int(t.nodes[0].end); c = int(t.nodes[c].end) {
		if t.nodes[c].role == RoleMessage {
			dst = append(dst, c)
		}
	}
	return dst
}

// AttrHeader returns the nla_len and the raw nla_type (with its NLA_F_
// bits) of the attribute header leaf i (a RoleAttrHeader node).
func (t *Tree) AttrHeader(i int) (nlaLen int, typ uint16) {
	n := &t.nodes[i]
	if n.fmt != FmtNlaHdr {
		return 0, 0
	}
	return int(n.u >> 16), uint16(n.u)
}

// ArrayLen returns the number of elements of an FmtArray leaf.
func (t *Tree) ArrayLen(i int) int {
	n := &t.nodes[i]
	if n.fmt != FmtArray || n.size == 0 {
		return 0
	}
	return int(n.len) / int(n.size)
}

// Elem returns element k of an FmtArray leaf: its value (sign-extended
// for signed arrays), and its index name when the array has named
// indices ("" when the index has no name).
func (t *Tree) Elem(i, k int) (v uint64, index string) {
	n := &t.nodes[i]
	o := int(n.off) + k*int(n.size)
	v = readUint(t.Buf, o, int(n.size), t.bigEndian)
	if Fmt(n.style) == FmtD {
		v = uint64(signExtend(v, n.size))
	}
	if n.flags&flagIndexed != 0 {
		index, _ = n.tab.Lookup(uint64(k))
	}
	return v, index
}

// NameOf returns the symbolic name of a numeric leaf's value (the table
// name of an xval, or "" when the value has none).
func (t *Tree) NameOf(i int) string {
	n := &t.nodes[i]
	if n.tab != nil {
		if s, ok := n.tab.Lookup(n.u); ok {
			return s
		}
	}
	return ""
}
