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

var nl80211RateInfo = nestDec{newSet(xlat.GenlNl80211RateInfo, "NL80211_RATE_INFO_???", []attrDec{
	xlat.NL80211_RATE_INFO_BITRATE:      gU16,
	xlat.NL80211_RATE_INFO_MCS:          gU8,
	xlat.NL80211_RATE_INFO_BITRATE32:    gU32,
	xlat.NL80211_RATE_INFO_VHT_MCS:      gU8,
	xlat.NL80211_RATE_INFO_VHT_NSS:      gU8,
	xlat.NL80211_RATE_INFO_HE_MCS:       gU8,
	xlat.NL80211_RATE_INFO_HE_NSS:       gU8,
	xlat.NL80211_RATE_INFO_HE_GI:        gU8,
	xlat.NL80211_RATE_INFO_HE_DCM:       gU8,
	xlat.NL80211_RATE_INFO_HE_RU_ALLOC:  gU8,
	xlat.NL80211_RATE_INFO_EHT_MCS:      gU8,
	xlat.NL80211_RATE_INFO_EHT_NSS:      gU8,
	xlat.NL80211_RATE_INFO_EHT_GI:       gU8,
	xlat.NL80211_RATE_INFO_EHT_RU_ALLOC: gU8,
	xlat.NL80211_RATE_INFO_S1G_MCS:      gU8,
	xlat.NL80211_RATE_INFO_S1G_NSS:      gU8,
	// the *_MHZ_WIDTH and NL80211_RATE_INFO_SHORT_GI are flags
})}

var nl80211StaFlagUpdate = structDec{&structSpec{name: "nl80211_sta_flag_update", size: 8, fields: []field{
	fFlags("mask", 0, 4, nl80211StaFlagBits, "NL80211_STA_FLAG_???"),
	fFlags("set", 4, 4, nl80211StaFlagBits, "NL80211_STA_FLAG_???"),
}}}

var nl80211StaFlagBits = bitsOf("nl80211_sta_flag_bits", xlat.GenlNl80211StaFlags)

var nl80211StaInfo = newSet(xlat.GenlNl80211StaInfo, "NL80211_STA_INFO_???", []attrDec{
	xlat.NL80211_STA_INFO_INACTIVE_TIME: gU32,
	xlat.NL80211_STA_INFO_RX_BYTES:      gU32,
	xlat.NL80211_STA_INFO_TX_BYTES:      gU32,
	xlat.NL80211_STA_INFO_LLID:          gU16,
	xlat.NL80211_STA_INFO_PLID:          gU16,
	xlat.NL80211_STA_INFO_PLINK_STATE:   gU8,
	xlat.NL80211_STA_INFO_SIGNAL:        gS8,
	xlat.NL80211_STA_INFO_TX_BITRATE:    nl80211RateInfo,
	xlat.NL80211_STA_INFO_RX_PACKETS:    gU32,
	xlat.NL80211_STA_INFO_TX_PACKETS:    gU32,
	xlat.NL80211_STA_INFO_TX_RETRIES:    gU32,
	xlat.NL80211_STA_INFO_TX_FAILED:     gU32,
	xlat.NL80211_STA_INFO_SIGNAL_AVG:    gS8,
	xlat.NL80211_STA_INFO_RX_BITRATE:    nl80211RateInfo,
	xlat.NL80211_STA_INFO_BSS_PARAM: nestDec{newSet(xlat.GenlNl80211StaBssParam, "NL80211_STA_BSS_PARAM_???", []attrDec{ // NL80211_STA_INFO_BSS_PARAM
		xlat.NL80211_STA_BSS_PARAM_DTIM_PERIOD:     gU8,
		xlat.NL80211_STA_BSS_PARAM_BEACON_INTERVAL: gU16,
	})},
	xlat.NL80211_STA_INFO_CONNECTED_TIME:      gU32,
	xlat.NL80211_STA_INFO_STA_FLAGS:           nl80211StaFlagUpdate,
	xlat.NL80211_STA_INFO_BEACON_LOSS:         gU32,
	xlat.NL80211_STA_INFO_T_OFFSET:            gS64,
	xlat.NL80211_STA_INFO_LOCAL_PM:            gU32,
	xlat.NL80211_STA_INFO_PEER_PM:             gU32,
	xlat.NL80211_STA_INFO_NONPEER_PM:          gU32,
	xlat.NL80211_STA_INFO_RX_BYTES64:          gU64,
	xlat.NL80211_STA_INFO_TX_BYTES64:          gU64,
	xlat.NL80211_STA_INFO_EXPECTED_THROUGHPUT: gU32,
	xlat.NL80211_STA_INFO_RX_DROP_MISC:        gU64,
	xlat.NL80211_STA_INFO_BEACON_RX:           gU64,
	xlat.NL80211_STA_INFO_BEACON_SIGNAL_AVG:   gS8,
	xlat.NL80211_STA_INFO_RX_DURATION:         gU64,
	xlat.NL80211_STA_INFO_ACK_SIGNAL:          gS8,
	xlat.NL80211_STA_INFO_ACK_SIGNAL_AVG:      gS8,
	xlat.NL80211_STA_INFO_RX_MPDUS:            gU32,
	xlat.NL80211_STA_INFO_FCS_ERROR_COUNT:     gU32,
	xlat.NL80211_STA_INFO_CONNECTED_TO_GATE:   gU8,
	xlat.NL80211_STA_INFO_TX_DURATION:         gU64,
	xlat.NL80211_STA_INFO_AIRTIME_WEIGHT:      gU16,
	xlat.NL80211_STA_INFO_AIRTIME_LINK_METRIC: gU32,
	xlat.NL80211_STA_INFO_ASSOC_AT_BOOTTIME:   gU64,
	xlat.NL80211_STA_INFO_CONNECTED_TO_AS:     gU8,
	// NL80211_STA_INFO_CHAIN_SIGNAL(_AVG) list signals by index
})

