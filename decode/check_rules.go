package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// What the kernel accepts, for Check: facts of the kernel's request
// handlers that the attribute-set tables do not hold. Sizes and string
// forms come from the decoders themselves (each decoder's rule, want.go).

// famMatch matches the family byte of a request: any, one family, or all
// but one.
type famMatch struct {
	fam int // -1: any
	not bool
}

var anyFamily = famMatch{fam: -1}

func (f famMatch) match(family int) bool {
	if f.fam < 0 {
		return true
	}
	return (family == f.fam) != f.not
}

// span is a field of a fixed header: its offset and size.
type span struct {
	off, size int
}

// getRule: a NETLINK_ROUTE GET without NLM_F_DUMP asks for one object; the
// kernel needs the field or one of the attributes that name it.
type getRule struct {
	typ    uint16
	family famMatch
	field  span     // a non-zero (positive) field names the object
	attrs  []uint16 // any of these attributes names it
	errno  string
	extack string
	text   string
}

var getRules = []getRule{
	{typ: xlat.RTM_GETLINK, family: anyFamily, field: span{4, 4}, attrs: []uint16{xlat.IFLA_IFNAME, xlat.IFLA_ALT_IFNAME}, // or ifi_index
		errno: "EINVAL",
		text:  "RTM_GETLINK without NLM_F_DUMP asks for one link: give ifi_index or IFLA_IFNAME, or set NLM_F_DUMP to list them all"},
	{typ: xlat.RTM_GETADDR, family: famMatch{fam: xlat.AF_INET6, not: true},
		errno: "EOPNOTSUPP",
		text:  "RTM_GETADDR needs NLM_F_DUMP: the kernel has no single-address get for this family"},
	{typ: xlat.RTM_GETADDR, family: famMatch{fam: xlat.AF_INET6}, attrs: []uint16{xlat.IFA_ADDRESS, xlat.IFA_LOCAL},
		errno: "EINVAL",
		text:  "RTM_GETADDR without NLM_F_DUMP asks for one IPv6 address: give IFA_ADDRESS, or set NLM_F_DUMP"},
	{typ: xlat.RTM_GETNEIGH, family: anyFamily, attrs: []uint16{xlat.NDA_DST},
		errno: "EINVAL", extack: "Network address not specified",
		text: "RTM_GETNEIGH without NLM_F_DUMP asks for one neighbour: give NDA_DST, or set NLM_F_DUMP"},
	{typ: xlat.RTM_GETRULE, family: anyFamily,
		errno: "EOPNOTSUPP",
		text:  "RTM_GETRULE needs NLM_F_DUMP: the kernel has no single-rule get"},
	{typ: xlat.RTM_GETQDISC, family: anyFamily, field: span{4, 4}, // tcm_ifindex
		errno: "ENODEV",
		text:  "RTM_GETQDISC without NLM_F_DUMP asks for one qdisc: give tcm_ifindex, or set NLM_F_DUMP"},
	{typ: xlat.RTM_GETTCLASS, family: anyFamily, field: span{4, 4}, // tcm_ifindex
		errno: "ENODEV",
		text:  "RTM_GETTCLASS without NLM_F_DUMP asks for one class: give tcm_ifindex, or set NLM_F_DUMP"},
	{typ: xlat.RTM_GETMULTICAST, family: anyFamily,
		errno: "EOPNOTSUPP",
		text:  "RTM_GETMULTICAST needs NLM_F_DUMP"},
	{typ: xlat.RTM_GETANYCAST, family: anyFamily,
		errno: "EOPNOTSUPP",
		text:  "RTM_GETANYCAST needs NLM_F_DUMP"},
	{typ: xlat.RTM_GETNEIGHTBL, family: anyFamily,
		errno: "EOPNOTSUPP",
		text:  "RTM_GETNEIGHTBL needs NLM_F_DUMP"},
}

// zeroRule: a field a strict dump request must leave zero (but for the
// allowed bits).
type zeroRule struct {
	off, size int
	allowed   uint64
	extack    string
}

// strictDump is what NETLINK_GET_STRICT_CHK lets a dump request carry.
type strictDump struct {
	typ     uint16
	family  famMatch
	hdr     int    // size of the fixed header
	short   string // extack when the payload is shorter
	zero    []zeroRule
	attrs   []uint16 // attributes the dump filters on
	attrMsg string   // extack for any other attribute
	noAttrs string   // extack for any attribute at all (attrs is nil)
	prefix  func(family int) string
}

func ipPrefix(family int) string {
	if family == xlat.AF_INET6 {
		return "ipv6: "
	}
	return "ipv4: "
}

const (
	linkValues  = "Invalid values in header for link dump request"
	addrValues  = "Invalid values in header for address dump request"
	fibValues   = "Invalid values in header for FIB dump request"
	neighValues = "Invalid values in header for neighbor dump request"
	ruleValues  = "Invalid values in header for fib rule dump request"
)

