package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// ethtool (linux/ethtool_netlink_generated.h). Requests and the kernel's
// messages are numbered apart (ETHTOOL_MSG_*_GET is 2 one way,
// ETHTOOL_MSG_*_GET_REPLY 2 the other); each message kind has its own
// attribute set, all of which start with the request header.

var ethtoolSpec = &genlSpec{
	name:      "ethtool",
	cmds:      xlat.GenlEthtoolMsgUser,
	cmdDflt:   "ETHTOOL_MSG_???",
	replyCmds: xlat.GenlEthtoolMsgKernel,
	replyDflt: "ETHTOOL_MSG_???",
	cmdAttrs: map[uint8]*attrSet{
		1:  ethtoolStrsetAttrs,        // ETHTOOL_MSG_STRSET_GET
		2:  ethtoolLinkinfoAttrs,      // ETHTOOL_MSG_LINKINFO_GET
		3:  ethtoolLinkinfoAttrs,      // ETHTOOL_MSG_LINKINFO_SET
		4:  ethtoolLinkmodesAttrs,     // ETHTOOL_MSG_LINKMODES_GET
		5:  ethtoolLinkmodesAttrs,     // ETHTOOL_MSG_LINKMODES_SET
		6:  ethtoolLinkstateAttrs,     // ETHTOOL_MSG_LINKSTATE_GET
		7:  ethtoolDebugAttrs,         // ETHTOOL_MSG_DEBUG_GET
		8:  ethtoolDebugAttrs,         // ETHTOOL_MSG_DEBUG_SET
		9:  ethtoolWolAttrs,           // ETHTOOL_MSG_WOL_GET
		10: ethtoolWolAttrs,           // ETHTOOL_MSG_WOL_SET
		11: ethtoolFeaturesAttrs,      // ETHTOOL_MSG_FEATURES_GET
		12: ethtoolFeaturesAttrs,      // ETHTOOL_MSG_FEATURES_SET
		13: ethtoolPrivflagsAttrs,     // ETHTOOL_MSG_PRIVFLAGS_GET
		14: ethtoolPrivflagsAttrs,     // ETHTOOL_MSG_PRIVFLAGS_SET
		15: ethtoolRingsAttrs,         // ETHTOOL_MSG_RINGS_GET
		16: ethtoolRingsAttrs,         // ETHTOOL_MSG_RINGS_SET
		17: ethtoolChannelsAttrs,      // ETHTOOL_MSG_CHANNELS_GET
		18: ethtoolChannelsAttrs,      // ETHTOOL_MSG_CHANNELS_SET
		19: ethtoolCoalesceAttrs,      // ETHTOOL_MSG_COALESCE_GET
		20: ethtoolCoalesceAttrs,      // ETHTOOL_MSG_COALESCE_SET
		21: ethtoolPauseAttrs,         // ETHTOOL_MSG_PAUSE_GET
		22: ethtoolPauseAttrs,         // ETHTOOL_MSG_PAUSE_SET
		23: ethtoolEeeAttrs,           // ETHTOOL_MSG_EEE_GET
		24: ethtoolEeeAttrs,           // ETHTOOL_MSG_EEE_SET
		25: ethtoolTsinfoAttrs,        // ETHTOOL_MSG_TSINFO_GET
		26: ethtoolCableTestAttrs,     // ETHTOOL_MSG_CABLE_TEST_ACT
		27: ethtoolCableTestTdrAttrs,  // ETHTOOL_MSG_CABLE_TEST_TDR_ACT
		28: ethtoolTunnelInfoAttrs,    // ETHTOOL_MSG_TUNNEL_INFO_GET
		29: ethtoolFecAttrs,           // ETHTOOL_MSG_FEC_GET
		30: ethtoolFecAttrs,           // ETHTOOL_MSG_FEC_SET
		31: ethtoolModuleEepromAttrs,  // ETHTOOL_MSG_MODULE_EEPROM_GET
		32: ethtoolStatsAttrs,         // ETHTOOL_MSG_STATS_GET
		33: ethtoolPhcVclocksAttrs,    // ETHTOOL_MSG_PHC_VCLOCKS_GET
		34: ethtoolModuleAttrs,        // ETHTOOL_MSG_MODULE_GET
		35: ethtoolModuleAttrs,        // ETHTOOL_MSG_MODULE_SET
		36: ethtoolPseAttrs,           // ETHTOOL_MSG_PSE_GET
		37: ethtoolPseAttrs,           // ETHTOOL_MSG_PSE_SET
		38: ethtoolRssAttrs,           // ETHTOOL_MSG_RSS_GET
		39: ethtoolPlcaAttrs,          // ETHTOOL_MSG_PLCA_GET_CFG
		40: ethtoolPlcaAttrs,          // ETHTOOL_MSG_PLCA_SET_CFG
		41: ethtoolPlcaAttrs,          // ETHTOOL_MSG_PLCA_GET_STATUS
		42: ethtoolMmAttrs,            // ETHTOOL_MSG_MM_GET
		43: ethtoolMmAttrs,            // ETHTOOL_MSG_MM_SET
		44: ethtoolModuleFwFlashAttrs, // ETHTOOL_MSG_MODULE_FW_FLASH_ACT
		45: ethtoolPhyAttrs,           // ETHTOOL_MSG_PHY_GET
		46: ethtoolTsconfigAttrs,      // ETHTOOL_MSG_TSCONFIG_GET
		47: ethtoolTsconfigAttrs,      // ETHTOOL_MSG_TSCONFIG_SET
		48: ethtoolRssAttrs,           // ETHTOOL_MSG_RSS_SET
		49: ethtoolRssAttrs,           // ETHTOOL_MSG_RSS_CREATE_ACT
		50: ethtoolRssAttrs,           // ETHTOOL_MSG_RSS_DELETE_ACT
	},
	replyAttrs: map[uint8]*attrSet{
		1:  ethtoolStrsetAttrs,          // ETHTOOL_MSG_STRSET_GET_REPLY
		2:  ethtoolLinkinfoAttrs,        // ETHTOOL_MSG_LINKINFO_GET_REPLY
		3:  ethtoolLinkinfoAttrs,        // ETHTOOL_MSG_LINKINFO_NTF
		4:  ethtoolLinkmodesAttrs,       // ETHTOOL_MSG_LINKMODES_GET_REPLY
		5:  ethtoolLinkmodesAttrs,       // ETHTOOL_MSG_LINKMODES_NTF
		6:  ethtoolLinkstateAttrs,       // ETHTOOL_MSG_LINKSTATE_GET_REPLY
		7:  ethtoolDebugAttrs,           // ETHTOOL_MSG_DEBUG_GET_REPLY
		8:  ethtoolDebugAttrs,           // ETHTOOL_MSG_DEBUG_NTF
		9:  ethtoolWolAttrs,             // ETHTOOL_MSG_WOL_GET_REPLY
		10: ethtoolWolAttrs,             // ETHTOOL_MSG_WOL_NTF
		11: ethtoolFeaturesAttrs,        // ETHTOOL_MSG_FEATURES_GET_REPLY
		12: ethtoolFeaturesAttrs,        // ETHTOOL_MSG_FEATURES_SET_REPLY
		13: ethtoolFeaturesAttrs,        // ETHTOOL_MSG_FEATURES_NTF
		14: ethtoolPrivflagsAttrs,       // ETHTOOL_MSG_PRIVFLAGS_GET_REPLY
		15: ethtoolPrivflagsAttrs,       // ETHTOOL_MSG_PRIVFLAGS_NTF
		16: ethtoolRingsAttrs,           // ETHTOOL_MSG_RINGS_GET_REPLY
		17: ethtoolRingsAttrs,           // ETHTOOL_MSG_RINGS_NTF
		18: ethtoolChannelsAttrs,        // ETHTOOL_MSG_CHANNELS_GET_REPLY
		19: ethtoolChannelsAttrs,        // ETHTOOL_MSG_CHANNELS_NTF
		20: ethtoolCoalesceAttrs,        // ETHTOOL_MSG_COALESCE_GET_REPLY
		21: ethtoolCoalesceAttrs,        // ETHTOOL_MSG_COALESCE_NTF
		22: ethtoolPauseAttrs,           // ETHTOOL_MSG_PAUSE_GET_REPLY
		23: ethtoolPauseAttrs,           // ETHTOOL_MSG_PAUSE_NTF
		24: ethtoolEeeAttrs,             // ETHTOOL_MSG_EEE_GET_REPLY
		25: ethtoolEeeAttrs,             // ETHTOOL_MSG_EEE_NTF
		26: ethtoolTsinfoAttrs,          // ETHTOOL_MSG_TSINFO_GET_REPLY
		27: ethtoolCableTestNtfAttrs,    // ETHTOOL_MSG_CABLE_TEST_NTF
		28: ethtoolCableTestTdrNtfAttrs, // ETHTOOL_MSG_CABLE_TEST_TDR_NTF
		29: ethtoolTunnelInfoAttrs,      // ETHTOOL_MSG_TUNNEL_INFO_GET_REPLY
		30: ethtoolFecAttrs,             // ETHTOOL_MSG_FEC_GET_REPLY
		31: ethtoolFecAttrs,             // ETHTOOL_MSG_FEC_NTF
		32: ethtoolModuleEepromAttrs,    // ETHTOOL_MSG_MODULE_EEPROM_GET_REPLY
		33: ethtoolStatsAttrs,           // ETHTOOL_MSG_STATS_GET_REPLY
		34: ethtoolPhcVclocksAttrs,      // ETHTOOL_MSG_PHC_VCLOCKS_GET_REPLY
		35: ethtoolModuleAttrs,          // ETHTOOL_MSG_MODULE_GET_REPLY
		36: ethtoolModuleAttrs,          // ETHTOOL_MSG_MODULE_NTF
		37: ethtoolPseAttrs,             // ETHTOOL_MSG_PSE_GET_REPLY
		38: ethtoolRssAttrs,             // ETHTOOL_MSG_RSS_GET_REPLY
		39: ethtoolPlcaAttrs,            // ETHTOOL_MSG_PLCA_GET_CFG_REPLY
		40: ethtoolPlcaAttrs,            // ETHTOOL_MSG_PLCA_GET_STATUS_REPLY
		41: ethtoolPlcaAttrs,            // ETHTOOL_MSG_PLCA_NTF
		42: ethtoolMmAttrs,              // ETHTOOL_MSG_MM_GET_REPLY
		43: ethtoolMmAttrs,              // ETHTOOL_MSG_MM_NTF
		44: ethtoolModuleFwFlashAttrs,   // ETHTOOL_MSG_MODULE_FW_FLASH_NTF
		45: ethtoolPhyAttrs,             // ETHTOOL_MSG_PHY_GET_REPLY
		46: ethtoolPhyAttrs,             // ETHTOOL_MSG_PHY_NTF
		47: ethtoolTsconfigAttrs,        // ETHTOOL_MSG_TSCONFIG_GET_REPLY
		48: ethtoolTsconfigAttrs,        // ETHTOOL_MSG_TSCONFIG_SET_REPLY
		49: ethtoolPseNtfAttrs,          // ETHTOOL_MSG_PSE_NTF
		50: ethtoolRssAttrs,             // ETHTOOL_MSG_RSS_NTF
		51: ethtoolRssAttrs,             // ETHTOOL_MSG_RSS_CREATE_ACT_REPLY
		52: ethtoolRssAttrs,             // ETHTOOL_MSG_RSS_CREATE_NTF
		53: ethtoolRssAttrs,             // ETHTOOL_MSG_RSS_DELETE_NTF
	},
}

