package decode_test

import (
	"fmt"

	"github.com/nldump/nldump/decode"
)

// "genl ctrl get name ethtool": a CTRL_CMD_GETFAMILY request to nlctrl,
// a NETLINK_GENERIC message.
var ctrlGetEthtool = []byte{
	0x20, 0, 0, 0, 0x10, 0, 0x05, 0, 1, 0, 0, 0, 0, 0, 0, 0, // nlmsghdr
	3, 1, 0, 0, // genlmsghdr: CTRL_CMD_GETFAMILY, version 1
	0x0c, 0, 2, 0, 'e', 't', 'h', 't', 'o', 'o', 'l', 0, // CTRL_ATTR_FAMILY_NAME
}

// A protocol named as a user gives it (a --proto flag, a "# proto:"
// line) is parsed into a Proto, which says how its buffers read.
func ExampleProto() {
	p, ok := decode.ParseProto("genl")
	if !ok {
		return
	}
	fmt.Println(p, p.Short(), int(p), p.Decoded())

	t := decode.NewDecoder(decode.Options{Proto: p}).Decode(ctrlGetEthtool)
	fmt.Println(t.Proto == decode.ProtoGeneric)
	fmt.Println(t)
	// The same bytes read as NETLINK_ROUTE are another message.
	fmt.Println(decode.Strace(decode.ProtoRoute, ctrlGetEthtool))
	// A number without a name prints as one.
	fmt.Println(decode.Proto(30), decode.Proto(30).Decoded())
	// Output:
	// NETLINK_GENERIC generic 16 true
	// true
	// [{nlmsg_len=32, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=1, nlmsg_pid=0}, [{cmd=CTRL_CMD_GETFAMILY, version=1}, [{nla_len=12, nla_type=CTRL_ATTR_FAMILY_NAME}, "ethtool"]]]
	// [{nlmsg_len=32, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_AX25, ifi_type=ARPHRD_NETROM, ifi_index=131084, ifi_flags=IFF_UP|IFF_DEBUG|IFF_NOTRAILERS|IFF_RUNNING|IFF_MASTER|IFF_MULTICAST|IFF_PORTSEL|IFF_AUTOMEDIA|0x74680000, ifi_change=0x6c6f6f}]
	// NETLINK_30 false
}
