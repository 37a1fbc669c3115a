package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_*NEXTHOP and RTM_*NEXTHOPBUCKET: struct nhmsg and NHA_* attributes
// (strace 6.1 knows the first three types only).

var routeNexthopEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWNEXTHOP, xlat.RTM_DELNEXTHOP, xlat.RTM_GETNEXTHOP, xlat.RTM_NEWNEXTHOPBUCKET, xlat.RTM_DELNEXTHOPBUCKET, xlat.RTM_GETNEXTHOPBUCKET},
	strace: []uint16{xlat.RTM_NEWNEXTHOP, xlat.RTM_DELNEXTHOP, xlat.RTM_GETNEXTHOP},
	dec:    decodeNhmsg,
}

const (
	nhmsgSize = 8
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
		s.ctx.aux = s.rtEncapType(off+nhmsgSize, n-nhmsgSize, xlat.NHA_ENCAP_TYPE)
		s.attrs(off+nhmsgSize, n-nhmsgSize, nhaAttrs)
	}
}

// nhaGroup prints NHA_GROUP: an array of struct nexthop_grp, the reserved
// fields only when they are not zero.
var nhaGroup = funcDec(func(s *state, off, n int) bool {
	return s.structArray(off, n, 8, func(o int) {
		s.fieldU("id", o, 4)
		s.fieldU("weight", o+4, 1)
		if s.u8(o+5) != 0 {
			s.fieldX("resvd1", o+5, 1)
		}
		if s.u16(o+6) != 0 {
			s.fieldX("resvd2", o+6, 2)
		}
	})
})

var nhaResGroupAttrs = newSet(xlat.RtnlNhaResGroupAttrs, "NHA_RES_GROUP_???", []attrDec{
	xlat.NHA_RES_GROUP_BUCKETS:          nlaU16,
	xlat.NHA_RES_GROUP_IDLE_TIMER:       nlaClockT,
	xlat.NHA_RES_GROUP_UNBALANCED_TIMER: nlaClockT,
	xlat.NHA_RES_GROUP_UNBALANCED_TIME:  nlaClockT,
})

var nhaResBucketAttrs = newSet(xlat.RtnlNhaResBucketAttrs, "NHA_RES_BUCKET_???", []attrDec{
	xlat.NHA_RES_BUCKET_INDEX:     nlaU16,
	xlat.NHA_RES_BUCKET_IDLE_TIME: nlaClockT,
	xlat.NHA_RES_BUCKET_NH_ID:     nlaU32,
})

var nhaGroupStatsEntryAttrs = newSet(xlat.RtnlNhaGroupStatsEntryAttrs, "NHA_GROUP_STATS_ENTRY_???", []attrDec{
	xlat.NHA_GROUP_STATS_ENTRY_ID:         nlaU32,
	xlat.NHA_GROUP_STATS_ENTRY_PACKETS:    nlaU64,
	xlat.NHA_GROUP_STATS_ENTRY_PACKETS_HW: nlaU64,
})

var nhaGroupStatsAttrs = newSet(xlat.RtnlNhaGroupStatsAttrs, "NHA_GROUP_STATS_???", []attrDec{
	xlat.NHA_GROUP_STATS_ENTRY: nestDec{nhaGroupStatsEntryAttrs},
})

var nhaAttrs = newSet(xlat.RtnlNexthopAttrs, "NHA_???", []attrDec{
	xlat.NHA_ID:              nlaU32,
	xlat.NHA_GROUP:           nhaGroup,
	xlat.NHA_GROUP_TYPE:      xvalDec{tab: xlat.RtnlNexthopGrpTypes, dflt: "NEXTHOP_GRP_TYPE_???", size: 2},
	xlat.NHA_BLACKHOLE:       nlaU32,
	xlat.NHA_OIF:             nlaIfindex,
	xlat.NHA_GATEWAY:         nlaFamAddr,
	xlat.NHA_ENCAP_TYPE:      nlaLwtEncapType,
	xlat.NHA_ENCAP:           funcDec(lwtEncapDec),
	xlat.NHA_GROUPS:          nlaU32,
	xlat.NHA_MASTER:          nlaIfindex,
	xlat.NHA_FDB:             nlaU32,
	xlat.NHA_RES_GROUP:       nestDec{nhaResGroupAttrs},
	xlat.NHA_RES_BUCKET:      nestDec{nhaResBucketAttrs},
	xlat.NHA_OP_FLAGS:        flagsDec{tab: xlat.RtnlNhaOpFlags, dflt: "NHA_OP_FLAG_???", size: 4},
	xlat.NHA_GROUP_STATS:     nestDec{nhaGroupStatsAttrs},
	xlat.NHA_HW_STATS_ENABLE: nlaU32,
	xlat.NHA_HW_STATS_USED:   nlaU32,
})