var ethtoolHeader = nestDec{newSet(xlat.GenlEthtoolHeaderAttrs, "ETHTOOL_A_HEADER_???", map[uint16]attrDec{
	1: gIfindex,                                                   // ETHTOOL_A_HEADER_DEV_INDEX
	2: nlaStr,                                                     // ETHTOOL_A_HEADER_DEV_NAME
	3: gFlags(xlat.GenlEthtoolHeaderFlags, "ETHTOOL_FLAG_???", 4), // ETHTOOL_A_HEADER_FLAGS
	4: gU32,                                                       // ETHTOOL_A_HEADER_PHY_INDEX
})}

// A bitset is a list of bits (index, name, value) or, compact, a value
// and a mask as arrays of 32-bit words.
var ethtoolBitsetBitAttrs = newSet(xlat.GenlEthtoolBitsetBitAttrs, "ETHTOOL_A_BITSET_BIT_???", map[uint16]attrDec{
	1: gU32,   // ETHTOOL_A_BITSET_BIT_INDEX
	2: nlaStr, // ETHTOOL_A_BITSET_BIT_NAME
	// ETHTOOL_A_BITSET_BIT_VALUE is a flag
})

var ethtoolBitsetBitsAttrs = newSet(xlat.GenlEthtoolBitsetBitsAttrs, "ETHTOOL_A_BITSET_BITS_???", map[uint16]attrDec{
	1: nestDec{ethtoolBitsetBitAttrs}, // ETHTOOL_A_BITSET_BITS_BIT
})

var ethtoolBitset = nestDec{newSet(xlat.GenlEthtoolBitsetAttrs, "ETHTOOL_A_BITSET_???", map[uint16]attrDec{
	2: gU32,                            // ETHTOOL_A_BITSET_SIZE
	3: nestDec{ethtoolBitsetBitsAttrs}, // ETHTOOL_A_BITSET_BITS
	4: gWords,                          // ETHTOOL_A_BITSET_VALUE
	5: gWords,                          // ETHTOOL_A_BITSET_MASK
})}

// --- string sets ---

