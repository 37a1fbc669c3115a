package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// NETLINK_ROUTE message types (linux/rtnetlink.h).
const (
	rtmBase       = 16
	rtmNewLink    = 16
	rtmDelLink    = 17
	rtmGetLink    = 18
	rtmSetLink    = 19
	rtmDelAction  = 49
	rtmMaxTypeLen = 128
)

// routeDecoder decodes the payload of one NETLINK_ROUTE message type. The
// first byte (the address family of every rtnetlink header) is given.
type routeDecoder func(s *state, family uint8, off, n int)

// routeDecoders is indexed by message type - RTM_BASE. Each file of the
// route family fills its own entries in routeTable.
var routeDecoders [rtmMaxTypeLen]routeDecoder

func init() {
	for _, e := range routeTable {
		for _, t := range e.types {
			routeDecoders[t-rtmBase] = e.dec
		}
	}
}

type routeEntry struct {
	types []uint16
	dec   routeDecoder
}

// routeFlags picks the meaning of the NLM_F_ bits 0x100-0x800 from the
// kind of request: NEW, DEL or GET (the low two bits of the type).
func routeFlags(typ uint16) *xlat.Table {
	if typ == rtmDelAction {
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
	if typ == nlmsgDone {
		return false
	}
	if n < 1 {
		// strace fails to read the family byte and prints the address
		s.hex(off, n)
		return true
	}
	family := uint8(s.u8(off))
	s.ctx.family = family
	if i := int(typ) - rtmBase; i >= 0 && i < len(routeDecoders) && routeDecoders[i] != nil {
		routeDecoders[i](s, family, off, n)
		return true
	}
	s.openStruct("", off, n)
	s.xvalV("family", uint64(family), off, 1, xlat.Addrfams, "AF_???", numX)
	if n > 1 {
		s.add(Node{fmt: FmtHex, name: "data", off: uint32(off + 1), len: uint32(n - 1)})
	}
	s.close()
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
