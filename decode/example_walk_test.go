package decode_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/nldump/nldump/decode"
)

// "ip link add v0 type veth": an RTM_NEWLINK whose IFLA_LINKINFO nests the
// kind.
var vethAdd = []byte{
	0x38, 0, 0, 0, 0x10, 0, 0x05, 0x06, 1, 0, 0, 0, 0, 0, 0, 0, // nlmsghdr
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
		// a string attribute's payload holds its NUL
		fmt.Printf("kind %q\n", bytes.TrimRight(t.Bytes(k), "\x00"))
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

// Body is the fixed header after nlmsghdr, Payload an attribute's value:
// what the summary format reads to name a message's object.
func ExampleTree_Payload() {
	t := decode.NewDecoder(decode.Options{Proto: decode.ProtoRoute}).Decode(vethAdd)
	m := t.Messages()[0]
	if b := t.Body(m); b >= 0 {
		for f := range t.Each(b) {
			if n := t.Node(f); n.Name() == "ifi_family" {
				fmt.Println(n.Name(), t.NameOf(f))
			}
		}
	}
	for c := range t.Each(m) {
		if t.Node(c).Role() != decode.RoleAttrs {
			continue
		}
		for a := range t.Each(c) {
			p := t.Payload(a)
			fmt.Println(t.AttrName(a), t.Node(p).Len(), "bytes")
		}
	}
	h, _ := t.Header(m)
	fmt.Println(h.FlagNames, h.Unnamed)
	// Output:
	// ifi_family AF_UNSPEC
	// IFLA_IFNAME 3 bytes
	// IFLA_LINKINFO 12 bytes
	// [NLM_F_REQUEST NLM_F_ACK NLM_F_EXCL NLM_F_CREATE] 0
}