var ethtoolStringAttrs = newSet(xlat.GenlEthtoolStringAttrs, "ETHTOOL_A_STRING_???", map[uint16]attrDec{
	1: gU32,   // ETHTOOL_A_STRING_INDEX
	2: nlaStr, // ETHTOOL_A_STRING_VALUE
})

var ethtoolStringsAttrs = newSet(xlat.GenlEthtoolStringsAttrs, "ETHTOOL_A_STRINGS_???", map[uint16]attrDec{
	1: nestDec{ethtoolStringAttrs}, // ETHTOOL_A_STRINGS_STRING
})

var ethtoolStringsetAttrs = newSet(xlat.GenlEthtoolStringsetAttrs, "ETHTOOL_A_STRINGSET_???", map[uint16]attrDec{
	1: gXval(xlat.GenlEthtoolStringsetIds, "ETH_SS_???", 4), // ETHTOOL_A_STRINGSET_ID
	2: gU32,                                                 // ETHTOOL_A_STRINGSET_COUNT
	3: nestDec{ethtoolStringsAttrs},                         // ETHTOOL_A_STRINGSET_STRINGS
})

var ethtoolStringsetsAttrs = newSet(xlat.GenlEthtoolStringsetsAttrs, "ETHTOOL_A_STRINGSETS_???", map[uint16]attrDec{
	1: nestDec{ethtoolStringsetAttrs}, // ETHTOOL_A_STRINGSETS_STRINGSET
})

var ethtoolStrsetAttrs = newSet(xlat.GenlEthtoolStrsetAttrs, "ETHTOOL_A_STRSET_???", map[uint16]attrDec{
	1: ethtoolHeader,                   // ETHTOOL_A_STRSET_HEADER
	2: nestDec{ethtoolStringsetsAttrs}, // ETHTOOL_A_STRSET_STRINGSETS
	// ETHTOOL_A_STRSET_COUNTS_ONLY is a flag
})

// --- link settings and state ---

var ethtoolLinkinfoAttrs = newSet(xlat.GenlEthtoolLinkinfoAttrs, "ETHTOOL_A_LINKINFO_???", map[uint16]attrDec{
	1: ethtoolHeader,                                     // ETHTOOL_A_LINKINFO_HEADER
	2: gXval(xlat.GenlEthtoolPorts, "PORT_???", 1),       // ETHTOOL_A_LINKINFO_PORT
	3: gU8,                                               // ETHTOOL_A_LINKINFO_PHYADDR
	4: gXval(xlat.GenlEthtoolTpMdi, "ETH_TP_MDI_???", 1), // ETHTOOL_A_LINKINFO_TP_MDIX
	5: gXval(xlat.GenlEthtoolTpMdi, "ETH_TP_MDI_???", 1), // ETHTOOL_A_LINKINFO_TP_MDIX_CTRL
	6: gXval(xlat.GenlEthtoolXcvr, "XCVR_???", 1),        // ETHTOOL_A_LINKINFO_TRANSCEIVER
})

var ethtoolLinkmodesAttrs = newSet(xlat.GenlEthtoolLinkmodesAttrs, "ETHTOOL_A_LINKMODES_???", map[uint16]attrDec{
	1:  ethtoolHeader,                                                        // ETHTOOL_A_LINKMODES_HEADER
	2:  gXval(xlat.GenlEthtoolAutoneg, "AUTONEG_???", 1),                     // ETHTOOL_A_LINKMODES_AUTONEG
	3:  ethtoolBitset,                                                        // ETHTOOL_A_LINKMODES_OURS
	4:  ethtoolBitset,                                                        // ETHTOOL_A_LINKMODES_PEER
	5:  gU32,                                                                 // ETHTOOL_A_LINKMODES_SPEED
	6:  gXval(xlat.GenlEthtoolDuplex, "DUPLEX_???", 1),                       // ETHTOOL_A_LINKMODES_DUPLEX
	7:  gXval(xlat.GenlEthtoolMasterSlaveCfg, "MASTER_SLAVE_CFG_???", 1),     // ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG
	8:  gXval(xlat.GenlEthtoolMasterSlaveState, "MASTER_SLAVE_STATE_???", 1), // ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE
	9:  gU32,                                                                 // ETHTOOL_A_LINKMODES_LANES
	10: gXval(xlat.GenlEthtoolRateMatch, "RATE_MATCH_???", 1),                // ETHTOOL_A_LINKMODES_RATE_MATCHING
})

var ethtoolLinkstateAttrs = newSet(xlat.GenlEthtoolLinkstateAttrs, "ETHTOOL_A_LINKSTATE_???", map[uint16]attrDec{
	1: ethtoolHeader,                                                        // ETHTOOL_A_LINKSTATE_HEADER
	2: gU8,                                                                  // ETHTOOL_A_LINKSTATE_LINK
	3: gU32,                                                                 // ETHTOOL_A_LINKSTATE_SQI
	4: gU32,                                                                 // ETHTOOL_A_LINKSTATE_SQI_MAX
	5: gXval(xlat.GenlEthtoolLinkExtState, "ETHTOOL_LINK_EXT_STATE_???", 1), // ETHTOOL_A_LINKSTATE_EXT_STATE
	6: gU8,                                                                  // ETHTOOL_A_LINKSTATE_EXT_SUBSTATE
	7: gU32,                                                                 // ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT
})

var ethtoolDebugAttrs = newSet(xlat.GenlEthtoolDebugAttrs, "ETHTOOL_A_DEBUG_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_DEBUG_HEADER
	2: ethtoolBitset, // ETHTOOL_A_DEBUG_MSGMASK
})

var ethtoolWolAttrs = newSet(xlat.GenlEthtoolWolAttrs, "ETHTOOL_A_WOL_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_WOL_HEADER
	2: ethtoolBitset, // ETHTOOL_A_WOL_MODES
	// ETHTOOL_A_WOL_SOPASS is binary
})

var ethtoolFeaturesAttrs = newSet(xlat.GenlEthtoolFeaturesAttrs, "ETHTOOL_A_FEATURES_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_FEATURES_HEADER
	2: ethtoolBitset, // ETHTOOL_A_FEATURES_HW
	3: ethtoolBitset, // ETHTOOL_A_FEATURES_WANTED
	4: ethtoolBitset, // ETHTOOL_A_FEATURES_ACTIVE
	5: ethtoolBitset, // ETHTOOL_A_FEATURES_NOCHANGE
})

var ethtoolPrivflagsAttrs = newSet(xlat.GenlEthtoolPrivflagsAttrs, "ETHTOOL_A_PRIVFLAGS_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_PRIVFLAGS_HEADER
	2: ethtoolBitset, // ETHTOOL_A_PRIVFLAGS_FLAGS
})

// --- rings, channels, coalescing, pause, EEE ---

