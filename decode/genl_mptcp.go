package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// mptcp_pm (linux/mptcp_pm.h): the MPTCP path manager. Its notifications
// are numbered as MPTCP_EVENT_* and carry MPTCP_ATTR_* attributes.

var mptcpSpec = &genlSpec{
	name:       "mptcp_pm",
	cmds:       xlat.GenlMptcpPmCmds,
	cmdDflt:    "MPTCP_PM_CMD_???",
	attrs:      mptcpPmAttrs,
	events:     xlat.GenlMptcpEvents,
	eventDflt:  "MPTCP_EVENT_???",
	eventAttrs: mptcpEventAttrs,
}

var mptcpAddr = nestDec{newSet(xlat.GenlMptcpPmAddrAttrs, "MPTCP_PM_ADDR_ATTR_???", []attrDec{
	xlat.MPTCP_PM_ADDR_ATTR_FAMILY: gFamily,
	xlat.MPTCP_PM_ADDR_ATTR_ID:     gU8,
	xlat.MPTCP_PM_ADDR_ATTR_ADDR4:  gInAddr,
	xlat.MPTCP_PM_ADDR_ATTR_ADDR6:  gIn6Addr,
	xlat.MPTCP_PM_ADDR_ATTR_PORT:   gU16,
	xlat.MPTCP_PM_ADDR_ATTR_FLAGS:  gFlags(xlat.GenlMptcpPmAddrFlags, "MPTCP_PM_ADDR_FLAG_???", 4),
	xlat.MPTCP_PM_ADDR_ATTR_IF_IDX: gIfindex,
})}

var mptcpPmAttrs = newSet(xlat.GenlMptcpPmAttrs, "MPTCP_PM_ATTR_???", []attrDec{
	xlat.MPTCP_PM_ATTR_ADDR:          mptcpAddr,
	xlat.MPTCP_PM_ATTR_RCV_ADD_ADDRS: gU32,
	xlat.MPTCP_PM_ATTR_SUBFLOWS:      gU32,
	xlat.MPTCP_PM_ATTR_TOKEN:         gX32,
	xlat.MPTCP_PM_ATTR_LOC_ID:        gU8,
	xlat.MPTCP_PM_ATTR_ADDR_REMOTE:   mptcpAddr,
})

var mptcpEventAttrs = newSet(xlat.GenlMptcpEventAttrs, "MPTCP_ATTR_???", []attrDec{
	xlat.MPTCP_ATTR_TOKEN:        gX32,
	xlat.MPTCP_ATTR_FAMILY:       gFamily,
	xlat.MPTCP_ATTR_LOC_ID:       gU8,
	xlat.MPTCP_ATTR_REM_ID:       gU8,
	xlat.MPTCP_ATTR_SADDR4:       gInAddr,
	xlat.MPTCP_ATTR_SADDR6:       gIn6Addr,
	xlat.MPTCP_ATTR_DADDR4:       gInAddr,
	xlat.MPTCP_ATTR_DADDR6:       gIn6Addr,
	xlat.MPTCP_ATTR_SPORT:        numDec{size: 2, fmt: FmtU, exact: true, be: true},
	xlat.MPTCP_ATTR_DPORT:        numDec{size: 2, fmt: FmtU, exact: true, be: true},
	xlat.MPTCP_ATTR_BACKUP:       gU8,
	xlat.MPTCP_ATTR_ERROR:        gU8,
	xlat.MPTCP_ATTR_FLAGS:        gFlags(xlat.GenlMptcpPmEvFlags, "MPTCP_PM_EV_FLAG_???", 2),
	xlat.MPTCP_ATTR_TIMEOUT:      gU32,
	xlat.MPTCP_ATTR_IF_IDX:       gIfindex,
	xlat.MPTCP_ATTR_RESET_REASON: gXval(xlat.GenlMptcpRstReasons, "MPTCP_RST_???", 4),
	xlat.MPTCP_ATTR_RESET_FLAGS:  gX32,
	xlat.MPTCP_ATTR_SERVER_SIDE:  gU8,
})
