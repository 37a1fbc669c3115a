package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Classic BPF programs (struct sock_filter arrays), printed the way strace
// prints a socket filter: BPF_STMT(code, k) and BPF_JUMP(code, k, jt, jf).

const (
	sockFilterSize = 8
	bpfMaxInsns    = 4096

	bpfClassST   = 0x02
	bpfClassSTX  = 0x03
	bpfClassLD   = 0x00
	bpfClassLDX  = 0x01
	bpfClassALU  = 0x04
	bpfClassJMP  = 0x05
	bpfClassRET  = 0x06
	bpfClassMISC = 0x07
)

// cbpfProg prints the payload as an array of struct sock_filter.
var cbpfProg = funcDec(func(s *state, off, n int) bool {
	cnt := n / sockFilterSize
	if cnt == 0 {
		return false
	}
	a := s.openArray("", off, cnt*sockFilterSize)
	s.node(a).flags |= flagAbbrev
	for i := 0; i < cnt; i++ {
		if i == bpfMaxInsns {
			s.more()
			break
		}
		s.sockFilter(off + i*sockFilterSize)
	}
	s.close()
	return true
})

// sockFilter prints one instruction: {code u16, jt u8, jf u8, k u32}.
func (s *state) sockFilter(off int) {
	code := s.u16(off)
	jt, jf := s.u8(off+2), s.u8(off+3)
	fn := "BPF_STMT"
	if jt != 0 || jf != 0 {
		fn = "BPF_JUMP"
	}
	s.call("", fn, off, sockFilterSize)
	s.bpfCode(code, off)
	s.fieldX("", off+4, 4)
	if jt != 0 || jf != 0 {
		s.fieldX("", off+2, 1)
		s.fieldX("", off+3, 1)
	}
	s.close()
}

// bpfCode prints an opcode as its parts joined by |.
func (s *state) bpfCode(code uint64, off int) {
	q := s.add(Node{kind: KindSeq, u: code, off: uint32(off), len: 2, size: 2})
	s.stack = append(s.stack, int32(q))
	class := code & 0x07
	rest := code &^ class
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
	s.xvalV("", class, off, 2, xlat.CbpfClass, "BPF_???", numX)
	switch class {
	case bpfClassST, bpfClassSTX:
		unknown(rest)
	case bpfClassLD, bpfClassLDX:
		part(code&0x18, xlat.CbpfSize)
		part(code&0xe0, xlat.CbpfMode)
	case bpfClassMISC:
		part(code&0xf8, xlat.CbpfMiscop)
		unknown(rest &^ (code & 0xf8))
	case bpfClassALU:
		part(code&0x08, xlat.CbpfSrc)
		part(code&0xf0, xlat.CbpfOpAlu)
	case bpfClassJMP:
		part(code&0x08, xlat.CbpfSrc)
		part(code&0xf0, xlat.CbpfOpJmp)
	case bpfClassRET:
		part(code&0x18, xlat.CbpfRval)
		unknown(rest &^ (code & 0x18))
	}
	s.close()
}
