package decode

import (
	"strconv"
	"strings"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// Pairing requests with their answers: a Pairer is fed every message of
// the traffic in order and ties each NLMSG_ERROR, ACK, NLMSG_DONE, dump
// part and reply to the request it answers (same protocol, same socket,
// same seq), and tells each request's outcome once it is known.
//
// The kernel answers on the socket the request came from, copying the
// request's nlmsg_seq and putting the socket's port id in nlmsg_pid. So a
// request and its answers match by (protocol, socket, seq), where the
// socket is what the source knows of it: a traced process's file
// descriptor, an nlmon capture's sender port id, or, for a bare hex dump,
// the answer's nlmsg_pid against the request's (0 in most requests: then
// seq alone).

// Ref locates a message in its source: the buffer's number and the
// message's number in it, both from 1.
type Ref struct{ Packet, Message int }

// SocketKind says what a Socket's ID is.
type SocketKind uint8

const (
	// SocketUnknown: the source does not say; requests and answers pair
	// by nlmsg_pid and seq.
	SocketUnknown SocketKind = iota
	// SocketPort: a netlink port id (nlmon's sender address of a
	// request). Answers with an unknown socket match it by their
	// nlmsg_pid.
	SocketPort
	// SocketHandle: an id only the source knows (a traced process and
	// file descriptor); requests and answers must both carry it.
	SocketHandle
)

// Socket is the socket a message went through, as far as the source knows.
type Socket struct {
	Kind SocketKind
	ID   uint64
}

// PairIn is what a Pairer is told of a message besides its bytes.
type PairIn struct {
	Ref    Ref
	Dir    CheckDir // CheckAuto: by the message itself
	Socket Socket
}

// PairKind is what a message is to the exchange.
type PairKind uint8

const (
	PairNone    PairKind = iota // a notification, a message between processes, ...
	PairRequest                 // a request (NLM_F_REQUEST, to the kernel)
	PairAnswer                  // an answer to a request seen before
)

// RequestInfo identifies a request.
type RequestInfo struct {
	ID    uint64 // the Pairer's number for it, from 1
	Ref   Ref
	Proto Proto
	Type  string // its type's name ("type 99" when unknown)
	Seq   uint32
	// Expect says the request asked for an answer on success: NLM_F_ACK,
	// a dump, a GET or NLM_F_ECHO. Without it the kernel answers only
	// an error.
	Expect bool
	Dump   bool
}

// Pairing is what one message is to the exchange.
type Pairing struct {
	Kind PairKind
	// Request is the request itself (PairRequest) or the one answered.
	Request RequestInfo
	// Part is the number of this answer among the request's replies,
	// from 1 (0 for an ACK, an error or NLMSG_DONE).
	Part int
	// Final: this answer ends the exchange.
	Final bool
	// Extack is the error, message and offsets of an NLMSG_ERROR or
	// NLMSG_DONE answer (Extack.Field resolved in the request); nil for a
	// plain ACK or end of dump (error 0, no extended ACK attributes). It
	// is read-only: an error without attributes is one Extack shared by
	// every answer with the same errno.
	Extack *Extack
}

// OutcomeKind says how an exchange ended.
type OutcomeKind uint8

const (
	// OutcomeAnswered: the kernel answered with an ACK or an error, or a
	// dump ended with NLMSG_DONE, or a single reply came.
	OutcomeAnswered OutcomeKind = iota + 1
	// OutcomeSilent: the request asked for no answer and got none before
	// the same socket's next answer (the kernel answers in order): it
	// succeeded.
	OutcomeSilent
	// OutcomeUnseen: no answer was seen (the traffic ended, or the
	// request was forgotten to keep memory bounded).
	OutcomeUnseen
)

// Outcome is the verdict on a request.
type Outcome struct {
	Kind OutcomeKind
	// Asked: the request asked for an answer on success (RequestInfo.Expect).
	Asked bool
	// Errno is the error the kernel answered (negative), 0 for success.
	Errno int32
	// Messages counts the replies (dump parts, a GET's reply, an echo).
	Messages int
	// Done: a dump that ended with NLMSG_DONE.
	Done bool
	// Answer is where the final answer is.
	Answer Ref
	// Extack of the final NLMSG_ERROR or NLMSG_DONE, when it has one.
	Extack *Extack
}

// Settled is a request whose outcome became known.
type Settled struct {
	Request RequestInfo
	Outcome Outcome
	// Answers is the number of answers the Pairer had paired when it
	// settled this one: with none at all, the source holds no answers
	// (a dump of requests alone) and an unseen answer says nothing.
	Answers int
}

// AppendVerdict appends the outcome as the summary shows it after a
// request: "-> 0", `-> -EINVAL "msg" at byte 32: IFLA_MTU`, "-> 12
// messages", "-> no answer seen".
func (o *Outcome) AppendVerdict(b []byte) []byte {
	b = append(b, "-> "...)
	switch o.Kind {
	case OutcomeSilent:
		return append(b, "no error (no ACK asked)"...)
	case OutcomeUnseen:
		if o.Messages > 0 {
			b = appendCount(b, o.Messages)
			return append(b, ", no end seen"...)
		}
		if !o.Asked {
			return append(b, "no answer seen (no ACK asked)"...)
		}
		return append(b, "no answer seen"...)
	}
	if o.Messages > 0 {
		b = appendCount(b, o.Messages)
		if o.Errno == 0 && !o.Done {
			return b
		}
		if o.Errno == 0 {
			return append(b, ", done"...)
		}
		b = append(b, ", "...)
	}
	b = AppendErrno(b, o.Errno)
	if e := o.Extack; e != nil {
		if e.Msg != "" {
			b = append(b, ' ')
			b = strconv.AppendQuote(b, e.Msg)
		}
		if x := e.Explain(); x != "" {
			b = append(b, ' ')
			b = append(b, x...)
		}
	}
	return b
}

func appendCount(b []byte, n int) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	if n == 1 {
		return append(b, " message"...)
	}
	return append(b, " messages"...)
}

