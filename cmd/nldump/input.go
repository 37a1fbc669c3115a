package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// The input of diff and check: hex dumps and capture files, whole or one
// buffer or message of them.

// inputSpec names what to read: FILE, "-" for stdin, FILE#N for its Nth
// buffer (packet), FILE#N.M for the Mth message of that buffer.
type inputSpec struct {
	path   string
	packet int // 0: every buffer
	msg    int // 0: every message
	label  string
}

// parseInputSpec reads FILE[#N[.M]]. A file whose name holds a '#' is
// taken whole when it exists.
func parseInputSpec(s string) (inputSpec, error) {
	sp := inputSpec{path: s, label: s}
	if s == "-" {
		sp.label = "<stdin>"
		return sp, nil
	}
	i := strings.LastIndexByte(s, '#')
	if i < 0 {
		return sp, nil
	}
	if _, err := os.Stat(s); err == nil {
		return sp, nil
	}
	sel := s[i+1:]
	sp.path = s[:i]
	if sp.path == "" {
		sp.path = "-"
	}
	pk, msg, hasMsg := strings.Cut(sel, ".")
	n, err := strconv.Atoi(pk)
	if err != nil || n <= 0 {
		return sp, fmt.Errorf("%s: want FILE#N (the Nth buffer, from 1) or FILE#N.M (its Mth message)", s)
	}
	sp.packet = n
	if hasMsg {
		m, err := strconv.Atoi(msg)
		if err != nil || m <= 0 {
			return sp, fmt.Errorf("%s: want FILE#N.M, M the message's number in the buffer, from 1", s)
		}
		sp.msg = m
	}
	return sp, nil
}

// readInput reads the frames a spec names, and tells whether they come
// from a capture file. Buffers of hex dumps are of protocol proto unless a
// "# proto: NAME" comment says otherwise.
func readInput(e *env, sp inputSpec, proto int) (frames []capture.Frame, isCapture bool, err error) {
	var data []byte
	name := sp.path
	if sp.path == "-" {
		name = "<stdin>"
		data, err = io.ReadAll(e.stdin)
	} else {
		data, err = os.ReadFile(sp.path)
	}
	if err != nil {
		return nil, false, err
	}
	isCapture = isCaptureFile(data)
	if isCapture {
		frames, err = readCaptureFrames(bytes.NewReader(data), name)
	} else {
		err = capture.ScanHex(bytes.NewReader(data), name, func(b capture.HexBuffer) error {
			pr := proto
			if b.Proto != "" {
				v, ok := decode.ParseProto(b.Proto)
				if !ok {
					return fmt.Errorf("%s:%d: unknown protocol %q", name, b.Line-1, b.Proto)
				}
				pr = v
			}
			frames = append(frames, capture.Frame{Data: b.Data, Proto: pr, Packet: len(frames) + 1,
				Source: name + ":" + strconv.Itoa(b.Line)})
			return nil
		})
	}
	if err != nil {
		return nil, isCapture, err
	}
	if sp.packet > 0 {
		for _, fr := range frames {
			if fr.Packet == sp.packet {
				return []capture.Frame{fr}, isCapture, nil
			}
		}
		return nil, isCapture, fmt.Errorf("%s: no buffer %d (it has %d)", sp.label, sp.packet, len(frames))
	}
	return frames, isCapture, nil
}

// isCaptureFile tells pcap and pcapng files (and gzip) from hex dumps by
// their first bytes.
func isCaptureFile(b []byte) bool {
	if len(b) < 4 {
		return false
	}
	switch binary.LittleEndian.Uint32(b) {
	case 0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1, 0x0a0d0d0a:
		return true
	}
	return b[0] == 0x1f && b[1] == 0x8b
}
