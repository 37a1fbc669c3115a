package capture

import (
	"encoding/binary"
	"testing"
	"time"

	"github.com/google/gopacket"
)

// oneRecord is a source of BPF records.
type oneRecord struct {
	recs [][]byte
	orig []int
}

func (o *oneRecord) LinkType() int { return linkTypeBpf }
func (o *oneRecord) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	if len(o.recs) == 0 {
		return nil, gopacket.CaptureInfo{}, errEnd
	}
	r := o.recs[0]
	ci := gopacket.CaptureInfo{Timestamp: time.Unix(1, 0), CaptureLength: len(r), Length: bpfHdrLen + o.orig[0]}
	o.recs, o.orig = o.recs[1:], o.orig[1:]
	return r, ci, nil
}

var errEnd = &PacketError{Fatal: true, Err: "end"}

func bpfRec(kind byte, sender, dest uint32, pid uint32, comm string, msg []byte) []byte {
	ne := binary.NativeEndian
	r := make([]byte, bpfHdrLen+len(msg))
	ne.PutUint32(r[bpfLen:], uint32(len(msg)))
	ne.PutUint32(r[bpfCapLen:], uint32(len(msg)))
	ne.PutUint32(r[bpfPid:], pid)
	ne.PutUint32(r[bpfNetns:], 4026531840)
	ne.PutUint32(r[bpfSender:], sender)
	ne.PutUint32(r[bpfDest:], dest)
	ne.PutUint16(r[bpfProto:], 16) // NETLINK_GENERIC
	r[bpfKind] = kind
	copy(r[bpfComm:bpfComm+16], comm)
	copy(r[bpfHdrLen:], msg)
	return r
}

func TestBpfRecordFrames(t *testing.T) {
	msg := make([]byte, 20)
	binary.NativeEndian.PutUint32(msg, 20)
	binary.NativeEndian.PutUint16(msg[4:], 0x10)
	src := &oneRecord{
		recs: [][]byte{
			bpfRec(bpfToKernel, 77, 0, 1234, "NetworkManager", msg),
			bpfRec(bpfToSocket, 0, 77, 1234, "NetworkManager", msg),
			bpfRec(bpfToSocket, 88, 77, 99, "a-sixteen-chars!", msg[:16]),
		},
		orig: []int{20, 20, 20},
	}
	want := []struct {
		dir          Direction
		sender, dest uint32
		pid          int
		comm         string
		n, orig      int
	}{
		{DirToKernel, 77, 0, 1234, "NetworkManager", 20, 0},
		{DirFromKernel, 0, 77, 1234, "NetworkManager", 20, 0},
		{DirToUser, 88, 77, 99, "a-sixteen-chars!", 16, 20},
	}
	fr := NewFrameReader(src, EndianAuto)
	for i, w := range want {
		f, err := fr.Next()
		if err != nil {
			t.Fatalf("frame %d: %v", i+1, err)
		}
		if f.Dir != w.dir || !f.DirKnown || f.Sender != w.sender || !f.HasSender || f.Dest != w.dest ||
			f.Proc.PID != w.pid || f.Proc.Comm != w.comm || f.Proto != 16 || f.Netns != 4026531840 ||
			len(f.Data) != w.n || f.OrigLen != w.orig {
			t.Errorf("frame %d: %v known=%v sender %d dest %d proc %+v proto %d netns %d len %d orig %d; want %+v",
				i+1, f.Dir, f.DirKnown, f.Sender, f.Dest, f.Proc, f.Proto, f.Netns, len(f.Data), f.OrigLen, w)
		}
	}
	// a record shorter than its header is a packet error, and reading goes on
	src.recs, src.orig = [][]byte{make([]byte, 10), bpfRec(bpfToKernel, 1, 0, 1, "ip", msg)}, []int{0, 20}
	if _, err := fr.Next(); err == nil {
		t.Error("a 10-byte record was read")
	}
	if f, err := fr.Next(); err != nil || f.Proc.Comm != "ip" {
		t.Errorf("after a short record: %v %v", f, err)
	}
}
