//go:build linux

package traceexec

// System call numbers of linux/amd64.
const (
	sysRead      = 0
	sysWrite     = 1
	sysClose     = 3
	sysFcntl     = 72
	sysExecve    = 59
	sysPrctl     = 157
	sysExitGroup = 231
	sysOpenat    = 257
	sysSeccomp   = 317
)
