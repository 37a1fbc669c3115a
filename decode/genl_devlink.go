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
	1: gHwaddr,                                                                 // DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR
	2: gXval(xlat.GenlDevlinkPortFnStates, "DEVLINK_PORT_FN_STATE_???", 1),     // DEVLINK_PORT_FN_ATTR_STATE
	3: gXval(xlat.GenlDevlinkPortFnOpstates, "DEVLINK_PORT_FN_OPSTATE_???", 1), // DEVLINK_PORT_FN_ATTR_OPSTATE
	4: gBitfield32(xlat.GenlDevlinkPortFnCaps, "DEVLINK_PORT_FN_CAP_???"),      // DEVLINK_PORT_FN_ATTR_CAPS
	6: gU32,                                                                    // DEVLINK_PORT_FN_ATTR_MAX_IO_EQS
})

var devlinkStatsAttrs = newSet(xlat.GenlDevlinkStatsAttrs, "DEVLINK_ATTR_STATS_???", map[uint16]attrDec{
	0: gU64, // DEVLINK_ATTR_STATS_RX_PACKETS
	1: gU64, // DEVLINK_ATTR_STATS_RX_BYTES
	2: gU64, // DEVLINK_ATTR_STATS_RX_DROPPED
})

var devlinkRateTcAttrs = newSet(xlat.GenlDevlinkRateTcAttrs, "DEVLINK_RATE_TC_ATTR_???", map[uint16]attrDec{
	1: gU8,  // DEVLINK_RATE_TC_ATTR_INDEX
	2: gU32, // DEVLINK_RATE_TC_ATTR_BW
})

