package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// nl80211 (linux/nl80211.h): wireless devices. One attribute set serves
// every command; nldump decodes the common attributes (devices,
// interfaces, channels, BSSes, stations, keys, regulatory rules) and
// leaves the rest, mostly information elements and capability blobs, as
// hex.

var nl80211Spec = &genlSpec{
	name:    "nl80211",
	cmds:    xlat.GenlNl80211Cmds,
	cmdDflt: "NL80211_CMD_???",
	attrs:   nl80211Attrs,
}

var (
	nl80211Iftype      = gXval(xlat.GenlNl80211Iftypes, "NL80211_IFTYPE_???", 4)
	nl80211ChanWidth   = gXval(xlat.GenlNl80211ChanWidth, "NL80211_CHAN_WIDTH_???", 4)
	nl80211Cipher      = gX32
	nl80211MBm         = gS32
	nl80211IftypeFlags = &attrSet{names: xlat.GenlNl80211Iftypes, dflt: "NL80211_IFTYPE_???"}
)

var nl80211RateInfo = nestDec{newSet(xlat.GenlNl80211RateInfo, "NL80211_RATE_INFO_???", map[uint16]attrDec{
	1:  gU16, // NL80211_RATE_INFO_BITRATE
	2:  gU8,  // NL80211_RATE_INFO_MCS
	5:  gU32, // NL80211_RATE_INFO_BITRATE32
	6:  gU8,  // NL80211_RATE_INFO_VHT_MCS
	7:  gU8,  // NL80211_RATE_INFO_VHT_NSS
	13: gU8,  // NL80211_RATE_INFO_HE_MCS
	14: gU8,  // NL80211_RATE_INFO_HE_NSS
	15: gU8,  // NL80211_RATE_INFO_HE_GI
	16: gU8,  // NL80211_RATE_INFO_HE_DCM
	17: gU8,  // NL80211_RATE_INFO_HE_RU_ALLOC
	19: gU8,  // NL80211_RATE_INFO_EHT_MCS
	20: gU8,  // NL80211_RATE_INFO_EHT_NSS
	21: gU8,  // NL80211_RATE_INFO_EHT_GI
	22: gU8,  // NL80211_RATE_INFO_EHT_RU_ALLOC
	23: gU8,  // NL80211_RATE_INFO_S1G_MCS
	24: gU8,  // NL80211_RATE_INFO_S1G_NSS
	// the *_MHZ_WIDTH and NL80211_RATE_INFO_SHORT_GI are flags
})}

var nl80211StaFlagUpdate = structDec{&structSpec{name: "nl80211_sta_flag_update", size: 8, fields: []field{
	fFlags("mask", 0, 4, nl80211StaFlagBits, "NL80211_STA_FLAG_???"),
	fFlags("set", 4, 4, nl80211StaFlagBits, "NL80211_STA_FLAG_???"),
}}}

var nl80211StaFlagBits = bitsOf("nl80211_sta_flag_bits", xlat.GenlNl80211StaFlags)

