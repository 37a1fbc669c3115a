package capture

import (
	"bufio"
	"encoding/binary"
	"io"
	"strings"
	"time"
)

// Link types of netlink captures.
const (
	LinkTypeNetlink = 253 // LINKTYPE_NETLINK: a 16-byte cooked header, then the message
	LinkTypeSLL     = 113 // LINKTYPE_LINUX_SLL with hatype ARPHRD_NETLINK
	LinkTypeSLL2    = 276 // LINKTYPE_LINUX_SLL2
)

const (
	arphrdNetlink = 824
	// DefaultSnapLen is the snap length nldump captures and writes with:
	// netlink dumps reach 32 KiB and more.
	DefaultSnapLen = 256 * 1024
	// packet type of the cooked header: nlmon's
	packetOutgoing = 4
)

// FrameWriter writes frames to a capture file: a PcapWriter or a
// PcapngWriter.
type FrameWriter interface {
	WriteFrame(fr *Frame) error
	Flush() error
	// Written returns how many packets, and messages in them, the file
	// took whole.
	Written() (packets, msgs int)
}

// NewFrameWriter writes pcapng when ng is set, pcap otherwise.
func NewFrameWriter(w io.Writer, snaplen int, ng bool) (FrameWriter, error) {
	if ng {
		return NewPcapngWriter(w, snaplen)
	}
	return NewPcapWriter(w, snaplen)
}

// IsPcapngName reports whether a file name asks for pcapng (.pcapng,
// .ntar).
func IsPcapngName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".pcapng") || strings.HasSuffix(n, ".ntar")
}

// PcapWriter writes frames as a pcap file of LINKTYPE_NETLINK, the format
// tcpdump writes for nlmon interfaces: each packet is a 16-byte cooked
// header (packet type, ARPHRD_NETLINK, address length, address, then the
// netlink protocol in big-endian at bytes 14-15) and the netlink bytes.
type PcapWriter struct {
	counted
	snaplen int
	hdr     [16 + 16]byte
}

// counted is a buffered file writer that counts what reached the file.
type counted struct {
	w *bufio.Writer
	// what reached the file: total is the bytes handed to w that it
	// took, ends the end offsets of the frames still (maybe) in w's
	// buffer, from head on, with their messages
	total         int64
	ends          []frameEnd
	head          int
	packets, msgs int
}

// write writes b and counts what w took.
func (c *counted) write(b []byte) error {
	n, err := c.w.Write(b)
	c.total += int64(n)
	return err
}

// frameDone marks the end of a frame's bytes.
func (c *counted) frameDone(fr *Frame) {
	c.ends = append(c.ends, frameEnd{c.total, CountMessages(fr.Data, fr.BigEndian)})
	c.settle()
}

type frameEnd struct {
	end  int64
	msgs int
}

// NewPcapWriter writes the file header and returns the writer. Call Flush
// before closing the file.
func NewPcapWriter(w io.Writer, snaplen int) (*PcapWriter, error) {
	if snaplen <= 0 {
		snaplen = DefaultSnapLen
	}
	pw := &PcapWriter{counted: counted{w: bufio.NewWriterSize(w, 256*1024)}, snaplen: snaplen}
	var h [24]byte
	binary.LittleEndian.PutUint32(h[0:], 0xa1b23c4d) // nanosecond timestamps
	binary.LittleEndian.PutUint16(h[4:], 2)
	binary.LittleEndian.PutUint16(h[6:], 4)
	binary.LittleEndian.PutUint32(h[16:], uint32(snaplen))
	binary.LittleEndian.PutUint32(h[20:], LinkTypeNetlink)
	n, err := pw.w.Write(h[:])
	pw.total += int64(n)
	if err != nil {
		return nil, err
	}
	return pw, nil
}

// WriteFrame writes one frame as tcpdump writes an nlmon packet: packet
// type PACKET_OUTGOING, no link-layer address. A frame whose direction was
// seen (DirKnown, or traced) gets packet type PACKET_KERNEL (to the
// kernel) or PACKET_USER (to a process), which nldump reads back; the
// sender's port id, when known, is the link-layer address. Wireshark reads
// neither field.
func (pw *PcapWriter) WriteFrame(fr *Frame) error {
	t, data, orig := framePacket(fr, pw.snaplen)
	h := pw.hdr[:]
	binary.LittleEndian.PutUint32(h[0:], uint32(t.Unix()))
	binary.LittleEndian.PutUint32(h[4:], uint32(t.Nanosecond()))
	binary.LittleEndian.PutUint32(h[8:], uint32(len(data)+16))
	binary.LittleEndian.PutUint32(h[12:], uint32(orig))
	cookedHeader(h[16:], fr)
	err := pw.write(h)
	if err == nil {
		err = pw.write(data)
	}
	if err == nil {
		pw.frameDone(fr)
	}
	pw.settle()
	return err
}

// framePacket returns a frame's time (now when unknown), its bytes cut to
// the snap length, and its length on the wire, the cooked header counted.
func framePacket(fr *Frame, snaplen int) (time.Time, []byte, int) {
	t := fr.Time
	if t.IsZero() {
		t = time.Now()
	}
	data := fr.Data
	orig := len(data) + 16
	if fr.OrigLen > len(data) {
		orig = fr.OrigLen + 16
	}
	if len(data)+16 > snaplen {
		data = data[:max(0, snaplen-16)]
	}
	return t, data, orig
}

// cookedHeader writes the 16-byte LINKTYPE_NETLINK header of a frame.
func cookedHeader(c []byte, fr *Frame) {
	clear(c)
	// nlmon marks every packet outgoing; a direction seen rather than
	// inferred is kept as the packet type nlmon gives it internally
	pt := uint16(packetOutgoing)
	if fr.DirKnown || fr.Syscall != "" {
		pt = packetUser
		if fr.Dir == DirToKernel {
			pt = packetKernel
		}
	}
	binary.BigEndian.PutUint16(c[0:], pt)
	binary.BigEndian.PutUint16(c[2:], arphrdNetlink)
	if fr.HasSender {
		binary.BigEndian.PutUint16(c[4:], 4)
		binary.LittleEndian.PutUint32(c[6:], fr.Sender)
	}
	proto := fr.Proto
	if proto < 0 {
		proto = 0
	}
	binary.BigEndian.PutUint16(c[14:], uint16(proto))
}

// settle counts the frames that are wholly in the file.
func (pw *counted) settle() {
	done := pw.total - int64(pw.w.Buffered())
	for pw.head < len(pw.ends) && pw.ends[pw.head].end <= done {
		pw.packets++
		pw.msgs += pw.ends[pw.head].msgs
		pw.head++
	}
	if pw.head == len(pw.ends) {
		pw.ends, pw.head = pw.ends[:0], 0
	}
}

// Written returns how many packets, and messages in them, the underlying
// writer took whole: after a write error, what the file holds.
func (pw *counted) Written() (packets, msgs int) {
	pw.settle()
	return pw.packets, pw.msgs
}

// Flush writes out what is buffered.
func (pw *counted) Flush() error {
	err := pw.w.Flush()
	pw.settle()
	return err
}
