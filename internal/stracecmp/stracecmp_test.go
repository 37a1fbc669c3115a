package stracecmp

import "testing"

func TestVerdict(t *testing.T) {
	for _, c := range []struct{ ref, got, want string }{
		// a uevent string and its parts
		{`"add@/d\0ACTION=add\0SEQNUM=1\0"`, `["add@/d", ["ACTION=add", "SEQNUM=1"]]`, "deeper"},
		{`"add@/d\0ACTION=add"`, `["add@/d", ["ACTION=add"]]`, "deeper"},
		{`"a\0b\0"`, `["a", "c"]`, "mismatch"},
		{`"a\0b\0"`, `["a", "b", "c"]`, "mismatch"},
		{`"\x61\x00\x62"`, `["a", "b"]`, "deeper"},
		{`"\1\0002"`, `["\1", "2"]`, "deeper"},
		{`"\1\0012"`, `["\1", "2"]`, "mismatch"},
		{`"abc"`, `["abc"]`, "mismatch"},
		// an address in the tracee where the data is shown
		{`[{a=1}, 0x55b8bc771988]`, `[{a=1}, [BPF_STMT(BPF_RET|BPF_K, 0)]]`, "deeper"},
		{`[{a=1}, 0x5588]`, `[{a=1}, [BPF_STMT(BPF_RET|BPF_K, 0)]]`, "mismatch"},
		{`[{a=1}, 0x55b8bc771988]`, `[{a=1}, 0x55b8bc771989]`, "mismatch"},
		// a raw payload decoded as a struct and attributes
		{`[{a=1}, "\x01\x02\x03\x04\x05"]`, `[{a=1}, {b=2}, [{nla_len=5, nla_type=X}, 5]]`, "deeper"},
		{`[{a=1}, "\x01\x02", {c=3}]`, `[{a=1}, {b=2}, [{nla_len=5, nla_type=X}, 5], {c=3}]`, "mismatch"},
		{`[{a=1}, "\x01\x02"]`, `[{a=1}, "\x01", "\x02"]`, "mismatch"},
	} {
		if v, ds := Verdict(c.ref, c.got); v != c.want {
			t.Errorf("Verdict(%s, %s) = %s %v, want %s", c.ref, c.got, v, ds, c.want)
		}
	}
}