var ethtoolRingsAttrs = newSet(xlat.GenlEthtoolRingsAttrs, "ETHTOOL_A_RINGS_???", map[uint16]attrDec{
	1:  ethtoolHeader,                                                        // ETHTOOL_A_RINGS_HEADER
	2:  gU32,                                                                 // ETHTOOL_A_RINGS_RX_MAX
	3:  gU32,                                                                 // ETHTOOL_A_RINGS_RX_MINI_MAX
	4:  gU32,                                                                 // ETHTOOL_A_RINGS_RX_JUMBO_MAX
	5:  gU32,                                                                 // ETHTOOL_A_RINGS_TX_MAX
	6:  gU32,                                                                 // ETHTOOL_A_RINGS_RX
	7:  gU32,                                                                 // ETHTOOL_A_RINGS_RX_MINI
	8:  gU32,                                                                 // ETHTOOL_A_RINGS_RX_JUMBO
	9:  gU32,                                                                 // ETHTOOL_A_RINGS_TX
	10: gU32,                                                                 // ETHTOOL_A_RINGS_RX_BUF_LEN
	11: gXval(xlat.GenlEthtoolTcpDataSplit, "ETHTOOL_TCP_DATA_SPLIT_???", 1), // ETHTOOL_A_RINGS_TCP_DATA_SPLIT
	12: gU32,                                                                 // ETHTOOL_A_RINGS_CQE_SIZE
	13: gU8,                                                                  // ETHTOOL_A_RINGS_TX_PUSH
	14: gU8,                                                                  // ETHTOOL_A_RINGS_RX_PUSH
	15: gU32,                                                                 // ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN
	16: gU32,                                                                 // ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX
	17: gU32,                                                                 // ETHTOOL_A_RINGS_HDS_THRESH
	18: gU32,                                                                 // ETHTOOL_A_RINGS_HDS_THRESH_MAX
})

var ethtoolChannelsAttrs = newSet(xlat.GenlEthtoolChannelsAttrs, "ETHTOOL_A_CHANNELS_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_CHANNELS_HEADER
	2: gU32,          // ETHTOOL_A_CHANNELS_RX_MAX
	3: gU32,          // ETHTOOL_A_CHANNELS_TX_MAX
	4: gU32,          // ETHTOOL_A_CHANNELS_OTHER_MAX
	5: gU32,          // ETHTOOL_A_CHANNELS_COMBINED_MAX
	6: gU32,          // ETHTOOL_A_CHANNELS_RX_COUNT
	7: gU32,          // ETHTOOL_A_CHANNELS_TX_COUNT
	8: gU32,          // ETHTOOL_A_CHANNELS_OTHER_COUNT
	9: gU32,          // ETHTOOL_A_CHANNELS_COMBINED_COUNT
})

var ethtoolIrqModerationAttrs = newSet(xlat.GenlEthtoolIrqModerationAttrs, "ETHTOOL_A_IRQ_MODERATION_???", map[uint16]attrDec{
	1: gU32, // ETHTOOL_A_IRQ_MODERATION_USEC
	2: gU32, // ETHTOOL_A_IRQ_MODERATION_PKTS
	3: gU32, // ETHTOOL_A_IRQ_MODERATION_COMPS
})

var ethtoolProfile = nestDec{newSet(xlat.GenlEthtoolProfileAttrs, "ETHTOOL_A_PROFILE_???", map[uint16]attrDec{
	1: nestDec{ethtoolIrqModerationAttrs}, // ETHTOOL_A_PROFILE_IRQ_MODERATION
})}

var ethtoolCoalesceAttrs = newSet(xlat.GenlEthtoolCoalesceAttrs, "ETHTOOL_A_COALESCE_???", map[uint16]attrDec{
	1:  ethtoolHeader,  // ETHTOOL_A_COALESCE_HEADER
	2:  gU32,           // ETHTOOL_A_COALESCE_RX_USECS
	3:  gU32,           // ETHTOOL_A_COALESCE_RX_MAX_FRAMES
	4:  gU32,           // ETHTOOL_A_COALESCE_RX_USECS_IRQ
	5:  gU32,           // ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ
	6:  gU32,           // ETHTOOL_A_COALESCE_TX_USECS
	7:  gU32,           // ETHTOOL_A_COALESCE_TX_MAX_FRAMES
	8:  gU32,           // ETHTOOL_A_COALESCE_TX_USECS_IRQ
	9:  gU32,           // ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ
	10: gU32,           // ETHTOOL_A_COALESCE_STATS_BLOCK_USECS
	11: gU8,            // ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX
	12: gU8,            // ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX
	13: gU32,           // ETHTOOL_A_COALESCE_PKT_RATE_LOW
	14: gU32,           // ETHTOOL_A_COALESCE_RX_USECS_LOW
	15: gU32,           // ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW
	16: gU32,           // ETHTOOL_A_COALESCE_TX_USECS_LOW
	17: gU32,           // ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW
	18: gU32,           // ETHTOOL_A_COALESCE_PKT_RATE_HIGH
	19: gU32,           // ETHTOOL_A_COALESCE_RX_USECS_HIGH
	20: gU32,           // ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH
	21: gU32,           // ETHTOOL_A_COALESCE_TX_USECS_HIGH
	22: gU32,           // ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH
	23: gU32,           // ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL
	24: gU8,            // ETHTOOL_A_COALESCE_USE_CQE_MODE_TX
	25: gU8,            // ETHTOOL_A_COALESCE_USE_CQE_MODE_RX
	26: gU32,           // ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES
	27: gU32,           // ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES
	28: gU32,           // ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS
	29: ethtoolProfile, // ETHTOOL_A_COALESCE_RX_PROFILE
	30: ethtoolProfile, // ETHTOOL_A_COALESCE_TX_PROFILE
})

var ethtoolPauseStatAttrs = newSet(xlat.GenlEthtoolPauseStatAttrs, "ETHTOOL_A_PAUSE_STAT_???", map[uint16]attrDec{
	2: gU64, // ETHTOOL_A_PAUSE_STAT_TX_FRAMES
	3: gU64, // ETHTOOL_A_PAUSE_STAT_RX_FRAMES
})

var ethtoolPauseAttrs = newSet(xlat.GenlEthtoolPauseAttrs, "ETHTOOL_A_PAUSE_???", map[uint16]attrDec{
	1: ethtoolHeader,                                                      // ETHTOOL_A_PAUSE_HEADER
	2: gU8,                                                                // ETHTOOL_A_PAUSE_AUTONEG
	3: gU8,                                                                // ETHTOOL_A_PAUSE_RX
	4: gU8,                                                                // ETHTOOL_A_PAUSE_TX
	5: nestDec{ethtoolPauseStatAttrs},                                     // ETHTOOL_A_PAUSE_STATS
	6: gXval(xlat.GenlEthtoolMacStatsSrc, "ETHTOOL_MAC_STATS_SRC_???", 4), // ETHTOOL_A_PAUSE_STATS_SRC
})

