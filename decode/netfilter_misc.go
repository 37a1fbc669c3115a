package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// nfnetlink_queue (NFNL_SUBSYS_QUEUE), nfnetlink_log (NFNL_SUBSYS_ULOG),
// ipset (NFNL_SUBSYS_IPSET), the hook dumps (NFNL_SUBSYS_HOOK) and osf
// fingerprints (NFNL_SUBSYS_OSF). Integers are big-endian (see nfBE).

const (
	nfqnlMsgPacket       = 0
	nfqnlMsgVerdict      = 1
	nfqnlMsgConfig       = 2
	nfqnlMsgVerdictBatch = 3

	nfulnlMsgPacket = 0
	nfulnlMsgConfig = 1
)

func nfqMsgAttrs(msg uint8) *attrSet {
	switch msg {
	case nfqnlMsgPacket, nfqnlMsgVerdict, nfqnlMsgVerdictBatch:
		return nfqAttrs
	case nfqnlMsgConfig:
		return nfqCfgAttrs
	}
	return nil
}

func nfulMsgAttrs(msg uint8) *attrSet {
	switch msg {
	case nfulnlMsgPacket:
		return nfulAttrs
	case nfulnlMsgConfig:
		return nfulCfgAttrs
	}
	return nil
}

// nfField adds a big-endian field f=htonl(v) of a struct.
func (s *state) nfBEField(name string, off, size int) {
	s.call(name, beFunc(size), off, size)
	i := s.value("", FmtU, s.ube(off, size), off, size)
	s.setFlag(i, flagBE)
	s.close()
}

// nfBEXvalField adds a big-endian named field f=htons(NAME).
func (s *state) nfBEXvalField(name string, off, size int, tab *xlat.Table, dflt string) {
	s.call(name, beFunc(size), off, size)
	i := s.xvalV("", s.ube(off, size), off, size, tab, dflt, numX)
	s.setFlag(i, flagBE)
	s.close()
}

// nfHookField adds the hook number of a packet, of the message's family.
func (s *state) nfHookField(name string, off int) {
	tab, dflt := nfHookTable(s.ctx.family)
	s.xvalV(name, s.u8(off), off, 1, tab, dflt, numU)
}

// nfqPacketHdr is struct nfqnl_msg_packet_hdr (7 bytes, packed).
var nfqPacketHdr = funcDec(func(s *state, off, n int) bool {
	if n < 7 {
		return false
	}
	s.openStruct("", off, 7)
	s.nfBEField("packet_id", off, 4)
	s.nfBEXvalField("hw_protocol", off+4, 2, xlat.EthernetProtocols, "ETH_P_???")
	s.nfHookField("hook", off+6)
	s.close()
	return true
})

// nfulPacketHdr is struct nfulnl_msg_packet_hdr.
var nfulPacketHdr = funcDec(func(s *state, off, n int) bool {
	if n != 4 {
		return false
	}
	s.openStruct("", off, 4)
	s.nfBEXvalField("hw_protocol", off, 2, xlat.EthernetProtocols, "ETH_P_???")
	s.nfHookField("hook", off+2)
	s.close()
	return true
})

// nfTimestamp is struct nfqnl_msg_packet_timestamp (and nfulnl's).
var nfTimestamp = funcDec(func(s *state, off, n int) bool {
	if n != 16 {
		return false
	}
	s.openStruct("", off, 16)
	s.nfBEField("sec", off, 8)
	s.nfBEField("usec", off+8, 8)
	s.close()
	return true
})

// nfPacketHw is struct nfqnl_msg_packet_hw (and nfulnl's): the address
// printed with the length it gives.
var nfPacketHw = funcDec(func(s *state, off, n int) bool {
	if n != 12 {
		return false
	}
	l := int(s.ube(off, 2))
	s.openStruct("", off, 12)
	s.nfBEField("hw_addrlen", off, 2)
	s.hwaddr("hw_addr", off+4, min(l, 8), 255)
	s.close()
	return true
})

// nfqVerdictHdr is struct nfqnl_msg_verdict_hdr.
var nfqVerdictHdr = funcDec(func(s *state, off, n int) bool {
	if n != 8 {
		return false
	}
	s.openStruct("", off, 8)
	s.nfBEXvalField("verdict", off, 4, xlat.NfVerdicts, "NF_???")
	s.nfBEField("id", off+4, 4)
	s.close()
	return true
})

