package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// NETLINK_CONNECTOR (linux/connector.h): a struct cn_msg after nlmsghdr,
// then its data, addressed by cb_id to a kernel service. The proc
// connector's data (linux/cn_proc.h) is decoded: a subscription from user
// space, struct proc_event from the kernel. strace 6.1 prints the payload as
// one hex string; in its place go [{cn_msg}, data].

const (
	cnMsgSize     = 20
	cnValProc     = 1
	procEventSize = 16 // what, cpu, timestamp_ns: event_data follows
)

var connectorFamily = &family{
	types: xlat.NetlinkTypes,
	dflt:  "NLMSG_???",
	body:  connectorBody,
}

var cbID = &structSpec{name: "cb_id", size: 8, fields: []field{
	fXval("idx", 0, 4, xlat.CnIdx, "CN_IDX_???"),
	fU("val", 4, 4),
}}

// cnMsg is struct cn_msg after its id.
var cnMsg = &structSpec{name: "cn_msg", size: cnMsgSize, fields: []field{
	fU("seq", 8, 4),
	fU("ack", 12, 4),
	fU("len", 16, 2),
	fX("flags", 18, 2),
}}

// The event_data of struct proc_event, by its what.
var procEventData = map[uint32]*structSpec{
	xlat.PROC_EVENT_NONE: {name: "ack", size: 4, fields: []field{fU("err", 0, 4)}},
	xlat.PROC_EVENT_FORK: {name: "fork_proc_event", size: 16, fields: []field{
		fD("parent_pid", 0, 4), fD("parent_tgid", 4, 4), fD("child_pid", 8, 4), fD("child_tgid", 12, 4)}},
	xlat.PROC_EVENT_EXEC: {name: "exec_proc_event", size: 8, fields: []field{
		fD("process_pid", 0, 4), fD("process_tgid", 4, 4)}},
	xlat.PROC_EVENT_UID: {name: "id_proc_event", size: 16, fields: []field{
		fD("process_pid", 0, 4), fD("process_tgid", 4, 4), fU("ruid", 8, 4), fU("euid", 12, 4)}},
	xlat.PROC_EVENT_GID: {name: "id_proc_event", size: 16, fields: []field{
		fD("process_pid", 0, 4), fD("process_tgid", 4, 4), fU("rgid", 8, 4), fU("egid", 12, 4)}},
	xlat.PROC_EVENT_SID: {name: "sid_proc_event", size: 8, fields: []field{
		fD("process_pid", 0, 4), fD("process_tgid", 4, 4)}},
	xlat.PROC_EVENT_PTRACE: {name: "ptrace_proc_event", size: 16, fields: []field{
		fD("process_pid", 0, 4), fD("process_tgid", 4, 4), fD("tracer_pid", 8, 4), fD("tracer_tgid", 12, 4)}},
	xlat.PROC_EVENT_COMM: {name: "comm_proc_event", size: 24, fields: []field{
		fD("process_pid", 0, 4), fD("process_tgid", 4, 4), fStr("comm", 8, 16, qCstring)}},
	xlat.PROC_EVENT_COREDUMP: {name: "coredump_proc_event", size: 16, fields: []field{
		fD("process_pid", 0, 4), fD("process_tgid", 4, 4), fD("parent_pid", 8, 4), fD("parent_tgid", 12, 4)}},
	xlat.PROC_EVENT_EXIT: {name: "exit_proc_event", size: 24, fields: []field{
		fD("process_pid", 0, 4), fD("process_tgid", 4, 4), fU("exit_code", 8, 4), fU("exit_signal", 12, 4),
		fD("parent_pid", 16, 4), fD("parent_tgid", 20, 4)}},
}

var procInput = &structSpec{name: "proc_input", size: 8, fields: []field{
	fXval("mcast_op", 0, 4, xlat.ProcCnMcastOps, "PROC_CN_MCAST_???"),
	fFlags("event_type", 4, 4, xlat.ProcCnEvents, "PROC_EVENT_???"),
}}

// connectorBody decodes struct cn_msg and its data; a payload too short
// for cn_msg, or whose len does not fit, is left as strace leaves it.
func connectorBody(s *state, typ uint16, off, n int) bool {
	if n < cnMsgSize {
		return false
	}
	l := int(s.u16(off + 16))
	if cnMsgSize+l > n {
		return false
	}
	s.openArray("", off, n)
	s.open(KindStruct, "", off, cnMsgSize, RoleBody)
	s.structFields("id", cbID, off)
	s.fields(cnMsg.fields, off)
	s.close()
	data, rest := off+cnMsgSize, n-cnMsgSize
	if l > 0 {
		if s.u32(off) != xlat.CN_IDX_PROC || s.u32(off+4) != cnValProc || !s.procData(data, l) {
			i := s.hex(data, l)
			s.node(i).role = RolePayload
		}
	}
	if rest > l {
		i := s.hex(data+l, rest-l)
		s.node(i).role = RoleTrailing
	}
	s.close()
	return true
}

// procData decodes the proc connector's data: enum proc_cn_mcast_op or
// struct proc_input from user space, struct proc_event from the kernel.
func (s *state) procData(off, n int) bool {
	switch {
	case n == 4:
		s.xval("", off, 4, xlat.ProcCnMcastOps, "PROC_CN_MCAST_???")
	case n == procInput.size:
		s.structFields("", procInput, off)
	case n >= procEventSize:
		what := uint32(s.u32(off))
		sp := procEventData[what]
		if sp != nil && n < procEventSize+sp.size {
			return false
		}
		s.openStruct("", off, n)
		s.xval("what", off, 4, xlat.ProcCnEvents, "PROC_EVENT_???")
		s.fieldU("cpu", off+4, 4)
		s.fieldU("timestamp_ns", off+8, 8)
		if sp != nil {
			s.structFields("event_data", sp, off+procEventSize)
		} else if n > procEventSize {
			s.add(Node{fmt: FmtHex, name: "event_data", off: uint32(off + procEventSize), len: uint32(n - procEventSize)})
		}
		s.close()
	default:
		return false
	}
	return true
}
