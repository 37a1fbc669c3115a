package decode

import (
	"encoding/binary"
	"encoding/hex"
	"flag"
	"fmt"
	"github.com/nldump/nldump/decode/internal/xlat"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nldump/nldump/internal/stracecmp"
	"github.com/nldump/nldump/internal/straceoracle"
)

var tcDump = flag.Bool("tcdump", false, "print the traffic control test buffers as hex, one a line, for the strace oracle")

// Builders of little-endian test messages.

func tcU16(v uint16) []byte { return binary.LittleEndian.AppendUint16(nil, v) }
func tcU32(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
func tcU64(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }

func tcCat(bs ...[]byte) []byte {
	var out []byte
	for _, b := range bs {
		out = append(out, b...)
	}
	return out
}

// nla builds an attribute, padded to 4 bytes.
func tcNla(typ uint16, payload ...[]byte) []byte {
	p := tcCat(payload...)
	b := tcCat(tcU16(uint16(4+len(p))), tcU16(typ), p)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// nlmsg builds a message with sequence number and pid 0.
func tcMsg(typ, flags uint16, payload ...[]byte) []byte {
	p := tcCat(payload...)
	return tcCat(tcU32(uint32(16+len(p))), tcU16(typ), tcU16(flags), tcU32(0), tcU32(0), p)
}

func tcHdr(family uint8, ifindex int32, handle, parent, info uint32) []byte {
	return tcCat([]byte{family, 0, 0, 0}, tcU32(uint32(ifindex)), tcU32(handle), tcU32(parent), tcU32(info))
}

func tcStr(s string) []byte { return append([]byte(s), 0) }

func tcRep(b byte, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}

const (
	tcFRequest = 1
	tcFDump    = 0x300
)

type tcCase struct {
	name   string
	buf    []byte
	want   string // nldump's line
	strace string // strace 6.1's line for the same bytes
	// verdict of stracecmp on (strace, want): "match" or "deeper"
	verdict string
}

func tcCases() []tcCase {
	getq := func(p ...[]byte) []byte { return tcMsg(xlat.RTM_GETQDISC, tcFRequest|tcFDump, p...) }
	newq := func(p ...[]byte) []byte { return tcMsg(xlat.RTM_NEWQDISC, 0, p...) }
	newc := func(p ...[]byte) []byte { return tcMsg(xlat.RTM_NEWTCLASS, 0, p...) }
	newf := func(p ...[]byte) []byte { return tcMsg(xlat.RTM_NEWTFILTER, 0, p...) }
	tm := tcHdr(0, 2, 0x10000, 0xffffffff, 0)
	return []tcCase{
		{
			name:    "short tcmsg",
			buf:     getq([]byte{1, 0, 0, 0}),
			want:    `[{nlmsg_len=20, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNIX, ...}]`,
			strace:  `[{nlmsg_len=20, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNIX, ...}]`,
			verdict: "match",
		},
		{
			name:    "tcmsg without attributes",
			buf:     getq(tcHdr(1, 1, 0, 0, 0)),
			want:    `[{nlmsg_len=36, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNIX, tcm_ifindex=1, tcm_handle=0, tcm_parent=0, tcm_info=0}]`,
			strace:  `[{nlmsg_len=36, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNIX, tcm_ifindex=if_nametoindex("lo"), tcm_handle=0, tcm_parent=0, tcm_info=0}]`,
			verdict: "match",
		},
		{
			name:    "unknown TCA type",
			buf:     getq(tcHdr(1, 1, 0, 0, 0), tcNla(0x3fff, []byte("abcd"))),
			want:    `[{nlmsg_len=44, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNIX, tcm_ifindex=1, tcm_handle=0, tcm_parent=0, tcm_info=0}, [{nla_len=8, nla_type=0x3fff /* TCA_??? */}, "\x61\x62\x63\x64"]]`,
			strace:  `[{nlmsg_len=44, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNIX, tcm_ifindex=if_nametoindex("lo"), tcm_handle=0, tcm_parent=0, tcm_info=0}, [{nla_len=8, nla_type=0x3fff /* TCA_??? */}, "\x61\x62\x63\x64"]]`,
			verdict: "match",
		},
		{
			name: "TCA_STATS, short TCA_STATS, TCA_RATE",
			buf: newq(tm,
				tcNla(3, tcU64(0xabcdcdbefeadefac), tcU32(1), tcU32(2), tcU32(3), tcU32(4), tcU32(5), tcU32(6), tcU32(7)),
				tcNla(3, tcRep(0, 35)),
				tcNla(5, []byte{0xcd, 0xab})),
			want:    `[{nlmsg_len=124, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=40, nla_type=TCA_STATS}, {bytes=12379777170911653804, packets=1, drops=2, overlimits=3, bps=4, pps=5, qlen=6, backlog=7}], [{nla_len=39, nla_type=TCA_STATS}, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"], [{nla_len=6, nla_type=TCA_RATE}, {interval=-51, ewma_log=171}]]]`,
			strace:  `[{nlmsg_len=124, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=40, nla_type=TCA_STATS}, {bytes=12379777170911653804, packets=1, drops=2, overlimits=3, bps=4, pps=5, qlen=6, backlog=7}], [{nla_len=39, nla_type=TCA_STATS}, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"], [{nla_len=6, nla_type=TCA_RATE}, {interval=-51, ewma_log=171}]]]`,
			verdict: "match",
		},
		{
			name: "TCA_STAB",
			buf: newq(tm, tcNla(8,
				tcNla(1, []byte{1, 2}, tcU16(0xfffe), tcU32(0xfffffff0), tcU32(1), tcU32(64), tcU32(1500), tcU32(3)),
				tcNla(2, tcU16(10), tcU16(20), tcU16(30)),
				tcNla(3, []byte{1}))),
			want:    `[{nlmsg_len=88, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [{nla_len=52, nla_type=TCA_STAB}, [[{nla_len=28, nla_type=TCA_STAB_BASE}, {cell_log=1, size_log=2, cell_align=-2, overhead=-16, linklayer=1, mpu=64, mtu=1500, tsize=3}], [{nla_len=10, nla_type=TCA_STAB_DATA}, [10, 20, 30]], [{nla_len=5, nla_type=0x3 /* TCA_STAB_??? */}, "\x01"]]]]`,
			strace:  `[{nlmsg_len=88, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [{nla_len=52, nla_type=TCA_STAB}, [[{nla_len=28, nla_type=TCA_STAB_BASE}, {cell_log=1, size_log=2, cell_align=-2, overhead=-16, linklayer=1, mpu=64, mtu=1500, tsize=3}], [{nla_len=10, nla_type=TCA_STAB_DATA}, [10, 20, 30]], [{nla_len=5, nla_type=0x3 /* TCA_STAB_??? */}, "\x01"]]]]`,
			verdict: "match",
		},
		{
			name: "TCA_STATS2 of an unknown kind",
			buf: newq(tm, tcNla(1, tcStr("xyz")), tcNla(7,
				tcNla(1, tcU64(100), tcU32(2)),
				tcNla(2, tcU32(3), tcU32(4)),
				tcNla(3, tcU32(1), tcU32(2), tcU32(3), tcU32(4), tcU32(5)),
				tcNla(4, tcU32(0xdeadbeef)),
				tcNla(5, tcU64(6), tcU64(7)),
				tcNla(7, tcU64(8), tcU32(9)),
				tcNla(8, tcU64(0xdeadc0defacefeed)),
				tcNla(9, tcU32(1)))),
			want:    `[{nlmsg_len=164, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "xyz"], [{nla_len=120, nla_type=TCA_STATS2}, [[{nla_len=16, nla_type=TCA_STATS_BASIC}, {bytes=100, packets=2}], [{nla_len=12, nla_type=TCA_STATS_RATE_EST}, {bps=3, pps=4}], [{nla_len=24, nla_type=TCA_STATS_QUEUE}, {qlen=1, backlog=2, drops=3, requeues=4, overlimits=5}], [{nla_len=8, nla_type=TCA_STATS_APP}, "\xef\xbe\xad\xde"], [{nla_len=20, nla_type=TCA_STATS_RATE_EST64}, {bps=6, pps=7}], [{nla_len=16, nla_type=TCA_STATS_BASIC_HW}, {bytes=8, packets=9}], [{nla_len=12, nla_type=TCA_STATS_PKT64}, 16045693111314087661], [{nla_len=8, nla_type=0x9 /* TCA_STATS_??? */}, "\x01\x00\x00\x00"]]]]]`,
			strace:  `[{nlmsg_len=164, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "xyz"], [{nla_len=120, nla_type=TCA_STATS2}, [[{nla_len=16, nla_type=TCA_STATS_BASIC}, {bytes=100, packets=2}], [{nla_len=12, nla_type=TCA_STATS_RATE_EST}, {bps=3, pps=4}], [{nla_len=24, nla_type=TCA_STATS_QUEUE}, {qlen=1, backlog=2, drops=3, requeues=4, overlimits=5}], [{nla_len=8, nla_type=TCA_STATS_APP}, "\xef\xbe\xad\xde"], [{nla_len=20, nla_type=TCA_STATS_RATE_EST64}, {bps=6, pps=7}], [{nla_len=16, nla_type=TCA_STATS_BASIC_HW}, {bytes=8, packets=9}], [{nla_len=12, nla_type=TCA_STATS_PKT64}, 16045693111314087661], [{nla_len=8, nla_type=0x9 /* TCA_STATS_??? */}, "\x01\x00\x00\x00"]]]]]`,
			verdict: "match",
		},
		{
			name: "numbers: chain, offload, blocks, dump flags, fcnt",
			buf: getq(tcHdr(0, 0, 0, 0, 0),
				tcNla(11, tcU32(7)), tcNla(12, []byte{1}), tcNla(13, tcU32(10)), tcNla(14, tcU32(11)),
				tcNla(15, tcU32(1)), tcNla(6, tcU32(3))),
			want:    `[{nlmsg_len=84, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=0, tcm_handle=0, tcm_parent=0, tcm_info=0}, [[{nla_len=8, nla_type=TCA_CHAIN}, 7], [{nla_len=5, nla_type=TCA_HW_OFFLOAD}, 1], [{nla_len=8, nla_type=TCA_INGRESS_BLOCK}, 10], [{nla_len=8, nla_type=TCA_EGRESS_BLOCK}, 11], [{nla_len=8, nla_type=TCA_DUMP_FLAGS}, 1], [{nla_len=8, nla_type=TCA_FCNT}, 3]]]`,
			strace:  `[{nlmsg_len=84, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=0, tcm_handle=0, tcm_parent=0, tcm_info=0}, [[{nla_len=8, nla_type=TCA_CHAIN}, 7], [{nla_len=5, nla_type=TCA_HW_OFFLOAD}, 1], [{nla_len=8, nla_type=TCA_INGRESS_BLOCK}, 10], [{nla_len=8, nla_type=TCA_EGRESS_BLOCK}, 11], [{nla_len=8, nla_type=TCA_DUMP_FLAGS}, 1], [{nla_len=8, nla_type=TCA_FCNT}, 3]]]`,
			verdict: "match",
		},
		{
			name:    "TCA_EXT_WARN_MSG (newer than strace 6.1)",
			buf:     newq(tm, tcNla(16, tcStr("careful"))),
			want:    `[{nlmsg_len=48, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [{nla_len=12, nla_type=TCA_EXT_WARN_MSG}, "careful"]]`,
			strace:  `[{nlmsg_len=48, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [{nla_len=12, nla_type=0x10 /* TCA_??? */}, "\x63\x61\x72\x65\x66\x75\x6c\x00"]]`,
			verdict: "deeper",
		},
		{
			name:    "unknown kind: TCA_OPTIONS and TCA_XSTATS stay hex",
			buf:     newq(tm, tcNla(1, tcStr("zzz")), tcNla(2, tcU32(1)), tcNla(4, tcU32(2))),
			want:    `[{nlmsg_len=60, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "zzz"], [{nla_len=8, nla_type=TCA_OPTIONS}, "\x01\x00\x00\x00"], [{nla_len=8, nla_type=TCA_XSTATS}, "\x02\x00\x00\x00"]]]`,
			strace:  `[{nlmsg_len=60, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "zzz"], [{nla_len=8, nla_type=TCA_OPTIONS}, "\x01\x00\x00\x00"], [{nla_len=8, nla_type=TCA_XSTATS}, "\x02\x00\x00\x00"]]]`,
			verdict: "match",
		},
		{
			name:    "htb: TCA_OPTIONS before TCA_KIND, short TCA_HTB_INIT",
			buf:     newq(tm, tcNla(2, tcNla(2, tcU32(3), tcU32(10), tcU32(0x10), tcU32(0), tcU32(0)), tcNla(2, tcU32(3), tcU32(10), tcU32(0x10))), tcNla(1, tcStr("htb"))),
			want:    `[{nlmsg_len=88, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=44, nla_type=TCA_OPTIONS}, [[{nla_len=24, nla_type=TCA_HTB_INIT}, {version=3, rate2quantum=10, defcls=0x10, debug=0, direct_pkts=0}], [{nla_len=16, nla_type=TCA_HTB_INIT}, "\x03\x00\x00\x00\x0a\x00\x00\x00\x10\x00\x00\x00"]]], [{nla_len=8, nla_type=TCA_KIND}, "htb"]]]`,
			strace:  `[{nlmsg_len=88, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=44, nla_type=TCA_OPTIONS}, "\x18\x00\x02\x00\x03\x00\x00\x00\x0a\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x02\x00\x03\x00\x00\x00\x0a\x00\x00\x00\x10\x00\x00\x00"], [{nla_len=8, nla_type=TCA_KIND}, "htb"]]]`,
			verdict: "deeper",
		},
		{
			name: "htb class statistics: TCA_STATS_APP and TCA_XSTATS",
			buf: newc(tcHdr(0, 2, 0x10010, 0x10001, 0), tcNla(1, tcStr("htb")),
				tcNla(7, tcNla(4, tcU32(1), tcU32(2), tcU32(3), tcU32(0xfffffffe), tcU32(5))),
				tcNla(4, tcU32(1), tcU32(2), tcU32(3), tcU32(4))),
			want:    `[{nlmsg_len=92, nlmsg_type=RTM_NEWTCLASS, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65552, tcm_parent=65537, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "htb"], [{nla_len=28, nla_type=TCA_STATS2}, [{nla_len=24, nla_type=TCA_STATS_APP}, {lends=1, borrows=2, giants=3, tokens=-2, ctokens=5}]], [{nla_len=20, nla_type=TCA_XSTATS}, "\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00"]]]`,
			strace:  `[{nlmsg_len=92, nlmsg_type=RTM_NEWTCLASS, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65552, tcm_parent=65537, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "htb"], [{nla_len=28, nla_type=TCA_STATS2}, [{nla_len=24, nla_type=TCA_STATS_APP}, "\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\xfe\xff\xff\xff\x05\x00\x00\x00"]], [{nla_len=20, nla_type=TCA_XSTATS}, "\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00"]]]`,
			verdict: "deeper",
		},
		{
			name:    "netem: short options, bare struct",
			buf:     newq(tm, tcNla(1, tcStr("netem")), tcNla(2, tcRep(0, 20))),
			want:    `[{nlmsg_len=72, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=10, nla_type=TCA_KIND}, "netem"], [{nla_len=24, nla_type=TCA_OPTIONS}, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"]]]`,
			strace:  `[{nlmsg_len=72, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=10, nla_type=TCA_KIND}, "netem"], [{nla_len=24, nla_type=TCA_OPTIONS}, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"]]]`,
			verdict: "match",
		},
		{
			name:    "netem: struct and attributes",
			buf:     newq(tm, tcNla(1, tcStr("netem")), tcNla(2, tcU32(1000), tcU32(100), tcU32(0), tcU32(0), tcU32(0), tcU32(50), tcNla(7, tcU32(1)))),
			want:    `[{nlmsg_len=84, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=10, nla_type=TCA_KIND}, "netem"], [{nla_len=36, nla_type=TCA_OPTIONS}, [{latency=1000, limit=100, loss=0, gap=0, duplicate=0, jitter=50}, [{nla_len=8, nla_type=TCA_NETEM_ECN}, 1]]]]]`,
			strace:  `[{nlmsg_len=84, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=10, nla_type=TCA_KIND}, "netem"], [{nla_len=36, nla_type=TCA_OPTIONS}, "\xe8\x03\x00\x00\x64\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x32\x00\x00\x00\x08\x00\x07\x00\x01\x00\x00\x00"]]]`,
			verdict: "deeper",
		},
		{
			name: "fq_codel statistics: qdisc, class, unknown type, short",
			buf: newq(tm, tcNla(1, tcStr("fq_codel")), tcNla(7,
				tcNla(4, tcU32(0), tcU32(1514), tcU32(2), tcU32(3), tcU32(4), tcU32(5), tcU32(6), tcU32(7), tcU32(8), tcU32(9)),
				tcNla(4, tcU32(1), tcU32(0xffffffff), tcU32(2), tcU32(3), tcU32(4), tcU32(5), tcU32(0xfffffff0), tcRep(0, 12)),
				tcNla(4, tcU32(7)),
				tcNla(4, []byte{0, 0, 0}))),
			want:    `[{nlmsg_len=160, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=13, nla_type=TCA_KIND}, "fq_codel"], [{nla_len=108, nla_type=TCA_STATS2}, [[{nla_len=44, nla_type=TCA_STATS_APP}, {type=TCA_FQ_CODEL_XSTATS_QDISC, qdisc_stats={maxpacket=1514, drop_overlimit=2, ecn_mark=3, new_flow_count=4, new_flows_len=5, old_flows_len=6, ce_mark=7, memory_usage=8, drop_overmemory=9}}], [{nla_len=44, nla_type=TCA_STATS_APP}, {type=TCA_FQ_CODEL_XSTATS_CLASS, class_stats={deficit=-1, ldelay=2, count=3, lastcount=4, dropping=5, drop_next=-16}}], [{nla_len=8, nla_type=TCA_STATS_APP}, {type=0x7 /* TCA_FQ_CODEL_XSTATS_??? */}], [{nla_len=7, nla_type=TCA_STATS_APP}, "\x00\x00\x00"]]]]]`,
			strace:  `[{nlmsg_len=160, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=13, nla_type=TCA_KIND}, "fq_codel"], [{nla_len=108, nla_type=TCA_STATS2}, [[{nla_len=44, nla_type=TCA_STATS_APP}, "\x00\x00\x00\x00\xea\x05\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x06\x00\x00\x00\x07\x00\x00\x00\x08\x00\x00\x00\x09\x00\x00\x00"], [{nla_len=44, nla_type=TCA_STATS_APP}, "\x01\x00\x00\x00\xff\xff\xff\xff\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\xf0\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"], [{nla_len=8, nla_type=TCA_STATS_APP}, "\x07\x00\x00\x00"], [{nla_len=7, nla_type=TCA_STATS_APP}, "\x00\x00\x00"]]]]]`,
			verdict: "deeper",
		},
		{
			name: "u32: a selector with fewer keys than nkeys",
			buf: newf(tcHdr(0, 2, 0, 0xffff0000, 0x80003), tcNla(1, tcStr("u32")), tcNla(2,
				tcNla(5, []byte{1, 0, 2, 0}, []byte{0, 0}, tcU16(0), tcU16(0), tcU16(0), tcU32(0),
					[]byte{0xff, 0xff, 0xff, 0xff, 10, 0, 0, 1}, tcU32(16), tcU32(0)))),
			want:    `[{nlmsg_len=84, nlmsg_type=RTM_NEWTFILTER, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=0, tcm_parent=4294901760, tcm_info=524291}, [[{nla_len=8, nla_type=TCA_KIND}, "u32"], [{nla_len=40, nla_type=TCA_OPTIONS}, [{nla_len=36, nla_type=TCA_U32_SEL}, {flags=TC_U32_TERMINAL, offshift=0, nkeys=2, offmask=htons(0), off=0, offoff=0, hoff=0, hmask=htonl(0), keys=[{mask=htonl(0xffffffff), val=htonl(0xa000001), off=16, offmask=0}, ...]}]]]]`,
			strace:  `[{nlmsg_len=84, nlmsg_type=RTM_NEWTFILTER, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=0, tcm_parent=4294901760, tcm_info=524291}, [[{nla_len=8, nla_type=TCA_KIND}, "u32"], [{nla_len=40, nla_type=TCA_OPTIONS}, "\x24\x00\x05\x00\x01\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\x0a\x00\x00\x01\x10\x00\x00\x00\x00\x00\x00\x00"]]]`,
			verdict: "deeper",
		},
		{
			name: "filter actions: goto chain, unknown action kind, classic BPF",
			buf: newf(tcHdr(0, 2, 0, 0xffff0000, 0), tcNla(1, tcStr("bpf")), tcNla(2,
				tcNla(1,
					tcNla(1, tcNla(1, tcStr("gact")), tcNla(2, tcNla(2, tcU32(0), tcU32(0), tcU32(0x20000005), tcU32(0), tcU32(0)))),
					tcNla(2, tcNla(1, tcStr("nosuch")), tcNla(2, tcU32(9)))),
				tcNla(5, tcU16(0x15), []byte{0, 1}, tcU32(0x800), tcU16(0x06), []byte{0, 0}, tcU32(0), []byte{1, 2, 3}))),
			want:    `[{nlmsg_len=144, nlmsg_type=RTM_NEWTFILTER, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=0, tcm_parent=4294901760, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "bpf"], [{nla_len=100, nla_type=TCA_OPTIONS}, [[{nla_len=72, nla_type=TCA_BPF_ACT}, [[{nla_len=44, nla_type=0x1}, [[{nla_len=9, nla_type=TCA_ACT_KIND}, "gact"], [{nla_len=28, nla_type=TCA_ACT_OPTIONS}, [{nla_len=24, nla_type=TCA_GACT_PARMS}, {index=0, capab=0, action=TC_ACT_GOTO_CHAIN|0x5, refcnt=0, bindcnt=0}]]]], [{nla_len=24, nla_type=0x2}, [[{nla_len=11, nla_type=TCA_ACT_KIND}, "nosuch"], [{nla_len=8, nla_type=TCA_ACT_OPTIONS}, "\x09\x00\x00\x00"]]]]], [{nla_len=23, nla_type=TCA_BPF_OPS}, [BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x800, 0, 0x1), BPF_STMT(BPF_RET|BPF_K, 0)]]]]]]`,
			strace:  `[{nlmsg_len=144, nlmsg_type=RTM_NEWTFILTER, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=0, tcm_parent=4294901760, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "bpf"], [{nla_len=100, nla_type=TCA_OPTIONS}, "\x48\x00\x01\x00\x2c\x00\x01\x00\x09\x00\x01\x00\x67\x61\x63\x74\x00\x00\x00\x00\x1c\x00\x02\x00\x18\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x00\x18\x00\x02\x00\x0b\x00\x01\x00\x6e\x6f\x73\x75\x63\x68\x00\x00\x08\x00\x02\x00\x09\x00\x00\x00\x17\x00\x05\x00\x15\x00\x00\x01\x00\x08\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x01\x02\x03\x00"]]]`,
			verdict: "deeper",
		},
		{
			name:    "fq statistics: Linux 6.1 and later layouts",
			buf:     newq(tm, tcNla(1, tcStr("fq")), tcNla(4, tcRep(1, 104)), tcNla(7, tcNla(4, tcRep(2, 152)))),
			want:    `[{nlmsg_len=312, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=7, nla_type=TCA_KIND}, "fq"], [{nla_len=108, nla_type=TCA_XSTATS}, {gc_flows=72340172838076673, highprio_packets=72340172838076673, tcp_retrans=72340172838076673, throttled=72340172838076673, flows_plimit=72340172838076673, pkts_too_long=72340172838076673, allocation_errors=72340172838076673, time_next_delayed_flow=72340172838076673, flows=16843009, inactive_flows=16843009, throttled_flows=16843009, unthrottle_latency_ns=16843009, ce_mark=72340172838076673, horizon_drops=72340172838076673, horizon_caps=72340172838076673}], [{nla_len=160, nla_type=TCA_STATS2}, [{nla_len=156, nla_type=TCA_STATS_APP}, {gc_flows=144680345676153346, highprio_packets=144680345676153346, tcp_retrans=144680345676153346, throttled=144680345676153346, flows_plimit=144680345676153346, pkts_too_long=144680345676153346, allocation_errors=144680345676153346, time_next_delayed_flow=144680345676153346, flows=33686018, inactive_flows=33686018, throttled_flows=33686018, unthrottle_latency_ns=33686018, ce_mark=144680345676153346, horizon_drops=144680345676153346, horizon_caps=144680345676153346, fastpath_packets=144680345676153346, band_drops=[144680345676153346, 144680345676153346, 144680345676153346], band_pkt_count=[33686018, 33686018, 33686018], pad=33686018}]]]]`,
			strace:  `[{nlmsg_len=312, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=7, nla_type=TCA_KIND}, "fq"], [{nla_len=108, nla_type=TCA_XSTATS}, "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"], [{nla_len=160, nla_type=TCA_STATS2}, [{nla_len=156, nla_type=TCA_STATS_APP}, "\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02"]]]]`,
			verdict: "deeper",
		},
		{
			name: "sfq class statistics, red qdisc statistics",
			buf: tcCat(newc(tcHdr(0, 2, 0x10001, 0x10000, 0), tcNla(1, tcStr("sfq")), tcNla(4, tcU32(0xfffffffd))),
				newq(tm, tcNla(1, tcStr("red")), tcNla(4, tcU32(1), tcU32(2), tcU32(3), tcU32(4)))),
			want:    `[[{nlmsg_len=52, nlmsg_type=RTM_NEWTCLASS, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65537, tcm_parent=65536, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "sfq"], [{nla_len=8, nla_type=TCA_XSTATS}, {allot=-3}]]], [{nlmsg_len=64, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "red"], [{nla_len=20, nla_type=TCA_XSTATS}, {early=1, pdrop=2, other=3, marked=4}]]]]`,
			strace:  `[[{nlmsg_len=52, nlmsg_type=RTM_NEWTCLASS, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65537, tcm_parent=65536, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "sfq"], [{nla_len=8, nla_type=TCA_XSTATS}, "\xfd\xff\xff\xff"]]], [{nlmsg_len=64, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "red"], [{nla_len=20, nla_type=TCA_XSTATS}, "\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00"]]]]`,
			verdict: "deeper",
		},
		{
			name: "cake statistics: nested, with tins",
			buf: newq(tm, tcNla(1, tcStr("cake")), tcNla(7, tcNla(4,
				tcNla(2, tcU64(12500000)),
				tcNla(10, tcNla(1, tcNla(2, tcU32(7)), tcNla(3, tcU64(700))))))),
			want:    `[{nlmsg_len=96, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=9, nla_type=TCA_KIND}, "cake"], [{nla_len=48, nla_type=TCA_STATS2}, [{nla_len=44, nla_type=TCA_STATS_APP}, [[{nla_len=12, nla_type=TCA_CAKE_STATS_CAPACITY_ESTIMATE64}, 12500000], [{nla_len=28, nla_type=TCA_CAKE_STATS_TIN_STATS}, [{nla_len=24, nla_type=0x1}, [[{nla_len=8, nla_type=TCA_CAKE_TIN_STATS_SENT_PACKETS}, 7], [{nla_len=12, nla_type=TCA_CAKE_TIN_STATS_SENT_BYTES64}, 700]]]]]]]]]`,
			strace:  `[{nlmsg_len=96, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=9, nla_type=TCA_KIND}, "cake"], [{nla_len=48, nla_type=TCA_STATS2}, [{nla_len=44, nla_type=TCA_STATS_APP}, "\x0c\x00\x02\x00\x20\xbc\xbe\x00\x00\x00\x00\x00\x1c\x00\x0a\x00\x18\x00\x01\x00\x08\x00\x02\x00\x07\x00\x00\x00\x0c\x00\x03\x00\xbc\x02\x00\x00\x00\x00\x00\x00"]]]]`,
			verdict: "deeper",
		},
		{
			name: "mqprio and ets options",
			buf: tcCat(newq(tm, tcNla(1, tcStr("mqprio")), tcNla(2, []byte{2, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, tcRep(0, 65), tcNla(1, tcU16(1)))),
				newq(tm, tcNla(1, tcStr("ets")), tcNla(2, tcNla(1, []byte{3}), tcNla(3, tcNla(4, tcU32(1500)), tcNla(4, tcU32(3000))), tcNla(5, tcNla(6, []byte{2}))))),
			want:    `[[{nlmsg_len=144, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=11, nla_type=TCA_KIND}, "mqprio"], [{nla_len=96, nla_type=TCA_OPTIONS}, [{num_tc=2, prio_tc_map=[0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], hw=TC_MQPRIO_HW_OFFLOAD_NONE, count=[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], offset=[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}, [{nla_len=6, nla_type=TCA_MQPRIO_MODE}, TC_MQPRIO_MODE_CHANNEL]]]]], [{nlmsg_len=88, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "ets"], [{nla_len=44, nla_type=TCA_OPTIONS}, [[{nla_len=5, nla_type=TCA_ETS_NBANDS}, 3], [{nla_len=20, nla_type=TCA_ETS_QUANTA}, [[{nla_len=8, nla_type=TCA_ETS_QUANTA_BAND}, 1500], [{nla_len=8, nla_type=TCA_ETS_QUANTA_BAND}, 3000]]], [{nla_len=12, nla_type=TCA_ETS_PRIOMAP}, [{nla_len=5, nla_type=TCA_ETS_PRIOMAP_BAND}, 2]]]]]]]`,
			strace:  `[[{nlmsg_len=144, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=11, nla_type=TCA_KIND}, "mqprio"], [{nla_len=96, nla_type=TCA_OPTIONS}, "\x02\x00\x00\x00\x00\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x01\x00\x01\x00\x00\x00"]]], [{nlmsg_len=88, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=65536, tcm_parent=4294967295, tcm_info=0}, [[{nla_len=8, nla_type=TCA_KIND}, "ets"], [{nla_len=44, nla_type=TCA_OPTIONS}, "\x05\x00\x01\x00\x03\x00\x00\x00\x14\x00\x03\x00\x08\x00\x04\x00\xdc\x05\x00\x00\x08\x00\x04\x00\xb8\x0b\x00\x00\x0c\x00\x05\x00\x05\x00\x06\x00\x02\x00\x00\x00"]]]]`,
			verdict: "deeper",
		},
		{
			name: "action flags, hw stats, police result",
			buf: newf(tcHdr(0, 2, 0, 0xffff0000, 0), tcNla(1, tcStr("matchall")), tcNla(2, tcNla(2,
				tcNla(1, tcNla(1, tcStr("police")), tcNla(7, tcU32(2), tcU32(7)), tcNla(8, tcU32(1), tcU32(3)),
					tcNla(2, tcNla(5, tcU32(0xffffffff)), tcNla(5, tcU32(99)), tcNla(5, tcU32(0x10000002))))))),
			want:    `[{nlmsg_len=128, nlmsg_type=RTM_NEWTFILTER, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=0, tcm_parent=4294901760, tcm_info=0}, [[{nla_len=13, nla_type=TCA_KIND}, "matchall"], [{nla_len=76, nla_type=TCA_OPTIONS}, [{nla_len=72, nla_type=TCA_MATCHALL_ACT}, [{nla_len=68, nla_type=0x1}, [[{nla_len=11, nla_type=TCA_ACT_KIND}, "police"], [{nla_len=12, nla_type=TCA_ACT_FLAGS}, {value=TCA_ACT_FLAGS_SKIP_HW, selector=TCA_ACT_FLAGS_NO_PERCPU_STATS|TCA_ACT_FLAGS_SKIP_HW|TCA_ACT_FLAGS_SKIP_SW}], [{nla_len=12, nla_type=TCA_ACT_HW_STATS}, {value=TCA_ACT_HW_STATS_IMMEDIATE, selector=TCA_ACT_HW_STATS_IMMEDIATE|TCA_ACT_HW_STATS_DELAYED}], [{nla_len=28, nla_type=TCA_ACT_OPTIONS}, [[{nla_len=8, nla_type=TCA_POLICE_RESULT}, TC_ACT_UNSPEC], [{nla_len=8, nla_type=TCA_POLICE_RESULT}, 99 /* TC_ACT_??? */], [{nla_len=8, nla_type=TCA_POLICE_RESULT}, TC_ACT_JUMP|0x2]]]]]]]]]`,
			strace:  `[{nlmsg_len=128, nlmsg_type=RTM_NEWTFILTER, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=2, tcm_handle=0, tcm_parent=4294901760, tcm_info=0}, [[{nla_len=13, nla_type=TCA_KIND}, "matchall"], [{nla_len=76, nla_type=TCA_OPTIONS}, "\x48\x00\x02\x00\x44\x00\x01\x00\x0b\x00\x01\x00\x70\x6f\x6c\x69\x63\x65\x00\x00\x0c\x00\x07\x00\x02\x00\x00\x00\x07\x00\x00\x00\x0c\x00\x08\x00\x01\x00\x00\x00\x03\x00\x00\x00\x1c\x00\x02\x00\x08\x00\x05\x00\xff\xff\xff\xff\x08\x00\x05\x00\x63\x00\x00\x00\x08\x00\x05\x00\x02\x00\x00\x10"]]]`,
			verdict: "deeper",
		},
		{
			name:    "short tcamsg",
			buf:     tcMsg(xlat.RTM_GETACTION, tcFRequest|tcFDump, []byte{0, 0}),
			want:    `[{nlmsg_len=18, nlmsg_type=RTM_GETACTION, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tca_family=AF_UNSPEC}]`,
			strace:  `[{nlmsg_len=18, nlmsg_type=RTM_GETACTION, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tca_family=AF_UNSPEC}]`,
			verdict: "match",
		},
		{
			// strace 6.1 prints these as TCA_ACT_* (see differences.txt)
			name: "tcamsg: TCA_ROOT_* attributes",
			buf: tcMsg(xlat.RTM_GETACTION, tcFRequest|tcFDump, []byte{0, 0, 0, 0},
				tcNla(1, tcNla(1, tcNla(1, tcStr("mirred")))),
				tcNla(2, tcU32(1), tcU32(1)),
				tcNla(3, tcU32(2)), tcNla(4, tcU32(100)), tcNla(6, []byte{1})),
			want:    `[{nlmsg_len=76, nlmsg_type=RTM_GETACTION, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tca_family=AF_UNSPEC}, [[{nla_len=20, nla_type=TCA_ROOT_TAB}, [{nla_len=16, nla_type=0x1}, [{nla_len=11, nla_type=TCA_ACT_KIND}, "mirred"]]], [{nla_len=12, nla_type=TCA_ROOT_FLAGS}, {value=TCA_FLAG_LARGE_DUMP_ON, selector=TCA_FLAG_LARGE_DUMP_ON}], [{nla_len=8, nla_type=TCA_ROOT_COUNT}, 2], [{nla_len=8, nla_type=TCA_ROOT_TIME_DELTA}, 100], [{nla_len=5, nla_type=0x6 /* TCA_ROOT_??? */}, "\x01"]]]`,
			strace:  `[{nlmsg_len=76, nlmsg_type=RTM_GETACTION, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, {tca_family=AF_UNSPEC}, [[{nla_len=20, nla_type=TCA_ACT_KIND}, "\20\0\1\0\v\0\1\0mirred\0"], [{nla_len=12, nla_type=TCA_ACT_OPTIONS}, "\x01\x00\x00\x00\x01\x00\x00\x00"], [{nla_len=8, nla_type=TCA_ACT_INDEX}, 2], [{nla_len=8, nla_type=TCA_ACT_STATS}, {nla_len=100, nla_type=TCA_STATS_UNSPEC}], [{nla_len=5, nla_type=TCA_ACT_COOKIE}, "\x01"]]]`,
			verdict: "mismatch",
		},
	}
}

func TestTcCases(t *testing.T) {
	for _, c := range tcCases() {
		got := Strace(ProtoRoute, c.buf)
		if *tcDump {
			fmt.Printf("%s\t%s\n", hex.EncodeToString(c.buf), got)
			continue
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
			continue
		}
		if c.strace == "" {
			continue
		}
		if v, diffs := stracecmp.Verdict(c.strace, got); v != c.verdict {
			t.Errorf("%s: %s from strace, want %s: %v", c.name, v, c.verdict, diffs)
		}
	}
}

// TestTcMalformed decodes truncated and corrupted variants of every
// recorded traffic control buffer: no panic, one line each.
func TestTcMalformed(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/tc-*.jsonl")
	if len(files) == 0 {
		t.Skip("no tc corpus")
	}
	d := NewDecoder(Options{})
	n := 0
	check := func(b []byte) {
		n++
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("panic on %x: %v", b, r)
			}
		}()
		if s := d.Decode(b).String(); strings.ContainsAny(s, "\n") || s == "" {
			t.Fatalf("not one line for %x: %q", b, s)
		}
	}
	for _, f := range files {
		for _, r := range readRecords(t, f) {
			b, _ := hex.DecodeString(r.Hex)
			step := max(1, len(b)/32)
			for l := 0; l < len(b); l += step {
				check(b[:l])
				c := append([]byte(nil), b[:l]...)
				if l >= 4 {
					binary.LittleEndian.PutUint32(c, uint32(l))
				}
				check(c)
			}
			// every attribute-looking header with bad lengths and flags
			if len(b) > 1500 {
				continue
			}
			for off := 16; off+4 <= len(b); off += 4 {
				for _, v := range []uint16{3, 5, 0xffff} {
					c := append([]byte(nil), b...)
					binary.LittleEndian.PutUint16(c[off:], v)
					check(c)
				}
				c := append([]byte(nil), b...)
				c[off+3] ^= 0xc0
				check(c)
			}
		}
	}
	t.Logf("%d variants", n)
}

// BenchmarkTcDump decodes and renders the recorded tc dumps and requests.
func BenchmarkTcDump(b *testing.B) {
	files, _ := filepath.Glob("../testdata/corpus/tc-*.jsonl")
	var bufs [][]byte
	size := 0
	for _, f := range files {
		var t testing.T
		for _, r := range readRecords(&t, f) {
			buf, _ := hex.DecodeString(r.Hex)
			bufs = append(bufs, buf)
			size += len(buf)
		}
	}
	d := NewDecoder(Options{})
	var out []byte
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, buf := range bufs {
			out = d.Decode(buf).AppendStraceAll(out[:0], &DefaultFormat)
		}
	}
}

