package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// devlink (linux/devlink.h): devices, ports, shared buffers, parameters,
// regions, health reporters, traps, rates, line cards. One attribute set
// serves every command; most nests hold the same set again.

var devlinkSpec = &genlSpec{
	name:    "devlink",
	cmds:    xlat.GenlDevlinkCmds,
	cmdDflt: "DEVLINK_CMD_???",
	attrs:   devlinkAttrs,
}

var (
	devlinkReloadActionBits = bitsOf("devlink_reload_action_bits", xlat.GenlDevlinkReloadActions)
	devlinkReloadLimitBits  = bitsOf("devlink_reload_limit_bits", xlat.GenlDevlinkReloadLimits)
)

var devlinkPortFnAttrs = newSet(xlat.GenlDevlinkPortFnAttrs, "DEVLINK_PORT_FN_ATTR_???", map[uint16]attrDec{
	xlat.DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR: gHwaddr,
	xlat.DEVLINK_PORT_FN_ATTR_STATE:         gXval(xlat.GenlDevlinkPortFnStates, "DEVLINK_PORT_FN_STATE_???", 1),
	xlat.DEVLINK_PORT_FN_ATTR_OPSTATE:       gXval(xlat.GenlDevlinkPortFnOpstates, "DEVLINK_PORT_FN_OPSTATE_???", 1),
	xlat.DEVLINK_PORT_FN_ATTR_CAPS:          gBitfield32(xlat.GenlDevlinkPortFnCaps, "DEVLINK_PORT_FN_CAP_???"),
	xlat.DEVLINK_PORT_FN_ATTR_MAX_IO_EQS:    gU32,
})

var devlinkStatsAttrs = newSet(xlat.GenlDevlinkStatsAttrs, "DEVLINK_ATTR_STATS_???", map[uint16]attrDec{
	xlat.DEVLINK_ATTR_STATS_RX_PACKETS: gU64,
	xlat.DEVLINK_ATTR_STATS_RX_BYTES:   gU64,
	xlat.DEVLINK_ATTR_STATS_RX_DROPPED: gU64,
})

var devlinkRateTcAttrs = newSet(xlat.GenlDevlinkRateTcAttrs, "DEVLINK_RATE_TC_ATTR_???", map[uint16]attrDec{
	xlat.DEVLINK_RATE_TC_ATTR_INDEX: gU8,
	xlat.DEVLINK_RATE_TC_ATTR_BW:    gU32,
})

