// Command badlen sends the RTM_NEWLINK of "ip link set lo up" built by
// hand with a common mistake: nlmsg_len counts an ifaddrmsg (8 bytes)
// where the message has an ifinfomsg (16), so it says 24 for the 32 bytes
// sent, and the kernel answers EINVAL. prog.pcap in this directory is its
// traffic, recorded in a fresh network namespace:
//
//	go build -o /tmp/badlen ./testdata/diff/badlen
//	unshare -n nldump trace -w testdata/diff/prog.pcap -- /tmp/badlen
//
// It lives under testdata so that go build ./... leaves it alone.
package main

import (
	"encoding/binary"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "badlen:", err)
		os.Exit(1)
	}
}

func run() error {
	index, err := ifindex("lo")
	if err != nil {
		return err
	}
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_ROUTE)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return err
	}
	b := make([]byte, unix.SizeofNlMsghdr+unix.SizeofIfInfomsg)
	ne := binary.NativeEndian
	// the mistake: the size of the wrong struct
	ne.PutUint32(b[0:], uint32(unix.SizeofNlMsghdr+unix.SizeofIfAddrmsg))
	ne.PutUint16(b[4:], unix.RTM_NEWLINK)
	ne.PutUint16(b[6:], unix.NLM_F_REQUEST|unix.NLM_F_ACK)
	ne.PutUint32(b[8:], 1) // nlmsg_seq
	// struct ifinfomsg: family 0, type 0, index, flags IFF_UP, change IFF_UP
	ne.PutUint32(b[20:], uint32(index))
	ne.PutUint32(b[24:], unix.IFF_UP)
	ne.PutUint32(b[28:], unix.IFF_UP)
	if err := unix.Sendto(fd, b, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return err
	}
	r := make([]byte, 4096)
	n, _, err := unix.Recvfrom(fd, r, 0)
	if err != nil {
		return err
	}
	if n >= unix.SizeofNlMsghdr+4 && ne.Uint16(r[4:]) == unix.NLMSG_ERROR {
		if e := int32(ne.Uint32(r[unix.SizeofNlMsghdr:])); e != 0 {
			return fmt.Errorf("RTM_NEWLINK: %v", unix.Errno(-e))
		}
	}
	return nil
}

// ifindex asks for an interface's index with an ioctl (not netlink, so
// that the capture holds only the request above and its answer).
func ifindex(name string) (int, error) {
	s, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return 0, err
	}
	defer unix.Close(s)
	ifr, err := unix.NewIfreq(name)
	if err != nil {
		return 0, err
	}
	if err := unix.IoctlIfreq(s, unix.SIOCGIFINDEX, ifr); err != nil {
		return 0, err
	}
	return int(ifr.Uint32()), nil
}
