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
