package decode

import (
	"slices"
	"testing"
)

func TestMessageTypeNames(t *testing.T) {
	route, genl, nf, all := MessageTypeNames(ProtoRoute), MessageTypeNames(ProtoGeneric), MessageTypeNames(ProtoNetfilter), MessageTypeNames(-1)
	for _, c := range []struct {
		list []string
		in   []string
		out  []string
	}{
		{route, []string{"RTM_NEWLINK", "RTM_GETROUTE", "NLMSG_ERROR"}, []string{"NFT_MSG_NEWRULE", "nlctrl"}},
		{genl, []string{"nlctrl", "CTRL_CMD_GETFAMILY", "ETHTOOL_MSG_LINKINFO_GET", "NLMSG_DONE"}, []string{"RTM_NEWLINK"}},
		{nf, []string{"NFNL_SUBSYS_NFTABLES", "NFT_MSG_NEWRULE", "IPCTNL_MSG_CT_NEW", "NFNL_MSG_BATCH_BEGIN"}, []string{"RTM_NEWLINK"}},
		{all, []string{"RTM_NEWLINK", "NFT_MSG_NEWRULE", "CTRL_CMD_GETFAMILY", "SOCK_DIAG_BY_FAMILY", "AUDIT_GET"}, []string{"IFLA_MTU"}},
	} {
		for _, n := range c.in {
			if _, ok := slices.BinarySearch(c.list, n); !ok {
				t.Errorf("%s missing", n)
			}
		}
		for _, n := range c.out {
			if slices.Contains(c.list, n) {
				t.Errorf("%s listed", n)
			}
		}
		if !slices.IsSorted(c.list) || len(slices.Compact(slices.Clone(c.list))) != len(c.list) {
			t.Error("not sorted or repeats")
		}
	}
	for _, p := range ProtoNames() {
		if _, ok := ParseProto(p); !ok {
			t.Errorf("ProtoNames gives %q, which ParseProto does not read", p)
		}
	}
	if !slices.Contains(GenlFamilyNames(), "ethtool") {
		t.Error("no ethtool")
	}
}
