package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// netdev (linux/netdev.h): XDP and XSK features of devices, page pools,
// queues, NAPI instances and their statistics.

var netdevSpec = &genlSpec{
	name:    "netdev",
	cmds:    xlat.GenlNetdevCmds,
	cmdDflt: "NETDEV_CMD_???",
	cmdAttrs: map[uint8]*attrSet{
		1:  netdevDevAttrs,           // NETDEV_CMD_DEV_GET
		2:  netdevDevAttrs,           // NETDEV_CMD_DEV_ADD_NTF
		3:  netdevDevAttrs,           // NETDEV_CMD_DEV_DEL_NTF
		4:  netdevDevAttrs,           // NETDEV_CMD_DEV_CHANGE_NTF
		5:  netdevPagePoolAttrs,      // NETDEV_CMD_PAGE_POOL_GET
		6:  netdevPagePoolAttrs,      // NETDEV_CMD_PAGE_POOL_ADD_NTF
		7:  netdevPagePoolAttrs,      // NETDEV_CMD_PAGE_POOL_DEL_NTF
		8:  netdevPagePoolAttrs,      // NETDEV_CMD_PAGE_POOL_CHANGE_NTF
		9:  netdevPagePoolStatsAttrs, // NETDEV_CMD_PAGE_POOL_STATS_GET
		10: netdevQueueAttrs,         // NETDEV_CMD_QUEUE_GET
		11: netdevNapiAttrs,          // NETDEV_CMD_NAPI_GET
		12: netdevQstatsAttrs,        // NETDEV_CMD_QSTATS_GET
		13: netdevDmabufAttrs,        // NETDEV_CMD_BIND_RX
		14: netdevNapiAttrs,          // NETDEV_CMD_NAPI_SET
		15: netdevDmabufAttrs,        // NETDEV_CMD_BIND_TX
		16: netdevQueueAttrs,         // NETDEV_CMD_QUEUE_CREATE
	},
}

// netdevFlags64 prints a 64-bit flag word.
func netdevFlags64(t *xlat.Table, dflt string) attrDec { return gFlags(t, dflt, 8) }

var netdevDevAttrs = newSet(xlat.GenlNetdevDevAttrs, "NETDEV_A_DEV_???", map[uint16]attrDec{
	1: gIfindex,                                                                  // NETDEV_A_DEV_IFINDEX
	3: netdevFlags64(xlat.GenlNetdevXdpAct, "NETDEV_XDP_ACT_???"),                // NETDEV_A_DEV_XDP_FEATURES
	4: gU32,                                                                      // NETDEV_A_DEV_XDP_ZC_MAX_SEGS
	5: netdevFlags64(xlat.GenlNetdevXdpRxMetadata, "NETDEV_XDP_RX_METADATA_???"), // NETDEV_A_DEV_XDP_RX_METADATA_FEATURES
	6: netdevFlags64(xlat.GenlNetdevXskFlags, "NETDEV_XSK_FLAGS_TX_???"),         // NETDEV_A_DEV_XSK_FEATURES
})

var netdevPagePoolAttrs = newSet(xlat.GenlNetdevPagePoolAttrs, "NETDEV_A_PAGE_POOL_???", map[uint16]attrDec{
	1: gUint,    // NETDEV_A_PAGE_POOL_ID
	2: gIfindex, // NETDEV_A_PAGE_POOL_IFINDEX
	3: gUint,    // NETDEV_A_PAGE_POOL_NAPI_ID
	4: gUint,    // NETDEV_A_PAGE_POOL_INFLIGHT
	5: gUint,    // NETDEV_A_PAGE_POOL_INFLIGHT_MEM
	6: gUint,    // NETDEV_A_PAGE_POOL_DETACH_TIME
	7: gU32,     // NETDEV_A_PAGE_POOL_DMABUF
	// NETDEV_A_PAGE_POOL_IO_URING is an empty nest
})

