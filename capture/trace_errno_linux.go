//go:build linux

package capture

import (
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// errnoName is the kernel's name of an error number: "ECONNREFUSED".
func errnoName(e syscall.Errno) string {
	if n := unix.ErrnoName(e); n != "" {
		return n
	}
	return "errno " + strconv.Itoa(int(e))
}
