package decode

import "testing"

// A range with one end leaves the other out, signed or not.
func TestPolicyRangeEnds(t *testing.T) {
	for _, c := range []struct {
		p    Policy
		want string
	}{
		{Policy{Type: "NL_ATTR_TYPE_S32", MinS: -5, MaxS: 7, HasMinS: true, HasMaxS: true}, "s32 in -5..7"},
		{Policy{Type: "NL_ATTR_TYPE_S16", MinS: -3, HasMinS: true}, "s16 in -3.."},
		{Policy{Type: "NL_ATTR_TYPE_S8", MaxS: 9, HasMaxS: true}, "s8 in ..9"},
		{Policy{Type: "NL_ATTR_TYPE_U16", MinU: 68, HasMinU: true}, "u16 in 68.."},
		{Policy{Type: "NL_ATTR_TYPE_U8", MaxU: 1, HasMaxU: true}, "u8 in ..1"},
		{Policy{Type: "NL_ATTR_TYPE_U8", MinU: 0, MaxU: 0, HasMinU: true, HasMaxU: true}, "u8 in 0..0"},
		{Policy{Type: "NL_ATTR_TYPE_U8"}, "u8"},
	} {
		if got := c.p.Text(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.p, got, c.want)
		}
	}
}