var ethtoolEeeAttrs = newSet(xlat.GenlEthtoolEeeAttrs, "ETHTOOL_A_EEE_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_EEE_HEADER
	2: ethtoolBitset, // ETHTOOL_A_EEE_MODES_OURS
	3: ethtoolBitset, // ETHTOOL_A_EEE_MODES_PEER
	4: gU8,           // ETHTOOL_A_EEE_ACTIVE
	5: gU8,           // ETHTOOL_A_EEE_ENABLED
	6: gU8,           // ETHTOOL_A_EEE_TX_LPI_ENABLED
	7: gU32,          // ETHTOOL_A_EEE_TX_LPI_TIMER
})

// --- timestamping ---

var ethtoolTsStatAttrs = newSet(xlat.GenlEthtoolTsStatAttrs, "ETHTOOL_A_TS_STAT_???", map[uint16]attrDec{
	1: gUint, // ETHTOOL_A_TS_STAT_TX_PKTS
	2: gUint, // ETHTOOL_A_TS_STAT_TX_LOST
	3: gUint, // ETHTOOL_A_TS_STAT_TX_ERR
	4: gUint, // ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED
})

var ethtoolHwtstampProvider = nestDec{newSet(xlat.GenlEthtoolTsHwtstampProviderAttrs, "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_???", map[uint16]attrDec{
	1: gU32, // ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX
	2: gU32, // ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER
})}

var ethtoolTsinfoAttrs = newSet(xlat.GenlEthtoolTsinfoAttrs, "ETHTOOL_A_TSINFO_???", map[uint16]attrDec{
	1: ethtoolHeader,                                                   // ETHTOOL_A_TSINFO_HEADER
	2: ethtoolBitset,                                                   // ETHTOOL_A_TSINFO_TIMESTAMPING
	3: ethtoolBitset,                                                   // ETHTOOL_A_TSINFO_TX_TYPES
	4: ethtoolBitset,                                                   // ETHTOOL_A_TSINFO_RX_FILTERS
	5: gU32,                                                            // ETHTOOL_A_TSINFO_PHC_INDEX
	6: nestDec{ethtoolTsStatAttrs},                                     // ETHTOOL_A_TSINFO_STATS
	7: ethtoolHwtstampProvider,                                         // ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER
	8: gXval(xlat.GenlEthtoolHwtstampSource, "HWTSTAMP_SOURCE_???", 4), // ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE
	9: gU32,                                                            // ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX
})

var ethtoolTsconfigAttrs = newSet(xlat.GenlEthtoolTsconfigAttrs, "ETHTOOL_A_TSCONFIG_???", map[uint16]attrDec{
	1: ethtoolHeader,           // ETHTOOL_A_TSCONFIG_HEADER
	2: ethtoolHwtstampProvider, // ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER
	3: ethtoolBitset,           // ETHTOOL_A_TSCONFIG_TX_TYPES
	4: ethtoolBitset,           // ETHTOOL_A_TSCONFIG_RX_FILTERS
	5: ethtoolBitset,           // ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS
})

var ethtoolPhcVclocksAttrs = newSet(xlat.GenlEthtoolPhcVclocksAttrs, "ETHTOOL_A_PHC_VCLOCKS_???", map[uint16]attrDec{
	1: ethtoolHeader,   // ETHTOOL_A_PHC_VCLOCKS_HEADER
	2: gU32,            // ETHTOOL_A_PHC_VCLOCKS_NUM
	3: gArray(4, FmtD), // ETHTOOL_A_PHC_VCLOCKS_INDEX
})

// --- cable tests ---

var cablePair = gXval(xlat.GenlEthtoolCablePairs, "ETHTOOL_A_CABLE_PAIR_???", 1)
var cableSrc = gXval(xlat.GenlEthtoolCableInfSrc, "ETHTOOL_A_CABLE_INF_SRC_???", 4)
var cableStatus = gXval(xlat.GenlEthtoolCableTestNtfStatus, "ETHTOOL_A_CABLE_TEST_NTF_STATUS_???", 1)

var ethtoolCableResultAttrs = newSet(xlat.GenlEthtoolCableResultAttrs, "ETHTOOL_A_CABLE_RESULT_???", map[uint16]attrDec{
	1: cablePair,                                                                     // ETHTOOL_A_CABLE_RESULT_PAIR
	2: gXval(xlat.GenlEthtoolCableResultCodes, "ETHTOOL_A_CABLE_RESULT_CODE_???", 1), // ETHTOOL_A_CABLE_RESULT_CODE
	3: cableSrc,                                                                      // ETHTOOL_A_CABLE_RESULT_SRC
})

var ethtoolCableFaultLengthAttrs = newSet(xlat.GenlEthtoolCableFaultLengthAttrs, "ETHTOOL_A_CABLE_FAULT_LENGTH_???", map[uint16]attrDec{
	1: cablePair, // ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR
	2: gU32,      // ETHTOOL_A_CABLE_FAULT_LENGTH_CM
	3: cableSrc,  // ETHTOOL_A_CABLE_FAULT_LENGTH_SRC
})

var ethtoolCableNestAttrs = newSet(xlat.GenlEthtoolCableNestAttrs, "ETHTOOL_A_CABLE_NEST_???", map[uint16]attrDec{
	1: nestDec{ethtoolCableResultAttrs},      // ETHTOOL_A_CABLE_NEST_RESULT
	2: nestDec{ethtoolCableFaultLengthAttrs}, // ETHTOOL_A_CABLE_NEST_FAULT_LENGTH
})

var ethtoolCableTestAttrs = newSet(xlat.GenlEthtoolCableTestAttrs, "ETHTOOL_A_CABLE_TEST_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_CABLE_TEST_HEADER
})

var ethtoolCableTestNtfAttrs = newSet(xlat.GenlEthtoolCableTestNtfAttrs, "ETHTOOL_A_CABLE_TEST_NTF_???", map[uint16]attrDec{
	1: ethtoolHeader,                  // ETHTOOL_A_CABLE_TEST_NTF_HEADER
	2: cableStatus,                    // ETHTOOL_A_CABLE_TEST_NTF_STATUS
	3: nestDec{ethtoolCableNestAttrs}, // ETHTOOL_A_CABLE_TEST_NTF_NEST
})

var ethtoolCableTestTdrCfgAttrs = newSet(xlat.GenlEthtoolCableTestTdrCfgAttrs, "ETHTOOL_A_CABLE_TEST_TDR_CFG_???", map[uint16]attrDec{
	1: gU32,      // ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST
	2: gU32,      // ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST
	3: gU32,      // ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP
	4: cablePair, // ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR
})

