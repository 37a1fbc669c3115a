package capture

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"time"

	"github.com/google/gopacket"
)

// MaxPacket is the largest packet record a capture file may hold: far
// above any netlink datagram (a netlink socket's buffer is at most a few
// MiB). A larger length is a corrupt file.
const MaxPacket = 16 << 20

// maxSnapLen is the largest snap length a file header may claim.
const maxSnapLen = 256 << 20

// PacketError is what is wrong with one packet record of a capture file.
// Offset is where its record starts (-1 when unknown). When Fatal is
// false, the packet was skipped and reading goes on; when true, the file
// cannot be read further.
type PacketError struct {
	Packet int
	Offset int64
	Err    string
	Fatal  bool
}

func (e *PacketError) Error() string {
	if e.Offset < 0 {
		return fmt.Sprintf("packet %d: %s", e.Packet, e.Err)
	}
	return fmt.Sprintf("packet %d at offset %d: %s", e.Packet, e.Offset, e.Err)
}

// Reader reads pcap and pcapng files. It has gopacket's
// ZeroCopyPacketDataSource shape, so it plugs into gopacket.PacketSource;
// each packet's data starts with its link-layer header (LinkType tells
// which).
//
// It is written here rather than taken from gopacket's pcapgo because
// pcapgo cuts link types to 8 bits (LINKTYPE_LINUX_SLL2, 276, reads as
// 20), sizes its buffers by lengths the file claims (a corrupt file asks
// for gigabytes), and cannot say where in the file a bad record is. This
// reader grows its buffer only as bytes arrive, checks every length
// against its container, and locates every error.
type Reader struct {
	r        *bufio.Reader
	off      int64 // offset of the next byte
	ng       bool
	bo       binary.ByteOrder
	linkType int

	// pcap
	nanos   bool
	snaplen uint32

	// pcapng
	ifaces  []ngIface
	shbSeen bool

	buf        []byte
	hdr        [16]byte // record and block headers
	packets    int
	packetLink int
	packetOff  int64
	comment    []byte // opt_comment of the packet last read (pcapng)
}

type ngIface struct {
	linkType int
	snaplen  uint32
	// timestamp units: 10^-exp seconds, or 2^-exp when pow2
	exp    uint8
	pow2   bool
	offset int64 // if_tsoffset, seconds
}

var _ gopacket.ZeroCopyPacketDataSource = (*Reader)(nil)
var _ gopacket.PacketDataSource = (*Reader)(nil)

const (
	pcapMagicMicro = 0xa1b2c3d4
	pcapMagicNano  = 0xa1b23c4d
	pcapMagicKuz   = 0xa1b2cd34
	ngSHB          = 0x0a0d0d0a
	ngIDB          = 1
	ngOPB          = 2
	ngSPB          = 3
	ngEPB          = 6
	ngByteOrder    = 0x1a2b3c4d
)

// readBuf is the buffer of a file's reader: OpenInput's and NewReader's
// are the same size, so that NewReader takes OpenInput's as it is
// (bufio.NewReaderSize returns a reader that is large enough) instead of
// copying every byte through a second one.
const readBuf = 256 << 10

