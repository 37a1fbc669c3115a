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
		xlat.ETHTOOL_MSG_STRSET_GET:          ethtoolStrsetAttrs,
		xlat.ETHTOOL_MSG_LINKINFO_GET:        ethtoolLinkinfoAttrs,
		xlat.ETHTOOL_MSG_LINKINFO_SET:        ethtoolLinkinfoAttrs,
		xlat.ETHTOOL_MSG_LINKMODES_GET:       ethtoolLinkmodesAttrs,
		xlat.ETHTOOL_MSG_LINKMODES_SET:       ethtoolLinkmodesAttrs,
		xlat.ETHTOOL_MSG_LINKSTATE_GET:       ethtoolLinkstateAttrs,
		xlat.ETHTOOL_MSG_DEBUG_GET:           ethtoolDebugAttrs,
		xlat.ETHTOOL_MSG_DEBUG_SET:           ethtoolDebugAttrs,
		xlat.ETHTOOL_MSG_WOL_GET:             ethtoolWolAttrs,
		xlat.ETHTOOL_MSG_WOL_SET:             ethtoolWolAttrs,
		xlat.ETHTOOL_MSG_FEATURES_GET:        ethtoolFeaturesAttrs,
		xlat.ETHTOOL_MSG_FEATURES_SET:        ethtoolFeaturesAttrs,
		xlat.ETHTOOL_MSG_PRIVFLAGS_GET:       ethtoolPrivflagsAttrs,
		xlat.ETHTOOL_MSG_PRIVFLAGS_SET:       ethtoolPrivflagsAttrs,
		xlat.ETHTOOL_MSG_RINGS_GET:           ethtoolRingsAttrs,
		xlat.ETHTOOL_MSG_RINGS_SET:           ethtoolRingsAttrs,
		xlat.ETHTOOL_MSG_CHANNELS_GET:        ethtoolChannelsAttrs,
		xlat.ETHTOOL_MSG_CHANNELS_SET:        ethtoolChannelsAttrs,
		xlat.ETHTOOL_MSG_COALESCE_GET:        ethtoolCoalesceAttrs,
		xlat.ETHTOOL_MSG_COALESCE_SET:        ethtoolCoalesceAttrs,
		xlat.ETHTOOL_MSG_PAUSE_GET:           ethtoolPauseAttrs,
		xlat.ETHTOOL_MSG_PAUSE_SET:           ethtoolPauseAttrs,
		xlat.ETHTOOL_MSG_EEE_GET:             ethtoolEeeAttrs,
		xlat.ETHTOOL_MSG_EEE_SET:             ethtoolEeeAttrs,
		xlat.ETHTOOL_MSG_TSINFO_GET:          ethtoolTsinfoAttrs,
		xlat.ETHTOOL_MSG_CABLE_TEST_ACT:      ethtoolCableTestAttrs,
		xlat.ETHTOOL_MSG_CABLE_TEST_TDR_ACT:  ethtoolCableTestTdrAttrs,
		xlat.ETHTOOL_MSG_TUNNEL_INFO_GET:     ethtoolTunnelInfoAttrs,
		xlat.ETHTOOL_MSG_FEC_GET:             ethtoolFecAttrs,
		xlat.ETHTOOL_MSG_FEC_SET:             ethtoolFecAttrs,
		xlat.ETHTOOL_MSG_MODULE_EEPROM_GET:   ethtoolModuleEepromAttrs,
		xlat.ETHTOOL_MSG_STATS_GET:           ethtoolStatsAttrs,
		xlat.ETHTOOL_MSG_PHC_VCLOCKS_GET:     ethtoolPhcVclocksAttrs,
		xlat.ETHTOOL_MSG_MODULE_GET:          ethtoolModuleAttrs,
		xlat.ETHTOOL_MSG_MODULE_SET:          ethtoolModuleAttrs,
		xlat.ETHTOOL_MSG_PSE_GET:             ethtoolPseAttrs,
		xlat.ETHTOOL_MSG_PSE_SET:             ethtoolPseAttrs,
		xlat.ETHTOOL_MSG_RSS_GET:             ethtoolRssAttrs,
		xlat.ETHTOOL_MSG_PLCA_GET_CFG:        ethtoolPlcaAttrs,
		xlat.ETHTOOL_MSG_PLCA_SET_CFG:        ethtoolPlcaAttrs,
		xlat.ETHTOOL_MSG_PLCA_GET_STATUS:     ethtoolPlcaAttrs,
		xlat.ETHTOOL_MSG_MM_GET:              ethtoolMmAttrs,
		xlat.ETHTOOL_MSG_MM_SET:              ethtoolMmAttrs,
		xlat.ETHTOOL_MSG_MODULE_FW_FLASH_ACT: ethtoolModuleFwFlashAttrs,
		xlat.ETHTOOL_MSG_PHY_GET:             ethtoolPhyAttrs,
		xlat.ETHTOOL_MSG_TSCONFIG_GET:        ethtoolTsconfigAttrs,
		xlat.ETHTOOL_MSG_TSCONFIG_SET:        ethtoolTsconfigAttrs,
		xlat.ETHTOOL_MSG_RSS_SET:             ethtoolRssAttrs,
		xlat.ETHTOOL_MSG_RSS_CREATE_ACT:      ethtoolRssAttrs,
		xlat.ETHTOOL_MSG_RSS_DELETE_ACT:      ethtoolRssAttrs,
	},
	replyAttrs: map[uint8]*attrSet{
		xlat.ETHTOOL_MSG_STRSET_GET_REPLY:        ethtoolStrsetAttrs,
		xlat.ETHTOOL_MSG_LINKINFO_GET_REPLY:      ethtoolLinkinfoAttrs,
		xlat.ETHTOOL_MSG_LINKINFO_NTF:            ethtoolLinkinfoAttrs,
		xlat.ETHTOOL_MSG_LINKMODES_GET_REPLY:     ethtoolLinkmodesAttrs,
		xlat.ETHTOOL_MSG_LINKMODES_NTF:           ethtoolLinkmodesAttrs,
		xlat.ETHTOOL_MSG_LINKSTATE_GET_REPLY:     ethtoolLinkstateAttrs,
		xlat.ETHTOOL_MSG_DEBUG_GET_REPLY:         ethtoolDebugAttrs,
		xlat.ETHTOOL_MSG_DEBUG_NTF:               ethtoolDebugAttrs,
		xlat.ETHTOOL_MSG_WOL_GET_REPLY:           ethtoolWolAttrs,
		xlat.ETHTOOL_MSG_WOL_NTF:                 ethtoolWolAttrs,
		xlat.ETHTOOL_MSG_FEATURES_GET_REPLY:      ethtoolFeaturesAttrs,
		xlat.ETHTOOL_MSG_FEATURES_SET_REPLY:      ethtoolFeaturesAttrs,
		xlat.ETHTOOL_MSG_FEATURES_NTF:            ethtoolFeaturesAttrs,
		xlat.ETHTOOL_MSG_PRIVFLAGS_GET_REPLY:     ethtoolPrivflagsAttrs,
		xlat.ETHTOOL_MSG_PRIVFLAGS_NTF:           ethtoolPrivflagsAttrs,
		xlat.ETHTOOL_MSG_RINGS_GET_REPLY:         ethtoolRingsAttrs,
		xlat.ETHTOOL_MSG_RINGS_NTF:               ethtoolRingsAttrs,
		xlat.ETHTOOL_MSG_CHANNELS_GET_REPLY:      ethtoolChannelsAttrs,
		xlat.ETHTOOL_MSG_CHANNELS_NTF:            ethtoolChannelsAttrs,
		xlat.ETHTOOL_MSG_COALESCE_GET_REPLY:      ethtoolCoalesceAttrs,
		xlat.ETHTOOL_MSG_COALESCE_NTF:            ethtoolCoalesceAttrs,
		xlat.ETHTOOL_MSG_PAUSE_GET_REPLY:         ethtoolPauseAttrs,
		xlat.ETHTOOL_MSG_PAUSE_NTF:               ethtoolPauseAttrs,
		xlat.ETHTOOL_MSG_EEE_GET_REPLY:           ethtoolEeeAttrs,
		xlat.ETHTOOL_MSG_EEE_NTF:                 ethtoolEeeAttrs,
		xlat.ETHTOOL_MSG_TSINFO_GET_REPLY:        ethtoolTsinfoAttrs,
		xlat.ETHTOOL_MSG_CABLE_TEST_NTF:          ethtoolCableTestNtfAttrs,
		xlat.ETHTOOL_MSG_CABLE_TEST_TDR_NTF:      ethtoolCableTestTdrNtfAttrs,
		xlat.ETHTOOL_MSG_TUNNEL_INFO_GET_REPLY:   ethtoolTunnelInfoAttrs,
		xlat.ETHTOOL_MSG_FEC_GET_REPLY:           ethtoolFecAttrs,
		xlat.ETHTOOL_MSG_FEC_NTF:                 ethtoolFecAttrs,
		xlat.ETHTOOL_MSG_MODULE_EEPROM_GET_REPLY: ethtoolModuleEepromAttrs,
		xlat.ETHTOOL_MSG_STATS_GET_REPLY:         ethtoolStatsAttrs,
		xlat.ETHTOOL_MSG_PHC_VCLOCKS_GET_REPLY:   ethtoolPhcVclocksAttrs,
		xlat.ETHTOOL_MSG_MODULE_GET_REPLY:        ethtoolModuleAttrs,
		xlat.ETHTOOL_MSG_MODULE_NTF:              ethtoolModuleAttrs,
		xlat.ETHTOOL_MSG_PSE_GET_REPLY:           ethtoolPseAttrs,
		xlat.ETHTOOL_MSG_RSS_GET_REPLY:           ethtoolRssAttrs,
		xlat.ETHTOOL_MSG_PLCA_GET_CFG_REPLY:      ethtoolPlcaAttrs,
		xlat.ETHTOOL_MSG_PLCA_GET_STATUS_REPLY:   ethtoolPlcaAttrs,
		xlat.ETHTOOL_MSG_PLCA_NTF:                ethtoolPlcaAttrs,
		xlat.ETHTOOL_MSG_MM_GET_REPLY:            ethtoolMmAttrs,
		xlat.ETHTOOL_MSG_MM_NTF:                  ethtoolMmAttrs,
		xlat.ETHTOOL_MSG_MODULE_FW_FLASH_NTF:     ethtoolModuleFwFlashAttrs,
		xlat.ETHTOOL_MSG_PHY_GET_REPLY:           ethtoolPhyAttrs,
		xlat.ETHTOOL_MSG_PHY_NTF:                 ethtoolPhyAttrs,
		xlat.ETHTOOL_MSG_TSCONFIG_GET_REPLY:      ethtoolTsconfigAttrs,
		xlat.ETHTOOL_MSG_TSCONFIG_SET_REPLY:      ethtoolTsconfigAttrs,
		xlat.ETHTOOL_MSG_PSE_NTF:                 ethtoolPseNtfAttrs,
		xlat.ETHTOOL_MSG_RSS_NTF:                 ethtoolRssAttrs,
		xlat.ETHTOOL_MSG_RSS_CREATE_ACT_REPLY:    ethtoolRssAttrs,
		xlat.ETHTOOL_MSG_RSS_CREATE_NTF:          ethtoolRssAttrs,
		xlat.ETHTOOL_MSG_RSS_DELETE_NTF:          ethtoolRssAttrs,
	},
}