var nl80211StaInfo = newSet(xlat.GenlNl80211StaInfo, "NL80211_STA_INFO_???", map[uint16]attrDec{
	1:  gU32,            // NL80211_STA_INFO_INACTIVE_TIME
	2:  gU32,            // NL80211_STA_INFO_RX_BYTES
	3:  gU32,            // NL80211_STA_INFO_TX_BYTES
	4:  gU16,            // NL80211_STA_INFO_LLID
	5:  gU16,            // NL80211_STA_INFO_PLID
	6:  gU8,             // NL80211_STA_INFO_PLINK_STATE
	7:  gS8,             // NL80211_STA_INFO_SIGNAL
	8:  nl80211RateInfo, // NL80211_STA_INFO_TX_BITRATE
	9:  gU32,            // NL80211_STA_INFO_RX_PACKETS
	10: gU32,            // NL80211_STA_INFO_TX_PACKETS
	11: gU32,            // NL80211_STA_INFO_TX_RETRIES
	12: gU32,            // NL80211_STA_INFO_TX_FAILED
	13: gS8,             // NL80211_STA_INFO_SIGNAL_AVG
	14: nl80211RateInfo, // NL80211_STA_INFO_RX_BITRATE
	15: nestDec{newSet(xlat.GenlNl80211StaBssParam, "NL80211_STA_BSS_PARAM_???", map[uint16]attrDec{ // NL80211_STA_INFO_BSS_PARAM
		4: gU8,  // NL80211_STA_BSS_PARAM_DTIM_PERIOD
		5: gU16, // NL80211_STA_BSS_PARAM_BEACON_INTERVAL
	})},
	16: gU32,                 // NL80211_STA_INFO_CONNECTED_TIME
	17: nl80211StaFlagUpdate, // NL80211_STA_INFO_STA_FLAGS
	18: gU32,                 // NL80211_STA_INFO_BEACON_LOSS
	19: gS64,                 // NL80211_STA_INFO_T_OFFSET
	20: gU32,                 // NL80211_STA_INFO_LOCAL_PM
	21: gU32,                 // NL80211_STA_INFO_PEER_PM
	22: gU32,                 // NL80211_STA_INFO_NONPEER_PM
	23: gU64,                 // NL80211_STA_INFO_RX_BYTES64
	24: gU64,                 // NL80211_STA_INFO_TX_BYTES64
	27: gU32,                 // NL80211_STA_INFO_EXPECTED_THROUGHPUT
	28: gU64,                 // NL80211_STA_INFO_RX_DROP_MISC
	29: gU64,                 // NL80211_STA_INFO_BEACON_RX
	30: gS8,                  // NL80211_STA_INFO_BEACON_SIGNAL_AVG
	32: gU64,                 // NL80211_STA_INFO_RX_DURATION
	34: gS8,                  // NL80211_STA_INFO_ACK_SIGNAL
	35: gS8,                  // NL80211_STA_INFO_ACK_SIGNAL_AVG
	36: gU32,                 // NL80211_STA_INFO_RX_MPDUS
	37: gU32,                 // NL80211_STA_INFO_FCS_ERROR_COUNT
	38: gU8,                  // NL80211_STA_INFO_CONNECTED_TO_GATE
	39: gU64,                 // NL80211_STA_INFO_TX_DURATION
	40: gU16,                 // NL80211_STA_INFO_AIRTIME_WEIGHT
	41: gU32,                 // NL80211_STA_INFO_AIRTIME_LINK_METRIC
	42: gU64,                 // NL80211_STA_INFO_ASSOC_AT_BOOTTIME
	43: gU8,                  // NL80211_STA_INFO_CONNECTED_TO_AS
	// NL80211_STA_INFO_CHAIN_SIGNAL(_AVG) list signals by index
})

var nl80211Bss = newSet(xlat.GenlNl80211Bss, "NL80211_BSS_???", map[uint16]attrDec{
	1:  gHwaddr,                                                       // NL80211_BSS_BSSID
	2:  gU32,                                                          // NL80211_BSS_FREQUENCY
	3:  gU64,                                                          // NL80211_BSS_TSF
	4:  gU16,                                                          // NL80211_BSS_BEACON_INTERVAL
	5:  gX16,                                                          // NL80211_BSS_CAPABILITY
	7:  gS32,                                                          // NL80211_BSS_SIGNAL_MBM
	8:  gU8,                                                           // NL80211_BSS_SIGNAL_UNSPEC
	9:  gXval(xlat.GenlNl80211BssStatus, "NL80211_BSS_STATUS_???", 4), // NL80211_BSS_STATUS
	10: gU32,                                                          // NL80211_BSS_SEEN_MS_AGO
	12: gU32,                                                          // NL80211_BSS_CHAN_WIDTH
	13: gU64,                                                          // NL80211_BSS_BEACON_TSF
	15: gU64,                                                          // NL80211_BSS_LAST_SEEN_BOOTTIME
	17: gU64,                                                          // NL80211_BSS_PARENT_TSF
	18: gHwaddr,                                                       // NL80211_BSS_PARENT_BSSID
	20: gU32,                                                          // NL80211_BSS_FREQUENCY_OFFSET
	21: gU8,                                                           // NL80211_BSS_MLO_LINK_ID
	22: gHwaddr,                                                       // NL80211_BSS_MLD_ADDR
	23: gX32,                                                          // NL80211_BSS_USE_FOR
	24: gX64,                                                          // NL80211_BSS_CANNOT_USE_REASONS
	// information elements are binary
})