var ethtoolCableTestTdrAttrs = newSet(xlat.GenlEthtoolCableTestTdrAttrs, "ETHTOOL_A_CABLE_TEST_TDR_???", map[uint16]attrDec{
	1: ethtoolHeader,                        // ETHTOOL_A_CABLE_TEST_TDR_HEADER
	2: nestDec{ethtoolCableTestTdrCfgAttrs}, // ETHTOOL_A_CABLE_TEST_TDR_CFG
})

var ethtoolCableAmplitudeAttrs = newSet(xlat.GenlEthtoolCableAmplitudeAttrs, "ETHTOOL_A_CABLE_AMPLITUDE_???", map[uint16]attrDec{
	1: cablePair, // ETHTOOL_A_CABLE_AMPLITUDE_PAIR
	2: gS16,      // ETHTOOL_A_CABLE_AMPLITUDE_mV
})

var ethtoolCablePulseAttrs = newSet(xlat.GenlEthtoolCablePulseAttrs, "ETHTOOL_A_CABLE_PULSE_???", map[uint16]attrDec{
	1: gS16, // ETHTOOL_A_CABLE_PULSE_mV
})

var ethtoolCableStepAttrs = newSet(xlat.GenlEthtoolCableStepAttrs, "ETHTOOL_A_CABLE_STEP_???", map[uint16]attrDec{
	1: gU32, // ETHTOOL_A_CABLE_STEP_FIRST_DISTANCE
	2: gU32, // ETHTOOL_A_CABLE_STEP_LAST_DISTANCE
	3: gU32, // ETHTOOL_A_CABLE_STEP_STEP_DISTANCE
})

var ethtoolCableTdrNestAttrs = newSet(xlat.GenlEthtoolCableTdrNestAttrs, "ETHTOOL_A_CABLE_TDR_NEST_???", map[uint16]attrDec{
	1: nestDec{ethtoolCableStepAttrs},      // ETHTOOL_A_CABLE_TDR_NEST_STEP
	2: nestDec{ethtoolCableAmplitudeAttrs}, // ETHTOOL_A_CABLE_TDR_NEST_AMPLITUDE
	3: nestDec{ethtoolCablePulseAttrs},     // ETHTOOL_A_CABLE_TDR_NEST_PULSE
})

var ethtoolCableTestTdrNtfAttrs = newSet(xlat.GenlEthtoolCableTestTdrNtfAttrs, "ETHTOOL_A_CABLE_TEST_TDR_NTF_???", map[uint16]attrDec{
	1: ethtoolHeader,                     // ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER
	2: cableStatus,                       // ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS
	3: nestDec{ethtoolCableTdrNestAttrs}, // ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST
})

// --- tunnels, FEC, modules, statistics ---

var ethtoolTunnelUDPEntryAttrs = newSet(xlat.GenlEthtoolTunnelUdpEntryAttrs, "ETHTOOL_A_TUNNEL_UDP_ENTRY_???", map[uint16]attrDec{
	1: exactBE{2},                                                             // ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT
	2: gXval(xlat.GenlEthtoolUdpTunnelType, "ETHTOOL_UDP_TUNNEL_TYPE_???", 4), // ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE
})

var ethtoolTunnelUDPTableAttrs = newSet(xlat.GenlEthtoolTunnelUdpTableAttrs, "ETHTOOL_A_TUNNEL_UDP_TABLE_???", map[uint16]attrDec{
	1: gU32,                                // ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE
	2: ethtoolBitset,                       // ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES
	3: nestDec{ethtoolTunnelUDPEntryAttrs}, // ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY
})

var ethtoolTunnelUDPAttrs = newSet(xlat.GenlEthtoolTunnelUdpAttrs, "ETHTOOL_A_TUNNEL_UDP_???", map[uint16]attrDec{
	1: nestDec{ethtoolTunnelUDPTableAttrs}, // ETHTOOL_A_TUNNEL_UDP_TABLE
})

var ethtoolTunnelInfoAttrs = newSet(xlat.GenlEthtoolTunnelInfoAttrs, "ETHTOOL_A_TUNNEL_INFO_???", map[uint16]attrDec{
	1: ethtoolHeader,                  // ETHTOOL_A_TUNNEL_INFO_HEADER
	2: nestDec{ethtoolTunnelUDPAttrs}, // ETHTOOL_A_TUNNEL_INFO_UDP_PORTS
})

var ethtoolFecStatAttrs = newSet(xlat.GenlEthtoolFecStatAttrs, "ETHTOOL_A_FEC_STAT_???", map[uint16]attrDec{
	2: gArray(8, FmtU), // ETHTOOL_A_FEC_STAT_CORRECTED
	3: gArray(8, FmtU), // ETHTOOL_A_FEC_STAT_UNCORR
	4: gArray(8, FmtU), // ETHTOOL_A_FEC_STAT_CORR_BITS
})

var ethtoolFecAttrs = newSet(xlat.GenlEthtoolFecAttrs, "ETHTOOL_A_FEC_???", map[uint16]attrDec{
	1: ethtoolHeader,                // ETHTOOL_A_FEC_HEADER
	2: ethtoolBitset,                // ETHTOOL_A_FEC_MODES
	3: gU8,                          // ETHTOOL_A_FEC_AUTO
	4: gU32,                         // ETHTOOL_A_FEC_ACTIVE
	5: nestDec{ethtoolFecStatAttrs}, // ETHTOOL_A_FEC_STATS
})

var ethtoolModuleEepromAttrs = newSet(xlat.GenlEthtoolModuleEepromAttrs, "ETHTOOL_A_MODULE_EEPROM_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_MODULE_EEPROM_HEADER
	2: gU32,          // ETHTOOL_A_MODULE_EEPROM_OFFSET
	3: gU32,          // ETHTOOL_A_MODULE_EEPROM_LENGTH
	4: gU8,           // ETHTOOL_A_MODULE_EEPROM_PAGE
	5: gU8,           // ETHTOOL_A_MODULE_EEPROM_BANK
	6: gX8,           // ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS
	// ETHTOOL_A_MODULE_EEPROM_DATA is binary
})

var ethtoolModuleAttrs = newSet(xlat.GenlEthtoolModuleAttrs, "ETHTOOL_A_MODULE_???", map[uint16]attrDec{
	1: ethtoolHeader,                                                                           // ETHTOOL_A_MODULE_HEADER
	2: gXval(xlat.GenlEthtoolModulePowerModePolicy, "ETHTOOL_MODULE_POWER_MODE_POLICY_???", 1), // ETHTOOL_A_MODULE_POWER_MODE_POLICY
	3: gXval(xlat.GenlEthtoolModulePowerMode, "ETHTOOL_MODULE_POWER_MODE_???", 1),              // ETHTOOL_A_MODULE_POWER_MODE
})

