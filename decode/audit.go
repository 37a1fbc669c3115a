package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// NETLINK_AUDIT: the control messages of auditctl and auditd (struct
// audit_status, audit_rule_data, audit_features, audit_tty_status,
// audit_sig_info) and the text of the records. strace 6.1 names the
// message types only.

const (
	auditStatusMinSize = 32 // the struct as Linux 2.6 had it
	auditRuleDataSize  = 1040
	auditMaxFields     = 64
	auditBitmaskSize   = 64
)

var auditFamily = &family{
	types: xlat.NlAuditTypes,
	dflt:  "AUDIT_???",
	body:  auditBody,
}

func auditBody(s *state, typ uint16, off, n int) bool {
	switch {
	case typ == xlat.AUDIT_GET || typ == xlat.AUDIT_SET:
		return auditStatus(s, off, n)
	case typ == xlat.AUDIT_ADD_RULE || typ == xlat.AUDIT_DEL_RULE || typ == xlat.AUDIT_LIST_RULES:
		return auditRuleData(s, off, n)
	case typ == xlat.AUDIT_SET_FEATURE || typ == xlat.AUDIT_GET_FEATURE:
		return auditFeatures(s, off, n)
	case typ == xlat.AUDIT_TTY_GET || typ == xlat.AUDIT_TTY_SET:
		return auditTTYStatus(s, off, n)
	case typ == xlat.AUDIT_SIGNAL_INFO:
		return auditSigInfo(s, off, n)
	case typ == xlat.AUDIT_USER || typ == xlat.AUDIT_LOGIN || typ >= xlat.AUDIT_FIRST_USER_MSG: // user, daemon and kernel records: text
		// the text, without the NULs that may end it
		l := n
		for l > 0 && s.buf[off+l-1] == 0 {
			l--
		}
		i := s.str("", off, l, 0)
		s.node(i).role = RoleBody
		return true
	}
	return false
}

// The fields of struct audit_status, which has grown: a field prints
// when the payload holds it.
var auditStatusFields = []field{
	fFlags("mask", 0, 4, xlat.AuditStatusMask, "AUDIT_STATUS_???"),
	fU("enabled", 4, 4),
	fXvalU("failure", 8, 4, xlat.AuditFail, "AUDIT_FAIL_???"),
	fU("pid", 12, 4),
	fU("rate_limit", 16, 4),
	fU("backlog_limit", 20, 4),
	fU("lost", 24, 4),
	fU("backlog", 28, 4),
	fFlags("feature_bitmap", 32, 4, xlat.AuditFeatureBitmap, "AUDIT_FEATURE_BITMAP_???"),
	fU("backlog_wait_time", 36, 4),
	fU("backlog_wait_time_actual", 40, 4),
}

const auditStatusSize = 44

func auditStatus(s *state, off, n int) bool {
	if n < auditStatusMinSize {
		return false
	}
	s.tailed(off, auditStatusSize, n, func() {
		s.open(KindStruct, "", off, min(n, auditStatusSize), RoleBody)
		s.fieldsUpTo(auditStatusFields, off, n)
		s.close()
	})
	return true
}

func auditFeatures(s *state, off, n int) bool {
	if n < 16 {
		return false
	}
	s.open(KindStruct, "", off, 16, RoleBody)
	s.xval("vers", off, 4, xlat.AuditFeatureVersions, "AUDIT_FEATURE_VERSION_???")
	s.flagsF("mask", off+4, 4, xlat.AuditFeatureBits, "1<<AUDIT_FEATURE_???")
	s.flagsF("features", off+8, 4, xlat.AuditFeatureBits, "1<<AUDIT_FEATURE_???")
	s.flagsF("lock", off+12, 4, xlat.AuditFeatureBits, "1<<AUDIT_FEATURE_???")
	s.close()
	return true
}

func auditTTYStatus(s *state, off, n int) bool {
	if n < 4 {
		return false
	}
	s.open(KindStruct, "", off, min(n, 8), RoleBody)
	s.fieldU("enabled", off, 4)
	if n >= 8 {
		s.fieldU("log_passwd", off+4, 4)
	}
	s.close()
	return true
}

func auditSigInfo(s *state, off, n int) bool {
	if n < 8 {
		return false
	}
	s.open(KindStruct, "", off, n, RoleBody)
	s.num("uid", FmtUID, off, 4)
	s.fieldD("pid", off+4, 4)
	if n > 8 {
		s.str("ctx", off+8, n-8, qOmitTrail0)
	}
	s.close()
	return true
}

// AUDIT_* fields whose value is the length of a string in the rule's buf.
var auditStringFields = map[uint64]bool{
	xlat.AUDIT_SUBJ_USER: true, xlat.AUDIT_SUBJ_ROLE: true, xlat.AUDIT_SUBJ_TYPE: true, xlat.AUDIT_SUBJ_SEN: true, xlat.AUDIT_SUBJ_CLR: true,
	xlat.AUDIT_OBJ_USER: true, xlat.AUDIT_OBJ_ROLE: true, xlat.AUDIT_OBJ_TYPE: true, xlat.AUDIT_OBJ_LEV_LOW: true, xlat.AUDIT_OBJ_LEV_HIGH: true,
	xlat.AUDIT_WATCH: true, xlat.AUDIT_DIR: true, xlat.AUDIT_EXE: true, xlat.AUDIT_FILTERKEY: true,
}

