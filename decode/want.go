package decode

import (
	"fmt"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// --- what decoders take ---

// rule is what a decoder takes: the payload the kernel's policy for the
// attribute accepts, as far as nldump knows it. Every decoder states its
// own (attrDec.rule); check and the library's Node.Want read it there, so
// the size check says is the size the decoder prints with.
type rule struct {
	// desc says it in words: "a u32 (4 bytes)", "struct ifla_vf_mac (36
	// bytes)"; "" when the decoder cannot say (hand-written decoders).
	desc string
	// min and max bound the payload size; max 0: no upper bound.
	min, max int
	// number: a fixed-size number (the kernel's NLA_U8..NLA_U64 policies
	// refuse a shorter one with -ERANGE).
	number bool
	be     bool     // network byte order
	signed bool     // a signed number
	nul    bool     // a string the kernel wants NUL-terminated
	set    *attrSet // the attributes of a nest
}

// quoting style of a rejected payload (Node.style): what wanted it
const wantNumber uint8 = 1 // a fixed-size number: the kernel's NLA_U* policies

// numRule is the rule of a fixed-size number.
func numRule(size int, be, signed bool) rule {
	k := "u"
	switch {
	case be:
		k = "be"
	case signed:
		k = "s"
	}
	return rule{desc: numText(k, size), min: size, max: size, number: true, be: be, signed: signed}
}

func numText(k string, size int) string {
	return fmt.Sprintf("a %s%d (%d bytes)", k, size*8, size)
}

// addrRule is the rule of an IPv4 or IPv6 address.
func addrRule(family uint8) rule {
	if family == xlat.AF_INET6 {
		return rule{desc: "an IPv6 address (16 bytes)", min: 16}
	}
	return rule{desc: "an IPv4 address (4 bytes)", min: 4}
}

// structRule is the rule of a fixed struct.
func structRule(name string, size int) rule {
	if name == "" {
		name = "a struct"
	} else {
		name = "struct " + name
	}
	return rule{desc: fmt.Sprintf("%s (%d bytes)", name, size), min: size}
}

// rejected marks the hex payload h as refused by its decoder d
// (RoleUndecoded), with the size d wants: Node.u holds the minimum (low
// 32 bits) and maximum (high 32 bits, 0 for none), Node.aux a description.
func (s *state) rejected(h int, d attrDec) {
	n := s.node(h)
	n.role = RoleUndecoded
	r := d.rule()
	n.aux = r.desc
	n.u = uint64(r.min) | uint64(r.max)<<32
	if r.number {
		n.style = wantNumber
	}
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
	lo := d.rule().min
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
