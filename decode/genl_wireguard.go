package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// wireguard (linux/wireguard.h). Peers and allowed IPs are lists of nests
// whose types are indexes; keys are binary and print as hex.

var wireguardSpec = &genlSpec{
	name:    "wireguard",
	cmds:    xlat.GenlWgCmds,
	cmdDflt: "WG_CMD_???",
	attrs:   wgDeviceAttrs,
}

var wgAllowedIPAttrs = newSet(xlat.GenlWgallowedipAttrs, "WGALLOWEDIP_A_???", map[uint16]attrDec{
	1: gFamily,                                                   // WGALLOWEDIP_A_FAMILY
	2: gAnyAddr,                                                  // WGALLOWEDIP_A_IPADDR
	3: gU8,                                                       // WGALLOWEDIP_A_CIDR_MASK
	4: gFlags(xlat.GenlWgallowedipFlags, "WGALLOWEDIP_F_???", 4), // WGALLOWEDIP_A_FLAGS
})

var wgPeerAttrs = newSet(xlat.GenlWgpeerAttrs, "WGPEER_A_???", map[uint16]attrDec{
	// WGPEER_A_PUBLIC_KEY and WGPEER_A_PRESHARED_KEY are binary
	3:  gFlags(xlat.GenlWgpeerFlags, "WGPEER_F_???", 4), // WGPEER_A_FLAGS
	4:  gSockaddr,                                       // WGPEER_A_ENDPOINT
	5:  gU16,                                            // WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL
	6:  gTimespec,                                       // WGPEER_A_LAST_HANDSHAKE_TIME
	7:  gU64,                                            // WGPEER_A_RX_BYTES
	8:  gU64,                                            // WGPEER_A_TX_BYTES
	9:  nestDec{arrayOf(wgAllowedIPAttrs)},              // WGPEER_A_ALLOWEDIPS
	10: gU32,                                            // WGPEER_A_PROTOCOL_VERSION
})

var wgDeviceAttrs = newSet(xlat.GenlWgdeviceAttrs, "WGDEVICE_A_???", map[uint16]attrDec{
	1: gIfindex, // WGDEVICE_A_IFINDEX
	2: nlaStr,   // WGDEVICE_A_IFNAME
	// WGDEVICE_A_PRIVATE_KEY and WGDEVICE_A_PUBLIC_KEY are binary
	5: gFlags(xlat.GenlWgdeviceFlags, "WGDEVICE_F_???", 4), // WGDEVICE_A_FLAGS
	6: gU16,                                                // WGDEVICE_A_LISTEN_PORT
	7: gX32,                                                // WGDEVICE_A_FWMARK
	8: nestDec{arrayOf(wgPeerAttrs)},                       // WGDEVICE_A_PEERS
})
