package decode

import (
	"slices"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// MessageTypeNames returns every name a message of the protocol (ProtoAny:
// of any protocol) can carry as its type, as Tree.TypeParts gives them: the
// names of nlmsg_type (NLMSG_ERROR, RTM_NEWLINK, ...), the parts of
// netfilter's composite types (NFNL_SUBSYS_NFTABLES, NFT_MSG_NEWRULE),
// and, for generic netlink, the names of the families nldump decodes and
// of their commands (CTRL_CMD_GETFAMILY). Sorted, without repeats.
//
// Generic netlink families nldump does not decode have names learned at
// run time; they are not in the list.
func MessageTypeNames(proto Proto) []string {
	var out []string
	add := func(t *xlat.Table) {
		if t == nil {
			return
		}
		for _, e := range t.Entries {
			out = append(out, e.Name)
		}
	}
	add(xlat.NetlinkTypes)
	for p, f := range families {
		if f == nil || (proto != ProtoAny && Proto(p) != proto) {
			continue
		}
		add(f.types)
		switch Proto(p) {
		case ProtoNetfilter:
			add(xlat.NlNetfilterMsgTypes)
			add(xlat.NlNetfilterSubsysIds)
			for _, e := range nfSubsystems.all() {
				add(e.v.msgs)
			}
		case ProtoGeneric:
			for _, g := range genlSpecList {
				out = append(out, g.name)
				add(g.cmds)
				add(g.replyCmds)
				add(g.events)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// GenlFamilyNames returns the names of the generic netlink families nldump
// decodes (nlctrl, ethtool, ...), sorted.
func GenlFamilyNames() []string {
	var out []string
	for _, g := range genlSpecList {
		out = append(out, g.name)
	}
	slices.Sort(out)
	return out
}
