package capture

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/google/gopacket"
)

// Packet types of the Linux cooked headers that tell a direction. nlmon
// itself marks every packet PACKET_OUTGOING (4); nldump writes
// PACKET_KERNEL for a buffer seen going to the kernel and PACKET_USER for
// one seen going to a process (traced processes).
const (
	packetUser   = 6
	packetKernel = 7
	// not a packet type of a file: a buffer the BPF source saw go from
	// one process to another
	packetFromUser = 0x100
)

// linkTypeBpf is the private link type of the BPF source's packets: its
// record header (bpf_linux.go), then the netlink buffer. No file holds it.
const linkTypeBpf = -253

// PacketSource is what FrameReader reads: gopacket's
// ZeroCopyPacketDataSource, packets starting with their link-layer header.
// A source whose packets may differ in link type (pcapng) tells it with
// PacketLinkType; others with LinkType.
type PacketSource interface {
	ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error)
	LinkType() int
}

// FrameReader turns the packets of a source into Frames: it reads the
// cooked header (netlink protocol), the byte order, and infers the
// direction of each buffer.
type FrameReader struct {
	src    PacketSource
	pkt    interface{ PacketLinkType() int }
	offs   interface{ PacketOffset() int64 }
	notes  interface{ PacketComment() []byte }
	endian Endian
	hostBE bool
	dir    DirInfer
	fr     Frame
	n      int

	// Skipped counts packets of other kinds than netlink (an "any"
	// capture holds Ethernet and more, a pcapng file may mix interfaces):
	// they are not errors.
	Skipped int
}

// NewFrameReader reads frames from src, choosing the byte order of the
// payloads as e says.
func NewFrameReader(src PacketSource, e Endian) *FrameReader {
	fr := &FrameReader{src: src, endian: e, hostBE: HostBigEndian}
	fr.pkt, _ = src.(interface{ PacketLinkType() int })
	fr.offs, _ = src.(interface{ PacketOffset() int64 })
	fr.notes, _ = src.(interface{ PacketComment() []byte })
	return fr
}

// Next returns the next frame, valid until the next call. It returns
// io.EOF at the end, and a *PacketError for a packet it cannot read
// (when the error is not Fatal, the next call goes on with the next
// packet).
func (f *FrameReader) Next() (*Frame, error) {
	for {
		data, ci, err := f.src.ZeroCopyReadPacketData()
		f.n++
		if err != nil {
			if pe, ok := err.(*PacketError); ok {
				f.n = pe.Packet
			}
			return nil, err
		}
		lt := f.src.LinkType()
		if f.pkt != nil {
			lt = f.pkt.PacketLinkType()
		}
		fr := &f.fr
		*fr = Frame{Time: ci.Timestamp, Packet: f.n, Proto: -1}
		payload, pt, err := f.cooked(lt, data, fr)
		if err != nil {
			if err == errNotNetlink {
				f.Skipped++
				continue
			}
			off := int64(-1)
			if f.offs != nil {
				off = f.offs.PacketOffset()
			}
			return nil, &PacketError{Packet: f.n, Offset: off, Err: err.Error()}
		}
		fr.Data = payload
		if f.notes != nil {
			// the process nldump wrote in a pcapng packet comment
			if c := f.notes.PacketComment(); len(c) > 0 {
				fr.Proc, _ = ParseProcessComment(string(c))
			}
		}
		if ci.Length > ci.CaptureLength {
			fr.OrigLen = ci.Length - (len(data) - len(payload))
		}
		switch f.endian {
		case EndianLittle:
			fr.BigEndian = false
		case EndianBig:
			fr.BigEndian = true
		default:
			fr.BigEndian = DetectBigEndian(payload, f.hostBE)
		}
		// The inference also learns from frames whose direction is known.
		d := f.dir.Infer(fr.Proto, payload, fr.BigEndian)
		switch pt {
		case packetKernel:
			fr.Dir, fr.DirKnown = DirToKernel, true
		case packetUser:
			fr.Dir, fr.DirKnown = DirFromKernel, true
			if d == DirToUser {
				fr.Dir = DirToUser
			}
		case packetFromUser:
			fr.Dir, fr.DirKnown = DirToUser, true
		default:
			fr.Dir = d
		}
		return fr, nil
	}
}

var errNotNetlink = fmt.Errorf("not netlink")