// AppendErrno appends an error code as -ENAME (0 as "0").
func AppendErrno(b []byte, errno int32) []byte {
	if errno < 0 {
		if s, ok := xlat.Errnos.Lookup(uint64(-int64(errno))); ok {
			b = append(b, '-')
			return append(b, s...)
		}
	}
	return strconv.AppendInt(b, int64(errno), 10)
}

// Pairer ties answers to requests. Its memory is bounded: it keeps at
// most MaxPending requests waiting for an answer (the oldest are settled
// as unseen), and the bytes of each for resolving offsets in capped
// errors. A Pairer is not safe for concurrent use.
type Pairer struct {
	// MaxPending bounds the requests kept (default 4096).
	MaxPending int
	dec        *Decoder
	own        *Decoder
	scratch    Tree
	nextID     uint64
	pending    map[pairKey]*pendingReq
	order      []orderRef // in arrival order, settled ones removed lazily
	head       int
	settled    []Settled
	answers    int
	free       []*pendingReq // settled and out of the order: for reuse
	count      int           // requests waiting
	silent     map[sockKey][]silentRef
	last       lastLookup
	plain      map[plainKey]*Extack // the bare errors, shared
	decoded    int                  // requests decoded with dec (NeedsDecoder's test counts them)
}

// newReq returns a cleared pendingReq, reusing a settled one's memory.
func (p *Pairer) newReq() *pendingReq {
	n := len(p.free)
	if n == 0 {
		return &pendingReq{}
	}
	r := p.free[n-1]
	p.free = p.free[:n-1]
	*r = pendingReq{msg: r.msg[:0]}
	return r
}

// pairKey is laid out without padding, so that the map hashes it as 16
// plain bytes.
type pairKey struct {
	sock  uint64
	seq   uint32
	proto uint16
	kind  uint16 // a SocketKind, 16 bits wide so that the key has no padding
}

type sockKey struct {
	proto uint16
	kind  SocketKind
	sock  uint64
}

type pendingReq struct {
	info    RequestInfo
	key     pairKey
	ack     bool
	reply   bool // a single reply is expected (a GET, an echo)
	count   int
	done    bool
	msg     []byte // the request's bytes (for capped errors)
	bigEnd  bool
	settled bool
	next    *pendingReq // the next request waiting with the same key
	tail    *pendingReq // the head of a queue: its last request
}