// NewReader reads the file header of a pcap or pcapng file (plain or
// gzip-compressed).
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, readBuf)
	if m, err := br.Peek(2); err == nil && m[0] == 0x1f && m[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		br = bufio.NewReaderSize(zr, readBuf)
	}
	rd := &Reader{r: br}
	magic, err := br.Peek(4)
	if err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, errors.New("empty or too short for a capture file")
		}
		return nil, err
	}
	switch binary.LittleEndian.Uint32(magic) {
	case ngSHB:
		rd.ng = true
		if err := rd.readNgHeader(); err != nil {
			return nil, err
		}
		return rd, nil
	}
	for _, bo := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		switch bo.Uint32(magic) {
		case pcapMagicMicro:
			rd.bo = bo
		case pcapMagicNano:
			rd.bo, rd.nanos = bo, true
		case pcapMagicKuz:
			return nil, errors.New("modified (Kuznetzov) pcap format is not supported; convert it with editcap -F pcap")
		}
	}
	if rd.bo == nil {
		return nil, fmt.Errorf("not a pcap or pcapng file (magic number %#08x)", binary.BigEndian.Uint32(magic))
	}
	var h [24]byte
	if _, err := io.ReadFull(br, h[:]); err != nil {
		return nil, errors.New("too short for a pcap file header (24 bytes)")
	}
	rd.off = 24
	if major := rd.bo.Uint16(h[4:]); major != 2 {
		return nil, fmt.Errorf("pcap version %d.%d is not supported (want 2.4)", major, rd.bo.Uint16(h[6:]))
	}
	rd.snaplen = rd.bo.Uint32(h[16:])
	if rd.snaplen > maxSnapLen {
		return nil, fmt.Errorf("absurd snap length %d in the file header (corrupt file?)", rd.snaplen)
	}
	// the low 16 bits are the link type; the upper ones carry FCS facts
	rd.linkType = int(rd.bo.Uint32(h[20:]) & 0xffff)
	return rd, nil
}

// LinkType returns the link type of the file (of its first interface for
// pcapng), all 16 bits of it.
func (r *Reader) LinkType() int { return r.linkType }

// PacketLinkType returns the link type of the packet last read (pcapng
// files may mix interfaces of several types).
func (r *Reader) PacketLinkType() int { return r.packetLink }

// PacketOffset returns the file offset of the record last read.
func (r *Reader) PacketOffset() int64 { return r.packetOff }

// Packets returns the number of packet records read so far.
func (r *Reader) Packets() int { return r.packets }

// PacketComment returns the comment of the packet last read (pcapng's
// opt_comment; nil when it has none), valid until the next read.
func (r *Reader) PacketComment() []byte { return r.comment }

// IsPcapNG reports whether the file is pcapng.
func (r *Reader) IsPcapNG() bool { return r.ng }

// ReadPacketData returns the next packet in a buffer of its own.
func (r *Reader) ReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	data, ci, err := r.ZeroCopyReadPacketData()
	if err != nil {
		return nil, ci, err
	}
	return slices.Clone(data), ci, nil
}

// ZeroCopyReadPacketData returns the next packet; its data is valid until
// the next call. It returns io.EOF at the end of the file and a
// *PacketError for a bad record.
func (r *Reader) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	if r.ng {
		return r.readNg()
	}
	return r.readPcap()
}

func (r *Reader) fail(fatal bool, format string, a ...any) *PacketError {
	return &PacketError{Packet: r.packets, Offset: r.packetOff, Err: fmt.Sprintf(format, a...), Fatal: fatal}
}

// readN reads n bytes into r.buf, growing it only as the bytes come, so
// that a length the file lies about costs no more memory than the file.
func (r *Reader) readN(n int) ([]byte, error) {
	const step = 64 << 10
	buf := r.buf[:0]
	for len(buf) < n {
		c := min(n-len(buf), step)
		if cap(buf)-len(buf) < c {
			buf = slices.Grow(buf, c)
		}
		got, err := io.ReadFull(r.r, buf[len(buf):len(buf)+c])
		buf = buf[:len(buf)+got]
		r.off += int64(got)
		if err != nil {
			r.buf = buf
			return buf, err
		}
	}
	r.buf = buf
	return buf, nil
}