var ethtoolModuleFwFlashAttrs = newSet(xlat.GenlEthtoolModuleFwFlashAttrs, "ETHTOOL_A_MODULE_FW_FLASH_???", map[uint16]attrDec{
	1: ethtoolHeader,                                                                       // ETHTOOL_A_MODULE_FW_FLASH_HEADER
	2: nlaStr,                                                                              // ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME
	3: gU32,                                                                                // ETHTOOL_A_MODULE_FW_FLASH_PASSWORD
	4: gXval(xlat.GenlEthtoolModuleFwFlashStatus, "ETHTOOL_MODULE_FW_FLASH_STATUS_???", 4), // ETHTOOL_A_MODULE_FW_FLASH_STATUS
	5: nlaStr,                                                                              // ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG
	6: gUint,                                                                               // ETHTOOL_A_MODULE_FW_FLASH_DONE
	7: gUint,                                                                               // ETHTOOL_A_MODULE_FW_FLASH_TOTAL
})

// The counters of ETHTOOL_A_STATS_GRP_STAT are attributes whose types
// are counter ids of the group (ETHTOOL_A_STATS_GRP_ID) before them.
var ethtoolStatGroups = map[uint64]*attrSet{
	0: ethtoolCounters(xlat.GenlEthtoolStatsEthPhy),  // ETHTOOL_STATS_ETH_PHY
	1: ethtoolCounters(xlat.GenlEthtoolStatsEthMac),  // ETHTOOL_STATS_ETH_MAC
	2: ethtoolCounters(xlat.GenlEthtoolStatsEthCtrl), // ETHTOOL_STATS_ETH_CTRL
	3: ethtoolCounters(xlat.GenlEthtoolStatsRmon),    // ETHTOOL_STATS_RMON
	4: ethtoolCounters(xlat.GenlEthtoolStatsPhy),     // ETHTOOL_STATS_PHY
}

var ethtoolAnyCounters = ethtoolCounters(nil)

func ethtoolCounters(t *xlat.Table) *attrSet {
	return &attrSet{names: t, byType: func(*state, uint16) attrDec { return gU64 }}
}

var ethtoolStatsGrpAttrs = newSet(xlat.GenlEthtoolStatsGrpAttrs, "ETHTOOL_A_STATS_GRP_???", map[uint16]attrDec{
	2: funcDec(func(s *state, off, n int) bool { // ETHTOOL_A_STATS_GRP_ID
		if n != 4 {
			return false
		}
		s.ctx.aux = s.u32(off) + 1
		s.xvalV("", s.u32(off), off, 4, xlat.GenlEthtoolStatsGroups, "ETHTOOL_STATS_???", numX)
		return true
	}),
	3: gXval(xlat.GenlEthtoolStringsetIds, "ETH_SS_???", 4), // ETHTOOL_A_STATS_GRP_SS_ID
	4: funcDec(func(s *state, off, n int) bool { // ETHTOOL_A_STATS_GRP_STAT
		set := ethtoolAnyCounters
		if s.ctx.aux > 0 {
			if g, ok := ethtoolStatGroups[s.ctx.aux-1]; ok {
				set = g
			}
		}
		s.attrs(off, n, set)
		return true
	}),
	5: nestDec{ethtoolStatsGrpAttrs0}, // ETHTOOL_A_STATS_GRP_HIST_RX
	6: nestDec{ethtoolStatsGrpAttrs0}, // ETHTOOL_A_STATS_GRP_HIST_TX
	7: gU32,                           // ETHTOOL_A_STATS_GRP_HIST_BKT_LOW
	8: gU32,                           // ETHTOOL_A_STATS_GRP_HIST_BKT_HI
	9: gU64,                           // ETHTOOL_A_STATS_GRP_HIST_VAL
})

// ethtoolStatsGrpAttrs0 is the same set for the histogram buckets nested
// in a group.
var ethtoolStatsGrpAttrs0 = newSet(xlat.GenlEthtoolStatsGrpAttrs, "ETHTOOL_A_STATS_GRP_???", map[uint16]attrDec{
	7: gU32, // ETHTOOL_A_STATS_GRP_HIST_BKT_LOW
	8: gU32, // ETHTOOL_A_STATS_GRP_HIST_BKT_HI
	9: gU64, // ETHTOOL_A_STATS_GRP_HIST_VAL
})

var ethtoolStatsAttrs = newSet(xlat.GenlEthtoolStatsAttrs, "ETHTOOL_A_STATS_???", map[uint16]attrDec{
	2: ethtoolHeader,                                                      // ETHTOOL_A_STATS_HEADER
	3: ethtoolBitset,                                                      // ETHTOOL_A_STATS_GROUPS
	4: nestDec{ethtoolStatsGrpAttrs},                                      // ETHTOOL_A_STATS_GRP
	5: gXval(xlat.GenlEthtoolMacStatsSrc, "ETHTOOL_MAC_STATS_SRC_???", 4), // ETHTOOL_A_STATS_SRC
})

// --- power over ethernet, RSS, PLCA, MAC merge, PHYs ---

var ethtoolPsePwLimitAttrs = newSet(xlat.GenlEthtoolC33PsePwLimitAttrs, "ETHTOOL_A_C33_PSE_PW_LIMIT_???", map[uint16]attrDec{
	1: gU32, // ETHTOOL_A_C33_PSE_PW_LIMIT_MIN
	2: gU32, // ETHTOOL_A_C33_PSE_PW_LIMIT_MAX
})

var ethtoolPseAttrs = newSet(xlat.GenlEthtoolPseAttrs, "ETHTOOL_A_PSE_???", map[uint16]attrDec{
	1:  ethtoolHeader,                                                                   // ETHTOOL_A_PSE_HEADER
	2:  gXval(xlat.GenlEthtoolPodlPseAdminState, "ETHTOOL_PODL_PSE_ADMIN_STATE_???", 4), // ETHTOOL_A_PODL_PSE_ADMIN_STATE
	3:  gXval(xlat.GenlEthtoolPodlPseAdminState, "ETHTOOL_PODL_PSE_ADMIN_STATE_???", 4), // ETHTOOL_A_PODL_PSE_ADMIN_CONTROL
	4:  gXval(xlat.GenlEthtoolPodlPsePwDStatus, "ETHTOOL_PODL_PSE_PW_D_STATUS_???", 4),  // ETHTOOL_A_PODL_PSE_PW_D_STATUS
	5:  gXval(xlat.GenlEthtoolC33PseAdminState, "ETHTOOL_C33_PSE_ADMIN_STATE_???", 4),   // ETHTOOL_A_C33_PSE_ADMIN_STATE
	6:  gXval(xlat.GenlEthtoolC33PseAdminState, "ETHTOOL_C33_PSE_ADMIN_STATE_???", 4),   // ETHTOOL_A_C33_PSE_ADMIN_CONTROL
	7:  gXval(xlat.GenlEthtoolC33PsePwDStatus, "ETHTOOL_C33_PSE_PW_D_STATUS_???", 4),    // ETHTOOL_A_C33_PSE_PW_D_STATUS
	8:  gU32,                                                                            // ETHTOOL_A_C33_PSE_PW_CLASS
	9:  gU32,                                                                            // ETHTOOL_A_C33_PSE_ACTUAL_PW
	10: gXval(xlat.GenlEthtoolC33PseExtState, "ETHTOOL_C33_PSE_EXT_STATE_???", 4),       // ETHTOOL_A_C33_PSE_EXT_STATE
	11: gU32,                                                                            // ETHTOOL_A_C33_PSE_EXT_SUBSTATE
	12: gU32,                                                                            // ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT
	13: nestDec{ethtoolPsePwLimitAttrs},                                                 // ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES
	14: gU32,                                                                            // ETHTOOL_A_PSE_PW_D_ID
	15: gU32,                                                                            // ETHTOOL_A_PSE_PRIO_MAX
	16: gU32,                                                                            // ETHTOOL_A_PSE_PRIO
})