var nfqVlanAttrs = newSet(xlat.NfQueueVlanAttrs, "NFQA_VLAN_???", map[uint16]attrDec{
	1: nfBEXval{xlat.EthernetProtocols, "ETH_P_???", 2}, // NFQA_VLAN_PROTO
	2: nfBE16,                                           // NFQA_VLAN_TCI
})

var nfqAttrs = newSet(xlat.NfQueueAttrs, "NFQA_???", map[uint16]attrDec{
	1:  nfqPacketHdr,
	2:  nfqVerdictHdr,
	3:  nfBE32, // NFQA_MARK
	4:  nfTimestamp,
	5:  nfBE32, // NFQA_IFINDEX_INDEV
	6:  nfBE32, // NFQA_IFINDEX_OUTDEV
	7:  nfBE32, // NFQA_IFINDEX_PHYSINDEV
	8:  nfBE32, // NFQA_IFINDEX_PHYSOUTDEV
	9:  nfPacketHw,
	10: nfHex, // NFQA_PAYLOAD
	11: nestDec{ctAttrs},
	12: nfBEXval{xlat.NfCtInfo, "IP_CT_???", 4},
	13: nfBE32, // NFQA_CAP_LEN
	14: nfBEFlags{xlat.NfQueueSkbFlags, "NFQA_SKB_???", 4},
	15: nestDec{ctExpAttrs},
	16: nfBE32, // NFQA_UID
	17: nfBE32, // NFQA_GID
	18: nlaStr, // NFQA_SECCTX
	19: nestDec{nfqVlanAttrs},
	20: nfHex,  // NFQA_L2HDR
	21: nfBE32, // NFQA_PRIORITY
	22: nfBE32, // NFQA_CGROUP_CLASSID
	23: nfBE64, // NFQA_CGROUP_ID
	24: nfHex,  // NFQA_PAD
})

// nfqCfgCmd is struct nfqnl_msg_config_cmd.
var nfqCfgCmd = funcDec(func(s *state, off, n int) bool {
	if n != 4 {
		return false
	}
	s.openStruct("", off, 4)
	s.xvalV("command", s.u8(off), off, 1, xlat.NfQueueCfgCmds, "NFQNL_CFG_CMD_???", numX)
	s.nfBEXvalField("pf", off+2, 2, xlat.NfProtos, "NFPROTO_???")
	s.close()
	return true
})

// nfqCfgParams is struct nfqnl_msg_config_params (5 bytes, packed).
var nfqCfgParams = funcDec(func(s *state, off, n int) bool {
	if n < 5 {
		return false
	}
	s.openStruct("", off, 5)
	s.nfBEField("copy_range", off, 4)
	s.xvalV("copy_mode", s.u8(off+4), off+4, 1, xlat.NfQueueCopyModes, "NFQNL_COPY_???", numX)
	s.close()
	return true
})

var nfqCfgAttrs = newSet(xlat.NfQueueCfgAttrs, "NFQA_CFG_???", map[uint16]attrDec{
	1: nfqCfgCmd,
	2: nfqCfgParams,
	3: nfBE32,                                               // NFQA_CFG_QUEUE_MAXLEN
	4: nfBEFlags{xlat.NfQueueCfgFlags, "NFQA_CFG_F_???", 4}, // NFQA_CFG_MASK
	5: nfBEFlags{xlat.NfQueueCfgFlags, "NFQA_CFG_F_???", 4}, // NFQA_CFG_FLAGS
})

