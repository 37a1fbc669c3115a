package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// dpll (linux/dpll.h): digital phase-locked loops and their pins.

var dpllSpec = &genlSpec{
	name:    "dpll",
	cmds:    xlat.GenlDpllCmds,
	cmdDflt: "DPLL_CMD_???",
	cmdAttrs: map[uint8]*attrSet{
		xlat.DPLL_CMD_DEVICE_ID_GET:     dpllAttrs,
		xlat.DPLL_CMD_DEVICE_GET:        dpllAttrs,
		xlat.DPLL_CMD_DEVICE_SET:        dpllAttrs,
		xlat.DPLL_CMD_DEVICE_CREATE_NTF: dpllAttrs,
		xlat.DPLL_CMD_DEVICE_DELETE_NTF: dpllAttrs,
		xlat.DPLL_CMD_DEVICE_CHANGE_NTF: dpllAttrs,
		xlat.DPLL_CMD_PIN_ID_GET:        dpllPinAttrs,
		xlat.DPLL_CMD_PIN_GET:           dpllPinAttrs,
		xlat.DPLL_CMD_PIN_SET:           dpllPinAttrs,
		xlat.DPLL_CMD_PIN_CREATE_NTF:    dpllPinAttrs,
		xlat.DPLL_CMD_PIN_DELETE_NTF:    dpllPinAttrs,
		xlat.DPLL_CMD_PIN_CHANGE_NTF:    dpllPinAttrs,
	},
}

var (
	dpllMode         = gXval(xlat.GenlDpllModes, "DPLL_MODE_???", 4)
	dpllFeatureState = gXval(xlat.GenlDpllFeatureStates, "DPLL_FEATURE_STATE_???", 4)
)

var dpllAttrs = newSet(xlat.GenlDpllAttrs, "DPLL_A_???", []attrDec{
	xlat.DPLL_A_ID:                      gU32,
	xlat.DPLL_A_MODULE_NAME:             nlaStr,
	xlat.DPLL_A_CLOCK_ID:                gX64,
	xlat.DPLL_A_MODE:                    dpllMode,
	xlat.DPLL_A_MODE_SUPPORTED:          dpllMode,
	xlat.DPLL_A_LOCK_STATUS:             gXval(xlat.GenlDpllLockStatus, "DPLL_LOCK_STATUS_???", 4),
	xlat.DPLL_A_TEMP:                    gS32,
	xlat.DPLL_A_TYPE:                    gXval(xlat.GenlDpllTypes, "DPLL_TYPE_???", 4),
	xlat.DPLL_A_LOCK_STATUS_ERROR:       gXval(xlat.GenlDpllLockStatusErrors, "DPLL_LOCK_STATUS_ERROR_???", 4),
	xlat.DPLL_A_CLOCK_QUALITY_LEVEL:     gXval(xlat.GenlDpllClockQualityLevels, "DPLL_CLOCK_QUALITY_LEVEL_???", 4),
	xlat.DPLL_A_PHASE_OFFSET_MONITOR:    dpllFeatureState,
	xlat.DPLL_A_PHASE_OFFSET_AVG_FACTOR: gU32,
	xlat.DPLL_A_FREQUENCY_MONITOR:       dpllFeatureState,
})

var (
	dpllPinDirection = gXval(xlat.GenlDpllPinDirections, "DPLL_PIN_DIRECTION_???", 4)
	dpllPinState     = gXval(xlat.GenlDpllPinStates, "DPLL_PIN_STATE_???", 4)
)

var dpllPinAttrs = newSet(xlat.GenlDpllPinAttrs, "DPLL_A_PIN_???", []attrDec{
	xlat.DPLL_A_PIN_ID:                              gU32,
	xlat.DPLL_A_PIN_PARENT_ID:                       gU32,
	xlat.DPLL_A_PIN_MODULE_NAME:                     nlaStr,
	xlat.DPLL_A_PIN_CLOCK_ID:                        gX64,
	xlat.DPLL_A_PIN_BOARD_LABEL:                     nlaStr,
	xlat.DPLL_A_PIN_PANEL_LABEL:                     nlaStr,
	xlat.DPLL_A_PIN_PACKAGE_LABEL:                   nlaStr,
	xlat.DPLL_A_PIN_TYPE:                            gXval(xlat.GenlDpllPinTypes, "DPLL_PIN_TYPE_???", 4),
	xlat.DPLL_A_PIN_DIRECTION:                       dpllPinDirection,
	xlat.DPLL_A_PIN_FREQUENCY:                       gU64,
	xlat.DPLL_A_PIN_FREQUENCY_MIN:                   gU64,
	xlat.DPLL_A_PIN_FREQUENCY_MAX:                   gU64,
	xlat.DPLL_A_PIN_PRIO:                            gU32,
	xlat.DPLL_A_PIN_STATE:                           dpllPinState,
	xlat.DPLL_A_PIN_CAPABILITIES:                    gFlags(xlat.GenlDpllPinCapabilities, "DPLL_PIN_CAPABILITIES_???", 4),
	xlat.DPLL_A_PIN_PHASE_ADJUST_MIN:                gS32,
	xlat.DPLL_A_PIN_PHASE_ADJUST_MAX:                gS32,
	xlat.DPLL_A_PIN_PHASE_ADJUST:                    gS32,
	xlat.DPLL_A_PIN_PHASE_OFFSET:                    gS64,
	xlat.DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET:     gSint,
	xlat.DPLL_A_PIN_ESYNC_FREQUENCY:                 gU64,
	xlat.DPLL_A_PIN_ESYNC_PULSE:                     gU32,
	xlat.DPLL_A_PIN_PHASE_ADJUST_GRAN:               gU32,
	xlat.DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT: gSint,
	xlat.DPLL_A_PIN_MEASURED_FREQUENCY:              gU64,
	xlat.DPLL_A_PIN_OPERSTATE:                       gXval(xlat.GenlDpllPinOperstates, "DPLL_PIN_OPERSTATE_???", 4),
})

func init() {
	// frequency ranges, parent devices and pins, and reference pins are
	// nests of pin attributes
	nestSelf(dpllPinAttrs,
		xlat.DPLL_A_PIN_FREQUENCY_SUPPORTED,
		xlat.DPLL_A_PIN_PARENT_DEVICE,
		xlat.DPLL_A_PIN_PARENT_PIN,
		xlat.DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED,
		xlat.DPLL_A_PIN_REFERENCE_SYNC,
	)
}
