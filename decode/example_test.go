//go:build linux

package decode_test

import (
	"encoding/binary"
	"fmt"

	"github.com/nldump/nldump/decode"
	"golang.org/x/sys/unix"
)

// A test prints the message it built, in strace's notation, to compare it
// with what strace shows for `ip link set veth0 up`.
func ExampleStrace() {
	msg := make([]byte, unix.NLMSG_HDRLEN+unix.SizeofIfInfomsg)
	binary.LittleEndian.PutUint32(msg[0:], uint32(len(msg))) // nlmsg_len
	binary.LittleEndian.PutUint16(msg[4:], unix.RTM_NEWLINK) // nlmsg_type
	binary.LittleEndian.PutUint16(msg[6:], unix.NLM_F_REQUEST|unix.NLM_F_ACK)
	binary.LittleEndian.PutUint32(msg[8:], 1)               // nlmsg_seq
	binary.LittleEndian.PutUint32(msg[16+4:], 78)           // ifi_index
	binary.LittleEndian.PutUint32(msg[16+8:], unix.IFF_UP)  // ifi_flags
	binary.LittleEndian.PutUint32(msg[16+12:], unix.IFF_UP) // ifi_change

	fmt.Println(decode.Strace(decode.ProtoRoute, msg))
	// Output:
	// [{nlmsg_len=32, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=78, ifi_flags=IFF_UP, ifi_change=0x1}]
}

// A Decoder learns interface names from the RTM_NEWLINK messages the
// kernel sent, and keeps them for the buffers after.
func ExampleDecoder() {
	d := decode.NewDecoder(decode.Options{Proto: decode.ProtoRoute})
	d.SetIfName(78, "veth0")
	msg := []byte{
		0x20, 0, 0, 0, 0x10, 0, 0x05, 0, 1, 0, 0, 0, 0, 0, 0, 0, // nlmsghdr
		0, 0, 0, 0, 78, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, // ifinfomsg
	}
	t := d.Decode(msg)
	fmt.Println(t)
	// Output:
	// [{nlmsg_len=32, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=if_nametoindex("veth0"), ifi_flags=IFF_UP, ifi_change=0x1}]
}
