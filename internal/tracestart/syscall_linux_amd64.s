#include "textflag.h"

// func rawSyscall6(nr, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr)
// The kernel returns -errno in AX for an error: values from -4095 up.
TEXT ·rawSyscall6(SB),NOSPLIT,$0-72
	MOVQ	nr+0(FP), AX
	MOVQ	a1+8(FP), DI
	MOVQ	a2+16(FP), SI
	MOVQ	a3+24(FP), DX
	MOVQ	a4+32(FP), R10
	MOVQ	a5+40(FP), R8
	MOVQ	a6+48(FP), R9
	SYSCALL
	CMPQ	AX, $-4095
	JCC	failed
	MOVQ	AX, r+56(FP)
	MOVQ	$0, errno+64(FP)
	RET
failed:
	NEGQ	AX
	MOVQ	$-1, r+56(FP)
	MOVQ	AX, errno+64(FP)
	RET

// func rawVfork(nr, a1, a2, a3 uintptr) (r, errno uintptr)
// clone(2) with CLONE_VFORK|CLONE_VM: the child runs on this stack while
// this thread waits, so the return address is kept in R12, not on the
// stack, where the child's own calls would overwrite it.
TEXT ·rawVfork(SB),NOSPLIT|NOFRAME,$0-48
	MOVQ	a1+8(FP), DI
	MOVQ	a2+16(FP), SI
	MOVQ	a3+24(FP), DX
	MOVQ	$0, R10
	MOVQ	$0, R8
	MOVQ	$0, R9
	MOVQ	nr+0(FP), AX
	POPQ	R12
	SYSCALL
	PUSHQ	R12
	CMPQ	AX, $-4095
	JCC	vforkFailed
	MOVQ	AX, r+32(FP)
	MOVQ	$0, errno+40(FP)
	RET
vforkFailed:
	NEGQ	AX
	MOVQ	$-1, r+32(FP)
	MOVQ	AX, errno+40(FP)
	RET
