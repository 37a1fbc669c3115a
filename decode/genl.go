package decode

// genlTypeNode names a generic netlink message type by its family.
func genlTypeNode(s *state, typ uint16, off int) {
	x := s.xvalV("nlmsg_type", uint64(typ), off, 2, s.d.genl.table(), "GENERIC_FAMILY_???", numX)
	s.node(x).role = RoleHeader
}

var genlFamily = &family{
	typeNode: genlTypeNode,
}
