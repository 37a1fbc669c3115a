package main

import (
	"strconv"
	"syscall"
	"testing"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// pickRef decodes one message of route traffic as diff reads it.
func pickRef(t *testing.T, d *decode.Decoder, b []byte, fr capture.Frame) *msgRef {
	t.Helper()
	tr := d.DecodeProto(decode.ProtoRoute, b).Clone()
	fr.Data = b
	ms := tr.Messages()
	if len(ms) != 1 {
		t.Fatalf("%d messages", len(ms))
	}
	return &msgRef{t: tr, m: ms[0], fr: &fr, label: "#" + strconv.Itoa(fr.Packet), index: 1, count: 1, dir: msgDir(&fr, tr, ms[0])}
}

// setLink is an RTM_NEWLINK request (ifindex 1, IFF_UP) with the flags
// and seq given.
func setLink(flags, seq byte) []byte {
	return []byte{32, 0, 0, 0, 16, 0, flags, 0, seq, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}
}

// linkErr is the kernel's NLMSG_ERROR for setLink(flags, seq), to port.
func linkErr(flags, seq, port byte, errno int32) []byte {
	e := uint32(errno)
	return []byte{36, 0, 0, 0, 2, 0, 0, 0, seq, 0, 0, 0, port, 0, 0, 0, byte(e), byte(e >> 8), byte(e >> 16), byte(e >> 24),
		32, 0, 0, 0, 16, 0, flags, 0, seq, 0, 0, 0, 0, 0, 0, 0}
}

// TestPendingPairer: diff learns outcomes from the Pairer every format
// uses: answers go to their own socket's request whatever their order,
// a request that asked for no answer and got no error before a later
// answer of its socket succeeded, and the answer of a request that is
// not shown is not taken for another's.
func TestPendingPairer(t *testing.T) {
	d := decode.NewDecoder(decode.Options{})
	traced := func(packet, fd int, dir capture.Direction) capture.Frame {
		call := "sendmsg"
		if dir == capture.DirFromKernel {
			call = "recvmsg"
		}
		return capture.Frame{Packet: packet, Dir: dir, Syscall: call, Pid: 7, Fd: fd, Proc: capture.Process{PID: 7}}
	}
	const req, reqAck = 0x01, 0x05 // NLM_F_REQUEST, |NLM_F_ACK

	t.Run("sockets", func(t *testing.T) {
		// the same seq on fds 3 and 4; fd 4's answer comes first
		var p pending
		r1 := pickRef(t, d, setLink(reqAck, 5), traced(1, 3, capture.DirToKernel))
		r2 := pickRef(t, d, setLink(reqAck, 5), traced(2, 4, capture.DirToKernel))
		a2 := pickRef(t, d, linkErr(reqAck, 5, 0, -19), traced(3, 4, capture.DirFromKernel))
		a1 := pickRef(t, d, linkErr(reqAck, 5, 0, 0), traced(4, 3, capture.DirFromKernel))
		for _, r := range []*msgRef{r1, r2, a2, a1} {
			p.add(r, true)
		}
		if a1.answers != r1 || a2.answers != r2 || fate(r1) != "answered 0 at #4" || fate(r2) != "refused -ENODEV at #3" {
			t.Errorf("fd 3: %s; fd 4: %s", fate(r1), fate(r2))
		}
		if fateRank(r1) != 0 || fateRank(r2) != 2 {
			t.Errorf("ranks %d %d", fateRank(r1), fateRank(r2))
		}
	})

	t.Run("silent", func(t *testing.T) {
		// seq 1 asks for no ACK, seq 2 does; the ACK of seq 2 tells that
		// seq 1 got no error. seq 3 asks for none and nothing follows.
		var p pending
		r1 := pickRef(t, d, setLink(req, 1), traced(1, 3, capture.DirToKernel))
		r2 := pickRef(t, d, setLink(reqAck, 2), traced(2, 3, capture.DirToKernel))
		a2 := pickRef(t, d, linkErr(reqAck, 2, 0, 0), traced(3, 3, capture.DirFromKernel))
		r3 := pickRef(t, d, setLink(req, 3), traced(4, 3, capture.DirToKernel))
		for _, r := range []*msgRef{r1, r2, a2, r3} {
			p.add(r, true)
		}
		if fate(r1) != "no error (no ACK asked)" || fateRank(r1) != 0 || fate(r2) != "answered 0 at #3" ||
			fate(r3) != "no answer seen" || fateRank(r3) != 1 {
			t.Errorf("%s; %s; %s", fate(r1), fate(r2), fate(r3))
		}
	})

	t.Run("hidden", func(t *testing.T) {
		// a request that is not shown (another #N) keeps its answer
		var p pending
		hidden := pickRef(t, d, setLink(reqAck, 9), traced(1, 3, capture.DirToKernel))
		shown := pickRef(t, d, setLink(reqAck, 9), traced(2, 3, capture.DirToKernel))
		a1 := pickRef(t, d, linkErr(reqAck, 9, 0, -22), traced(3, 3, capture.DirFromKernel))
		p.add(hidden, false)
		p.add(shown, true)
		p.add(a1, true)
		if a1.answers != nil || shown.answered || fate(shown) != "no answer seen" {
			t.Errorf("the hidden request's answer went to the shown one: %s", fate(shown))
		}
		a2 := pickRef(t, d, linkErr(reqAck, 9, 0, 0), traced(4, 3, capture.DirFromKernel))
		p.add(a2, true)
		if a2.answers != shown || fate(shown) != "answered 0 at #4" {
			t.Errorf("second answer: %s", fate(shown))
		}
	})

	t.Run("not exchanged", func(t *testing.T) {
		// a failed send is no request: the answer finds none
		var p pending
		fr := traced(1, 3, capture.DirToKernel)
		fr.HasResult, fr.Errno = true, syscall.ECONNREFUSED
		r := pickRef(t, d, setLink(reqAck, 4), fr)
		a := pickRef(t, d, linkErr(reqAck, 4, 0, -22), traced(2, 3, capture.DirFromKernel))
		p.add(r, true)
		p.add(a, true)
		if a.answers != nil || r.answered {
			t.Errorf("a failed send was paired: %s", fate(r))
		}
	})
}

// TestLinkKind: the kind of a link message is found by its path; an
// error's echoed request is not the error's kind.
func TestLinkKind(t *testing.T) {
	veth := []byte{
		0x38, 0, 0, 0, 0x10, 0, 0x05, 0x06, 1, 0, 0, 0, 0, 0, 0, 0, // nlmsghdr
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // ifinfomsg
		7, 0, 3, 0, 'v', '0', 0, 0, // IFLA_IFNAME "v0"
		0x10, 0, 0x12, 0, // IFLA_LINKINFO
		9, 0, 1, 0, 'v', 'e', 't', 'h', 0, 0, 0, 0, // IFLA_INFO_KIND "veth"
	}
	// the kernel's error, echoing the whole request (no NLM_F_CAPPED)
	e := append([]byte{0x4c, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 9, 0, 0, 0, 0xea, 0xff, 0xff, 0xff}, veth...)
	d := decode.NewDecoder(decode.Options{})
	for _, c := range []struct {
		b    []byte
		want string
	}{{veth, "veth"}, {veth[:0x20], ""}, {e, ""}} {
		tr := d.DecodeProto(decode.ProtoRoute, c.b)
		if got := linkKind(tr, tr.Messages()[0]); got != c.want {
			t.Errorf("%s: kind %q, want %q", tr, got, c.want)
		}
	}
}
