package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// RTM_NEWCACHEREPORT: the multicast routing cache reports of ipmr and
// ip6mr, struct rtgenmsg (RTNL_FAMILY_IPMR or RTNL_FAMILY_IP6MR) and the
// IPMRA_CREPORT_* or IP6MRA_CREPORT_* attributes.

var routeCachereportEntry = routeEntry{
	types:  []uint16{xlat.RTM_NEWCACHEREPORT},
	strace: []uint16{xlat.RTM_NEWCACHEREPORT},
	dec:    decodeCachereport,
}

var rtnlFamilies = xlat.Concat("rtnl_family+addrfams", xlat.RtnlFamily, xlat.Addrfams)

func decodeCachereport(s *state, family uint8, off, n int) {
	var set *attrSet
	switch family {
	case xlat.RTNL_FAMILY_IPMR:
		set = ipmraAttrs
	case xlat.RTNL_FAMILY_IP6MR:
		set = ip6mraAttrs
	}
	s.open(KindStruct, "", off, min(n, 1), RoleBody)
	s.xval("rtgen_family", off, 1, rtnlFamilies, "RTNL_FAMILY_???")
	s.close()
	if n > 4 {
		if set == nil {
			s.hex(off+4, n-4)
			return
		}
		s.attrs(off+4, n-4, set)
	}
}

var ipmraAttrs = newSet(xlat.RtnlIpmraCreportAttr, "IPMRA_CREPORT_???", []attrDec{
	xlat.IPMRA_CREPORT_MSGTYPE:  xvalDec{tab: xlat.RtnlIpmraMsgTypes, dflt: "IGMPMSG_???", size: 1},
	xlat.IPMRA_CREPORT_VIF_ID:   nlaU32,
	xlat.IPMRA_CREPORT_SRC_ADDR: nlaInAddr,
	xlat.IPMRA_CREPORT_DST_ADDR: nlaInAddr,
	xlat.IPMRA_CREPORT_TABLE:    nlaU32,
})

var ip6mraAttrs = newSet(xlat.RtnlIp6mraCreportAttr, "IP6MRA_CREPORT_???", []attrDec{
	xlat.IP6MRA_CREPORT_MSGTYPE:  xvalDec{tab: xlat.RtnlIp6mraMsgTypes, dflt: "MRT6MSG_???", size: 1},
	xlat.IP6MRA_CREPORT_MIF_ID:   nlaU32,
	xlat.IP6MRA_CREPORT_SRC_ADDR: nlaIn6Addr,
	xlat.IP6MRA_CREPORT_DST_ADDR: nlaIn6Addr,
})