var devlinkAttrs = newSet(xlat.GenlDevlinkAttrs, "DEVLINK_ATTR_???", map[uint16]attrDec{
	xlat.DEVLINK_ATTR_BUS_NAME:                        nlaStr,
	xlat.DEVLINK_ATTR_DEV_NAME:                        nlaStr,
	xlat.DEVLINK_ATTR_PORT_INDEX:                      gU32,
	xlat.DEVLINK_ATTR_PORT_TYPE:                       gXval(xlat.GenlDevlinkPortTypes, "DEVLINK_PORT_TYPE_???", 2),
	xlat.DEVLINK_ATTR_PORT_DESIRED_TYPE:               gXval(xlat.GenlDevlinkPortTypes, "DEVLINK_PORT_TYPE_???", 2),
	xlat.DEVLINK_ATTR_PORT_NETDEV_IFINDEX:             gIfindex,
	xlat.DEVLINK_ATTR_PORT_NETDEV_NAME:                nlaStr,
	xlat.DEVLINK_ATTR_PORT_IBDEV_NAME:                 nlaStr,
	xlat.DEVLINK_ATTR_PORT_SPLIT_COUNT:                gU32,
	xlat.DEVLINK_ATTR_PORT_SPLIT_GROUP:                gU32,
	xlat.DEVLINK_ATTR_SB_INDEX:                        gU32,
	xlat.DEVLINK_ATTR_SB_SIZE:                         gU32,
	xlat.DEVLINK_ATTR_SB_INGRESS_POOL_COUNT:           gU16,
	xlat.DEVLINK_ATTR_SB_EGRESS_POOL_COUNT:            gU16,
	xlat.DEVLINK_ATTR_SB_INGRESS_TC_COUNT:             gU16,
	xlat.DEVLINK_ATTR_SB_EGRESS_TC_COUNT:              gU16,
	xlat.DEVLINK_ATTR_SB_POOL_INDEX:                   gU16,
	xlat.DEVLINK_ATTR_SB_POOL_TYPE:                    gXval(xlat.GenlDevlinkSbPoolTypes, "DEVLINK_SB_POOL_TYPE_???", 1),
	xlat.DEVLINK_ATTR_SB_POOL_SIZE:                    gU32,
	xlat.DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE:          gXval(xlat.GenlDevlinkSbThresholdTypes, "DEVLINK_SB_THRESHOLD_TYPE_???", 1),
	xlat.DEVLINK_ATTR_SB_THRESHOLD:                    gU32,
	xlat.DEVLINK_ATTR_SB_TC_INDEX:                     gU16,
	xlat.DEVLINK_ATTR_SB_OCC_CUR:                      gU32,
	xlat.DEVLINK_ATTR_SB_OCC_MAX:                      gU32,
	xlat.DEVLINK_ATTR_ESWITCH_MODE:                    gXval(xlat.GenlDevlinkEswitchModes, "DEVLINK_ESWITCH_MODE_???", 2),
	xlat.DEVLINK_ATTR_ESWITCH_INLINE_MODE:             gXval(xlat.GenlDevlinkEswitchInlineModes, "DEVLINK_ESWITCH_INLINE_MODE_???", 1),
	xlat.DEVLINK_ATTR_DPIPE_TABLE_NAME:                nlaStr,
	xlat.DEVLINK_ATTR_DPIPE_TABLE_SIZE:                gU64,
	xlat.DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED:    gU8,
	xlat.DEVLINK_ATTR_DPIPE_ENTRY_INDEX:               gU64,
	xlat.DEVLINK_ATTR_DPIPE_ENTRY_COUNTER:             gU64,
	xlat.DEVLINK_ATTR_DPIPE_MATCH_TYPE:                gXval(xlat.GenlDevlinkDpipeMatchTypes, "DEVLINK_DPIPE_MATCH_TYPE_???", 4),
	xlat.DEVLINK_ATTR_DPIPE_ACTION_TYPE:               gXval(xlat.GenlDevlinkDpipeActionTypes, "DEVLINK_DPIPE_ACTION_TYPE_???", 4),
	xlat.DEVLINK_ATTR_DPIPE_VALUE_MAPPING:             gU32,
	xlat.DEVLINK_ATTR_DPIPE_HEADER_NAME:               nlaStr,
	xlat.DEVLINK_ATTR_DPIPE_HEADER_ID:                 gU32,
	xlat.DEVLINK_ATTR_DPIPE_HEADER_GLOBAL:             gU8,
	xlat.DEVLINK_ATTR_DPIPE_HEADER_INDEX:              gU32,
	xlat.DEVLINK_ATTR_DPIPE_FIELD_NAME:                nlaStr,
	xlat.DEVLINK_ATTR_DPIPE_FIELD_ID:                  gU32,
	xlat.DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH:            gU32,
	xlat.DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE:        gXval(xlat.GenlDevlinkDpipeFieldMappingTypes, "DEVLINK_DPIPE_FIELD_MAPPING_TYPE_???", 4),
	xlat.DEVLINK_ATTR_ESWITCH_ENCAP_MODE:              gXval(xlat.GenlDevlinkEswitchEncapModes, "DEVLINK_ESWITCH_ENCAP_MODE_???", 1),
	xlat.DEVLINK_ATTR_RESOURCE_NAME:                   nlaStr,
	xlat.DEVLINK_ATTR_RESOURCE_ID:                     gU64,
	xlat.DEVLINK_ATTR_RESOURCE_SIZE:                   gU64,
	xlat.DEVLINK_ATTR_RESOURCE_SIZE_NEW:               gU64,
	xlat.DEVLINK_ATTR_RESOURCE_SIZE_VALID:             gU8,
	xlat.DEVLINK_ATTR_RESOURCE_SIZE_MIN:               gU64,
	xlat.DEVLINK_ATTR_RESOURCE_SIZE_MAX:               gU64,
	xlat.DEVLINK_ATTR_RESOURCE_SIZE_GRAN:              gU64,
	xlat.DEVLINK_ATTR_RESOURCE_UNIT:                   gXval(xlat.GenlDevlinkResourceUnits, "DEVLINK_RESOURCE_UNIT_???", 1),
	xlat.DEVLINK_ATTR_RESOURCE_OCC:                    gU64,
	xlat.DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID:         gU64,
	xlat.DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS:      gU64,
	xlat.DEVLINK_ATTR_PORT_FLAVOUR:                    gXval(xlat.GenlDevlinkPortFlavours, "DEVLINK_PORT_FLAVOUR_???", 2),
	xlat.DEVLINK_ATTR_PORT_NUMBER:                     gU32,
	xlat.DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER:       gU32,
	xlat.DEVLINK_ATTR_PARAM_NAME:                      nlaStr,
	xlat.DEVLINK_ATTR_PARAM_TYPE:                      gXval(xlat.GenlDevlinkVarAttrTypes, "DEVLINK_VAR_ATTR_TYPE_???", 1),
	xlat.DEVLINK_ATTR_PARAM_VALUE_CMODE:               gXval(xlat.GenlDevlinkParamCmodes, "DEVLINK_PARAM_CMODE_???", 1),
	xlat.DEVLINK_ATTR_REGION_NAME:                     nlaStr,
	xlat.DEVLINK_ATTR_REGION_SIZE:                     gU64,
	xlat.DEVLINK_ATTR_REGION_SNAPSHOT_ID:              gU32,
	xlat.DEVLINK_ATTR_REGION_CHUNK_ADDR:               gX64,
	xlat.DEVLINK_ATTR_REGION_CHUNK_LEN:                gU64,
	xlat.DEVLINK_ATTR_INFO_DRIVER_NAME:                nlaStr,
	xlat.DEVLINK_ATTR_INFO_SERIAL_NUMBER:              nlaStr,
	xlat.DEVLINK_ATTR_INFO_VERSION_NAME:               nlaStr,
	xlat.DEVLINK_ATTR_INFO_VERSION_VALUE:              nlaStr,
	xlat.DEVLINK_ATTR_SB_POOL_CELL_SIZE:               gU32,
	xlat.DEVLINK_ATTR_FMSG_OBJ_NAME:                   nlaStr,
	xlat.DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE:             gXval(xlat.GenlDevlinkVarAttrTypes, "DEVLINK_VAR_ATTR_TYPE_???", 1),
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_NAME:            nlaStr,
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_STATE:           gU8,
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT:       gU64,
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT:   gU64,
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS:         gU64,
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD: gU64,
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER:    gU8,
	xlat.DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME:          nlaStr,
	xlat.DEVLINK_ATTR_FLASH_UPDATE_COMPONENT:          nlaStr,
	xlat.DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG:         nlaStr,
	xlat.DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE:        gU64,
	xlat.DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL:       gU64,
	xlat.DEVLINK_ATTR_PORT_PCI_PF_NUMBER:              gU16,
	xlat.DEVLINK_ATTR_PORT_PCI_VF_NUMBER:              gU16,
	xlat.DEVLINK_ATTR_STATS:                           nestDec{devlinkStatsAttrs},
	xlat.DEVLINK_ATTR_TRAP_NAME:                       nlaStr,
	xlat.DEVLINK_ATTR_TRAP_ACTION:                     gXval(xlat.GenlDevlinkTrapActions, "DEVLINK_TRAP_ACTION_???", 1),
	xlat.DEVLINK_ATTR_TRAP_TYPE:                       gXval(xlat.GenlDevlinkTrapTypes, "DEVLINK_TRAP_TYPE_???", 1),
	xlat.DEVLINK_ATTR_TRAP_METADATA:                   nestDec{&attrSet{names: xlat.GenlDevlinkTrapMetadataTypes, dflt: "DEVLINK_ATTR_TRAP_METADATA_TYPE_???"}},
	xlat.DEVLINK_ATTR_TRAP_GROUP_NAME:                 nlaStr,
	xlat.DEVLINK_ATTR_RELOAD_FAILED:                   gU8,
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS:      gU64,
	xlat.DEVLINK_ATTR_NETNS_FD:                        numDec{size: 4, fmt: FmtFd, exact: true},
	xlat.DEVLINK_ATTR_NETNS_PID:                       gU32,
	xlat.DEVLINK_ATTR_NETNS_ID:                        gU32,
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP:       gU8,
	xlat.DEVLINK_ATTR_TRAP_POLICER_ID:                 gU32,
	xlat.DEVLINK_ATTR_TRAP_POLICER_RATE:               gU64,
	xlat.DEVLINK_ATTR_TRAP_POLICER_BURST:              gU64,
	xlat.DEVLINK_ATTR_PORT_FUNCTION:                   nestDec{devlinkPortFnAttrs},
	xlat.DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER:        nlaStr,
	xlat.DEVLINK_ATTR_PORT_LANES:                      gU32,
	xlat.DEVLINK_ATTR_PORT_SPLITTABLE:                 gU8,
	xlat.DEVLINK_ATTR_PORT_EXTERNAL:                   gU8,
	xlat.DEVLINK_ATTR_PORT_CONTROLLER_NUMBER:          gU32,
	xlat.DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT:     gU64,
	xlat.DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK:     gBitfield32(xlat.GenlDevlinkFlashOverwrite, "DEVLINK_FLASH_OVERWRITE_???"),
	xlat.DEVLINK_ATTR_RELOAD_ACTION:                   gXval(xlat.GenlDevlinkReloadActions, "DEVLINK_RELOAD_ACTION_???", 1),
	xlat.DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED:        gBitfield32(devlinkReloadActionBits, "DEVLINK_RELOAD_ACTION_???"),
	xlat.DEVLINK_ATTR_RELOAD_LIMITS:                   gBitfield32(devlinkReloadLimitBits, "DEVLINK_RELOAD_LIMIT_???"),
	xlat.DEVLINK_ATTR_RELOAD_STATS_LIMIT:              gXval(xlat.GenlDevlinkReloadLimits, "DEVLINK_RELOAD_LIMIT_???", 1),
	xlat.DEVLINK_ATTR_RELOAD_STATS_VALUE:              gU32,
	xlat.DEVLINK_ATTR_PORT_PCI_SF_NUMBER:              gU32,
	xlat.DEVLINK_ATTR_RATE_TYPE:                       gXval(xlat.GenlDevlinkRateTypes, "DEVLINK_RATE_TYPE_???", 2),
	xlat.DEVLINK_ATTR_RATE_TX_SHARE:                   gU64,
	xlat.DEVLINK_ATTR_RATE_TX_MAX:                     gU64,
	xlat.DEVLINK_ATTR_RATE_NODE_NAME:                  nlaStr,
	xlat.DEVLINK_ATTR_RATE_PARENT_NODE_NAME:           nlaStr,
	xlat.DEVLINK_ATTR_REGION_MAX_SNAPSHOTS:            gU32,
	xlat.DEVLINK_ATTR_LINECARD_INDEX:                  gU32,
	xlat.DEVLINK_ATTR_LINECARD_STATE:                  gXval(xlat.GenlDevlinkLinecardStates, "DEVLINK_LINECARD_STATE_???", 1),
	xlat.DEVLINK_ATTR_LINECARD_TYPE:                   nlaStr,
	xlat.DEVLINK_ATTR_SELFTESTS:                       nestDec{&attrSet{names: xlat.GenlDevlinkSelftestIdAttrs, dflt: "DEVLINK_ATTR_SELFTEST_ID_???"}},
	xlat.DEVLINK_ATTR_RATE_TX_PRIORITY:                gU32,
	xlat.DEVLINK_ATTR_RATE_TX_WEIGHT:                  gU32,
	xlat.DEVLINK_ATTR_RATE_TC_BWS:                     nestDec{devlinkRateTcAttrs},
	xlat.DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD:    gU64,
	xlat.DEVLINK_ATTR_INDEX:                           gUint,
	// DEVLINK_ATTR_DPIPE_VALUE(_MASK), _PARAM_VALUE_DATA,
	// _REGION_CHUNK_DATA and _FMSG_OBJ_VALUE_DATA are binary or of the
	// type another attribute names; flags carry no payload.
})