var ethtoolPseNtfAttrs = newSet(xlat.GenlEthtoolPseNtfAttrs, "ETHTOOL_A_PSE_NTF_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_PSE_NTF_HEADER
	2: funcDec(func(s *state, off, n int) bool { // ETHTOOL_A_PSE_NTF_EVENTS
		if n != 4 && n != 8 {
			return false
		}
		s.flagsV("", s.uint(off, n), off, n, xlat.GenlEthtoolPseEvents, "ETHTOOL_PSE_EVENT_???")
		return true
	}),
})

var ethtoolFlowAttrs = &attrSet{names: xlat.GenlEthtoolFlowAttrs, dflt: "ETHTOOL_A_FLOW_???", byType: func(*state, uint16) attrDec {
	return ethtoolRxh
}}

// ethtoolRxh prints the RXH_* fields a flow type hashes on (NLA_UINT).
var ethtoolRxh = funcDec(func(s *state, off, n int) bool {
	if n != 4 && n != 8 {
		return false
	}
	s.flagsV("", s.uint(off, n), off, n, xlat.GenlEthtoolRxh, "RXH_???")
	return true
})

var ethtoolRssAttrs = newSet(xlat.GenlEthtoolRssAttrs, "ETHTOOL_A_RSS_???", map[uint16]attrDec{
	1: ethtoolHeader,                                           // ETHTOOL_A_RSS_HEADER
	2: gU32,                                                    // ETHTOOL_A_RSS_CONTEXT
	3: gFlags(xlat.GenlEthtoolRssHfunc, "ETH_RSS_HASH_???", 4), // ETHTOOL_A_RSS_HFUNC
	4: gArray(4, FmtU),                                         // ETHTOOL_A_RSS_INDIR
	// ETHTOOL_A_RSS_HKEY is binary
	6: gFlags(xlat.GenlEthtoolRxhXfrm, "RXH_XFRM_???", 4), // ETHTOOL_A_RSS_INPUT_XFRM
	7: gU32,                                               // ETHTOOL_A_RSS_START_CONTEXT
	8: nestDec{ethtoolFlowAttrs},                          // ETHTOOL_A_RSS_FLOW_HASH
})

var ethtoolPlcaAttrs = newSet(xlat.GenlEthtoolPlcaAttrs, "ETHTOOL_A_PLCA_???", map[uint16]attrDec{
	1: ethtoolHeader, // ETHTOOL_A_PLCA_HEADER
	2: gX16,          // ETHTOOL_A_PLCA_VERSION
	3: gU8,           // ETHTOOL_A_PLCA_ENABLED
	4: gU8,           // ETHTOOL_A_PLCA_STATUS
	5: gU32,          // ETHTOOL_A_PLCA_NODE_CNT
	6: gU32,          // ETHTOOL_A_PLCA_NODE_ID
	7: gU32,          // ETHTOOL_A_PLCA_TO_TMR
	8: gU32,          // ETHTOOL_A_PLCA_BURST_CNT
	9: gU32,          // ETHTOOL_A_PLCA_BURST_TMR
})

var ethtoolMmStatAttrs = newSet(xlat.GenlEthtoolMmStatAttrs, "ETHTOOL_A_MM_STAT_???", map[uint16]attrDec{
	2: gU64, // ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS
	3: gU64, // ETHTOOL_A_MM_STAT_SMD_ERRORS
	4: gU64, // ETHTOOL_A_MM_STAT_REASSEMBLY_OK
	5: gU64, // ETHTOOL_A_MM_STAT_RX_FRAG_COUNT
	6: gU64, // ETHTOOL_A_MM_STAT_TX_FRAG_COUNT
	7: gU64, // ETHTOOL_A_MM_STAT_HOLD_COUNT
})

var ethtoolMmAttrs = newSet(xlat.GenlEthtoolMmAttrs, "ETHTOOL_A_MM_???", map[uint16]attrDec{
	1:  ethtoolHeader,                                                            // ETHTOOL_A_MM_HEADER
	2:  gU8,                                                                      // ETHTOOL_A_MM_PMAC_ENABLED
	3:  gU8,                                                                      // ETHTOOL_A_MM_TX_ENABLED
	4:  gU8,                                                                      // ETHTOOL_A_MM_TX_ACTIVE
	5:  gU32,                                                                     // ETHTOOL_A_MM_TX_MIN_FRAG_SIZE
	6:  gU32,                                                                     // ETHTOOL_A_MM_RX_MIN_FRAG_SIZE
	7:  gU8,                                                                      // ETHTOOL_A_MM_VERIFY_ENABLED
	8:  gXval(xlat.GenlEthtoolMmVerifyStatus, "ETHTOOL_MM_VERIFY_STATUS_???", 1), // ETHTOOL_A_MM_VERIFY_STATUS
	9:  gU32,                                                                     // ETHTOOL_A_MM_VERIFY_TIME
	10: gU32,                                                                     // ETHTOOL_A_MM_MAX_VERIFY_TIME
	11: nestDec{ethtoolMmStatAttrs},                                              // ETHTOOL_A_MM_STATS
})

var ethtoolPhyAttrs = newSet(xlat.GenlEthtoolPhyAttrs, "ETHTOOL_A_PHY_???", map[uint16]attrDec{
	1: ethtoolHeader,                                                              // ETHTOOL_A_PHY_HEADER
	2: gU32,                                                                       // ETHTOOL_A_PHY_INDEX
	3: nlaStr,                                                                     // ETHTOOL_A_PHY_DRVNAME
	4: nlaStr,                                                                     // ETHTOOL_A_PHY_NAME
	5: gXval(xlat.GenlEthtoolPhyUpstreamType, "ETHTOOL_PHY_UPSTREAM_TYPE_???", 4), // ETHTOOL_A_PHY_UPSTREAM_TYPE
	6: gU32,                                                                       // ETHTOOL_A_PHY_UPSTREAM_INDEX
	7: nlaStr,                                                                     // ETHTOOL_A_PHY_UPSTREAM_SFP_NAME
	8: nlaStr,                                                                     // ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME
})
