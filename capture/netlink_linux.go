package capture

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// A small netlink client: just what live capture needs to set up nlmon
// and learn the generic netlink families of the host.

type nlConn struct {
	fd  int
	seq uint32
	buf []byte
}

var ne = binary.NativeEndian

func dialNetlink(proto int) (*nlConn, error) {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, os.NewSyscallError("socket", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		unix.Close(fd)
		return nil, os.NewSyscallError("bind", err)
	}
	// extended ACKs carry the kernel's reason for an error
	_ = unix.SetsockoptInt(fd, unix.SOL_NETLINK, unix.NETLINK_EXT_ACK, 1)
	return &nlConn{fd: fd, seq: 1, buf: make([]byte, 64<<10)}, nil
}

func (c *nlConn) Close() error { return unix.Close(c.fd) }

// nlError is an error the kernel answered with.
type nlError struct {
	Errno unix.Errno
	Msg   string // the extended ACK's message, if any
}

func (e *nlError) Error() string {
	if e.Msg != "" {
		return e.Errno.Error() + ": " + e.Msg
	}
	return e.Errno.Error()
}

func (e *nlError) Unwrap() error { return e.Errno }

// do sends one request and calls fn for every message of the answer
// until the acknowledgment (or NLMSG_DONE, for dumps).
func (c *nlConn) do(typ, flags uint16, payload []byte, fn func(msg []byte) error) error {
	return c.doPort(typ, flags, payload, 0, fn)
}

// doPort is do with the request's nlmsg_pid set to port.
func (c *nlConn) doPort(typ, flags uint16, payload []byte, port uint32, fn func(msg []byte) error) error {
	c.seq++
	seq := c.seq
	req := make([]byte, nlmsgHdrLen+len(payload))
	ne.PutUint32(req[0:], uint32(len(req)))
	ne.PutUint16(req[4:], typ)
	ne.PutUint16(req[6:], flags|nlmFRequest|unix.NLM_F_ACK)
	ne.PutUint32(req[8:], seq)
	ne.PutUint32(req[12:], port)
	copy(req[nlmsgHdrLen:], payload)
	if err := unix.Sendto(c.fd, req, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return os.NewSyscallError("sendto", err)
	}
	for {
		n, _, err := unix.Recvfrom(c.fd, c.buf, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return os.NewSyscallError("recvfrom", err)
		}
		var ferr error
		done := false
		walkHeaders(c.buf[:n], ne, func(h nlHeader, off int) bool {
			if h.Seq != seq {
				return true
			}
			msg := c.buf[off : off+int(h.Len)]
			switch h.Type {
			case nlmsgDone:
				done = true
				return false
			case nlmsgError:
				done = true
				if len(msg) >= nlmsgHdrLen+4 {
					if e := int32(ne.Uint32(msg[nlmsgHdrLen:])); e != 0 {
						ferr = &nlError{Errno: unix.Errno(-e), Msg: extAckMsg(msg, h.Flags)}
					}
				}
				return false
			}
			if fn != nil && ferr == nil {
				ferr = fn(msg)
			}
			return true
		})
		if done {
			return ferr
		}
	}
}

// extAckMsg returns NLMSGERR_ATTR_MSG of an error message.
func extAckMsg(msg []byte, flags uint16) string {
	const capped, tlvs = 0x100, 0x200 // NLM_F_CAPPED, NLM_F_ACK_TLVS
	if flags&tlvs == 0 || len(msg) < nlmsgHdrLen+4+nlmsgHdrLen {
		return ""
	}
	off := nlmsgHdrLen + 4
	if flags&capped != 0 {
		off += nlmsgHdrLen
	} else {
		off += int(ne.Uint32(msg[nlmsgHdrLen+4:]))
	}
	if off > len(msg) || off < 0 {
		return ""
	}
	for a := msg[nlAlign(off):]; len(a) >= 4; {
		l := int(ne.Uint16(a))
		if l < 4 || l > len(a) {
			break
		}
		if ne.Uint16(a[2:])&nlaTypeMask == 1 { // NLMSGERR_ATTR_MSG
			v := a[4:l]
			for i, b := range v {
				if b == 0 {
					v = v[:i]
					break
				}
			}
			return string(v)
		}
		if nlAlign(l) > len(a) {
			break
		}
		a = a[nlAlign(l):]
	}
	return ""
}

