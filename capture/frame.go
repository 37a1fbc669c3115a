package capture

import (
	"errors"
	"strconv"
	"syscall"
	"time"
)

// Direction is which way a netlink buffer went.
type Direction uint8

const (
	DirUnknown    Direction = iota
	DirToKernel             // sent by a process to the kernel
	DirFromKernel           // sent by the kernel (a reply or a notification)
	DirToUser               // sent by a process to another process
)

func (d Direction) String() string {
	switch d {
	case DirToKernel:
		return "to-kernel"
	case DirFromKernel:
		return "from-kernel"
	case DirToUser:
		return "to-user"
	}
	return "unknown"
}

// Arrow is a short form of the direction for one-line formats.
func (d Direction) Arrow() string {
	switch d {
	case DirToKernel:
		return ">"
	case DirFromKernel:
		return "<"
	case DirToUser:
		return "~"
	}
	return "?"
}

// Frame is one netlink buffer (one datagram) and what is known of it.
type Frame struct {
	Data   []byte
	Time   time.Time // zero when unknown (hex dumps)
	Proto  int       // netlink protocol; -1 when unknown
	Dir    Direction
	Packet int // 1-based number of the buffer in its source
	// Source locates the buffer for messages: "file.hex:12", "pid 42
	// sendmsg". When SourceSep is not 0, SourceSep and SourceNum end it
	// ("file.pcap" '#' 12): reading a file then builds no string per
	// buffer. AppendSource gives it whole.
	Source    string
	SourceSep byte
	SourceNum int
	// Pid and Syscall are set for traced buffers.
	Pid     int
	Syscall string
	// OrigLen is the length on the wire when Data was cut by a snap length.
	OrigLen int
	// Sender is the netlink port id of the sender, when known (nlmon
	// captures carry it as the link-layer address; 0 is the kernel).
	Sender    uint32
	HasSender bool
	// DirKnown says Dir was seen (a traced process, a file that recorded
	// it) rather than inferred from the messages (nlmon).
	DirKnown bool
	// BigEndian is the byte order of the netlink payload (the capturing
	// host's, told from nlmsg_len when read from a file).
	BigEndian bool

	// Fd is the traced process's file descriptor the buffer went through
	// (trace only; -1 or 0 with Syscall == "" when unknown). Requests and
	// their answers pair by it in traced traffic.
	Fd int
	// Proc is the process that sent the buffer or, for the kernel's
	// unicast replies and notifications, the process the kernel answered
	// or acted for, when a source knows it (trace, the BPF source, port id
	// resolution, a pcapng comment written by nldump).
	Proc Process

	// What the system call did with a traced buffer (trace only;
	// HasResult is false elsewhere).
	//
	// Result is the call's return value when it succeeded: the bytes it
	// sent, or received (for recvmmsg and sendmmsg, this datagram's
	// msg_len). Errno is the call's error when it failed: a failed send
	// is reported with the bytes it tried to send, which the kernel never
	// accepted; a failed receive is not reported.
	Result    int64
	Errno     syscall.Errno
	HasResult bool
	// Truncated says the datagram was longer than the receive buffer:
	// Data holds its first bytes, and OrigLen its whole length when the
	// call asked for it (MSG_TRUNC in the receive flags), else 0.
	Truncated bool
	// Peek says the buffer was received with MSG_PEEK: the datagram
	// stays queued, and the next receive returns it again.
	Peek bool
	// Dest is the port id of the socket a buffer went to (0: the
	// kernel), when the source knows it: for the BPF source, the socket
	// it was queued to; for a traced send, the address the call named
	// (sendto's dest_addr, sendmsg's msg_name), with HasDest set and
	// DestGroups its multicast groups bitmask. A traced send to another
	// port has the direction DirToUser.
	Dest       uint32
	DestGroups uint32
	HasDest    bool
	// Netns is the inode number of the network namespace the buffer
	// went through, when the source knows it (the BPF source).
	Netns uint32
	// Iovecs are the lengths of the iovecs the datagram was gathered
	// from (a send) or scattered to (a receive), in order, when there
	// were several holding data: they add up to len(Data). The kernel
	// sees one datagram whatever their number; strace shows each iovec
	// as a buffer of its own. Like Data, it may be reused after the
	// frame is handed on.
	Iovecs []int
}

// Failed reports whether the frame's call failed: the kernel did not
// take the buffer.
func (f *Frame) Failed() bool { return f.HasResult && f.Errno != 0 }

// KernelSaw reports whether the kernel received or delivered the
// datagram as the frame holds it: not a failed send, not a peek (the
// receive after it returns the same datagram). A capture file written
// from traced frames holds these only.
func (f *Frame) KernelSaw() bool { return !f.Failed() && !f.Peek }

// Process names the process behind a frame.
type Process struct {
	PID  int    // thread group id; 0 when unknown
	Comm string // command name, as /proc/PID/comm holds it
	// Note says why the process is not known when PID is 0 and the
	// source tried ("socket closed before it was resolved", ...).
	Note string
	// By says what named the process (ByBpf, ByDiag, ByAnswer,
	// ByTrace); empty when it is not recorded (a pcapng comment).
	By string
}

// What named a process (Process.By).
const (
	// ByBpf: the BPF program, in the process that sent the buffer (the
	// BPF source, or its probe beside nlmon).
	ByBpf = "bpf"
	// ByDiag: the port id, through NETLINK_SOCK_DIAG (or
	// /proc/net/netlink) and the processes' descriptors.
	ByDiag = "diag"
	// ByAnswer: a request, by the process of the kernel's answer to it.
	ByAnswer = "answer"
	// ByTrace: the traced process.
	ByTrace = "trace"
)

// Known reports whether the process was found.
func (p Process) Known() bool { return p.PID != 0 }

// ErrNoNlmon is what PrepareNlmon's error is (errors.Is) when the kernel
// has no nlmon: a capture may then use the BPF source.
var ErrNoNlmon = errors.New("the kernel has no nlmon")

type noNlmonError struct{ msg string }

func (e noNlmonError) Error() string        { return e.msg }
func (e noNlmonError) Is(target error) bool { return target == ErrNoNlmon }

// AppendSource appends where the buffer comes from (Source, then
// SourceSep and SourceNum when SourceSep is set).
func (f *Frame) AppendSource(b []byte) []byte {
	b = append(b, f.Source...)
	if f.SourceSep != 0 {
		b = append(b, f.SourceSep)
		b = strconv.AppendInt(b, int64(f.SourceNum), 10)
	}
	return b
}
