package decode

import (
	"encoding/json"
	"testing"
)

func TestProto(t *testing.T) {
	for _, c := range []struct {
		in    string
		want  Proto
		ok    bool
		name  string
		short string
	}{
		{"route", ProtoRoute, true, "NETLINK_ROUTE", "route"},
		{"NETLINK_ROUTE", ProtoRoute, true, "NETLINK_ROUTE", "route"},
		{"0", ProtoRoute, true, "NETLINK_ROUTE", "route"},
		{"genl", ProtoGeneric, true, "NETLINK_GENERIC", "generic"},
		{"Generic", ProtoGeneric, true, "NETLINK_GENERIC", "generic"},
		{"nf", ProtoNetfilter, true, "NETLINK_NETFILTER", "netfilter"},
		{"nfnetlink", ProtoNetfilter, true, "NETLINK_NETFILTER", "netfilter"},
		{"sock-diag", ProtoSockDiag, true, "NETLINK_SOCK_DIAG", "sock_diag"},
		{"inet_diag", ProtoSockDiag, true, "NETLINK_SOCK_DIAG", "sock_diag"},
		{"uevent", ProtoKobjectUevent, true, "NETLINK_KOBJECT_UEVENT", "kobject_uevent"},
		{"audit", ProtoAudit, true, "NETLINK_AUDIT", "audit"},
		{"9", ProtoAudit, true, "NETLINK_AUDIT", "audit"},
		{"connector", ProtoConnector, true, "NETLINK_CONNECTOR", "connector"},
		{"xfrm", ProtoXfrm, true, "NETLINK_XFRM", "xfrm"},
		{"crypto", ProtoCrypto, true, "NETLINK_CRYPTO", "crypto"},
		{"smc", ProtoSMC, true, "NETLINK_SMC", "smc"},
		{"17", 17, true, "NETLINK_17", "17"},
		{"31", 31, true, "NETLINK_31", "31"},
		{"32", 0, false, "", ""},
		{"-1", 0, false, "", ""},
		{"routing", 0, false, "", ""},
		{"", 0, false, "", ""},
	} {
		p, ok := ParseProto(c.in)
		if ok != c.ok || p != c.want {
			t.Errorf("ParseProto(%q) = %d, %v; want %d, %v", c.in, p, ok, c.want, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if p.String() != c.name || p.Short() != c.short {
			t.Errorf("%q: String %q, Short %q; want %q, %q", c.in, p.String(), p.Short(), c.name, c.short)
		}
		// what nldump prints, it reads back
		for _, s := range []string{p.String(), p.Short()} {
			if q, ok := ParseProto(s); !ok || q != p {
				t.Errorf("%q: ParseProto(%q) = %d, %v", c.in, s, q, ok)
			}
		}
	}
	// Decoded follows the registry of protocols.
	for p := Proto(-1); p <= maxNetlinkPro; p++ {
		_, reg := protocols.get(p)
		if p.Decoded() != reg {
			t.Errorf("%s: Decoded %v, registered %v", p, p.Decoded(), reg)
		}
	}
	if !ProtoRoute.Decoded() || !ProtoGeneric.Decoded() || ProtoUsersock.Decoded() {
		t.Error("Decoded: route and generic are decoded, usersock is not")
	}
}

// A Proto is text in JSON and other encodings, both ways.
func TestProtoText(t *testing.T) {
	b, err := json.Marshal(struct{ P []Proto }{[]Proto{ProtoGeneric, 17}})
	if err != nil || string(b) != `{"P":["NETLINK_GENERIC","NETLINK_17"]}` {
		t.Fatalf("%s %v", b, err)
	}
	var v struct{ P []Proto }
	if err := json.Unmarshal([]byte(`{"P":["genl","NETLINK_17","route"]}`), &v); err != nil || len(v.P) != 3 || v.P[0] != ProtoGeneric || v.P[1] != 17 || v.P[2] != ProtoRoute {
		t.Errorf("%v %v", v.P, err)
	}
	if err := json.Unmarshal([]byte(`{"P":["routing"]}`), &v); err == nil {
		t.Error("routing read as a protocol")
	}
}
