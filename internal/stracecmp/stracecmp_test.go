package stracecmp

import "testing"

func TestVerdict(t *testing.T) {
	for _, c := range []struct{ ref, got, want string }{
		{`[{a=1}, "\x01\x02"]`, `[{a=1}, "\x01\x02"]`, "match"},
		{`[{a=1}, "\x01\x02"]`, `[{a=1}, {b=2}]`, "deeper"},
		{`{nla_type=0x9 /* LWTUNNEL_ENCAP_??? */}`, `{nla_type=LWTUNNEL_ENCAP_IOAM6}`, "deeper"},
		{`[{x=1}, 0x9 /* LWTUNNEL_ENCAP_??? */]`, `[{x=1}, LWTUNNEL_ENCAP_IOAM6]`, "deeper"},
		{`{proto=htons(0x800 /* AF_??? */)}`, `{proto=htons(ETH_P_IP)}`, "deeper"},
		{`{proto=htons(0x800 /* AF_??? */)}`, `{proto=htonl(ETH_P_IP)}`, "mismatch"},
		{`{proto=htons(0x800 /* AF_??? */)}`, `{proto=htons(0x800 /* ETH_P_??? */)}`, "mismatch"},
		{`{flags=NTF_EXT_MANAGED|0x2}`, `{flags=NTF_EXT_MANAGED|NTF_EXT_LOCKED}`, "deeper"},
		{`{flags=NTF_EXT_MANAGED|0x2}`, `{flags=NTF_EXT_LOCKED}`, "mismatch"},
		{`{u="\xff\x02\x00\x00", proto=1}`, `{inet_pton(AF_INET6, "ff02::1", &u), proto=1}`, "deeper"},
		{`{u="\xff\x02\x00\x00", proto=1}`, `{inet_pton(AF_INET6, "ff02::1", &v), proto=1}`, "mismatch"},
		{`[{a=1}, 20480]`, `[{a=1}, htons(80)]`, "mismatch"},
	} {
		if v, ds := Verdict(c.ref, c.got); v != c.want {
			t.Errorf("Verdict(%s, %s) = %s %v, want %s", c.ref, c.got, v, ds, c.want)
		}
	}
}
