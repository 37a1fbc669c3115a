package decode

import (
	"slices"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// NETLINK_ROUTE message types (linux/rtnetlink.h).
const (
	rtmBase       = 16
	rtmMaxTypeLen = 128
)

// routeDecoder decodes the payload of one NETLINK_ROUTE message type. The
// first byte (the address family of every rtnetlink header) is given.
type routeDecoder func(s *state, family uint8, off, n int)

// routeTypes registers the decoder of every NETLINK_ROUTE message type,
// and whether strace 6.1 decodes that type too (for the others it prints
// {family=AF_X, data="\x.."}). Each file of the route family declares its
// routeEntry; routeTable (route_table.go) lists them.
var routeTypes = newRegistry[uint16, routeDecoder]("NETLINK_ROUTE message type")

// routeDecoders is routeTypes indexed by message type - RTM_BASE, for the
// decoder's hot path.
var routeDecoders [rtmMaxTypeLen]struct {
	dec    routeDecoder
	strace bool
}

func init() {
	for _, e := range routeTable {
		for _, t := range e.types {
			routeTypes.add(t, e.dec, slices.Contains(e.strace, t))
		}
	}
	for t, r := range routeTypes.all() {
		routeDecoders[t-rtmBase].dec = r.v
		routeDecoders[t-rtmBase].strace = r.strace61
	}
}

type routeEntry struct {
	types  []uint16
	strace []uint16 // the types strace 6.1 decodes too
	dec    routeDecoder
}

// routeFlags picks the meaning of the NLM_F_ bits 0x100-0x800 from the
// kind of request: NEW, DEL or GET (the low two bits of the type).
func routeFlags(typ uint16) *xlat.Table {
	if typ == xlat.RTM_DELACTION {
		return nlFlagsGet
	}
	switch typ & 3 {
	case 0:
		return nlFlagsNew
	case 1:
		return nlFlagsDelete
	case 2:
		return nlFlagsGet
	}
	return nil
}

func routeBody(s *state, typ uint16, off, n int) bool {
	if typ == xlat.NLMSG_DONE {
		return false
	}
	if n < 1 {
		// strace fails to read the family byte and prints the address
		s.hex(off, n)
		return true
	}
	family := uint8(s.u8(off))
	s.ctx.family = family
	if i := int(typ) - rtmBase; i >= 0 && i < len(routeDecoders) && routeDecoders[i].dec != nil {
		if routeDecoders[i].strace {
			routeDecoders[i].dec(s, family, off, n)
			return true
		}
		// strace 6.1 prints {family=AF_X, data="\x.."} for this type:
		// decode the data in place of its hex string
		body := s.mark()
		routeDecoders[i].dec(s, family, off, n)
		if !s.wrapFamilyData(body, off, n) {
			s.rollback(body)
			s.familyData(family, off, n)
		}
		return true
	}
	s.familyData(family, off, n)
	return true
}

// familyData prints a payload as strace 6.1 prints the types it has no
// decoder for: {family=AF_X, data="\x.."}.
func (s *state) familyData(family uint8, off, n int) {
	s.openStruct("", off, n)
	s.xvalV("family", uint64(family), off, 1, xlat.Addrfams, "AF_???", numX)
	if n > 1 {
		s.add(Node{fmt: FmtHex, name: "data", off: uint32(off + 1), len: uint32(n - 1)})
	}
	s.close()
}

// wrapFamilyData reshapes what a decoder added from node body on (its
// fixed header struct, whose first field is the family, and maybe the
// attribute list after it) into strace's shape for unknown types, with
// the hex string replaced: {family=AF_X, data=[{the other fields},
// [attributes]]}. It returns false when the decoder printed the header
// cut short; strace's hex then stays.
func (s *state) wrapFamilyData(body, off, n int) bool {
	nodes := s.t.nodes
	if body >= len(nodes) || nodes[body].kind != KindStruct {
		return false
	}
	b := &nodes[body]
	f0 := body + 1
	if f0 >= int(b.end) {
		return false
	}
	p := int(nodes[f0].end) // after the family field
	if p >= int(b.end) {
		return false // nothing but the family
	}
	for i := p; i < int(b.end); i = int(nodes[i].end) {
		if nodes[i].fmt == FmtMore {
			return false
		}
	}
	nodes[f0].name = "family"
	oldEnd := int(b.end)
	total := len(nodes)
	// insert data=[ and { after the family field
	s.t.nodes = append(s.t.nodes, Node{}, Node{})
	nodes = s.t.nodes
	copy(nodes[p+2:], nodes[p:total])
	for i := body; i < len(nodes); i++ {
		if i == p || i == p+1 {
			continue
		}
		if int(nodes[i].end) > p {
			nodes[i].end += 2
		}
	}
	dataOff := uint32(off + 1)
	nodes[p] = Node{kind: KindArray, name: "data", off: dataOff, len: uint32(n - 1), end: int32(len(nodes))}
	nodes[p+1] = Node{kind: KindStruct, off: dataOff, len: nodes[body].off + nodes[body].len - dataOff, end: int32(oldEnd + 2)}
	if oldEnd == total {
		nodes[p].flags |= flagBare // no attributes: data={...}
	}
	nodes[body].end = int32(len(nodes))
	nodes[body].len = uint32(n)
	return true
}

var routeFamily = &family{
	types: xlat.NlRouteTypes,
	dflt:  "RTM_???",
	flags: routeFlags,
	body:  routeBody,
}

// fixedHeader decodes the common shape of rtnetlink payloads: a struct
// whose first field is the family, printed whole when the payload holds
// it, else the family and "..."; then, at NLMSG_ALIGN(size), attributes.
// It returns whether the struct was printed whole.
func (s *state) fixedHeader(sp *structSpec, off, n int, set *attrSet) bool {
	b := s.open(KindStruct, "", off, min(n, sp.size), RoleBody)
	s.node(b).aux = sp.name
	s.node(b).u = uint64(sp.size)
	whole := n >= sp.size
	if whole {
		s.fields(sp.fields, off)
	} else {
		s.fields(sp.fields[:1], off)
		s.more()
	}
	s.close()
	if a := nlmsgAlign(sp.size); whole && n > a && set != nil {
		s.attrs(off+a, n-a, set)
	}
	return whole
}
