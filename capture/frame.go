package capture

import "time"

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
}