var nl80211Freq = newSet(xlat.GenlNl80211FrequencyAttrs, "NL80211_FREQUENCY_ATTR_???", map[uint16]attrDec{
	1:  gU32, // NL80211_FREQUENCY_ATTR_FREQ
	6:  gU32, // NL80211_FREQUENCY_ATTR_MAX_TX_POWER
	7:  gU32, // NL80211_FREQUENCY_ATTR_DFS_STATE
	8:  gU32, // NL80211_FREQUENCY_ATTR_DFS_TIME
	13: gU32, // NL80211_FREQUENCY_ATTR_DFS_CAC_TIME
	20: gU32, // NL80211_FREQUENCY_ATTR_OFFSET
	28: gS8,  // NL80211_FREQUENCY_ATTR_PSD
	// most frequency attributes are flags
})

var nl80211Bitrate = newSet(xlat.GenlNl80211BitrateAttrs, "NL80211_BITRATE_ATTR_???", map[uint16]attrDec{
	1: gU32, // NL80211_BITRATE_ATTR_RATE
})

var nl80211Band = newSet(xlat.GenlNl80211BandAttrs, "NL80211_BAND_ATTR_???", map[uint16]attrDec{
	1: nestDec{arrayOf(nl80211Freq)},    // NL80211_BAND_ATTR_FREQS
	2: nestDec{arrayOf(nl80211Bitrate)}, // NL80211_BAND_ATTR_RATES
	4: gX16,                             // NL80211_BAND_ATTR_HT_CAPA
	5: gU8,                              // NL80211_BAND_ATTR_HT_AMPDU_FACTOR
	6: gU8,                              // NL80211_BAND_ATTR_HT_AMPDU_DENSITY
	8: gX32,                             // NL80211_BAND_ATTR_VHT_CAPA
})

// the bands of a wiphy are indexed by enum nl80211_band
var nl80211Bands = &attrSet{names: xlat.GenlNl80211Bands, dflt: "NL80211_BAND_???",
	byType: func(*state, uint16) attrDec { return nestDec{nl80211Band} }}

var nl80211Key = newSet(xlat.GenlNl80211KeyAttrs, "NL80211_KEY_???", map[uint16]attrDec{
	2: gU8,                                                       // NL80211_KEY_IDX
	3: nl80211Cipher,                                             // NL80211_KEY_CIPHER
	7: gXval(xlat.GenlNl80211KeyTypes, "NL80211_KEYTYPE_???", 4), // NL80211_KEY_TYPE
	9: gU8,                                                       // NL80211_KEY_MODE
	// NL80211_KEY_DATA and NL80211_KEY_SEQ are binary
})

var nl80211RegRule = newSet(xlat.GenlNl80211RegRuleAttrs, "NL80211_ATTR_REG_RULE_???", map[uint16]attrDec{
	1: gX32, // NL80211_ATTR_REG_RULE_FLAGS
	2: gU32, // NL80211_ATTR_FREQ_RANGE_START
	3: gU32, // NL80211_ATTR_FREQ_RANGE_END
	4: gU32, // NL80211_ATTR_FREQ_RANGE_MAX_BW
	5: gU32, // NL80211_ATTR_POWER_RULE_MAX_ANT_GAIN
	6: gU32, // NL80211_ATTR_POWER_RULE_MAX_EIRP
	7: gU32, // NL80211_ATTR_DFS_CAC_TIME
})

var nl80211Survey = newSet(xlat.GenlNl80211SurveyInfo, "NL80211_SURVEY_INFO_???", map[uint16]attrDec{
	1:  gU32, // NL80211_SURVEY_INFO_FREQUENCY
	2:  gS8,  // NL80211_SURVEY_INFO_NOISE
	4:  gU64, // NL80211_SURVEY_INFO_TIME
	5:  gU64, // NL80211_SURVEY_INFO_TIME_BUSY
	6:  gU64, // NL80211_SURVEY_INFO_TIME_EXT_BUSY
	7:  gU64, // NL80211_SURVEY_INFO_TIME_RX
	8:  gU64, // NL80211_SURVEY_INFO_TIME_TX
	9:  gU64, // NL80211_SURVEY_INFO_TIME_SCAN
	11: gU64, // NL80211_SURVEY_INFO_TIME_BSS_RX
	12: gU32, // NL80211_SURVEY_INFO_FREQUENCY_OFFSET
	// NL80211_SURVEY_INFO_IN_USE is a flag
})

var nl80211Txq = newSet(xlat.GenlNl80211TxqAttrs, "NL80211_TXQ_ATTR_???", map[uint16]attrDec{
	1: gU8,  // NL80211_TXQ_ATTR_AC
	2: gU16, // NL80211_TXQ_ATTR_TXOP
	3: gU16, // NL80211_TXQ_ATTR_CWMIN
	4: gU16, // NL80211_TXQ_ATTR_CWMAX
	5: gU8,  // NL80211_TXQ_ATTR_AIFS
})