// cooked reads the link-layer header of a packet: the netlink protocol,
// the sender's port id when recorded, and the packet type.
func (f *FrameReader) cooked(linkType int, data []byte, fr *Frame) ([]byte, int, error) {
	be := binary.BigEndian
	switch linkType {
	case LinkTypeNetlink:
		if len(data) < 16 {
			return nil, 0, fmt.Errorf("%d bytes, too short for the 16-byte netlink cooked header", len(data))
		}
		if ht := be.Uint16(data[2:]); ht != arphrdNetlink {
			return nil, 0, fmt.Errorf("link-layer address type %d in the netlink cooked header, want ARPHRD_NETLINK (824)", ht)
		}
		f.sender(data[4:6], data[6:14], fr)
		fr.Proto = int(be.Uint16(data[14:]))
		return data[16:], int(be.Uint16(data[0:])), nil
	case LinkTypeSLL:
		if len(data) < 16 {
			return nil, 0, fmt.Errorf("%d bytes, too short for the 16-byte Linux cooked header", len(data))
		}
		if be.Uint16(data[2:]) != arphrdNetlink {
			return nil, 0, errNotNetlink
		}
		f.sender(data[4:6], data[6:14], fr)
		fr.Proto = int(be.Uint16(data[14:]))
		return data[16:], int(be.Uint16(data[0:])), nil
	case linkTypeBpf:
		return bpfRecord(data, fr)
	case LinkTypeSLL2:
		if len(data) < 20 {
			return nil, 0, fmt.Errorf("%d bytes, too short for the 20-byte Linux cooked header v2", len(data))
		}
		if be.Uint16(data[8:]) != arphrdNetlink {
			return nil, 0, errNotNetlink
		}
		f.sender(data[11:12], data[12:20], fr)
		fr.Proto = int(be.Uint16(data[0:]))
		return data[20:], int(data[10]), nil
	}
	return nil, 0, errNotNetlink
}

// CheckLinkType tells whether packets of a link type can hold netlink:
// NETLINK (253), LINUX_SLL (113) and LINUX_SLL2 (276) with ARPHRD_NETLINK.
func CheckLinkType(linkType int) error {
	switch linkType {
	case LinkTypeNetlink, LinkTypeSLL, LinkTypeSLL2:
		return nil
	}
	return fmt.Errorf("link type %d is not a netlink capture (want 253 NETLINK, 113 LINUX_SLL or 276 LINUX_SLL2: tcpdump -i nlmon0 or -i any)", linkType)
}

func (f *FrameReader) sender(alen, addr []byte, fr *Frame) {
	n := int(alen[len(alen)-1])
	if len(alen) == 2 {
		n = int(binary.BigEndian.Uint16(alen))
	}
	if n == 4 {
		fr.Sender = binary.LittleEndian.Uint32(addr)
		fr.HasSender = true
	}
}

// The record the BPF program writes (bpf_linux.go): bpfHdrLen bytes, then the buffer.
const (
	bpfHdrLen = 56
	// offsets in the record
	bpfTime   = 0  // u64 CLOCK_MONOTONIC ns
	bpfLen    = 8  // u32 length of the buffer
	bpfCapLen = 12 // u32 bytes copied
	bpfPid    = 16 // u32 thread group id
	bpfTid    = 20 // u32 thread id
	bpfNetns  = 24 // u32 network namespace inode
	bpfSender = 28 // u32 sender's port id (0: the kernel)
	bpfDest   = 32 // u32 recipient's port id (0: the kernel)
	bpfProto  = 36 // u16 netlink protocol
	bpfKind   = 38 // u8 bpfToKernel or bpfToSocket
	bpfComm   = 40 // [16]byte command name

	bpfToKernel = 1
	bpfToSocket = 2
)

// bpfCommOf returns the command name of a BPF record (its header read).
func bpfCommOf(rec []byte) []byte {
	comm := rec[bpfComm : bpfComm+16]
	if i := bytes.IndexByte(comm, 0); i >= 0 {
		comm = comm[:i]
	}
	return comm
}

// bpfFromProc reports whether a BPF record's buffer was sent by a
// process's socket (to the kernel, or with a sender port), not by the
// kernel.
func bpfFromProc(rec []byte) bool {
	return rec[bpfKind] == bpfToKernel || binary.NativeEndian.Uint32(rec[bpfSender:]) != 0
}

// bpfRecord reads the header of a record of the BPF source.
func bpfRecord(data []byte, fr *Frame) ([]byte, int, error) {
	if len(data) < bpfHdrLen {
		return nil, 0, fmt.Errorf("%d bytes, too short for the %d-byte BPF record header", len(data), bpfHdrLen)
	}
	ne := binary.NativeEndian
	fr.Proto = int(ne.Uint16(data[bpfProto:]))
	fr.Sender, fr.HasSender = ne.Uint32(data[bpfSender:]), true
	fr.Dest = ne.Uint32(data[bpfDest:])
	fr.Netns = ne.Uint32(data[bpfNetns:])
	fr.Proc = Process{PID: int(ne.Uint32(data[bpfPid:])), Comm: string(bpfCommOf(data)), By: ByBpf}
	pt := packetUser
	switch {
	case data[bpfKind] == bpfToKernel:
		pt = packetKernel
	case bpfFromProc(data):
		pt = packetFromUser
	}
	return data[bpfHdrLen:], pt, nil
}
