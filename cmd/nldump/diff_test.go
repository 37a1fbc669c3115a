package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// The recorded fixtures of testdata/diff: ip.pcap is "ip link set lo up"
// (iproute2's probe with ifindex 0, refused with ENODEV; RTM_GETLINK;
// the RTM_NEWLINK that works), prog.pcap the same job from a Go program
// whose nlmsg_len counts the wrong struct (testdata/diff/badlen).
const (
	ipLoPcap   = "../../testdata/diff/ip.pcap"
	progLoPcap = "../../testdata/diff/prog.pcap"
)

// TestDiffPicksCounterpart: without #N, diff compares the program's
// request with ip's RTM_NEWLINK that succeeded, says why, lists the
// other candidate, and names nlmsg_len, first, as the difference.
func TestDiffPicksCounterpart(t *testing.T) {
	out, errs, code := nld(t, "", "diff", "--color=never", progLoPcap, ipLoPcap)
	want := "--- " + progLoPcap + "\n+++ " + ipLoPcap + "\n" +
		"@@ " + progLoPcap + "#1 RTM_NEWLINK | " + ipLoPcap + "#5 RTM_NEWLINK @@\n" +
		"-nlmsg_len=24 (32 bytes sent)\n+nlmsg_len=32\n" +
		"-past nlmsg_len=\"\\x01\\x00\\x00\\x00\\x01\\x00\\x00\\x00\"\n"
	wantErr := "nldump diff: A (" + progLoPcap + "#1): refused -EINVAL at " + progLoPcap + "#2\n" +
		"nldump diff: B has 6 messages: compared with " + ipLoPcap + "#5: RTM_NEWLINK to-kernel like A, the same ifi_family=AF_UNSPEC, answered 0 at " + ipLoPcap + "#6, 2 differences\n" +
		"nldump diff: other candidates: " + ipLoPcap + "#1 (refused -ENODEV at " + ipLoPcap + "#2, 5 differences)\n"
	if code != 1 || out != want || errs != wantErr {
		t.Errorf("status %d\nstdout\n%swant\n%sstderr\n%swant\n%s", code, out, want, errs, wantErr)
	}

	// filters choose what is compared; the answers they hide still tell
	// the outcomes
	out2, errs2, _ := nld(t, "", "diff", "--color=never", "--dir", "to-kernel", progLoPcap, ipLoPcap)
	if out2 != want || errs2 != strings.Replace(wantErr, "B has 6 messages", "B has 3 messages", 1) {
		t.Errorf("--dir to-kernel:\n%s%s", out2, errs2)
	}

	// the same from the other side: B is the one job, A is searched
	out, errs, code = nld(t, "", "diff", "--color=never", ipLoPcap, progLoPcap)
	if code != 1 || !strings.Contains(out, "@@ "+ipLoPcap+"#5 RTM_NEWLINK | "+progLoPcap+"#1 RTM_NEWLINK @@\n-nlmsg_len=32\n+nlmsg_len=24 (32 bytes sent)\n") ||
		!strings.Contains(errs, "A has 6 messages: compared with "+ipLoPcap+"#5") {
		t.Errorf("swapped: status %d\n%s%s", code, out, errs)
	}

	// JSON says which and why
	out, _, _ = nld(t, "", "diff", "-f", "json", progLoPcap, ipLoPcap)
	var obj struct {
		A, B   struct{ Label, Outcome string }
		Picked struct {
			Why    string
			Others []string
		}
		Differences []struct{ Kind, Path, A, B string }
	}
	if err := json.Unmarshal([]byte(out), &obj); err != nil || obj.B.Label != ipLoPcap+"#5" ||
		obj.A.Outcome != "refused -EINVAL at "+progLoPcap+"#2" || obj.B.Outcome != "answered 0 at "+ipLoPcap+"#6" ||
		!strings.Contains(obj.Picked.Why, "answered 0") || len(obj.Picked.Others) != 1 ||
		len(obj.Differences) != 2 || obj.Differences[0].Path != "nlmsg_len" || obj.Differences[1].Path != "past nlmsg_len" {
		t.Errorf("JSON: %v\n%s", err, out)
	}
}

// TestDiffPrefersSuccess: ip's own probe (ifindex 0) is identical to
// itself, but the kernel refused it; the request that worked wins.
func TestDiffPrefersSuccess(t *testing.T) {
	out, errs, code := nld(t, "", "diff", "--color=never", ipLoPcap+"#1", ipLoPcap)
	if code != 1 || !strings.Contains(out, "| "+ipLoPcap+"#5 RTM_NEWLINK @@\n") ||
		!strings.Contains(errs, "other candidates: "+ipLoPcap+"#1 (refused -ENODEV at "+ipLoPcap+"#2, 0 differences)") {
		t.Errorf("status %d\n%s%s", code, out, errs)
	}
}