var nl80211Bss = newSet(xlat.GenlNl80211Bss, "NL80211_BSS_???", []attrDec{
	xlat.NL80211_BSS_BSSID:              gHwaddr,
	xlat.NL80211_BSS_FREQUENCY:          gU32,
	xlat.NL80211_BSS_TSF:                gU64,
	xlat.NL80211_BSS_BEACON_INTERVAL:    gU16,
	xlat.NL80211_BSS_CAPABILITY:         gX16,
	xlat.NL80211_BSS_SIGNAL_MBM:         gS32,
	xlat.NL80211_BSS_SIGNAL_UNSPEC:      gU8,
	xlat.NL80211_BSS_STATUS:             gXval(xlat.GenlNl80211BssStatus, "NL80211_BSS_STATUS_???", 4),
	xlat.NL80211_BSS_SEEN_MS_AGO:        gU32,
	xlat.NL80211_BSS_CHAN_WIDTH:         gU32,
	xlat.NL80211_BSS_BEACON_TSF:         gU64,
	xlat.NL80211_BSS_LAST_SEEN_BOOTTIME: gU64,
	xlat.NL80211_BSS_PARENT_TSF:         gU64,
	xlat.NL80211_BSS_PARENT_BSSID:       gHwaddr,
	xlat.NL80211_BSS_FREQUENCY_OFFSET:   gU32,
	xlat.NL80211_BSS_MLO_LINK_ID:        gU8,
	xlat.NL80211_BSS_MLD_ADDR:           gHwaddr,
	xlat.NL80211_BSS_USE_FOR:            gX32,
	xlat.NL80211_BSS_CANNOT_USE_REASONS: gX64,
	// information elements are binary
})

var nl80211Freq = newSet(xlat.GenlNl80211FrequencyAttrs, "NL80211_FREQUENCY_ATTR_???", []attrDec{
	xlat.NL80211_FREQUENCY_ATTR_FREQ:         gU32,
	xlat.NL80211_FREQUENCY_ATTR_MAX_TX_POWER: gU32,
	xlat.NL80211_FREQUENCY_ATTR_DFS_STATE:    gU32,
	xlat.NL80211_FREQUENCY_ATTR_DFS_TIME:     gU32,
	xlat.NL80211_FREQUENCY_ATTR_DFS_CAC_TIME: gU32,
	xlat.NL80211_FREQUENCY_ATTR_OFFSET:       gU32,
	xlat.NL80211_FREQUENCY_ATTR_PSD:          gS8,
	// most frequency attributes are flags
})

