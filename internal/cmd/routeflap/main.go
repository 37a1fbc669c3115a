//go:build linux

// Command routeflap adds and deletes a route every 100 ms over one
// NETLINK_ROUTE socket it keeps open, as a daemon that keeps changing the
// routing table would: the program the VM test's attribution check names.
//
//	routeflap N    add and delete 198.51.100.0/24 dev lo N times
//
// Its requests carry nlmsg_pid 0 (as iproute2's do) and sequence numbers
// from SeqBase on, so the test finds them, and their answers, by seq.
package main

import (
	"encoding/binary"
	"fmt"
	"net"
	"os"
	"strconv"
	"time"

	"golang.org/x/sys/unix"
)

// SeqBase is the first sequence number routeflap uses.
const SeqBase = 0x5eed0000

func main() {
	n := 10
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	lo, err := net.InterfaceByName("lo")
	if err != nil {
		fail(err)
	}
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_ROUTE)
	if err != nil {
		fail(err)
	}
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		fail(err)
	}
	seq := uint32(SeqBase)
	buf := make([]byte, 8192)
	for i := 0; i < 2*n; i++ {
		typ, flags := uint16(unix.RTM_NEWROUTE), uint16(unix.NLM_F_REQUEST|unix.NLM_F_ACK|unix.NLM_F_CREATE|unix.NLM_F_EXCL)
		if i%2 == 1 {
			typ, flags = unix.RTM_DELROUTE, unix.NLM_F_REQUEST|unix.NLM_F_ACK
		}
		if err := unix.Sendto(fd, routeMsg(typ, flags, seq, uint32(lo.Index)), 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
			fail(err)
		}
		m, _, err := unix.Recvfrom(fd, buf, 0)
		if err != nil {
			fail(err)
		}
		if m >= 20 {
			if e := int32(binary.NativeEndian.Uint32(buf[16:])); e != 0 {
				fmt.Fprintf(os.Stderr, "routeflap: seq %#x: %v\n", seq, unix.Errno(-e))
			}
		}
		seq++
		time.Sleep(100 * time.Millisecond)
	}
}

// routeMsg builds RTM_NEWROUTE or RTM_DELROUTE of 198.51.100.0/24 dev
// ifindex.
func routeMsg(typ, flags uint16, seq, ifindex uint32) []byte {
	ne := binary.NativeEndian
	b := make([]byte, 16, 44)
	ne.PutUint32(b[0:], 44)
	ne.PutUint16(b[4:], typ)
	ne.PutUint16(b[6:], flags)
	ne.PutUint32(b[8:], seq)
	// rtmsg: AF_INET, /24, main table, boot, scope link, unicast
	b = append(b, unix.AF_INET, 24, 0, 0, unix.RT_TABLE_MAIN, unix.RTPROT_BOOT, unix.RT_SCOPE_LINK, unix.RTN_UNICAST, 0, 0, 0, 0)
	b = append(b, 8, 0, unix.RTA_DST, 0, 198, 51, 100, 0)
	b = append(b, 8, 0, unix.RTA_OIF, 0)
	return ne.AppendUint32(b, ifindex)
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "routeflap: %v\n", err)
	os.Exit(1)
}
