package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// thermal (linux/thermal.h): thermal zones, trip points, cooling devices.
// Commands and multicast events are numbered apart; both carry the one
// attribute set, whose nests hold the same set again.

var thermalSpec = &genlSpec{
	name:      "thermal",
	cmds:      xlat.GenlThermalCmds,
	cmdDflt:   "THERMAL_GENL_CMD_???",
	attrs:     thermalAttrs,
	events:    xlat.GenlThermalEvents,
	eventDflt: "THERMAL_GENL_EVENT_???",
}

var thermalAttrs = newSet(xlat.GenlThermalAttrs, "THERMAL_GENL_ATTR_???", map[uint16]attrDec{
	2:  gU32,                                                                  // THERMAL_GENL_ATTR_TZ_ID
	3:  gS32,                                                                  // THERMAL_GENL_ATTR_TZ_TEMP
	5:  gU32,                                                                  // THERMAL_GENL_ATTR_TZ_TRIP_ID
	6:  gXval(xlat.GenlThermalTripTypes, "THERMAL_TRIP_???", 4),               // THERMAL_GENL_ATTR_TZ_TRIP_TYPE
	7:  gS32,                                                                  // THERMAL_GENL_ATTR_TZ_TRIP_TEMP
	8:  gS32,                                                                  // THERMAL_GENL_ATTR_TZ_TRIP_HYST
	9:  gXval(xlat.GenlThermalDeviceModes, "THERMAL_DEVICE_???", 4),           // THERMAL_GENL_ATTR_TZ_MODE
	10: nlaStr,                                                                // THERMAL_GENL_ATTR_TZ_NAME
	11: gU32,                                                                  // THERMAL_GENL_ATTR_TZ_CDEV_WEIGHT
	13: nlaStr,                                                                // THERMAL_GENL_ATTR_TZ_GOV_NAME
	15: gU32,                                                                  // THERMAL_GENL_ATTR_CDEV_ID
	16: gU32,                                                                  // THERMAL_GENL_ATTR_CDEV_CUR_STATE
	17: gU32,                                                                  // THERMAL_GENL_ATTR_CDEV_MAX_STATE
	18: nlaStr,                                                                // THERMAL_GENL_ATTR_CDEV_NAME
	19: nlaStr,                                                                // THERMAL_GENL_ATTR_GOV_NAME
	21: gU32,                                                                  // THERMAL_GENL_ATTR_CPU_CAPABILITY_ID
	22: gU32,                                                                  // THERMAL_GENL_ATTR_CPU_CAPABILITY_PERFORMANCE
	23: gU32,                                                                  // THERMAL_GENL_ATTR_CPU_CAPABILITY_EFFICIENCY
	25: gS32,                                                                  // THERMAL_GENL_ATTR_THRESHOLD_TEMP
	26: gFlags(xlat.GenlThermalThresholdWays, "THERMAL_THRESHOLD_WAY_???", 4), // THERMAL_GENL_ATTR_THRESHOLD_DIRECTION
	27: gS32,                                                                  // THERMAL_GENL_ATTR_TZ_PREV_TEMP
})

func init() {
	self := nestDec{thermalAttrs}
	for _, t := range []uint16{
		1,  // THERMAL_GENL_ATTR_TZ
		4,  // THERMAL_GENL_ATTR_TZ_TRIP
		12, // THERMAL_GENL_ATTR_TZ_GOV
		14, // THERMAL_GENL_ATTR_CDEV
		20, // THERMAL_GENL_ATTR_CPU_CAPABILITY
		24, // THERMAL_GENL_ATTR_THRESHOLD
	} {
		thermalAttrs.dec[t] = self
	}
}
