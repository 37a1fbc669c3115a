package capture

import (
	"bytes"
	"strings"
	"testing"
)

var seed = []byte{0x20, 0, 0, 0, 0x10, 0, 0x05, 0, 0x01, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0x4e, 0, 0, 0, 0x01, 0, 0, 0, 0x01, 0, 0, 0}

func TestReadHexForms(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"plain", "2000000010000500010000000000000000000000 4e000000 0100000001000000\n"},
		{"spaced", "20 00 00 00 10 00 05 00 01 00 00 00 00 00 00 00\n00 00 00 00 4e 00 00 00 01 00 00 00 01 00 00 00\n"},
		{"colons", "20:00:00:00:10:00:05:00:01:00:00:00:00:00:00:00:00:00:00:00:4e:00:00:00:01:00:00:00:01:00:00:00\n"},
		{"0x", "0x20 0x00 0x00 0x00 0x10 0x00 0x05 0x00 0x01 0x00 0x00 0x00 0x00 0x00 0x00 0x00\n0x00 0x00 0x00 0x00 0x4e 0x00 0x00 0x00 0x01 0x00 0x00 0x00 0x01 0x00 0x00 0x00\n"},
		{"xxd", "00000000: 2000 0000 1000 0500 0100 0000 0000 0000   ...............\n00000010: 0000 0000 4e00 0000 0100 0000 0100 0000  ....N...........\n"},
		{"hexdump -C", "00000000  20 00 00 00 10 00 05 00  01 00 00 00 00 00 00 00  | ...............|\n00000010  00 00 00 00 4e 00 00 00  01 00 00 00 01 00 00 00  |....N...........|\n00000020\n"},
		{"od", "0000000 20 00 00 00 10 00 05 00 01 00 00 00 00 00 00 00\n0000020 00 00 00 00 4e 00 00 00 01 00 00 00 01 00 00 00\n0000040\n"[:0] +
			"000000 20 00 00 00 10 00 05 00 01 00 00 00 00 00 00 00\n000010 00 00 00 00 4e 00 00 00 01 00 00 00 01 00 00 00\n000020\n"},
		{"strace", " | 00000  20 00 00 00 10 00 05 00  01 00 00 00 00 00 00 00   ............... |\n | 00010  00 00 00 00 4e 00 00 00  01 00 00 00 01 00 00 00  ....N........... |\n"},
		{"strace with call", "sendto(3, [{nlmsg_len=32, ...}], 32, 0, NULL, 0) = 32\n | 00000  20 00 00 00 10 00 05 00  01 00 00 00 00 00 00 00   ............... |\n | 00010  00 00 00 00 4e 00 00 00  01 00 00 00 01 00 00 00  ....N........... |\n"},
		{"c string", "\"\\x20\\x00\\x00\\x00\\x10\\x00\\x05\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"\n\"\\x00\\x00\\x00\\x00\\x4e\\x00\\x00\\x00\\x01\\x00\\x00\\x00\\x01\\x00\\x00\\x00\"\n"},
		{"python bytes", "b' \\x00\\x00\\x00\\x10\\x00\\x05\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00N\\x00\\x00\\x00\\x01\\x00\\x00\\x00\\x01\\x00\\x00\\x00'\n"},
		{"go", "[]byte{\n\t0x20, 0x00, 0x00, 0x00, // nlmsg_len\n\t0x10, 0x00, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,\n\t0, 0, 0, 0, 78, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0,\n}\n"},
		{"c array", "unsigned char buf[32] = { 0x20, 0x00, 0x00, 0x00, 0x10, 0x00, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4e, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00 };\n"},
		{"comments", "# the seed case\n20000000 10000500 01000000 00000000 # nlmsghdr\n00000000 4e000000 01000000 01000000\n"},
	} {
		bufs, err := ReadHex(strings.NewReader(tc.in), "x.hex")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if len(bufs) != 1 || !bytes.Equal(bufs[0].Data, seed) {
			t.Errorf("%s: got %d buffers: %x", tc.name, len(bufs), bufs)
		}
	}
}

func TestReadHexBuffers(t *testing.T) {
	bufs, err := ReadHex(strings.NewReader("# proto: NETLINK_GENERIC\n0102\n0304\n\n\n0506\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(bufs) != 2 || !bytes.Equal(bufs[0].Data, []byte{1, 2, 3, 4}) || bufs[0].Line != 2 || bufs[0].Proto != "NETLINK_GENERIC" ||
		!bytes.Equal(bufs[1].Data, []byte{5, 6}) || bufs[1].Line != 6 || bufs[1].Proto != "" {
		t.Fatalf("got %+v", bufs)
	}
}

func TestReadHexRepeat(t *testing.T) {
	in := "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n00000030  01 02                                             |..|\n00000032\n"
	bufs, err := ReadHex(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	want := append(make([]byte, 48), 1, 2)
	if len(bufs) != 1 || !bytes.Equal(bufs[0].Data, want) {
		t.Fatalf("got %x", bufs)
	}
}

func TestReadHexErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2000\n20 0g\n", "x.hex:2:5: unexpected 'g' in hex data"},
		{"200\n", "x.hex:1:1: odd number of hex digits in \"200\""},
		{"\"\\x20\n", "x.hex:1:6: string literal not closed"},
		{"[]byte{0x20, 0x100}\n", "x.hex:1:14: bad byte \"0x100\""},
		{"[]byte{0x20,\n", "x.hex:1:1: array literal not closed with }"},
		{"00000000  20 00\n00000004  20 00\n", "x.hex:2:1: offset 00000004 does not follow the 2 bytes before it"},
	} {
		_, err := ReadHex(strings.NewReader(tc.in), "x.hex")
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %s", tc.in, err, tc.want)
		}
	}
}