var ethtoolHeader = nestDec{newSet(xlat.GenlEthtoolHeaderAttrs, "ETHTOOL_A_HEADER_???", []attrDec{
	xlat.ETHTOOL_A_HEADER_DEV_INDEX: gIfindex,
	xlat.ETHTOOL_A_HEADER_DEV_NAME:  nlaStr,
	xlat.ETHTOOL_A_HEADER_FLAGS:     gFlags(xlat.GenlEthtoolHeaderFlags, "ETHTOOL_FLAG_???", 4),
	xlat.ETHTOOL_A_HEADER_PHY_INDEX: gU32,
})}

// A bitset is a list of bits (index, name, value) or, compact, a value
// and a mask as arrays of 32-bit words.
var ethtoolBitsetBitAttrs = newSet(xlat.GenlEthtoolBitsetBitAttrs, "ETHTOOL_A_BITSET_BIT_???", []attrDec{
	xlat.ETHTOOL_A_BITSET_BIT_INDEX: gU32,
	xlat.ETHTOOL_A_BITSET_BIT_NAME:  nlaStr,
	// ETHTOOL_A_BITSET_BIT_VALUE is a flag
})

var ethtoolBitsetBitsAttrs = newSet(xlat.GenlEthtoolBitsetBitsAttrs, "ETHTOOL_A_BITSET_BITS_???", []attrDec{
	xlat.ETHTOOL_A_BITSET_BITS_BIT: nestDec{ethtoolBitsetBitAttrs},
})

var ethtoolBitset = nestDec{newSet(xlat.GenlEthtoolBitsetAttrs, "ETHTOOL_A_BITSET_???", []attrDec{
	xlat.ETHTOOL_A_BITSET_SIZE:  gU32,
	xlat.ETHTOOL_A_BITSET_BITS:  nestDec{ethtoolBitsetBitsAttrs},
	xlat.ETHTOOL_A_BITSET_VALUE: gWords,
	xlat.ETHTOOL_A_BITSET_MASK:  gWords,
})}

