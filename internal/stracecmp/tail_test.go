package stracecmp

import "testing"

// A payload strace left as one hex string may be decoded as several
// elements: a header, then attributes.
func TestVerdictHexTail(t *testing.T) {
	ref := `[{nlmsg_len=24, nlmsg_type=nlctrl}, "\x03\x02\x00\x00\x08\x00\x01\x00"]`
	for _, c := range []struct{ got, want string }{
		{`[{nlmsg_len=24, nlmsg_type=nlctrl}, {cmd=CTRL_CMD_GETFAMILY, version=2}, [{nla_len=8, nla_type=CTRL_ATTR_FAMILY_ID}, 0x10]]`, "deeper"},
		{`[{nlmsg_len=24, nlmsg_type=nlctrl}, {cmd=CTRL_CMD_GETFAMILY, version=2}]`, "deeper"},
		{`[{nlmsg_len=24, nlmsg_type=nlctrl}, "\x03\x02\x00\x00\x08\x00\x01\x00", 5]`, "mismatch"},
		{`[{nlmsg_len=24, nlmsg_type=RTM_NEWLINK}, {cmd=CTRL_CMD_GETFAMILY, version=2}, 1]`, "mismatch"},
	} {
		if v, ds := Verdict(ref, c.got); v != c.want {
			t.Errorf("%s: %s, want %s (%v)", c.got, v, c.want, ds)
		}
	}
}