// NewPairer returns a Pairer. d, when not nil, is the Decoder that decodes
// the traffic: the Pairer decodes kept requests with it (in its own
// tree) when an error needs them, so that generic netlink families and
// link kinds resolve as in the traffic. It must be used from the same
// goroutine as d.
func NewPairer(d *Decoder) *Pairer {
	return &Pairer{dec: d, pending: map[pairKey]*pendingReq{}}
}

// maxKeptReq: requests longer than this are not kept whole.
const maxKeptReq = 64 << 10

// Feed tells the Pairer of message m of t (a RoleMessage node) and
// returns what the message is to the exchange. The outcomes it settles
// (this answer's request, or earlier ones) are collected for Settled.
func (p *Pairer) Feed(t *Tree, m int, in PairIn) Pairing {
	if m < 0 || m >= len(t.nodes) || t.nodes[m].role != RoleMessage {
		return Pairing{}
	}
	n := &t.nodes[m]
	off := int(n.off)
	if n.len < nlmsgHdrLen {
		return Pairing{}
	}
	typ := uint16(readUint(t.Buf, off+4, 2, t.bigEndian))
	flags := uint16(readUint(t.Buf, off+6, 2, t.bigEndian))
	seq := uint32(readUint(t.Buf, off+8, 4, t.bigEndian))
	pid := uint32(readUint(t.Buf, off+12, 4, t.bigEndian))
	proto := uint16(t.Proto)
	dir := in.Dir
	if dir == CheckAuto {
		dir = CheckFromKernel
		if flags&xlat.NLM_F_REQUEST != 0 && typ != xlat.NLMSG_ERROR && typ != xlat.NLMSG_DONE {
			dir = CheckToKernel
		}
	}
	if dir == CheckToKernel {
		if flags&xlat.NLM_F_REQUEST == 0 || typ < nlmsgMinType {
			return Pairing{}
		}
		return p.request(t, m, in, proto, typ, flags, seq, pid)
	}
	// an answer: on the socket the request came from
	r := p.lookup(proto, in.Socket, pid, seq)
	if r == nil {
		return Pairing{}
	}
	if r = p.pick(r, t, m, typ); r == nil {
		return Pairing{}
	}
	pr := Pairing{Kind: PairAnswer, Request: r.info}
	switch {
	case typ == xlat.NLMSG_ERROR || typ == xlat.NLMSG_DONE:
		errno := int32(readUint(t.Buf, off+nlmsgHdrLen, 4, t.bigEndian))
		if !plainAnswer(typ, flags, errno, int(n.len)) {
			pr.Extack = p.extack(t, m, r)
		}
		r.done = typ == xlat.NLMSG_DONE
		pr.Final = true
	case flags&xlat.NLM_F_MULTI != 0 || r.reply:
		r.count++
		pr.Part = r.count
		// a single reply ends a GET that asked for no ACK
		pr.Final = !r.info.Dump && !r.ack && flags&xlat.NLM_F_MULTI == 0
	default:
		// a notification the request caused (same seq and port): not
		// an answer
		return Pairing{}
	}
	p.answers++
	if pr.Final {
		o := Outcome{Kind: OutcomeAnswered, Messages: r.count, Done: r.done, Answer: in.Ref}
		if pr.Extack != nil {
			o.Errno = pr.Extack.Errno
			if pr.Extack.hasAttrs() {
				o.Extack = pr.Extack
			}
		}
		p.settle(r, o)
		// the kernel answers in order: requests of this socket that
		// asked for nothing and came before got no error
		p.settleSilent(r)
	}
	return pr
}

