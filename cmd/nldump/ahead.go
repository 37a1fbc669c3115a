package main

import (
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// Reading a file, nldump spreads the work over the cores: one goroutine
// reads and decodes the frames, in order (the decoder learns interface
// names and generic netlink families from what it decodes); a second
// pairs requests and answers, in order; others format the decoded frames;
// the caller writes them out, in order. Frames travel in batches, so that
// handing them from goroutine to goroutine costs little per frame; a
// fixed set of batches goes round, so memory stays flat however long the
// file. For a regular file, the governor (governor.go) decides whether
// all that runs on one core or on all of them, and how many batches go
// round.

// aheadDepth is how many batches can be in flight.
const aheadDepth = 8

// aheadBatch is the most frames a batch holds. A source that can keep the
// reader waiting (a pipe, a terminal) sends each frame alone, as soon as
// it is decoded.
const aheadBatch = 8

// aheadBytes bounds the memory of the frames in flight: their bytes, their
// trees and their text. A frame is decoded only while the frames before
// it that are not yet released hold less, so one frame larger than this
// (up to capture.MaxPacket) goes alone. (A variable for the tests.)
var aheadBytes = 64 << 20

// keepBytes is the most memory a pooled frame keeps for the next one;
// what a larger frame grew is given back when it is released.
const keepBytes = 4 << 20

var nodeSize = int(unsafe.Sizeof(decode.Node{}))

// budget counts the memory of the frames in flight. Counting is an
// atomic add; only a reader over the budget takes the lock and waits.
type budget struct {
	used    atomic.Int64
	waiting atomic.Int32
	max     int64
	mu      sync.Mutex
	cond    sync.Cond
	closed  atomic.Bool
}

func newBudget(max int) *budget {
	b := &budget{max: int64(max)}
	b.cond.L = &b.mu
	return b
}

// wait returns once less than max is in use, false when closed.
func (b *budget) wait() bool {
	if b.used.Load() < b.max {
		return !b.closed.Load()
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.waiting.Add(1)
	for !b.closed.Load() && b.used.Load() >= b.max {
		b.cond.Wait()
	}
	b.waiting.Add(-1)
	return !b.closed.Load()
}

// full reports whether max or more is in use.
func (b *budget) full() bool { return b.used.Load() >= b.max }

func (b *budget) add(n int) {
	b.used.Add(int64(n))
	if n < 0 && b.waiting.Load() > 0 {
		// under the lock, so that a waiter between its test and its
		// Wait is not missed
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	}
}

func (b *budget) close() {
	b.mu.Lock()
	b.closed.Store(true)
	b.mu.Unlock()
	b.cond.Broadcast()
}

// cost is the memory a decoded frame holds.
func (d *decoded) cost() int {
	return cap(d.buf) + d.t.Len()*nodeSize
}

// decoded is a frame on its way: its bytes, its tree, its text.
type decoded struct {
	fr   capture.Frame
	buf  []byte // the frame's bytes, owned
	t    decode.Tree
	err  error // a packet that could not be read
	out  []byte
	n    int // messages formatted into out
	sc   frameScratch
	held int // what it counts in the budget
}

// batch is frames that travel together, in order.
type batch struct {
	items []*decoded
	pool  []*decoded // items' memory, reused
	sync  bool       // the pairing of its last frame uses the Decoder
	ready chan struct{}
	free  chan *batch
	bud   *budget
}

// release gives the frames' memory back for the next ones; memory a
// large frame grew goes back to the runtime.
func (b *batch) release() {
	held := 0
	for _, d := range b.items {
		held += d.held
		d.held = 0
		if d.cost()+cap(d.out) > keepBytes {
			d.buf, d.out, d.t = nil, nil, decode.Tree{}
		}
	}
	b.bud.add(-held)
	b.items = b.items[:0]
	b.free <- b
}

// wait returns once the batch is formatted.
func (b *batch) wait() { <-b.ready }

type ahead struct {
	quit chan struct{}
	done sync.WaitGroup
	once sync.Once
	bud  *budget
}

// decodeAhead starts reading, decoding and formatting frames; it returns
// them in order, in batches each to be waited for (wait), then released
// (release). A packet that cannot be read comes with its error; a fatal
// one ends the stream. stopAhead ends it early. Batches hold up to n
// frames (at least 1).
//
// The pairing stage never uses the Decoder while the first one does: a
// frame whose pairing may decode a kept request (an answer with an
// extended ACK) ends its batch, and the first stage waits until it is
// paired before it decodes the next, so that the Decoder is where it was
// when the answer was decoded, as when one goroutine does both.
func (s *session) decodeAhead(frames frameSource, n int) <-chan *batch {
	n = max(n, 1)
	out := make(chan *batch, aheadDepth)
	work := make(chan *batch, aheadDepth)
	pair := make(chan *batch, aheadDepth)
	free := make(chan *batch, aheadDepth)
	paired := make(chan struct{}, 1)
	bud := newBudget(aheadBytes)
	for range aheadDepth {
		b := &batch{free: free, bud: bud, ready: make(chan struct{}, 1), items: make([]*decoded, 0, n)}
		for range n {
			b.pool = append(b.pool, &decoded{})
		}
		free <- b
	}
	a := &ahead{quit: make(chan struct{}), bud: bud}
	s.ahead = a
	workers := runtime.GOMAXPROCS(0)
	a.done.Add(2 + workers)
	for range workers {
		go func() {
			defer a.done.Done()
			for b := range work {
				text := 0
				for _, it := range b.items {
					if it.err != nil {
						continue
					}
					// counted here, beside the formatting, not on the writer's path
					it.sc.count, it.sc.counted = capture.CountMessages(it.fr.Data, it.fr.BigEndian), true
					if s.print {
						it.out, it.n = s.p.appendFrame(it.out[:0], &it.sc, &it.fr, &it.t)
						it.held += len(it.out)
						text += len(it.out)
					}
				}
				b.bud.add(text)
				b.ready <- struct{}{}
			}
		}()
	}
	// pairing, in order; then to a formatter (never blocks: there are
	// no more batches than room), then in order to the caller; every
	// batch sent to the caller is formatted, so waiting for it ends
	go func() {
		defer a.done.Done()
		defer close(out)
		defer close(work)
		quit := false
		for b := range pair {
			if !quit && s.print {
				for _, it := range b.items {
					if it.err == nil {
						s.p.pairFrame(&it.fr, &it.t, &it.sc)
					}
				}
			}
			if b.sync {
				paired <- struct{}{}
			}
			if quit {
				// drained, so that the first stage never blocks
				continue
			}
			work <- b
			select {
			case out <- b:
			case <-a.quit:
				quit = true
			}
		}
	}()
	// a regular file's frames come as fast as they are decoded: the
	// governor picks the cores; a pipe's come when they come
	var gov *governor
	if n > 1 {
		gov = newGovernor()
	}
	go func() {
		defer a.done.Done()
		defer close(pair)
		defer gov.stop()
		// batches out of circulation, while fewer go round
		var spare []*batch
		for {
			var b *batch
			if k := len(spare); k > 0 && aheadDepth-k < gov.depth() {
				b, spare = spare[k-1], spare[:k-1]
			} else {
				select {
				case b = <-free:
				case <-a.quit:
					return
				}
				if aheadDepth-len(spare) > gov.depth() {
					spare = append(spare, b)
					continue
				}
			}
			b.sync = false
			size := 0
			end, fatal := false, false
			for len(b.items) < n && !b.sync {
				if len(b.items) > 0 && bud.full() {
					// what it holds is released only once sent
					break
				}
				if !bud.wait() {
					end = true
					break
				}
				fr, err := frames.Next()
				if err == io.EOF {
					end = true
					break
				}
				it := b.pool[len(b.items)]
				b.items = append(b.items, it)
				it.err, it.n, it.out, it.sc.counted = err, 0, it.out[:0], false
				if err == nil {
					it.buf = append(it.buf[:0], fr.Data...)
					size += len(fr.Data)
					it.fr = *fr
					it.fr.Data = it.buf
					s.d.SetBigEndian(fr.BigEndian)
					s.d.DecodeTo(&it.t, decode.Proto(fr.Proto), it.buf)
					b.sync = s.print && s.p.pair != nil && s.p.pair.pr.NeedsDecoder(&it.t)
					it.held = it.cost()
					bud.add(it.held)
				} else {
					it.sc.pairs, it.sc.settled, it.sc.slots = it.sc.pairs[:0], it.sc.settled[:0], it.sc.slots[:0]
					if isFatal(err) {
						fatal = true
						break
					}
				}
			}
			if len(b.items) > 0 {
				pair <- b
				if b.sync {
					<-paired
				}
				gov.done(size)
			}
			if end || fatal {
				return
			}
		}
	}()
	return out
}

// stopAhead stops the goroutines and waits for them; out is the channel
// decodeAhead returned, drained here.
func (s *session) stopAhead(out <-chan *batch) {
	if a := s.ahead; a != nil {
		a.once.Do(func() { close(a.quit); a.bud.close() })
		for b := range out {
			b.wait()
		}
		a.done.Wait()
		s.ahead = nil
	}
}