var nfulAttrs = newSet(xlat.NfUlogAttrs, "NFULA_???", map[uint16]attrDec{
	1:  nfulPacketHdr,
	2:  nfBE32, // NFULA_MARK
	3:  nfTimestamp,
	4:  nfBE32, // NFULA_IFINDEX_INDEV
	5:  nfBE32, // NFULA_IFINDEX_OUTDEV
	6:  nfBE32, // NFULA_IFINDEX_PHYSINDEV
	7:  nfBE32, // NFULA_IFINDEX_PHYSOUTDEV
	8:  nfPacketHw,
	9:  nfHex,  // NFULA_PAYLOAD
	10: nlaStr, // NFULA_PREFIX
	11: nfBE32, // NFULA_UID
	12: nfBE32, // NFULA_SEQ
	13: nfBE32, // NFULA_SEQ_GLOBAL
	14: nfBE32, // NFULA_GID
	15: nfBEXval{xlat.ArpHardwareTypes, "ARPHRD_???", 2},
	16: nfHex,  // NFULA_HWHEADER
	17: nfBE16, // NFULA_HWLEN
	18: nestDec{ctAttrs},
	19: nfBEXval{xlat.NfCtInfo, "IP_CT_???", 4},
	20: nestDec{newSet(xlat.NfUlogVlanAttrs, "NFULA_VLAN_???", map[uint16]attrDec{
		1: nfBEXval{xlat.EthernetProtocols, "ETH_P_???", 2}, // NFULA_VLAN_PROTO
		2: nfBE16,                                           // NFULA_VLAN_TCI
	})},
	21: nfHex, // NFULA_L2HDR
})

// nfulCfgCmd is struct nfulnl_msg_config_cmd.
var nfulCfgCmd = funcDec(func(s *state, off, n int) bool {
	if n != 1 {
		return false
	}
	s.openStruct("", off, 1)
	s.xvalV("command", s.u8(off), off, 1, xlat.NfUlogCfgCmds, "NFULNL_CFG_CMD_???", numX)
	s.close()
	return true
})

// nfulCfgMode is struct nfulnl_msg_config_mode (6 bytes, packed).
var nfulCfgMode = funcDec(func(s *state, off, n int) bool {
	if n != 6 {
		return false
	}
	s.openStruct("", off, 6)
	s.nfBEField("copy_range", off, 4)
	s.xvalV("copy_mode", s.u8(off+4), off+4, 1, xlat.NfUlogCopyModes, "NFULNL_COPY_???", numX)
	s.close()
	return true
})

var nfulCfgAttrs = newSet(xlat.NfUlogCfgAttrs, "NFULA_CFG_???", map[uint16]attrDec{
	1: nfulCfgCmd,
	2: nfulCfgMode,
	3: nfBE32, // NFULA_CFG_NLBUFSIZ
	4: nfBE32, // NFULA_CFG_TIMEOUT (1/100 s)
	5: nfBE32, // NFULA_CFG_QTHRESH
	6: nfBEFlags{xlat.NfUlogCfgFlags, "NFULNL_CFG_F_???", 2},
})

// --- ipset ---

// ipset commands whose data are those of a set (its type's parameters)
// rather than of an element.
const (
	ipsetCmdCreate = 2
	ipsetCmdList   = 7
	ipsetCmdSave   = 8
	ipsetCmdAdd    = 9
	ipsetCmdDel    = 10
	ipsetCmdTest   = 11
	ipsetCmdHeader = 12
)

func ipsetMsgAttrs(msg uint8) *attrSet {
	switch msg {
	case ipsetCmdAdd, ipsetCmdDel, ipsetCmdTest:
		return ipsetAdtCmdAttrs
	}
	return ipsetAttrs
}

var ipsetIPAttrs = newSet(xlat.NfIpsetIpaddrAttrs, "IPSET_ATTR_IPADDR_???", map[uint16]attrDec{
	1: nfInAddr,  // IPSET_ATTR_IPADDR_IPV4
	2: nfIn6Addr, // IPSET_ATTR_IPADDR_IPV6
})

var ipsetIP = nestDec{ipsetIPAttrs}

// ipsetCommon are the data attributes 1 to 16, which sets and elements
// share.
var ipsetCommon = map[uint16]attrDec{
	1:  ipsetIP, // IPSET_ATTR_IP
	2:  ipsetIP, // IPSET_ATTR_IP_TO
	3:  nfU8,    // IPSET_ATTR_CIDR
	4:  nfBE16,  // IPSET_ATTR_PORT
	5:  nfBE16,  // IPSET_ATTR_PORT_TO
	6:  nfBE32,  // IPSET_ATTR_TIMEOUT (seconds)
	7:  nfXval8{xlat.InetProtocols, "IPPROTO_???"},
	8:  nfBEFlags{xlat.NfIpsetCadtFlags, "IPSET_FLAG_???", 4},
	9:  nfBE32,  // IPSET_ATTR_CADT_LINENO
	10: nfBEX32, // IPSET_ATTR_MARK
	11: nfBEX32, // IPSET_ATTR_MARKMASK
	12: ipsetIP, // IPSET_ATTR_BITMASK
}

