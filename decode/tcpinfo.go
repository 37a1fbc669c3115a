package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// INET_DIAG_INFO: struct tcp_info for TCP (and DCCP) sockets, struct
// mptcp_info for MPTCP ones, struct sctp_info for SCTP ones (left in
// hex). The reply says which only when it carries INET_DIAG_PROTOCOL or
// SCTP's address lists (diagInfoKind); otherwise the size does: every
// tcp_info the kernel has sent is at least 104 bytes, every mptcp_info
// so far less.
const tcpInfoMinSize = 104

func inetDiagInfo(s *state, off, n int) bool {
	switch s.ctx.aux {
	case diagInfoSCTP:
		return false
	case diagInfoMPTCP:
		return mptcpInfo(s, off, n)
	}
	if n >= tcpInfoMinSize {
		return tcpInfo(s, off, n)
	}
	return mptcpInfo(s, off, n)
}

// The fields of struct tcp_info after its bytes of bit-fields, in order;
// the kernel sends the struct it knows, so a field prints when the
// payload holds it.
var tcpInfoTail = []field{
	fU("tcpi_rto", 8, 4), fU("tcpi_ato", 12, 4), fU("tcpi_snd_mss", 16, 4), fU("tcpi_rcv_mss", 20, 4),
	fU("tcpi_unacked", 24, 4), fU("tcpi_sacked", 28, 4), fU("tcpi_lost", 32, 4), fU("tcpi_retrans", 36, 4),
	fU("tcpi_fackets", 40, 4),
	fU("tcpi_last_data_sent", 44, 4), fU("tcpi_last_ack_sent", 48, 4), fU("tcpi_last_data_recv", 52, 4),
	fU("tcpi_last_ack_recv", 56, 4),
	fU("tcpi_pmtu", 60, 4), fU("tcpi_rcv_ssthresh", 64, 4), fU("tcpi_rtt", 68, 4), fU("tcpi_rttvar", 72, 4),
	fU("tcpi_snd_ssthresh", 76, 4), fU("tcpi_snd_cwnd", 80, 4), fU("tcpi_advmss", 84, 4),
	fU("tcpi_reordering", 88, 4),
	fU("tcpi_rcv_rtt", 92, 4), fU("tcpi_rcv_space", 96, 4),
	fU("tcpi_total_retrans", 100, 4),
	fU("tcpi_pacing_rate", 104, 8), fU("tcpi_max_pacing_rate", 112, 8),
	fU("tcpi_bytes_acked", 120, 8), fU("tcpi_bytes_received", 128, 8),
	fU("tcpi_segs_out", 136, 4), fU("tcpi_segs_in", 140, 4),
	fU("tcpi_notsent_bytes", 144, 4), fU("tcpi_min_rtt", 148, 4),
	fU("tcpi_data_segs_in", 152, 4), fU("tcpi_data_segs_out", 156, 4),
	fU("tcpi_delivery_rate", 160, 8),
	fU("tcpi_busy_time", 168, 8), fU("tcpi_rwnd_limited", 176, 8), fU("tcpi_sndbuf_limited", 184, 8),
	fU("tcpi_delivered", 192, 4), fU("tcpi_delivered_ce", 196, 4),
	fU("tcpi_bytes_sent", 200, 8), fU("tcpi_bytes_retrans", 208, 8),
	fU("tcpi_dsack_dups", 216, 4), fU("tcpi_reord_seen", 220, 4),
	fU("tcpi_rcv_ooopack", 224, 4),
	fU("tcpi_snd_wnd", 228, 4), fU("tcpi_rcv_wnd", 232, 4),
	fU("tcpi_rehash", 236, 4),
	fU("tcpi_total_rto", 240, 2), fU("tcpi_total_rto_recoveries", 242, 2), fU("tcpi_total_rto_time", 244, 4),
	fU("tcpi_received_ce", 248, 4),
	fU("tcpi_delivered_e1_bytes", 252, 4), fU("tcpi_delivered_e0_bytes", 256, 4),
	fU("tcpi_delivered_ce_bytes", 260, 4),
	fU("tcpi_received_e1_bytes", 264, 4), fU("tcpi_received_e0_bytes", 268, 4),
	fU("tcpi_received_ce_bytes", 272, 4),
}

// tcpInfoSize is the size of the newest struct tcp_info nldump knows: the
// fields above and a last word of bit-fields (the Accurate ECN state).
const tcpInfoSize = 280

