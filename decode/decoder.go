package decode

import (
	"net"
	"sync"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// Options configure a Decoder.
type Options struct {
	// Proto is the netlink protocol of the buffers (ProtoRoute, ...).
	Proto Proto
	// BigEndian says the buffers come from a big-endian host. Netlink
	// headers and most payloads are in the byte order of the host that
	// sent them.
	BigEndian bool
	// HostNames resolves interface indexes on the running host when no
	// RTM_NEWLINK of the input named them.
	HostNames bool
}

// Decoder decodes netlink buffers. It remembers what the messages teach it
// (interface names, generic netlink family ids) for the buffers after
// them. A Decoder is not safe for concurrent use; the Tree it returns is
// valid until the next call.
type Decoder struct {
	opts      Options
	bigEndian bool
	ifnames   map[uint32]string
	host      map[uint32]string
	genl      genlRegistry
	tree      Tree
	st        state
	namesFn   func(uint32) string
}

// NewDecoder returns a Decoder with the given options.
func NewDecoder(o Options) *Decoder {
	d := &Decoder{opts: o, bigEndian: o.BigEndian, ifnames: map[uint32]string{}}
	d.namesFn = d.ifname
	return d
}

// Decode decodes one buffer (one datagram, which may hold several
// messages) of the Decoder's protocol.
func (d *Decoder) Decode(buf []byte) *Tree {
	return d.DecodeProto(d.opts.Proto, buf)
}

// DecodeProto decodes one buffer of the given protocol.
func (d *Decoder) DecodeProto(proto Proto, buf []byte) *Tree {
	if n := min(len(buf)*3/4, maxPresize); cap(d.tree.nodes) < n {
		// A buffer of small messages makes about a node for every two
		// bytes (a route dump 0.52, NLMSG_NOOPs 0.44). Made this size
		// at once, the decoder's own tree is written once; grown by
		// append from small, each step would copy it into fresh
		// memory, and a fresh page costs a page fault (1,500 of them
		// for the first 32 KiB route dump buffer of a process). Trees
		// given to DecodeTo (many in flight in read) grow as they need.
		d.tree.nodes = make([]Node, 0, n)
	}
	return d.DecodeTo(&d.tree, proto, buf)
}

// maxPresize bounds the nodes DecodeProto makes room for before
// decoding: 32 Ki nodes (2.3 MB), enough for a 43 KB buffer; a larger
// one grows its tree by append.
const maxPresize = 1 << 15

// DecodeTo decodes one buffer into t, reusing t's memory, and returns t.
// The tree refers to buf and stays valid until t is decoded into again,
// so a program can decode one buffer while it prints another.
func (d *Decoder) DecodeTo(t *Tree, proto Proto, buf []byte) *Tree {
	t.Proto = proto
	s := &d.st
	s.reset(d, t, buf)
	s.ctx = msgCtx{proto: proto}
	s.messages(0, len(buf))
	return t
}

// DisableNames makes interface indexes print as numbers only.
func (d *Decoder) DisableNames() { d.namesFn = nil }

// SetBigEndian changes the byte order of the buffers that follow.
func (d *Decoder) SetBigEndian(be bool) { d.bigEndian = be }

// SetIfName records the name of an interface index.
func (d *Decoder) SetIfName(index uint32, name string) { d.ifnames[index] = name }

// IfName returns the name known for an interface index, or "".
func (d *Decoder) IfName(index uint32) string { return d.ifname(index) }

func (d *Decoder) ifname(index uint32) string {
	if n, ok := d.ifnames[index]; ok {
		return n
	}
	if !d.opts.HostNames || index == 0 {
		return ""
	}
	if n, ok := d.host[index]; ok {
		return n
	}
	name := ""
	if ifi, err := net.InterfaceByIndex(int(index)); err == nil {
		name = ifi.Name
	}
	if d.host == nil {
		d.host = map[uint32]string{}
	}
	d.host[index] = name
	return name
}

// Strace returns the strace notation of a buffer of the given protocol:
// the text strace prints for the buffer of a sendmsg or recvmsg.
func Strace(proto Proto, buf []byte) string {
	d := NewDecoder(Options{Proto: proto})
	return d.Decode(buf).String()
}

// genlRegistry holds the generic netlink family ids learned so far.
type genlRegistry struct {
	mu    sync.Mutex
	names map[uint16]string
	tab   *xlat.Table
	// lastReq is the command of the last request seen to each family,
	// plus one (genl.go tells replies from notifications with it).
	lastReq map[uint16]uint8
}

// SetGenlFamily records the name of a generic netlink family id.
func (d *Decoder) SetGenlFamily(id uint16, name string) {
	d.genl.set(id, name)
}

// GenlFamily returns the name known for a generic netlink family id.
func (d *Decoder) GenlFamily(id uint16) string {
	return d.genl.name(id)
}

func (g *genlRegistry) set(id uint16, name string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.names == nil {
		g.names = map[uint16]string{}
	}
	if g.names[id] == name {
		return
	}
	g.names[id] = name
	g.tab = nil
}

func (g *genlRegistry) name(id uint16) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.names[id]
}

// table returns the known families as a name table, nlctrl always
// included.
func (g *genlRegistry) table() *xlat.Table {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.tab != nil {
		return g.tab
	}
	es := []xlat.Entry{{Name: "nlctrl", Val: 0x10}}
	for id, n := range g.names {
		if id != 0x10 {
			es = append(es, xlat.Entry{Name: n, Val: uint64(id)})
		}
	}
	g.tab = xlat.Make("genl_families", es)
	return g.tab
}
