package main

import (
	"encoding/binary"
	"encoding/hex"
	"regexp"
	"strings"
	"testing"

	"github.com/nldump/nldump/decode"
)

// nlmsgs builds one buffer of bare netlink headers of the given types.
func nlmsgs(types ...uint16) []byte {
	var b []byte
	for k, typ := range types {
		b = binary.LittleEndian.AppendUint32(b, 16)
		b = binary.LittleEndian.AppendUint16(b, typ)
		b = binary.LittleEndian.AppendUint16(b, 0)
		b = binary.LittleEndian.AppendUint32(b, uint32(k+1))
		b = binary.LittleEndian.AppendUint32(b, 0)
	}
	return b
}

// Messages keep their number in the buffer when a filter drops some
// before them, in JSON and summary.
func TestMessageNumbers(t *testing.T) {
	// NOOP, DONE, NOOP, DONE, DONE
	in := hex.EncodeToString(nlmsgs(1, 3, 1, 3, 3)) + "\n"
	out, errs, code := nld(t, in, "decode", "-f", "json", "--type", "NLMSG_DONE")
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errs)
	}
	got := regexp.MustCompile(`"message":(\d+)`).FindAllStringSubmatch(out, -1)
	var nums []string
	for _, m := range got {
		nums = append(nums, m[1])
	}
	if strings.Join(nums, ",") != "2,4,5" {
		t.Errorf("json message numbers %v, want 2,4,5:\n%s", nums, out)
	}
	out, errs, code = nld(t, in, "decode", "-f", "summary", "--type", "NLMSG_NOOP")
	if code != 0 {
		t.Fatalf("summary: exit %d: %s", code, errs)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		ids = append(ids, strings.Fields(l)[0])
	}
	if strings.Join(ids, " ") != "#1.1 #1.3" {
		t.Errorf("summary ids %v, want #1.1 #1.3:\n%s", ids, out)
	}
}

// Findings are handed to their message, in their order, the buffer's
// own to the last message, notes only when asked.
func TestFindingsByMsg(t *testing.T) {
	f := func(msg int, sev decode.Severity, text string) decode.Finding {
		return decode.Finding{Message: msg, Severity: sev, Text: text}
	}
	found := []decode.Finding{
		f(3, decode.SevError, "a"), f(1, decode.SevWarning, "b"), f(3, decode.SevNote, "c"),
		f(0, decode.SevError, "d"), f(3, decode.SevWarning, "e"), f(1, decode.SevError, "f"),
	}
	texts := func(l []decode.Finding) string {
		var s []string
		for _, x := range l {
			s = append(s, x.Text)
		}
		return strings.Join(s, "")
	}
	var g findingsByMsg
	for _, c := range []struct {
		pedantic bool
		want     []string // messages 1..4
	}{
		{false, []string{"bf", "", "ae", "d"}},
		{true, []string{"bf", "", "ace", "d"}},
	} {
		g.group(found, 4, c.pedantic)
		for k := 1; k <= 4; k++ {
			if got := texts(g.of(k)); got != c.want[k-1] {
				t.Errorf("pedantic %v: message %d: %q, want %q", c.pedantic, k, got, c.want[k-1])
			}
		}
		if len(g.of(5)) != 0 || len(g.of(0)) != 0 {
			t.Errorf("findings outside the messages")
		}
	}
}

// JSON prints nlmsg_pid (__u32) unsigned; the strace format keeps
// strace's signed text.
func TestJSONUnsigned(t *testing.T) {
	b := nlmsgs(3)
	binary.LittleEndian.PutUint32(b[12:], 2724760295)
	in := hex.EncodeToString(b) + "\n"
	out, _, _ := nld(t, in, "decode", "-f", "json")
	if !strings.Contains(out, `"pid":2724760295`) || strings.Contains(out, `"pid":-`) {
		t.Errorf("json pid not unsigned: %s", out)
	}
	if !strings.Contains(out, `nlmsg_pid=-1570207001`) {
		t.Errorf("json strace text changed: %s", out)
	}
	out, _, _ = nld(t, in, "decode")
	if !strings.Contains(out, "nlmsg_pid=-1570207001") {
		t.Errorf("strace format: %s", out)
	}
}
