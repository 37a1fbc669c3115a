package main

import (
	"io"
	"runtime"
	"sync"
	"unsafe"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// Reading a file, nldump spreads the work over the cores: one goroutine
// reads and decodes the frames, in order (the decoder learns interface
// names and generic netlink families from what it decodes); others format
// the decoded frames; the caller writes them out, in order. A fixed set of
// frames goes round, so memory stays flat however long the file.

// aheadDepth is how many frames can be in flight.
const aheadDepth = 64

// aheadBytes bounds the memory of the frames in flight: their bytes, their
// trees and their text. A frame is decoded only while the frames before
// it that are not yet released hold less, so one frame larger than this
// (up to capture.MaxPacket) goes alone. (A variable for the tests.)
var aheadBytes = 64 << 20

// keepBytes is the most memory a pooled frame keeps for the next one;
// what a larger frame grew is given back when it is released.
const keepBytes = 4 << 20

var nodeSize = int(unsafe.Sizeof(decode.Node{}))

// budget counts the memory of the frames in flight.
type budget struct {
	mu     sync.Mutex
	cond   sync.Cond
	used   int
	max    int
	closed bool
}

func newBudget(max int) *budget {
	b := &budget{max: max}
	b.cond.L = &b.mu
	return b
}

// wait returns once less than max is in use, false when closed.
func (b *budget) wait() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for !b.closed && b.used >= b.max {
		b.cond.Wait()
	}
	return !b.closed
}

func (b *budget) add(n int) {
	b.mu.Lock()
	b.used += n
	b.mu.Unlock()
	if n < 0 {
		b.cond.Broadcast()
	}
}

func (b *budget) close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.cond.Broadcast()
}

// cost is the memory a decoded frame holds.
func (d *decoded) cost() int {
	return cap(d.buf) + d.t.Len()*nodeSize
}

// decoded is a frame on its way: its bytes, its tree, its text.
type decoded struct {
	fr    capture.Frame
	buf   []byte // the frame's bytes, owned
	t     decode.Tree
	err   error // a packet that could not be read
	out   []byte
	n     int // messages formatted into out
	sc    frameScratch
	ready chan struct{} // formatted
	free  chan *decoded
	bud   *budget
	held  int // what it counts in bud
}

// release gives the frame's memory back for the next ones; memory a large
// frame grew goes back to the runtime.
func (d *decoded) release() {
	d.bud.add(-d.held)
	d.held = 0
	if d.cost()+cap(d.out) > keepBytes {
		d.buf, d.out, d.t = nil, nil, decode.Tree{}
	}
	d.free <- d
}

// wait returns once the frame is formatted.
func (d *decoded) wait() { <-d.ready }

type ahead struct {
	quit chan struct{}
	done sync.WaitGroup
	once sync.Once
	bud  *budget
}

// decodeAhead starts reading, decoding and formatting frames; it returns
// them in order, each to be waited for (wait), then released (release).
// A packet that cannot be read comes with its error; a fatal one ends the
// stream. stopAhead ends it early.
func (s *session) decodeAhead(frames frameSource) <-chan *decoded {
	out := make(chan *decoded, aheadDepth)
	work := make(chan *decoded, aheadDepth)
	free := make(chan *decoded, aheadDepth)
	bud := newBudget(aheadBytes)
	for range aheadDepth {
		free <- &decoded{free: free, bud: bud, ready: make(chan struct{}, 1)}
	}
	a := &ahead{quit: make(chan struct{}), bud: bud}
	s.ahead = a
	workers := runtime.GOMAXPROCS(0)
	a.done.Add(1 + workers)
	for range workers {
		go func() {
			defer a.done.Done()
			for it := range work {
				if it.err == nil && s.print {
					it.out, it.n = s.p.appendFrame(it.out[:0], &it.sc, &it.fr, &it.t)
					it.held += len(it.out)
					it.bud.add(len(it.out))
				}
				it.ready <- struct{}{}
			}
		}()
	}
	go func() {
		defer a.done.Done()
		defer close(out)
		defer close(work)
		for {
			var it *decoded
			select {
			case it = <-free:
			case <-a.quit:
				return
			}
			if !bud.wait() {
				return
			}
			fr, err := frames.Next()
			if err == io.EOF {
				return
			}
			it.err, it.n, it.out = err, 0, it.out[:0]
			if err == nil {
				it.buf = append(it.buf[:0], fr.Data...)
				it.fr = *fr
				it.fr.Data = it.buf
				s.d.SetBigEndian(fr.BigEndian)
				s.d.DecodeTo(&it.t, decode.Proto(fr.Proto), it.buf)
				if s.print {
					// pairing goes in order, here
					s.p.pairFrame(&it.fr, &it.t, &it.sc)
				}
				it.held = it.cost()
				bud.add(it.held)
			} else {
				it.sc.pairs, it.sc.settled, it.sc.slots = it.sc.pairs[:0], it.sc.settled[:0], it.sc.slots[:0]
			}
			// to a formatter (never blocks: there are no more frames
			// than room), then in order to the writer; every frame
			// sent to the writer is formatted, so waiting for it ends
			work <- it
			select {
			case out <- it:
			case <-a.quit:
				return
			}
			if err != nil && isFatal(err) {
				return
			}
		}
	}()
	return out
}

// stopAhead stops the goroutines and waits for them; out is the channel
// decodeAhead returned, drained here.
func (s *session) stopAhead(out <-chan *decoded) {
	if a := s.ahead; a != nil {
		a.once.Do(func() { close(a.quit); a.bud.close() })
		for it := range out {
			it.wait()
		}
		a.done.Wait()
		s.ahead = nil
	}
}
