package capture

import (
	"bytes"
	"encoding/binary"
)

// The attribution probe: during an nlmon capture, the BPF program of the
// BPF source runs too, copying only the first probeSnap bytes of each
// buffer with the process it was sent in (attribution only: nlmon has
// the bytes). Each nlmon packet is then matched to the probe's record of
// the same buffer, which names the process that sent it however short
// its life.
//
// The race: the probe's program runs at the entry of the kernel function
// that hands the buffer to nlmon, and commits its record to the ring
// buffer before the function goes on to the tap. So when nldump reads an
// nlmon packet, the record of its buffer is in the ring already (or the
// ring was full and the record was dropped): the matcher reads the ring
// without waiting, until it has the record or the ring is empty, and
// stops reading ahead at records taken well after the packet. Records
// wait in a bounded queue (probeKeep of capture time, at most probeMax
// records) for their packet; the queue is indexed by a hash of what
// identifies a datagram (protocol, length, netlink header), and a match
// compares the first bytes in full.
//
// What identifies a buffer may be shared: a broadcast reaches each
// listener as the same bytes (one record each, all of the same
// process), and two processes may send the same request at once (ip's
// sequence number is the time in seconds). When records of the same
// bytes from different processes were taken within probeTie of each
// other, which packet is whose cannot be told from the order: such
// packets are not named by the probe (ProbeAmbiguous), and the caller
// falls back to what else it knows.

const (
	// probeSnap is how many bytes of a buffer the probe copies.
	probeSnap = 64
	// probeKeyBytes of a buffer (its netlink header) go into the key.
	probeKeyBytes = 16
	// probeAhead: the matcher does not read records taken more than this
	// after the packet it looks for (they belong to later packets).
	probeAhead = 50e6 // ns
	// probeKeep: a record taken this long before the packet being
	// matched had its packet dropped by nlmon's ring (or never tapped):
	// it is let go.
	probeKeep = 500e6 // ns
	// probeMax bounds the records waiting for their packet.
	probeMax = 16384
	// probeTie: records of the same bytes by different processes taken
	// closer than this may reach nlmon in either order.
	probeTie = 10e6 // ns
)

// ProbeResult says what the probe knew of a packet.
type ProbeResult uint8

const (
	// ProbeNamed: the probe's record names the process.
	ProbeNamed ProbeResult = iota
	// ProbeMissed: no record of this buffer (the ring buffer was full,
	// or the probe did not see it).
	ProbeMissed
	// ProbeAmbiguous: records of the same bytes from several processes
	// at once; which is this packet's cannot be told.
	ProbeAmbiguous
	// ProbeNoProcess: the record says the kernel sent the buffer on its
	// own (nlmsg_pid 0): the process it ran in is not the message's.
	ProbeNoProcess
)

// ProbeStats count the outcomes of the matcher, and the records it let
// go without a packet (the nlmon packet was dropped, or not captured).
type ProbeStats struct {
	Named, Missed, Ambiguous, NoProcess uint64
	Unmatched                           uint64
	// Drops are the records the program could not write (full ring).
	Drops uint64
}

// probeRecordSource hands out the probe's records (the BPF record
// format, frames.go) without waiting: ok is false when none is ready.
// The slice is valid until the next call.
type probeRecordSource interface {
	nextRecord() (rec []byte, ok bool)
	// wallNs turns a record's CLOCK_MONOTONIC time into wall clock ns.
	wallNs(mono uint64) int64
}

// probeRec is a record waiting for its packet.
type probeRec struct {
	t         int64 // wall clock ns
	key       probeKey
	length    uint32
	proto     uint16
	n         uint8 // bytes in prefix
	fromProc  bool  // sent by a process's socket (not the kernel's)
	matched   bool
	ambiguous bool
	pid       int
	comm      string
	prefix    [probeSnap]byte
}

// probeMatcher matches nlmon frames to probe records.
type probeMatcher struct {
	src   probeRecordSource
	self  int         // nldump's own pid: its records are not wanted
	fifo  []*probeRec // in the order of the ring
	head  int
	byKey map[probeKey][]*probeRec
	free  []*probeRec
	comms map[string]string // command names, interned
	last  int64             // time of the newest record read
	live  int               // records in fifo not matched
	stats ProbeStats
}

func newProbeMatcher(src probeRecordSource, self int) *probeMatcher {
	return &probeMatcher{src: src, self: self, byKey: map[probeKey][]*probeRec{}, comms: map[string]string{}}
}

// probeKey is what identifies a buffer: protocol, length, and its first
// bytes (the netlink header), zero-padded.
type probeKey struct {
	length uint32
	proto  uint16
	head   [probeKeyBytes]byte
}

func newProbeKey(proto uint16, length uint32, head []byte) probeKey {
	k := probeKey{length: length, proto: proto}
	copy(k.head[:], head)
	return k
}