// --- string sets ---

var ethtoolStringAttrs = newSet(xlat.GenlEthtoolStringAttrs, "ETHTOOL_A_STRING_???", []attrDec{
	xlat.ETHTOOL_A_STRING_INDEX: gU32,
	xlat.ETHTOOL_A_STRING_VALUE: nlaStr,
})

var ethtoolStringsAttrs = newSet(xlat.GenlEthtoolStringsAttrs, "ETHTOOL_A_STRINGS_???", []attrDec{
	xlat.ETHTOOL_A_STRINGS_STRING: nestDec{ethtoolStringAttrs},
})

var ethtoolStringsetAttrs = newSet(xlat.GenlEthtoolStringsetAttrs, "ETHTOOL_A_STRINGSET_???", []attrDec{
	xlat.ETHTOOL_A_STRINGSET_ID:      gXval(xlat.GenlEthtoolStringsetIds, "ETH_SS_???", 4),
	xlat.ETHTOOL_A_STRINGSET_COUNT:   gU32,
	xlat.ETHTOOL_A_STRINGSET_STRINGS: nestDec{ethtoolStringsAttrs},
})

var ethtoolStringsetsAttrs = newSet(xlat.GenlEthtoolStringsetsAttrs, "ETHTOOL_A_STRINGSETS_???", []attrDec{
	xlat.ETHTOOL_A_STRINGSETS_STRINGSET: nestDec{ethtoolStringsetAttrs},
})

var ethtoolStrsetAttrs = newSet(xlat.GenlEthtoolStrsetAttrs, "ETHTOOL_A_STRSET_???", []attrDec{
	xlat.ETHTOOL_A_STRSET_HEADER:     ethtoolHeader,
	xlat.ETHTOOL_A_STRSET_STRINGSETS: nestDec{ethtoolStringsetsAttrs},
	// ETHTOOL_A_STRSET_COUNTS_ONLY is a flag
})

// --- link settings and state ---

var ethtoolLinkinfoAttrs = newSet(xlat.GenlEthtoolLinkinfoAttrs, "ETHTOOL_A_LINKINFO_???", []attrDec{
	xlat.ETHTOOL_A_LINKINFO_HEADER:       ethtoolHeader,
	xlat.ETHTOOL_A_LINKINFO_PORT:         gXval(xlat.GenlEthtoolPorts, "PORT_???", 1),
	xlat.ETHTOOL_A_LINKINFO_PHYADDR:      gU8,
	xlat.ETHTOOL_A_LINKINFO_TP_MDIX:      gXval(xlat.GenlEthtoolTpMdi, "ETH_TP_MDI_???", 1),
	xlat.ETHTOOL_A_LINKINFO_TP_MDIX_CTRL: gXval(xlat.GenlEthtoolTpMdi, "ETH_TP_MDI_???", 1),
	xlat.ETHTOOL_A_LINKINFO_TRANSCEIVER:  gXval(xlat.GenlEthtoolXcvr, "XCVR_???", 1),
})

var ethtoolLinkmodesAttrs = newSet(xlat.GenlEthtoolLinkmodesAttrs, "ETHTOOL_A_LINKMODES_???", []attrDec{
	xlat.ETHTOOL_A_LINKMODES_HEADER:             ethtoolHeader,
	xlat.ETHTOOL_A_LINKMODES_AUTONEG:            gXval(xlat.GenlEthtoolAutoneg, "AUTONEG_???", 1),
	xlat.ETHTOOL_A_LINKMODES_OURS:               ethtoolBitset,
	xlat.ETHTOOL_A_LINKMODES_PEER:               ethtoolBitset,
	xlat.ETHTOOL_A_LINKMODES_SPEED:              gU32,
	xlat.ETHTOOL_A_LINKMODES_DUPLEX:             gXval(xlat.GenlEthtoolDuplex, "DUPLEX_???", 1),
	xlat.ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG:   gXval(xlat.GenlEthtoolMasterSlaveCfg, "MASTER_SLAVE_CFG_???", 1),
	xlat.ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE: gXval(xlat.GenlEthtoolMasterSlaveState, "MASTER_SLAVE_STATE_???", 1),
	xlat.ETHTOOL_A_LINKMODES_LANES:              gU32,
	xlat.ETHTOOL_A_LINKMODES_RATE_MATCHING:      gXval(xlat.GenlEthtoolRateMatch, "RATE_MATCH_???", 1),
})

var ethtoolLinkstateAttrs = newSet(xlat.GenlEthtoolLinkstateAttrs, "ETHTOOL_A_LINKSTATE_???", []attrDec{
	xlat.ETHTOOL_A_LINKSTATE_HEADER:       ethtoolHeader,
	xlat.ETHTOOL_A_LINKSTATE_LINK:         gU8,
	xlat.ETHTOOL_A_LINKSTATE_SQI:          gU32,
	xlat.ETHTOOL_A_LINKSTATE_SQI_MAX:      gU32,
	xlat.ETHTOOL_A_LINKSTATE_EXT_STATE:    gXval(xlat.GenlEthtoolLinkExtState, "ETHTOOL_LINK_EXT_STATE_???", 1),
	xlat.ETHTOOL_A_LINKSTATE_EXT_SUBSTATE: gU8,
	xlat.ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT: gU32,
})

var ethtoolDebugAttrs = newSet(xlat.GenlEthtoolDebugAttrs, "ETHTOOL_A_DEBUG_???", []attrDec{
	xlat.ETHTOOL_A_DEBUG_HEADER:  ethtoolHeader,
	xlat.ETHTOOL_A_DEBUG_MSGMASK: ethtoolBitset,
})

var ethtoolWolAttrs = newSet(xlat.GenlEthtoolWolAttrs, "ETHTOOL_A_WOL_???", []attrDec{
	xlat.ETHTOOL_A_WOL_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_WOL_MODES:  ethtoolBitset,
	// ETHTOOL_A_WOL_SOPASS is binary
})

var ethtoolFeaturesAttrs = newSet(xlat.GenlEthtoolFeaturesAttrs, "ETHTOOL_A_FEATURES_???", []attrDec{
	xlat.ETHTOOL_A_FEATURES_HEADER:   ethtoolHeader,
	xlat.ETHTOOL_A_FEATURES_HW:       ethtoolBitset,
	xlat.ETHTOOL_A_FEATURES_WANTED:   ethtoolBitset,
	xlat.ETHTOOL_A_FEATURES_ACTIVE:   ethtoolBitset,
	xlat.ETHTOOL_A_FEATURES_NOCHANGE: ethtoolBitset,
})

