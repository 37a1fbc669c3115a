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

var thermalAttrs = newSet(xlat.GenlThermalAttrs, "THERMAL_GENL_ATTR_???", []attrDec{
	xlat.THERMAL_GENL_ATTR_TZ_ID:                      gU32,
	xlat.THERMAL_GENL_ATTR_TZ_TEMP:                    gS32,
	xlat.THERMAL_GENL_ATTR_TZ_TRIP_ID:                 gU32,
	xlat.THERMAL_GENL_ATTR_TZ_TRIP_TYPE:               gXval(xlat.GenlThermalTripTypes, "THERMAL_TRIP_???", 4),
	xlat.THERMAL_GENL_ATTR_TZ_TRIP_TEMP:               gS32,
	xlat.THERMAL_GENL_ATTR_TZ_TRIP_HYST:               gS32,
	xlat.THERMAL_GENL_ATTR_TZ_MODE:                    gXval(xlat.GenlThermalDeviceModes, "THERMAL_DEVICE_???", 4),
	xlat.THERMAL_GENL_ATTR_TZ_NAME:                    nlaStr,
	xlat.THERMAL_GENL_ATTR_TZ_CDEV_WEIGHT:             gU32,
	xlat.THERMAL_GENL_ATTR_TZ_GOV_NAME:                nlaStr,
	xlat.THERMAL_GENL_ATTR_CDEV_ID:                    gU32,
	xlat.THERMAL_GENL_ATTR_CDEV_CUR_STATE:             gU32,
	xlat.THERMAL_GENL_ATTR_CDEV_MAX_STATE:             gU32,
	xlat.THERMAL_GENL_ATTR_CDEV_NAME:                  nlaStr,
	xlat.THERMAL_GENL_ATTR_GOV_NAME:                   nlaStr,
	xlat.THERMAL_GENL_ATTR_CPU_CAPABILITY_ID:          gU32,
	xlat.THERMAL_GENL_ATTR_CPU_CAPABILITY_PERFORMANCE: gU32,
	xlat.THERMAL_GENL_ATTR_CPU_CAPABILITY_EFFICIENCY:  gU32,
	xlat.THERMAL_GENL_ATTR_THRESHOLD_TEMP:             gS32,
	xlat.THERMAL_GENL_ATTR_THRESHOLD_DIRECTION:        gFlags(xlat.GenlThermalThresholdWays, "THERMAL_THRESHOLD_WAY_???", 4),
	xlat.THERMAL_GENL_ATTR_TZ_PREV_TEMP:               gS32,
})

func init() {
	nestSelf(thermalAttrs,
		xlat.THERMAL_GENL_ATTR_TZ,
		xlat.THERMAL_GENL_ATTR_TZ_TRIP,
		xlat.THERMAL_GENL_ATTR_TZ_GOV,
		xlat.THERMAL_GENL_ATTR_CDEV,
		xlat.THERMAL_GENL_ATTR_CPU_CAPABILITY,
		xlat.THERMAL_GENL_ATTR_THRESHOLD,
	)
}
