//go:build !linux

package capture

import (
	"strconv"
	"syscall"
)

// errnoName is the error number: traced frames come from Linux only.
func errnoName(e syscall.Errno) string { return "errno " + strconv.Itoa(int(e)) }
