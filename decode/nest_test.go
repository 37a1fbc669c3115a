package decode

import (
	"testing"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// A set that nests itself decodes those attributes as its own, and an
// empty such nest names the attribute an extended ACK says is missing.
func TestNestSelf(t *testing.T) {
	for _, c := range []struct {
		set        *attrSet
		nest, miss uint16
		want       string
	}{
		{thermalAttrs, xlat.THERMAL_GENL_ATTR_TZ, xlat.THERMAL_GENL_ATTR_TZ_ID, "THERMAL_GENL_ATTR_TZ_ID"},
		{dpllPinAttrs, xlat.DPLL_A_PIN_PARENT_DEVICE, xlat.DPLL_A_PIN_PARENT_ID, "DPLL_A_PIN_PARENT_ID"},
		{devlinkAttrs, xlat.DEVLINK_ATTR_PARAM, xlat.DEVLINK_ATTR_PARAM_NAME, "DEVLINK_ATTR_PARAM_NAME"},
	} {
		if d, ok := c.set.dec[c.nest].(nestDec); !ok || d.set != c.set {
			t.Errorf("%s: decoder %T", c.want, c.set.dec[c.nest])
		}
		if got := nestedName(c.set.names, c.nest, c.miss); got != c.want {
			t.Errorf("missing in the nest: %q, want %q", got, c.want)
		}
	}
	// a type past the table grows it
	s := &attrSet{dec: make([]attrDec, 2)} // no names: nothing registered
	nestSelf(s, 5)
	if len(s.dec) != 6 || s.dec[5] != (nestDec{s}) {
		t.Errorf("grown to %d", len(s.dec))
	}
}
