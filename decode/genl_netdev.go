package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// netdev (linux/netdev.h): XDP and XSK features of devices, page pools,
// queues, NAPI instances and their statistics.

var netdevSpec = &genlSpec{
	name:    "netdev",
	cmds:    xlat.GenlNetdevCmds,
	cmdDflt: "NETDEV_CMD_???",
	cmdAttrs: map[uint8]*attrSet{
		xlat.NETDEV_CMD_DEV_GET:              netdevDevAttrs,
		xlat.NETDEV_CMD_DEV_ADD_NTF:          netdevDevAttrs,
		xlat.NETDEV_CMD_DEV_DEL_NTF:          netdevDevAttrs,
		xlat.NETDEV_CMD_DEV_CHANGE_NTF:       netdevDevAttrs,
		xlat.NETDEV_CMD_PAGE_POOL_GET:        netdevPagePoolAttrs,
		xlat.NETDEV_CMD_PAGE_POOL_ADD_NTF:    netdevPagePoolAttrs,
		xlat.NETDEV_CMD_PAGE_POOL_DEL_NTF:    netdevPagePoolAttrs,
		xlat.NETDEV_CMD_PAGE_POOL_CHANGE_NTF: netdevPagePoolAttrs,
		xlat.NETDEV_CMD_PAGE_POOL_STATS_GET:  netdevPagePoolStatsAttrs,
		xlat.NETDEV_CMD_QUEUE_GET:            netdevQueueAttrs,
		xlat.NETDEV_CMD_NAPI_GET:             netdevNapiAttrs,
		xlat.NETDEV_CMD_QSTATS_GET:           netdevQstatsAttrs,
		xlat.NETDEV_CMD_BIND_RX:              netdevDmabufAttrs,
		xlat.NETDEV_CMD_NAPI_SET:             netdevNapiAttrs,
		xlat.NETDEV_CMD_BIND_TX:              netdevDmabufAttrs,
		xlat.NETDEV_CMD_QUEUE_CREATE:         netdevQueueAttrs,
	},
}

// netdevFlags64 prints a 64-bit flag word.
func netdevFlags64(t *xlat.Table, dflt string) attrDec { return gFlags(t, dflt, 8) }

var netdevDevAttrs = newSet(xlat.GenlNetdevDevAttrs, "NETDEV_A_DEV_???", []attrDec{
	xlat.NETDEV_A_DEV_IFINDEX:                  gIfindex,
	xlat.NETDEV_A_DEV_XDP_FEATURES:             netdevFlags64(xlat.GenlNetdevXdpAct, "NETDEV_XDP_ACT_???"),
	xlat.NETDEV_A_DEV_XDP_ZC_MAX_SEGS:          gU32,
	xlat.NETDEV_A_DEV_XDP_RX_METADATA_FEATURES: netdevFlags64(xlat.GenlNetdevXdpRxMetadata, "NETDEV_XDP_RX_METADATA_???"),
	xlat.NETDEV_A_DEV_XSK_FEATURES:             netdevFlags64(xlat.GenlNetdevXskFlags, "NETDEV_XSK_FLAGS_TX_???"),
})

var netdevPagePoolAttrs = newSet(xlat.GenlNetdevPagePoolAttrs, "NETDEV_A_PAGE_POOL_???", []attrDec{
	xlat.NETDEV_A_PAGE_POOL_ID:           gUint,
	xlat.NETDEV_A_PAGE_POOL_IFINDEX:      gIfindex,
	xlat.NETDEV_A_PAGE_POOL_NAPI_ID:      gUint,
	xlat.NETDEV_A_PAGE_POOL_INFLIGHT:     gUint,
	xlat.NETDEV_A_PAGE_POOL_INFLIGHT_MEM: gUint,
	xlat.NETDEV_A_PAGE_POOL_DETACH_TIME:  gUint,
	xlat.NETDEV_A_PAGE_POOL_DMABUF:       gU32,
	// NETDEV_A_PAGE_POOL_IO_URING is an empty nest
})