var strictDumps = []strictDump{
	{typ: xlat.RTM_GETLINK, family: anyFamily, hdr: 16, short: "Invalid header for link dump", // struct ifinfomsg
		zero: []zeroRule{
			{off: 1, size: 1, extack: linkValues},                                            // __ifi_pad
			{off: 2, size: 2, extack: linkValues},                                            // ifi_type
			{off: 8, size: 4, extack: linkValues},                                            // ifi_flags
			{off: 12, size: 4, extack: linkValues},                                           // ifi_change
			{off: 4, size: 4, extack: "Filter by device index not supported for link dumps"}, // ifi_index
		},
		attrs:   []uint16{xlat.IFLA_MASTER, xlat.IFLA_LINKINFO, xlat.IFLA_EXT_MASK, xlat.IFLA_IF_NETNSID},
		attrMsg: "Unsupported attribute in link dump request"},
	{typ: xlat.RTM_GETADDR, family: anyFamily, hdr: 8, short: "Invalid header for address dump request", prefix: ipPrefix, // struct ifaddrmsg
		zero: []zeroRule{
			{off: 1, size: 1, extack: addrValues}, // ifa_prefixlen
			{off: 2, size: 1, extack: addrValues}, // ifa_flags
			{off: 3, size: 1, extack: addrValues}, // ifa_scope
		},
		attrs:   []uint16{xlat.IFA_TARGET_NETNSID},
		attrMsg: "Unsupported attribute in dump request"},
	{typ: xlat.RTM_GETROUTE, family: anyFamily, hdr: 12, short: "Invalid header for FIB dump request", // struct rtmsg
		zero: []zeroRule{
			{off: 1, size: 1, extack: fibValues}, // rtm_dst_len
			{off: 2, size: 1, extack: fibValues}, // rtm_src_len
			{off: 3, size: 1, extack: fibValues}, // rtm_tos
			{off: 6, size: 1, extack: fibValues}, // rtm_scope
			{off: 8, size: 4, allowed: xlat.RTM_F_CLONED | xlat.RTM_F_PREFIX, extack: "Invalid flags for FIB dump request"}, // rtm_flags but RTM_F_CLONED, RTM_F_PREFIX
		},
		attrs:   []uint16{xlat.RTA_OIF, xlat.RTA_TABLE},
		attrMsg: "Unsupported attribute in dump request"},
	{typ: xlat.RTM_GETNEIGH, family: anyFamily, hdr: 12, short: "Invalid header for neighbor dump request", // struct ndmsg
		zero: []zeroRule{
			{off: 1, size: 1, extack: neighValues},  // ndm_pad1
			{off: 2, size: 2, extack: neighValues},  // ndm_pad2
			{off: 4, size: 4, extack: neighValues},  // ndm_ifindex
			{off: 8, size: 2, extack: neighValues},  // ndm_state
			{off: 11, size: 1, extack: neighValues}, // ndm_type
			{off: 10, size: 1, allowed: xlat.NTF_PROXY, extack: "Invalid flags in header for neighbor dump request"}, // ndm_flags but NTF_PROXY
		},
		attrs:   []uint16{xlat.NDA_IFINDEX, xlat.NDA_MASTER},
		attrMsg: "Unsupported attribute in neighbor dump request"},
	{typ: xlat.RTM_GETRULE, family: anyFamily, hdr: 12, short: "Invalid header for fib rule dump request", // struct fib_rule_hdr
		zero: []zeroRule{
			{off: 1, size: 1, extack: ruleValues}, // dst_len
			{off: 2, size: 1, extack: ruleValues}, // src_len
			{off: 3, size: 1, extack: ruleValues}, // tos
			{off: 4, size: 1, extack: ruleValues}, // table
			{off: 5, size: 1, extack: ruleValues}, // res1
			{off: 6, size: 1, extack: ruleValues}, // res2
			{off: 7, size: 1, extack: ruleValues}, // action
			{off: 8, size: 4, extack: ruleValues}, // flags
		},
		noAttrs: "Invalid data after header in fib rule dump request"},
}

// kernelSizes: number attributes whose kernel policy has another size than
// nldump's decoder (which prints them as strace 6.1 does).
var kernelSizes = map[attrKey]int{
	{xlat.RtnlRouteAttrs, xlat.RTA_EXPIRES}: 4, // NLA_U32 in rtm_ipv6_policy (strace prints a u64)
}

// misframed tells the messages nldump decodes, as strace 6.1 does, with a
// fixed header the kernel does not read there: their attributes are not
// where the decoder sees them, and check leaves them alone.
func misframed(typ uint16, family int) bool {
	// RTM_NEWNEIGH, RTM_DELNEIGH, RTM_GETNEIGH of AF_BRIDGE (the fdb):
	// printed with a struct ifinfomsg, read by the kernel as a struct
	// ndmsg
	return typ >= 28 && typ <= 30 && family == 7
}

// strPolicy is what the kernel's policy says of a string attribute.
type strPolicy struct {
	max int  // longest string without its NUL, 0: no limit
	nul bool // NLA_NUL_STRING: the NUL is required
}

type attrKey struct {
	tab *xlat.Table
	typ uint16
}

// stringPolicies lists the string attributes whose kernel policy bounds
// their length or requires the NUL.
var stringPolicies = map[attrKey]strPolicy{
	{xlat.RtnlLinkAttrs, xlat.IFLA_IFNAME}:     {max: 15},  // IFNAMSIZ-1
	{xlat.RtnlLinkAttrs, xlat.IFLA_QDISC}:      {max: 15},  // IFNAMSIZ-1
	{xlat.RtnlLinkAttrs, xlat.IFLA_IFALIAS}:    {max: 255}, // IFALIASZ-1
	{xlat.RtnlLinkAttrs, xlat.IFLA_ALT_IFNAME}: {max: 127}, // ALTIFNAMSIZ-1
	{xlat.RtnlAddrAttrs, xlat.IFA_LABEL}:       {max: 15},  // IFNAMSIZ-1
}

func stringPolicy(t *Tree, a int) strPolicy {
	an := &t.nodes[a]
	p := stringPolicies[attrKey{an.tab, uint16(an.u)}]
	if v, ok := xlat.NlaNulStringAttrs.Value(t.NameOf(a)); ok && v == an.u {
		p.nul = true
	}
	return p
}