// lookup finds the first request waiting for an answer on socket in
// with seq (by the answer's nlmsg_pid when the source does not know the
// socket). The parts of a dump come one after the other with the same
// key: the last lookup is remembered until a request comes or goes.
func (p *Pairer) lookup(proto uint16, in Socket, pid, seq uint32) *pendingReq {
	c := &p.last
	if c.r != nil && c.proto == proto && c.in == in && c.pid == pid && c.seq == seq {
		return c.r
	}
	var r *pendingReq
	switch in.Kind {
	case SocketHandle, SocketPort:
		r = p.pending[pairKey{sock: in.ID, seq: seq, proto: proto, kind: uint16(in.Kind)}]
	}
	if r == nil && in.Kind != SocketHandle {
		if r = p.pending[pairKey{sock: uint64(pid), seq: seq, proto: proto, kind: uint16(SocketPort)}]; r == nil {
			r = p.pending[pairKey{seq: seq, proto: proto, kind: uint16(SocketUnknown)}]
		}
	}
	*c = lastLookup{proto: proto, in: in, pid: pid, seq: seq, r: r}
	return r
}

// plainKey is a bare error: its errno, whether the request was echoed
// whole, and where offsets would have been resolved.
type plainKey struct {
	errno  int32
	capped bool
	from   string
}

// lastLookup is the Pairer's last lookup and what it found (nil: forgotten).
type lastLookup struct {
	in       Socket
	pid, seq uint32
	proto    uint16
	r        *pendingReq
}

// NeedsDecoder reports whether Feed may use the Decoder given to
// NewPairer for some message of t: only an answer that may hold an
// extended ACK (an NLMSG_ERROR with NLM_F_ACK_TLVS, an NLMSG_DONE with
// bytes past its error code) can, to decode the request its offsets or
// missing attribute point into. For any other tree Feed reads t alone, so the
// caller may go on decoding the next buffers with the Decoder on another
// goroutine meanwhile.
func (p *Pairer) NeedsDecoder(t *Tree) bool {
	if p.dec == nil || len(t.nodes) == 0 {
		return false
	}
	for c := 1; c < int(t.nodes[0].end); c = int(t.nodes[c].end) {
		n := &t.nodes[c]
		if n.role != RoleMessage || n.len < nlmsgHdrLen {
			continue
		}
		off := int(n.off)
		typ := uint16(readUint(t.Buf, off+4, 2, t.bigEndian))
		flags := uint16(readUint(t.Buf, off+6, 2, t.bigEndian))
		switch {
		case typ == xlat.NLMSG_ERROR && flags&xlat.NLM_F_ACK_TLVS != 0,
			typ == xlat.NLMSG_DONE && n.len > nlmsgHdrLen+4:
			return true
		}
	}
	return false
}

// plainAnswer reports whether an NLMSG_ERROR or NLMSG_DONE says no more
// than "done, no error".
func plainAnswer(typ, flags uint16, errno int32, size int) bool {
	return errno == 0 && (flags&xlat.NLM_F_ACK_TLVS == 0 || typ == xlat.NLMSG_DONE && size <= nlmsgHdrLen+4)
}

// extack reads the extended ACK of answer m to r, resolved in the echo
// or in r; nil when it is a plain ACK.
func (p *Pairer) extack(t *Tree, m int, r *pendingReq) *Extack {
	e, _ := t.Extack(m, nil, -1)
	if !e.hasAttrs() {
		if e.Errno == 0 {
			return nil // a plain ACK, the most common answer: nothing to keep
		}
		// a bare error (-ENOENT of a dump of nothing, ...): one per errno
		k := plainKey{e.Errno, e.Capped, e.From}
		ep := p.plain[k]
		if ep == nil {
			if p.plain == nil {
				p.plain = map[plainKey]*Extack{}
			}
			ep = &Extack{Errno: e.Errno, Capped: e.Capped, From: e.From}
			p.plain[k] = ep
		}
		return ep
	}
	if e.From == "" && (e.HasOffset || e.HasMissNest || e.HasMissType) {
		// capped: the offsets point into the request kept
		rt, rm := p.requestTree(r)
		e, _ = t.Extack(m, rt, rm)
	}
	if e.HasMissType && e.MissTypeName == "" && !e.HasMissNest {
		e.MissTypeName = p.topName(r, uint16(e.MissType))
	}
	ep := new(Extack)
	*ep = e
	return ep
}