var ethtoolPrivflagsAttrs = newSet(xlat.GenlEthtoolPrivflagsAttrs, "ETHTOOL_A_PRIVFLAGS_???", []attrDec{
	xlat.ETHTOOL_A_PRIVFLAGS_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_PRIVFLAGS_FLAGS:  ethtoolBitset,
})

// --- rings, channels, coalescing, pause, EEE ---

var ethtoolRingsAttrs = newSet(xlat.GenlEthtoolRingsAttrs, "ETHTOOL_A_RINGS_???", []attrDec{
	xlat.ETHTOOL_A_RINGS_HEADER:              ethtoolHeader,
	xlat.ETHTOOL_A_RINGS_RX_MAX:              gU32,
	xlat.ETHTOOL_A_RINGS_RX_MINI_MAX:         gU32,
	xlat.ETHTOOL_A_RINGS_RX_JUMBO_MAX:        gU32,
	xlat.ETHTOOL_A_RINGS_TX_MAX:              gU32,
	xlat.ETHTOOL_A_RINGS_RX:                  gU32,
	xlat.ETHTOOL_A_RINGS_RX_MINI:             gU32,
	xlat.ETHTOOL_A_RINGS_RX_JUMBO:            gU32,
	xlat.ETHTOOL_A_RINGS_TX:                  gU32,
	xlat.ETHTOOL_A_RINGS_RX_BUF_LEN:          gU32,
	xlat.ETHTOOL_A_RINGS_TCP_DATA_SPLIT:      gXval(xlat.GenlEthtoolTcpDataSplit, "ETHTOOL_TCP_DATA_SPLIT_???", 1),
	xlat.ETHTOOL_A_RINGS_CQE_SIZE:            gU32,
	xlat.ETHTOOL_A_RINGS_TX_PUSH:             gU8,
	xlat.ETHTOOL_A_RINGS_RX_PUSH:             gU8,
	xlat.ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN:     gU32,
	xlat.ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX: gU32,
	xlat.ETHTOOL_A_RINGS_HDS_THRESH:          gU32,
	xlat.ETHTOOL_A_RINGS_HDS_THRESH_MAX:      gU32,
})

var ethtoolChannelsAttrs = newSet(xlat.GenlEthtoolChannelsAttrs, "ETHTOOL_A_CHANNELS_???", []attrDec{
	xlat.ETHTOOL_A_CHANNELS_HEADER:         ethtoolHeader,
	xlat.ETHTOOL_A_CHANNELS_RX_MAX:         gU32,
	xlat.ETHTOOL_A_CHANNELS_TX_MAX:         gU32,
	xlat.ETHTOOL_A_CHANNELS_OTHER_MAX:      gU32,
	xlat.ETHTOOL_A_CHANNELS_COMBINED_MAX:   gU32,
	xlat.ETHTOOL_A_CHANNELS_RX_COUNT:       gU32,
	xlat.ETHTOOL_A_CHANNELS_TX_COUNT:       gU32,
	xlat.ETHTOOL_A_CHANNELS_OTHER_COUNT:    gU32,
	xlat.ETHTOOL_A_CHANNELS_COMBINED_COUNT: gU32,
})

var ethtoolIrqModerationAttrs = newSet(xlat.GenlEthtoolIrqModerationAttrs, "ETHTOOL_A_IRQ_MODERATION_???", []attrDec{
	xlat.ETHTOOL_A_IRQ_MODERATION_USEC:  gU32,
	xlat.ETHTOOL_A_IRQ_MODERATION_PKTS:  gU32,
	xlat.ETHTOOL_A_IRQ_MODERATION_COMPS: gU32,
})

var ethtoolProfile = nestDec{newSet(xlat.GenlEthtoolProfileAttrs, "ETHTOOL_A_PROFILE_???", []attrDec{
	xlat.ETHTOOL_A_PROFILE_IRQ_MODERATION: nestDec{ethtoolIrqModerationAttrs},
})}

var ethtoolCoalesceAttrs = newSet(xlat.GenlEthtoolCoalesceAttrs, "ETHTOOL_A_COALESCE_???", []attrDec{
	xlat.ETHTOOL_A_COALESCE_HEADER:               ethtoolHeader,
	xlat.ETHTOOL_A_COALESCE_RX_USECS:             gU32,
	xlat.ETHTOOL_A_COALESCE_RX_MAX_FRAMES:        gU32,
	xlat.ETHTOOL_A_COALESCE_RX_USECS_IRQ:         gU32,
	xlat.ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ:    gU32,
	xlat.ETHTOOL_A_COALESCE_TX_USECS:             gU32,
	xlat.ETHTOOL_A_COALESCE_TX_MAX_FRAMES:        gU32,
	xlat.ETHTOOL_A_COALESCE_TX_USECS_IRQ:         gU32,
	xlat.ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ:    gU32,
	xlat.ETHTOOL_A_COALESCE_STATS_BLOCK_USECS:    gU32,
	xlat.ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX:      gU8,
	xlat.ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX:      gU8,
	xlat.ETHTOOL_A_COALESCE_PKT_RATE_LOW:         gU32,
	xlat.ETHTOOL_A_COALESCE_RX_USECS_LOW:         gU32,
	xlat.ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW:    gU32,
	xlat.ETHTOOL_A_COALESCE_TX_USECS_LOW:         gU32,
	xlat.ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW:    gU32,
	xlat.ETHTOOL_A_COALESCE_PKT_RATE_HIGH:        gU32,
	xlat.ETHTOOL_A_COALESCE_RX_USECS_HIGH:        gU32,
	xlat.ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH:   gU32,
	xlat.ETHTOOL_A_COALESCE_TX_USECS_HIGH:        gU32,
	xlat.ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH:   gU32,
	xlat.ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL: gU32,
	xlat.ETHTOOL_A_COALESCE_USE_CQE_MODE_TX:      gU8,
	xlat.ETHTOOL_A_COALESCE_USE_CQE_MODE_RX:      gU8,
	xlat.ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES:    gU32,
	xlat.ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES:   gU32,
	xlat.ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS:   gU32,
	xlat.ETHTOOL_A_COALESCE_RX_PROFILE:           ethtoolProfile,
	xlat.ETHTOOL_A_COALESCE_TX_PROFILE:           ethtoolProfile,
})

var ethtoolPauseStatAttrs = newSet(xlat.GenlEthtoolPauseStatAttrs, "ETHTOOL_A_PAUSE_STAT_???", []attrDec{
	xlat.ETHTOOL_A_PAUSE_STAT_TX_FRAMES: gU64,
	xlat.ETHTOOL_A_PAUSE_STAT_RX_FRAMES: gU64,
})

