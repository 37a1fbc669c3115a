package capture

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// InputFormat is the form of a file of netlink buffers.
type InputFormat uint8

const (
	FormatAuto InputFormat = iota // told from the first bytes
	FormatHex                     // a hex dump in any form HexScanner reads
	FormatRaw                     // the bytes of one buffer, as write(2) sent them
	FormatPcap                    // pcap or pcapng
)

func (f InputFormat) String() string {
	switch f {
	case FormatHex:
		return "hex"
	case FormatRaw:
		return "raw"
	case FormatPcap:
		return "pcap"
	}
	return "auto"
}

// ParseInputFormat reads auto, hex, raw or pcap (pcapng is pcap).
func ParseInputFormat(s string) (InputFormat, error) {
	switch s {
	case "", "auto":
		return FormatAuto, nil
	case "hex", "text":
		return FormatHex, nil
	case "raw", "bin", "binary":
		return FormatRaw, nil
	case "pcap", "pcapng":
		return FormatPcap, nil
	}
	return 0, fmt.Errorf("input format %q: want auto, hex, raw or pcap", s)
}

// sniffLen is how much of a file SniffFormat looks at.
const sniffLen = 512

// SniffFormat tells the form of a file from its first bytes: pcap and
// pcapng by their magic numbers, a hex dump by being text (UTF-8 without
// control characters other than tab, CR, LF and FF), raw bytes otherwise
// (a netlink buffer holds zero bytes: its lengths' high bytes). An empty
// prefix is a hex dump (with no buffer).
func SniffFormat(b []byte) InputFormat {
	if len(b) >= 4 {
		switch binary.LittleEndian.Uint32(b) {
		case pcapMagicMicro, pcapMagicNano, pcapMagicKuz, ngSHB:
			return FormatPcap
		}
		switch binary.BigEndian.Uint32(b) {
		case pcapMagicMicro, pcapMagicNano, pcapMagicKuz:
			return FormatPcap
		}
	}
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			return FormatRaw
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 && len(b)-i >= utf8.UTFMax {
			return FormatRaw // not UTF-8 (a cut rune at the end is)
		}
		i += n
	}
	return FormatHex
}

// OpenInput undoes gzip compression and tells the form of a file (when
// f is FormatAuto). The returned reader starts at the file's first byte.
func OpenInput(r io.Reader, f InputFormat) (io.Reader, InputFormat, error) {
	br := bufio.NewReaderSize(r, readBuf)
	if m, err := br.Peek(2); err == nil && m[0] == 0x1f && m[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, f, fmt.Errorf("gzip: %w", err)
		}
		br = bufio.NewReaderSize(zr, readBuf)
	}
	if f == FormatAuto || f == FormatHex {
		head, err := br.Peek(sniffLen)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return nil, f, err
		}
		if bytes.HasPrefix(head, []byte("\xef\xbb\xbf")) {
			// a UTF-8 byte order mark, as some editors write
			br.Discard(3)
			return br, FormatHex, nil
		}
		if isUTF16Text(head) {
			return nil, f, errors.New("UTF-16 text (as PowerShell's > writes): convert it to UTF-8, or say --input-format raw if it is a buffer")
		}
		if f == FormatAuto {
			f = SniffFormat(head)
		}
	}
	return br, f, nil
}

// isUTF16Text reports whether b starts with a UTF-16 byte order mark
// followed by ASCII text.
func isUTF16Text(b []byte) bool {
	if len(b) < 4 || !(b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		return false
	}
	zero, char := 1, 0 // little-endian: the character, then 0
	if b[0] == 0xfe {
		zero, char = 0, 1
	}
	for i := 2; i+1 < len(b); i += 2 {
		if b[i+zero] != 0 || b[i+char] == 0 || b[i+char] >= 0x80 {
			return false
		}
	}
	return true
}

// ReadRaw reads a raw buffer: the whole of r, at most MaxBuffer bytes.
func ReadRaw(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxBuffer+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxBuffer {
		return nil, fmt.Errorf("raw input larger than %d bytes (netlink buffers are at most a few MiB); if it is a hex dump, say --input-format hex", MaxBuffer)
	}
	return b, nil
}
