package capture

import (
	"encoding/binary"
	"unsafe"
)

// The few netlink facts capture needs to place a buffer: the message
// header (length, type, flags, seq, port id), in the byte order of the
// host that sent it.
const (
	nlmsgHdrLen = 16

	nlmFRequest = 0x1
	nlmFMulti   = 0x2

	nlmsgError   = 2
	nlmsgDone    = 3
	nlmsgOverrun = 4

	protoRoute   = 0
	protoGeneric = 16
	protoUevent  = 15

	genlIDCtrl         = 0x10
	ctrlCmdNewFamily   = 1
	ctrlCmdGetFamily   = 3
	ctrlAttrFamilyID   = 1
	ctrlAttrFamilyName = 2
	genlHdrLen         = 4
	nlaHdrLen          = 4
	nlaTypeMask        = 0x3fff
	maxGenlFamilyName  = 64
	nlmsgAlignTo       = 4
)

// HostBigEndian reports whether this host is big-endian.
var HostBigEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 0
}()

func order(be bool) binary.ByteOrder {
	if be {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

func nlAlign(n int) int { return (n + nlmsgAlignTo - 1) &^ (nlmsgAlignTo - 1) }

// Endian is how the byte order of netlink payloads is chosen.
type Endian uint8

const (
	EndianAuto   Endian = iota // the capturing host's, told from nlmsg_len
	EndianLittle               // always little-endian
	EndianBig                  // always big-endian
)

// DetectBigEndian tells the byte order of a netlink buffer from the
// length of its first message, as Wireshark does: the right order gives a
// length between 16 and the buffer's size. When both or neither fit, the
// answer is hostBE.
func DetectBigEndian(data []byte, hostBE bool) bool {
	if len(data) < 4 {
		return hostBE
	}
	le := binary.LittleEndian.Uint32(data)
	be := binary.BigEndian.Uint32(data)
	fits := func(n uint32) bool { return n >= nlmsgHdrLen && uint64(n) <= uint64(len(data)) }
	switch {
	case fits(le) && !fits(be):
		return false
	case fits(be) && !fits(le):
		return true
	}
	return hostBE
}

// nlHeader is one message header.
type nlHeader struct {
	Len   uint32
	Type  uint16
	Flags uint16
	Seq   uint32
	Pid   uint32
}

// walkHeaders calls fn for each whole message header of a buffer, with
// the message's offset, and stops at the first length that does not fit.
func walkHeaders(data []byte, bo binary.ByteOrder, fn func(h nlHeader, off int) bool) {
	off := 0
	for len(data)-off >= nlmsgHdrLen {
		b := data[off:]
		h := nlHeader{
			Len:   bo.Uint32(b[0:]),
			Type:  bo.Uint16(b[4:]),
			Flags: bo.Uint16(b[6:]),
			Seq:   bo.Uint32(b[8:]),
			Pid:   bo.Uint32(b[12:]),
		}
		if h.Len < nlmsgHdrLen || uint64(h.Len) > uint64(len(data)-off) {
			return
		}
		if !fn(h, off) {
			return
		}
		off += nlAlign(int(h.Len))
	}
}

// CountMessages returns the number of netlink messages in a buffer: the
// whole headers, plus one for a tail that holds no whole message (nldump
// prints such a tail as one more item). A buffer of another kind
// (uevents) counts as one.
func CountMessages(data []byte, bigEndian bool) int {
	n, end := 0, 0
	walkHeaders(data, order(bigEndian), func(h nlHeader, off int) bool {
		n++
		end = off + nlAlign(int(h.Len))
		return true
	})
	if end < len(data) {
		n++
	}
	return n
}

// GenlFamilies calls fn with the id and name of every generic netlink
// family a buffer of NETLINK_GENERIC describes (CTRL_CMD_NEWFAMILY
// messages from nlctrl: replies to CTRL_CMD_GETFAMILY and notifications).
func GenlFamilies(data []byte, bigEndian bool, fn func(id uint16, name string)) {
	bo := order(bigEndian)
	walkHeaders(data, bo, func(h nlHeader, off int) bool {
		if h.Type != genlIDCtrl || int(h.Len) < nlmsgHdrLen+genlHdrLen {
			return true
		}
		msg := data[off : off+int(h.Len)]
		if msg[nlmsgHdrLen] != ctrlCmdNewFamily {
			return true
		}
		var id uint16
		var name string
		haveID := false
		attrs := msg[nlmsgHdrLen+genlHdrLen:]
		for len(attrs) >= nlaHdrLen {
			alen := int(bo.Uint16(attrs[0:]))
			atype := bo.Uint16(attrs[2:]) & nlaTypeMask
			if alen < nlaHdrLen || alen > len(attrs) {
				break
			}
			v := attrs[nlaHdrLen:alen]
			switch atype {
			case ctrlAttrFamilyID:
				if len(v) >= 2 {
					id, haveID = bo.Uint16(v), true
				}
			case ctrlAttrFamilyName:
				n := 0
				for n < len(v) && v[n] != 0 && n < maxGenlFamilyName {
					n++
				}
				name = string(v[:n])
			}
			step := nlAlign(alen)
			if step > len(attrs) {
				break
			}
			attrs = attrs[step:]
		}
		if haveID && name != "" {
			fn(id, name)
		}
		return true
	})
}
