package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// SOCK_DIAG families strace 6.1 prints as {family=..., data="\x.."}:
// AF_VSOCK and AF_XDP. nldump keeps that shape and prints data as the
// rest of the struct (and, for replies with attributes, as [struct,
// [attributes]]).

// diagData is the rest of a request or reply struct after its family
// byte: size bytes in all (family included), the fields at their
// offsets in the whole struct, and the attributes that may follow.
type diagData struct {
	size   int
	fields func(s *state, off int)
	set    *attrSet
}

var diagDataDecoders = map[uint8][2]*diagData{
	xlat.AF_VSOCK: {
		{24, func(s *state, off int) { // struct vsock_diag_req
			s.fieldU("sdiag_protocol", off+1, 1)
			s.flagsF("vdiag_states", off+4, 4, xlat.TcpStateFlags, stateFlagsDflt)
			s.fieldU("vdiag_ino", off+8, 4)
			s.fieldX("vdiag_show", off+12, 4)
			s.cookie("vdiag_cookie", off+16)
		}, nil},
		{32, func(s *state, off int) { // struct vsock_diag_msg
			s.xval("vdiag_type", off+1, 1, xlat.Socktypes, "SOCK_???")
			s.xval("vdiag_state", off+2, 1, xlat.TcpStates, "TCP_???")
			s.flagsF("vdiag_shutdown", off+3, 1, xlat.SockShutdownFlags, "???_SHUTDOWN")
			s.fieldU("vdiag_src_cid", off+4, 4)
			s.fieldU("vdiag_src_port", off+8, 4)
			s.fieldU("vdiag_dst_cid", off+12, 4)
			s.fieldU("vdiag_dst_port", off+16, 4)
			s.fieldU("vdiag_ino", off+20, 4)
			s.cookie("vdiag_cookie", off+24)
		}, nil},
	},
	xlat.AF_XDP: {
		{20, func(s *state, off int) { // struct xdp_diag_req
			s.fieldU("sdiag_protocol", off+1, 1)
			s.fieldU("xdiag_ino", off+4, 4)
			s.flagsF("xdiag_show", off+8, 4, xlat.XdpDiagShow, "XDP_SHOW_???")
			s.cookie("xdiag_cookie", off+12)
		}, nil},
		{16, func(s *state, off int) { // struct xdp_diag_msg
			s.xval("xdiag_type", off+1, 1, xlat.Socktypes, "SOCK_???")
			s.fieldU("xdiag_ino", off+4, 4)
			s.cookie("xdiag_cookie", off+8)
		}, xdpDiagAttrs},
	},
}

// diagFamilyData prints the data of the {family, data} fallback for the
// families above, or the hex string strace prints.
func (s *state) diagFamilyData(fam uint8, off, n int) {
	var d *diagData
	if dd, ok := diagDataDecoders[fam]; ok {
		if s.ctx.flags&xlat.NLM_F_REQUEST != 0 {
			d = dd[0]
		} else {
			d = dd[1]
		}
	}
	if d == nil || n < d.size {
		s.add(Node{fmt: FmtHex, name: "data", off: uint32(off + 1), len: uint32(n - 1)})
		return
	}
	a := nlmsgAlign(d.size)
	withAttrs := d.set != nil && n > a
	if withAttrs {
		s.openArray("data", off+1, n-1)
		s.openStruct("", off+1, d.size-1)
	} else {
		s.openStruct("data", off+1, d.size-1)
	}
	d.fields(s, off)
	s.close()
	if withAttrs {
		s.attrs(off+a, n-a, d.set)
		s.close()
	}
}

var xdpDiagInfo = &structSpec{name: "xdp_diag_info", size: 8, fields: []field{
	fIfindex("ifindex", 0), fU("queue_id", 4, 4),
}}

var xdpDiagRing = &structSpec{name: "xdp_diag_ring", size: 4, fields: []field{fU("entries", 0, 4)}}

var xdpDiagUmem = &structSpec{name: "xdp_diag_umem", size: 40, fields: []field{
	fU("size", 0, 8), fU("id", 8, 4), fU("num_pages", 12, 4), fU("chunk_size", 16, 4),
	fU("headroom", 20, 4), fIfindex("ifindex", 24), fU("queue_id", 28, 4),
	fFlags("flags", 32, 4, xlat.XdpDuFlags, "XDP_DU_F_???"), fU("refs", 36, 4),
}}

var xdpDiagStats = &structSpec{name: "xdp_diag_stats", size: 48, fields: []field{
	fU("n_rx_dropped", 0, 8), fU("n_rx_invalid", 8, 8), fU("n_rx_full", 16, 8),
	fU("n_fill_ring_empty", 24, 8), fU("n_tx_invalid", 32, 8), fU("n_tx_ring_empty", 40, 8),
}}

var xdpDiagAttrs = newSet(xlat.XdpDiagAttrs, "XDP_DIAG_???", []attrDec{
	xlat.XDP_DIAG_INFO:                 structDec{xdpDiagInfo},
	xlat.XDP_DIAG_UID:                  nlaUID,
	xlat.XDP_DIAG_RX_RING:              structDec{xdpDiagRing},
	xlat.XDP_DIAG_TX_RING:              structDec{xdpDiagRing},
	xlat.XDP_DIAG_UMEM:                 structDec{xdpDiagUmem},
	xlat.XDP_DIAG_UMEM_FILL_RING:       structDec{xdpDiagRing},
	xlat.XDP_DIAG_UMEM_COMPLETION_RING: structDec{xdpDiagRing},
	xlat.XDP_DIAG_MEMINFO:              nlaMeminfo,
	xlat.XDP_DIAG_STATS:                structDec{xdpDiagStats},
})
