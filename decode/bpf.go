package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// The BPF program of a packet socket (PACKET_DIAG_FILTER), as strace -v
// prints a socket filter: like cbpfProg, and the constant of an absolute
// load from the ancillary data offsets by name (SKF_AD_OFF+SKF_AD_...).

const (
	bpfModeABS = 0x20
)

func packetFilter(s *state, off, n int) bool {
	cnt := n / sockFilterSize
	if cnt == 0 || cnt > 0xffff {
		return false
	}
	a := s.openArray("", off, cnt*sockFilterSize)
	s.setFlag(a, flagAbbrev)
	for i := 0; i < cnt; i++ {
		if i == bpfMaxInsns {
			s.more()
			break
		}
		o := off + i*sockFilterSize
		code := s.u16(o)
		if s.u8(o+2) != 0 || s.u8(o+3) != 0 {
			s.sockFilter(o)
			continue
		}
		s.call("", "BPF_STMT", o, sockFilterSize)
		s.bpfCode(code, o)
		s.skfK(code, o+4)
		s.close()
	}
	s.close()
	return true
}

// skfK adds the constant of a statement: an absolute load's offset into
// the ancillary data, the network or the link layer by name, any other
// constant in hex.
func (s *state) skfK(code uint64, off int) {
	k := s.u32(off)
	if code&7 != bpfClassLD || code&0xe0 != bpfModeABS || k < xlat.SKF_LL_OFF {
		s.fieldX("", off, 4)
		return
	}
	q := s.add(Node{kind: KindSeq, off: uint32(off), len: 4})
	s.stack = append(s.stack, int32(q))
	switch {
	case k >= xlat.SKF_AD_OFF:
		s.xvalV("", xlat.SKF_AD_OFF, off, 4, xlat.SkfOff, "", numX)
		s.text("", "+")
		s.xvalV("", k-xlat.SKF_AD_OFF, off, 4, xlat.SkfAd, "SKF_AD_???", numX)
	case k >= xlat.SKF_NET_OFF:
		s.xvalV("", xlat.SKF_NET_OFF, off, 4, xlat.SkfOff, "", numX)
		s.text("", "+")
		s.value("", FmtU, k-xlat.SKF_NET_OFF, off, 4)
	default:
		s.xvalV("", xlat.SKF_LL_OFF, off, 4, xlat.SkfOff, "", numX)
		s.text("", "+")
		s.value("", FmtU, k-xlat.SKF_LL_OFF, off, 4)
	}
	s.close()
}
