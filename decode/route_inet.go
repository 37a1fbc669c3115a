package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Helpers shared by the NETLINK_ROUTE object decoders other than links
// and traffic control: addresses by family, MPLS label stacks, IPv6
// routing headers, and looking ahead in an attribute list.

// nlmFDumpBits is NLM_F_DUMP (NLM_F_ROOT|NLM_F_MATCH).
const nlmFDumpBits = 0x300

// rtInet adds the address of family at off when the n bytes hold it (only
// its first 4 or 16 bytes, as strace's decode_inet_addr reads them). It
// returns false, having added nothing, for other families or short data.
func (s *state) rtInet(name string, family uint8, off, n int) bool {
	size := 0
	switch family {
	case xlat.AF_INET:
		size = 4
	case xlat.AF_INET6:
		size = 16
	}
	if size == 0 || n < size {
		return false
	}
	s.inet(name, family, off, size)
	return true
}

// rtHexNamed adds n bytes as a "\x.." string with a field name.
func (s *state) rtHexNamed(name string, off, n int) int {
	return s.add(Node{fmt: FmtHex, name: name, off: uint32(off), len: uint32(max(n, 0))})
}

// rtInetOrHex adds the address of family at off, or its bytes as a hex
// string under the same name (strace's decode_inet_addr with a name).
func (s *state) rtInetOrHex(name string, family uint8, off, n int) {
	if !s.rtInet(name, family, off, n) {
		s.rtHexNamed(name, off, n)
	}
}

// rtInetByLen adds a 4- or 16-byte address by its length alone (the
// attributes whose family is the size of the payload).
func (s *state) rtInetByLen(name string, off, n int) bool {
	switch n {
	case 4:
		s.inet(name, xlat.AF_INET, off, 4)
	case 16:
		s.inet(name, xlat.AF_INET6, off, 16)
	default:
		return false
	}
	return true
}

// nlaFamAddr prints an address of the family of the message's fixed
// header (strace passes the header as opaque data for the same).
var nlaFamAddr = funcDec(func(s *state, off, n int) bool {
	return s.rtInet("", s.ctx.family, off, n)
})

// nlaAddrByLen prints an IPv4 or IPv6 address told apart by its size.
var nlaAddrByLen = funcDec(func(s *state, off, n int) bool {
	return s.rtInetByLen("", off, n)
})

// nlaMPLSLabels prints a stack of MPLS label entries (struct mpls_label,
// a big-endian word each: label:20, tc:3, bottom of stack:1, ttl:8).
var nlaMPLSLabels = funcDec(func(s *state, off, n int) bool {
	return s.rtMPLSLabels(off, n)
})

func (s *state) rtMPLSLabels(off, n int) bool {
	if n < 4 || n%4 != 0 {
		return false
	}
	s.openArray("", off, n)
	for o := off; o < off+n; o += 4 {
		v := s.ube(o, 4)
		s.openStruct("", o, 4)
		s.value("label", FmtU, v>>12, o, 4)
		s.value("tc", FmtU, (v>>9)&7, o, 4)
		s.value("bos", FmtU, (v>>8)&1, o, 4)
		s.value("ttl", FmtU, v&0xff, o, 4)
		s.close()
	}
	s.close()
	return true
}

// rtEncapType finds the u16 encapsulation type attribute typ in a list of
// attributes and returns it plus one (0: none), for ctx.aux.
func (s *state) rtEncapType(off, n int, typ uint16) uint64 {
	if p, l, ok := s.findAttr(off, n, typ); ok && l >= 2 {
		return s.u16(p) + 1
	}
	return 0
}

// rtSRH prints an IPv6 segment routing header (struct ipv6_sr_hdr): the
// fixed part, the segment list and any TLVs after it, as hex.
func (s *state) rtSRH(name string, off, n int) bool {
	if n < 8 {
		return false
	}
	size := min(n, (int(s.u8(off+1))+1)*8)
	s.openStruct(name, off, size)
	s.fieldU("nexthdr", off, 1)
	s.fieldU("hdrlen", off+1, 1)
	s.fieldU("type", off+2, 1)
	s.fieldU("segments_left", off+3, 1)
	s.fieldU("first_segment", off+4, 1)
	s.flagsF("flags", off+5, 1, xlat.Seg6SrhFlags, "SR6_FLAG1_???")
	s.call("tag", "htons", off+6, 2)
	i := s.value("", FmtU, s.ube(off+6, 2), off+6, 2)
	s.setFlag(i, flagBE)
	s.close()
	nseg := min(int(s.u8(off+4))+1, (size-8)/16)
	if nseg > 0 {
		s.openArray("segments", off+8, nseg*16)
		for k := 0; k < nseg; k++ {
			s.inet("", xlat.AF_INET6, off+8+16*k, 16)
		}
		s.close()
	}
	if rest := size - 8 - nseg*16; rest > 0 {
		s.rtHexNamed("tlvs", off+8+nseg*16, rest)
	}
	s.close()
	return true
}

// rtFamilyHeader prints a fixed header of which strace shows the family
// only (rtgenmsg, netconfmsg, ndtmsg): the family in braces, then the
// attributes that follow NLMSG_ALIGN(size) bytes.
func (s *state) rtFamilyHeader(name string, off, n, size int, tab *xlat.Table, dflt string, set *attrSet) {
	s.open(KindStruct, "", off, min(n, size), RoleBody)
	s.xval(name, off, 1, tab, dflt)
	s.close()
	if a := nlmsgAlign(size); n > a && set != nil {
		s.attrs(off+a, n-a, set)
	}
}