var nl80211Bitrate = newSet(xlat.GenlNl80211BitrateAttrs, "NL80211_BITRATE_ATTR_???", []attrDec{
	xlat.NL80211_BITRATE_ATTR_RATE: gU32,
})

var nl80211Band = newSet(xlat.GenlNl80211BandAttrs, "NL80211_BAND_ATTR_???", []attrDec{
	xlat.NL80211_BAND_ATTR_FREQS:            nestDec{arrayOf(nl80211Freq)},
	xlat.NL80211_BAND_ATTR_RATES:            nestDec{arrayOf(nl80211Bitrate)},
	xlat.NL80211_BAND_ATTR_HT_CAPA:          gX16,
	xlat.NL80211_BAND_ATTR_HT_AMPDU_FACTOR:  gU8,
	xlat.NL80211_BAND_ATTR_HT_AMPDU_DENSITY: gU8,
	xlat.NL80211_BAND_ATTR_VHT_CAPA:         gX32,
})

// the bands of a wiphy are indexed by enum nl80211_band
var nl80211Bands = &attrSet{names: xlat.GenlNl80211Bands, dflt: "NL80211_BAND_???",
	byType: func(*state, uint16) attrDec { return nestDec{nl80211Band} }}

var nl80211Key = newSet(xlat.GenlNl80211KeyAttrs, "NL80211_KEY_???", []attrDec{
	xlat.NL80211_KEY_IDX:    gU8,
	xlat.NL80211_KEY_CIPHER: nl80211Cipher,
	xlat.NL80211_KEY_TYPE:   gXval(xlat.GenlNl80211KeyTypes, "NL80211_KEYTYPE_???", 4),
	xlat.NL80211_KEY_MODE:   gU8,
	// NL80211_KEY_DATA and NL80211_KEY_SEQ are binary
})

var nl80211RegRule = newSet(xlat.GenlNl80211RegRuleAttrs, "NL80211_ATTR_REG_RULE_???", []attrDec{
	xlat.NL80211_ATTR_REG_RULE_FLAGS:          gX32,
	xlat.NL80211_ATTR_FREQ_RANGE_START:        gU32,
	xlat.NL80211_ATTR_FREQ_RANGE_END:          gU32,
	xlat.NL80211_ATTR_FREQ_RANGE_MAX_BW:       gU32,
	xlat.NL80211_ATTR_POWER_RULE_MAX_ANT_GAIN: gU32,
	xlat.NL80211_ATTR_POWER_RULE_MAX_EIRP:     gU32,
	xlat.NL80211_ATTR_DFS_CAC_TIME:            gU32,
})

var nl80211Survey = newSet(xlat.GenlNl80211SurveyInfo, "NL80211_SURVEY_INFO_???", []attrDec{
	xlat.NL80211_SURVEY_INFO_FREQUENCY:        gU32,
	xlat.NL80211_SURVEY_INFO_NOISE:            gS8,
	xlat.NL80211_SURVEY_INFO_TIME:             gU64,
	xlat.NL80211_SURVEY_INFO_TIME_BUSY:        gU64,
	xlat.NL80211_SURVEY_INFO_TIME_EXT_BUSY:    gU64,
	xlat.NL80211_SURVEY_INFO_TIME_RX:          gU64,
	xlat.NL80211_SURVEY_INFO_TIME_TX:          gU64,
	xlat.NL80211_SURVEY_INFO_TIME_SCAN:        gU64,
	xlat.NL80211_SURVEY_INFO_TIME_BSS_RX:      gU64,
	xlat.NL80211_SURVEY_INFO_FREQUENCY_OFFSET: gU32,
	// NL80211_SURVEY_INFO_IN_USE is a flag
})

var nl80211Txq = newSet(xlat.GenlNl80211TxqAttrs, "NL80211_TXQ_ATTR_???", []attrDec{
	xlat.NL80211_TXQ_ATTR_AC:    gU8,
	xlat.NL80211_TXQ_ATTR_TXOP:  gU16,
	xlat.NL80211_TXQ_ATTR_CWMIN: gU16,
	xlat.NL80211_TXQ_ATTR_CWMAX: gU16,
	xlat.NL80211_TXQ_ATTR_AIFS:  gU8,
})