// TestDiffHexOutcome: in a hex dump, answers pair with requests by seq
// and port id, and a message's own bytes tell its length.
func TestDiffHexOutcome(t *testing.T) {
	// the program's request and the kernel's EINVAL, as strace shows them
	mine := writeFile(t, "mine.hex", `# RTM_NEWLINK, nlmsg_len 24 for 32 bytes
18000000 10000500 01000000 00000000 00000000 01000000 01000000 01000000

# NLMSG_ERROR -EINVAL
2c000000 02000000 01000000 2a000000 eaffffff
18000000 10000500 01000000 00000000 00000000 01000000
`)
	// ip's probe refused with ENODEV (seq 7), its request answered 0 (seq 8)
	ip := writeFile(t, "ip.hex", `20000000 10000500 07000000 00000000 00000000 00000000 00000000 00000000

24000000 02000000 07000000 2a000000 edffffff 20000000 10000500 07000000 00000000

20000000 10000500 08000000 00000000 00000000 01000000 01000000 01000000

24000000 02000000 08000000 2a000000 00000000 20000000 10000500 08000000 00000000
`)
	out, errs, code := nld(t, "", "diff", "--color=never", mine, ip)
	want := "--- " + mine + "\n+++ " + ip + "\n" +
		"@@ " + mine + "#1 RTM_NEWLINK | " + ip + "#3 RTM_NEWLINK @@\n" +
		"-nlmsg_len=24 (32 bytes sent)\n+nlmsg_len=32\n" +
		"-past nlmsg_len=\"\\x01\\x00\\x00\\x00\\x01\\x00\\x00\\x00\"\n"
	if code != 1 || out != want || !strings.Contains(errs, "A ("+mine+"#1): refused -EINVAL at "+mine+"#2") ||
		!strings.Contains(errs, "answered 0 at "+ip+"#4") {
		t.Errorf("status %d\n%swant\n%s%s", code, out, want, errs)
	}
}

// TestPendingBySocket: two requests with the same seq on two sockets get
// their own answers: by fd in traced traffic, by port id in nlmon's.
func TestPendingBySocket(t *testing.T) {
	req := func(seq byte) []byte {
		return []byte{32, 0, 0, 0, 16, 0, 5, 0, seq, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}
	}
	ack := func(seq, port, errno byte) []byte {
		return []byte{36, 0, 0, 0, 2, 0, 0, 0, seq, 0, 0, 0, port, 0, 0, 0, byte(256 - int(errno)), 0xff, 0xff, 0xff,
			32, 0, 0, 0, 16, 0, 5, 0, seq, 0, 0, 0, 0, 0, 0, 0}
	}
	d := decode.NewDecoder(decode.Options{})
	ref := func(b []byte, fr capture.Frame) *msgRef {
		tr := d.DecodeProto(0, b).Clone()
		fr.Data = b
		m := tr.Messages()[0]
		return &msgRef{t: tr, m: m, fr: &fr, label: "#" + strconv.Itoa(fr.Packet), dir: msgDir(&fr, tr, m)}
	}
	for _, c := range []struct {
		name string
		a, b capture.Frame // the sockets of the two requests
		x, y capture.Frame // the answers, the first socket's first
	}{
		{"traced fds",
			capture.Frame{Dir: capture.DirToKernel, Syscall: "sendmsg", Pid: 9, Fd: 3}, capture.Frame{Dir: capture.DirToKernel, Syscall: "sendmsg", Pid: 9, Fd: 4},
			capture.Frame{Dir: capture.DirFromKernel, Syscall: "recvmsg", Pid: 9, Fd: 3}, capture.Frame{Dir: capture.DirFromKernel, Syscall: "recvmsg", Pid: 9, Fd: 4}},
		{"nlmon port ids",
			capture.Frame{Dir: capture.DirToKernel, HasSender: true, Sender: 100}, capture.Frame{Dir: capture.DirToKernel, HasSender: true, Sender: 200},
			capture.Frame{Dir: capture.DirFromKernel, HasSender: true}, capture.Frame{Dir: capture.DirFromKernel, HasSender: true}},
	} {
		c.a.Packet, c.b.Packet, c.x.Packet, c.y.Packet = 1, 2, 3, 4
		p := pending{}
		r1, r2 := ref(req(5), c.a), ref(req(5), c.b)
		// the first request's answer (port 100, EINVAL), then the second's
		// (port 200, ENODEV): not the latest request first
		a1, a2 := ref(ack(5, 100, 22), c.x), ref(ack(5, 200, 19), c.y)
		for _, r := range []*msgRef{r1, r2, a1, a2} {
			p.add(r, true)
		}
		if a1.answers != r1 || a2.answers != r2 || fate(r1) != "refused -EINVAL at #3" || fate(r2) != "refused -ENODEV at #4" {
			t.Errorf("%s: %s; %s", c.name, fate(r1), fate(r2))
		}
	}
}
