package capture

import (
	"encoding/binary"
	"testing"
)

func TestDirInfer(t *testing.T) {
	const (
		req   = nlmFRequest
		ack   = 0x4
		multi = nlmFMulti
	)
	var d DirInfer
	for i, c := range []struct {
		proto int
		data  []byte
		want  Direction
	}{
		// ip link add: the request, the kernel's ack, its notification
		{0, nlmsg(le, 16, req|ack|0x600, 100, 0, nil), DirToKernel},
		{0, nlmsg(le, 2, 0x100, 100, 4321, make([]byte, 20)), DirFromKernel},
		{0, nlmsg(le, 16, 0, 100, 4321, nil), DirFromKernel},
		// a dump reply and its end
		{0, nlmsg(le, 16, multi, 101, 4321, nil), DirFromKernel},
		{0, nlmsg(le, 3, multi, 101, 4321, make([]byte, 4)), DirFromKernel},
		// the kernel's own notification
		{0, nlmsg(le, 20, 0, 0, 0, nil), DirFromKernel},
		// a process that names its port in its requests (libnl)...
		{16, nlmsg(le, 0x10, req, 7, 999, nil), DirToKernel},
		// ...is answered with that seq...
		{16, nlmsg(le, 0x10, 0, 7, 999, nil), DirFromKernel},
		// ...and what it sends another process without NLM_F_REQUEST
		// carries a seq no request used
		{16, nlmsg(le, 0x10, 0, 55, 999, nil), DirToUser},
		// NETLINK_USERSOCK and udev's uevents go between processes
		{2, nlmsg(le, 0x10, 0, 1, 5, nil), DirToUser},
		{15, []byte("libudev\x00\xfe\xed\xca\xfe"), DirToUser},
		{15, []byte("add@/devices/virtual/net/d0\x00ACTION=add\x00"), DirFromKernel},
		// no whole header
		{0, []byte{1, 2, 3}, DirUnknown},
		// big-endian
		{0, nlmsg(binary.BigEndian, 18, req|0x300, 5, 0, nil), DirToKernel},
	} {
		be := len(c.data) >= 4 && binary.BigEndian.Uint32(c.data) == uint32(len(c.data))
		if got := d.Infer(c.proto, c.data, be); got != c.want {
			t.Errorf("case %d: %s, want %s", i, got, c.want)
		}
	}
}

func TestDirInferForgets(t *testing.T) {
	var d DirInfer
	for i := range dirRingSize + 10 {
		d.Infer(0, nlmsg(le, 18, nlmFRequest, uint32(i), 0, nil), false)
	}
	if len(d.reqs) != dirRingSize || len(d.ring) != dirRingSize {
		t.Errorf("%d requests remembered", len(d.reqs))
	}
	if _, ok := d.reqs[reqKey{0, 5}]; ok {
		t.Error("an old request is still remembered")
	}
	if _, ok := d.reqs[reqKey{0, dirRingSize + 5}]; !ok {
		t.Error("a recent request is forgotten")
	}
}

func TestDetectBigEndian(t *testing.T) {
	for _, c := range []struct {
		data   []byte
		hostBE bool
		want   bool
	}{
		{nlmsg(le, 16, 1, 0, 0, nil), false, false},
		{nlmsg(le, 16, 1, 0, 0, nil), true, false},
		{nlmsg(be, 16, 1, 0, 0, nil), false, true},
		{[]byte{1, 2}, true, true},
		{make([]byte, 20), false, false}, // neither fits: the host's
	} {
		if got := DetectBigEndian(c.data, c.hostBE); got != c.want {
			t.Errorf("%x host BE %v: %v", c.data, c.hostBE, got)
		}
	}
}

func TestCountMessages(t *testing.T) {
	two := append(nlmsg(le, 16, 0, 1, 1, []byte{1}), nlmsg(le, 3, 2, 1, 1, make([]byte, 4))...)
	for _, c := range []struct {
		data []byte
		want int
	}{
		{nil, 0},
		{two, 2},
		{append(two, 0, 0, 0, 0), 3}, // a tail that is no message
		{[]byte("add@/x\x00"), 1},    // uevent
		{nlmsg(le, 16, 0, 1, 1, nil)[:12], 1},
	} {
		if got := CountMessages(c.data, false); got != c.want {
			t.Errorf("%x: %d, want %d", c.data, got, c.want)
		}
	}
}

func TestGenlFamilies(t *testing.T) {
	attr := func(typ uint16, v []byte) []byte {
		b := le.AppendUint16(nil, uint16(4+len(v)))
		b = le.AppendUint16(b, typ)
		b = append(b, v...)
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
		return b
	}
	fam := func(cmd byte, id uint16, name string) []byte {
		p := []byte{cmd, 2, 0, 0}
		p = append(p, attr(ctrlAttrFamilyName, append([]byte(name), 0))...)
		p = append(p, attr(ctrlAttrFamilyID, le.AppendUint16(nil, id))...)
		p = append(p, attr(3, le.AppendUint32(nil, 1))...)
		return nlmsg(le, genlIDCtrl, 2, 9, 77, p)
	}
	buf := append(fam(ctrlCmdNewFamily, 0x1b, "tcp_metrics"), fam(ctrlCmdNewFamily, 0x14, "ethtool")...)
	buf = append(buf, fam(ctrlCmdGetFamily, 0x99, "notareply")...)
	bad := fam(ctrlCmdNewFamily, 0x15, "cut")
	buf = append(buf, bad[:len(bad)-8]...) // attributes past the message
	var got []string
	GenlFamilies(buf, false, func(id uint16, name string) {
		got = append(got, name+"="+string(rune('0'+id%10)))
	})
	if len(got) != 2 || got[0] != "tcp_metrics=7" || got[1] != "ethtool=0" {
		t.Errorf("%q", got)
	}
}