func init() {
	// the nests of devlink attributes
	self := nestDec{devlinkAttrs}
	for _, t := range []uint16{
		xlat.DEVLINK_ATTR_DPIPE_TABLES, xlat.DEVLINK_ATTR_DPIPE_TABLE, xlat.DEVLINK_ATTR_DPIPE_TABLE_MATCHES, xlat.DEVLINK_ATTR_DPIPE_TABLE_ACTIONS, xlat.DEVLINK_ATTR_DPIPE_ENTRIES, xlat.DEVLINK_ATTR_DPIPE_ENTRY, xlat.DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES, xlat.DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES, xlat.DEVLINK_ATTR_DPIPE_MATCH, xlat.DEVLINK_ATTR_DPIPE_MATCH_VALUE, xlat.DEVLINK_ATTR_DPIPE_ACTION, xlat.DEVLINK_ATTR_DPIPE_ACTION_VALUE, xlat.DEVLINK_ATTR_DPIPE_HEADERS, xlat.DEVLINK_ATTR_DPIPE_HEADER, xlat.DEVLINK_ATTR_DPIPE_HEADER_FIELDS, xlat.DEVLINK_ATTR_DPIPE_FIELD,
		xlat.DEVLINK_ATTR_RESOURCE_LIST, xlat.DEVLINK_ATTR_RESOURCE,
		xlat.DEVLINK_ATTR_PARAM, xlat.DEVLINK_ATTR_PARAM_VALUES_LIST, xlat.DEVLINK_ATTR_PARAM_VALUE, xlat.DEVLINK_ATTR_PARAM_VALUE_DEFAULT,
		xlat.DEVLINK_ATTR_REGION_SNAPSHOTS, xlat.DEVLINK_ATTR_REGION_SNAPSHOT, xlat.DEVLINK_ATTR_REGION_CHUNKS, xlat.DEVLINK_ATTR_REGION_CHUNK,
		xlat.DEVLINK_ATTR_INFO_VERSION_FIXED, xlat.DEVLINK_ATTR_INFO_VERSION_RUNNING, xlat.DEVLINK_ATTR_INFO_VERSION_STORED,
		xlat.DEVLINK_ATTR_FMSG, xlat.DEVLINK_ATTR_HEALTH_REPORTER,
		xlat.DEVLINK_ATTR_DEV_STATS, xlat.DEVLINK_ATTR_RELOAD_STATS, xlat.DEVLINK_ATTR_RELOAD_STATS_ENTRY, xlat.DEVLINK_ATTR_REMOTE_RELOAD_STATS, xlat.DEVLINK_ATTR_RELOAD_ACTION_INFO, xlat.DEVLINK_ATTR_RELOAD_ACTION_STATS,
		xlat.DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES, xlat.DEVLINK_ATTR_NESTED_DEVLINK,
	} {
		if int(t) < len(devlinkAttrs.dec) {
			devlinkAttrs.dec[t] = self
		}
	}
	devlinkPortFnAttrs.dec[xlat.DEVLINK_PORT_FN_ATTR_DEVLINK] = self
}
