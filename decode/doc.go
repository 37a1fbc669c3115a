// Package decode decodes netlink messages into a tree and prints them in
// strace's notation, as an indented tree, or as JSON.
//
// A Decoder turns the bytes of one netlink buffer (one datagram, which may
// hold several messages) into a Tree whose nodes alias the bytes: nothing
// is copied, and a Decoder reuses its memory from buffer to buffer. Every
// node keeps the offset and length of its bytes; what does not decode
// prints as strace prints it, as a hex string, and decoding goes on with
// the next attribute and the next message.
//
// The name tables come from plain lists in internal/xlat, turned into Go
// by go generate. Decoders are tables too: an attribute set maps each
// attribute type to a small decoder (a number, a string, an address, a
// nested set), with hand-written code only where the kernel's layout
// needs it.
//
// A buffer's protocol is a Proto (ProtoRoute, ProtoGeneric, ...: the
// kernel's NETLINK_* numbers), which ParseProto reads from a name.
//
//	d := decode.NewDecoder(decode.Options{Proto: decode.ProtoRoute})
//	fmt.Println(d.Decode(buf))
package decode
