package capture

import (
	"encoding/binary"
	"testing"
	"time"
)

// fakeRing holds probe records; only the first ready of them can be read
// (the others are not in the ring yet).
type fakeRing struct {
	recs  [][]byte
	ready int
	read  int
}

func (f *fakeRing) nextRecord() ([]byte, bool) {
	if f.read >= f.ready || f.read >= len(f.recs) {
		return nil, false
	}
	f.read++
	return f.recs[f.read-1], true
}

func (f *fakeRing) wallNs(mono uint64) int64 { return int64(mono) }

var probeT0 = time.Unix(1700000000, 0)

// probeRecAt is a record of msg taken at t0+at (route protocol), cut to
// probeSnap bytes as the probe cuts it.
func probeRecAt(at time.Duration, kind byte, sender, dest, pid uint32, comm string, msg []byte) []byte {
	r := bpfRec(kind, sender, dest, pid, comm, msg[:min(len(msg), probeSnap)])
	binary.NativeEndian.PutUint32(r[bpfLen:], uint32(len(msg)))
	binary.NativeEndian.PutUint16(r[bpfProto:], 0)
	binary.NativeEndian.PutUint64(r[bpfTime:], uint64(probeT0.Add(at).UnixNano()))
	return r
}

// nlMsg builds a netlink message: header and payload bytes.
func nlMsg(typ uint16, seq, pid uint32, payload int) []byte {
	ne := binary.NativeEndian
	b := make([]byte, 16+payload)
	ne.PutUint32(b, uint32(len(b)))
	ne.PutUint16(b[4:], typ)
	ne.PutUint32(b[8:], seq)
	ne.PutUint32(b[12:], pid)
	for i := 16; i < len(b); i++ {
		b[i] = byte(i * 7)
	}
	return b
}

func nlmonFrame(at time.Duration, msg []byte) *Frame {
	return &Frame{Time: probeT0.Add(at), Proto: 0, Data: msg}
}

func TestProbeMatcher(t *testing.T) {
	const self = 999
	us := time.Microsecond
	req := nlMsg(24, 7, 0, 100)    // RTM_NEWROUTE by ip, longer than the probe copies
	ack := nlMsg(2, 7, 4321, 20)   // its ACK to port 4321
	notif := nlMsg(24, 7, 4321, 8) // the notification, to two listeners
	kern := nlMsg(16, 0, 0, 8)     // a notification of the kernel's own
	own := nlMsg(20, 1, 777, 4)    // nldump's own question
	ring := &fakeRing{recs: [][]byte{
		probeRecAt(0, bpfToKernel, 4321, 0, 1234, "ip", req),
		probeRecAt(1*us, bpfToKernel, 777, 0, self, "nldump", own),
		probeRecAt(2*us, bpfToSocket, 0, 555, 1234, "ip", notif),
		probeRecAt(3*us, bpfToSocket, 0, 556, 1234, "ip", notif),
		probeRecAt(4*us, bpfToSocket, 0, 4321, 1234, "ip", ack),
		probeRecAt(5*us, bpfToSocket, 0, 556, 1234, "kworker/0:1", kern),
	}}
	ring.ready = len(ring.recs)
	m := newProbeMatcher(ring, self)
	snapped := nlmonFrame(10*us, req[:40]) // nlmon's snap length cut it
	snapped.OrigLen = len(req)
	for i, c := range []struct {
		fr   *Frame
		want ProbeResult
	}{
		{snapped, ProbeNamed},
		{nlmonFrame(12*us, notif), ProbeNamed},
		{nlmonFrame(13*us, notif), ProbeNamed},
		{nlmonFrame(14*us, ack), ProbeNamed},
		{nlmonFrame(15*us, kern), ProbeNoProcess},
		{nlmonFrame(16*us, notif), ProbeMissed}, // a third copy: no record of it
	} {
		p, got := m.lookup(c.fr)
		if got != c.want {
			t.Errorf("frame %d: %v, want %v", i+1, got, c.want)
		}
		if got == ProbeNamed && (p != Process{PID: 1234, Comm: "ip", By: ByBpf}) {
			t.Errorf("frame %d: %+v", i+1, p)
		}
		if got != ProbeNamed && p.Known() {
			t.Errorf("frame %d: %v names %+v", i+1, got, p)
		}
	}
	// a byte differs past the header: not the same buffer
	other := append([]byte(nil), req...)
	other[40] ^= 1
	ring.recs = append(ring.recs, probeRecAt(20*us, bpfToKernel, 4321, 0, 1234, "ip", req))
	ring.ready++
	if _, got := m.lookup(nlmonFrame(21*us, other)); got != ProbeMissed {
		t.Errorf("a buffer differing at byte 40: %v", got)
	}
	if m.live != 1 {
		t.Errorf("%d records wait, want 1", m.live)
	}
}

