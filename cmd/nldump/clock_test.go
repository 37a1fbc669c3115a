package main

import (
	"testing"
	"time"
)

func TestAppendClock(t *testing.T) {
	for _, tm := range []time.Time{
		time.Date(2026, 1, 2, 3, 4, 5, 6007000, time.Local),
		time.Date(2026, 1, 2, 23, 59, 59, 999999999, time.Local),
		time.Date(2026, 1, 2, 0, 0, 0, 0, time.Local),
	} {
		if got, want := string(appendClock(nil, tm)), tm.Format("15:04:05.000000"); got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}