func (p *Pairer) request(t *Tree, m int, in PairIn, proto, typ, flags uint16, seq, pid uint32) Pairing {
	key := pairKey{proto: proto, seq: seq}
	switch {
	case in.Socket.Kind != SocketUnknown:
		key.kind, key.sock = uint16(in.Socket.Kind), in.Socket.ID
	case pid != 0:
		key.kind, key.sock = uint16(SocketPort), uint64(pid)
	}
	p.nextID++
	p.last.r = nil
	dump := isDumpRequest(t, m)
	name := t.requestName(m, typ)
	r := p.newReq()
	r.key, r.ack = key, flags&xlat.NLM_F_ACK != 0
	r.reply = !dump && (flags&xlat.NLM_F_ECHO != 0 || strings.Contains(name, "GET") || (Proto(proto) == ProtoRoute && routeKind(typ) == kindGet))
	r.info = RequestInfo{ID: p.nextID, Ref: in.Ref, Proto: Proto(proto), Type: name, Seq: seq, Dump: dump}
	r.info.Expect = r.ack || dump || r.reply
	n := &t.nodes[m]
	if int(n.len) <= maxKeptReq {
		r.msg = append(r.msg[:0], t.Buf[n.off:n.off+n.len]...)
		r.bigEnd = t.bigEndian
	}
	if head := p.pending[key]; head != nil {
		// the same seq again on the same socket (or on sockets nldump
		// cannot tell apart): the kernel answers in order
		head.tail.next = r
		head.tail = r
	} else {
		p.pending[key] = r
		r.tail = r
	}
	p.count++
	p.order = append(p.order, orderRef{r, r.info.ID})
	if !r.info.Expect {
		p.queueSilent(r)
	}
	p.evict()
	return Pairing{Kind: PairRequest, Request: r.info}
}

// requestName is the type name of a request, with the generic netlink
// command when there is one ("nlctrl CTRL_CMD_GETFAMILY").
func (t *Tree) requestName(m int, typ uint16) string {
	name := ""
	if hd := t.FirstChild(m); hd >= 0 && t.nodes[hd].role == RoleHeader {
		for c := hd + 1; c < int(t.nodes[hd].end); c = int(t.nodes[c].end) {
			if t.nodes[c].name == "nlmsg_type" {
				name = t.typeName(c)
				break
			}
		}
	}
	if name == "" {
		name = "type " + strconv.Itoa(int(typ))
	}
	if t.Proto != ProtoGeneric {
		return name
	}
	if b := t.body(m); b >= 0 {
		for c := b + 1; c < int(t.nodes[b].end); c = int(t.nodes[c].end) {
			if t.nodes[c].name == "cmd" {
				if s := t.NameOf(c); s != "" {
					name += " " + s
				}
			}
		}
	}
	return name
}

// isDumpRequest reports whether the flags of request m ask for a dump
// (NLM_F_ROOT or NLM_F_MATCH in a type whose flags read as a GET's).
func isDumpRequest(t *Tree, m int) bool {
	hd := t.FirstChild(m)
	if hd < 0 {
		return false
	}
	for c := hd + 1; c < int(t.nodes[hd].end); c = int(t.nodes[c].end) {
		n := &t.nodes[c]
		if n.name != "nlmsg_flags" || n.tab == nil {
			continue
		}
		for _, e := range n.tab.Entries {
			if (e.Name == "NLM_F_ROOT" || e.Name == "NLM_F_MATCH") && n.u&e.Val != 0 {
				return true
			}
		}
	}
	return false
}

// requestTree decodes a kept request into the Pairer's own tree; it
// returns the tree and the request's message node, or nil.
func (p *Pairer) requestTree(r *pendingReq) (*Tree, int) {
	if r.msg == nil {
		return nil, -1
	}
	d := p.dec
	if d != nil {
		p.decoded++
	}
	if d == nil {
		if p.own == nil {
			p.own = NewDecoder(Options{})
		}
		d = p.own
	}
	be := d.bigEndian
	d.bigEndian = r.bigEnd
	t := d.DecodeTo(&p.scratch, r.info.Proto, r.msg)
	d.bigEndian = be
	ms := t.Messages()
	if len(ms) == 0 {
		return nil, -1
	}
	return t, ms[0]
}

