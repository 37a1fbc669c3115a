package decode

import "bytes"

// NETLINK_KOBJECT_UEVENT carries no netlink headers: the kernel sends
// "ACTION@DEVPATH\0KEY=VALUE\0...", udev sends a struct
// udev_monitor_netlink_header (prefix "libudev") then "KEY=VALUE\0...".
// strace prints either as one string (after the header for udev), and so
// does the strace format; the tree holds the NUL-separated parts, a list
// of strings, under that string.

const udevHeaderSize = 40

var ueventFamily = &family{whole: uevent}

func fHtonlX(name string, off int) field {
	return field{name: name, off: uint16(off), size: 4, fmt: FmtX, be: true}
}

var udevHeader = []field{
	fStr("prefix", 0, 8, qCstring),
	fHtonlX("magic", 8),
	fU("header_size", 12, 4),
	fU("properties_off", 16, 4),
	fU("properties_len", 20, 4),
	fHtonlX("filter_subsystem_hash", 24),
	fHtonlX("filter_devtype_hash", 28),
	fHtonlX("filter_tag_bloom_hi", 32),
	fHtonlX("filter_tag_bloom_lo", 36),
}

func uevent(s *state, off, n int) {
	if n >= udevHeaderSize && bytes.Equal(s.buf[off:off+8], []byte("libudev\x00")) {
		if n > udevHeaderSize {
			s.openArray("", off, n)
		}
		s.open(KindStruct, "", off, udevHeaderSize, RoleBody)
		s.fields(udevHeader, off)
		s.close()
		if n > udevHeaderSize {
			o, l := off+udevHeaderSize, n-udevHeaderSize
			if parts := ueventParts(s.buf[o : o+l]); len(parts) >= 2 {
				a := s.openArray("", o, l)
				s.setFlag(a, flagWhole)
				s.ueventStrings(o, parts)
				s.close()
			} else {
				s.str("", o, l, 0)
			}
			s.close()
		}
		return
	}
	parts := ueventParts(s.buf[off : off+n])
	if len(parts) < 2 || bytes.IndexByte(parts[0], '@') < 0 {
		i := s.str("", off, n, 0)
		s.node(i).role = RolePayload
		return
	}
	a := s.openArray("", off, n)
	s.setFlag(a, flagWhole)
	s.str("", off, len(parts[0]), 0)
	s.ueventStrings(off+len(parts[0])+1, parts[1:])
	s.close()
}

// ueventParts splits b at its NULs; a NUL at the very end ends the last
// part rather than starting an empty one. It returns nil when b holds no
// NUL or an empty part: that is no uevent.
func ueventParts(b []byte) [][]byte {
	if len(b) == 0 || bytes.IndexByte(b, 0) < 0 {
		return nil
	}
	parts := bytes.Split(b, []byte{0})
	if len(parts[len(parts)-1]) == 0 {
		parts = parts[:len(parts)-1]
	}
	for _, p := range parts {
		if len(p) == 0 {
			return nil
		}
	}
	return parts
}

// ueventStrings adds the parts laid one after the other from off, each
// followed by a NUL, as a list of strings.
func (s *state) ueventStrings(off int, parts [][]byte) {
	end := off
	for _, p := range parts {
		end += len(p) + 1
	}
	a := s.openArray("", off, min(end, len(s.buf))-off)
	s.setFlag(a, flagAbbrev)
	for _, p := range parts {
		s.str("", off, len(p), 0)
		off += len(p) + 1
	}
	s.close()
}
