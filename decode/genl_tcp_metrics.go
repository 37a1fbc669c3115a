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

var tcpMetricsVals = newSet(xlat.GenlTcpMetricsVals, "TCP_METRICS_A_METRICS_???", map[uint16]attrDec{
	1: gU32, // TCP_METRICS_A_METRICS_RTT
	2: gU32, // TCP_METRICS_A_METRICS_RTTVAR
	3: gU32, // TCP_METRICS_A_METRICS_SSTHRESH
	4: gU32, // TCP_METRICS_A_METRICS_CWND
	5: gU32, // TCP_METRICS_A_METRICS_REODERING
	6: gU32, // TCP_METRICS_A_METRICS_RTT_US
	7: gU32, // TCP_METRICS_A_METRICS_RTTVAR_US
})

var tcpMetricsAttrs = newSet(xlat.GenlTcpMetricsAttrs, "TCP_METRICS_ATTR_???", map[uint16]attrDec{
	1:  gInAddr,                 // TCP_METRICS_ATTR_ADDR_IPV4
	2:  gIn6Addr,                // TCP_METRICS_ATTR_ADDR_IPV6
	3:  gU64,                    // TCP_METRICS_ATTR_AGE
	4:  gU32,                    // TCP_METRICS_ATTR_TW_TSVAL
	5:  gS32,                    // TCP_METRICS_ATTR_TW_TS_STAMP
	6:  nestDec{tcpMetricsVals}, // TCP_METRICS_ATTR_VALS
	7:  gU16,                    // TCP_METRICS_ATTR_FOPEN_MSS
	8:  gU16,                    // TCP_METRICS_ATTR_FOPEN_SYN_DROPS
	9:  gU64,                    // TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS
	11: gInAddr,                 // TCP_METRICS_ATTR_SADDR_IPV4
	12: gIn6Addr,                // TCP_METRICS_ATTR_SADDR_IPV6
	// TCP_METRICS_ATTR_FOPEN_COOKIE is binary
})