func ipsetData(tab *xlat.Table, dflt string, more map[uint16]attrDec) *attrSet {
	m := map[uint16]attrDec{}
	for k, v := range ipsetCommon {
		m[k] = v
	}
	for k, v := range more {
		m[k] = v
	}
	return newSet(tab, dflt, m)
}

var ipsetCreateAttrs = ipsetData(xlat.NfIpsetCreateAttrs, "IPSET_ATTR_???", map[uint16]attrDec{
	17: nfBEX32, // IPSET_ATTR_INITVAL
	18: nfBE32,  // IPSET_ATTR_HASHSIZE
	19: nfBE32,  // IPSET_ATTR_MAXELEM
	20: nfU8,    // IPSET_ATTR_NETMASK
	21: nfU8,    // IPSET_ATTR_BUCKETSIZE
	22: nfU8,    // IPSET_ATTR_RESIZE
	23: nfBE32,  // IPSET_ATTR_SIZE
	24: nfBE32,  // IPSET_ATTR_ELEMENTS
	25: nfBE32,  // IPSET_ATTR_REFERENCES
	26: nfBE32,  // IPSET_ATTR_MEMSIZE
})

var ipsetAdtAttrs = ipsetData(xlat.NfIpsetAdtAttrs, "IPSET_ATTR_???", map[uint16]attrDec{
	17: nlaHwaddr, // IPSET_ATTR_ETHER
	18: nlaStr,    // IPSET_ATTR_NAME
	19: nlaStr,    // IPSET_ATTR_NAMEREF
	20: ipsetIP,   // IPSET_ATTR_IP2
	21: nfU8,      // IPSET_ATTR_CIDR2
	22: ipsetIP,   // IPSET_ATTR_IP2_TO
	23: nlaStr,    // IPSET_ATTR_IFACE
	24: nfBE64,    // IPSET_ATTR_BYTES
	25: nfBE64,    // IPSET_ATTR_PACKETS
	26: nlaStr,    // IPSET_ATTR_COMMENT
	27: nfBE64,    // IPSET_ATTR_SKBMARK (mark << 32 | mask)
	28: nfBEX32,   // IPSET_ATTR_SKBPRIO
	29: nfBE16,    // IPSET_ATTR_SKBQUEUE
	30: nfHex,     // IPSET_ATTR_PAD
})

// ipsetCmd builds the command-level attributes with data of a kind.
func ipsetCmd(data *attrSet) *attrSet {
	return newSet(xlat.NfIpsetAttrs, "IPSET_ATTR_???", map[uint16]attrDec{
		1: nfU8,   // IPSET_ATTR_PROTOCOL
		2: nlaStr, // IPSET_ATTR_SETNAME
		3: nlaStr, // IPSET_ATTR_TYPENAME (or IPSET_ATTR_SETNAME2)
		4: nfU8,   // IPSET_ATTR_REVISION
		5: nfXval8{xlat.NfProtos, "NFPROTO_???"},
		6: nfBEFlags{xlat.NfIpsetFlags, "IPSET_FLAG_???", 4},
		7: nestDec{data},
		// IPSET_ATTR_ADT: the elements, each an IPSET_ATTR_DATA
		8: nestDec{newSet(xlat.NfIpsetAttrs, "IPSET_ATTR_???", map[uint16]attrDec{
			7: nestDec{ipsetAdtAttrs},
		})},
		9:  nfBE32, // IPSET_ATTR_LINENO
		10: nfU8,   // IPSET_ATTR_PROTOCOL_MIN
		11: nfBE16, // IPSET_ATTR_INDEX
	})
}

var (
	// create, header, list and save: the data of a set
	ipsetAttrs = ipsetCmd(ipsetCreateAttrs)
	// add, del and test: the data of an element
	ipsetAdtCmdAttrs = ipsetCmd(ipsetAdtAttrs)
)