// topName names attribute type typ at the top level of request r when
// the request has no attribute to take the names from: it decodes the
// request with an empty attribute of that type added.
func (p *Pairer) topName(r *pendingReq, typ uint16) string {
	if len(r.msg) < nlmsgHdrLen {
		return ""
	}
	l := nlmsgAlign(len(r.msg))
	b := make([]byte, l+nlaHdrLen)
	copy(b, r.msg)
	put := func(off, size int, v uint64) {
		for k := range size {
			if r.bigEnd {
				b[off+k] = byte(v >> (8 * (size - 1 - k)))
			} else {
				b[off+k] = byte(v >> (8 * k))
			}
		}
	}
	put(0, 4, uint64(len(b)))
	put(l, 2, nlaHdrLen)
	put(l+2, 2, uint64(typ))
	saved := r.msg
	r.msg = b
	t, m := p.requestTree(r)
	r.msg = saved
	if t == nil {
		return ""
	}
	for _, c := range t.parts(m) {
		if t.nodes[c].role != RoleAttrs {
			continue
		}
		for a := c + 1; a < int(t.nodes[c].end); a = int(t.nodes[a].end) {
			if an := &t.nodes[a]; an.role == RoleAttr && int(an.off) == l {
				return t.NameOf(a)
			}
		}
	}
	return ""
}

func (p *Pairer) settle(r *pendingReq, o Outcome) {
	if r.settled {
		return
	}
	r.settled = true
	r.msg = r.msg[:0]
	p.last.r = nil
	o.Asked = r.info.Expect
	p.count--
	// out of its chain of requests with the same key
	if head := p.pending[r.key]; head == r {
		if n := r.next; n != nil {
			n.tail = r.tail
			p.pending[r.key] = n
		} else {
			delete(p.pending, r.key)
		}
	} else if head != nil {
		for q := head; q != nil; q = q.next {
			if q.next == r {
				q.next = r.next
				if head.tail == r {
					head.tail = q
				}
				break
			}
		}
	}
	r.next, r.tail = nil, nil
	p.settled = append(p.settled, Settled{Request: r.info, Outcome: o, Answers: p.answers})
	// its memory serves the next request (the order and the queues of
	// silent requests tell the two apart by ID; the caller may still
	// read r until it feeds the next request)
	if len(p.free) < 256 && cap(r.msg) <= 4096 {
		p.free = append(p.free, r)
	}
}

// settleSilent settles the requests of r's socket that came before r and
// asked for no answer: the kernel would have answered their error first.
func (p *Pairer) settleSilent(r *pendingReq) {
	sk := sockKey{r.key.proto, SocketKind(r.key.kind), r.key.sock}
	q := p.silent[sk]
	for len(q) > 0 && q[0].id < r.info.ID {
		if x := q[0]; x.r.info.ID == x.id && !x.r.settled {
			p.settle(x.r, Outcome{Kind: OutcomeSilent})
		}
		q = q[1:]
	}
	if len(q) == 0 {
		delete(p.silent, sk)
	} else {
		p.silent[sk] = q
	}
	p.compact()
}

// silentRef is a request that asked for no answer, in its socket's queue
// (id tells it from a later request reusing the memory).
type silentRef struct {
	r  *pendingReq
	id uint64
}

// queueSilent adds r to its socket's queue of requests that asked for no
// answer, dropping the settled ones at its front.
func (p *Pairer) queueSilent(r *pendingReq) {
	sk := sockKey{r.key.proto, SocketKind(r.key.kind), r.key.sock}
	q := p.silent[sk]
	for len(q) > 0 && (q[0].r.info.ID != q[0].id || q[0].r.settled) {
		q = q[1:]
	}
	if p.silent == nil {
		p.silent = map[sockKey][]silentRef{}
	}
	p.silent[sk] = append(q, silentRef{r, r.info.ID})
}

