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

func TestVerdictUnknownType(t *testing.T) {
	for _, c := range []struct{ ref, got, want string }{
		{`[{nlmsg_len=28, nlmsg_type=RTM_GETNEXTHOPBUCKET}, {family=AF_INET, data="\x00\x00\x00"}]`,
			`[{nlmsg_len=28, nlmsg_type=RTM_GETNEXTHOPBUCKET}, {nh_family=AF_INET, nh_scope=RT_SCOPE_UNIVERSE}, [{nla_len=8, nla_type=NHA_ID}, 12]]`, "deeper"},
		{`[{nlmsg_len=17}, {family=AF_INET}]`, `[{nlmsg_len=17}, {nh_family=AF_INET, ...}]`, "deeper"},
		{`[{nlmsg_len=28}, {family=AF_INET, data="\x00"}]`, `[{nlmsg_len=28}, {nh_family=AF_INET6, nh_scope=0}]`, "mismatch"},
		{`[{nlmsg_len=28}, {family=AF_INET, data="\x00"}, 5]`, `[{nlmsg_len=28}, {nh_family=AF_INET, nh_scope=0}, 6]`, "mismatch"},
	} {
		if v, ds := Verdict(c.ref, c.got); v != c.want {
			t.Errorf("Verdict(%s, %s) = %s %v, want %s", c.ref, c.got, v, ds, c.want)
		}
	}
}
