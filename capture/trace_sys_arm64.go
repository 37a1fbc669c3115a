//go:build linux

package capture

import "golang.org/x/sys/unix"

// The architecture seccomp and PTRACE_GET_SYSCALL_INFO report for native
// system calls; arm64 has no dup2 (libc calls dup3).
const (
	traceAuditArch = unix.AUDIT_ARCH_AARCH64
	sysDup2        = -1
)

// setArg0 sets the first argument of the call a tracee is stopped at.
func setArg0(tid int, v uint64) error {
	var r unix.PtraceRegsArm64
	if err := unix.PtraceGetRegSetArm64(tid, ntPrstatus, &r); err != nil {
		return err
	}
	r.Regs[0] = v
	return unix.PtraceSetRegSetArm64(tid, ntPrstatus, &r)
}

const ntPrstatus = 1 // NT_PRSTATUS: the general registers
