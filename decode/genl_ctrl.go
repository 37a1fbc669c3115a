package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// nlctrl, the generic netlink controller (linux/genetlink.h): it resolves
// family names to ids and describes families, their operations, multicast
// groups and attribute policies.

const ctrlName = "nlctrl"

var ctrlSpec = &genlSpec{
	name:    ctrlName,
	cmds:    xlat.GenlCtrlCmds,
	cmdDflt: "CTRL_CMD_???",
	attrs:   ctrlAttrs,
	learn:   func(s *state, cmd uint8, reply bool, off, n int) { ctrlLearn(s, cmd, reply, off, n) },
}

var ctrlAttrs = newSet(xlat.GenlCtrlAttrs, "CTRL_ATTR_???", []attrDec{
	xlat.CTRL_ATTR_FAMILY_ID:    funcDec(ctrlFamilyID),
	xlat.CTRL_ATTR_FAMILY_NAME:  funcDec(ctrlFamilyName),
	xlat.CTRL_ATTR_VERSION:      gU32,
	xlat.CTRL_ATTR_HDRSIZE:      gU32,
	xlat.CTRL_ATTR_MAXATTR:      gU32,
	xlat.CTRL_ATTR_OPS:          nestDec{arrayOf(ctrlOpAttrs)},
	xlat.CTRL_ATTR_MCAST_GROUPS: nestDec{arrayOf(ctrlMcastGrpAttrs)},
	xlat.CTRL_ATTR_POLICY:       nestDec{arrayOf(arrayOf(policyAttrs))},
	xlat.CTRL_ATTR_OP_POLICY:    funcDec(ctrlOpPolicy),
	xlat.CTRL_ATTR_OP:           funcDec(ctrlOp),
})

var ctrlOpAttrs = newSet(xlat.GenlCtrlOpAttrs, "CTRL_ATTR_OP_???", []attrDec{
	xlat.CTRL_ATTR_OP_ID:    funcDec(ctrlOp),
	xlat.CTRL_ATTR_OP_FLAGS: gFlags(xlat.GenlOpFlags, "GENL_???", 4),
})

var ctrlMcastGrpAttrs = newSet(xlat.GenlCtrlMcastGrpAttrs, "CTRL_ATTR_MCAST_GRP_???", []attrDec{
	xlat.CTRL_ATTR_MCAST_GRP_NAME: nlaStr,
	xlat.CTRL_ATTR_MCAST_GRP_ID:   gU32,
})

var ctrlOpPolicyAttrs = newSet(xlat.GenlCtrlOpPolicyAttrs, "CTRL_ATTR_POLICY_???", []attrDec{
	xlat.CTRL_ATTR_POLICY_DO:   gU32,
	xlat.CTRL_ATTR_POLICY_DUMP: gU32,
})

var ctrlOpPolicyDec = nestDec{ctrlOpPolicyAttrs}

func ctrlOpPolicyElem(*state, uint16) attrDec { return ctrlOpPolicyDec }

var ctrlOpPolicyAny = arrayOf(ctrlOpPolicyAttrs)

// ctrlTarget returns the family the nlctrl message being decoded speaks
// of, from its CTRL_ATTR_FAMILY_ID or _NAME seen so far.
func (s *state) ctrlTarget() *genlSpec {
	if i := int(s.ctx.aux); i > 0 && i <= len(genlSpecList) {
		return genlSpecList[i-1]
	}
	return nil
}

func (s *state) setCtrlTarget(g *genlSpec) {
	if g != nil {
		s.ctx.aux = uint64(g.idx)
	}
}

func ctrlFamilyID(s *state, off, n int) bool {
	if n != 2 {
		return false
	}
	s.setCtrlTarget(s.genlSpecOf(uint16(s.u16(off))))
	s.num("", FmtX, off, 2)
	return true
}

func ctrlFamilyName(s *state, off, n int) bool {
	g, _ := genlFamilies.get(string(cBytes(s.buf[off : off+n])))
	s.setCtrlTarget(g.v)
	s.str("", off, n, qNlaStr)
	return true
}

// ctrlOp prints a command of the family spoken of by its name.
func ctrlOp(s *state, off, n int) bool {
	if n != 4 {
		return false
	}
	if g := s.ctrlTarget(); g != nil {
		s.xvalV("", s.u32(off), off, 4, g.cmds, g.cmdDflt, numX)
	} else {
		s.num("", FmtX, off, 4)
	}
	return true
}

// ctrlOpPolicy is CTRL_ATTR_OP_POLICY: a nest indexed by command.
func ctrlOpPolicy(s *state, off, n int) bool {
	set := ctrlOpPolicyAny
	if g := s.ctrlTarget(); g != nil {
		set = g.opPolicySet
	}
	s.attrs(off, n, set)
	return true
}

// ctrlLearn records the family id and name of a CTRL_CMD_NEWFAMILY from the
// kernel (a reply to CTRL_CMD_GETFAMILY, or a notification), and reports
// whether it found both.
func ctrlLearn(s *state, cmd uint8, reply bool, off, n int) bool {
	if cmd != xlat.CTRL_CMD_NEWFAMILY || !reply {
		return false
	}
	id, name := -1, []byte(nil)
	for end := off + n; off+nlaHdrLen <= end; {
		l := int(s.u16(off))
		if l < nlaHdrLen || off+l > end {
			break
		}
		switch uint16(s.u16(off+2)) & nlaTypeMask {
		case xlat.CTRL_ATTR_FAMILY_ID:
			if l == nlaHdrLen+2 {
				id = int(s.u16(off + nlaHdrLen))
			}
		case xlat.CTRL_ATTR_FAMILY_NAME:
			name = cBytes(s.buf[off+nlaHdrLen : off+l])
		}
		off += nlaAlign(l)
	}
	if id < nlmsgMinType || !familyName(name) {
		return false
	}
	if s.d.genl.name(uint16(id)) != string(name) {
		s.d.genl.set(uint16(id), string(name))
	}
	return true
}

// cBytes returns the bytes up to the first NUL.
func cBytes(b []byte) []byte {
	for i, c := range b {
		if c == 0 {
			return b[:i]
		}
	}
	return b
}

// familyName reports whether s can be a family name (the kernel's are
// shorter than GENL_NAMSIZ, 16): names print as message types as they are.
func familyName(s []byte) bool {
	if len(s) == 0 || len(s) >= 16 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}
