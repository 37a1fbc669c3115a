package main

import (
	"bytes"
	"encoding/binary"
	"io"
	"testing"
	"time"

	"github.com/nldump/nldump/capture"
)

// Decoding ahead stops when the frames in flight hold aheadBytes, not
// after a count of frames.
func TestAheadBudget(t *testing.T) {
	defer func(n int) { aheadBytes = n }(aheadBytes)
	aheadBytes = 1 << 20
	const size, frames = 300_000, 20
	msg := make([]byte, size)
	binary.LittleEndian.PutUint32(msg, size)
	binary.LittleEndian.PutUint16(msg[4:], 0x7ff0) // an unknown type: one hex string
	s, ahead := aheadOfCopies(t, msg, frames)
	first := <-ahead
	first.wait()
	// the reader runs on until the budget stops it
	time.Sleep(300 * time.Millisecond)
	inFlight := len(first.items)
	held := []*batch{first}
	for range len(ahead) {
		b := <-ahead
		b.wait()
		inFlight += len(b.items)
		held = append(held, b)
	}
	// each frame holds at least its bytes: the reader stops once the
	// frames it decoded hold the budget (their text, once formatted,
	// counts too)
	if inFlight > aheadBytes/size+1 {
		t.Errorf("%d frames of %d bytes in flight with a budget of %d bytes", inFlight, size, aheadBytes)
	}
	n := inFlight
	for _, b := range held {
		b.release()
	}
	for b := range ahead {
		b.wait()
		for _, it := range b.items {
			if it.err != nil {
				t.Fatal(it.err)
			}
			n++
		}
		b.release()
	}
	s.stopAhead(ahead)
	if n != frames {
		t.Errorf("%d frames, want %d", n, frames)
	}
}

// aheadOfCopies starts decoding ahead, for read in strace notation, a
// pcap of frames copies of msg; it returns the session and its batches.
func aheadOfCopies(t *testing.T, msg []byte, frames int) (*session, <-chan *batch) {
	t.Helper()
	var file bytes.Buffer
	pw, err := capture.NewPcapWriter(&file, capture.MaxPacket)
	if err != nil {
		t.Fatal(err)
	}
	for range frames {
		if err := pw.WriteFrame(&capture.Frame{Data: msg}); err != nil {
			t.Fatal(err)
		}
	}
	pw.Flush()
	rd, err := capture.NewReader(bytes.NewReader(file.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	c := &captureOpts{}
	c.out.format = "strace"
	s, err := newSession(&env{stdout: io.Discard, stderr: io.Discard}, "read", c)
	if err != nil {
		t.Fatal(err)
	}
	return s, s.decodeAhead(capture.NewFrameReader(rd, capture.EndianAuto), aheadBatch)
}