func (r *Reader) readPcap() ([]byte, gopacket.CaptureInfo, error) {
	var ci gopacket.CaptureInfo
	h := r.hdr[:16]
	r.packetOff = r.off
	n, err := io.ReadFull(r.r, h)
	r.off += int64(n)
	if err == io.EOF {
		return nil, ci, io.EOF
	}
	r.packets++
	if err != nil {
		return nil, ci, r.fail(true, "truncated record header: %d of 16 bytes, then the file ends", n)
	}
	sec := r.bo.Uint32(h[0:])
	frac := r.bo.Uint32(h[4:])
	caplen := r.bo.Uint32(h[8:])
	origlen := r.bo.Uint32(h[12:])
	if caplen > MaxPacket {
		return nil, ci, r.fail(true, "absurd capture length %d (more than %d): corrupt file", caplen, MaxPacket)
	}
	var data []byte
	if int(caplen) <= r.r.Size() {
		// in the reader's buffer: no copy (valid until the next read)
		if data, err = r.r.Peek(int(caplen)); err == nil {
			r.r.Discard(len(data))
			r.off += int64(len(data))
		}
	}
	if data == nil || err != nil {
		data, err = r.readN(int(caplen))
	}
	if err != nil {
		return nil, ci, r.fail(true, "record says %d bytes, the file ends after %d", caplen, len(data))
	}
	nsec := int64(frac)
	if !r.nanos {
		nsec *= 1000
	}
	if nsec >= 1e9 {
		return nil, ci, r.fail(false, "bad timestamp fraction %d", frac)
	}
	ci.Timestamp = time.Unix(int64(sec), nsec)
	ci.CaptureLength = int(caplen)
	ci.Length = int(origlen)
	if origlen < caplen {
		// some writers leave it 0; the captured bytes are what is known
		ci.Length = int(caplen)
	}
	r.packetLink = r.linkType
	return data, ci, nil
}

// pcapng

func (r *Reader) readNgHeader() error {
	// the first block must be a section header: read it like any block
	r.packetOff = 0
	typ, body, err := r.readBlock()
	if err != nil {
		if pe, ok := err.(*PacketError); ok {
			err = errors.New(pe.Err)
		}
		return fmt.Errorf("pcapng section header: %v", err)
	}
	if typ != ngSHB {
		return errors.New("pcapng file does not start with a section header")
	}
	if err := r.section(body); err != nil {
		return err
	}
	// read the interfaces that follow, for LinkType
	for {
		h, err := r.r.Peek(4)
		if err != nil || r.bo.Uint32(h) != ngIDB {
			return nil
		}
		r.packetOff = r.off
		_, body, err := r.readBlock()
		if err != nil {
			if pe, ok := err.(*PacketError); ok {
				err = errors.New(pe.Err)
			}
			return fmt.Errorf("pcapng interface description at offset %d: %v", r.packetOff, err)
		}
		if err := r.iface(body); err != nil {
			return fmt.Errorf("pcapng interface description at offset %d: %v", r.packetOff, err)
		}
	}
}

func (r *Reader) section(body []byte) error {
	if len(body) < 16 {
		return errors.New("pcapng section header too short")
	}
	if major := r.bo.Uint16(body[4:]); major != 1 {
		return fmt.Errorf("pcapng version %d.%d is not supported (want 1.0)", major, r.bo.Uint16(body[6:]))
	}
	r.ifaces = r.ifaces[:0]
	r.shbSeen = true
	return nil
}

