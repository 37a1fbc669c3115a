#include "textflag.h"

// func rawSyscall6(nr, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr)
// The kernel returns -errno in R0 for an error: values from -4095 up.
TEXT ·rawSyscall6(SB),NOSPLIT,$0-72
	MOVD	nr+0(FP), R8
	MOVD	a1+8(FP), R0
	MOVD	a2+16(FP), R1
	MOVD	a3+24(FP), R2
	MOVD	a4+32(FP), R3
	MOVD	a5+40(FP), R4
	MOVD	a6+48(FP), R5
	SVC
	CMN	$4095, R0
	BCS	failed
	MOVD	R0, r+56(FP)
	MOVD	ZR, errno+64(FP)
	RET
failed:
	NEG	R0, R0
	MOVD	$-1, R1
	MOVD	R1, r+56(FP)
	MOVD	R0, errno+64(FP)
	RET

// func rawVfork(nr, a1, a2, a3 uintptr) (r, errno uintptr)
// clone(2) with CLONE_VFORK|CLONE_VM: the child runs on this stack while
// this thread waits; the return address stays in the link register.
TEXT ·rawVfork(SB),NOSPLIT,$0-48
	MOVD	a1+8(FP), R0
	MOVD	a2+16(FP), R1
	MOVD	a3+24(FP), R2
	MOVD	$0, R3
	MOVD	$0, R4
	MOVD	$0, R5
	MOVD	nr+0(FP), R8
	SVC
	CMN	$4095, R0
	BCS	vforkFailed
	MOVD	R0, r+32(FP)
	MOVD	ZR, errno+40(FP)
	RET
vforkFailed:
	NEG	R0, R0
	MOVD	$-1, R1
	MOVD	R1, r+32(FP)
	MOVD	R0, errno+40(FP)
	RET