var ethtoolPauseAttrs = newSet(xlat.GenlEthtoolPauseAttrs, "ETHTOOL_A_PAUSE_???", []attrDec{
	xlat.ETHTOOL_A_PAUSE_HEADER:    ethtoolHeader,
	xlat.ETHTOOL_A_PAUSE_AUTONEG:   gU8,
	xlat.ETHTOOL_A_PAUSE_RX:        gU8,
	xlat.ETHTOOL_A_PAUSE_TX:        gU8,
	xlat.ETHTOOL_A_PAUSE_STATS:     nestDec{ethtoolPauseStatAttrs},
	xlat.ETHTOOL_A_PAUSE_STATS_SRC: gXval(xlat.GenlEthtoolMacStatsSrc, "ETHTOOL_MAC_STATS_SRC_???", 4),
})

var ethtoolEeeAttrs = newSet(xlat.GenlEthtoolEeeAttrs, "ETHTOOL_A_EEE_???", []attrDec{
	xlat.ETHTOOL_A_EEE_HEADER:         ethtoolHeader,
	xlat.ETHTOOL_A_EEE_MODES_OURS:     ethtoolBitset,
	xlat.ETHTOOL_A_EEE_MODES_PEER:     ethtoolBitset,
	xlat.ETHTOOL_A_EEE_ACTIVE:         gU8,
	xlat.ETHTOOL_A_EEE_ENABLED:        gU8,
	xlat.ETHTOOL_A_EEE_TX_LPI_ENABLED: gU8,
	xlat.ETHTOOL_A_EEE_TX_LPI_TIMER:   gU32,
})

// --- timestamping ---

var ethtoolTsStatAttrs = newSet(xlat.GenlEthtoolTsStatAttrs, "ETHTOOL_A_TS_STAT_???", []attrDec{
	xlat.ETHTOOL_A_TS_STAT_TX_PKTS:                     gUint,
	xlat.ETHTOOL_A_TS_STAT_TX_LOST:                     gUint,
	xlat.ETHTOOL_A_TS_STAT_TX_ERR:                      gUint,
	xlat.ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED: gUint,
})

var ethtoolHwtstampProvider = nestDec{newSet(xlat.GenlEthtoolTsHwtstampProviderAttrs, "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_???", []attrDec{
	xlat.ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX:     gU32,
	xlat.ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER: gU32,
})}

var ethtoolTsinfoAttrs = newSet(xlat.GenlEthtoolTsinfoAttrs, "ETHTOOL_A_TSINFO_???", []attrDec{
	xlat.ETHTOOL_A_TSINFO_HEADER:            ethtoolHeader,
	xlat.ETHTOOL_A_TSINFO_TIMESTAMPING:      ethtoolBitset,
	xlat.ETHTOOL_A_TSINFO_TX_TYPES:          ethtoolBitset,
	xlat.ETHTOOL_A_TSINFO_RX_FILTERS:        ethtoolBitset,
	xlat.ETHTOOL_A_TSINFO_PHC_INDEX:         gU32,
	xlat.ETHTOOL_A_TSINFO_STATS:             nestDec{ethtoolTsStatAttrs},
	xlat.ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER: ethtoolHwtstampProvider,
	xlat.ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE:   gXval(xlat.GenlEthtoolHwtstampSource, "HWTSTAMP_SOURCE_???", 4),
	xlat.ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX: gU32,
})

var ethtoolTsconfigAttrs = newSet(xlat.GenlEthtoolTsconfigAttrs, "ETHTOOL_A_TSCONFIG_???", []attrDec{
	xlat.ETHTOOL_A_TSCONFIG_HEADER:            ethtoolHeader,
	xlat.ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER: ethtoolHwtstampProvider,
	xlat.ETHTOOL_A_TSCONFIG_TX_TYPES:          ethtoolBitset,
	xlat.ETHTOOL_A_TSCONFIG_RX_FILTERS:        ethtoolBitset,
	xlat.ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS:    ethtoolBitset,
})

var ethtoolPhcVclocksAttrs = newSet(xlat.GenlEthtoolPhcVclocksAttrs, "ETHTOOL_A_PHC_VCLOCKS_???", []attrDec{
	xlat.ETHTOOL_A_PHC_VCLOCKS_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_PHC_VCLOCKS_NUM:    gU32,
	xlat.ETHTOOL_A_PHC_VCLOCKS_INDEX:  gArray(4, FmtD),
})

// --- cable tests ---

var cablePair = gXval(xlat.GenlEthtoolCablePairs, "ETHTOOL_A_CABLE_PAIR_???", 1)
var cableSrc = gXval(xlat.GenlEthtoolCableInfSrc, "ETHTOOL_A_CABLE_INF_SRC_???", 4)
var cableStatus = gXval(xlat.GenlEthtoolCableTestNtfStatus, "ETHTOOL_A_CABLE_TEST_NTF_STATUS_???", 1)

var ethtoolCableResultAttrs = newSet(xlat.GenlEthtoolCableResultAttrs, "ETHTOOL_A_CABLE_RESULT_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_RESULT_PAIR: cablePair,
	xlat.ETHTOOL_A_CABLE_RESULT_CODE: gXval(xlat.GenlEthtoolCableResultCodes, "ETHTOOL_A_CABLE_RESULT_CODE_???", 1),
	xlat.ETHTOOL_A_CABLE_RESULT_SRC:  cableSrc,
})

var ethtoolCableFaultLengthAttrs = newSet(xlat.GenlEthtoolCableFaultLengthAttrs, "ETHTOOL_A_CABLE_FAULT_LENGTH_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR: cablePair,
	xlat.ETHTOOL_A_CABLE_FAULT_LENGTH_CM:   gU32,
	xlat.ETHTOOL_A_CABLE_FAULT_LENGTH_SRC:  cableSrc,
})

var ethtoolCableNestAttrs = newSet(xlat.GenlEthtoolCableNestAttrs, "ETHTOOL_A_CABLE_NEST_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_NEST_RESULT:       nestDec{ethtoolCableResultAttrs},
	xlat.ETHTOOL_A_CABLE_NEST_FAULT_LENGTH: nestDec{ethtoolCableFaultLengthAttrs},
})

var ethtoolCableTestAttrs = newSet(xlat.GenlEthtoolCableTestAttrs, "ETHTOOL_A_CABLE_TEST_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_TEST_HEADER: ethtoolHeader,
})

var ethtoolCableTestNtfAttrs = newSet(xlat.GenlEthtoolCableTestNtfAttrs, "ETHTOOL_A_CABLE_TEST_NTF_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_TEST_NTF_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_CABLE_TEST_NTF_STATUS: cableStatus,
	xlat.ETHTOOL_A_CABLE_TEST_NTF_NEST:   nestDec{ethtoolCableNestAttrs},
})

