// Command seedprog builds netlink requests by hand the way programs get
// them wrong, sends them, and prints the kernel's errno. It is the seed
// workflow of nldump's pairing and check (run it under nldump trace in a
// throwaway network namespace: unshare -n nldump trace --check -f summary
// -- ./seedprog). It lives under testdata so that go vet ./... leaves it
// alone; build it with go build ./testdata/seedprog.
//
//	seedprog len     RTM_NEWLINK "set lo up" whose nlmsg_len counts an
//	                 ifaddrmsg (8 bytes) instead of the ifinfomsg (16)
//	seedprog mtu     RTM_NEWLINK with a 2-byte IFLA_MTU, NETLINK_EXT_ACK on
//	seedprog capped  the same with NETLINK_CAP_ACK too
//	seedprog name    RTM_NEWLINK with a 20-byte IFLA_IFNAME
//	seedprog miss    netdev's NETDEV_CMD_DEV_GET without NETDEV_A_DEV_IFINDEX
//	seedprog all     each of them in turn (the default); several names: those
package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

func main() {
	what := os.Args[1:]
	if len(what) == 0 || what[0] == "all" {
		what = []string{"len", "mtu", "capped", "name", "miss"}
	}
	status := 0
	for _, c := range what {
		if err := run(c); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", c, err)
			status = 1
		}
	}
	os.Exit(status)
}

func attr(typ uint16, payload []byte) []byte {
	b := make([]byte, 4, 4+len(payload)+3)
	binary.NativeEndian.PutUint16(b, uint16(4+len(payload)))
	binary.NativeEndian.PutUint16(b[2:], typ)
	b = append(b, payload...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// message returns nlmsghdr + body + attrs, nlmsg_len set to mlen (0: the
// real length).
func message(typ, flags uint16, seq uint32, mlen int, body []byte, attrs ...[]byte) []byte {
	b := make([]byte, unix.SizeofNlMsghdr, 64)
	b = append(b, body...)
	for _, a := range attrs {
		b = append(b, a...)
	}
	if mlen == 0 {
		mlen = len(b)
	}
	binary.NativeEndian.PutUint32(b, uint32(mlen))
	binary.NativeEndian.PutUint16(b[4:], typ)
	binary.NativeEndian.PutUint16(b[6:], flags)
	binary.NativeEndian.PutUint32(b[8:], seq)
	return b
}

func ifinfomsg(index int32, flags, change uint32) []byte {
	b := make([]byte, unix.SizeofIfInfomsg)
	binary.NativeEndian.PutUint32(b[4:], uint32(index))
	binary.NativeEndian.PutUint32(b[8:], flags)
	binary.NativeEndian.PutUint32(b[12:], change)
	return b
}

func run(c string) error {
	proto := unix.NETLINK_ROUTE
	if c == "miss" {
		proto = unix.NETLINK_GENERIC
	}
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return err
	}
	if c != "len" {
		unix.SetsockoptInt(fd, unix.SOL_NETLINK, unix.NETLINK_EXT_ACK, 1)
	}
	if c == "capped" {
		unix.SetsockoptInt(fd, unix.SOL_NETLINK, unix.NETLINK_CAP_ACK, 1)
	}
	lo := int32(1)
	flags := uint16(unix.NLM_F_REQUEST | unix.NLM_F_ACK)
	var msg []byte
	switch c {
	case "len":
		// the bug: the length of the wrong struct
		msg = message(unix.RTM_NEWLINK, flags, 1, unix.SizeofNlMsghdr+unix.SizeofIfAddrmsg, ifinfomsg(lo, unix.IFF_UP, unix.IFF_UP))
	case "mtu", "capped":
		mtu := make([]byte, 2)
		binary.NativeEndian.PutUint16(mtu, 1400)
		msg = message(unix.RTM_NEWLINK, flags, 2, 0, ifinfomsg(lo, 0, 0), attr(unix.IFLA_MTU, mtu))
	case "name":
		msg = message(unix.RTM_NEWLINK, flags, 3, 0, ifinfomsg(lo, 0, 0), attr(unix.IFLA_IFNAME, []byte("a-name-far-too-long\x00")))
	case "miss":
		id, err := familyID(fd, "netdev")
		if err != nil {
			return err
		}
		// genlmsghdr: NETDEV_CMD_DEV_GET (1), version 1
		msg = message(id, flags, 5, 0, []byte{1, 1, 0, 0})
	}
	if err := unix.Sendto(fd, msg, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return err
	}
	return readAck(fd)
}

// readAck reads until the NLMSG_ERROR and returns its error.
func readAck(fd int) error {
	buf := make([]byte, 65536)
	for {
		n, _, err := unix.Recvfrom(fd, buf, 0)
		if err != nil {
			return err
		}
		msgs, err := syscall.ParseNetlinkMessage(buf[:n])
		if err != nil {
			return err
		}
		for _, m := range msgs {
			if m.Header.Type == unix.NLMSG_ERROR {
				if e := int32(binary.NativeEndian.Uint32(m.Data)); e != 0 {
					return unix.Errno(-e)
				}
				return nil
			}
		}
	}
}

// familyID asks nlctrl for a generic netlink family's id.
func familyID(fd int, name string) (uint16, error) {
	msg := message(unix.GENL_ID_CTRL, unix.NLM_F_REQUEST, 4, 0, []byte{unix.CTRL_CMD_GETFAMILY, 1, 0, 0},
		attr(unix.CTRL_ATTR_FAMILY_NAME, append([]byte(name), 0)))
	if err := unix.Sendto(fd, msg, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return 0, err
	}
	buf := make([]byte, 65536)
	n, _, err := unix.Recvfrom(fd, buf, 0)
	if err != nil {
		return 0, err
	}
	msgs, err := syscall.ParseNetlinkMessage(buf[:n])
	if err != nil || len(msgs) == 0 {
		return 0, fmt.Errorf("no answer from nlctrl: %v", err)
	}
	m := msgs[0]
	if m.Header.Type == unix.NLMSG_ERROR {
		return 0, unix.Errno(-int32(binary.NativeEndian.Uint32(m.Data)))
	}
	for b := m.Data[4:]; len(b) >= 4; {
		l := int(binary.NativeEndian.Uint16(b))
		if l < 4 || l > len(b) {
			break
		}
		if binary.NativeEndian.Uint16(b[2:]) == unix.CTRL_ATTR_FAMILY_ID && l >= 6 {
			return binary.NativeEndian.Uint16(b[4:]), nil
		}
		b = b[min((l+3)&^3, len(b)):]
	}
	return 0, fmt.Errorf("nlctrl named no id for %s", name)
}
