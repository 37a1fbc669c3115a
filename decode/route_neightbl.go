package decode

import (
	"strconv"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// RTM_NEWNEIGHTBL, RTM_GETNEIGHTBL, RTM_SETNEIGHTBL: struct ndtmsg and
// NDTA_* attributes.

var routeNeightblEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWNEIGHTBL, xlat.RTM_GETNEIGHTBL, xlat.RTM_SETNEIGHTBL},
	strace: []uint16{xlat.RTM_NEWNEIGHTBL, xlat.RTM_GETNEIGHTBL, xlat.RTM_SETNEIGHTBL},
	dec: func(s *state, family uint8, off, n int) {
		s.rtFamilyHeader("ndtm_family", off, n, 4, xlat.Addrfams, "AF_???", ndtaAttrs)
	},
}

// ndtConfig prints struct ndt_config; ndtc_hash_mask prints zero-padded
// to eight characters, as strace's PRINT_FIELD_0X does.
var ndtConfig = funcDec(func(s *state, off, n int) bool {
	if n < 32 {
		return false
	}
	s.openStruct("", off, 32)
	s.fieldU("ndtc_key_len", off, 2)
	s.fieldU("ndtc_entry_size", off+2, 2)
	s.fieldU("ndtc_entries", off+4, 4)
	s.fieldU("ndtc_last_flush", off+8, 4)
	s.fieldU("ndtc_last_rand", off+12, 4)
	s.fieldU("ndtc_hash_rnd", off+16, 4)
	i := s.text("ndtc_hash_mask", zeroPadHex(s.u32(off+20), 8))
	s.node(i).off, s.node(i).len, s.node(i).size = uint32(off+20), 4, 4
	s.node(i).u = s.u32(off + 20)
	s.fieldU("ndtc_hash_chain_gc", off+24, 4)
	s.fieldU("ndtc_proxy_qlen", off+28, 4)
	s.close()
	return true
})

// zeroPadHex formats v as C's "%#0*x" with the given width.
func zeroPadHex(v uint64, width int) string {
	h := strconv.FormatUint(v, 16)
	if v == 0 {
		pad := width - len(h)
		b := make([]byte, 0, width)
		for ; pad > 0; pad-- {
			b = append(b, '0')
		}
		return string(append(b, h...))
	}
	b := []byte("0x")
	for pad := width - 2 - len(h); pad > 0; pad-- {
		b = append(b, '0')
	}
	return string(append(b, h...))
}

var ndtStatsNames = []string{
	"ndts_allocs", "ndts_destroys", "ndts_hash_grows", "ndts_res_failed",
	"ndts_lookups", "ndts_hits", "ndts_rcv_probes_mcast", "ndts_rcv_probes_ucast",
	"ndts_periodic_gc_runs", "ndts_forced_gc_runs", "ndts_table_fulls",
}

// ndtStats prints struct ndt_stats: whole, or exactly its older size
// without ndts_table_fulls.
var ndtStats = funcDec(func(s *state, off, n int) bool {
	cnt := 0
	switch {
	case n >= 88:
		cnt = 11
	case n == 80:
		cnt = 10
	default:
		return false
	}
	s.openStruct("", off, cnt*8)
	for i := 0; i < cnt; i++ {
		s.fieldU(ndtStatsNames[i], off+8*i, 8)
	}
	s.close()
	return true
})

var ndtpaAttrs = newSet(xlat.RtnlNeightblParmsAttrs, "NDTPA_???", []attrDec{
	xlat.NDTPA_IFINDEX:                nlaIfindex,
	xlat.NDTPA_REFCNT:                 nlaU32,
	xlat.NDTPA_REACHABLE_TIME:         nlaU64,
	xlat.NDTPA_BASE_REACHABLE_TIME:    nlaU64,
	xlat.NDTPA_RETRANS_TIME:           nlaU64,
	xlat.NDTPA_GC_STALETIME:           nlaU64,
	xlat.NDTPA_DELAY_PROBE_TIME:       nlaU64,
	xlat.NDTPA_QUEUE_LEN:              nlaU32,
	xlat.NDTPA_APP_PROBES:             nlaU32,
	xlat.NDTPA_UCAST_PROBES:           nlaU32,
	xlat.NDTPA_MCAST_PROBES:           nlaU32,
	xlat.NDTPA_ANYCAST_DELAY:          nlaU64,
	xlat.NDTPA_PROXY_DELAY:            nlaU64,
	xlat.NDTPA_PROXY_QLEN:             nlaU32,
	xlat.NDTPA_LOCKTIME:               nlaU64,
	xlat.NDTPA_QUEUE_LENBYTES:         nlaU32,
	xlat.NDTPA_MCAST_REPROBES:         nlaU32,
	xlat.NDTPA_INTERVAL_PROBE_TIME_MS: nlaU64,
})

var ndtaAttrs = newSet(xlat.RtnlNeightblAttrs, "NDTA_???", []attrDec{
	xlat.NDTA_NAME:        nlaStr,
	xlat.NDTA_THRESH1:     nlaU32,
	xlat.NDTA_THRESH2:     nlaU32,
	xlat.NDTA_THRESH3:     nlaU32,
	xlat.NDTA_CONFIG:      ndtConfig,
	xlat.NDTA_PARMS:       nestDec{ndtpaAttrs},
	xlat.NDTA_STATS:       ndtStats,
	xlat.NDTA_GC_INTERVAL: nlaU64,
})
