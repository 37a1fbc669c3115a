package stracecmp

import "testing"

func TestVerdict(t *testing.T) {
	for _, c := range []struct{ ref, got, want string }{
		{`[{a=1}, 0x5 /* BOND_MODE_??? */]`, `[{a=1}, BOND_MODE_TLB]`, "deeper"},
		{`[{a=1}, 0x5 /* BOND_MODE_??? */]`, `[{a=1}, 0x6 /* BOND_MODE_??? */]`, "mismatch"},
		{`[{a=1}, 0x5 /* BOND_MODE_??? */]`, `[{a=1}, 5]`, "mismatch"},
		{`{f=A|B|0x18}`, `{f=A|B|C|D}`, "deeper"},
		{`{f=A|B|0x18}`, `{f=A|C|D}`, "mismatch"},
		{`{f=0x18 /* 1<<X_??? */}`, `{f=1<<X_C|1<<X_D}`, "deeper"},
		{`[[X_A]=1, [58 /* X_??? */]=2]`, `[[X_A]=1, [X_B]=2]`, "deeper"},
		{`[[X_A]=1, [58 /* X_??? */]=2]`, `[[X_A]=1, [X_B]=3]`, "mismatch"},
		{`[[X_A]=1, [58 /* X_??? */]=2]`, `[[X_A]=1, [59 /* X_??? */]=2]`, "mismatch"},
		{`[{h=1}, {family=AF_UNSPEC, data="\x00\x01"}]`, `[{h=1}, {ifi_family=AF_UNSPEC, ifi_index=1}, [{nla_len=4, nla_type=X}]]`, "deeper"},
		{`[{h=1}, {family=AF_UNSPEC, data="\x00\x01"}]`, `[{h=1}, {ifi_family=AF_INET, ifi_index=1}]`, "mismatch"},
		{`[{h=1}, {family=AF_UNSPEC, data="\x00\x01"}, "\x02"]`, `[{h=1}, {ifi_family=AF_UNSPEC}, [x]]`, "mismatch"},
	} {
		if v, ds := Verdict(c.ref, c.got); v != c.want {
			t.Errorf("Verdict(%s, %s) = %s, want %s (%v)", c.ref, c.got, v, c.want, ds)
		}
	}
}
