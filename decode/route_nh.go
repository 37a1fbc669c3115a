package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_*NEXTHOP and RTM_*NEXTHOPBUCKET: struct nhmsg and NHA_* attributes
// (strace 6.1 knows the first three types only).

var routeNexthopEntry = routeEntry{
	types: []uint16{104, 105, 106, 116, 117, 118},
	dec:   decodeNhmsg,
}

const (
	nhmsgSize    = 8
	nhaEncapType = 7
)

// decodeNhmsg prints struct nhmsg; resvd only when it is not zero.
func decodeNhmsg(s *state, family uint8, off, n int) {
	s.open(KindStruct, "", off, min(n, nhmsgSize), RoleBody)
	s.xval("nh_family", off, 1, xlat.Addrfams, "AF_???")
	whole := n >= nhmsgSize
	if whole {
		s.xval("nh_scope", off+1, 1, xlat.RoutingScopes, "")
		s.xval("nh_protocol", off+2, 1, xlat.RoutingProtocols, "RTPROT_???")
		if s.u8(off+3) != 0 {
			s.fieldX("resvd", off+3, 1)
		}
		s.flagsF("nh_flags", off+4, 4, xlat.RouteNexthopFlags, "RTNH_F_???")
	} else {
		s.more()
	}
	s.close()
	if whole && n > nhmsgSize {
		s.ctx.aux = s.rtEncapType(off+nhmsgSize, n-nhmsgSize, nhaEncapType)
		s.attrs(off+nhmsgSize, n-nhmsgSize, nhaAttrs)
	}
}

// nhaGroup prints NHA_GROUP: an array of struct nexthop_grp, the reserved
// fields only when they are not zero.
var nhaGroup = funcDec(func(s *state, off, n int) bool {
	cnt := n / 8
	if cnt == 0 {
		return false
	}
	a := s.openArray("", off, cnt*8)
	s.node(a).flags |= flagAbbrev
	for i := 0; i < cnt; i++ {
		o := off + 8*i
		s.openStruct("", o, 8)
		s.fieldU("id", o, 4)
		s.fieldU("weight", o+4, 1)
		if s.u8(o+5) != 0 {
			s.fieldX("resvd1", o+5, 1)
		}
		if s.u16(o+6) != 0 {
			s.fieldX("resvd2", o+6, 2)
		}
		s.close()
	}
	s.close()
	return true
})

var nhaResGroupAttrs = newSet(xlat.RtnlNhaResGroupAttrs, "NHA_RES_GROUP_???", map[uint16]attrDec{
	1: nlaU16,    // NHA_RES_GROUP_BUCKETS
	2: nlaClockT, // NHA_RES_GROUP_IDLE_TIMER
	3: nlaClockT, // NHA_RES_GROUP_UNBALANCED_TIMER
	4: nlaClockT, // NHA_RES_GROUP_UNBALANCED_TIME
})

var nhaResBucketAttrs = newSet(xlat.RtnlNhaResBucketAttrs, "NHA_RES_BUCKET_???", map[uint16]attrDec{
	1: nlaU16,    // NHA_RES_BUCKET_INDEX
	2: nlaClockT, // NHA_RES_BUCKET_IDLE_TIME
	3: nlaU32,    // NHA_RES_BUCKET_NH_ID
})

var nhaGroupStatsEntryAttrs = newSet(xlat.RtnlNhaGroupStatsEntryAttrs, "NHA_GROUP_STATS_ENTRY_???", map[uint16]attrDec{
	1: nlaU32, // NHA_GROUP_STATS_ENTRY_ID
	2: nlaU64, // NHA_GROUP_STATS_ENTRY_PACKETS
	3: nlaU64, // NHA_GROUP_STATS_ENTRY_PACKETS_HW
})

var nhaGroupStatsAttrs = newSet(xlat.RtnlNhaGroupStatsAttrs, "NHA_GROUP_STATS_???", map[uint16]attrDec{
	1: nestDec{nhaGroupStatsEntryAttrs}, // NHA_GROUP_STATS_ENTRY
})

var nhaAttrs = newSet(xlat.RtnlNexthopAttrs, "NHA_???", map[uint16]attrDec{
	1:  nlaU32,                                                                        // NHA_ID
	2:  nhaGroup,                                                                      // NHA_GROUP
	3:  xvalDec{tab: xlat.RtnlNexthopGrpTypes, dflt: "NEXTHOP_GRP_TYPE_???", size: 2}, // NHA_GROUP_TYPE
	4:  nlaU32,                                                                        // NHA_BLACKHOLE
	5:  nlaIfindex,                                                                    // NHA_OIF
	6:  nlaFamAddr,                                                                    // NHA_GATEWAY
	7:  nlaLwtEncapType,                                                               // NHA_ENCAP_TYPE
	8:  funcDec(lwtEncapDec),                                                          // NHA_ENCAP
	9:  nlaU32,                                                                        // NHA_GROUPS
	10: nlaIfindex,                                                                    // NHA_MASTER
	11: nlaU32,                                                                        // NHA_FDB
	12: nestDec{nhaResGroupAttrs},                                                     // NHA_RES_GROUP
	13: nestDec{nhaResBucketAttrs},                                                    // NHA_RES_BUCKET
	14: flagsDec{xlat.RtnlNhaOpFlags, "NHA_OP_FLAG_???", 4},                           // NHA_OP_FLAGS
	15: nestDec{nhaGroupStatsAttrs},                                                   // NHA_GROUP_STATS
	16: nlaU32,                                                                        // NHA_HW_STATS_ENABLE
	17: nlaU32,                                                                        // NHA_HW_STATS_USED
})
