package decode

import (
	"encoding/binary"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// state builds the Tree of one buffer. Decoders call its methods the way
// a printer is called: open a struct, add fields, close it. Every length
// read from the wire is checked by the caller before it reaches these
// methods; the readers below also refuse to read past the buffer.
type state struct {
	d     *Decoder
	t     *Tree
	buf   []byte
	stack []int32
	be    bool // the buffer's host order is big-endian
	ctx   msgCtx
	// nest is how many attribute lists are open (MaxNesting)
	nest int
}

// msgCtx carries what an attribute decoder needs to know of the message
// around it (strace passes the same as "opaque data").
type msgCtx struct {
	proto    Proto
	msgType  uint16
	family   uint8  // address family of the fixed header
	ifiType  uint16 // ARPHRD_* of an ifinfomsg
	kind     string // IFLA_INFO_KIND of the link being decoded
	slave    string // IFLA_INFO_SLAVE_KIND
	flags    uint16 // nlmsg_flags
	genlFam  string // generic netlink family name
	genlCmd  uint8
	nfSubsys uint8
	aux      uint64 // decoder-specific
}

func (s *state) reset(d *Decoder, t *Tree, buf []byte) {
	s.d = d
	s.t = t
	s.buf = buf
	s.stack = s.stack[:0]
	s.nest = 0
	s.be = d.bigEndian
	t.Buf = buf
	t.nodes = t.nodes[:0]
	t.ifnames = t.ifnames[:0]
	t.bigEndian = s.be
}

// readUint reads a host-order number of 1, 2, 4 or 8 bytes; 0 past the
// end.
func readUint(b []byte, off, size int, be bool) uint64 {
	if off < 0 || off+size > len(b) {
		return 0
	}
	switch size {
	case 1:
		return uint64(b[off])
	case 2:
		if be {
			return uint64(binary.BigEndian.Uint16(b[off:]))
		}
		return uint64(binary.LittleEndian.Uint16(b[off:]))
	case 4:
		if be {
			return uint64(binary.BigEndian.Uint32(b[off:]))
		}
		return uint64(binary.LittleEndian.Uint32(b[off:]))
	case 8:
		if be {
			return binary.BigEndian.Uint64(b[off:])
		}
		return binary.LittleEndian.Uint64(b[off:])
	}
	return 0
}

// --- reading the buffer (host order unless said otherwise) ---

func (s *state) u8(off int) uint64 {
	if off < 0 || off >= len(s.buf) {
		return 0
	}
	return uint64(s.buf[off])
}

func (s *state) u16(off int) uint64 {
	if off < 0 || off+2 > len(s.buf) {
		return 0
	}
	if s.be {
		return uint64(binary.BigEndian.Uint16(s.buf[off:]))
	}
	return uint64(binary.LittleEndian.Uint16(s.buf[off:]))
}

func (s *state) u32(off int) uint64 {
	if off < 0 || off+4 > len(s.buf) {
		return 0
	}
	if s.be {
		return uint64(binary.BigEndian.Uint32(s.buf[off:]))
	}
	return uint64(binary.LittleEndian.Uint32(s.buf[off:]))
}

func (s *state) u64(off int) uint64 {
	if off < 0 || off+8 > len(s.buf) {
		return 0
	}
	if s.be {
		return binary.BigEndian.Uint64(s.buf[off:])
	}
	return binary.LittleEndian.Uint64(s.buf[off:])
}

// uint reads an unsigned number of size 1, 2, 4 or 8 bytes in host order,
// or, for other sizes up to 8, the way strace's umoven_to_uint64 does.
func (s *state) uint(off, size int) uint64 {
	if !s.be && off >= 0 && size <= len(s.buf)-off {
		// the common case: little-endian, in the buffer
		b := s.buf[off:]
		switch size {
		case 1:
			return uint64(b[0])
		case 2:
			return uint64(binary.LittleEndian.Uint16(b))
		case 4:
			return uint64(binary.LittleEndian.Uint32(b))
		case 8:
			return binary.LittleEndian.Uint64(b)
		}
	}
	return s.uintSlow(off, size)
}

func (s *state) uintSlow(off, size int) uint64 {
	switch size {
	case 1:
		return s.u8(off)
	case 2:
		return s.u16(off)
	case 4:
		return s.u32(off)
	case 8:
		return s.u64(off)
	}
	if off < 0 || size <= 0 || size > 8 || off+size > len(s.buf) {
		return 0
	}
	var b [8]byte
	if s.be {
		copy(b[8-size:], s.buf[off:off+size])
		return binary.BigEndian.Uint64(b[:])
	}
	copy(b[:], s.buf[off:off+size])
	return binary.LittleEndian.Uint64(b[:])
}

// ube reads a big-endian (network order) number.
func (s *state) ube(off, size int) uint64 {
	if off < 0 || size <= 0 || size > 8 || off+size > len(s.buf) {
		return 0
	}
	var v uint64
	for _, c := range s.buf[off : off+size] {
		v = v<<8 | uint64(c)
	}
	return v
}

// --- building the tree ---

func (s *state) add(n Node) int {
	i := len(s.t.nodes)
	n.end = int32(i + 1)
	s.t.nodes = append(s.t.nodes, n)
	return i
}

// push adds a zero node and returns it to be filled in place. The hot
// paths build their nodes this way: a Node literal handed to add is built
// aside and copied in, twice the stores, and its narrow fields (kind,
// fmt, size, ...), read back 16 bytes at a time by the copy, stall the
// store buffer (about a quarter of the decoding time of a link dump).
func (s *state) push() (*Node, int) {
	i := len(s.t.nodes)
	if i < cap(s.t.nodes) {
		s.t.nodes = s.t.nodes[:i+1]
		s.t.nodes[i] = Node{}
	} else {
		s.t.nodes = append(s.t.nodes, Node{})
	}
	n := &s.t.nodes[i]
	n.end = int32(i + 1)
	return n, i
}

// open starts a composite node covering n bytes at off.
func (s *state) open(k Kind, name string, off, n int, role Role) int {
	nd, i := s.push()
	nd.kind, nd.role, nd.off, nd.len = k, role, uint32(off), uint32(max(n, 0))
	nd.name = name
	s.stack = append(s.stack, int32(i))
	return i
}

// close ends the innermost open composite.
func (s *state) close() {
	top := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.t.nodes[top].end = int32(len(s.t.nodes))
}

func (s *state) openStruct(name string, off, n int) int {
	return s.open(KindStruct, name, off, n, RoleNone)
}

func (s *state) openArray(name string, off, n int) int {
	return s.open(KindArray, name, off, n, RoleNone)
}

// mark and rollback undo what a decoder added when it gives up.
func (s *state) mark() int { return len(s.t.nodes) }

func (s *state) rollback(m int) { s.t.nodes = s.t.nodes[:m] }

// node returns node i for adjustments right after it was added.
func (s *state) node(i int) *Node { return &s.t.nodes[i] }

// num adds a numeric leaf read from the buffer.
func (s *state) num(name string, f Fmt, off, size int) int {
	v := s.uint(off, size)
	n, i := s.push()
	n.fmt, n.size, n.u, n.off, n.len = f, uint8(size), v, uint32(off), uint32(size)
	n.name = name
	return i
}

func (s *state) fieldU(name string, off, size int) int { return s.num(name, FmtU, off, size) }
func (s *state) fieldX(name string, off, size int) int { return s.num(name, FmtX, off, size) }
func (s *state) fieldD(name string, off, size int) int { return s.num(name, FmtD, off, size) }

// fieldDU is fieldD for an unsigned UAPI type that strace prints signed.
func (s *state) fieldDU(name string, off, size int) int {
	i := s.num(name, FmtD, off, size)
	s.t.nodes[i].flags |= flagUnsigned
	return i
}

// value adds a numeric leaf with a value computed by the caller.
func (s *state) value(name string, f Fmt, v uint64, off, size int) int {
	n, i := s.push()
	n.fmt, n.size, n.u, n.off, n.len = f, uint8(size), v, uint32(off), uint32(size)
	n.name = name
	return i
}

// xval adds a number printed by name from t, or as the number with dflt in
// a comment.
func (s *state) xval(name string, off, size int, t *xlat.Table, dflt string) int {
	return s.named(FmtXval, 0, name, s.uint(off, size), off, size, t, dflt)
}

// named adds a number printed with the names of t (FmtXval, FmtFlags).
func (s *state) named(f Fmt, nf uint8, name string, v uint64, off, size int, t *xlat.Table, dflt string) int {
	n, i := s.push()
	n.fmt, n.style, n.size, n.u, n.off, n.len = f, nf, uint8(size), v, uint32(off), uint32(size)
	n.name, n.tab, n.aux = name, t, dflt
	return i
}

// xvalV is xval with a value the caller computed, and a number format.
func (s *state) xvalV(name string, v uint64, off, size int, t *xlat.Table, dflt string, nf uint8) int {
	return s.named(FmtXval, nf, name, v, off, size, t, dflt)
}

// flagsF adds a flag word printed with the names of t.
func (s *state) flagsF(name string, off, size int, t *xlat.Table, dflt string) int {
	return s.named(FmtFlags, 0, name, s.uint(off, size), off, size, t, dflt)
}

func (s *state) flagsV(name string, v uint64, off, size int, t *xlat.Table, dflt string) int {
	return s.named(FmtFlags, 0, name, v, off, size, t, dflt)
}

// hex adds the n bytes at off as a "\x.." string.
func (s *state) hex(off, n int) int {
	nd, i := s.push()
	nd.fmt, nd.off, nd.len = FmtHex, uint32(off), uint32(max(n, 0))
	return i
}

// str adds the n bytes at off as a quoted string in the given style.
func (s *state) str(name string, off, n int, style uint8) int {
	nd, i := s.push()
	nd.fmt, nd.style, nd.off, nd.len = FmtStr, style, uint32(off), uint32(max(n, 0))
	nd.name = name
	return i
}

// text adds verbatim text.
func (s *state) text(name, text string) int {
	return s.add(Node{fmt: FmtText, name: name, aux: text})
}

// more adds "...".
func (s *state) more() int { return s.add(Node{fmt: FmtMore}) }

// ifindex adds an interface index.
func (s *state) ifindex(name string, off, size int) int {
	v := s.uint(off, size)
	ifn := s.ifname(uint32(v))
	n, i := s.push()
	n.fmt, n.size, n.u, n.off, n.len = FmtIfindex, uint8(size), v, uint32(off), uint32(size)
	n.name, n.aux = name, ifn
	return i
}

// ifname returns the name known for an interface index as the message is
// decoded, and keeps it with the tree (Tree.IfName): the tree prints
// what was known then, whatever the decoder learns later.
func (s *state) ifname(index uint32) string {
	if s.d.namesFn == nil || index == 0 {
		return ""
	}
	name := s.d.namesFn(index)
	if name == "" {
		return ""
	}
	for _, p := range s.t.ifnames {
		if p.index == index {
			return name
		}
	}
	s.t.ifnames = append(s.t.ifnames, ifnamePair{index, name})
	return name
}

// inet adds an address of the given family (AF_INET or AF_INET6) of n
// bytes at off.
func (s *state) inet(name string, family uint8, off, n int) int {
	nd, i := s.push()
	nd.fmt, nd.u, nd.off, nd.len = FmtInet, uint64(family), uint32(off), uint32(n)
	nd.name = name
	return i
}

// inetText adds an IPv6 address that takes the place of a hex string
// strace prints: as a quoted string ("fd00::1"), which reads as one
// element where inet_pton(AF_INET6, "fd00::1") would read as three to a
// reader of the notation that splits at commas.
func (s *state) inetText(name string, family uint8, off int) int {
	i := s.inet(name, family, off, 16)
	s.t.nodes[i].style = inetQuoted
	return i
}

// inet style: print the address as a quoted string
const inetQuoted = 1

// hwaddr adds a link-layer address; max is the address size the device
// type allows (255 when unknown).
func (s *state) hwaddr(name string, off, n int, maxLen int) int {
	nd, i := s.push()
	nd.fmt, nd.u, nd.off, nd.len = FmtHwaddr, uint64(maxLen), uint32(off), uint32(n)
	nd.name = name
	return i
}

// call opens f(...).
func (s *state) call(name, fn string, off, n int) int {
	i := s.open(KindCall, name, off, n, RoleNone)
	s.t.nodes[i].aux = fn
	return i
}

// setFlag sets a flag on node i.
func (s *state) setFlag(i int, f uint16) { s.t.nodes[i].flags |= f }

// structFields prints the fields of a fixed struct at off as {f=..., ...}.
func (s *state) structFields(name string, sp *structSpec, off int) {
	s.openStruct(name, off, sp.size)
	s.fields(sp.fields, off)
	s.close()
}

// fields adds the fields of a spec, each at off+field offset.
func (s *state) fields(fs []field, off int) {
	for i := range fs {
		f := &fs[i]
		o := off + int(f.off)
		switch f.fmt {
		case FmtXval, FmtFlags:
			s.named(f.fmt, f.nf, f.name, s.fieldVal(f, o), o, int(f.size), f.tab, f.dflt)
		case FmtStr, FmtHex:
			n, _ := s.push()
			n.fmt, n.style, n.off, n.len = f.fmt, f.nf, uint32(o), uint32(f.size)
			n.name = f.name
		case FmtInet:
			s.inet(f.name, f.nf, o, int(f.size))
		case FmtHwaddr:
			s.hwaddr(f.name, o, int(f.size), 255)
		default:
			v := s.fieldVal(f, o)
			aux := ""
			if f.fmt == FmtIfindex {
				aux = s.ifname(uint32(v))
			}
			var flags uint16
			if f.be {
				flags |= flagBE
			}
			if f.uns {
				flags |= flagUnsigned
			}
			name := f.name
			wrap := f.be && f.fmt != FmtText
			if wrap {
				// htons(...) / htonl(...)
				s.call(f.name, beFunc(int(f.size)), o, int(f.size))
				name = ""
			}
			n, _ := s.push()
			n.fmt, n.size, n.u, n.off, n.len, n.flags = f.fmt, f.size, v, uint32(o), uint32(f.size), flags
			n.name, n.aux = name, aux
			if wrap {
				s.close()
			}
		}
	}
}

func (s *state) fieldVal(f *field, off int) uint64 {
	if f.be {
		return s.ube(off, int(f.size))
	}
	return s.uint(off, int(f.size))
}

// elemArray adds the payload as an array of the elements of size bytes
// it holds whole (strace's print_array), elem adding each one at its
// offset; false when not even one fits.
func (s *state) elemArray(off, n, size int, elem func(o int)) bool {
	cnt := n / size
	if cnt == 0 {
		return false
	}
	a := s.openArray("", off, cnt*size)
	s.setFlag(a, flagAbbrev)
	for i := 0; i < cnt; i++ {
		elem(off + i*size)
	}
	s.close()
	return true
}

// structArray is elemArray for fixed structs: elem adds each one's
// members.
func (s *state) structArray(off, n, size int, elem func(o int)) bool {
	return s.elemArray(off, n, size, func(o int) {
		s.openStruct("", o, size)
		elem(o)
		s.close()
	})
}

// beOpen opens the call that shows a big-endian number (htons(...),
// htonl(...), htobe64(...)) of size bytes at off, named name, and
// returns the number; the leaf added next goes inside, and beClose ends
// it.
func (s *state) beOpen(name string, off, size int) uint64 {
	s.call(name, beFunc(size), off, size)
	return s.ube(off, size)
}

// beClose marks leaf i as the big-endian number and closes the call
// beOpen opened.
func (s *state) beClose(i int) {
	s.setFlag(i, flagBE)
	s.close()
}

func beFunc(size int) string {
	switch size {
	case 2:
		return "htons"
	case 4:
		return "htonl"
	}
	return "htobe64"
}

// field is one member of a fixed struct.
type field struct {
	name string
	off  uint16
	size uint8
	fmt  Fmt
	nf   uint8 // number format of xval/flags, quoting style of strings, family of FmtInet
	be   bool  // network byte order: printed as htons(...)
	uns  bool  // FmtD: printed signed as strace does, but unsigned in the UAPI
	tab  *xlat.Table
	dflt string
}

// structSpec describes a fixed struct.
type structSpec struct {
	name   string
	size   int
	fields []field
}

// Field constructors, to keep specs one line a field.
func fU(name string, off, size int) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtU}
}
func fD(name string, off, size int) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtD}
}

// fDU is a field of an unsigned UAPI type that strace prints signed: the
// strace text is signed, JSON unsigned.
func fDU(name string, off, size int) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtD, uns: true}
}
func fX(name string, off, size int) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtX}
}
func fIfindex(name string, off int) field {
	return field{name: name, off: uint16(off), size: 4, fmt: FmtIfindex}
}
func fXval(name string, off, size int, t *xlat.Table, dflt string) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtXval, tab: t, dflt: dflt}
}
func fXvalU(name string, off, size int, t *xlat.Table, dflt string) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtXval, tab: t, dflt: dflt, nf: numU}
}
func fFlags(name string, off, size int, t *xlat.Table, dflt string) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtFlags, tab: t, dflt: dflt}
}
func fBE(name string, off, size int) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtU, be: true}
}
func fClockT(name string, off, size int) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtClockT}
}
func fStr(name string, off, size int, style uint8) field {
	return field{name: name, off: uint16(off), size: uint8(size), fmt: FmtStr, nf: style}
}
