package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// SEG6 (linux/seg6_genl.h): the SRv6 HMAC keys and the tunnel source
// address (`ip sr`). SEG6_ATTR_HMACINFO of a dump holds the same set.
// SEG6_ATTR_SECRET is the key itself and stays hex.

var seg6Spec = &genlSpec{
	name:    "SEG6",
	cmds:    xlat.GenlSeg6Cmds,
	cmdDflt: "SEG6_CMD_???",
	attrs:   seg6Attrs,
}

var seg6Attrs = newSet(xlat.GenlSeg6Attrs, "SEG6_ATTR_???", []attrDec{
	xlat.SEG6_ATTR_DST:       gIn6Addr,
	xlat.SEG6_ATTR_DSTLEN:    gS32,
	xlat.SEG6_ATTR_HMACKEYID: gU32,
	xlat.SEG6_ATTR_SECRETLEN: gU8,
	xlat.SEG6_ATTR_ALGID:     gXval(xlat.GenlSeg6HmacAlgos, "SEG6_HMAC_ALGO_???", 1),
	xlat.SEG6_ATTR_HMACINFO:  nil, // set below: the same set again
})

func init() {
	seg6Attrs.dec[xlat.SEG6_ATTR_HMACINFO] = nestDec{seg6Attrs}
}

// IOAM6 (linux/ioam6_genl.h): IOAM namespaces and schemas (`ip ioam`), and
// the trace events of the ioam6_events group, numbered apart with their own
// attribute set. IOAM6_ATTR_SC_DATA and IOAM6_EVENT_ATTR_TRACE_DATA are
// opaque bytes and stay hex; IOAM6_ATTR_SC_NONE is a flag.

var ioam6Spec = &genlSpec{
	name:       "IOAM6",
	cmds:       xlat.GenlIoam6Cmds,
	cmdDflt:    "IOAM6_CMD_???",
	attrs:      ioam6Attrs,
	events:     xlat.GenlIoam6Events,
	eventDflt:  "IOAM6_EVENT_???",
	eventAttrs: ioam6EventAttrs,
}

var ioam6Attrs = newSet(xlat.GenlIoam6Attrs, "IOAM6_ATTR_???", []attrDec{
	xlat.IOAM6_ATTR_NS_ID:        gU16,
	xlat.IOAM6_ATTR_NS_DATA:      gU32,
	xlat.IOAM6_ATTR_NS_DATA_WIDE: gU64,
	xlat.IOAM6_ATTR_SC_ID:        gU32,
})

var ioam6EventAttrs = newSet(xlat.GenlIoam6EventAttrs, "IOAM6_EVENT_ATTR_???", []attrDec{
	xlat.IOAM6_EVENT_ATTR_TRACE_NAMESPACE: gU16,
	xlat.IOAM6_EVENT_ATTR_TRACE_NODELEN:   gU8,
	xlat.IOAM6_EVENT_ATTR_TRACE_TYPE:      gX32,
})
