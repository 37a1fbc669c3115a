package decode

import (
	"slices"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// nfnetlink_queue (NFNL_SUBSYS_QUEUE), nfnetlink_log (NFNL_SUBSYS_ULOG),
// ipset (NFNL_SUBSYS_IPSET), the hook dumps (NFNL_SUBSYS_HOOK) and osf
// fingerprints (NFNL_SUBSYS_OSF). Integers are big-endian (see nfBE).

func nfqMsgAttrs(msg uint8) *attrSet {
	switch msg {
	case xlat.NFQNL_MSG_PACKET, xlat.NFQNL_MSG_VERDICT, xlat.NFQNL_MSG_VERDICT_BATCH:
		return nfqAttrs
	case xlat.NFQNL_MSG_CONFIG:
		return nfqCfgAttrs
	}
	return nil
}

func nfulMsgAttrs(msg uint8) *attrSet {
	switch msg {
	case xlat.NFULNL_MSG_PACKET:
		return nfulAttrs
	case xlat.NFULNL_MSG_CONFIG:
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

var nfqVlanAttrs = newSet(xlat.NfQueueVlanAttrs, "NFQA_VLAN_???", []attrDec{
	xlat.NFQA_VLAN_PROTO: nfXval(xlat.EthernetProtocols, "ETH_P_???", 2),
	xlat.NFQA_VLAN_TCI:   nfBE16,
})

var nfqAttrs = newSet(xlat.NfQueueAttrs, "NFQA_???", []attrDec{
	xlat.NFQA_PACKET_HDR:         nfqPacketHdr,
	xlat.NFQA_VERDICT_HDR:        nfqVerdictHdr,
	xlat.NFQA_MARK:               nfBE32,
	xlat.NFQA_TIMESTAMP:          nfTimestamp,
	xlat.NFQA_IFINDEX_INDEV:      nfBE32,
	xlat.NFQA_IFINDEX_OUTDEV:     nfBE32,
	xlat.NFQA_IFINDEX_PHYSINDEV:  nfBE32,
	xlat.NFQA_IFINDEX_PHYSOUTDEV: nfBE32,
	xlat.NFQA_HWADDR:             nfPacketHw,
	xlat.NFQA_PAYLOAD:            nfHex,
	xlat.NFQA_CT:                 nestDec{ctAttrs},
	xlat.NFQA_CT_INFO:            nfXval(xlat.NfCtInfo, "IP_CT_???", 4),
	xlat.NFQA_CAP_LEN:            nfBE32,
	xlat.NFQA_SKB_INFO:           nfBEFlags(xlat.NfQueueSkbFlags, "NFQA_SKB_???", 4),
	xlat.NFQA_EXP:                nestDec{ctExpAttrs},
	xlat.NFQA_UID:                nfBE32,
	xlat.NFQA_GID:                nfBE32,
	xlat.NFQA_SECCTX:             nlaStr,
	xlat.NFQA_VLAN:               nestDec{nfqVlanAttrs},
	xlat.NFQA_L2HDR:              nfHex,
	xlat.NFQA_PRIORITY:           nfBE32,
	xlat.NFQA_CGROUP_CLASSID:     nfBE32,
	xlat.NFQA_CGROUP_ID:          nfBE64,
	xlat.NFQA_PAD:                nfHex,
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

var nfqCfgAttrs = newSet(xlat.NfQueueCfgAttrs, "NFQA_CFG_???", []attrDec{
	xlat.NFQA_CFG_CMD:          nfqCfgCmd,
	xlat.NFQA_CFG_PARAMS:       nfqCfgParams,
	xlat.NFQA_CFG_QUEUE_MAXLEN: nfBE32,
	xlat.NFQA_CFG_MASK:         nfBEFlags(xlat.NfQueueCfgFlags, "NFQA_CFG_F_???", 4),
	xlat.NFQA_CFG_FLAGS:        nfBEFlags(xlat.NfQueueCfgFlags, "NFQA_CFG_F_???", 4),
})

var nfulAttrs = newSet(xlat.NfUlogAttrs, "NFULA_???", []attrDec{
	xlat.NFULA_PACKET_HDR:         nfulPacketHdr,
	xlat.NFULA_MARK:               nfBE32,
	xlat.NFULA_TIMESTAMP:          nfTimestamp,
	xlat.NFULA_IFINDEX_INDEV:      nfBE32,
	xlat.NFULA_IFINDEX_OUTDEV:     nfBE32,
	xlat.NFULA_IFINDEX_PHYSINDEV:  nfBE32,
	xlat.NFULA_IFINDEX_PHYSOUTDEV: nfBE32,
	xlat.NFULA_HWADDR:             nfPacketHw,
	xlat.NFULA_PAYLOAD:            nfHex,
	xlat.NFULA_PREFIX:             nlaStr,
	xlat.NFULA_UID:                nfBE32,
	xlat.NFULA_SEQ:                nfBE32,
	xlat.NFULA_SEQ_GLOBAL:         nfBE32,
	xlat.NFULA_GID:                nfBE32,
	xlat.NFULA_HWTYPE:             nfXval(xlat.ArpHardwareTypes, "ARPHRD_???", 2),
	xlat.NFULA_HWHEADER:           nfHex,
	xlat.NFULA_HWLEN:              nfBE16,
	xlat.NFULA_CT:                 nestDec{ctAttrs},
	xlat.NFULA_CT_INFO:            nfXval(xlat.NfCtInfo, "IP_CT_???", 4),
	xlat.NFULA_VLAN: nestDec{newSet(xlat.NfUlogVlanAttrs, "NFULA_VLAN_???", []attrDec{
		xlat.NFULA_VLAN_PROTO: nfXval(xlat.EthernetProtocols, "ETH_P_???", 2),
		xlat.NFULA_VLAN_TCI:   nfBE16,
	})},
	xlat.NFULA_L2HDR: nfHex,
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

var nfulCfgAttrs = newSet(xlat.NfUlogCfgAttrs, "NFULA_CFG_???", []attrDec{
	xlat.NFULA_CFG_CMD:      nfulCfgCmd,
	xlat.NFULA_CFG_MODE:     nfulCfgMode,
	xlat.NFULA_CFG_NLBUFSIZ: nfBE32,
	xlat.NFULA_CFG_TIMEOUT:  nfBE32, // (1/100 s)
	xlat.NFULA_CFG_QTHRESH:  nfBE32,
	xlat.NFULA_CFG_FLAGS:    nfBEFlags(xlat.NfUlogCfgFlags, "NFULNL_CFG_F_???", 2),
})

// --- ipset ---

func ipsetMsgAttrs(msg uint8) *attrSet {
	switch msg {
	case xlat.IPSET_CMD_ADD, xlat.IPSET_CMD_DEL, xlat.IPSET_CMD_TEST:
		return ipsetAdtCmdAttrs
	}
	return ipsetAttrs
}

var ipsetIPAttrs = newSet(xlat.NfIpsetIpaddrAttrs, "IPSET_ATTR_IPADDR_???", []attrDec{
	xlat.IPSET_ATTR_IPADDR_IPV4: nfInAddr,
	xlat.IPSET_ATTR_IPADDR_IPV6: nfIn6Addr,
})

var ipsetIP = nestDec{ipsetIPAttrs}

// ipsetCommon are the data attributes 1 to 16, which sets and elements
// share.
var ipsetCommon = []attrDec{
	xlat.IPSET_ATTR_IP:          ipsetIP,
	xlat.IPSET_ATTR_IP_TO:       ipsetIP,
	xlat.IPSET_ATTR_CIDR:        nfU8,
	xlat.IPSET_ATTR_PORT:        nfBE16,
	xlat.IPSET_ATTR_PORT_TO:     nfBE16,
	xlat.IPSET_ATTR_TIMEOUT:     nfBE32, // (seconds)
	xlat.IPSET_ATTR_PROTO:       xvalDec{tab: xlat.InetProtocols, dflt: "IPPROTO_???", size: 1, exact: true},
	xlat.IPSET_ATTR_CADT_FLAGS:  nfBEFlags(xlat.NfIpsetCadtFlags, "IPSET_FLAG_???", 4),
	xlat.IPSET_ATTR_CADT_LINENO: nfBE32,
	xlat.IPSET_ATTR_MARK:        nfBEX32,
	xlat.IPSET_ATTR_MARKMASK:    nfBEX32,
	xlat.IPSET_ATTR_BITMASK:     ipsetIP,
}

func ipsetData(tab *xlat.Table, dflt string, more []attrDec) *attrSet {
	decs := slices.Clone(ipsetCommon)
	for k, v := range more {
		if v != nil {
			decs = setDec(decs, uint16(k), v)
		}
	}
	return newSet(tab, dflt, decs)
}

var ipsetCreateAttrs = ipsetData(xlat.NfIpsetCreateAttrs, "IPSET_ATTR_???", []attrDec{
	xlat.IPSET_ATTR_INITVAL:    nfBEX32,
	xlat.IPSET_ATTR_HASHSIZE:   nfBE32,
	xlat.IPSET_ATTR_MAXELEM:    nfBE32,
	xlat.IPSET_ATTR_NETMASK:    nfU8,
	xlat.IPSET_ATTR_BUCKETSIZE: nfU8,
	xlat.IPSET_ATTR_RESIZE:     nfU8,
	xlat.IPSET_ATTR_SIZE:       nfBE32,
	xlat.IPSET_ATTR_ELEMENTS:   nfBE32,
	xlat.IPSET_ATTR_REFERENCES: nfBE32,
	xlat.IPSET_ATTR_MEMSIZE:    nfBE32,
})

var ipsetAdtAttrs = ipsetData(xlat.NfIpsetAdtAttrs, "IPSET_ATTR_???", []attrDec{
	xlat.IPSET_ATTR_ETHER:    nlaHwaddr,
	xlat.IPSET_ATTR_NAME:     nlaStr,
	xlat.IPSET_ATTR_NAMEREF:  nlaStr,
	xlat.IPSET_ATTR_IP2:      ipsetIP,
	xlat.IPSET_ATTR_CIDR2:    nfU8,
	xlat.IPSET_ATTR_IP2_TO:   ipsetIP,
	xlat.IPSET_ATTR_IFACE:    nlaStr,
	xlat.IPSET_ATTR_BYTES:    nfBE64,
	xlat.IPSET_ATTR_PACKETS:  nfBE64,
	xlat.IPSET_ATTR_COMMENT:  nlaStr,
	xlat.IPSET_ATTR_SKBMARK:  nfBE64, // (mark << 32 | mask)
	xlat.IPSET_ATTR_SKBPRIO:  nfBEX32,
	xlat.IPSET_ATTR_SKBQUEUE: nfBE16,
	xlat.IPSET_ATTR_PAD:      nfHex,
})

// ipsetCmd builds the command-level attributes with data of a kind.
func ipsetCmd(data *attrSet) *attrSet {
	return newSet(xlat.NfIpsetAttrs, "IPSET_ATTR_???", []attrDec{
		xlat.IPSET_ATTR_PROTOCOL: nfU8,
		xlat.IPSET_ATTR_SETNAME:  nlaStr,
		xlat.IPSET_ATTR_TYPENAME: nlaStr, // (or IPSET_ATTR_SETNAME2)
		xlat.IPSET_ATTR_REVISION: nfU8,
		xlat.IPSET_ATTR_FAMILY:   xvalDec{tab: xlat.NfProtos, dflt: "NFPROTO_???", size: 1, exact: true},
		xlat.IPSET_ATTR_FLAGS:    nfBEFlags(xlat.NfIpsetFlags, "IPSET_FLAG_???", 4),
		xlat.IPSET_ATTR_DATA:     nestDec{data},
		// IPSET_ATTR_ADT: the elements, each an IPSET_ATTR_DATA
		xlat.IPSET_ATTR_ADT: nestDec{newSet(xlat.NfIpsetAttrs, "IPSET_ATTR_???", []attrDec{
			xlat.IPSET_ATTR_DATA: nestDec{ipsetAdtAttrs},
		})},
		xlat.IPSET_ATTR_LINENO:       nfBE32,
		xlat.IPSET_ATTR_PROTOCOL_MIN: nfU8,
		xlat.IPSET_ATTR_INDEX:        nfBE16,
	})
}

var (
	// create, header, list and save: the data of a set
	ipsetAttrs = ipsetCmd(ipsetCreateAttrs)
	// add, del and test: the data of an element
	ipsetAdtCmdAttrs = ipsetCmd(ipsetAdtAttrs)
)

// --- hooks ---

var nfHookChainAttrs = newSet(xlat.NfHookChainAttrs, "NFNLA_CHAIN_???", []attrDec{
	xlat.NFNLA_CHAIN_TABLE:  nlaStr,
	xlat.NFNLA_CHAIN_FAMILY: nfXval(xlat.NfProtos, "NFPROTO_???", 4),
	xlat.NFNLA_CHAIN_NAME:   nlaStr,
})

var nfHookBPFAttrs = newSet(xlat.NfHookBpfAttrs, "NFNLA_HOOK_BPF_???", []attrDec{
	xlat.NFNLA_HOOK_BPF_ID: nfBE32,
})

var nfHookInfoAttrs = newSet(xlat.NfHookInfoAttrs, "NFNLA_HOOK_INFO_???", []attrDec{
	xlat.NFNLA_HOOK_INFO_DESC: nestDec{nfHookChainAttrs},
	xlat.NFNLA_HOOK_INFO_TYPE: nfXval(xlat.NfHookTypes, "NFNL_HOOK_TYPE_???", 4),
})

var nfHookInfoBPFAttrs = withDec(nfHookInfoAttrs, xlat.NFNLA_HOOK_INFO_DESC, nestDec{nfHookBPFAttrs})

// nfHookInfo describes what sits on a hook: a chain or flowtable of
// nf_tables, or a bpf program, as its type (NFNLA_HOOK_INFO_TYPE) says.
var nfHookInfo = nfNestBy{xlat.NFNLA_HOOK_INFO_TYPE, xlat.NFNL_HOOK_TYPE_BPF, nfHookInfoAttrs, nfHookInfoBPFAttrs}

var nfHookAttrs = newSet(xlat.NfHookAttrs, "NFNLA_HOOK_???", []attrDec{
	xlat.NFNLA_HOOK_HOOKNUM:       nfHookNum,
	xlat.NFNLA_HOOK_PRIORITY:      nfBES32,
	xlat.NFNLA_HOOK_DEV:           nlaStr,
	xlat.NFNLA_HOOK_FUNCTION_NAME: nlaStr,
	xlat.NFNLA_HOOK_MODULE_NAME:   nlaStr,
	xlat.NFNLA_HOOK_CHAIN_INFO:    nfHookInfo,
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

var osfAttrs = newSet(xlat.NfOsfAttrs, "OSF_ATTR_???", []attrDec{
	xlat.OSF_ATTR_FINGER: osfFinger,
})