var netdevPagePoolStatsAttrs = &attrSet{names: xlat.GenlNetdevPagePoolStatsAttrs, dflt: "NETDEV_A_PAGE_POOL_STATS_???",
	byType: func(_ *state, typ uint16) attrDec {
		if typ == 1 { // NETDEV_A_PAGE_POOL_STATS_INFO
			return nestDec{netdevPagePoolAttrs}
		}
		return gUint
	}}

var netdevNapiAttrs = newSet(xlat.GenlNetdevNapiAttrs, "NETDEV_A_NAPI_???", map[uint16]attrDec{
	1: gIfindex,                                                          // NETDEV_A_NAPI_IFINDEX
	2: gU32,                                                              // NETDEV_A_NAPI_ID
	3: gU32,                                                              // NETDEV_A_NAPI_IRQ
	4: gU32,                                                              // NETDEV_A_NAPI_PID
	5: gU32,                                                              // NETDEV_A_NAPI_DEFER_HARD_IRQS
	6: gUint,                                                             // NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT
	7: gUint,                                                             // NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT
	8: gXval(xlat.GenlNetdevNapiThreaded, "NETDEV_NAPI_THREADED_???", 4), // NETDEV_A_NAPI_THREADED
})

var netdevQueueType = gXval(xlat.GenlNetdevQueueTypes, "NETDEV_QUEUE_TYPE_???", 4)

var netdevLeaseAttrs = newSet(xlat.GenlNetdevLeaseAttrs, "NETDEV_A_LEASE_???", map[uint16]attrDec{
	1: gIfindex, // NETDEV_A_LEASE_IFINDEX
	3: gS32,     // NETDEV_A_LEASE_NETNS_ID
})

var netdevQueueAttrs = newSet(xlat.GenlNetdevQueueAttrs, "NETDEV_A_QUEUE_???", map[uint16]attrDec{
	1: gU32,                      // NETDEV_A_QUEUE_ID
	2: gIfindex,                  // NETDEV_A_QUEUE_IFINDEX
	3: netdevQueueType,           // NETDEV_A_QUEUE_TYPE
	4: gU32,                      // NETDEV_A_QUEUE_NAPI_ID
	5: gU32,                      // NETDEV_A_QUEUE_DMABUF
	8: nestDec{netdevLeaseAttrs}, // NETDEV_A_QUEUE_LEASE
	// NETDEV_A_QUEUE_IO_URING and NETDEV_A_QUEUE_XSK are empty nests
})

func init() {
	// a lease names a queue, whose attributes may name a lease
	netdevLeaseAttrs.dec[2] = nestDec{netdevQueueAttrs} // NETDEV_A_LEASE_QUEUE
}

var netdevQstatsAttrs = &attrSet{names: xlat.GenlNetdevQstatsAttrs, dflt: "NETDEV_A_QSTATS_???",
	byType: func(_ *state, typ uint16) attrDec {
		switch typ {
		case 1: // NETDEV_A_QSTATS_IFINDEX
			return gIfindex
		case 2: // NETDEV_A_QSTATS_QUEUE_TYPE
			return netdevQueueType
		case 3: // NETDEV_A_QSTATS_QUEUE_ID
			return gU32
		case 4: // NETDEV_A_QSTATS_SCOPE
			return netdevQstatsScope
		}
		return gUint
	}}

var netdevQstatsScope = funcDec(func(s *state, off, n int) bool {
	if n != 4 && n != 8 {
		return false
	}
	s.flagsV("", s.uint(off, n), off, n, xlat.GenlNetdevQstatsScope, "NETDEV_QSTATS_SCOPE_???")
	return true
})

var netdevDmabufAttrs = newSet(xlat.GenlNetdevDmabufAttrs, "NETDEV_A_DMABUF_???", map[uint16]attrDec{
	1: gIfindex,                  // NETDEV_A_DMABUF_IFINDEX
	2: nestDec{netdevQueueAttrs}, // NETDEV_A_DMABUF_QUEUES
	3: gU32,                      // NETDEV_A_DMABUF_FD
	4: gU32,                      // NETDEV_A_DMABUF_ID
})
