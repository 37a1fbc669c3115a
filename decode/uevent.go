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
			if ueventParts(s.buf[o:o+l]) >= 2 {
				a := s.openArray("", o, l)
				s.setFlag(a, flagWhole)
				s.ueventStrings(o, l)
				s.close()
			} else {
				s.str("", o, l, 0)
			}
			s.close()
		}
		return
	}
	b := s.buf[off : off+n]
	head := bytes.IndexByte(b, 0)
	if ueventParts(b) < 2 || bytes.IndexByte(b[:head], '@') < 0 {
		i := s.str("", off, n, 0)
		s.node(i).role = RolePayload
		return
	}
	a := s.openArray("", off, n)
	s.setFlag(a, flagWhole)
	s.str("", off, head, 0)
	s.ueventStrings(off+head+1, n-head-1)
	s.close()
}

// ueventParts counts the parts of b between its NULs; a NUL at the very
// end ends the last part rather than starting an empty one. It returns 0
// when b holds no NUL or an empty part: that is no uevent.
func ueventParts(b []byte) int {
	if bytes.IndexByte(b, 0) < 0 {
		return 0
	}
	cnt := 0
	for len(b) > 0 {
		i := bytes.IndexByte(b, 0)
		if i == 0 {
			return 0
		}
		cnt++
		if i < 0 {
			break
		}
		b = b[i+1:]
	}
	return cnt
}

// ueventStrings adds the NUL-separated parts of the n bytes at off as a
// list of strings.
func (s *state) ueventStrings(off, n int) {
	a := s.openArray("", off, n)
	s.setFlag(a, flagAbbrev)
	for n > 0 {
		l := bytes.IndexByte(s.buf[off:off+n], 0)
		if l < 0 {
			l = n
		}
		s.str("", off, l, 0)
		off += l + 1
		n -= l + 1
	}
	s.close()
}