var nl80211IfaceLimit = newSet(xlat.GenlNl80211IfaceLimitAttrs, "NL80211_IFACE_LIMIT_???", map[uint16]attrDec{
	1: gU32,                        // NL80211_IFACE_LIMIT_MAX
	2: nestDec{nl80211IftypeFlags}, // NL80211_IFACE_LIMIT_TYPES
})

var nl80211IfaceComb = newSet(xlat.GenlNl80211IfCombinationAttrs, "NL80211_IFACE_COMB_???", map[uint16]attrDec{
	1: nestDec{arrayOf(nl80211IfaceLimit)}, // NL80211_IFACE_COMB_LIMITS
	2: gU32,                                // NL80211_IFACE_COMB_MAXNUM
	4: gU32,                                // NL80211_IFACE_COMB_NUM_CHANNELS
	5: gX32,                                // NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS
	6: gX32,                                // NL80211_IFACE_COMB_RADAR_DETECT_REGIONS
	7: gU32,                                // NL80211_IFACE_COMB_BI_MIN_GCD
	// NL80211_IFACE_COMB_STA_AP_BI_MATCH is a flag
})

// nl80211Cmd prints a command, in NL80211_ATTR_SUPPORTED_COMMANDS.
var nl80211Cmd = gXval(xlat.GenlNl80211Cmds, "NL80211_CMD_???", 4)

// a list of numbers indexed 0, 1, ... (scan frequencies, commands)
func indexedList(d attrDec) *attrSet {
	return &attrSet{byType: func(*state, uint16) attrDec { return d }}
}

