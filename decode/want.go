package decode

import "github.com/nldump/nldump/decode/internal/xlat"

import "fmt"

// --- what decoders want ---

// quoting style of a rejected payload (Node.style): what wanted it
const (
	wantOther  uint8 = iota
	wantNumber       // a fixed-size number: the kernel's NLA_U* policies
)

// rejected marks the hex payload h as refused by its decoder d
// (RoleUndecoded), with the size d wants: Node.u holds the minimum (low
// 32 bits) and maximum (high 32 bits, 0 for none), Node.aux a description.
func (s *state) rejected(h int, d attrDec) {
	n := s.node(h)
	n.role = RoleUndecoded
	desc, lo, hi, num := wantOf(d)
	n.aux = desc
	n.u = uint64(lo) | uint64(hi)<<32
	if num {
		n.style = wantNumber
	}
}

// wantOf describes the payload a decoder takes: the text, the smallest
// and largest size (0: none), and whether it is a fixed-size number.
func wantOf(d attrDec) (desc string, lo, hi int, num bool) {
	switch d := d.(type) {
	case numDec:
		k := "u"
		if d.fmt == FmtD || d.fmt == FmtFd {
			k = "s"
		}
		return numText(k, d.size), d.size, d.size, true
	case beDec:
		return numText("be", d.size), d.size, d.size, true
	case ifindexDec:
		return "an interface index, a u32 (4 bytes)", 4, 4, true
	case xvalDec:
		if d.size > 0 {
			return numText("u", d.size), d.size, d.size, true
		}
		return "a number of 1 to 8 bytes", 1, 8, false
	case flagsDec:
		if d.size > 0 {
			return numText("u", d.size), d.size, d.size, true
		}
		return "a number of 1 to 8 bytes", 1, 8, false
	case xintDec:
		return "a number of 1, 2, 4 or 8 bytes", 1, 8, false
	case clockDec:
		return "a number of up to 8 bytes", 0, 8, false
	case inAddrDec:
		if d.family == xlat.AF_INET6 {
			return "an IPv6 address (16 bytes)", 16, 0, false
		}
		return "an IPv4 address (4 bytes)", 4, 0, false
	case hwaddrDec:
		return "a link-layer address of up to 32 bytes", 0, maxAddrLen, false
	case structDec:
		name := d.spec.name
		if name == "" {
			name = "a struct"
		} else {
			name = "struct " + name
		}
		return fmt.Sprintf("%s (%d bytes)", name, d.spec.size), d.spec.size, 0, false
	case arrayDec:
		return fmt.Sprintf("an array of %d-byte elements", d.size), d.size, 0, false
	}
	return "", 0, 0, false
}

func numText(k string, size int) string {
	return fmt.Sprintf("a %s%d (%d bytes)", k, size*8, size)
}

// emptyString in Node.style marks an empty string attribute.
const emptyString = 255

// emptyPayload marks attribute a, whose payload is empty, when its decoder
// needs bytes: the least size it needs in the attribute's Node.style
// (emptyString for a string).
func (s *state) emptyPayload(a int, set *attrSet, typ uint16) {
	var d attrDec
	if set.byType != nil {
		d = set.byType(s, typ)
	} else if int(typ) < len(set.dec) {
		d = set.dec[typ]
	}
	if d == nil {
		return
	}
	_, lo, _, _ := wantOf(d)
	if _, ok := d.(strDec); ok {
		lo = emptyString
	} else if lo == 1 {
		// a one-byte number may as well be a flag (NLA_FLAG) the
		// kernel wants empty: decoders print both the same
		return
	}
	if lo > 0 {
		s.node(a).style = uint8(min(lo, emptyString))
	}
}
