package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// dpll (linux/dpll.h): digital phase-locked loops and their pins.

var dpllSpec = &genlSpec{
	name:    "dpll",
	cmds:    xlat.GenlDpllCmds,
	cmdDflt: "DPLL_CMD_???",
	cmdAttrs: map[uint8]*attrSet{
		1:  dpllAttrs,    // DPLL_CMD_DEVICE_ID_GET
		2:  dpllAttrs,    // DPLL_CMD_DEVICE_GET
		3:  dpllAttrs,    // DPLL_CMD_DEVICE_SET
		4:  dpllAttrs,    // DPLL_CMD_DEVICE_CREATE_NTF
		5:  dpllAttrs,    // DPLL_CMD_DEVICE_DELETE_NTF
		6:  dpllAttrs,    // DPLL_CMD_DEVICE_CHANGE_NTF
		7:  dpllPinAttrs, // DPLL_CMD_PIN_ID_GET
		8:  dpllPinAttrs, // DPLL_CMD_PIN_GET
		9:  dpllPinAttrs, // DPLL_CMD_PIN_SET
		10: dpllPinAttrs, // DPLL_CMD_PIN_CREATE_NTF
		11: dpllPinAttrs, // DPLL_CMD_PIN_DELETE_NTF
		12: dpllPinAttrs, // DPLL_CMD_PIN_CHANGE_NTF
	},
}

var (
	dpllMode         = gXval(xlat.GenlDpllModes, "DPLL_MODE_???", 4)
	dpllFeatureState = gXval(xlat.GenlDpllFeatureStates, "DPLL_FEATURE_STATE_???", 4)
)

var dpllAttrs = newSet(xlat.GenlDpllAttrs, "DPLL_A_???", map[uint16]attrDec{
	1:  gU32,                                                                      // DPLL_A_ID
	2:  nlaStr,                                                                    // DPLL_A_MODULE_NAME
	4:  gX64,                                                                      // DPLL_A_CLOCK_ID
	5:  dpllMode,                                                                  // DPLL_A_MODE
	6:  dpllMode,                                                                  // DPLL_A_MODE_SUPPORTED
	7:  gXval(xlat.GenlDpllLockStatus, "DPLL_LOCK_STATUS_???", 4),                 // DPLL_A_LOCK_STATUS
	8:  gS32,                                                                      // DPLL_A_TEMP
	9:  gXval(xlat.GenlDpllTypes, "DPLL_TYPE_???", 4),                             // DPLL_A_TYPE
	10: gXval(xlat.GenlDpllLockStatusErrors, "DPLL_LOCK_STATUS_ERROR_???", 4),     // DPLL_A_LOCK_STATUS_ERROR
	11: gXval(xlat.GenlDpllClockQualityLevels, "DPLL_CLOCK_QUALITY_LEVEL_???", 4), // DPLL_A_CLOCK_QUALITY_LEVEL
	12: dpllFeatureState,                                                          // DPLL_A_PHASE_OFFSET_MONITOR
	13: gU32,                                                                      // DPLL_A_PHASE_OFFSET_AVG_FACTOR
	14: dpllFeatureState,                                                          // DPLL_A_FREQUENCY_MONITOR
})

var (
	dpllPinDirection = gXval(xlat.GenlDpllPinDirections, "DPLL_PIN_DIRECTION_???", 4)
	dpllPinState     = gXval(xlat.GenlDpllPinStates, "DPLL_PIN_STATE_???", 4)
)

var dpllPinAttrs = newSet(xlat.GenlDpllPinAttrs, "DPLL_A_PIN_???", map[uint16]attrDec{
	1:  gU32,                                                                 // DPLL_A_PIN_ID
	2:  gU32,                                                                 // DPLL_A_PIN_PARENT_ID
	3:  nlaStr,                                                               // DPLL_A_PIN_MODULE_NAME
	5:  gX64,                                                                 // DPLL_A_PIN_CLOCK_ID
	6:  nlaStr,                                                               // DPLL_A_PIN_BOARD_LABEL
	7:  nlaStr,                                                               // DPLL_A_PIN_PANEL_LABEL
	8:  nlaStr,                                                               // DPLL_A_PIN_PACKAGE_LABEL
	9:  gXval(xlat.GenlDpllPinTypes, "DPLL_PIN_TYPE_???", 4),                 // DPLL_A_PIN_TYPE
	10: dpllPinDirection,                                                     // DPLL_A_PIN_DIRECTION
	11: gU64,                                                                 // DPLL_A_PIN_FREQUENCY
	13: gU64,                                                                 // DPLL_A_PIN_FREQUENCY_MIN
	14: gU64,                                                                 // DPLL_A_PIN_FREQUENCY_MAX
	15: gU32,                                                                 // DPLL_A_PIN_PRIO
	16: dpllPinState,                                                         // DPLL_A_PIN_STATE
	17: gFlags(xlat.GenlDpllPinCapabilities, "DPLL_PIN_CAPABILITIES_???", 4), // DPLL_A_PIN_CAPABILITIES
	20: gS32,                                                                 // DPLL_A_PIN_PHASE_ADJUST_MIN
	21: gS32,                                                                 // DPLL_A_PIN_PHASE_ADJUST_MAX
	22: gS32,                                                                 // DPLL_A_PIN_PHASE_ADJUST
	23: gS64,                                                                 // DPLL_A_PIN_PHASE_OFFSET
	24: gSint,                                                                // DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET
	25: gU64,                                                                 // DPLL_A_PIN_ESYNC_FREQUENCY
	27: gU32,                                                                 // DPLL_A_PIN_ESYNC_PULSE
	29: gU32,                                                                 // DPLL_A_PIN_PHASE_ADJUST_GRAN
	30: gSint,                                                                // DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT
	31: gU64,                                                                 // DPLL_A_PIN_MEASURED_FREQUENCY
	32: gXval(xlat.GenlDpllPinOperstates, "DPLL_PIN_OPERSTATE_???", 4),       // DPLL_A_PIN_OPERSTATE
})

func init() {
	// frequency ranges, parent devices and pins, and reference pins are
	// nests of pin attributes
	self := nestDec{dpllPinAttrs}
	for _, t := range []uint16{
		12, // DPLL_A_PIN_FREQUENCY_SUPPORTED
		18, // DPLL_A_PIN_PARENT_DEVICE
		19, // DPLL_A_PIN_PARENT_PIN
		26, // DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED
		28, // DPLL_A_PIN_REFERENCE_SYNC
	} {
		dpllPinAttrs.dec[t] = self
	}
}
