package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/nldump/nldump/capture"
)

// readCaptureFrames reads the netlink buffers of a pcap file.
//
// A stopgap until capture's reader (capture.NewReader and
// capture.NewFrameReader, on the capture branch) is merged: classic pcap
// only, link types NETLINK (253) and LINUX_SLL (113); the direction is
// left to be guessed from each message. (gopacket's pcapgo would pull in
// golang.org/x/net.)
func readCaptureFrames(r io.Reader, name string) ([]capture.Frame, error) {
	br := bufio.NewReader(r)
	if m, _ := br.Peek(2); len(m) == 2 && m[0] == 0x1f && m[1] == 0x8b {
		z, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		br = bufio.NewReader(z)
	}
	var h [24]byte
	if _, err := io.ReadFull(br, h[:]); err != nil {
		return nil, fmt.Errorf("%s: not a pcap file: %v", name, err)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	nano := false
	switch binary.LittleEndian.Uint32(h[:]) {
	case 0xa1b2c3d4:
	case 0xa1b23c4d:
		nano = true
	case 0xd4c3b2a1:
		bo = binary.BigEndian
	case 0x4d3cb2a1:
		bo, nano = binary.BigEndian, true
	case 0x0a0d0d0a:
		return nil, fmt.Errorf("%s: pcapng is not read here yet; convert it with: editcap -F pcap %s out.pcap", name, name)
	default:
		return nil, fmt.Errorf("%s: not a pcap file", name)
	}
	link := int(bo.Uint32(h[20:]) & 0xffff)
	if link != capture.LinkTypeNetlink && link != capture.LinkTypeSLL {
		return nil, fmt.Errorf("%s: link type %d is not netlink (want 253, or 113 with ARPHRD_NETLINK)", name, link)
	}
	var out []capture.Frame
	var rec [16]byte
	for n := 1; ; n++ {
		if _, err := io.ReadFull(br, rec[:]); err != nil {
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			return out, fmt.Errorf("%s: packet %d: truncated record header", name, n)
		}
		incl, orig := int(bo.Uint32(rec[8:])), int(bo.Uint32(rec[12:]))
		if incl > capture.DefaultSnapLen*64 {
			return out, fmt.Errorf("%s: packet %d: record of %d bytes: the file is damaged", name, n, incl)
		}
		data := make([]byte, incl)
		if _, err := io.ReadFull(br, data); err != nil {
			return out, fmt.Errorf("%s: packet %d: %d bytes of %d", name, n, len(data), incl)
		}
		if len(data) < 16 || binary.BigEndian.Uint16(data[2:]) != 824 {
			continue // not a netlink packet
		}
		sub := int64(bo.Uint32(rec[4:]))
		if !nano {
			sub *= 1000
		}
		fr := capture.Frame{
			Data:   data[16:],
			Time:   time.Unix(int64(bo.Uint32(rec[0:])), sub),
			Proto:  int(binary.BigEndian.Uint16(data[14:])),
			Packet: n,
			Source: name + "#" + strconv.Itoa(n),
		}
		if orig > incl {
			fr.OrigLen = orig - 16
		}
		out = append(out, fr)
	}
}
