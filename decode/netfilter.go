package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// Netfilter subsystems (NFNL_SUBSYS_*).
const (
	nfnlSubsysCtnetlink        = 1
	nfnlSubsysCtnetlinkExp     = 2
	nfnlSubsysQueue            = 3
	nfnlSubsysUlog             = 4
	nfnlSubsysOsf              = 5
	nfnlSubsysIpset            = 6
	nfnlSubsysAcct             = 7
	nfnlSubsysCtnetlinkTimeout = 8
	nfnlSubsysCthelper         = 9
	nfnlSubsysNftables         = 10
	nfnlSubsysNftCompat        = 11
	nfnlSubsysHook             = 12
)

type nfMsgNames struct {
	tab  *xlat.Table
	dflt string
}

// nfMsgTypes names the message types of each subsystem.
var nfMsgTypes = [...]nfMsgNames{
	nfnlSubsysCtnetlink:        {xlat.NfCtnetlinkMsgTypes, "IPCTNL_MSG_CT_???"},
	nfnlSubsysCtnetlinkExp:     {xlat.NfCtnetlinkExpMsgTypes, "IPCTNL_MSG_EXP_???"},
	nfnlSubsysQueue:            {xlat.NfQueueMsgTypes, "NFQNL_MSG_???"},
	nfnlSubsysUlog:             {xlat.NfUlogMsgTypes, "NFULNL_MSG_???"},
	nfnlSubsysOsf:              {xlat.NfOsfMsgTypes, "OSF_MSG_???"},
	nfnlSubsysIpset:            {xlat.NfIpsetMsgTypes, "IPSET_CMD_???"},
	nfnlSubsysAcct:             {xlat.NfAcctMsgTypes, "NFNL_MSG_ACCT_???"},
	nfnlSubsysCtnetlinkTimeout: {xlat.NfCttimeoutMsgTypes, "IPCTNL_MSG_TIMEOUT_???"},
	nfnlSubsysCthelper:         {xlat.NfCthelperMsgTypes, "NFNL_MSG_CTHELPER_???"},
	nfnlSubsysNftables:         {xlat.NfNftablesMsgTypes, "NFT_MSG_???"},
	nfnlSubsysNftCompat:        {xlat.NfNftCompatMsgTypes, "NFNL_MSG_COMPAT_???"},
	nfnlSubsysHook:             {xlat.NfHookMsgTypes, "NFT_MSG_HOOK_???"},
}

// nfTypeNode prints a netfilter message type as SUBSYS<<8|MSG, the
// batch control messages by name.
func nfTypeNode(s *state, typ uint16, off int) {
	if _, ok := xlat.NlNetfilterMsgTypes.Lookup(uint64(typ)); ok {
		x := s.xvalV("nlmsg_type", uint64(typ), off, 2, xlat.NlNetfilterMsgTypes, "", numX)
		s.node(x).role = RoleHeader
		return
	}
	subsys, msg := uint8(typ>>8), uint8(typ)
	q := s.add(Node{kind: KindSeq, name: "nlmsg_type", u: uint64(typ), size: 2, off: uint32(off), len: 2, role: RoleHeader})
	s.stack = append(s.stack, int32(q))
	x := s.xvalV("", uint64(subsys), off, 1, xlat.NlNetfilterSubsysIds, "NFNL_SUBSYS_???", numX)
	s.node(x).role = RoleHeader
	s.text("", "<<8|")
	if int(subsys) < len(nfMsgTypes) && nfMsgTypes[subsys].tab != nil {
		x = s.xvalV("", uint64(msg), off, 1, nfMsgTypes[subsys].tab, nfMsgTypes[subsys].dflt, numX)
		s.node(x).role = RoleHeader
	} else {
		s.value("", FmtX, uint64(msg), off, 1)
	}
	s.close()
}

// nfFlags picks the NLM_F_ meaning of a netfilter message type.
func nfFlags(typ uint16) *xlat.Table {
	subsys, msg := uint8(typ>>8), uint8(typ)
	name := ""
	if int(subsys) < len(nfMsgTypes) && nfMsgTypes[subsys].tab != nil {
		name, _ = nfMsgTypes[subsys].tab.Lookup(uint64(msg))
	}
	switch subsys {
	case nfnlSubsysCtnetlink, nfnlSubsysCtnetlinkExp, nfnlSubsysAcct,
		nfnlSubsysCtnetlinkTimeout, nfnlSubsysCthelper, nfnlSubsysNftables,
		nfnlSubsysNftCompat, nfnlSubsysHook:
	default:
		return nil
	}
	switch name {
	case "IPCTNL_MSG_CT_NEW", "IPCTNL_MSG_EXP_NEW", "NFNL_MSG_ACCT_NEW",
		"IPCTNL_MSG_TIMEOUT_NEW", "NFNL_MSG_CTHELPER_NEW",
		"NFT_MSG_NEWTABLE", "NFT_MSG_NEWCHAIN", "NFT_MSG_NEWRULE", "NFT_MSG_NEWSET",
		"NFT_MSG_NEWSETELEM", "NFT_MSG_NEWGEN", "NFT_MSG_NEWOBJ", "NFT_MSG_NEWFLOWTABLE":
		return nlFlagsNew
	case "IPCTNL_MSG_CT_GET", "IPCTNL_MSG_CT_GET_CTRZERO", "IPCTNL_MSG_CT_GET_STATS_CPU",
		"IPCTNL_MSG_CT_GET_STATS", "IPCTNL_MSG_CT_GET_DYING", "IPCTNL_MSG_CT_GET_UNCONFIRMED",
		"IPCTNL_MSG_EXP_GET", "IPCTNL_MSG_EXP_GET_STATS_CPU",
		"NFNL_MSG_ACCT_GET", "NFNL_MSG_ACCT_GET_CTRZERO",
		"IPCTNL_MSG_TIMEOUT_GET", "NFNL_MSG_CTHELPER_GET",
		"NFT_MSG_GETTABLE", "NFT_MSG_GETCHAIN", "NFT_MSG_GETRULE", "NFT_MSG_GETSET",
		"NFT_MSG_GETSETELEM", "NFT_MSG_GETGEN", "NFT_MSG_GETOBJ", "NFT_MSG_GETOBJ_RESET",
		"NFT_MSG_GETFLOWTABLE", "NFNL_MSG_COMPAT_GET", "NFNL_MSG_HOOK_GET":
		return nlFlagsGet
	case "IPCTNL_MSG_CT_DELETE", "IPCTNL_MSG_EXP_DELETE", "NFNL_MSG_ACCT_DEL",
		"IPCTNL_MSG_TIMEOUT_DELETE", "NFNL_MSG_CTHELPER_DEL",
		"NFT_MSG_DELTABLE", "NFT_MSG_DELCHAIN", "NFT_MSG_DELRULE", "NFT_MSG_DELSET",
		"NFT_MSG_DELSETELEM", "NFT_MSG_DELOBJ", "NFT_MSG_DELFLOWTABLE":
		return nlFlagsDelete
	}
	return nil
}

var netfilterFamily = &family{
	typeNode: nfTypeNode,
	flags:    nfFlags,
}
