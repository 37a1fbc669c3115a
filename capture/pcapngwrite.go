package capture

import (
	"bufio"
	"encoding/binary"
	"io"
)

// PcapngWriter writes frames as a pcapng file: one interface of
// LINKTYPE_NETLINK with nanosecond timestamps, and an enhanced packet
// block per frame with the same cooked header PcapWriter writes. A frame
// whose process is known (or was looked for) carries it in the packet's
// comment (opt_comment), which Wireshark shows and nldump reads back:
// "pid=1234 comm=ip", or "process unknown: WHY".
type PcapngWriter struct {
	counted
	snaplen int
	blk     []byte
}

// pcapng option codes
const (
	optEndOfOpt  = 0
	optComment   = 1
	optShbUserap = 4
	optIfTsresol = 9
	maxComment   = 1024
)

var ngLE = binary.LittleEndian

// NewPcapngWriter writes the section header and the interface
// description and returns the writer. Call Flush before closing the file.
func NewPcapngWriter(w io.Writer, snaplen int) (*PcapngWriter, error) {
	if snaplen <= 0 {
		snaplen = DefaultSnapLen
	}
	pw := &PcapngWriter{counted: counted{w: bufio.NewWriterSize(w, 256*1024)}, snaplen: snaplen}
	// section header: byte-order magic, version 1.0, unknown length
	b := []byte{}
	b = ngLE.AppendUint32(b, ngByteOrder)
	b = ngLE.AppendUint16(b, 1)
	b = ngLE.AppendUint16(b, 0)
	b = ngLE.AppendUint64(b, ^uint64(0))
	b = appendOpt(b, optShbUserap, []byte("nldump"))
	b = appendOpt(b, optEndOfOpt, nil)
	if err := pw.block(ngSHB, b); err != nil {
		return nil, err
	}
	b = b[:0]
	b = ngLE.AppendUint16(b, LinkTypeNetlink)
	b = ngLE.AppendUint16(b, 0)
	b = ngLE.AppendUint32(b, uint32(snaplen))
	b = appendOpt(b, optIfTsresol, []byte{9}) // nanoseconds
	b = appendOpt(b, optEndOfOpt, nil)
	if err := pw.block(ngIDB, b); err != nil {
		return nil, err
	}
	return pw, nil
}

// appendOpt appends an option, padded to 4 bytes.
func appendOpt(b []byte, code uint16, v []byte) []byte {
	b = ngLE.AppendUint16(b, code)
	b = ngLE.AppendUint16(b, uint16(len(v)))
	b = append(b, v...)
	for i := len(v); i%4 != 0; i++ {
		b = append(b, 0)
	}
	return b
}

// block writes a block of a type around its body (a multiple of 4 bytes).
func (pw *PcapngWriter) block(typ uint32, body []byte) error {
	var h [8]byte
	total := uint32(12 + len(body))
	ngLE.PutUint32(h[0:], typ)
	ngLE.PutUint32(h[4:], total)
	if err := pw.write(h[:]); err != nil {
		return err
	}
	if err := pw.write(body); err != nil {
		return err
	}
	return pw.write(h[4:8])
}

// WriteFrame writes one frame as an enhanced packet block.
func (pw *PcapngWriter) WriteFrame(fr *Frame) error {
	t, data, orig := framePacket(fr, pw.snaplen)
	b := pw.blk[:0]
	ts := uint64(t.UnixNano())
	b = ngLE.AppendUint32(b, 0) // interface
	b = ngLE.AppendUint32(b, uint32(ts>>32))
	b = ngLE.AppendUint32(b, uint32(ts))
	b = ngLE.AppendUint32(b, uint32(len(data)+16))
	b = ngLE.AppendUint32(b, uint32(orig))
	n := len(b)
	b = append(b, make([]byte, 16)...)
	cookedHeader(b[n:], fr)
	b = append(b, data...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	if c := fr.Proc.Comment(); c != "" {
		if len(c) > maxComment {
			c = c[:maxComment]
		}
		b = appendOpt(b, optComment, []byte(c))
		b = appendOpt(b, optEndOfOpt, nil)
	}
	pw.blk = b
	err := pw.block(ngEPB, b)
	if err == nil {
		pw.frameDone(fr)
	}
	pw.settle()
	return err
}