// --- hooks ---

const nfnlHookTypeBPF = 2

var nfHookChainAttrs = newSet(xlat.NfHookChainAttrs, "NFNLA_CHAIN_???", map[uint16]attrDec{
	1: nlaStr, // NFNLA_CHAIN_TABLE
	2: nfBEXval{xlat.NfProtos, "NFPROTO_???", 4},
	3: nlaStr, // NFNLA_CHAIN_NAME
})

var nfHookBPFAttrs = newSet(xlat.NfHookBpfAttrs, "NFNLA_HOOK_BPF_???", map[uint16]attrDec{
	1: nfBE32, // NFNLA_HOOK_BPF_ID
})

var nfHookInfoAttrs = newSet(xlat.NfHookInfoAttrs, "NFNLA_HOOK_INFO_???", map[uint16]attrDec{
	1: nestDec{nfHookChainAttrs}, // NFNLA_HOOK_INFO_DESC
	2: nfBEXval{xlat.NfHookTypes, "NFNL_HOOK_TYPE_???", 4},
})

var nfHookInfoBPFAttrs = withDec(nfHookInfoAttrs, 1, nestDec{nfHookBPFAttrs})

// nfHookInfo describes what sits on a hook: a chain or flowtable of
// nf_tables, or a bpf program, as its type (NFNLA_HOOK_INFO_TYPE) says.
var nfHookInfo = funcDec(func(s *state, off, n int) bool {
	set := nfHookInfoAttrs
	if t, ok := s.nfFindU32BE(off, n, 2); ok && t == nfnlHookTypeBPF {
		set = nfHookInfoBPFAttrs
	}
	s.attrs(off, n, set)
	return true
})

var nfHookAttrs = newSet(xlat.NfHookAttrs, "NFNLA_HOOK_???", map[uint16]attrDec{
	1: nfHookNum, // NFNLA_HOOK_HOOKNUM
	2: nfBES32,   // NFNLA_HOOK_PRIORITY
	3: nlaStr,    // NFNLA_HOOK_DEV
	4: nlaStr,    // NFNLA_HOOK_FUNCTION_NAME
	5: nlaStr,    // NFNLA_HOOK_MODULE_NAME
	6: nfHookInfo,
})

// --- osf ---

const (
	osfGenreLen  = 32
	osfMaxOpts   = 40 // MAX_IPOPTLEN
	osfOptSize   = 12
	osfFingerLen = 16 + 3*osfGenreLen + osfMaxOpts*osfOptSize
)

// osfFinger is struct nf_osf_user_finger, in host order: the options
// print as many as opt_num says.
var osfFinger = funcDec(func(s *state, off, n int) bool {
	if n != osfFingerLen {
		return false
	}
	wc := func(name string, o int, tab bool) {
		s.openStruct(name, o, 8)
		if tab {
			s.xval("wc", o, 4, xlat.NfOsfWss, "OSF_WSS_???")
		} else {
			s.fieldU("wc", o, 4)
		}
		s.fieldU("val", o+4, 4)
		s.close()
	}
	s.openStruct("", off, n)
	wc("wss", off, true)
	s.fieldU("ttl", off+8, 1)
	s.fieldU("df", off+9, 1)
	s.fieldU("ss", off+10, 2)
	s.fieldU("mss", off+12, 2)
	s.fieldU("opt_num", off+14, 2)
	o := off + 16
	for _, f := range []string{"genre", "version", "subtype"} {
		s.str(f, o, osfGenreLen, qNlaStr|qNoLimit)
		o += osfGenreLen
	}
	cnt := min(int(s.u16(off+14)), osfMaxOpts)
	s.open(KindArray, "opt", o, osfMaxOpts*osfOptSize, RoleNone)
	for i := 0; i < cnt; i++ {
		p := o + i*osfOptSize
		s.openStruct("", p, osfOptSize)
		s.fieldU("kind", p, 2)
		s.fieldU("length", p+2, 2)
		wc("wc", p+4, false)
		s.close()
	}
	s.close()
	s.close()
	return true
})

var osfAttrs = newSet(xlat.NfOsfAttrs, "OSF_ATTR_???", map[uint16]attrDec{
	1: osfFinger, // OSF_ATTR_FINGER
})
