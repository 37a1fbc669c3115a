package capture

import (
	"strconv"
	"strings"
)

// Notes of processes a resolver looked for in vain.
const (
	NoteGone      = "socket closed before it was resolved"
	NoteNoProcess = "no process holds the socket (its process is exiting, or it is the kernel's)"
)

// PortResolver names the process behind a netlink port id. The live
// nlmon source asks one for every frame (ProcResolver on Linux).
type PortResolver interface {
	// Resolve returns the process holding the socket bound to port in
	// protocol proto, or a Process with only Note set when it cannot
	// be known.
	Resolve(proto int, port uint32) Process
}

// FramePort returns the port id whose process a frame belongs to: the
// sender's, when the capture carries it (trace, nldump's files); for a
// message from the kernel, the nlmsg_pid of its first message, which the
// kernel sets to the port it answers (a unicast reply) or of the
// requester whose change a notification reports. ok is false when the
// frame names no port: a request without a recorded sender (nlmon does
// not record one; its answer tells, see RequestPort), or a notification
// the kernel sent on its own (nlmsg_pid 0).
func FramePort(fr *Frame) (port uint32, ok bool) {
	if fr.HasSender && fr.Sender != 0 {
		return fr.Sender, true
	}
	if fr.Dir != DirFromKernel || len(fr.Data) < nlmsgHdrLen {
		return 0, false
	}
	pid := order(fr.BigEndian).Uint32(fr.Data[12:])
	return pid, pid != 0
}

// FirstHeader returns the type, flags and seq of a frame's first message.
func FirstHeader(fr *Frame) (typ, flags uint16, seq uint32, ok bool) {
	if len(fr.Data) < nlmsgHdrLen {
		return 0, 0, 0, false
	}
	bo := order(fr.BigEndian)
	return bo.Uint16(fr.Data[4:]), bo.Uint16(fr.Data[6:]), bo.Uint32(fr.Data[8:]), true
}

// Answers reports whether a frame from the kernel answers (or reports the
// change made by) the request frame req: the same protocol and sequence
// number and, for an error or acknowledgment, the echoed request's type.
// The kernel sets such an answer's nlmsg_pid to the requester's port id.
func Answers(reply, req *Frame) bool {
	if reply.Proto != req.Proto || reply.Dir != DirFromKernel {
		return false
	}
	rtyp, _, rseq, ok := FirstHeader(reply)
	qtyp, _, qseq, ok2 := FirstHeader(req)
	if !ok || !ok2 || rseq != qseq {
		return false
	}
	if rtyp == nlmsgError && len(reply.Data) >= nlmsgHdrLen+4+nlmsgHdrLen {
		return order(reply.BigEndian).Uint16(reply.Data[nlmsgHdrLen+4+4:]) == qtyp
	}
	return true
}

// Comment is how nldump writes a process into a pcapng packet comment:
// "pid=1234 comm=ip", or "process unknown: NOTE"; "" when there is
// nothing to say.
func (p Process) Comment() string {
	if p.Known() {
		return "pid=" + strconv.Itoa(p.PID) + " comm=" + p.Comm
	}
	if p.Note != "" {
		return "process unknown: " + p.Note
	}
	return ""
}

// ParseProcessComment reads back a comment Comment wrote; ok is false for
// any other comment.
func ParseProcessComment(c string) (p Process, ok bool) {
	if note, found := strings.CutPrefix(c, "process unknown: "); found {
		return Process{Note: note}, true
	}
	rest, found := strings.CutPrefix(c, "pid=")
	if !found {
		return p, false
	}
	num, comm, found := strings.Cut(rest, " comm=")
	if !found {
		return p, false
	}
	pid, err := strconv.Atoi(num)
	if err != nil || pid <= 0 {
		return p, false
	}
	return Process{PID: pid, Comm: comm}, true
}