var ethtoolCableTestTdrCfgAttrs = newSet(xlat.GenlEthtoolCableTestTdrCfgAttrs, "ETHTOOL_A_CABLE_TEST_TDR_CFG_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST: gU32,
	xlat.ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST:  gU32,
	xlat.ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP:  gU32,
	xlat.ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR:  cablePair,
})

var ethtoolCableTestTdrAttrs = newSet(xlat.GenlEthtoolCableTestTdrAttrs, "ETHTOOL_A_CABLE_TEST_TDR_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_TEST_TDR_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_CABLE_TEST_TDR_CFG:    nestDec{ethtoolCableTestTdrCfgAttrs},
})

var ethtoolCableAmplitudeAttrs = newSet(xlat.GenlEthtoolCableAmplitudeAttrs, "ETHTOOL_A_CABLE_AMPLITUDE_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_AMPLITUDE_PAIR: cablePair,
	xlat.ETHTOOL_A_CABLE_AMPLITUDE_mV:   gS16,
})

var ethtoolCablePulseAttrs = newSet(xlat.GenlEthtoolCablePulseAttrs, "ETHTOOL_A_CABLE_PULSE_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_PULSE_mV: gS16,
})

var ethtoolCableStepAttrs = newSet(xlat.GenlEthtoolCableStepAttrs, "ETHTOOL_A_CABLE_STEP_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_STEP_FIRST_DISTANCE: gU32,
	xlat.ETHTOOL_A_CABLE_STEP_LAST_DISTANCE:  gU32,
	xlat.ETHTOOL_A_CABLE_STEP_STEP_DISTANCE:  gU32,
})

var ethtoolCableTdrNestAttrs = newSet(xlat.GenlEthtoolCableTdrNestAttrs, "ETHTOOL_A_CABLE_TDR_NEST_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_TDR_NEST_STEP:      nestDec{ethtoolCableStepAttrs},
	xlat.ETHTOOL_A_CABLE_TDR_NEST_AMPLITUDE: nestDec{ethtoolCableAmplitudeAttrs},
	xlat.ETHTOOL_A_CABLE_TDR_NEST_PULSE:     nestDec{ethtoolCablePulseAttrs},
})

var ethtoolCableTestTdrNtfAttrs = newSet(xlat.GenlEthtoolCableTestTdrNtfAttrs, "ETHTOOL_A_CABLE_TEST_TDR_NTF_???", []attrDec{
	xlat.ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS: cableStatus,
	xlat.ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST:   nestDec{ethtoolCableTdrNestAttrs},
})

// --- tunnels, FEC, modules, statistics ---

var ethtoolTunnelUDPEntryAttrs = newSet(xlat.GenlEthtoolTunnelUdpEntryAttrs, "ETHTOOL_A_TUNNEL_UDP_ENTRY_???", []attrDec{
	xlat.ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT: numDec{size: 2, fmt: FmtU, exact: true, be: true},
	xlat.ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE: gXval(xlat.GenlEthtoolUdpTunnelType, "ETHTOOL_UDP_TUNNEL_TYPE_???", 4),
})

var ethtoolTunnelUDPTableAttrs = newSet(xlat.GenlEthtoolTunnelUdpTableAttrs, "ETHTOOL_A_TUNNEL_UDP_TABLE_???", []attrDec{
	xlat.ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE:  gU32,
	xlat.ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES: ethtoolBitset,
	xlat.ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY: nestDec{ethtoolTunnelUDPEntryAttrs},
})

var ethtoolTunnelUDPAttrs = newSet(xlat.GenlEthtoolTunnelUdpAttrs, "ETHTOOL_A_TUNNEL_UDP_???", []attrDec{
	xlat.ETHTOOL_A_TUNNEL_UDP_TABLE: nestDec{ethtoolTunnelUDPTableAttrs},
})

var ethtoolTunnelInfoAttrs = newSet(xlat.GenlEthtoolTunnelInfoAttrs, "ETHTOOL_A_TUNNEL_INFO_???", []attrDec{
	xlat.ETHTOOL_A_TUNNEL_INFO_HEADER:    ethtoolHeader,
	xlat.ETHTOOL_A_TUNNEL_INFO_UDP_PORTS: nestDec{ethtoolTunnelUDPAttrs},
})

var ethtoolFecStatAttrs = newSet(xlat.GenlEthtoolFecStatAttrs, "ETHTOOL_A_FEC_STAT_???", []attrDec{
	xlat.ETHTOOL_A_FEC_STAT_CORRECTED: gArray(8, FmtU),
	xlat.ETHTOOL_A_FEC_STAT_UNCORR:    gArray(8, FmtU),
	xlat.ETHTOOL_A_FEC_STAT_CORR_BITS: gArray(8, FmtU),
})

var ethtoolFecAttrs = newSet(xlat.GenlEthtoolFecAttrs, "ETHTOOL_A_FEC_???", []attrDec{
	xlat.ETHTOOL_A_FEC_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_FEC_MODES:  ethtoolBitset,
	xlat.ETHTOOL_A_FEC_AUTO:   gU8,
	xlat.ETHTOOL_A_FEC_ACTIVE: gU32,
	xlat.ETHTOOL_A_FEC_STATS:  nestDec{ethtoolFecStatAttrs},
})

var ethtoolModuleEepromAttrs = newSet(xlat.GenlEthtoolModuleEepromAttrs, "ETHTOOL_A_MODULE_EEPROM_???", []attrDec{
	xlat.ETHTOOL_A_MODULE_EEPROM_HEADER:      ethtoolHeader,
	xlat.ETHTOOL_A_MODULE_EEPROM_OFFSET:      gU32,
	xlat.ETHTOOL_A_MODULE_EEPROM_LENGTH:      gU32,
	xlat.ETHTOOL_A_MODULE_EEPROM_PAGE:        gU8,
	xlat.ETHTOOL_A_MODULE_EEPROM_BANK:        gU8,
	xlat.ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS: gX8,
	// ETHTOOL_A_MODULE_EEPROM_DATA is binary
})

var ethtoolModuleAttrs = newSet(xlat.GenlEthtoolModuleAttrs, "ETHTOOL_A_MODULE_???", []attrDec{
	xlat.ETHTOOL_A_MODULE_HEADER:            ethtoolHeader,
	xlat.ETHTOOL_A_MODULE_POWER_MODE_POLICY: gXval(xlat.GenlEthtoolModulePowerModePolicy, "ETHTOOL_MODULE_POWER_MODE_POLICY_???", 1),
	xlat.ETHTOOL_A_MODULE_POWER_MODE:        gXval(xlat.GenlEthtoolModulePowerMode, "ETHTOOL_MODULE_POWER_MODE_???", 1),
})

