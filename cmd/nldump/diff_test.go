package main

import (
	"encoding/json"
	"strings"
	"testing"
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

	// the same from the other side: B is the one job, A is searched
	out, errs, code = nld(t, "", "diff", "--color=never", ipLoPcap, progLoPcap)
	if code != 1 || !strings.Contains(out, "@@ "+ipLoPcap+"#5 RTM_NEWLINK | "+progLoPcap+"#1 RTM_NEWLINK @@\n-nlmsg_len=32\n+nlmsg_len=24 (32 bytes sent)\n") ||
		!strings.Contains(errs, "A has 6 messages: compared with "+ipLoPcap+"#5") {
		t.Errorf("swapped: status %d\n%s%s", code, out, errs)
	}

	// JSON says which and why
	out, _, _ = nld(t, "", "diff", "-f", "json", progLoPcap, ipLoPcap)
	var obj struct {
		B      struct{ Label string }
		Picked struct {
			Why    string
			Others []string
		}
		Differences []struct{ Kind, Path, A, B string }
	}
	if err := json.Unmarshal([]byte(out), &obj); err != nil || obj.B.Label != ipLoPcap+"#5" ||
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
