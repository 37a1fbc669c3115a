//go:build linux

package capture

import "golang.org/x/sys/unix"

// The architecture seccomp and PTRACE_GET_SYSCALL_INFO report for native
// system calls; arm64 has no dup2 (libc calls dup3).
const (
	traceAuditArch = unix.AUDIT_ARCH_AARCH64
	sysDup2        = -1
)
