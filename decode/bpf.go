package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Classic BPF programs (struct sock_filter arrays), as strace prints them
// with -v: BPF_STMT(code, k) and BPF_JUMP(code, k, jt, jf).

const (
	bpfMaxInsns = 4096
	bpfInsnSize = 8

	bpfLD   = 0x00
	bpfLDX  = 0x01
	bpfST   = 0x02
	bpfSTX  = 0x03
	bpfALU  = 0x04
	bpfJMP  = 0x05
	bpfRET  = 0x06
	bpfMISC = 0x07
	bpfABS  = 0x20

	skfAdOff  = 0xfffff000
	skfNetOff = 0xfff00000
	skfLLOff  = 0xffe00000
)

// sockFilter prints the payload as a classic BPF program.
func sockFilter(s *state, off, n int) bool {
	cnt := n / bpfInsnSize
	if cnt == 0 || cnt > 0xffff {
		return false
	}
	a := s.openArray("", off, cnt*bpfInsnSize)
	s.setFlag(a, flagAbbrev)
	for i := 0; i < cnt; i++ {
		if i == bpfMaxInsns {
			s.more()
			break
		}
		s.bpfInsn(off + i*bpfInsnSize)
	}
	s.close()
	return true
}

func (s *state) bpfInsn(off int) {
	code := s.u16(off)
	jt, jf := s.u8(off+2), s.u8(off+3)
	if jt != 0 || jf != 0 {
		s.call("", "BPF_JUMP", off, bpfInsnSize)
		s.bpfCode(code, off)
		s.fieldX("", off+4, 4)
		s.fieldX("", off+2, 1)
		s.fieldX("", off+3, 1)
		s.close()
		return
	}
	s.call("", "BPF_STMT", off, bpfInsnSize)
	s.bpfCode(code, off)
	s.bpfK(code, off+4)
	s.close()
}

// bpfCode adds the opcode as CLASS|SIZE|MODE, CLASS|SRC|OP, ...
func (s *state) bpfCode(code uint64, off int) {
	q := s.add(Node{kind: KindSeq, off: uint32(off), len: 2})
	s.stack = append(s.stack, int32(q))
	class := code & 7
	rest := code &^ class
	s.xvalV("", class, off, 2, xlat.BpfClass, "BPF_???", numX)
	part := func(v uint64, t *xlat.Table) {
		s.text("", "|")
		s.xvalV("", v, off, 2, t, "BPF_???", numX)
	}
	unknown := func(v uint64) {
		if v != 0 {
			s.text("", "|")
			s.xvalV("", v, off, 2, nil, "BPF_???", numX)
		}
	}
	switch class {
	case bpfST, bpfSTX:
		unknown(rest)
	case bpfLD, bpfLDX:
		part(code&0x18, xlat.BpfSize)
		part(code&0xe0, xlat.BpfMode)
	case bpfMISC:
		op := code & 0xf8
		part(op, xlat.BpfMiscop)
		unknown(rest &^ op)
	case bpfALU:
		part(code&0x08, xlat.BpfSrc)
		part(code&0xf0, xlat.BpfOpAlu)
	case bpfJMP:
		part(code&0x08, xlat.BpfSrc)
		part(code&0xf0, xlat.BpfOpJmp)
	case bpfRET:
		rv := code & 0x18
		part(rv, xlat.BpfRval)
		unknown(rest &^ rv)
	}
	s.close()
}

// bpfK adds the constant of a statement: the ancillary-data offsets of a
// socket filter's absolute loads by name, other constants in hex.
func (s *state) bpfK(code uint64, off int) {
	k := s.u32(off)
	if code&7 != bpfLD || code&0xe0 != bpfABS || k < skfLLOff {
		s.fieldX("", off, 4)
		return
	}
	q := s.add(Node{kind: KindSeq, off: uint32(off), len: 4})
	s.stack = append(s.stack, int32(q))
	switch {
	case k >= skfAdOff:
		s.xvalV("", skfAdOff, off, 4, xlat.SkfOff, "", numX)
		s.text("", "+")
		s.xvalV("", k-skfAdOff, off, 4, xlat.SkfAd, "SKF_AD_???", numX)
	case k >= skfNetOff:
		s.xvalV("", skfNetOff, off, 4, xlat.SkfOff, "", numX)
		s.text("", "+")
		s.value("", FmtU, k-skfNetOff, off, 4)
	default:
		s.xvalV("", skfLLOff, off, 4, xlat.SkfOff, "", numX)
		s.text("", "+")
		s.value("", FmtU, k-skfLLOff, off, 4)
	}
	s.close()
}
