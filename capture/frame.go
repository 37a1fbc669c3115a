package capture

import (
	"errors"
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
	// Source locates the buffer for messages: "file.hex:12", "pid 42 sendmsg"
	Source string
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
	// Dest is the port id of the socket a buffer was queued to (0: the
	// kernel), and Netns the inode number of the network namespace it went
	// through, when the source knows them (the BPF source).
	Dest  uint32
	Netns uint32
}

// Process names the process behind a frame.
type Process struct {
	PID  int    // thread group id; 0 when unknown
	Comm string // command name, as /proc/PID/comm holds it
	// Note says why the process is not known when PID is 0 and the
	// source tried ("socket closed before it was resolved", ...).
	Note string
}

// Known reports whether the process was found.
func (p Process) Known() bool { return p.PID != 0 }

// ErrNoNlmon is what PrepareNlmon's error is (errors.Is) when the kernel
// has no nlmon: a capture may then use the BPF source.
var ErrNoNlmon = errors.New("the kernel has no nlmon")

type noNlmonError struct{ msg string }

func (e noNlmonError) Error() string        { return e.msg }
func (e noNlmonError) Is(target error) bool { return target == ErrNoNlmon }