// lookup returns the process the probe saw send the buffer of an nlmon
// frame.
func (m *probeMatcher) lookup(fr *Frame) (Process, ProbeResult) {
	t := fr.Time.UnixNano()
	m.fill(t)
	m.evict(t)
	length := uint32(max(len(fr.Data), fr.OrigLen))
	kn := min(int(length), probeKeyBytes)
	if fr.Proto < 0 || len(fr.Data) < kn {
		m.stats.Missed++
		return Process{}, ProbeMissed
	}
	list := m.byKey[newProbeKey(uint16(fr.Proto), length, fr.Data[:kn])]
	at := -1
	for i, r := range list {
		if m.same(r, fr, length) {
			at = i
			break
		}
	}
	if at < 0 {
		m.stats.Missed++
		return Process{}, ProbeMissed
	}
	r := list[at]
	for _, o := range list[at+1:] {
		if o.t-r.t > probeTie {
			break
		}
		if (o.pid != r.pid || o.comm != r.comm) && m.same(o, fr, length) {
			// either may be this packet's
			r.ambiguous, o.ambiguous = true, true
		}
	}
	m.unlink(r)
	r.matched = true
	m.live--
	switch {
	case r.ambiguous:
		m.stats.Ambiguous++
		return Process{}, ProbeAmbiguous
	case !r.fromProc && (len(fr.Data) < nlmsgHdrLen || order(fr.BigEndian).Uint32(fr.Data[12:]) == 0):
		// The kernel sent it, naming no requester: the process it ran
		// in (any, in an interrupt) is not one the message is about.
		m.stats.NoProcess++
		return Process{}, ProbeNoProcess
	}
	m.stats.Named++
	return Process{PID: r.pid, Comm: r.comm, By: ByBpf}, ProbeNamed
}

// same reports whether record r is of frame fr's buffer.
func (m *probeMatcher) same(r *probeRec, fr *Frame, length uint32) bool {
	if r.matched || r.length != length || int(r.proto) != fr.Proto {
		return false
	}
	n := min(int(r.n), len(fr.Data))
	return bytes.Equal(r.prefix[:n], fr.Data[:n])
}

// fill reads the records ready in the ring, up to the first taken more
// than probeAhead after t.
func (m *probeMatcher) fill(t int64) {
	for m.last <= t+probeAhead {
		rec, ok := m.src.nextRecord()
		if !ok {
			return
		}
		if len(rec) < bpfHdrLen {
			continue
		}
		pid := int(binary.NativeEndian.Uint32(rec[bpfPid:]))
		rt := m.src.wallNs(binary.NativeEndian.Uint64(rec[bpfTime:]))
		m.last = max(m.last, rt)
		if pid == m.self {
			// nldump's own questions (process names, families)
			continue
		}
		r := m.alloc()
		r.t = rt
		r.pid = pid
		r.length = binary.NativeEndian.Uint32(rec[bpfLen:])
		r.proto = binary.NativeEndian.Uint16(rec[bpfProto:])
		r.fromProc = bpfFromProc(rec)
		data := rec[bpfHdrLen:]
		n := min(int(binary.NativeEndian.Uint32(rec[bpfCapLen:])), len(data), probeSnap)
		r.n = uint8(n)
		copy(r.prefix[:], data[:n])
		r.comm = m.intern(bpfCommOf(rec))
		kn := min(int(r.length), probeKeyBytes, n)
		r.key = newProbeKey(r.proto, r.length, r.prefix[:kn])
		m.byKey[r.key] = append(m.byKey[r.key], r)
		m.fifo = append(m.fifo, r)
		m.live++
		if m.live > probeMax {
			m.pop(0, true)
		}
	}
}

// intern returns a command name as a string shared by its records.
func (m *probeMatcher) intern(b []byte) string {
	if s, ok := m.comms[string(b)]; ok {
		return s
	}
	if len(m.comms) > 4096 {
		clear(m.comms)
	}
	s := string(b)
	m.comms[s] = s
	return s
}

func (m *probeMatcher) alloc() *probeRec {
	if n := len(m.free); n > 0 {
		r := m.free[n-1]
		m.free = m.free[:n-1]
		*r = probeRec{}
		return r
	}
	return new(probeRec)
}

// evict lets go of the matched records at the head of the queue, and of
// those taken more than probeKeep before t (their packet did not come);
// oldest also lets go of the oldest record waiting, whatever its time
// (the queue is full).
func (m *probeMatcher) evict(t int64) { m.pop(t, false) }

func (m *probeMatcher) pop(t int64, oldest bool) {
	for m.head < len(m.fifo) {
		r := m.fifo[m.head]
		if !r.matched {
			if !oldest && r.t >= t-probeKeep {
				break
			}
			oldest = false
			m.unlink(r)
			m.live--
			m.stats.Unmatched++
		}
		m.fifo[m.head] = nil
		m.head++
		m.free = append(m.free, r)
	}
	if m.head > 1024 && m.head > len(m.fifo)/2 {
		// move the queue to the start of its slice
		n := copy(m.fifo, m.fifo[m.head:])
		clear(m.fifo[n:])
		m.fifo = m.fifo[:n]
		m.head = 0
	}
}

// unlink takes a record out of the index.
func (m *probeMatcher) unlink(r *probeRec) {
	list := m.byKey[r.key]
	for i, o := range list {
		if o == r {
			list = append(list[:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(m.byKey, r.key)
	} else {
		m.byKey[r.key] = list
	}
}

// Probe names the process behind each packet of an nlmon capture with
// the BPF program of the BPF source, run for attribution only (it copies
// the first probeSnap bytes of each buffer). OpenProbe starts it.
type Probe struct {
	b *Bpf
	m *probeMatcher
}

// Lookup returns the process the probe saw send an nlmon frame's buffer
// (with By ByBpf), or says why it cannot name one. Frames must come in
// the order nlmon captured them.
func (p *Probe) Lookup(fr *Frame) (Process, ProbeResult) { return p.m.lookup(fr) }

// Attach says how the probe is attached: "fentry" or "kprobe".
func (p *Probe) Attach() string { return p.b.Attach }

// Stats returns what the probe named and missed so far.
func (p *Probe) Stats() ProbeStats {
	s := p.m.stats
	if st, err := p.b.Stats(); err == nil {
		s.Drops = st.Drops
	}
	return s
}

// Close detaches the probe.
func (p *Probe) Close() error { return p.b.Close() }