var devlinkAttrs = newSet(xlat.GenlDevlinkAttrs, "DEVLINK_ATTR_???", map[uint16]attrDec{
	1:   nlaStr,                                                                                                   // DEVLINK_ATTR_BUS_NAME
	2:   nlaStr,                                                                                                   // DEVLINK_ATTR_DEV_NAME
	3:   gU32,                                                                                                     // DEVLINK_ATTR_PORT_INDEX
	4:   gXval(xlat.GenlDevlinkPortTypes, "DEVLINK_PORT_TYPE_???", 2),                                             // DEVLINK_ATTR_PORT_TYPE
	5:   gXval(xlat.GenlDevlinkPortTypes, "DEVLINK_PORT_TYPE_???", 2),                                             // DEVLINK_ATTR_PORT_DESIRED_TYPE
	6:   gIfindex,                                                                                                 // DEVLINK_ATTR_PORT_NETDEV_IFINDEX
	7:   nlaStr,                                                                                                   // DEVLINK_ATTR_PORT_NETDEV_NAME
	8:   nlaStr,                                                                                                   // DEVLINK_ATTR_PORT_IBDEV_NAME
	9:   gU32,                                                                                                     // DEVLINK_ATTR_PORT_SPLIT_COUNT
	10:  gU32,                                                                                                     // DEVLINK_ATTR_PORT_SPLIT_GROUP
	11:  gU32,                                                                                                     // DEVLINK_ATTR_SB_INDEX
	12:  gU32,                                                                                                     // DEVLINK_ATTR_SB_SIZE
	13:  gU16,                                                                                                     // DEVLINK_ATTR_SB_INGRESS_POOL_COUNT
	14:  gU16,                                                                                                     // DEVLINK_ATTR_SB_EGRESS_POOL_COUNT
	15:  gU16,                                                                                                     // DEVLINK_ATTR_SB_INGRESS_TC_COUNT
	16:  gU16,                                                                                                     // DEVLINK_ATTR_SB_EGRESS_TC_COUNT
	17:  gU16,                                                                                                     // DEVLINK_ATTR_SB_POOL_INDEX
	18:  gXval(xlat.GenlDevlinkSbPoolTypes, "DEVLINK_SB_POOL_TYPE_???", 1),                                        // DEVLINK_ATTR_SB_POOL_TYPE
	19:  gU32,                                                                                                     // DEVLINK_ATTR_SB_POOL_SIZE
	20:  gXval(xlat.GenlDevlinkSbThresholdTypes, "DEVLINK_SB_THRESHOLD_TYPE_???", 1),                              // DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE
	21:  gU32,                                                                                                     // DEVLINK_ATTR_SB_THRESHOLD
	22:  gU16,                                                                                                     // DEVLINK_ATTR_SB_TC_INDEX
	23:  gU32,                                                                                                     // DEVLINK_ATTR_SB_OCC_CUR
	24:  gU32,                                                                                                     // DEVLINK_ATTR_SB_OCC_MAX
	25:  gXval(xlat.GenlDevlinkEswitchModes, "DEVLINK_ESWITCH_MODE_???", 2),                                       // DEVLINK_ATTR_ESWITCH_MODE
	26:  gXval(xlat.GenlDevlinkEswitchInlineModes, "DEVLINK_ESWITCH_INLINE_MODE_???", 1),                          // DEVLINK_ATTR_ESWITCH_INLINE_MODE
	29:  nlaStr,                                                                                                   // DEVLINK_ATTR_DPIPE_TABLE_NAME
	30:  gU64,                                                                                                     // DEVLINK_ATTR_DPIPE_TABLE_SIZE
	33:  gU8,                                                                                                      // DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED
	36:  gU64,                                                                                                     // DEVLINK_ATTR_DPIPE_ENTRY_INDEX
	39:  gU64,                                                                                                     // DEVLINK_ATTR_DPIPE_ENTRY_COUNTER
	42:  gU32,                                                                                                     // DEVLINK_ATTR_DPIPE_MATCH_TYPE
	45:  gU32,                                                                                                     // DEVLINK_ATTR_DPIPE_ACTION_TYPE
	48:  gU32,                                                                                                     // DEVLINK_ATTR_DPIPE_VALUE_MAPPING
	51:  nlaStr,                                                                                                   // DEVLINK_ATTR_DPIPE_HEADER_NAME
	52:  gU32,                                                                                                     // DEVLINK_ATTR_DPIPE_HEADER_ID
	54:  gU8,                                                                                                      // DEVLINK_ATTR_DPIPE_HEADER_GLOBAL
	55:  gU32,                                                                                                     // DEVLINK_ATTR_DPIPE_HEADER_INDEX
	57:  nlaStr,                                                                                                   // DEVLINK_ATTR_DPIPE_FIELD_NAME
	58:  gU32,                                                                                                     // DEVLINK_ATTR_DPIPE_FIELD_ID
	59:  gU32,                                                                                                     // DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH
	60:  gU32,                                                                                                     // DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE
	62:  gXval(xlat.GenlDevlinkEswitchEncapModes, "DEVLINK_ESWITCH_ENCAP_MODE_???", 1),                            // DEVLINK_ATTR_ESWITCH_ENCAP_MODE
	65:  nlaStr,                                                                                                   // DEVLINK_ATTR_RESOURCE_NAME
	66:  gU64,                                                                                                     // DEVLINK_ATTR_RESOURCE_ID
	67:  gU64,                                                                                                     // DEVLINK_ATTR_RESOURCE_SIZE
	68:  gU64,                                                                                                     // DEVLINK_ATTR_RESOURCE_SIZE_NEW
	69:  gU8,                                                                                                      // DEVLINK_ATTR_RESOURCE_SIZE_VALID
	70:  gU64,                                                                                                     // DEVLINK_ATTR_RESOURCE_SIZE_MIN
	71:  gU64,                                                                                                     // DEVLINK_ATTR_RESOURCE_SIZE_MAX
	72:  gU64,                                                                                                     // DEVLINK_ATTR_RESOURCE_SIZE_GRAN
	73:  gU8,                                                                                                      // DEVLINK_ATTR_RESOURCE_UNIT
	74:  gU64,                                                                                                     // DEVLINK_ATTR_RESOURCE_OCC
	75:  gU64,                                                                                                     // DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID
	76:  gU64,                                                                                                     // DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS
	77:  gXval(xlat.GenlDevlinkPortFlavours, "DEVLINK_PORT_FLAVOUR_???", 2),                                       // DEVLINK_ATTR_PORT_FLAVOUR
	78:  gU32,                                                                                                     // DEVLINK_ATTR_PORT_NUMBER
	79:  gU32,                                                                                                     // DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER
	81:  nlaStr,                                                                                                   // DEVLINK_ATTR_PARAM_NAME
	83:  gXval(xlat.GenlDevlinkVarAttrTypes, "DEVLINK_VAR_ATTR_TYPE_???", 1),                                      // DEVLINK_ATTR_PARAM_TYPE
	87:  gXval(xlat.GenlDevlinkParamCmodes, "DEVLINK_PARAM_CMODE_???", 1),                                         // DEVLINK_ATTR_PARAM_VALUE_CMODE
	88:  nlaStr,                                                                                                   // DEVLINK_ATTR_REGION_NAME
	89:  gU64,                                                                                                     // DEVLINK_ATTR_REGION_SIZE
	92:  gU32,                                                                                                     // DEVLINK_ATTR_REGION_SNAPSHOT_ID
	96:  gX64,                                                                                                     // DEVLINK_ATTR_REGION_CHUNK_ADDR
	97:  gU64,                                                                                                     // DEVLINK_ATTR_REGION_CHUNK_LEN
	98:  nlaStr,                                                                                                   // DEVLINK_ATTR_INFO_DRIVER_NAME
	99:  nlaStr,                                                                                                   // DEVLINK_ATTR_INFO_SERIAL_NUMBER
	103: nlaStr,                                                                                                   // DEVLINK_ATTR_INFO_VERSION_NAME
	104: nlaStr,                                                                                                   // DEVLINK_ATTR_INFO_VERSION_VALUE
	105: gU32,                                                                                                     // DEVLINK_ATTR_SB_POOL_CELL_SIZE
	111: nlaStr,                                                                                                   // DEVLINK_ATTR_FMSG_OBJ_NAME
	112: gXval(xlat.GenlDevlinkVarAttrTypes, "DEVLINK_VAR_ATTR_TYPE_???", 1),                                      // DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE
	115: nlaStr,                                                                                                   // DEVLINK_ATTR_HEALTH_REPORTER_NAME
	116: gU8,                                                                                                      // DEVLINK_ATTR_HEALTH_REPORTER_STATE
	117: gU64,                                                                                                     // DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT
	118: gU64,                                                                                                     // DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT
	119: gU64,                                                                                                     // DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS
	120: gU64,                                                                                                     // DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD
	121: gU8,                                                                                                      // DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER
	122: nlaStr,                                                                                                   // DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME
	123: nlaStr,                                                                                                   // DEVLINK_ATTR_FLASH_UPDATE_COMPONENT
	124: nlaStr,                                                                                                   // DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG
	125: gU64,                                                                                                     // DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE
	126: gU64,                                                                                                     // DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL
	127: gU16,                                                                                                     // DEVLINK_ATTR_PORT_PCI_PF_NUMBER
	128: gU16,                                                                                                     // DEVLINK_ATTR_PORT_PCI_VF_NUMBER
	129: nestDec{devlinkStatsAttrs},                                                                               // DEVLINK_ATTR_STATS
	130: nlaStr,                                                                                                   // DEVLINK_ATTR_TRAP_NAME
	131: gXval(xlat.GenlDevlinkTrapActions, "DEVLINK_TRAP_ACTION_???", 1),                                         // DEVLINK_ATTR_TRAP_ACTION
	132: gXval(xlat.GenlDevlinkTrapTypes, "DEVLINK_TRAP_TYPE_???", 1),                                             // DEVLINK_ATTR_TRAP_TYPE
	134: nestDec{&attrSet{names: xlat.GenlDevlinkTrapMetadataTypes, dflt: "DEVLINK_ATTR_TRAP_METADATA_TYPE_???"}}, // DEVLINK_ATTR_TRAP_METADATA
	135: nlaStr,                                                                                                   // DEVLINK_ATTR_TRAP_GROUP_NAME
	136: gU8,                                                                                                      // DEVLINK_ATTR_RELOAD_FAILED
	137: gU64,                                                                                                     // DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS
	138: exactDec{4, FmtFd},                                                                                       // DEVLINK_ATTR_NETNS_FD
	139: gU32,                                                                                                     // DEVLINK_ATTR_NETNS_PID
	140: gU32,                                                                                                     // DEVLINK_ATTR_NETNS_ID
	141: gU8,                                                                                                      // DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP
	142: gU32,                                                                                                     // DEVLINK_ATTR_TRAP_POLICER_ID
	143: gU64,                                                                                                     // DEVLINK_ATTR_TRAP_POLICER_RATE
	144: gU64,                                                                                                     // DEVLINK_ATTR_TRAP_POLICER_BURST
	145: nestDec{devlinkPortFnAttrs},                                                                              // DEVLINK_ATTR_PORT_FUNCTION
	146: nlaStr,                                                                                                   // DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER
	147: gU32,                                                                                                     // DEVLINK_ATTR_PORT_LANES
	148: gU8,                                                                                                      // DEVLINK_ATTR_PORT_SPLITTABLE
	149: gU8,                                                                                                      // DEVLINK_ATTR_PORT_EXTERNAL
	150: gU32,                                                                                                     // DEVLINK_ATTR_PORT_CONTROLLER_NUMBER
	151: gU64,                                                                                                     // DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT
	152: gBitfield32(xlat.GenlDevlinkFlashOverwrite, "DEVLINK_FLASH_OVERWRITE_???"),                               // DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK
	153: gXval(xlat.GenlDevlinkReloadActions, "DEVLINK_RELOAD_ACTION_???", 1),                                     // DEVLINK_ATTR_RELOAD_ACTION
	154: gBitfield32(devlinkReloadActionBits, "DEVLINK_RELOAD_ACTION_???"),                                        // DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED
	155: gBitfield32(devlinkReloadLimitBits, "DEVLINK_RELOAD_LIMIT_???"),                                          // DEVLINK_ATTR_RELOAD_LIMITS
	159: gXval(xlat.GenlDevlinkReloadLimits, "DEVLINK_RELOAD_LIMIT_???", 1),                                       // DEVLINK_ATTR_RELOAD_STATS_LIMIT
	160: gU32,                                                                                                     // DEVLINK_ATTR_RELOAD_STATS_VALUE
	164: gU32,                                                                                                     // DEVLINK_ATTR_PORT_PCI_SF_NUMBER
	165: gXval(xlat.GenlDevlinkRateTypes, "DEVLINK_RATE_TYPE_???", 2),                                             // DEVLINK_ATTR_RATE_TYPE
	166: gU64,                                                                                                     // DEVLINK_ATTR_RATE_TX_SHARE
	167: gU64,                                                                                                     // DEVLINK_ATTR_RATE_TX_MAX
	168: nlaStr,                                                                                                   // DEVLINK_ATTR_RATE_NODE_NAME
	169: nlaStr,                                                                                                   // DEVLINK_ATTR_RATE_PARENT_NODE_NAME
	170: gU32,                                                                                                     // DEVLINK_ATTR_REGION_MAX_SNAPSHOTS
	171: gU32,                                                                                                     // DEVLINK_ATTR_LINECARD_INDEX
	172: gXval(xlat.GenlDevlinkLinecardStates, "DEVLINK_LINECARD_STATE_???", 1),                                   // DEVLINK_ATTR_LINECARD_STATE
	173: nlaStr,                                                                                                   // DEVLINK_ATTR_LINECARD_TYPE
	176: nestDec{&attrSet{names: xlat.GenlDevlinkSelftestIdAttrs, dflt: "DEVLINK_ATTR_SELFTEST_ID_???"}},          // DEVLINK_ATTR_SELFTESTS
	177: gU32,                                                                                                     // DEVLINK_ATTR_RATE_TX_PRIORITY
	178: gU32,                                                                                                     // DEVLINK_ATTR_RATE_TX_WEIGHT
	180: nestDec{devlinkRateTcAttrs},                                                                              // DEVLINK_ATTR_RATE_TC_BWS
	181: gU64,                                                                                                     // DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD
	184: gUint,                                                                                                    // DEVLINK_ATTR_INDEX
	// DEVLINK_ATTR_DPIPE_VALUE(_MASK), _PARAM_VALUE_DATA,
	// _REGION_CHUNK_DATA and _FMSG_OBJ_VALUE_DATA are binary or of the
	// type another attribute names; flags carry no payload.
})

