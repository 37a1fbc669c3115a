package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// The user data of nf_tables objects (NFTA_*_USERDATA) is opaque to the
// kernel, which stores and returns it; nft keeps comments and the types of
// set keys there, in libnftnl's records: a one-byte type, a one-byte
// length, the value. strace 6.1 prints it as a hex string; nldump prints
// the records as [{type=NAME, len=N}, value], one per record, in brackets
// when there are several, the way attributes print.

// udataKind says how a record's value prints.
type udataKind uint8

const (
	udString    udataKind = iota // a NUL-terminated comment
	udU32                        // a u32 in host order
	udByteorder                  // a u32: nftables' byte order of set keys and data
	udElemFlags                  // a u32 of NFTNL_SET_ELEM_F_* flags
	udNested                     // records again (set typeof)
)

// udataSet names the records of one kind of object.
type udataSet struct {
	names *xlat.Table
	dflt  string
	kinds map[uint8]udataKind // absent: a u32 when 4 bytes, else hex
	inner *udataSet           // the records of udNested values
}

var (
	udataTable = &udataSet{names: xlat.NftnlUdataTableTypes, dflt: "NFTNL_UDATA_TABLE_???",
		kinds: map[uint8]udataKind{xlat.NFTNL_UDATA_TABLE_COMMENT: udString}}
	udataChain = &udataSet{names: xlat.NftnlUdataChainTypes, dflt: "NFTNL_UDATA_CHAIN_???",
		kinds: map[uint8]udataKind{xlat.NFTNL_UDATA_CHAIN_COMMENT: udString}}
	udataRule = &udataSet{names: xlat.NftnlUdataRuleTypes, dflt: "NFTNL_UDATA_RULE_???",
		kinds: map[uint8]udataKind{xlat.NFTNL_UDATA_RULE_COMMENT: udString, xlat.NFTNL_UDATA_RULE_EBTABLES_POLICY: udU32}}
	udataObj = &udataSet{names: xlat.NftnlUdataObjTypes, dflt: "NFTNL_UDATA_OBJ_???",
		kinds: map[uint8]udataKind{xlat.NFTNL_UDATA_OBJ_COMMENT: udString}}
	udataElem = &udataSet{names: xlat.NftnlUdataSetElemTypes, dflt: "NFTNL_UDATA_SET_ELEM_???",
		kinds: map[uint8]udataKind{xlat.NFTNL_UDATA_SET_ELEM_COMMENT: udString, xlat.NFTNL_UDATA_SET_ELEM_FLAGS: udElemFlags}}
	// the expression a set key or data was typed with: nft's number of
	// its kind, and records whose types each kind numbers its own way
	udataTypeof = &udataSet{names: xlat.NftnlUdataSetTypeofTypes, dflt: "NFTNL_UDATA_SET_TYPEOF_???",
		kinds: map[uint8]udataKind{xlat.NFTNL_UDATA_SET_TYPEOF_EXPR: udU32, xlat.NFTNL_UDATA_SET_TYPEOF_DATA: udNested},
		inner: udataAny}
	udataSetRecs = &udataSet{names: xlat.NftnlUdataSetTypes, dflt: "NFTNL_UDATA_SET_???",
		kinds: map[uint8]udataKind{
			xlat.NFTNL_UDATA_SET_KEYBYTEORDER:   udByteorder,
			xlat.NFTNL_UDATA_SET_DATABYTEORDER:  udByteorder,
			xlat.NFTNL_UDATA_SET_MERGE_ELEMENTS: udU32,
			xlat.NFTNL_UDATA_SET_KEY_TYPEOF:     udNested,
			xlat.NFTNL_UDATA_SET_DATA_TYPEOF:    udNested,
			xlat.NFTNL_UDATA_SET_EXPR:           udNested,
			xlat.NFTNL_UDATA_SET_DATA_INTERVAL:  udU32,
			xlat.NFTNL_UDATA_SET_COMMENT:        udString,
		},
		inner: udataTypeof}
)

// udataAny is records whose types nldump has no names for: a value of 4
// bytes prints as a u32, one that holds records as those records.
var udataAny = &udataSet{}

func init() { udataAny.inner = udataAny }

// udataDec decodes NFTA_*_USERDATA as records of set.
type udataDec struct{ set *udataSet }

func (d udataDec) decode(s *state, off, n int) bool {
	if !udataWellFormed(s, off, n) {
		return false
	}
	s.udata(off, n, d.set)
	return true
}

func (udataDec) rule() rule { return rule{desc: "nft user data (records of type, length, value)"} }

// udataWellFormed: the records fill the n bytes exactly.
func udataWellFormed(s *state, off, n int) bool {
	if n < 2 {
		return false
	}
	for n > 0 {
		if n < 2 {
			return false
		}
		l := 2 + int(s.u8(off+1))
		if l > n {
			return false
		}
		off, n = off+l, n-l
	}
	return true
}

func (s *state) udata(off, n int, set *udataSet) {
	lst := s.openArray("", off, n)
	one := 2+int(s.u8(off+1)) == n
	if one {
		s.node(lst).flags |= flagBare
	}
	for n > 0 {
		typ := uint8(s.u8(off))
		l := int(s.u8(off + 1))
		s.openArray("", off, 2+l)
		s.openStruct("", off, 2)
		s.xvalV("type", uint64(typ), off, 1, set.names, set.dflt, numU)
		s.fieldU("len", off+1, 1)
		s.close()
		s.udataValue(off+2, l, typ, set)
		s.close()
		off, n = off+2+l, n-2-l
	}
	s.close()
}

func (s *state) udataValue(off, n int, typ uint8, set *udataSet) {
	kind, known := set.kinds[typ]
	switch {
	case known && kind == udString:
		s.str("", off, n, qNlaStr)
	case known && kind == udByteorder && n == 4:
		s.xval("", off, 4, xlat.NftUdataByteorder, "BYTEORDER_???")
	case known && kind == udElemFlags && n == 4:
		s.flagsF("", off, 4, xlat.NftnlUdataSetElemFlags, "NFTNL_SET_ELEM_F_???")
	case known && kind == udNested && set.inner != nil && udataWellFormed(s, off, n):
		s.udata(off, n, set.inner)
	case (!known || kind == udU32) && n == 4:
		s.fieldU("", off, 4)
	case !known && set.inner != nil && udataWellFormed(s, off, n):
		s.udata(off, n, set.inner)
	default:
		s.hex(off, n)
	}
}