// The race: the record of an nlmon packet is in the ring before the
// packet is read; records of later packets are not read ahead beyond
// probeAhead, nor matched to earlier packets.
func TestProbeMatcherOrder(t *testing.T) {
	ms := time.Millisecond
	var recs [][]byte
	var frames []*Frame
	for i := range 200 {
		at := time.Duration(i) * ms
		msg := nlMsg(24, 7, 0, 20) // the same request, every millisecond
		recs = append(recs, probeRecAt(at, bpfToKernel, uint32(1000+i), 0, uint32(1000+i/50), "flap", msg))
		frames = append(frames, nlmonFrame(at+20*time.Microsecond, msg))
	}
	ring := &fakeRing{recs: recs}
	m := newProbeMatcher(ring, 1)
	for i, fr := range frames {
		ring.ready = i + 1 // its record is in the ring, the later ones not yet
		if i == 100 {
			// nldump fell behind: the ring holds the next 150 ms
			ring.ready = 250
		}
		p, got := m.lookup(fr)
		want := 1000 + i/50
		// records of different processes 1 ms apart: the ones beside a
		// change of process, when both are read, may not be named
		edge := i%50 >= 40 || i >= 50 && i%50 < 10
		if edge {
			if got == ProbeNamed && p.PID != want {
				t.Errorf("frame %d: %+v, want pid %d or none", i, p, want)
			}
			continue
		}
		if got != ProbeNamed || p.PID != want {
			t.Errorf("frame %d: %v %+v, want pid %d", i, got, p, want)
		}
		if ahead := ring.read - i - 1; ahead > 51 {
			t.Errorf("frame %d: %d records read ahead (probeAhead is 50 ms)", i, ahead)
		}
	}
	if m.stats.Ambiguous == 0 {
		t.Error("no ambiguous matches where processes changed")
	}
}

// Records whose packet never comes are let go, and the queue is bounded.
func TestProbeMatcherBounded(t *testing.T) {
	var recs [][]byte
	for i := range probeMax + 1000 {
		recs = append(recs, probeRecAt(time.Duration(i)*time.Microsecond, bpfToKernel, 5, 0, 5, "x", nlMsg(24, uint32(i), 0, 4)))
	}
	ring := &fakeRing{recs: recs, ready: len(recs)}
	m := newProbeMatcher(ring, 1)
	// a packet after all of them: every record is read, none matched
	last := nlMsg(24, 1<<30, 0, 4)
	ring.recs = append(ring.recs, probeRecAt(time.Duration(len(recs))*time.Microsecond, bpfToKernel, 5, 0, 5, "x", last))
	ring.ready++
	if _, got := m.lookup(nlmonFrame(time.Duration(len(recs))*time.Microsecond, last)); got != ProbeNamed {
		t.Errorf("the last packet: %v", got)
	}
	if m.live > probeMax {
		t.Errorf("%d records wait, more than probeMax", m.live)
	}
	if m.stats.Unmatched < 1000 {
		t.Errorf("%d records let go", m.stats.Unmatched)
	}
	// a packet a second later: everything older than probeKeep goes
	m.lookup(nlmonFrame(time.Second+time.Duration(len(recs))*time.Microsecond, last))
	if m.live != 0 || len(m.byKey) != 0 {
		t.Errorf("%d records wait, %d keys, after a second", m.live, len(m.byKey))
	}
}