func appendAttr(b []byte, typ uint16, v []byte) []byte {
	var h [4]byte
	ne.PutUint16(h[0:], uint16(4+len(v)))
	ne.PutUint16(h[2:], typ)
	b = append(b, h[:]...)
	b = append(b, v...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

func ifinfomsg(index int32, flags, change uint32) []byte {
	b := make([]byte, unix.SizeofIfInfomsg)
	ne.PutUint32(b[4:], uint32(index))
	ne.PutUint32(b[8:], flags)
	ne.PutUint32(b[12:], change)
	return b
}

// linkInfo is what capture needs to know of an interface.
type linkInfo struct {
	index int32
	typ   uint16 // ARPHRD_*
	flags uint32
	kind  string
}

func (c *nlConn) getLink(name string) (*linkInfo, error) {
	req := appendAttr(ifinfomsg(0, 0, 0), unix.IFLA_IFNAME, append([]byte(name), 0))
	var li *linkInfo
	err := c.do(unix.RTM_GETLINK, 0, req, func(msg []byte) error {
		if len(msg) < nlmsgHdrLen+unix.SizeofIfInfomsg {
			return errors.New("short RTM_NEWLINK")
		}
		b := msg[nlmsgHdrLen:]
		li = &linkInfo{typ: ne.Uint16(b[2:]), index: int32(ne.Uint32(b[4:])), flags: ne.Uint32(b[8:])}
		attrs := b[unix.SizeofIfInfomsg:]
		for len(attrs) >= 4 {
			l := int(ne.Uint16(attrs))
			if l < 4 || l > len(attrs) {
				break
			}
			if ne.Uint16(attrs[2:])&nlaTypeMask == unix.IFLA_LINKINFO {
				for in := attrs[4:l]; len(in) >= 4; {
					il := int(ne.Uint16(in))
					if il < 4 || il > len(in) {
						break
					}
					if ne.Uint16(in[2:])&nlaTypeMask == unix.IFLA_INFO_KIND {
						k := in[4:il]
						for i, ch := range k {
							if ch == 0 {
								k = k[:i]
								break
							}
						}
						li.kind = string(k)
					}
					if nlAlign(il) > len(in) {
						break
					}
					in = in[nlAlign(il):]
				}
			}
			if nlAlign(l) > len(attrs) {
				break
			}
			attrs = attrs[nlAlign(l):]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if li == nil {
		return nil, unix.ENODEV
	}
	return li, nil
}

func (c *nlConn) createNlmon(name string) error {
	req := ifinfomsg(0, unix.IFF_UP, unix.IFF_UP)
	req = appendAttr(req, unix.IFLA_IFNAME, append([]byte(name), 0))
	req = appendAttr(req, unix.IFLA_LINKINFO, appendAttr(nil, unix.IFLA_INFO_KIND, []byte("nlmon")))
	return c.do(unix.RTM_NEWLINK, unix.NLM_F_CREATE|unix.NLM_F_EXCL, req, nil)
}

func (c *nlConn) setFlags(index int32, flags, change uint32) error {
	return c.do(unix.RTM_NEWLINK, 0, ifinfomsg(index, flags, change), nil)
}

func (c *nlConn) deleteLink(index int32) error {
	return c.do(unix.RTM_DELLINK, 0, ifinfomsg(index, 0, 0), nil)
}

// Nlmon is an nlmon interface made ready for capture.
type Nlmon struct {
	Name      string
	Index     int
	Created   bool // nldump created it: Close removes it
	BroughtUp bool // it was down and nldump brought it up: Close brings it down
}

// Fixes named in setup errors.
const (
	fixPrivilege = "run nldump as root, or give it the capabilities: sudo setcap cap_net_raw,cap_net_admin+ep $(command -v nldump)"
	fixNoNlmon   = "this kernel has no nlmon (CONFIG_NLMON); if it is built as a module, sudo modprobe nlmon; otherwise capture with BPF (--source bpf), or trace one command with: nldump trace -- CMD"
)

// PrepareNlmon finds the nlmon interface name, or creates it (and brings
// it up) when it is missing and create is true.
func PrepareNlmon(name string, create bool) (*Nlmon, error) {
	c, err := dialNetlink(unix.NETLINK_ROUTE)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	li, err := c.getLink(name)
	if errors.Is(err, unix.ENODEV) {
		if !create {
			return nil, fmt.Errorf("no interface %s: create it with `ip link add %s type nlmon && ip link set %s up`, or give --create and nldump will (and remove it on exit); leave out -i to use nlmon0", name, name, name)
		}
		if err := c.createNlmon(name); err != nil {
			switch {
			case errors.Is(err, unix.EPERM):
				return nil, fmt.Errorf("creating %s: %v: %s", name, err, fixPrivilege)
			case errors.Is(err, unix.EOPNOTSUPP):
				return nil, noNlmonError{fmt.Sprintf("creating %s: %v: %s", name, err, fixNoNlmon)}
			}
			return nil, fmt.Errorf("creating nlmon interface %s: %v", name, err)
		}
		li, err = c.getLink(name)
		if err != nil {
			return nil, fmt.Errorf("%s: created, then: %v", name, err)
		}
		return &Nlmon{Name: name, Index: int(li.index), Created: true}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("looking up %s: %v", name, err)
	}
	if li.typ != unix.ARPHRD_NETLINK {
		kind := li.kind
		if kind == "" {
			kind = fmt.Sprintf("link type %d", li.typ)
		}
		return nil, fmt.Errorf("%s is not an nlmon interface (it is %s): nldump captures netlink on nlmon; leave out -i to use nlmon0, or create one with `ip link add nlmon1 type nlmon` and use -i nlmon1", name, kind)
	}
	n := &Nlmon{Name: name, Index: int(li.index)}
	if li.flags&unix.IFF_UP == 0 {
		if err := c.setFlags(li.index, unix.IFF_UP, unix.IFF_UP); err != nil {
			if errors.Is(err, unix.EPERM) {
				return nil, fmt.Errorf("%s is down and bringing it up failed: %v: %s", name, err, fixPrivilege)
			}
			return nil, fmt.Errorf("%s is down and bringing it up failed: %v", name, err)
		}
		n.BroughtUp = true
	}
	return n, nil
}

// Close undoes what PrepareNlmon did: removes the interface it created,
// or brings down the one it brought up.
func (n *Nlmon) Close() error {
	if !n.Created && !n.BroughtUp {
		return nil
	}
	c, err := dialNetlink(unix.NETLINK_ROUTE)
	if err != nil {
		return err
	}
	defer c.Close()
	if n.Created {
		err = c.deleteLink(int32(n.Index))
		if errors.Is(err, unix.ENODEV) {
			err = nil // someone else removed it
		}
		if err != nil {
			return fmt.Errorf("removing %s: %v", n.Name, err)
		}
		return nil
	}
	if err := c.setFlags(int32(n.Index), 0, unix.IFF_UP); err != nil && !errors.Is(err, unix.ENODEV) {
		return fmt.Errorf("bringing %s down: %v", n.Name, err)
	}
	return nil
}

// QueryGenlFamilies asks the kernel for its generic netlink families
// (a CTRL_CMD_GETFAMILY dump) and calls fn for each.
func QueryGenlFamilies(fn func(id uint16, name string)) error {
	c, err := dialNetlink(unix.NETLINK_GENERIC)
	if err != nil {
		return err
	}
	defer c.Close()
	hdr := []byte{ctrlCmdGetFamily, 1, 0, 0}
	return c.do(genlIDCtrl, unix.NLM_F_DUMP, hdr, func(msg []byte) error {
		GenlFamilies(msg, HostBigEndian, fn)
		return nil
	})
}
