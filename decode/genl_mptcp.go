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

var mptcpAddr = nestDec{newSet(xlat.GenlMptcpPmAddrAttrs, "MPTCP_PM_ADDR_ATTR_???", map[uint16]attrDec{
	1: gFamily,                                                        // MPTCP_PM_ADDR_ATTR_FAMILY
	2: gU8,                                                            // MPTCP_PM_ADDR_ATTR_ID
	3: gInAddr,                                                        // MPTCP_PM_ADDR_ATTR_ADDR4
	4: gIn6Addr,                                                       // MPTCP_PM_ADDR_ATTR_ADDR6
	5: gU16,                                                           // MPTCP_PM_ADDR_ATTR_PORT
	6: gFlags(xlat.GenlMptcpPmAddrFlags, "MPTCP_PM_ADDR_FLAG_???", 4), // MPTCP_PM_ADDR_ATTR_FLAGS
	7: gIfindex,                                                       // MPTCP_PM_ADDR_ATTR_IF_IDX
})}

var mptcpPmAttrs = newSet(xlat.GenlMptcpPmAttrs, "MPTCP_PM_ATTR_???", map[uint16]attrDec{
	1: mptcpAddr, // MPTCP_PM_ATTR_ADDR
	2: gU32,      // MPTCP_PM_ATTR_RCV_ADD_ADDRS
	3: gU32,      // MPTCP_PM_ATTR_SUBFLOWS
	4: gX32,      // MPTCP_PM_ATTR_TOKEN
	5: gU8,       // MPTCP_PM_ATTR_LOC_ID
	6: mptcpAddr, // MPTCP_PM_ATTR_ADDR_REMOTE
})

var mptcpEventAttrs = newSet(xlat.GenlMptcpEventAttrs, "MPTCP_ATTR_???", map[uint16]attrDec{
	1:  gX32,                                                       // MPTCP_ATTR_TOKEN
	2:  gFamily,                                                    // MPTCP_ATTR_FAMILY
	3:  gU8,                                                        // MPTCP_ATTR_LOC_ID
	4:  gU8,                                                        // MPTCP_ATTR_REM_ID
	5:  gInAddr,                                                    // MPTCP_ATTR_SADDR4
	6:  gIn6Addr,                                                   // MPTCP_ATTR_SADDR6
	7:  gInAddr,                                                    // MPTCP_ATTR_DADDR4
	8:  gIn6Addr,                                                   // MPTCP_ATTR_DADDR6
	9:  exactBE{2},                                                 // MPTCP_ATTR_SPORT
	10: exactBE{2},                                                 // MPTCP_ATTR_DPORT
	11: gU8,                                                        // MPTCP_ATTR_BACKUP
	12: gU8,                                                        // MPTCP_ATTR_ERROR
	13: gFlags(xlat.GenlMptcpPmEvFlags, "MPTCP_PM_EV_FLAG_???", 2), // MPTCP_ATTR_FLAGS
	14: gU32,                                                       // MPTCP_ATTR_TIMEOUT
	15: gIfindex,                                                   // MPTCP_ATTR_IF_IDX
	16: gXval(xlat.GenlMptcpRstReasons, "MPTCP_RST_???", 4),        // MPTCP_ATTR_RESET_REASON
	17: gX32,                                                       // MPTCP_ATTR_RESET_FLAGS
	18: gU8,                                                        // MPTCP_ATTR_SERVER_SIDE
})