// fieldsUpTo adds the fields of fs that lie whole within n bytes at off.
func (s *state) fieldsUpTo(fs []field, off, n int) {
	for i := range fs {
		if int(fs[i].off)+int(fs[i].size) <= n {
			s.fields(fs[i:i+1], off)
		}
	}
}

func tcpInfo(s *state, off, n int) bool {
	s.tailed(off, tcpInfoSize, n, func() { tcpInfoStruct(s, off, n) })
	return true
}

func tcpInfoStruct(s *state, off, n int) {
	s.openStruct("", off, min(n, tcpInfoSize))
	s.xval("tcpi_state", off, 1, xlat.TcpStates, "TCP_???")
	s.xval("tcpi_ca_state", off+1, 1, xlat.TcpCaStates, "TCP_CA_???")
	s.fieldU("tcpi_retransmits", off+2, 1)
	s.fieldU("tcpi_probes", off+3, 1)
	s.fieldU("tcpi_backoff", off+4, 1)
	s.flagsF("tcpi_options", off+5, 1, xlat.TcpiOptions, "TCPI_OPT_???")
	s.value("tcpi_snd_wscale", FmtU, s.bits(off+6, 0, 4), off+6, 1)
	s.value("tcpi_rcv_wscale", FmtU, s.bits(off+6, 4, 4), off+6, 1)
	s.value("tcpi_delivery_rate_app_limited", FmtU, s.bits(off+7, 0, 1), off+7, 1)
	s.xvalV("tcpi_fastopen_client_fail", s.bits(off+7, 1, 2), off+7, 1, xlat.TcpFastopenClientFail, "TFO_???", numU)
	s.fieldsUpTo(tcpInfoTail, off, n)
	if n >= tcpInfoSize {
		// __u32 tcpi_ecn_mode:2, tcpi_accecn_opt_seen:2,
		// tcpi_accecn_fail_mode:4, tcpi_options2:24
		w := s.u32(off + 276)
		pos := func(p, width int) uint64 {
			if s.be {
				p = 32 - p - width
			}
			return w >> uint(p) & (1<<uint(width) - 1)
		}
		s.value("tcpi_ecn_mode", FmtU, pos(0, 2), off+276, 4)
		s.value("tcpi_accecn_opt_seen", FmtU, pos(2, 2), off+276, 4)
		s.value("tcpi_accecn_fail_mode", FmtX, pos(4, 4), off+276, 4)
		s.value("tcpi_options2", FmtX, pos(8, 24), off+276, 4)
	}
	s.close()
}

var mptcpInfoFields = []field{
	fU("mptcpi_subflows", 0, 1), fU("mptcpi_add_addr_signal", 1, 1), fU("mptcpi_add_addr_accepted", 2, 1),
	fU("mptcpi_subflows_max", 3, 1), fU("mptcpi_add_addr_signal_max", 4, 1),
	fU("mptcpi_add_addr_accepted_max", 5, 1),
	fFlags("mptcpi_flags", 8, 4, xlat.MptcpInfoFlags, "MPTCP_INFO_FLAG_???"),
	fX("mptcpi_token", 12, 4),
	fU("mptcpi_write_seq", 16, 8), fU("mptcpi_snd_una", 24, 8), fU("mptcpi_rcv_nxt", 32, 8),
	fU("mptcpi_local_addr_used", 40, 1), fU("mptcpi_local_addr_max", 41, 1),
	fU("mptcpi_csum_enabled", 42, 1),
	fU("mptcpi_retransmits", 44, 4),
	fU("mptcpi_bytes_retrans", 48, 8), fU("mptcpi_bytes_sent", 56, 8),
	fU("mptcpi_bytes_received", 64, 8), fU("mptcpi_bytes_acked", 72, 8),
	fU("mptcpi_subflows_total", 80, 1),
	fU("mptcpi_last_data_sent", 84, 4), fU("mptcpi_last_data_recv", 88, 4), fU("mptcpi_last_ack_recv", 92, 4),
}

const mptcpInfoSize = 96

func mptcpInfo(s *state, off, n int) bool {
	if n < 12 {
		return false
	}
	s.tailed(off, mptcpInfoSize, n, func() {
		s.openStruct("", off, min(n, mptcpInfoSize))
		s.fieldsUpTo(mptcpInfoFields, off, n)
		s.close()
	})
	return true
}