// readBlock reads one whole block and returns its type and body (without
// type, lengths, and the trailing length).
func (r *Reader) readBlock() (uint32, []byte, error) {
	h := r.hdr[:12]
	start := r.off
	n, err := io.ReadFull(r.r, h[:8])
	r.off += int64(n)
	if err == io.EOF {
		return 0, nil, io.EOF
	}
	if err != nil {
		return 0, nil, &PacketError{Packet: r.packets + 1, Offset: start, Err: fmt.Sprintf("truncated block header: %d of 8 bytes, then the file ends", n), Fatal: true}
	}
	typ := binary.LittleEndian.Uint32(h[0:])
	if typ == ngSHB {
		// the byte order of the section follows its length
		n, err := io.ReadFull(r.r, h[8:12])
		r.off += int64(n)
		if err != nil {
			return 0, nil, &PacketError{Packet: r.packets + 1, Offset: start, Err: "truncated section header", Fatal: true}
		}
		switch {
		case binary.LittleEndian.Uint32(h[8:]) == ngByteOrder:
			r.bo = binary.LittleEndian
		case binary.BigEndian.Uint32(h[8:]) == ngByteOrder:
			r.bo = binary.BigEndian
		default:
			return 0, nil, &PacketError{Packet: r.packets + 1, Offset: start, Err: fmt.Sprintf("section header with a bad byte-order magic %#x", h[8:12]), Fatal: true}
		}
	} else {
		typ = r.bo.Uint32(h[0:])
	}
	total := r.bo.Uint32(h[4:])
	hdr := uint32(8)
	if typ == ngSHB {
		hdr = 12
	}
	if total < hdr+4 || total%4 != 0 || total > MaxPacket+4096 {
		return 0, nil, &PacketError{Packet: r.packets + 1, Offset: start, Err: fmt.Sprintf("block of type %#x claims a bad length %d", typ, total), Fatal: true}
	}
	body, err := r.readN(int(total - hdr))
	if err != nil {
		return 0, nil, &PacketError{Packet: r.packets + 1, Offset: start, Err: fmt.Sprintf("block says %d bytes, the file ends after %d", total, int(hdr)+len(body)), Fatal: true}
	}
	if trail := r.bo.Uint32(body[len(body)-4:]); trail != total {
		return 0, nil, &PacketError{Packet: r.packets + 1, Offset: start, Err: fmt.Sprintf("block length %d at its start but %d at its end", total, trail), Fatal: true}
	}
	body = body[:len(body)-4]
	if typ == ngSHB {
		// give section() the byte-order magic too
		body = append([]byte{h[8], h[9], h[10], h[11]}, body...)
		r.buf = body[:0]
	}
	return typ, body, nil
}

func (r *Reader) readNg() ([]byte, gopacket.CaptureInfo, error) {
	var ci gopacket.CaptureInfo
	r.comment = nil
	for {
		r.packetOff = r.off
		typ, body, err := r.readBlock()
		if err != nil {
			if err != io.EOF {
				r.packets++
			}
			return nil, ci, err
		}
		switch typ {
		case ngSHB:
			if err := r.section(body); err != nil {
				r.packets++
				return nil, ci, r.fail(true, "%v", err)
			}
		case ngIDB:
			if err := r.iface(body); err != nil {
				r.packets++
				return nil, ci, r.fail(true, "%v", err)
			}
		case ngEPB, ngOPB:
			r.packets++
			if len(body) < 20 {
				return nil, ci, r.fail(false, "packet block too short (%d bytes)", len(body))
			}
			var id int
			if typ == ngEPB {
				id = int(r.bo.Uint32(body[0:]))
			} else {
				id = int(r.bo.Uint16(body[0:]))
			}
			if id >= len(r.ifaces) {
				return nil, ci, r.fail(false, "packet of interface %d, but the section describes %d", id, len(r.ifaces))
			}
			ts := uint64(r.bo.Uint32(body[4:]))<<32 | uint64(r.bo.Uint32(body[8:]))
			caplen := r.bo.Uint32(body[12:])
			origlen := r.bo.Uint32(body[16:])
			if uint64(caplen) > uint64(len(body)-20) {
				return nil, ci, r.fail(false, "capture length %d past the end of its block (%d bytes of data)", caplen, len(body)-20)
			}
			ifc := &r.ifaces[id]
			ci.Timestamp = ifc.time(ts)
			ci.CaptureLength = int(caplen)
			ci.Length = max(int(origlen), int(caplen))
			ci.InterfaceIndex = id
			r.packetLink = ifc.linkType
			if typ == ngEPB {
				r.comment = findComment(r.bo, body[min(len(body), 20+nlAlign(int(caplen))):])
			}
			return body[20 : 20+caplen], ci, nil
		case ngSPB:
			r.packets++
			if len(body) < 4 {
				return nil, ci, r.fail(false, "simple packet block too short")
			}
			if len(r.ifaces) == 0 {
				return nil, ci, r.fail(false, "simple packet block before any interface description")
			}
			origlen := r.bo.Uint32(body[0:])
			caplen := min(uint64(origlen), uint64(len(body)-4))
			if s := r.ifaces[0].snaplen; s != 0 && uint64(s) < caplen {
				caplen = uint64(s)
			}
			ci.Timestamp = time.Time{}
			ci.CaptureLength = int(caplen)
			ci.Length = int(origlen)
			ci.InterfaceIndex = 0
			r.packetLink = r.ifaces[0].linkType
			return body[4 : 4+caplen], ci, nil
		default:
			// statistics, name resolution, custom blocks: not needed
			if !r.shbSeen {
				r.packets++
				return nil, ci, r.fail(true, "block before the section header")
			}
		}
	}
}