// TestTcCasesAgainstStrace checks that the strace lines of the cases above
// are what strace 6.1 prints for their bytes.
func TestTcCasesAgainstStrace(t *testing.T) {
	needStrace(t)
	cases := tcCases()
	var bufs [][]byte
	for _, c := range cases {
		bufs = append(bufs, c.buf)
	}
	texts, err := straceoracle.Decode(int(ProtoRoute), bufs)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		// strace names interface 1 by its name in its namespace
		want := strings.ReplaceAll(c.strace, `if_nametoindex("lo")`, "1")
		got := strings.ReplaceAll(texts[i], `if_nametoindex("lo")`, "1")
		if got != want {
			t.Errorf("%s: strace prints\n%s\nthe test expects\n%s", c.name, texts[i], c.strace)
		}
	}
}

// FuzzTc starts from the traffic control test buffers: no panic, one
// line, and every node inside the buffer.
func FuzzTc(f *testing.F) {
	for _, c := range tcCases() {
		f.Add(c.buf)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tr := NewDecoder(Options{}).Decode(b)
		if s := tr.String(); strings.Contains(s, "\n") {
			t.Fatalf("more than one line: %q", s)
		}
		for i := 0; i < tr.Len(); i++ {
			if n := tr.Node(i); n.Offset()+n.Len() > len(b) {
				t.Fatalf("node %d covers %d+%d of %d bytes", i, n.Offset(), n.Len(), len(b))
			}
		}
	})
}