var nl80211IfaceLimit = newSet(xlat.GenlNl80211IfaceLimitAttrs, "NL80211_IFACE_LIMIT_???", []attrDec{
	xlat.NL80211_IFACE_LIMIT_MAX:   gU32,
	xlat.NL80211_IFACE_LIMIT_TYPES: nestDec{nl80211IftypeFlags},
})

var nl80211IfaceComb = newSet(xlat.GenlNl80211IfCombinationAttrs, "NL80211_IFACE_COMB_???", []attrDec{
	xlat.NL80211_IFACE_COMB_LIMITS:               nestDec{arrayOf(nl80211IfaceLimit)},
	xlat.NL80211_IFACE_COMB_MAXNUM:               gU32,
	xlat.NL80211_IFACE_COMB_NUM_CHANNELS:         gU32,
	xlat.NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS:  gX32,
	xlat.NL80211_IFACE_COMB_RADAR_DETECT_REGIONS: gX32,
	xlat.NL80211_IFACE_COMB_BI_MIN_GCD:           gU32,
	// NL80211_IFACE_COMB_STA_AP_BI_MATCH is a flag
})

// nl80211Cmd prints a command, in NL80211_ATTR_SUPPORTED_COMMANDS.
var nl80211Cmd = gXval(xlat.GenlNl80211Cmds, "NL80211_CMD_???", 4)

// a list of numbers indexed 0, 1, ... (scan frequencies, commands)
func indexedList(d attrDec) *attrSet {
	return &attrSet{byType: func(*state, uint16) attrDec { return d }}
}