var ethtoolModuleFwFlashAttrs = newSet(xlat.GenlEthtoolModuleFwFlashAttrs, "ETHTOOL_A_MODULE_FW_FLASH_???", []attrDec{
	xlat.ETHTOOL_A_MODULE_FW_FLASH_HEADER:     ethtoolHeader,
	xlat.ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME:  nlaStr,
	xlat.ETHTOOL_A_MODULE_FW_FLASH_PASSWORD:   gU32,
	xlat.ETHTOOL_A_MODULE_FW_FLASH_STATUS:     gXval(xlat.GenlEthtoolModuleFwFlashStatus, "ETHTOOL_MODULE_FW_FLASH_STATUS_???", 4),
	xlat.ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG: nlaStr,
	xlat.ETHTOOL_A_MODULE_FW_FLASH_DONE:       gUint,
	xlat.ETHTOOL_A_MODULE_FW_FLASH_TOTAL:      gUint,
})

// The counters of ETHTOOL_A_STATS_GRP_STAT are attributes whose types
// are counter ids of the group (ETHTOOL_A_STATS_GRP_ID) before them.
var ethtoolStatGroups = map[uint64]*attrSet{
	xlat.ETHTOOL_STATS_ETH_PHY:  ethtoolCounters(xlat.GenlEthtoolStatsEthPhy),
	xlat.ETHTOOL_STATS_ETH_MAC:  ethtoolCounters(xlat.GenlEthtoolStatsEthMac),
	xlat.ETHTOOL_STATS_ETH_CTRL: ethtoolCounters(xlat.GenlEthtoolStatsEthCtrl),
	xlat.ETHTOOL_STATS_RMON:     ethtoolCounters(xlat.GenlEthtoolStatsRmon),
	xlat.ETHTOOL_STATS_PHY:      ethtoolCounters(xlat.GenlEthtoolStatsPhy),
}

var ethtoolAnyCounters = ethtoolCounters(nil)

func ethtoolCounters(t *xlat.Table) *attrSet {
	return &attrSet{names: t, byType: func(*state, uint16) attrDec { return gU64 }}
}

var ethtoolStatsGrpAttrs = newSet(xlat.GenlEthtoolStatsGrpAttrs, "ETHTOOL_A_STATS_GRP_???", []attrDec{
	xlat.ETHTOOL_A_STATS_GRP_ID:    kindDec{size: 4, tab: xlat.GenlEthtoolStatsGroups, dflt: "ETHTOOL_STATS_???", nf: numX},
	xlat.ETHTOOL_A_STATS_GRP_SS_ID: gXval(xlat.GenlEthtoolStringsetIds, "ETH_SS_???", 4),
	xlat.ETHTOOL_A_STATS_GRP_STAT: funcDec(func(s *state, off, n int) bool { // ETHTOOL_A_STATS_GRP_STAT
		set := ethtoolAnyCounters
		if s.ctx.aux > 0 {
			if g, ok := ethtoolStatGroups[s.ctx.aux-1]; ok {
				set = g
			}
		}
		s.attrs(off, n, set)
		return true
	}),
	xlat.ETHTOOL_A_STATS_GRP_HIST_RX:      nestDec{ethtoolStatsGrpAttrs0},
	xlat.ETHTOOL_A_STATS_GRP_HIST_TX:      nestDec{ethtoolStatsGrpAttrs0},
	xlat.ETHTOOL_A_STATS_GRP_HIST_BKT_LOW: gU32,
	xlat.ETHTOOL_A_STATS_GRP_HIST_BKT_HI:  gU32,
	xlat.ETHTOOL_A_STATS_GRP_HIST_VAL:     gU64,
})

// ethtoolStatsGrpAttrs0 is the same set for the histogram buckets nested
// in a group.
var ethtoolStatsGrpAttrs0 = newSet(xlat.GenlEthtoolStatsGrpAttrs, "ETHTOOL_A_STATS_GRP_???", []attrDec{
	xlat.ETHTOOL_A_STATS_GRP_HIST_BKT_LOW: gU32,
	xlat.ETHTOOL_A_STATS_GRP_HIST_BKT_HI:  gU32,
	xlat.ETHTOOL_A_STATS_GRP_HIST_VAL:     gU64,
})

var ethtoolStatsAttrs = newSet(xlat.GenlEthtoolStatsAttrs, "ETHTOOL_A_STATS_???", []attrDec{
	xlat.ETHTOOL_A_STATS_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_STATS_GROUPS: ethtoolBitset,
	xlat.ETHTOOL_A_STATS_GRP:    nestDec{ethtoolStatsGrpAttrs},
	xlat.ETHTOOL_A_STATS_SRC:    gXval(xlat.GenlEthtoolMacStatsSrc, "ETHTOOL_MAC_STATS_SRC_???", 4),
})

// --- power over ethernet, RSS, PLCA, MAC merge, PHYs ---

var ethtoolPsePwLimitAttrs = newSet(xlat.GenlEthtoolC33PsePwLimitAttrs, "ETHTOOL_A_C33_PSE_PW_LIMIT_???", []attrDec{
	xlat.ETHTOOL_A_C33_PSE_PW_LIMIT_MIN: gU32,
	xlat.ETHTOOL_A_C33_PSE_PW_LIMIT_MAX: gU32,
})

var ethtoolPseAttrs = newSet(xlat.GenlEthtoolPseAttrs, "ETHTOOL_A_PSE_???", []attrDec{
	xlat.ETHTOOL_A_PSE_HEADER:              ethtoolHeader,
	xlat.ETHTOOL_A_PODL_PSE_ADMIN_STATE:    gXval(xlat.GenlEthtoolPodlPseAdminState, "ETHTOOL_PODL_PSE_ADMIN_STATE_???", 4),
	xlat.ETHTOOL_A_PODL_PSE_ADMIN_CONTROL:  gXval(xlat.GenlEthtoolPodlPseAdminState, "ETHTOOL_PODL_PSE_ADMIN_STATE_???", 4),
	xlat.ETHTOOL_A_PODL_PSE_PW_D_STATUS:    gXval(xlat.GenlEthtoolPodlPsePwDStatus, "ETHTOOL_PODL_PSE_PW_D_STATUS_???", 4),
	xlat.ETHTOOL_A_C33_PSE_ADMIN_STATE:     gXval(xlat.GenlEthtoolC33PseAdminState, "ETHTOOL_C33_PSE_ADMIN_STATE_???", 4),
	xlat.ETHTOOL_A_C33_PSE_ADMIN_CONTROL:   gXval(xlat.GenlEthtoolC33PseAdminState, "ETHTOOL_C33_PSE_ADMIN_STATE_???", 4),
	xlat.ETHTOOL_A_C33_PSE_PW_D_STATUS:     gXval(xlat.GenlEthtoolC33PsePwDStatus, "ETHTOOL_C33_PSE_PW_D_STATUS_???", 4),
	xlat.ETHTOOL_A_C33_PSE_PW_CLASS:        gU32,
	xlat.ETHTOOL_A_C33_PSE_ACTUAL_PW:       gU32,
	xlat.ETHTOOL_A_C33_PSE_EXT_STATE:       gXval(xlat.GenlEthtoolC33PseExtState, "ETHTOOL_C33_PSE_EXT_STATE_???", 4),
	xlat.ETHTOOL_A_C33_PSE_EXT_SUBSTATE:    gU32,
	xlat.ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT:  gU32,
	xlat.ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES: nestDec{ethtoolPsePwLimitAttrs},
	xlat.ETHTOOL_A_PSE_PW_D_ID:             gU32,
	xlat.ETHTOOL_A_PSE_PRIO_MAX:            gU32,
	xlat.ETHTOOL_A_PSE_PRIO:                gU32,
})

