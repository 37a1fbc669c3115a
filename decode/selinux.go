package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// NETLINK_SELINUX: the kernel's notices of enforcing mode changes and
// policy loads.

var selinuxFamily = &family{
	types: xlat.NlSelinuxTypes,
	dflt:  "SELNL_MSG_???",
	body:  selinuxBody,
}

func selinuxBody(s *state, typ uint16, off, n int) bool {
	switch typ {
	case xlat.SELNL_MSG_SETENFORCE, xlat.SELNL_MSG_POLICYLOAD:
	default:
		return false
	}
	if n < 4 {
		i := s.hex(off, n)
		s.node(i).role = RolePayload
		return true
	}
	s.open(KindStruct, "", off, 4, RoleBody)
	if typ == xlat.SELNL_MSG_SETENFORCE {
		s.fieldD("val", off, 4) // struct selnl_msg_setenforce
	} else {
		s.fieldU("seqno", off, 4) // struct selnl_msg_policyload
	}
	s.close()
	return true
}
