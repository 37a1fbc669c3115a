package capture

import (
	"strings"
	"testing"
)

// These ask the running kernel; they need no privilege and no nlmon.

func TestQueryGenlFamilies(t *testing.T) {
	fams := map[string]uint16{}
	if err := QueryGenlFamilies(func(id uint16, name string) { fams[name] = id }); err != nil {
		t.Skipf("no generic netlink here: %v", err)
	}
	if fams["nlctrl"] != 0x10 {
		t.Errorf("nlctrl is %#x; families: %v", fams["nlctrl"], fams)
	}
}

func TestPrepareNotNlmon(t *testing.T) {
	_, err := PrepareNlmon("lo", false)
	want := "lo is not an nlmon interface (it is link type 772)"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("PrepareNlmon(lo): %v, want %q...", err, want)
	}
	_, err = PrepareNlmon("nldump-no-such", false)
	if err == nil || !strings.Contains(err.Error(), "no interface nldump-no-such: create it with `ip link add nldump-no-such type nlmon") {
		t.Errorf("PrepareNlmon(missing): %v", err)
	}
}
