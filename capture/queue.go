package capture

import (
	"io"
	"time"

	"github.com/google/gopacket"
)

// Queue reads a live capture in a goroutine of its own, as fast as the
// kernel hands packets over, into memory, and gives them to its reader in
// order. The receive ring is then emptied at once even while decoding and
// printing fall behind, so a burst costs memory (up to the queue's limit)
// instead of drops. Past the limit, the ring fills and the kernel drops
// (and counts) what does not fit.
//
// Queue has gopacket's ZeroCopyPacketDataSource shape.
type Queue struct {
	src  QueueSource
	ch   chan *chunk
	free chan *chunk
	max  int // chunks
	made int
	cur  *chunk
	i    int
	done bool

	// OnIdle, when set, is called each time the reader is about to wait
	// for packets: a place to flush output.
	OnIdle func()
}

type chunk struct {
	data []byte
	recs []qrec
	err  error
}

type qrec struct {
	off, n int
	ts     time.Time
	length int
}

const chunkSize = 1 << 20

// DefaultQueueSize is the most memory a Queue holds by default.
const DefaultQueueSize = 256 << 20

var _ gopacket.ZeroCopyPacketDataSource = (*Queue)(nil)

// QueueSource is what a Queue reads: a Live capture.
type QueueSource interface {
	ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error)
	LinkType() int
	// Interrupt makes the reads end with io.EOF.
	Interrupt()
	// SetOnIdle sets what is called before the source waits for packets.
	SetOnIdle(func())
}

// NewQueue starts reading l; maxBytes bounds the memory it holds
// (DefaultQueueSize when 0). The Queue owns l's idle hook. Close the
// Queue before closing l.
func NewQueue(l QueueSource, maxBytes int) *Queue {
	if maxBytes <= 0 {
		maxBytes = DefaultQueueSize
	}
	n := max(maxBytes/chunkSize, 2)
	q := &Queue{src: l, ch: make(chan *chunk, n), free: make(chan *chunk, n), max: n}
	go q.run()
	return q
}

// LinkType is the source's.
func (q *Queue) LinkType() int { return q.src.LinkType() }

// Interrupt ends the capture: what the kernel holds is still read, then
// the reader gets io.EOF.
func (q *Queue) Interrupt() { q.src.Interrupt() }

// Close ends the capture and waits for the reading goroutine to end,
// dropping what was not read. The source may then be closed.
func (q *Queue) Close() {
	if q.done {
		return
	}
	q.src.Interrupt()
	for c := range q.ch {
		c.data, c.recs = c.data[:0], c.recs[:0]
		select {
		case q.free <- c:
		default:
		}
	}
	q.done = true
	q.cur = nil
}

// get returns an empty chunk, a new one while under the limit, or waits
// for the reader to give one back.
func (q *Queue) get() *chunk {
	select {
	case c := <-q.free:
		return c
	default:
	}
	if q.made < q.max {
		q.made++
		return &chunk{data: make([]byte, 0, chunkSize)}
	}
	return <-q.free
}

func (q *Queue) run() {
	c := q.get()
	send := func() {
		if len(c.recs) > 0 {
			q.ch <- c
			c = q.get()
		}
	}
	q.src.SetOnIdle(send)
	for {
		data, ci, err := q.src.ZeroCopyReadPacketData()
		if err != nil {
			c.err = err
			q.ch <- c
			close(q.ch)
			return
		}
		if len(c.data)+len(data) > cap(c.data) {
			send()
			if len(data) > cap(c.data) {
				c.data = make([]byte, 0, len(data))
			}
		}
		c.recs = append(c.recs, qrec{off: len(c.data), n: len(data), ts: ci.Timestamp, length: ci.Length})
		c.data = append(c.data, data...)
	}
}

// Ready reports whether packets (or the end) wait to be read, so that a
// read would not block.
func (q *Queue) Ready() bool {
	return (q.cur != nil && q.i < len(q.cur.recs)) || len(q.ch) > 0
}

// ZeroCopyReadPacketData returns the next packet, valid until the next
// call; io.EOF after Interrupt, once every packet is read.
func (q *Queue) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	for {
		if c := q.cur; c != nil {
			if q.i < len(c.recs) {
				r := c.recs[q.i]
				q.i++
				ci := gopacket.CaptureInfo{Timestamp: r.ts, CaptureLength: r.n, Length: r.length}
				return c.data[r.off : r.off+r.n], ci, nil
			}
			q.cur = nil
			if c.err != nil {
				q.done = true
				if c.err == io.EOF {
					return nil, gopacket.CaptureInfo{}, io.EOF
				}
				return nil, gopacket.CaptureInfo{}, c.err
			}
			c.data, c.recs = c.data[:0], c.recs[:0]
			if cap(c.data) > chunkSize {
				c.data = make([]byte, 0, chunkSize)
			}
			q.free <- c
		}
		if q.done {
			return nil, gopacket.CaptureInfo{}, io.EOF
		}
		var c *chunk
		var ok bool
		select {
		case c, ok = <-q.ch:
		default:
			if q.OnIdle != nil {
				q.OnIdle()
			}
			c, ok = <-q.ch
		}
		if !ok {
			q.done = true
			return nil, gopacket.CaptureInfo{}, io.EOF
		}
		q.cur, q.i = c, 0
	}
}
