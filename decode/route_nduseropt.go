package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWNDUSEROPT: neighbour discovery options the kernel hands to user
// space (RDNSS, DNSSL, ...): struct nduseroptmsg, the options
// (nduseropt_opts_len bytes), then NDUSEROPT_* attributes. strace 6.1
// prints the family and hex.

var routeNduseroptEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWNDUSEROPT},
	strace: []uint16{},
	dec:    decodeNduseroptmsg,
}

const nduseroptSize = 16

var nduseroptmsg = &structSpec{name: "nduseroptmsg", size: nduseroptSize, fields: []field{
	fXval("nduseropt_family", 0, 1, xlat.Addrfams, "AF_???"),
	fU("nduseropt_opts_len", 2, 2),
	fIfindex("nduseropt_ifindex", 4),
	fXval("nduseropt_icmp_type", 8, 1, xlat.Icmpv6Types, "NDISC_???"),
	fU("nduseropt_icmp_code", 9, 1),
}}

func decodeNduseroptmsg(s *state, family uint8, off, n int) {
	if !s.fixedHeader(nduseroptmsg, off, n, nil) || n <= nduseroptSize {
		return
	}
	o, rest := off+nduseroptSize, n-nduseroptSize
	optLen := min(int(s.u16(off+2)), rest)
	if optLen > 0 {
		s.rtNdOpts(o, optLen)
	}
	if a := nlaAlign(optLen); rest > a {
		s.attrs(o+a, rest-a, nduseroptAttrs)
	}
}

// rtNdOpts prints ND options: type and length (in units of 8 bytes) of
// each, then its data as hex.
func (s *state) rtNdOpts(off, n int) {
	s.openArray("", off, n)
	for n > 0 {
		l := int(s.u8(off+1)) * 8
		if n < 2 || l == 0 || l > n {
			s.hex(off, n)
			break
		}
		s.openStruct("", off, l)
		s.xval("nd_opt_type", off, 1, xlat.NdOptTypes, "ND_OPT_???")
		s.fieldU("nd_opt_len", off+1, 1)
		if l > 2 {
			s.rtHexNamed("nd_opt_data", off+2, l-2)
		}
		s.close()
		off += l
		n -= l
	}
	s.close()
}

var nduseroptAttrs = newSet(xlat.RtnlNduseroptAttrs, "NDUSEROPT_???", []attrDec{
	xlat.NDUSEROPT_SRCADDR: nlaFamAddr,
})
