package decode

import (
	"fmt"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// TCA_OPTIONS and statistics of qdiscs and their classes, by kind
// (linux/pkt_sched.h). strace 6.1 prints all of them as hex strings.

// tcQdiscKind says how to read the TCA_OPTIONS and the private statistics
// (TCA_XSTATS, TCA_STATS_APP) of a qdisc kind and of its classes.
type tcQdiscKind struct {
	qopt    attrDec // TCA_OPTIONS of the qdisc
	copt    attrDec // TCA_OPTIONS of a class
	qxstats attrDec // statistics of the qdisc
	cxstats attrDec // statistics of a class
}

var tcQdiscKinds = map[string]*tcQdiscKind{
	"htb":             {qopt: nestDec{tcaHtbAttrs}, copt: nestDec{tcaHtbAttrs}, cxstats: layoutDec{tcHtbXstats}},
	"tbf":             {qopt: nestDec{tcaTbfAttrs}},
	"pfifo":           {qopt: layoutDec{tcFifoQopt}},
	"bfifo":           {qopt: layoutDec{tcFifoQopt}},
	"pfifo_head_drop": {qopt: layoutDec{tcFifoQopt}},
	"skbprio":         {qopt: layoutDec{tcFifoQopt}},
	"pfifo_fast":      {qopt: layoutDec{tcPrioQopt}},
	"prio":            {qopt: layoutDec{tcPrioQopt}},
	"multiq":          {qopt: layoutDec{tcMultiqQopt}},
	"plug":            {qopt: layoutDec{tcPlugQopt}},
	"mq":              {},
	"noqueue":         {},
	"noop":            {},
	"blackhole":       {},
	"ingress":         {},
	"clsact":          {},
	"sfq":             {qopt: tcSfqQopts, cxstats: layoutDec{tcSfqXstats}},
	"red":             {qopt: nestDec{tcaRedAttrs}, qxstats: layoutDec{tcRedXstats}},
	"choke":           {qopt: nestDec{tcaChokeAttrs}, qxstats: layoutDec{tcChokeXstats}},
	"gred":            {qopt: nestDec{tcaGredAttrs}},
	"netem":           {qopt: structAttrsDec{tcNetemQopt, tcaNetemAttrs}},
	"drr":             {copt: nestDec{tcaDrrAttrs}, cxstats: layoutDec{tcDrrStats}},
	"qfq":             {copt: nestDec{tcaQfqAttrs}, cxstats: layoutDec{tcQfqStats}},
	"hfsc":            {qopt: layoutDec{tcHfscQopt}, copt: nestDec{tcaHfscAttrs}, cxstats: layoutDec{tcHfscStats}},
	"codel":           {qopt: nestDec{tcaCodelAttrs}, qxstats: layoutDec{tcCodelXstats}},
	"fq_codel":        {qopt: nestDec{tcaFqCodelAttrs}, qxstats: tcFqCodelXstats, cxstats: tcFqCodelXstats},
	"fq":              {qopt: nestDec{tcaFqAttrs}, qxstats: layoutsDec{tcFqQdStatsBands, tcFqQdStatsFp, tcFqQdStats}},
	"hhf":             {qopt: nestDec{tcaHhfAttrs}, qxstats: layoutDec{tcHhfXstats}},
	"pie":             {qopt: nestDec{tcaPieAttrs}, qxstats: layoutDec{tcPieXstats}},
	"fq_pie":          {qopt: nestDec{tcaFqPieAttrs}, qxstats: layoutDec{tcFqPieXstats}},
	"cbs":             {qopt: nestDec{tcaCbsAttrs}},
	"etf":             {qopt: nestDec{tcaEtfAttrs}},
	"sfb":             {qopt: nestDec{tcaSfbAttrs}, qxstats: layoutDec{tcSfbXstats}},
	"mqprio":          {qopt: structAttrsDec{tcMqprioQopt, tcaMqprioAttrs}},
	"cake":            {qopt: nestDec{tcaCakeAttrs}, qxstats: nestDec{tcaCakeStatsAttrs}, cxstats: nestDec{tcaCakeStatsAttrs}},
	"ets":             {qopt: nestDec{tcaEtsAttrs}, copt: nestDec{tcaEtsAttrs}},
	"taprio":          {qopt: nestDec{tcaTaprioAttrs}},
}

// structAttrsDec prints a struct followed, at its NLA_ALIGNed end, by
// attributes (TCA_OPTIONS of netem and mqprio) as [{struct}, attrs].
type structAttrsDec struct {
	l   *layout
	set *attrSet
}

func (d structAttrsDec) decode(s *state, off, n int) bool {
	if n < d.l.size {
		return false
	}
	a := nlaAlign(d.l.size)
	if n <= a {
		d.l.put(s, "", off)
		return true
	}
	s.openArray("", off, n)
	d.l.put(s, "", off)
	s.attrs(off+a, n-a, d.set)
	s.close()
	return true
}

func (d structAttrsDec) rule() rule {
	return structRule("", d.l.size)
}

// --- htb ---

var tcHtbOpt = lay(44,
	mSub("rate", 0, tcRatespec),
	mSub("ceil", 12, tcRatespec),
	m(fU("buffer", 24, 4)),
	m(fU("cbuffer", 28, 4)),
	m(fU("quantum", 32, 4)),
	m(fU("level", 36, 4)),
	m(fU("prio", 40, 4)),
)

var tcHtbGlob = lay(20,
	m(fU("version", 0, 4)),
	m(fU("rate2quantum", 4, 4)),
	m(fX("defcls", 8, 4)),
	m(fU("debug", 12, 4)),
	m(fU("direct_pkts", 16, 4)),
)

var tcaHtbAttrs = newSet(xlat.TcaHtbAttrs, "TCA_HTB_???", []attrDec{
	xlat.TCA_HTB_PARMS:       layoutDec{tcHtbOpt},
	xlat.TCA_HTB_INIT:        layoutDec{tcHtbGlob},
	xlat.TCA_HTB_CTAB:        rateTable,
	xlat.TCA_HTB_RTAB:        rateTable,
	xlat.TCA_HTB_DIRECT_QLEN: nlaU32,
	xlat.TCA_HTB_RATE64:      nlaU64,
	xlat.TCA_HTB_CEIL64:      nlaU64,
})

var tcHtbXstats = lay(20,
	m(fU("lends", 0, 4)),
	m(fU("borrows", 4, 4)),
	m(fU("giants", 8, 4)),
	m(fD("tokens", 12, 4)),
	m(fD("ctokens", 16, 4)),
)

// --- tbf ---

var tcTbfQopt = lay(36,
	mSub("rate", 0, tcRatespec),
	mSub("peakrate", 12, tcRatespec),
	m(fU("limit", 24, 4)),
	m(fU("buffer", 28, 4)),
	m(fU("mtu", 32, 4)),
)

var tcaTbfAttrs = newSet(xlat.TcaTbfAttrs, "TCA_TBF_???", []attrDec{
	xlat.TCA_TBF_PARMS:   layoutDec{tcTbfQopt},
	xlat.TCA_TBF_RTAB:    rateTable,
	xlat.TCA_TBF_PTAB:    rateTable,
	xlat.TCA_TBF_RATE64:  nlaU64,
	xlat.TCA_TBF_PRATE64: nlaU64,
	xlat.TCA_TBF_BURST:   nlaU32,
	xlat.TCA_TBF_PBURST:  nlaU32,
})

// --- fifo, prio, multiq, plug ---

var tcFifoQopt = lay(4, m(fU("limit", 0, 4)))

var tcPrioQopt = lay(20,
	m(fD("bands", 0, 4)),
	mArr("priomap", 4, 16, 1, FmtU),
)

var tcMultiqQopt = lay(4,
	m(fU("bands", 0, 2)),
	m(fU("max_bands", 2, 2)),
)

var tcPlugQopt = lay(8,
	m(fXval("action", 0, 4, xlat.TcPlugActions, "TCQ_PLUG_???")),
	m(fU("limit", 4, 4)),
)

// --- sfq ---

var tcSfqQopt = lay(20,
	m(fU("quantum", 0, 4)),
	m(fD("perturb_period", 4, 4)),
	m(fU("limit", 8, 4)),
	m(fU("divisor", 12, 4)),
	m(fU("flows", 16, 4)),
)

var tcSfqredStats = lay(24,
	m(fU("prob_drop", 0, 4)),
	m(fU("forced_drop", 4, 4)),
	m(fU("prob_mark", 8, 4)),
	m(fU("forced_mark", 12, 4)),
	m(fU("prob_mark_head", 16, 4)),
	m(fU("forced_mark_head", 20, 4)),
)

var tcSfqQoptV1 = lay(72,
	mSub("v0", 0, tcSfqQopt),
	m(fU("depth", 20, 4)),
	m(fU("headdrop", 24, 4)),
	m(fU("limit", 28, 4)),
	m(fU("qth_min", 32, 4)),
	m(fU("qth_max", 36, 4)),
	m(fU("Wlog", 40, 1)),
	m(fU("Plog", 41, 1)),
	m(fU("Scell_log", 42, 1)),
	m(fFlags("flags", 43, 1, xlat.TcRedFlags, "TC_RED_???")),
	m(fU("max_P", 44, 4)),
	mSub("stats", 48, tcSfqredStats),
)

// tcSfqQopts is struct tc_sfq_qopt_v1 when the payload holds it, else
// struct tc_sfq_qopt (what old tc versions send).
var tcSfqQopts = layoutsDec{tcSfqQoptV1, tcSfqQopt}

var tcSfqXstats = lay(4, m(fD("allot", 0, 4)))

// --- red, choke, gred ---

var tcRedQopt = lay(16,
	m(fU("limit", 0, 4)),
	m(fU("qth_min", 4, 4)),
	m(fU("qth_max", 8, 4)),
	m(fU("Wlog", 12, 1)),
	m(fU("Plog", 13, 1)),
	m(fU("Scell_log", 14, 1)),
	m(fFlags("flags", 15, 1, xlat.TcRedFlags, "TC_RED_???")),
)

// redStab is the 256-byte lookup table of RED-like qdiscs.
var redStab = arrayDec{size: 1, fmt: FmtU}

var tcaRedAttrs = newSet(xlat.TcaRedAttrs, "TCA_RED_???", []attrDec{
	xlat.TCA_RED_PARMS:            layoutDec{tcRedQopt},
	xlat.TCA_RED_STAB:             redStab,
	xlat.TCA_RED_MAX_P:            nlaU32,
	xlat.TCA_RED_FLAGS:            bitfield32Dec{xlat.TcRedFlags, "TC_RED_???"},
	xlat.TCA_RED_EARLY_DROP_BLOCK: nlaU32,
	xlat.TCA_RED_MARK_BLOCK:       nlaU32,
})

var tcRedXstats = lay(16,
	m(fU("early", 0, 4)),
	m(fU("pdrop", 4, 4)),
	m(fU("other", 8, 4)),
	m(fU("marked", 12, 4)),
)

var tcaChokeAttrs = newSet(xlat.TcaChokeAttrs, "TCA_CHOKE_???", []attrDec{
	xlat.TCA_CHOKE_PARMS: layoutDec{tcRedQopt}, // struct tc_choke_qopt, laid out as tc_red_qopt
	xlat.TCA_CHOKE_STAB:  redStab,
	xlat.TCA_CHOKE_MAX_P: nlaU32,
})

var tcChokeXstats = lay(20,
	m(fU("early", 0, 4)),
	m(fU("pdrop", 4, 4)),
	m(fU("other", 8, 4)),
	m(fU("marked", 12, 4)),
	m(fU("matched", 16, 4)),
)

var tcGredQopt = lay(52,
	m(fU("limit", 0, 4)),
	m(fU("qth_min", 4, 4)),
	m(fU("qth_max", 8, 4)),
	m(fU("DP", 12, 4)),
	m(fU("backlog", 16, 4)),
	m(fU("qave", 20, 4)),
	m(fU("forced", 24, 4)),
	m(fU("early", 28, 4)),
	m(fU("other", 32, 4)),
	m(fU("pdrop", 36, 4)),
	m(fU("Wlog", 40, 1)),
	m(fU("Plog", 41, 1)),
	m(fU("Scell_log", 42, 1)),
	m(fU("prio", 43, 1)),
	m(fU("packets", 44, 4)),
	m(fU("bytesin", 48, 4)),
)

var tcGredSopt = lay(12,
	m(fU("DPs", 0, 4)),
	m(fU("def_DP", 4, 4)),
	m(fU("grio", 8, 1)),
	m(fFlags("flags", 9, 1, xlat.TcRedFlags, "TC_RED_???")),
	m(fU("pad1", 10, 2)),
)

// layoutArray prints the payload as an array of structs of one layout.
type layoutArray struct{ l *layout }

func (d layoutArray) decode(s *state, off, n int) bool {
	cnt := n / d.l.size
	if cnt == 0 {
		return false
	}
	a := s.openArray("", off, cnt*d.l.size)
	s.node(a).flags |= flagAbbrev
	for i := 0; i < cnt; i++ {
		d.l.put(s, "", off+i*d.l.size)
	}
	s.close()
	return true
}

func (d layoutArray) rule() rule {
	return rule{desc: fmt.Sprintf("an array of %d-byte elements", d.l.size), min: d.l.size}
}

var tcaGredVqAttrs = newSet(xlat.TcaGredVqAttrs, "TCA_GRED_VQ_???", []attrDec{
	xlat.TCA_GRED_VQ_DP:               nlaU32,
	xlat.TCA_GRED_VQ_STAT_BYTES:       nlaU64,
	xlat.TCA_GRED_VQ_STAT_PACKETS:     nlaU32,
	xlat.TCA_GRED_VQ_STAT_BACKLOG:     nlaU32,
	xlat.TCA_GRED_VQ_STAT_PROB_DROP:   nlaU32,
	xlat.TCA_GRED_VQ_STAT_PROB_MARK:   nlaU32,
	xlat.TCA_GRED_VQ_STAT_FORCED_DROP: nlaU32,
	xlat.TCA_GRED_VQ_STAT_FORCED_MARK: nlaU32,
	xlat.TCA_GRED_VQ_STAT_PDROP:       nlaU32,
	xlat.TCA_GRED_VQ_STAT_OTHER:       nlaU32,
	xlat.TCA_GRED_VQ_FLAGS:            flagsDec{tab: xlat.TcRedFlags, dflt: "TC_RED_???", size: 4},
})

var tcaGredVqEntryAttrs = newSet(xlat.TcaGredVqEntryAttrs, "TCA_GRED_VQ_ENTRY_???", []attrDec{
	xlat.TCA_GRED_VQ_ENTRY: nestDec{tcaGredVqAttrs},
})

var tcaGredAttrs = newSet(xlat.TcaGredAttrs, "TCA_GRED_???", []attrDec{
	xlat.TCA_GRED_PARMS:   layoutArray{tcGredQopt},
	xlat.TCA_GRED_STAB:    redStab,
	xlat.TCA_GRED_DPS:     layoutDec{tcGredSopt},
	xlat.TCA_GRED_MAX_P:   arrayDec{size: 4, fmt: FmtU},
	xlat.TCA_GRED_LIMIT:   nlaU32,
	xlat.TCA_GRED_VQ_LIST: nestDec{tcaGredVqEntryAttrs},
})

// --- netem ---

var tcNetemQopt = lay(24,
	m(fU("latency", 0, 4)),
	m(fU("limit", 4, 4)),
	m(fU("loss", 8, 4)),
	m(fU("gap", 12, 4)),
	m(fU("duplicate", 16, 4)),
	m(fU("jitter", 20, 4)),
)

var tcNetemCorr = lay(12,
	m(fU("delay_corr", 0, 4)),
	m(fU("loss_corr", 4, 4)),
	m(fU("dup_corr", 8, 4)),
)

// struct tc_netem_reorder and struct tc_netem_corrupt
var tcNetemProb = lay(8,
	m(fU("probability", 0, 4)),
	m(fU("correlation", 4, 4)),
)

var tcNetemRate = lay(16,
	m(fU("rate", 0, 4)),
	m(fD("packet_overhead", 4, 4)),
	m(fU("cell_size", 8, 4)),
	m(fD("cell_overhead", 12, 4)),
)

var tcNetemSlot = lay(40,
	m(fD("min_delay", 0, 8)),
	m(fD("max_delay", 8, 8)),
	m(fD("max_packets", 16, 4)),
	m(fD("max_bytes", 20, 4)),
	m(fD("dist_delay", 24, 8)),
	m(fD("dist_jitter", 32, 8)),
)

var tcNetemGimodel = lay(20,
	m(fU("p13", 0, 4)),
	m(fU("p31", 4, 4)),
	m(fU("p32", 8, 4)),
	m(fU("p14", 12, 4)),
	m(fU("p23", 16, 4)),
)

var tcNetemGemodel = lay(16,
	m(fU("p", 0, 4)),
	m(fU("r", 4, 4)),
	m(fU("h", 8, 4)),
	m(fU("k1", 12, 4)),
)

var tcaNetemLossAttrs = newSet(xlat.TcaNetemLossAttrs, "NETEM_LOSS_???", []attrDec{
	xlat.NETEM_LOSS_GI: layoutDec{tcNetemGimodel},
	xlat.NETEM_LOSS_GE: layoutDec{tcNetemGemodel},
})

// netemDist is a delay distribution table: signed 16-bit values.
var netemDist = arrayDec{size: 2, fmt: FmtD}

var tcaNetemAttrs = newSet(xlat.TcaNetemAttrs, "TCA_NETEM_???", []attrDec{
	xlat.TCA_NETEM_CORR:       layoutDec{tcNetemCorr},
	xlat.TCA_NETEM_DELAY_DIST: netemDist,
	xlat.TCA_NETEM_REORDER:    layoutDec{tcNetemProb},
	xlat.TCA_NETEM_CORRUPT:    layoutDec{tcNetemProb},
	xlat.TCA_NETEM_LOSS:       nestDec{tcaNetemLossAttrs},
	xlat.TCA_NETEM_RATE:       layoutDec{tcNetemRate},
	xlat.TCA_NETEM_ECN:        nlaU32,
	xlat.TCA_NETEM_RATE64:     nlaU64,
	xlat.TCA_NETEM_LATENCY64:  nlaS64,
	xlat.TCA_NETEM_JITTER64:   nlaS64,
	xlat.TCA_NETEM_SLOT:       layoutDec{tcNetemSlot},
	xlat.TCA_NETEM_SLOT_DIST:  netemDist,
	xlat.TCA_NETEM_PRNG_SEED:  nlaU64,
})

// --- drr, qfq, hfsc ---

var tcaDrrAttrs = newSet(xlat.TcaDrrAttrs, "TCA_DRR_???", []attrDec{
	xlat.TCA_DRR_QUANTUM: nlaU32,
})

var tcDrrStats = lay(4, m(fU("deficit", 0, 4)))

var tcaQfqAttrs = newSet(xlat.TcaQfqAttrs, "TCA_QFQ_???", []attrDec{
	xlat.TCA_QFQ_WEIGHT: nlaU32,
	xlat.TCA_QFQ_LMAX:   nlaU32,
})

var tcQfqStats = lay(8,
	m(fU("weight", 0, 4)),
	m(fU("lmax", 4, 4)),
)

var tcHfscQopt = lay(2, m(fX("defcls", 0, 2)))

var tcServiceCurve = lay(12,
	m(fU("m1", 0, 4)),
	m(fU("d", 4, 4)),
	m(fU("m2", 8, 4)),
)

var tcaHfscAttrs = newSet(xlat.TcaHfscAttrs, "TCA_HFSC_???", []attrDec{
	xlat.TCA_HFSC_RSC: layoutDec{tcServiceCurve},
	xlat.TCA_HFSC_FSC: layoutDec{tcServiceCurve},
	xlat.TCA_HFSC_USC: layoutDec{tcServiceCurve},
})

var tcHfscStats = lay(24,
	m(fU("work", 0, 8)),
	m(fU("rtwork", 8, 8)),
	m(fU("period", 16, 4)),
	m(fU("level", 20, 4)),
)

// --- codel, fq_codel ---

var tcaCodelAttrs = newSet(xlat.TcaCodelAttrs, "TCA_CODEL_???", []attrDec{
	xlat.TCA_CODEL_TARGET:       nlaU32,
	xlat.TCA_CODEL_LIMIT:        nlaU32,
	xlat.TCA_CODEL_INTERVAL:     nlaU32,
	xlat.TCA_CODEL_ECN:          nlaU32,
	xlat.TCA_CODEL_CE_THRESHOLD: nlaU32,
})

var tcCodelXstats = lay(36,
	m(fU("maxpacket", 0, 4)),
	m(fU("count", 4, 4)),
	m(fU("lastcount", 8, 4)),
	m(fU("ldelay", 12, 4)),
	m(fD("drop_next", 16, 4)),
	m(fU("drop_overlimit", 20, 4)),
	m(fU("ecn_mark", 24, 4)),
	m(fU("dropping", 28, 4)),
	m(fU("ce_mark", 32, 4)),
)

var tcaFqCodelAttrs = newSet(xlat.TcaFqCodelAttrs, "TCA_FQ_CODEL_???", []attrDec{
	xlat.TCA_FQ_CODEL_TARGET:                nlaU32,
	xlat.TCA_FQ_CODEL_LIMIT:                 nlaU32,
	xlat.TCA_FQ_CODEL_INTERVAL:              nlaU32,
	xlat.TCA_FQ_CODEL_ECN:                   nlaU32,
	xlat.TCA_FQ_CODEL_FLOWS:                 nlaU32,
	xlat.TCA_FQ_CODEL_QUANTUM:               nlaU32,
	xlat.TCA_FQ_CODEL_CE_THRESHOLD:          nlaU32,
	xlat.TCA_FQ_CODEL_DROP_BATCH_SIZE:       nlaU32,
	xlat.TCA_FQ_CODEL_MEMORY_LIMIT:          nlaU32,
	xlat.TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR: nlaX8,
	xlat.TCA_FQ_CODEL_CE_THRESHOLD_MASK:     nlaX8,
})

var tcFqCodelQdStats = lay(36,
	m(fU("maxpacket", 0, 4)),
	m(fU("drop_overlimit", 4, 4)),
	m(fU("ecn_mark", 8, 4)),
	m(fU("new_flow_count", 12, 4)),
	m(fU("new_flows_len", 16, 4)),
	m(fU("old_flows_len", 20, 4)),
	m(fU("ce_mark", 24, 4)),
	m(fU("memory_usage", 28, 4)),
	m(fU("drop_overmemory", 32, 4)),
)

var tcFqCodelClStats = lay(24,
	m(fD("deficit", 0, 4)),
	m(fU("ldelay", 4, 4)),
	m(fU("count", 8, 4)),
	m(fU("lastcount", 12, 4)),
	m(fU("dropping", 16, 4)),
	m(fD("drop_next", 20, 4)),
)

// tcFqCodelXstats is struct tc_fq_codel_xstats: the type, then the member
// of the union it selects.
var tcFqCodelXstats = unionDec{
	tag:  fXval("type", 0, 4, xlat.TcaFqCodelXstatsTypes, "TCA_FQ_CODEL_XSTATS_???"),
	arms: []unionArm{{"qdisc_stats", tcFqCodelQdStats}, {"class_stats", tcFqCodelClStats}},
}

// --- fq ---

var tcaFqAttrs = newSet(xlat.TcaFqAttrs, "TCA_FQ_???", []attrDec{
	xlat.TCA_FQ_PLIMIT:             nlaU32,
	xlat.TCA_FQ_FLOW_PLIMIT:        nlaU32,
	xlat.TCA_FQ_QUANTUM:            nlaU32,
	xlat.TCA_FQ_INITIAL_QUANTUM:    nlaU32,
	xlat.TCA_FQ_RATE_ENABLE:        nlaU32,
	xlat.TCA_FQ_FLOW_DEFAULT_RATE:  nlaU32,
	xlat.TCA_FQ_FLOW_MAX_RATE:      nlaU32,
	xlat.TCA_FQ_BUCKETS_LOG:        nlaU32,
	xlat.TCA_FQ_FLOW_REFILL_DELAY:  nlaU32,
	xlat.TCA_FQ_ORPHAN_MASK:        nlaX32,
	xlat.TCA_FQ_LOW_RATE_THRESHOLD: nlaU32,
	xlat.TCA_FQ_CE_THRESHOLD:       nlaU32,
	xlat.TCA_FQ_TIMER_SLACK:        nlaU32,
	xlat.TCA_FQ_HORIZON:            nlaU32,
	xlat.TCA_FQ_HORIZON_DROP:       nlaU8,
	xlat.TCA_FQ_PRIOMAP:            layoutDec{tcPrioQopt},
	xlat.TCA_FQ_WEIGHTS:            arrayDec{size: 4, fmt: FmtD},
	xlat.TCA_FQ_OFFLOAD_HORIZON:    nlaU32,
})

var fqQdStatsBase = []member{
	m(fU("gc_flows", 0, 8)),
	m(fU("highprio_packets", 8, 8)),
	m(fU("tcp_retrans", 16, 8)),
	m(fU("throttled", 24, 8)),
	m(fU("flows_plimit", 32, 8)),
	m(fU("pkts_too_long", 40, 8)),
	m(fU("allocation_errors", 48, 8)),
	m(fD("time_next_delayed_flow", 56, 8)),
	m(fU("flows", 64, 4)),
	m(fU("inactive_flows", 68, 4)),
	m(fU("throttled_flows", 72, 4)),
	m(fU("unthrottle_latency_ns", 76, 4)),
	m(fU("ce_mark", 80, 8)),
	m(fU("horizon_drops", 88, 8)),
	m(fU("horizon_caps", 96, 8)),
}

// struct tc_fq_qd_stats has grown: Linux 6.1 ends at horizon_caps, later
// kernels add fastpath_packets, then the per-band counters.
var (
	tcFqQdStats   = lay(104, fqQdStatsBase...)
	tcFqQdStatsFp = lay(112, append(append([]member{}, fqQdStatsBase...),
		m(fU("fastpath_packets", 104, 8)))...)
	tcFqQdStatsBands = lay(152, append(append([]member{}, fqQdStatsBase...),
		m(fU("fastpath_packets", 104, 8)),
		mArr("band_drops", 112, 3, 8, FmtU),
		mArr("band_pkt_count", 136, 3, 4, FmtU),
		m(fU("pad", 148, 4)))...)
)

// --- hhf, pie, fq_pie ---

var tcaHhfAttrs = newSet(xlat.TcaHhfAttrs, "TCA_HHF_???", []attrDec{
	xlat.TCA_HHF_BACKLOG_LIMIT:  nlaU32,
	xlat.TCA_HHF_QUANTUM:        nlaU32,
	xlat.TCA_HHF_HH_FLOWS_LIMIT: nlaU32,
	xlat.TCA_HHF_RESET_TIMEOUT:  nlaU32,
	xlat.TCA_HHF_ADMIT_BYTES:    nlaU32,
	xlat.TCA_HHF_EVICT_TIMEOUT:  nlaU32,
	xlat.TCA_HHF_NON_HH_WEIGHT:  nlaU32,
})

var tcHhfXstats = lay(16,
	m(fU("drop_overlimit", 0, 4)),
	m(fU("hh_overlimit", 4, 4)),
	m(fU("hh_tot_count", 8, 4)),
	m(fU("hh_cur_count", 12, 4)),
)

var tcaPieAttrs = newSet(xlat.TcaPieAttrs, "TCA_PIE_???", []attrDec{
	xlat.TCA_PIE_TARGET:            nlaU32,
	xlat.TCA_PIE_LIMIT:             nlaU32,
	xlat.TCA_PIE_TUPDATE:           nlaU32,
	xlat.TCA_PIE_ALPHA:             nlaU32,
	xlat.TCA_PIE_BETA:              nlaU32,
	xlat.TCA_PIE_ECN:               nlaU32,
	xlat.TCA_PIE_BYTEMODE:          nlaU32,
	xlat.TCA_PIE_DQ_RATE_ESTIMATOR: nlaU32,
})

var tcPieXstats = lay(40,
	m(fU("prob", 0, 8)),
	m(fU("delay", 8, 4)),
	m(fU("avg_dq_rate", 12, 4)),
	m(fU("dq_rate_estimating", 16, 4)),
	m(fU("packets_in", 20, 4)),
	m(fU("dropped", 24, 4)),
	m(fU("overlimit", 28, 4)),
	m(fU("maxq", 32, 4)),
	m(fU("ecn_mark", 36, 4)),
)

var tcaFqPieAttrs = newSet(xlat.TcaFqPieAttrs, "TCA_FQ_PIE_???", []attrDec{
	xlat.TCA_FQ_PIE_LIMIT:             nlaU32,
	xlat.TCA_FQ_PIE_FLOWS:             nlaU32,
	xlat.TCA_FQ_PIE_TARGET:            nlaU32,
	xlat.TCA_FQ_PIE_TUPDATE:           nlaU32,
	xlat.TCA_FQ_PIE_ALPHA:             nlaU32,
	xlat.TCA_FQ_PIE_BETA:              nlaU32,
	xlat.TCA_FQ_PIE_QUANTUM:           nlaU32,
	xlat.TCA_FQ_PIE_MEMORY_LIMIT:      nlaU32,
	xlat.TCA_FQ_PIE_ECN_PROB:          nlaU32,
	xlat.TCA_FQ_PIE_ECN:               nlaU32,
	xlat.TCA_FQ_PIE_BYTEMODE:          nlaU32,
	xlat.TCA_FQ_PIE_DQ_RATE_ESTIMATOR: nlaU32,
})

var tcFqPieXstats = lay(36,
	m(fU("packets_in", 0, 4)),
	m(fU("dropped", 4, 4)),
	m(fU("overlimit", 8, 4)),
	m(fU("overmemory", 12, 4)),
	m(fU("ecn_mark", 16, 4)),
	m(fU("new_flow_count", 20, 4)),
	m(fU("new_flows_len", 24, 4)),
	m(fU("old_flows_len", 28, 4)),
	m(fU("memory_usage", 32, 4)),
)

// --- cbs, etf, sfb ---

var tcCbsQopt = lay(20,
	m(fU("offload", 0, 1)),
	m(fD("hicredit", 4, 4)),
	m(fD("locredit", 8, 4)),
	m(fD("idleslope", 12, 4)),
	m(fD("sendslope", 16, 4)),
)

var tcaCbsAttrs = newSet(xlat.TcaCbsAttrs, "TCA_CBS_???", []attrDec{
	xlat.TCA_CBS_PARMS: layoutDec{tcCbsQopt},
})

var tcEtfQopt = lay(12,
	m(fD("delta", 0, 4)),
	m(fXval("clockid", 4, 4, xlat.TcClockids, "CLOCK_???")),
	m(fFlags("flags", 8, 4, xlat.TcEtfFlags, "TC_ETF_???")),
)

var tcaEtfAttrs = newSet(xlat.TcaEtfAttrs, "TCA_ETF_???", []attrDec{
	xlat.TCA_ETF_PARMS: layoutDec{tcEtfQopt},
})

var tcSfbQopt = lay(36,
	m(fU("rehash_interval", 0, 4)),
	m(fU("warmup_time", 4, 4)),
	m(fU("max", 8, 4)),
	m(fU("bin_size", 12, 4)),
	m(fU("increment", 16, 4)),
	m(fU("decrement", 20, 4)),
	m(fU("limit", 24, 4)),
	m(fU("penalty_rate", 28, 4)),
	m(fU("penalty_burst", 32, 4)),
)

var tcaSfbAttrs = newSet(xlat.TcaSfbAttrs, "TCA_SFB_???", []attrDec{
	xlat.TCA_SFB_PARMS: layoutDec{tcSfbQopt},
})

var tcSfbXstats = lay(36,
	m(fU("earlydrop", 0, 4)),
	m(fU("penaltydrop", 4, 4)),
	m(fU("bucketdrop", 8, 4)),
	m(fU("queuedrop", 12, 4)),
	m(fU("childdrop", 16, 4)),
	m(fU("marked", 20, 4)),
	m(fU("maxqlen", 24, 4)),
	m(fU("maxprob", 28, 4)),
	m(fU("avgprob", 32, 4)),
)

// --- mqprio, taprio ---

var tcMqprioQopt = lay(82,
	m(fU("num_tc", 0, 1)),
	mArr("prio_tc_map", 1, 16, 1, FmtU),
	m(fXval("hw", 17, 1, xlat.TcMqprioHw, "TC_MQPRIO_HW_OFFLOAD_???")),
	mArr("count", 18, 16, 2, FmtU),
	mArr("offset", 50, 16, 2, FmtU),
)

var tcaMqprioAttrs = newSet(xlat.TcaMqprioAttrs, "TCA_MQPRIO_???", []attrDec{
	xlat.TCA_MQPRIO_MODE:       xvalDec{tab: xlat.TcMqprioModes, dflt: "TC_MQPRIO_MODE_???", size: 2},
	xlat.TCA_MQPRIO_SHAPER:     xvalDec{tab: xlat.TcMqprioShapers, dflt: "TC_MQPRIO_SHAPER_???", size: 2},
	xlat.TCA_MQPRIO_MIN_RATE64: nestDec{tcaMqprioRates},
	xlat.TCA_MQPRIO_MAX_RATE64: nestDec{tcaMqprioRates},
})

// tcaMqprioRates is the list of rates of TCA_MQPRIO_MIN/MAX_RATE64, one
// 64-bit attribute of the same type a traffic class.
var tcaMqprioRates = &attrSet{names: xlat.TcaMqprioAttrs, dflt: "TCA_MQPRIO_???", byType: func(s *state, typ uint16) attrDec { return nlaU64 }}

var tcaTaprioEntryAttrs = newSet(xlat.TcaTaprioSchedEntryAttrs, "TCA_TAPRIO_SCHED_ENTRY_???", []attrDec{
	xlat.TCA_TAPRIO_SCHED_ENTRY_INDEX:     nlaU32,
	xlat.TCA_TAPRIO_SCHED_ENTRY_CMD:       xvalDec{tab: xlat.TcTaprioCmds, dflt: "TC_TAPRIO_CMD_???", size: 1},
	xlat.TCA_TAPRIO_SCHED_ENTRY_GATE_MASK: nlaX32,
	xlat.TCA_TAPRIO_SCHED_ENTRY_INTERVAL:  nlaU32,
})

var tcaTaprioSchedAttrs = newSet(xlat.TcaTaprioSchedAttrs, "TCA_TAPRIO_SCHED_???", []attrDec{
	xlat.TCA_TAPRIO_SCHED_ENTRY: nestDec{tcaTaprioEntryAttrs},
})

var tcaTaprioTcEntryAttrs = newSet(xlat.TcaTaprioTcEntryAttrs, "TCA_TAPRIO_TC_ENTRY_???", []attrDec{
	xlat.TCA_TAPRIO_TC_ENTRY_INDEX:   nlaU32,
	xlat.TCA_TAPRIO_TC_ENTRY_MAX_SDU: nlaU32,
	xlat.TCA_TAPRIO_TC_ENTRY_FP:      nlaU32,
})

var tcaTaprioAttrs = newSet(xlat.TcaTaprioAttrs, "TCA_TAPRIO_ATTR_???", []attrDec{
	xlat.TCA_TAPRIO_ATTR_PRIOMAP:                    layoutDec{tcMqprioQopt},
	xlat.TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST:           nestDec{tcaTaprioSchedAttrs},
	xlat.TCA_TAPRIO_ATTR_SCHED_BASE_TIME:            nlaS64,
	xlat.TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY:         nestDec{tcaTaprioEntryAttrs},
	xlat.TCA_TAPRIO_ATTR_SCHED_CLOCKID:              xvalDec{tab: xlat.TcClockids, dflt: "CLOCK_???", size: 4},
	xlat.TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME:           nlaS64,
	xlat.TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION: nlaS64,
	xlat.TCA_TAPRIO_ATTR_FLAGS:                      flagsDec{tab: xlat.TcTaprioFlags, dflt: "TCA_TAPRIO_ATTR_FLAG_???", size: 4},
	xlat.TCA_TAPRIO_ATTR_TXTIME_DELAY:               nlaU32,
	xlat.TCA_TAPRIO_ATTR_TC_ENTRY:                   nestDec{tcaTaprioTcEntryAttrs},
})

// --- cake ---

var tcaCakeAttrs = newSet(xlat.TcaCakeAttrs, "TCA_CAKE_???", []attrDec{
	xlat.TCA_CAKE_BASE_RATE64:   nlaU64,
	xlat.TCA_CAKE_DIFFSERV_MODE: xvalDec{tab: xlat.TcCakeDiffservModes, dflt: "CAKE_DIFFSERV_???", size: 4},
	xlat.TCA_CAKE_ATM:           xvalDec{tab: xlat.TcCakeAtmModes, dflt: "CAKE_ATM_???", size: 4},
	xlat.TCA_CAKE_FLOW_MODE:     xvalDec{tab: xlat.TcCakeFlowModes, dflt: "CAKE_FLOW_???", size: 4},
	xlat.TCA_CAKE_OVERHEAD:      nlaS32,
	xlat.TCA_CAKE_RTT:           nlaU32,
	xlat.TCA_CAKE_TARGET:        nlaU32,
	xlat.TCA_CAKE_AUTORATE:      nlaU32,
	xlat.TCA_CAKE_MEMORY:        nlaU32,
	xlat.TCA_CAKE_NAT:           nlaU32,
	xlat.TCA_CAKE_RAW:           nlaU32,
	xlat.TCA_CAKE_WASH:          nlaU32,
	xlat.TCA_CAKE_MPU:           nlaU32,
	xlat.TCA_CAKE_INGRESS:       nlaU32,
	xlat.TCA_CAKE_ACK_FILTER:    xvalDec{tab: xlat.TcCakeAckFilters, dflt: "CAKE_ACK_???", size: 4},
	xlat.TCA_CAKE_SPLIT_GSO:     nlaU32,
	xlat.TCA_CAKE_FWMARK:        nlaX32,
})

var tcaCakeTinStatsAttrs = newSet(xlat.TcaCakeTinStatsAttrs, "TCA_CAKE_TIN_STATS_???", []attrDec{
	xlat.TCA_CAKE_TIN_STATS_SENT_PACKETS:         nlaU32,
	xlat.TCA_CAKE_TIN_STATS_SENT_BYTES64:         nlaU64,
	xlat.TCA_CAKE_TIN_STATS_DROPPED_PACKETS:      nlaU32,
	xlat.TCA_CAKE_TIN_STATS_DROPPED_BYTES64:      nlaU64,
	xlat.TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS: nlaU32,
	xlat.TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64: nlaU64,
	xlat.TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS:   nlaU32,
	xlat.TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64:   nlaU64,
	xlat.TCA_CAKE_TIN_STATS_BACKLOG_PACKETS:      nlaU32,
	xlat.TCA_CAKE_TIN_STATS_BACKLOG_BYTES:        nlaU32,
	xlat.TCA_CAKE_TIN_STATS_THRESHOLD_RATE64:     nlaU64,
	xlat.TCA_CAKE_TIN_STATS_TARGET_US:            nlaU32,
	xlat.TCA_CAKE_TIN_STATS_INTERVAL_US:          nlaU32,
	xlat.TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS:    nlaU32,
	xlat.TCA_CAKE_TIN_STATS_WAY_MISSES:           nlaU32,
	xlat.TCA_CAKE_TIN_STATS_WAY_COLLISIONS:       nlaU32,
	xlat.TCA_CAKE_TIN_STATS_PEAK_DELAY_US:        nlaU32,
	xlat.TCA_CAKE_TIN_STATS_AVG_DELAY_US:         nlaU32,
	xlat.TCA_CAKE_TIN_STATS_BASE_DELAY_US:        nlaU32,
	xlat.TCA_CAKE_TIN_STATS_SPARSE_FLOWS:         nlaU32,
	xlat.TCA_CAKE_TIN_STATS_BULK_FLOWS:           nlaU32,
	xlat.TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS:   nlaU32,
	xlat.TCA_CAKE_TIN_STATS_MAX_SKBLEN:           nlaU32,
	xlat.TCA_CAKE_TIN_STATS_FLOW_QUANTUM:         nlaU32,
})

// tcaCakeTins is the list of tins: each attribute's type is the tin's
// number (from 1), its payload the tin's statistics.
var tcaCakeTins = &attrSet{byType: func(s *state, typ uint16) attrDec { return nestDec{tcaCakeTinStatsAttrs} }}

var tcaCakeStatsAttrs = newSet(xlat.TcaCakeStatsAttrs, "TCA_CAKE_STATS_???", []attrDec{
	xlat.TCA_CAKE_STATS_CAPACITY_ESTIMATE64: nlaU64,
	xlat.TCA_CAKE_STATS_MEMORY_LIMIT:        nlaU32,
	xlat.TCA_CAKE_STATS_MEMORY_USED:         nlaU32,
	xlat.TCA_CAKE_STATS_AVG_NETOFF:          nlaU32,
	xlat.TCA_CAKE_STATS_MIN_NETLEN:          nlaU32,
	xlat.TCA_CAKE_STATS_MAX_NETLEN:          nlaU32,
	xlat.TCA_CAKE_STATS_MIN_ADJLEN:          nlaU32,
	xlat.TCA_CAKE_STATS_MAX_ADJLEN:          nlaU32,
	xlat.TCA_CAKE_STATS_TIN_STATS:           nestDec{tcaCakeTins},
	xlat.TCA_CAKE_STATS_DEFICIT:             nlaS32,
	xlat.TCA_CAKE_STATS_COBALT_COUNT:        nlaU32,
	xlat.TCA_CAKE_STATS_DROPPING:            nlaU32,
	xlat.TCA_CAKE_STATS_DROP_NEXT_US:        nlaS32,
	xlat.TCA_CAKE_STATS_P_DROP:              nlaU32,
	xlat.TCA_CAKE_STATS_BLUE_TIMER_US:       nlaS32,
})

// --- ets ---

var tcaEtsAttrs = newSet(xlat.TcaEtsAttrs, "TCA_ETS_???", []attrDec{
	xlat.TCA_ETS_NBANDS:       nlaU8,
	xlat.TCA_ETS_NSTRICT:      nlaU8,
	xlat.TCA_ETS_QUANTA_BAND:  nlaU32,
	xlat.TCA_ETS_PRIOMAP_BAND: nlaU8,
})

func init() {
	// nests that hold attributes of their own set
	tcaEtsAttrs.dec[xlat.TCA_ETS_QUANTA] = nestDec{tcaEtsAttrs}
	tcaEtsAttrs.dec[xlat.TCA_ETS_PRIOMAP] = nestDec{tcaEtsAttrs}
	tcaTaprioAttrs.dec[xlat.TCA_TAPRIO_ATTR_ADMIN_SCHED] = nestDec{tcaTaprioAttrs}
}
