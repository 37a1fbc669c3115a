package decode

import "encoding/binary"

// Builders of netlink bytes for tests (little-endian hosts).

// nlMsg returns a message: the 16-byte header with nlmsg_len set to the
// length of the parts, and the parts.
func nlMsg(typ, flags uint16, seq, pid uint32, parts ...[]byte) []byte {
	b := make([]byte, 16)
	for _, p := range parts {
		b = append(b, p...)
	}
	binary.LittleEndian.PutUint32(b, uint32(len(b)))
	binary.LittleEndian.PutUint16(b[4:], typ)
	binary.LittleEndian.PutUint16(b[6:], flags)
	binary.LittleEndian.PutUint32(b[8:], seq)
	binary.LittleEndian.PutUint32(b[12:], pid)
	return b
}

// nlAttr returns an attribute with its padding.
func nlAttr(typ uint16, payload ...byte) []byte {
	b := make([]byte, 4, 4+len(payload)+3)
	binary.LittleEndian.PutUint16(b, uint16(4+len(payload)))
	binary.LittleEndian.PutUint16(b[2:], typ)
	b = append(b, payload...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// nlNest returns an attribute holding other attributes.
func nlNest(typ uint16, attrs ...[]byte) []byte {
	var p []byte
	for _, a := range attrs {
		p = append(p, a...)
	}
	return nlAttr(typ, p...)
}

func u32le(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }

// ifinfo returns a struct ifinfomsg.
func ifinfo(family uint8, typ uint16, index int32, flags, change uint32) []byte {
	b := []byte{family, 0}
	b = binary.LittleEndian.AppendUint16(b, typ)
	b = binary.LittleEndian.AppendUint32(b, uint32(index))
	b = binary.LittleEndian.AppendUint32(b, flags)
	return binary.LittleEndian.AppendUint32(b, change)
}

func joinb(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

func str0(s string) []byte { return append([]byte(s), 0) }

// netlink constants for the tests
const (
	tRequest = 0x1
	tAck     = 0x4
	tDump    = 0x300
	tNewLink = 16
	tGetLink = 18
	tGetAddr = 22
)