var nl80211Attrs = newSet(xlat.GenlNl80211Attrs, "NL80211_ATTR_???", []attrDec{
	xlat.NL80211_ATTR_WIPHY:                          gU32,
	xlat.NL80211_ATTR_WIPHY_NAME:                     nlaStr,
	xlat.NL80211_ATTR_IFINDEX:                        gIfindex,
	xlat.NL80211_ATTR_IFNAME:                         nlaStr,
	xlat.NL80211_ATTR_IFTYPE:                         nl80211Iftype,
	xlat.NL80211_ATTR_MAC:                            gHwaddr,
	xlat.NL80211_ATTR_KEY_IDX:                        gU8,
	xlat.NL80211_ATTR_KEY_CIPHER:                     nl80211Cipher,
	xlat.NL80211_ATTR_BEACON_INTERVAL:                gU32,
	xlat.NL80211_ATTR_DTIM_PERIOD:                    gU32,
	xlat.NL80211_ATTR_STA_AID:                        gU16,
	xlat.NL80211_ATTR_STA_LISTEN_INTERVAL:            gU16,
	xlat.NL80211_ATTR_STA_VLAN:                       gIfindex,
	xlat.NL80211_ATTR_STA_INFO:                       nestDec{nl80211StaInfo},
	xlat.NL80211_ATTR_WIPHY_BANDS:                    nestDec{nl80211Bands},
	xlat.NL80211_ATTR_MNTR_FLAGS:                     nestDec{&attrSet{names: xlat.GenlNl80211MntrFlags, dflt: "NL80211_MNTR_FLAG_???"}},
	xlat.NL80211_ATTR_MESH_ID:                        gString,
	xlat.NL80211_ATTR_STA_PLINK_ACTION:               gU8,
	xlat.NL80211_ATTR_MPATH_NEXT_HOP:                 gHwaddr,
	xlat.NL80211_ATTR_BSS_CTS_PROT:                   gU8,
	xlat.NL80211_ATTR_BSS_SHORT_PREAMBLE:             gU8,
	xlat.NL80211_ATTR_BSS_SHORT_SLOT_TIME:            gU8,
	xlat.NL80211_ATTR_SUPPORTED_IFTYPES:              nestDec{nl80211IftypeFlags},
	xlat.NL80211_ATTR_REG_ALPHA2:                     nlaStr,
	xlat.NL80211_ATTR_REG_RULES:                      nestDec{arrayOf(nl80211RegRule)},
	xlat.NL80211_ATTR_WIPHY_TXQ_PARAMS:               nestDec{arrayOf(nl80211Txq)},
	xlat.NL80211_ATTR_WIPHY_FREQ:                     gU32,
	xlat.NL80211_ATTR_WIPHY_CHANNEL_TYPE:             gXval(xlat.GenlNl80211ChannelType, "NL80211_CHAN_???", 4),
	xlat.NL80211_ATTR_MGMT_SUBTYPE:                   gU8,
	xlat.NL80211_ATTR_MAX_NUM_SCAN_SSIDS:             gU8,
	xlat.NL80211_ATTR_SCAN_FREQUENCIES:               nestDec{indexedList(gU32)},
	xlat.NL80211_ATTR_SCAN_SSIDS:                     nestDec{indexedList(gString)},
	xlat.NL80211_ATTR_GENERATION:                     gU32,
	xlat.NL80211_ATTR_BSS:                            nestDec{nl80211Bss},
	xlat.NL80211_ATTR_REG_INITIATOR:                  gXval(xlat.GenlNl80211RegInitiators, "NL80211_REGDOM_SET_BY_???", 1),
	xlat.NL80211_ATTR_REG_TYPE:                       gXval(xlat.GenlNl80211RegTypes, "NL80211_REGDOM_TYPE_???", 1),
	xlat.NL80211_ATTR_SUPPORTED_COMMANDS:             nestDec{indexedList(nl80211Cmd)},
	xlat.NL80211_ATTR_SSID:                           gString,
	xlat.NL80211_ATTR_AUTH_TYPE:                      gXval(xlat.GenlNl80211AuthTypes, "NL80211_AUTHTYPE_???", 4),
	xlat.NL80211_ATTR_REASON_CODE:                    gU16,
	xlat.NL80211_ATTR_KEY_TYPE:                       gXval(xlat.GenlNl80211KeyTypes, "NL80211_KEYTYPE_???", 4),
	xlat.NL80211_ATTR_MAX_SCAN_IE_LEN:                gU16,
	xlat.NL80211_ATTR_CIPHER_SUITES:                  gArray(4, FmtX),
	xlat.NL80211_ATTR_WIPHY_RETRY_SHORT:              gU8,
	xlat.NL80211_ATTR_WIPHY_RETRY_LONG:               gU8,
	xlat.NL80211_ATTR_WIPHY_FRAG_THRESHOLD:           gU32,
	xlat.NL80211_ATTR_WIPHY_RTS_THRESHOLD:            gU32,
	xlat.NL80211_ATTR_USE_MFP:                        gXval(xlat.GenlNl80211Mfp, "NL80211_MFP_???", 4),
	xlat.NL80211_ATTR_STA_FLAGS2:                     nl80211StaFlagUpdate,
	xlat.NL80211_ATTR_STATUS_CODE:                    gU16,
	xlat.NL80211_ATTR_CIPHER_SUITES_PAIRWISE:         gArray(4, FmtX),
	xlat.NL80211_ATTR_CIPHER_SUITE_GROUP:             nl80211Cipher,
	xlat.NL80211_ATTR_WPA_VERSIONS:                   gX32,
	xlat.NL80211_ATTR_AKM_SUITES:                     gArray(4, FmtX),
	xlat.NL80211_ATTR_PREV_BSSID:                     gHwaddr,
	xlat.NL80211_ATTR_KEY:                            nestDec{nl80211Key},
	xlat.NL80211_ATTR_KEYS:                           nestDec{arrayOf(nl80211Key)},
	xlat.NL80211_ATTR_PID:                            gU32,
	xlat.NL80211_ATTR_4ADDR:                          gU8,
	xlat.NL80211_ATTR_SURVEY_INFO:                    nestDec{nl80211Survey},
	xlat.NL80211_ATTR_MAX_NUM_PMKIDS:                 gU8,
	xlat.NL80211_ATTR_DURATION:                       gU32,
	xlat.NL80211_ATTR_COOKIE:                         gX64,
	xlat.NL80211_ATTR_WIPHY_COVERAGE_CLASS:           gU8,
	xlat.NL80211_ATTR_PS_STATE:                       gXval(xlat.GenlNl80211PsStates, "NL80211_PS_???", 4),
	xlat.NL80211_ATTR_AP_ISOLATE:                     gU8,
	xlat.NL80211_ATTR_WIPHY_TX_POWER_SETTING:         gXval(xlat.GenlNl80211TxPowerSettings, "NL80211_TX_POWER_???", 4),
	xlat.NL80211_ATTR_WIPHY_TX_POWER_LEVEL:           nl80211MBm,
	xlat.NL80211_ATTR_FRAME_TYPE:                     gX16,
	xlat.NL80211_ATTR_CONTROL_PORT_ETHERTYPE:         numDec{size: 2, fmt: FmtU, exact: true, be: true},
	xlat.NL80211_ATTR_WIPHY_ANTENNA_TX:               gX32,
	xlat.NL80211_ATTR_WIPHY_ANTENNA_RX:               gX32,
	xlat.NL80211_ATTR_BSS_HT_OPMODE:                  gX16,
	xlat.NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION: gU32,
	xlat.NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX:         gX32,
	xlat.NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX:         gX32,
	xlat.NL80211_ATTR_STA_PLINK_STATE:                gU8,
	xlat.NL80211_ATTR_SCHED_SCAN_INTERVAL:            gU32,
	xlat.NL80211_ATTR_INTERFACE_COMBINATIONS:         nestDec{arrayOf(nl80211IfaceComb)},
	xlat.NL80211_ATTR_SOFTWARE_IFTYPES:               nestDec{nl80211IftypeFlags},
	xlat.NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS:       gU8,
	xlat.NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN:          gU16,
	xlat.NL80211_ATTR_HIDDEN_SSID:                    gU32,
	xlat.NL80211_ATTR_MAX_MATCH_SETS:                 gU8,
	xlat.NL80211_ATTR_TDLS_ACTION:                    gU8,
	xlat.NL80211_ATTR_TDLS_DIALOG_TOKEN:              gU8,
	xlat.NL80211_ATTR_TDLS_OPERATION:                 gU8,
	xlat.NL80211_ATTR_FEATURE_FLAGS:                  gX32,
	xlat.NL80211_ATTR_DFS_REGION:                     gXval(xlat.GenlNl80211DfsRegions, "NL80211_DFS_???", 1),
	xlat.NL80211_ATTR_INACTIVITY_TIMEOUT:             gU16,
	xlat.NL80211_ATTR_RX_SIGNAL_DBM:                  gS32,
	xlat.NL80211_ATTR_BG_SCAN_PERIOD:                 gU16,
	xlat.NL80211_ATTR_WDEV:                           gX64,
	xlat.NL80211_ATTR_CONN_FAILED_REASON:             gU32,
	xlat.NL80211_ATTR_SCAN_FLAGS:                     gX32,
	xlat.NL80211_ATTR_CHANNEL_WIDTH:                  nl80211ChanWidth,
	xlat.NL80211_ATTR_CENTER_FREQ1:                   gU32,
	xlat.NL80211_ATTR_CENTER_FREQ2:                   gU32,
	xlat.NL80211_ATTR_PROTOCOL_FEATURES:              gX32,
	xlat.NL80211_ATTR_VENDOR_ID:                      gX32,
	xlat.NL80211_ATTR_VENDOR_SUBCMD:                  gU32,
	xlat.NL80211_ATTR_MAC_HINT:                       gHwaddr,
	xlat.NL80211_ATTR_WIPHY_FREQ_HINT:                gU32,
	xlat.NL80211_ATTR_SMPS_MODE:                      gXval(xlat.GenlNl80211SmpsModes, "NL80211_SMPS_???", 1),
	xlat.NL80211_ATTR_NETNS_FD:                       numDec{size: 4, fmt: FmtFd, exact: true},
	xlat.NL80211_ATTR_BSSID:                          gHwaddr,
	xlat.NL80211_ATTR_NSS:                            gU8,
	xlat.NL80211_ATTR_ACK_SIGNAL:                     gS8,
	xlat.NL80211_ATTR_VLAN_ID:                        gU16,
	xlat.NL80211_ATTR_WIPHY_FREQ_OFFSET:              gU32,
	xlat.NL80211_ATTR_CENTER_FREQ1_OFFSET:            gU32,
	xlat.NL80211_ATTR_MLO_LINK_ID:                    gU8,
	xlat.NL80211_ATTR_MLD_ADDR:                       gHwaddr,
	xlat.NL80211_ATTR_MAX_NUM_AKM_SUITES:             gU16,
	// flags, information elements, frames and capability blobs: no
	// decoder (flags carry no payload, the rest prints as hex)
})