var netdevPagePoolStatsAttrs = &attrSet{names: xlat.GenlNetdevPagePoolStatsAttrs, dflt: "NETDEV_A_PAGE_POOL_STATS_???",
	byType: func(_ *state, typ uint16) attrDec {
		if typ == xlat.NETDEV_A_PAGE_POOL_STATS_INFO {
			return nestDec{netdevPagePoolAttrs}
		}
		return gUint
	}}

var netdevNapiAttrs = newSet(xlat.GenlNetdevNapiAttrs, "NETDEV_A_NAPI_???", []attrDec{
	xlat.NETDEV_A_NAPI_IFINDEX:             gIfindex,
	xlat.NETDEV_A_NAPI_ID:                  gU32,
	xlat.NETDEV_A_NAPI_IRQ:                 gU32,
	xlat.NETDEV_A_NAPI_PID:                 gU32,
	xlat.NETDEV_A_NAPI_DEFER_HARD_IRQS:     gU32,
	xlat.NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT:   gUint,
	xlat.NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT: gUint,
	xlat.NETDEV_A_NAPI_THREADED:            gXval(xlat.GenlNetdevNapiThreaded, "NETDEV_NAPI_THREADED_???", 4),
})

var netdevQueueType = gXval(xlat.GenlNetdevQueueTypes, "NETDEV_QUEUE_TYPE_???", 4)

var netdevLeaseAttrs = newSet(xlat.GenlNetdevLeaseAttrs, "NETDEV_A_LEASE_???", []attrDec{
	xlat.NETDEV_A_LEASE_IFINDEX:  gIfindex,
	xlat.NETDEV_A_LEASE_NETNS_ID: gS32,
})

var netdevQueueAttrs = newSet(xlat.GenlNetdevQueueAttrs, "NETDEV_A_QUEUE_???", []attrDec{
	xlat.NETDEV_A_QUEUE_ID:      gU32,
	xlat.NETDEV_A_QUEUE_IFINDEX: gIfindex,
	xlat.NETDEV_A_QUEUE_TYPE:    netdevQueueType,
	xlat.NETDEV_A_QUEUE_NAPI_ID: gU32,
	xlat.NETDEV_A_QUEUE_DMABUF:  gU32,
	xlat.NETDEV_A_QUEUE_LEASE:   nestDec{netdevLeaseAttrs},
	// NETDEV_A_QUEUE_IO_URING and NETDEV_A_QUEUE_XSK are empty nests
})

func init() {
	// a lease names a queue, whose attributes may name a lease
	netdevLeaseAttrs.dec[xlat.NETDEV_A_LEASE_QUEUE] = nestDec{netdevQueueAttrs}
}

var netdevQstatsAttrs = &attrSet{names: xlat.GenlNetdevQstatsAttrs, dflt: "NETDEV_A_QSTATS_???",
	byType: func(_ *state, typ uint16) attrDec {
		switch typ {
		case xlat.NETDEV_A_QSTATS_IFINDEX:
			return gIfindex
		case xlat.NETDEV_A_QSTATS_QUEUE_TYPE:
			return netdevQueueType
		case xlat.NETDEV_A_QSTATS_QUEUE_ID:
			return gU32
		case xlat.NETDEV_A_QSTATS_SCOPE:
			return netdevQstatsScope
		}
		return gUint
	}}

var netdevQstatsScope = uintFlagsDec{xlat.GenlNetdevQstatsScope, "NETDEV_QSTATS_SCOPE_???"}

var netdevDmabufAttrs = newSet(xlat.GenlNetdevDmabufAttrs, "NETDEV_A_DMABUF_???", []attrDec{
	xlat.NETDEV_A_DMABUF_IFINDEX: gIfindex,
	xlat.NETDEV_A_DMABUF_QUEUES:  nestDec{netdevQueueAttrs},
	xlat.NETDEV_A_DMABUF_FD:      gU32,
	xlat.NETDEV_A_DMABUF_ID:      gU32,
})