var ethtoolPseNtfAttrs = newSet(xlat.GenlEthtoolPseNtfAttrs, "ETHTOOL_A_PSE_NTF_???", []attrDec{
	xlat.ETHTOOL_A_PSE_NTF_HEADER: ethtoolHeader,
	xlat.ETHTOOL_A_PSE_NTF_EVENTS: uintFlagsDec{xlat.GenlEthtoolPseEvents, "ETHTOOL_PSE_EVENT_???"},
})

var ethtoolFlowAttrs = &attrSet{names: xlat.GenlEthtoolFlowAttrs, dflt: "ETHTOOL_A_FLOW_???", byType: func(*state, uint16) attrDec {
	return ethtoolRxh
}}

// ethtoolRxh prints the RXH_* fields a flow type hashes on (NLA_UINT).
var ethtoolRxh = uintFlagsDec{xlat.GenlEthtoolRxh, "RXH_???"}

var ethtoolRssAttrs = newSet(xlat.GenlEthtoolRssAttrs, "ETHTOOL_A_RSS_???", []attrDec{
	xlat.ETHTOOL_A_RSS_HEADER:  ethtoolHeader,
	xlat.ETHTOOL_A_RSS_CONTEXT: gU32,
	xlat.ETHTOOL_A_RSS_HFUNC:   gFlags(xlat.GenlEthtoolRssHfunc, "ETH_RSS_HASH_???", 4),
	xlat.ETHTOOL_A_RSS_INDIR:   gArray(4, FmtU),
	// ETHTOOL_A_RSS_HKEY is binary
	xlat.ETHTOOL_A_RSS_INPUT_XFRM:    gFlags(xlat.GenlEthtoolRxhXfrm, "RXH_XFRM_???", 4),
	xlat.ETHTOOL_A_RSS_START_CONTEXT: gU32,
	xlat.ETHTOOL_A_RSS_FLOW_HASH:     nestDec{ethtoolFlowAttrs},
})

var ethtoolPlcaAttrs = newSet(xlat.GenlEthtoolPlcaAttrs, "ETHTOOL_A_PLCA_???", []attrDec{
	xlat.ETHTOOL_A_PLCA_HEADER:    ethtoolHeader,
	xlat.ETHTOOL_A_PLCA_VERSION:   gX16,
	xlat.ETHTOOL_A_PLCA_ENABLED:   gU8,
	xlat.ETHTOOL_A_PLCA_STATUS:    gU8,
	xlat.ETHTOOL_A_PLCA_NODE_CNT:  gU32,
	xlat.ETHTOOL_A_PLCA_NODE_ID:   gU32,
	xlat.ETHTOOL_A_PLCA_TO_TMR:    gU32,
	xlat.ETHTOOL_A_PLCA_BURST_CNT: gU32,
	xlat.ETHTOOL_A_PLCA_BURST_TMR: gU32,
})

var ethtoolMmStatAttrs = newSet(xlat.GenlEthtoolMmStatAttrs, "ETHTOOL_A_MM_STAT_???", []attrDec{
	xlat.ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS: gU64,
	xlat.ETHTOOL_A_MM_STAT_SMD_ERRORS:        gU64,
	xlat.ETHTOOL_A_MM_STAT_REASSEMBLY_OK:     gU64,
	xlat.ETHTOOL_A_MM_STAT_RX_FRAG_COUNT:     gU64,
	xlat.ETHTOOL_A_MM_STAT_TX_FRAG_COUNT:     gU64,
	xlat.ETHTOOL_A_MM_STAT_HOLD_COUNT:        gU64,
})

var ethtoolMmAttrs = newSet(xlat.GenlEthtoolMmAttrs, "ETHTOOL_A_MM_???", []attrDec{
	xlat.ETHTOOL_A_MM_HEADER:           ethtoolHeader,
	xlat.ETHTOOL_A_MM_PMAC_ENABLED:     gU8,
	xlat.ETHTOOL_A_MM_TX_ENABLED:       gU8,
	xlat.ETHTOOL_A_MM_TX_ACTIVE:        gU8,
	xlat.ETHTOOL_A_MM_TX_MIN_FRAG_SIZE: gU32,
	xlat.ETHTOOL_A_MM_RX_MIN_FRAG_SIZE: gU32,
	xlat.ETHTOOL_A_MM_VERIFY_ENABLED:   gU8,
	xlat.ETHTOOL_A_MM_VERIFY_STATUS:    gXval(xlat.GenlEthtoolMmVerifyStatus, "ETHTOOL_MM_VERIFY_STATUS_???", 1),
	xlat.ETHTOOL_A_MM_VERIFY_TIME:      gU32,
	xlat.ETHTOOL_A_MM_MAX_VERIFY_TIME:  gU32,
	xlat.ETHTOOL_A_MM_STATS:            nestDec{ethtoolMmStatAttrs},
})

var ethtoolPhyAttrs = newSet(xlat.GenlEthtoolPhyAttrs, "ETHTOOL_A_PHY_???", []attrDec{
	xlat.ETHTOOL_A_PHY_HEADER:              ethtoolHeader,
	xlat.ETHTOOL_A_PHY_INDEX:               gU32,
	xlat.ETHTOOL_A_PHY_DRVNAME:             nlaStr,
	xlat.ETHTOOL_A_PHY_NAME:                nlaStr,
	xlat.ETHTOOL_A_PHY_UPSTREAM_TYPE:       gXval(xlat.GenlEthtoolPhyUpstreamType, "ETHTOOL_PHY_UPSTREAM_TYPE_???", 4),
	xlat.ETHTOOL_A_PHY_UPSTREAM_INDEX:      gU32,
	xlat.ETHTOOL_A_PHY_UPSTREAM_SFP_NAME:   nlaStr,
	xlat.ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME: nlaStr,
})
