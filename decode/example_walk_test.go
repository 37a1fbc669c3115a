package decode_test

import (
	"encoding/json"
	"fmt"

	"github.com/nldump/nldump/decode"
)

// "ip link add v0 type veth": an RTM_NEWLINK whose IFLA_LINKINFO nests the
// kind.
var vethAdd = []byte{
	0x34, 0, 0, 0, 0x10, 0, 0x05, 0x06, 1, 0, 0, 0, 0, 0, 0, 0, // nlmsghdr
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // ifinfomsg
	7, 0, 3, 0, 'v', '0', 0, 0, // IFLA_IFNAME "v0"
	0x10, 0, 0x12, 0, // IFLA_LINKINFO
	9, 0, 1, 0, 'v', 'e', 't', 'h', 0, 0, 0, 0, // IFLA_INFO_KIND "veth"
}

// Find reaches a value by the names of the attributes and fields that
// lead to it.
func ExampleTree_Find() {
	t := decode.NewDecoder(decode.Options{Proto: decode.ProtoRoute}).Decode(vethAdd)
	m := t.Messages()[0]
	if k, ok := t.Find(m, "IFLA_LINKINFO.IFLA_INFO_KIND"); ok {
		fmt.Printf("kind %q\n", t.Bytes(k))
	}
	if s, ok := t.Find(m, "nlmsg_seq"); ok {
		fmt.Println("seq", t.Node(s).Value())
	}
	// Output:
	// kind "veth"
	// seq 1
}

// Each walks the attributes of a message without allocating.
func ExampleTree_Each() {
	t := decode.NewDecoder(decode.Options{Proto: decode.ProtoRoute}).Decode(vethAdd)
	m := t.Messages()[0]
	for c := range t.Each(m) {
		if t.Node(c).Role() != decode.RoleAttrs {
			continue
		}
		for a := range t.Each(c) {
			fmt.Println(t.AttrName(a))
		}
	}
	// Output:
	// IFLA_IFNAME
	// IFLA_LINKINFO
}

// JSON gives a message as one object; Undecoded tells which values did not
// fit their decoder and print as hex.
func ExampleTree_JSON() {
	// RTM_NEWLINK with a 2-byte IFLA_MTU (the kernel wants a u32)
	msg := []byte{
		0x18 + 8, 0, 0, 0, 0x10, 0, 0x05, 0, 1, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		6, 0, 4, 0, 0xdc, 0x05, 0, 0, // IFLA_MTU, 2 bytes
	}
	msg[0] = byte(len(msg))
	t := decode.NewDecoder(decode.Options{Proto: decode.ProtoRoute}).Decode(msg)
	m := t.Messages()[0]
	for u := range t.Undecoded(m) {
		fmt.Printf("undecoded at byte %d: wants %s\n", t.Node(u).Offset(), t.Node(u).Want())
	}
	var obj struct {
		Attrs []struct {
			Name      string `json:"name"`
			Undecoded bool   `json:"undecoded"`
		} `json:"attrs"`
	}
	if err := json.Unmarshal(t.JSON(m), &obj); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v\n", obj.Attrs)
	// Output:
	// undecoded at byte 36: wants a u32 (4 bytes)
	// [{Name:IFLA_MTU Undecoded:true}]
}
