//go:build linux

package capture

import "golang.org/x/sys/unix"

// The architecture seccomp and PTRACE_GET_SYSCALL_INFO report for native
// system calls, and the calls this architecture has that others lack.
const (
	traceAuditArch = unix.AUDIT_ARCH_X86_64
	sysDup2        = unix.SYS_DUP2
)

// setArg0 sets the first argument of the call a tracee is stopped at.
func setArg0(tid int, v uint64) error {
	var r unix.PtraceRegs
	if err := unix.PtraceGetRegs(tid, &r); err != nil {
		return err
	}
	r.Rdi = v
	return unix.PtraceSetRegs(tid, &r)
}