var nl80211Attrs = newSet(xlat.GenlNl80211Attrs, "NL80211_ATTR_???", map[uint16]attrDec{
	1:   gU32,                                                                               // NL80211_ATTR_WIPHY
	2:   nlaStr,                                                                             // NL80211_ATTR_WIPHY_NAME
	3:   gIfindex,                                                                           // NL80211_ATTR_IFINDEX
	4:   nlaStr,                                                                             // NL80211_ATTR_IFNAME
	5:   nl80211Iftype,                                                                      // NL80211_ATTR_IFTYPE
	6:   gHwaddr,                                                                            // NL80211_ATTR_MAC
	8:   gU8,                                                                                // NL80211_ATTR_KEY_IDX
	9:   nl80211Cipher,                                                                      // NL80211_ATTR_KEY_CIPHER
	12:  gU32,                                                                               // NL80211_ATTR_BEACON_INTERVAL
	13:  gU32,                                                                               // NL80211_ATTR_DTIM_PERIOD
	16:  gU16,                                                                               // NL80211_ATTR_STA_AID
	18:  gU16,                                                                               // NL80211_ATTR_STA_LISTEN_INTERVAL
	20:  gIfindex,                                                                           // NL80211_ATTR_STA_VLAN
	21:  nestDec{nl80211StaInfo},                                                            // NL80211_ATTR_STA_INFO
	22:  nestDec{nl80211Bands},                                                              // NL80211_ATTR_WIPHY_BANDS
	23:  nestDec{&attrSet{names: xlat.GenlNl80211MntrFlags, dflt: "NL80211_MNTR_FLAG_???"}}, // NL80211_ATTR_MNTR_FLAGS
	24:  gString,                                                                            // NL80211_ATTR_MESH_ID
	25:  gU8,                                                                                // NL80211_ATTR_STA_PLINK_ACTION
	26:  gHwaddr,                                                                            // NL80211_ATTR_MPATH_NEXT_HOP
	28:  gU8,                                                                                // NL80211_ATTR_BSS_CTS_PROT
	29:  gU8,                                                                                // NL80211_ATTR_BSS_SHORT_PREAMBLE
	30:  gU8,                                                                                // NL80211_ATTR_BSS_SHORT_SLOT_TIME
	32:  nestDec{nl80211IftypeFlags},                                                        // NL80211_ATTR_SUPPORTED_IFTYPES
	33:  nlaStr,                                                                             // NL80211_ATTR_REG_ALPHA2
	34:  nestDec{arrayOf(nl80211RegRule)},                                                   // NL80211_ATTR_REG_RULES
	37:  nestDec{arrayOf(nl80211Txq)},                                                       // NL80211_ATTR_WIPHY_TXQ_PARAMS
	38:  gU32,                                                                               // NL80211_ATTR_WIPHY_FREQ
	39:  gXval(xlat.GenlNl80211ChannelType, "NL80211_CHAN_???", 4),                          // NL80211_ATTR_WIPHY_CHANNEL_TYPE
	41:  gU8,                                                                                // NL80211_ATTR_MGMT_SUBTYPE
	43:  gU8,                                                                                // NL80211_ATTR_MAX_NUM_SCAN_SSIDS
	44:  nestDec{indexedList(gU32)},                                                         // NL80211_ATTR_SCAN_FREQUENCIES
	45:  nestDec{indexedList(gString)},                                                      // NL80211_ATTR_SCAN_SSIDS
	46:  gU32,                                                                               // NL80211_ATTR_GENERATION
	47:  nestDec{nl80211Bss},                                                                // NL80211_ATTR_BSS
	48:  gXval(xlat.GenlNl80211RegInitiators, "NL80211_REGDOM_SET_BY_???", 1),               // NL80211_ATTR_REG_INITIATOR
	49:  gXval(xlat.GenlNl80211RegTypes, "NL80211_REGDOM_TYPE_???", 1),                      // NL80211_ATTR_REG_TYPE
	50:  nestDec{indexedList(nl80211Cmd)},                                                   // NL80211_ATTR_SUPPORTED_COMMANDS
	52:  gString,                                                                            // NL80211_ATTR_SSID
	53:  gXval(xlat.GenlNl80211AuthTypes, "NL80211_AUTHTYPE_???", 4),                        // NL80211_ATTR_AUTH_TYPE
	54:  gU16,                                                                               // NL80211_ATTR_REASON_CODE
	55:  gXval(xlat.GenlNl80211KeyTypes, "NL80211_KEYTYPE_???", 4),                          // NL80211_ATTR_KEY_TYPE
	56:  gU16,                                                                               // NL80211_ATTR_MAX_SCAN_IE_LEN
	57:  gArray(4, FmtX),                                                                    // NL80211_ATTR_CIPHER_SUITES
	61:  gU8,                                                                                // NL80211_ATTR_WIPHY_RETRY_SHORT
	62:  gU8,                                                                                // NL80211_ATTR_WIPHY_RETRY_LONG
	63:  gU32,                                                                               // NL80211_ATTR_WIPHY_FRAG_THRESHOLD
	64:  gU32,                                                                               // NL80211_ATTR_WIPHY_RTS_THRESHOLD
	66:  gXval(xlat.GenlNl80211Mfp, "NL80211_MFP_???", 4),                                   // NL80211_ATTR_USE_MFP
	67:  nl80211StaFlagUpdate,                                                               // NL80211_ATTR_STA_FLAGS2
	72:  gU16,                                                                               // NL80211_ATTR_STATUS_CODE
	73:  gArray(4, FmtX),                                                                    // NL80211_ATTR_CIPHER_SUITES_PAIRWISE
	74:  nl80211Cipher,                                                                      // NL80211_ATTR_CIPHER_SUITE_GROUP
	75:  gX32,                                                                               // NL80211_ATTR_WPA_VERSIONS
	76:  gArray(4, FmtX),                                                                    // NL80211_ATTR_AKM_SUITES
	79:  gHwaddr,                                                                            // NL80211_ATTR_PREV_BSSID
	80:  nestDec{nl80211Key},                                                                // NL80211_ATTR_KEY
	81:  nestDec{arrayOf(nl80211Key)},                                                       // NL80211_ATTR_KEYS
	82:  gU32,                                                                               // NL80211_ATTR_PID
	83:  gU8,                                                                                // NL80211_ATTR_4ADDR
	84:  nestDec{nl80211Survey},                                                             // NL80211_ATTR_SURVEY_INFO
	86:  gU8,                                                                                // NL80211_ATTR_MAX_NUM_PMKIDS
	87:  gU32,                                                                               // NL80211_ATTR_DURATION
	88:  gX64,                                                                               // NL80211_ATTR_COOKIE
	89:  gU8,                                                                                // NL80211_ATTR_WIPHY_COVERAGE_CLASS
	93:  gXval(xlat.GenlNl80211PsStates, "NL80211_PS_???", 4),                               // NL80211_ATTR_PS_STATE
	96:  gU8,                                                                                // NL80211_ATTR_AP_ISOLATE
	97:  gXval(xlat.GenlNl80211TxPowerSettings, "NL80211_TX_POWER_???", 4),                  // NL80211_ATTR_WIPHY_TX_POWER_SETTING
	98:  nl80211MBm,                                                                         // NL80211_ATTR_WIPHY_TX_POWER_LEVEL
	101: gX16,                                                                               // NL80211_ATTR_FRAME_TYPE
	102: exactBE{2},                                                                         // NL80211_ATTR_CONTROL_PORT_ETHERTYPE
	105: gX32,                                                                               // NL80211_ATTR_WIPHY_ANTENNA_TX
	106: gX32,                                                                               // NL80211_ATTR_WIPHY_ANTENNA_RX
	109: gX16,                                                                               // NL80211_ATTR_BSS_HT_OPMODE
	111: gU32,                                                                               // NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION
	113: gX32,                                                                               // NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX
	114: gX32,                                                                               // NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX
	116: gU8,                                                                                // NL80211_ATTR_STA_PLINK_STATE
	119: gU32,                                                                               // NL80211_ATTR_SCHED_SCAN_INTERVAL
	120: nestDec{arrayOf(nl80211IfaceComb)},                                                 // NL80211_ATTR_INTERFACE_COMBINATIONS
	121: nestDec{nl80211IftypeFlags},                                                        // NL80211_ATTR_SOFTWARE_IFTYPES
	123: gU8,                                                                                // NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS
	124: gU16,                                                                               // NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN
	126: gU32,                                                                               // NL80211_ATTR_HIDDEN_SSID
	133: gU8,                                                                                // NL80211_ATTR_MAX_MATCH_SETS
	136: gU8,                                                                                // NL80211_ATTR_TDLS_ACTION
	137: gU8,                                                                                // NL80211_ATTR_TDLS_DIALOG_TOKEN
	138: gU8,                                                                                // NL80211_ATTR_TDLS_OPERATION
	143: gX32,                                                                               // NL80211_ATTR_FEATURE_FLAGS
	146: gXval(xlat.GenlNl80211DfsRegions, "NL80211_DFS_???", 1),                            // NL80211_ATTR_DFS_REGION
	150: gU16,                                                                               // NL80211_ATTR_INACTIVITY_TIMEOUT
	151: gS32,                                                                               // NL80211_ATTR_RX_SIGNAL_DBM
	152: gU16,                                                                               // NL80211_ATTR_BG_SCAN_PERIOD
	153: gX64,                                                                               // NL80211_ATTR_WDEV
	155: gU32,                                                                               // NL80211_ATTR_CONN_FAILED_REASON
	158: gX32,                                                                               // NL80211_ATTR_SCAN_FLAGS
	159: nl80211ChanWidth,                                                                   // NL80211_ATTR_CHANNEL_WIDTH
	160: gU32,                                                                               // NL80211_ATTR_CENTER_FREQ1
	161: gU32,                                                                               // NL80211_ATTR_CENTER_FREQ2
	173: gX32,                                                                               // NL80211_ATTR_PROTOCOL_FEATURES
	195: gX32,                                                                               // NL80211_ATTR_VENDOR_ID
	196: gU32,                                                                               // NL80211_ATTR_VENDOR_SUBCMD
	200: gHwaddr,                                                                            // NL80211_ATTR_MAC_HINT
	201: gU32,                                                                               // NL80211_ATTR_WIPHY_FREQ_HINT
	213: gXval(xlat.GenlNl80211SmpsModes, "NL80211_SMPS_???", 1),                            // NL80211_ATTR_SMPS_MODE
	219: exactDec{4, FmtFd},                                                                 // NL80211_ATTR_NETNS_FD
	245: gHwaddr,                                                                            // NL80211_ATTR_BSSID
	262: gU8,                                                                                // NL80211_ATTR_NSS
	263: gS8,                                                                                // NL80211_ATTR_ACK_SIGNAL
	282: gU16,                                                                               // NL80211_ATTR_VLAN_ID
	290: gU32,                                                                               // NL80211_ATTR_WIPHY_FREQ_OFFSET
	291: gU32,                                                                               // NL80211_ATTR_CENTER_FREQ1_OFFSET
	313: gU8,                                                                                // NL80211_ATTR_MLO_LINK_ID
	314: gHwaddr,                                                                            // NL80211_ATTR_MLD_ADDR
	316: gU16,                                                                               // NL80211_ATTR_MAX_NUM_AKM_SUITES
	// flags, information elements, frames and capability blobs: no
	// decoder (flags carry no payload, the rest prints as hex)
})
