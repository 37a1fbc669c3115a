package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// tcp_metrics (linux/tcp_metrics.h): the kernel's per-destination TCP
// metrics cache.

var tcpMetricsSpec = &genlSpec{
	name:    "tcp_metrics",
	cmds:    xlat.GenlTcpMetricsCmds,
	cmdDflt: "TCP_METRICS_CMD_???",
	attrs:   tcpMetricsAttrs,
}

var tcpMetricsVals = newSet(xlat.GenlTcpMetricsVals, "TCP_METRICS_A_METRICS_???", []attrDec{
	xlat.TCP_METRICS_A_METRICS_RTT:       gU32,
	xlat.TCP_METRICS_A_METRICS_RTTVAR:    gU32,
	xlat.TCP_METRICS_A_METRICS_SSTHRESH:  gU32,
	xlat.TCP_METRICS_A_METRICS_CWND:      gU32,
	xlat.TCP_METRICS_A_METRICS_REODERING: gU32,
	xlat.TCP_METRICS_A_METRICS_RTT_US:    gU32,
	xlat.TCP_METRICS_A_METRICS_RTTVAR_US: gU32,
})

var tcpMetricsAttrs = newSet(xlat.GenlTcpMetricsAttrs, "TCP_METRICS_ATTR_???", []attrDec{
	xlat.TCP_METRICS_ATTR_ADDR_IPV4:         gInAddr,
	xlat.TCP_METRICS_ATTR_ADDR_IPV6:         gIn6Addr,
	xlat.TCP_METRICS_ATTR_AGE:               gU64,
	xlat.TCP_METRICS_ATTR_TW_TSVAL:          gU32,
	xlat.TCP_METRICS_ATTR_TW_TS_STAMP:       gS32,
	xlat.TCP_METRICS_ATTR_VALS:              nestDec{tcpMetricsVals},
	xlat.TCP_METRICS_ATTR_FOPEN_MSS:         gU16,
	xlat.TCP_METRICS_ATTR_FOPEN_SYN_DROPS:   gU16,
	xlat.TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS: gU64,
	xlat.TCP_METRICS_ATTR_SADDR_IPV4:        gInAddr,
	xlat.TCP_METRICS_ATTR_SADDR_IPV6:        gIn6Addr,
	// TCP_METRICS_ATTR_FOPEN_COOKIE is binary
})
