//go:build linux

package traceexec

// System call numbers of linux/arm64.
const (
	sysOpenat    = 56
	sysClose     = 57
	sysFcntl     = 25
	sysRead      = 63
	sysWrite     = 64
	sysExitGroup = 94
	sysPrctl     = 167
	sysExecve    = 221
	sysSeccomp   = 277
)
