package decode

import (
	"strconv"
	"testing"
)

func TestAppendUintAll(t *testing.T) {
	for _, v := range []uint64{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1009, 9999, 10000, 12345, 1 << 63} {
		b := make([]byte, 0, 1)
		if got := string(appendUint(b, v)); got != strconv.FormatUint(v, 10) {
			t.Errorf("%d: %s", v, got)
		}
		if got := string(appendUint(make([]byte, 0, 64), v)); got != strconv.FormatUint(v, 10) {
			t.Errorf("%d: %s", v, got)
		}
	}
}