// AUDIT_* fields that hold a user or group id.
var auditIDFields = map[uint64]bool{
	xlat.AUDIT_UID: true, xlat.AUDIT_EUID: true, xlat.AUDIT_SUID: true, xlat.AUDIT_FSUID: true,
	xlat.AUDIT_GID: true, xlat.AUDIT_EGID: true, xlat.AUDIT_SGID: true, xlat.AUDIT_FSGID: true, xlat.AUDIT_LOGINUID: true,
	xlat.AUDIT_OBJ_UID: true, xlat.AUDIT_OBJ_GID: true,
}

// auditFilterPrepend is AUDIT_FILTER_PREPEND, a bit of the filter word
// (no list of names holds it).
const auditFilterPrepend = 0x10

// auditRuleData prints struct audit_rule_data: its arrays cut to
// field_count entries, each value read by its field, the syscall mask as
// the numbers of its syscalls, and buf as the strings the fields take
// from it in turn.
func auditRuleData(s *state, off, n int) bool {
	if n < auditRuleDataSize {
		return false
	}
	buflen := int(s.u32(off + 1036))
	size := auditRuleDataSize + min(buflen, n-auditRuleDataSize)
	s.tailed(off, size, n, func() { s.auditRuleStruct(off, size) })
	return true
}

func (s *state) auditRuleStruct(off, size int) {
	cnt := min(int(s.u32(off+8)), auditMaxFields)
	s.open(KindStruct, "", off, size, RoleBody)

	flags := s.u32(off)
	q := s.add(Node{kind: KindSeq, name: "flags", off: uint32(off), len: 4})
	s.stack = append(s.stack, int32(q))
	s.xvalV("", flags&^auditFilterPrepend, off, 4, xlat.AuditFilters, "AUDIT_FILTER_???", numX)
	if flags&auditFilterPrepend != 0 {
		s.text("", "|AUDIT_FILTER_PREPEND")
	}
	s.close()
	s.xval("action", off+4, 4, xlat.AuditActions, "AUDIT_???")
	s.fieldU("field_count", off+8, 4)
	s.auditMask(off + 12)

	fo, vo, ffo := off+268, off+524, off+780
	s.openArray("fields", fo, cnt*4)
	for i := 0; i < cnt; i++ {
		s.xval("", fo+4*i, 4, xlat.AuditFields, "AUDIT_???")
	}
	s.close()
	s.openArray("values", vo, cnt*4)
	for i := 0; i < cnt; i++ {
		o := vo + 4*i
		switch f := s.u32(fo + 4*i); {
		case f == xlat.AUDIT_ARCH:
			s.xval("", o, 4, xlat.AuditArchs, "AUDIT_ARCH_???")
		case f == xlat.AUDIT_MSGTYPE:
			s.xvalV("", s.u32(o), o, 4, xlat.NlAuditTypes, "AUDIT_???", numU)
		case f == xlat.AUDIT_PERM:
			s.flagsF("", o, 4, xlat.AuditPerm, "AUDIT_PERM_???")
		case f == xlat.AUDIT_FIELD_COMPARE:
			s.xvalV("", s.u32(o), o, 4, xlat.AuditCompare, "AUDIT_COMPARE_???", numU)
		case f == xlat.AUDIT_EXIT:
			s.num("", FmtErr, o, 4)
		case auditIDFields[f]:
			s.num("", FmtUID, o, 4)
		default:
			s.fieldU("", o, 4)
		}
	}
	s.close()
	s.openArray("fieldflags", ffo, cnt*4)
	for i := 0; i < cnt; i++ {
		s.xval("", ffo+4*i, 4, xlat.AuditOperators, "AUDIT_???")
	}
	s.close()
	s.fieldU("buflen", off+1036, 4)
	if size > auditRuleDataSize {
		s.auditRuleBuf(off, cnt, off+auditRuleDataSize, size-auditRuleDataSize)
	}
	s.close()
}

// auditMask adds the syscall bitmap of a rule as the numbers of its
// syscalls, [n ...], or of the others, ~[n ...], when most are set.
func (s *state) auditMask(off int) {
	const bits = auditBitmaskSize * 32
	set := 0
	for w := 0; w < auditBitmaskSize; w++ {
		v := s.u32(off + 4*w)
		for ; v != 0; v &= v - 1 {
			set++
		}
	}
	inv := set > bits/2
	q := s.add(Node{kind: KindSeq, name: "mask", off: uint32(off), len: 4 * auditBitmaskSize})
	s.stack = append(s.stack, int32(q))
	if inv {
		s.text("", "~[")
	} else {
		s.text("", "[")
	}
	first := true
	for i := 0; i < bits; i++ {
		o := off + 4*(i/32)
		if (s.u32(o)>>(uint(i)%32)&1 != 0) == inv {
			continue
		}
		if !first {
			s.text("", " ")
		}
		first = false
		s.value("", FmtU, uint64(i), o, 4)
	}
	s.text("", "]")
	s.close()
}

// auditRuleBuf adds buf as the strings of the string fields when their
// lengths cover it exactly, else as one string.
func (s *state) auditRuleBuf(off, cnt, b, n int) {
	var lens []int
	total := 0
	for i := 0; i < cnt; i++ {
		if auditStringFields[s.u32(off+268+4*i)] {
			l := int(s.u32(off + 524 + 4*i))
			lens = append(lens, l)
			total += l
		}
	}
	if len(lens) == 0 || total != n {
		s.str("buf", b, n, 0)
		return
	}
	s.openArray("buf", b, n)
	for _, l := range lens {
		s.str("", b, l, 0)
		b += l
	}
	s.close()
}