// findComment returns the first opt_comment of a block's options (nil
// when there is none, or the options do not hold together).
func findComment(bo binary.ByteOrder, opts []byte) []byte {
	for len(opts) >= 4 {
		code := bo.Uint16(opts[0:])
		olen := int(bo.Uint16(opts[2:]))
		if code == 0 || 4+olen > len(opts) {
			return nil
		}
		if code == 1 { // opt_comment
			return opts[4 : 4+olen]
		}
		opts = opts[min(len(opts), 4+nlAlign(olen)):]
	}
	return nil
}

func (r *Reader) iface(body []byte) error {
	if len(body) < 8 {
		return errors.New("interface description block too short")
	}
	ifc := ngIface{
		linkType: int(r.bo.Uint16(body[0:])),
		snaplen:  r.bo.Uint32(body[4:]),
		exp:      6,
	}
	if len(r.ifaces) == 0 {
		r.linkType = ifc.linkType
	}
	opts := body[8:]
	for len(opts) >= 4 {
		code := r.bo.Uint16(opts[0:])
		olen := int(r.bo.Uint16(opts[2:]))
		if code == 0 {
			break
		}
		if 4+olen > len(opts) {
			return fmt.Errorf("interface option %d of length %d past the end of its block", code, olen)
		}
		v := opts[4 : 4+olen]
		switch code {
		case 9: // if_tsresol
			if olen >= 1 {
				ifc.pow2 = v[0]&0x80 != 0
				ifc.exp = v[0] & 0x7f
				if (!ifc.pow2 && ifc.exp > 18) || ifc.exp > 63 {
					return fmt.Errorf("unsupported timestamp resolution %#x", v[0])
				}
			}
		case 14: // if_tsoffset
			if olen >= 8 {
				ifc.offset = int64(r.bo.Uint64(v))
			}
		}
		step := 4 + (olen+3)&^3
		if step > len(opts) {
			break
		}
		opts = opts[step:]
	}
	r.ifaces = append(r.ifaces, ifc)
	return nil
}

func (ifc *ngIface) time(ts uint64) time.Time {
	var sec, nsec uint64
	if ifc.pow2 {
		sec = ts >> ifc.exp
		frac := ts & (1<<ifc.exp - 1)
		hi, lo := bits.Mul64(frac, 1e9)
		if ifc.exp == 0 {
			nsec = 0
		} else {
			nsec = lo>>ifc.exp | hi<<(64-ifc.exp)
		}
	} else {
		unit := uint64(1)
		for i := uint8(0); i < ifc.exp; i++ {
			unit *= 10
		}
		sec = ts / unit
		frac := ts % unit
		if ifc.exp <= 9 {
			for i := ifc.exp; i < 9; i++ {
				frac *= 10
			}
			nsec = frac
		} else {
			for i := uint8(9); i < ifc.exp; i++ {
				frac /= 10
			}
			nsec = frac
		}
	}
	return time.Unix(int64(sec)+ifc.offset, int64(nsec))
}
