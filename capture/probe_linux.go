package capture

import (
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// OpenProbe loads and attaches the attribution probe for the network
// namespace netns (an inode number, as NetnsOf gives it), with a ring
// buffer of bufSize bytes. Its error is ErrBpfUnavailable (errors.Is)
// when the kernel or the privileges do not allow BPF, and says why.
func OpenProbe(netns uint64, bufSize int) (*Probe, error) {
	b, err := OpenBpf(BpfOptions{SnapLen: probeSnap, BufferSize: bufSize, Netns: netns})
	if err != nil {
		return nil, err
	}
	// reads never wait: a deadline in the past
	b.rd.SetDeadline(time.Unix(0, 1))
	r := &probeRing{b: b}
	return &Probe{b: b, m: newProbeMatcher(r, os.Getpid())}, nil
}

// probeRing reads the probe's ring buffer without waiting.
type probeRing struct {
	b      *Bpf
	clock  uint64        // the monotonic time the wall clock offset was taken at
	offset time.Duration // wall clock minus monotonic clock, then
}

func (r *probeRing) nextRecord() ([]byte, bool) {
	if r.b.rd.AvailableBytes() == 0 {
		return nil, false
	}
	if err := r.b.rd.ReadInto(&r.b.rec); err != nil {
		return nil, false
	}
	return r.b.rec.RawSample, true
}

// wallNs turns a record's CLOCK_MONOTONIC time into wall clock time,
// with an offset taken again every second (the wall clock may be set).
func (r *probeRing) wallNs(mono uint64) int64 {
	// (records come in time order, mostly before the last offset was
	// taken: mono-r.clock would wrap)
	if mono > r.clock+1e9 {
		var ts unix.Timespec
		if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err == nil {
			r.offset = time.Duration(time.Now().UnixNano() - ts.Nano())
			r.clock = uint64(ts.Nano())
		}
	}
	return int64(mono) + int64(r.offset)
}
