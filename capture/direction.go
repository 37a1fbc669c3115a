package capture

import "bytes"

// DirInfer tells the direction of buffers seen on an nlmon interface,
// which records the netlink protocol but not who sent a buffer. Every
// message of a buffer has the same sender, so the buffer's first message
// decides:
//
//   - NLM_F_REQUEST: a process asked the kernel (to-kernel). The kernel
//     never sets it, and ignores messages without it.
//   - nlmsg_pid 0 without NLM_F_REQUEST: the kernel's own notification.
//   - NLMSG_ERROR, NLMSG_DONE, NLM_F_MULTI, or a (protocol, seq) a recent
//     request used: a reply or a notification the request caused
//     (the kernel copies the request's seq and the asker's port into them).
//   - NETLINK_USERSOCK, libudev's uevents, and a message from a port that
//     sent requests, with a seq no request used: one process to another.
//   - anything else: from the kernel.
//
// A DirInfer's memory is bounded: it keeps the last 64Ki requests.
type DirInfer struct {
	reqs      map[reqKey]struct{}
	ring      []reqKey
	next      int
	userPorts map[portKey]struct{}
}

type reqKey struct {
	proto uint16
	seq   uint32
}

type portKey struct {
	proto uint16
	pid   uint32
}

const (
	dirRingSize   = 1 << 16
	maxPorts      = 1 << 14
	protoUsersock = 2
)

var libudevMagic = []byte("libudev\x00")

// Infer returns the direction of one buffer of the given protocol.
func (d *DirInfer) Infer(proto int, data []byte, bigEndian bool) Direction {
	switch proto {
	case protoUevent:
		if bytes.HasPrefix(data, libudevMagic) {
			return DirToUser
		}
		return DirFromKernel
	case protoUsersock:
		return DirToUser
	}
	var h nlHeader
	ok := false
	walkHeaders(data, order(bigEndian), func(hh nlHeader, _ int) bool {
		h, ok = hh, true
		return false
	})
	if !ok {
		return DirUnknown
	}
	if d.reqs == nil {
		d.reqs = make(map[reqKey]struct{})
		d.ring = make([]reqKey, 0, 1024)
		d.userPorts = make(map[portKey]struct{})
	}
	p16 := uint16(proto)
	if h.Flags&nlmFRequest != 0 {
		d.remember(reqKey{p16, h.Seq})
		if h.Pid != 0 {
			if len(d.userPorts) >= maxPorts {
				clear(d.userPorts)
			}
			d.userPorts[portKey{p16, h.Pid}] = struct{}{}
		}
		return DirToKernel
	}
	if h.Pid == 0 || h.Type == nlmsgError || h.Type == nlmsgDone || h.Type == nlmsgOverrun || h.Flags&nlmFMulti != 0 {
		return DirFromKernel
	}
	if _, ok := d.reqs[reqKey{p16, h.Seq}]; ok {
		return DirFromKernel
	}
	if _, ok := d.userPorts[portKey{p16, h.Pid}]; ok && h.Seq != 0 {
		return DirToUser
	}
	return DirFromKernel
}

func (d *DirInfer) remember(k reqKey) {
	if _, ok := d.reqs[k]; ok {
		return
	}
	if len(d.ring) < dirRingSize {
		d.ring = append(d.ring, k)
	} else {
		delete(d.reqs, d.ring[d.next])
		d.ring[d.next] = k
		d.next = (d.next + 1) % dirRingSize
	}
	d.reqs[k] = struct{}{}
}