func init() {
	// the nests of devlink attributes
	self := nestDec{devlinkAttrs}
	for _, t := range []uint16{
		27, 28, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 49, 50, 53, 56, // DEVLINK_ATTR_DPIPE_*
		63, 64, // DEVLINK_ATTR_RESOURCE_LIST, DEVLINK_ATTR_RESOURCE
		80, 84, 85, 182, // DEVLINK_ATTR_PARAM, _PARAM_VALUES_LIST, _PARAM_VALUE, _PARAM_VALUE_DEFAULT
		90, 91, 93, 94, // DEVLINK_ATTR_REGION_SNAPSHOTS, _SNAPSHOT, _CHUNKS, _CHUNK
		100, 101, 102, // DEVLINK_ATTR_INFO_VERSION_FIXED, _RUNNING, _STORED
		106, 114, // DEVLINK_ATTR_FMSG, DEVLINK_ATTR_HEALTH_REPORTER
		156, 157, 158, 161, 162, 163, // DEVLINK_ATTR_DEV_STATS, _RELOAD_STATS*, _RELOAD_ACTION_*
		174, 175, // DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES, DEVLINK_ATTR_NESTED_DEVLINK
	} {
		if int(t) < len(devlinkAttrs.dec) {
			devlinkAttrs.dec[t] = self
		}
	}
	devlinkPortFnAttrs.dec[5] = self // DEVLINK_PORT_FN_ATTR_DEVLINK
}