// evict settles the oldest requests beyond MaxPending as unseen.
func (p *Pairer) evict() {
	maxp := p.MaxPending
	if maxp <= 0 {
		maxp = 4096
	}
	for p.count > maxp && p.head < len(p.order) {
		o := p.order[p.head]
		p.head++
		if o.waiting() {
			p.settle(o.r, Outcome{Kind: OutcomeUnseen, Messages: o.r.count})
		}
	}
	p.compact()
}

// orderRef is a request in the Pairer's order (id tells it from a later
// request reusing the memory).
type orderRef struct {
	r  *pendingReq
	id uint64
}

// waiting reports whether the request is still waiting for its answer.
func (o orderRef) waiting() bool { return o.r.info.ID == o.id && !o.r.settled }

// compact drops settled requests from the order: those at its front at
// once; those behind a request still waiting once they are twice as many
// as the waiting ones (one request never answered must not make the
// order hold every request after it).
func (p *Pairer) compact() {
	for p.head < len(p.order) && !p.order[p.head].waiting() {
		p.order[p.head] = orderRef{}
		p.head++
	}
	if len(p.order)-p.head > 3*p.count+1024 {
		n := 0
		for _, o := range p.order[p.head:] {
			if o.waiting() {
				p.order[n] = o
				n++
			}
		}
		clear(p.order[n:])
		p.order = p.order[:n]
		p.head = 0
		return
	}
	if p.head > 1024 && p.head*2 > len(p.order) {
		n := copy(p.order, p.order[p.head:])
		clear(p.order[n:])
		p.order = p.order[:n]
		p.head = 0
	}
}

// Settled appends the outcomes settled since the last call to dst and
// forgets them.
func (p *Pairer) Settled(dst []Settled) []Settled {
	dst = append(dst, p.settled...)
	clear(p.settled)
	p.settled = p.settled[:0]
	return dst
}

// Flush settles every request still waiting as unseen: the traffic has
// ended.
func (p *Pairer) Flush() {
	for _, o := range p.order[p.head:] {
		if o.waiting() {
			p.settle(o.r, Outcome{Kind: OutcomeUnseen, Messages: o.r.count})
		}
	}
	p.order = p.order[:0]
	p.head = 0
	clear(p.silent)
}

// Answers returns the number of answers paired so far. A source with
// none (requests alone) says nothing of outcomes.
func (p *Pairer) Answers() int { return p.answers }

// Pending returns the number of requests waiting for an answer.
func (p *Pairer) Pending() int { return p.count }

// pick chooses, among the requests waiting with the same key (head
// first, in the order they were sent), the one answer m of type typ
// answers: for an error, the first whose header the error echoes; for
// another answer, the first that asked for one. The requests before it
// that asked for no answer got no error (the kernel answers in order).
func (p *Pairer) pick(head *pendingReq, t *Tree, m int, typ uint16) *pendingReq {
	var r *pendingReq
	if head.next == nil {
		return head
	}
	if typ == xlat.NLMSG_ERROR {
		off := int(t.nodes[m].off) + nlmsgHdrLen + 4
		if int(t.nodes[m].len) >= nlmsgHdrLen+4+nlmsgHdrLen {
			et := uint16(readUint(t.Buf, off+4, 2, t.bigEndian))
			ef := uint16(readUint(t.Buf, off+6, 2, t.bigEndian))
			for q := head; q != nil; q = q.next {
				if len(q.msg) >= nlmsgHdrLen && uint16(readUint(q.msg, 4, 2, q.bigEnd)) == et && uint16(readUint(q.msg, 6, 2, q.bigEnd)) == ef {
					r = q
					break
				}
			}
		}
		errno := int32(readUint(t.Buf, off-4, 4, t.bigEndian))
		if r == nil && errno == 0 {
			// an ACK goes to the first that asked for one
			for q := head; q != nil; q = q.next {
				if q.info.Expect {
					r = q
					break
				}
			}
		}
	} else {
		for q := head; q != nil; q = q.next {
			if q.info.Expect {
				r = q
				break
			}
		}
	}
	if r == nil {
		return head
	}
	for q := head; q != nil && q != r; {
		next := q.next
		if !q.info.Expect {
			p.settle(q, Outcome{Kind: OutcomeSilent})
		}
		q = next
	}
	return r
}
