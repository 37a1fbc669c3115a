package capture

import (
	"bytes"
	"encoding/binary"
	"io"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/gopacket"
)

// fakeLive gives n packets of growing sizes, idling every 7, then
// io.EOF once interrupted.
type fakeLive struct {
	n, i    int
	idle    func()
	stop    chan struct{}
	stopped atomic.Bool
	buf     []byte
}

func (f *fakeLive) LinkType() int      { return LinkTypeNetlink }
func (f *fakeLive) SetOnIdle(g func()) { f.idle = g }
func (f *fakeLive) Interrupt() {
	if !f.stopped.Swap(true) {
		close(f.stop)
	}
}

func (f *fakeLive) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	if f.i%7 == 0 && f.idle != nil {
		f.idle()
	}
	if f.i == f.n {
		if f.idle != nil {
			f.idle() // as Live does before it waits
		}
		<-f.stop
		return nil, gopacket.CaptureInfo{}, io.EOF
	}
	size := 4 + f.i*97%(300<<10) // some larger than a chunk
	f.buf = f.buf[:0]
	f.buf = binary.LittleEndian.AppendUint32(f.buf, uint32(f.i))
	f.buf = append(f.buf, make([]byte, size-4)...)
	ci := gopacket.CaptureInfo{Timestamp: time.Unix(int64(f.i), 0), CaptureLength: size, Length: size + 1}
	f.i++
	return f.buf, ci, nil
}

func TestQueue(t *testing.T) {
	src := &fakeLive{n: 5000, stop: make(chan struct{})}
	q := NewQueue(src, 4<<20) // a few chunks: the reader waits for them
	idle := 0
	q.OnIdle = func() { idle++ }
	for i := 0; ; i++ {
		if i == 5000 {
			q.Interrupt()
		}
		data, ci, err := q.ZeroCopyReadPacketData()
		if err == io.EOF {
			if i != 5000 {
				t.Fatalf("EOF after %d packets", i)
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if int(binary.LittleEndian.Uint32(data)) != i || len(data) != 4+i*97%(300<<10) ||
			ci.Timestamp.Unix() != int64(i) || ci.Length != len(data)+1 || !bytes.Equal(data[4:], make([]byte, len(data)-4)) {
			t.Fatalf("packet %d: %d bytes, %v", i, len(data), ci)
		}
		if i%500 == 0 {
			time.Sleep(time.Millisecond) // a slow reader
		}
	}
	if idle == 0 {
		t.Error("OnIdle never called")
	}
	if _, _, err := q.ZeroCopyReadPacketData(); err != io.EOF {
		t.Errorf("then %v", err)
	}
	q.Close()
}

// Close stops the reading goroutine even when the queue is full.
func TestQueueClose(t *testing.T) {
	src := &fakeLive{n: 3000, stop: make(chan struct{})}
	q := NewQueue(src, 2<<20)
	q.ZeroCopyReadPacketData()
	time.Sleep(10 * time.Millisecond)
	q.Close()
	if _, _, err := q.ZeroCopyReadPacketData(); err != io.EOF {
		t.Errorf("after Close: %v", err)
	}
}
