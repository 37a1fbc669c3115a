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

var wgAllowedIPAttrs = newSet(xlat.GenlWgallowedipAttrs, "WGALLOWEDIP_A_???", []attrDec{
	xlat.WGALLOWEDIP_A_FAMILY:    gFamily,
	xlat.WGALLOWEDIP_A_IPADDR:    gAnyAddr,
	xlat.WGALLOWEDIP_A_CIDR_MASK: gU8,
	xlat.WGALLOWEDIP_A_FLAGS:     gFlags(xlat.GenlWgallowedipFlags, "WGALLOWEDIP_F_???", 4),
})

var wgPeerAttrs = newSet(xlat.GenlWgpeerAttrs, "WGPEER_A_???", []attrDec{
	// WGPEER_A_PUBLIC_KEY and WGPEER_A_PRESHARED_KEY are binary
	xlat.WGPEER_A_FLAGS:                         gFlags(xlat.GenlWgpeerFlags, "WGPEER_F_???", 4),
	xlat.WGPEER_A_ENDPOINT:                      gSockaddr,
	xlat.WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL: gU16,
	xlat.WGPEER_A_LAST_HANDSHAKE_TIME:           gTimespec,
	xlat.WGPEER_A_RX_BYTES:                      gU64,
	xlat.WGPEER_A_TX_BYTES:                      gU64,
	xlat.WGPEER_A_ALLOWEDIPS:                    nestDec{arrayOf(wgAllowedIPAttrs)},
	xlat.WGPEER_A_PROTOCOL_VERSION:              gU32,
})

var wgDeviceAttrs = newSet(xlat.GenlWgdeviceAttrs, "WGDEVICE_A_???", []attrDec{
	xlat.WGDEVICE_A_IFINDEX: gIfindex,
	xlat.WGDEVICE_A_IFNAME:  nlaStr,
	// WGDEVICE_A_PRIVATE_KEY and WGDEVICE_A_PUBLIC_KEY are binary
	xlat.WGDEVICE_A_FLAGS:       gFlags(xlat.GenlWgdeviceFlags, "WGDEVICE_F_???", 4),
	xlat.WGDEVICE_A_LISTEN_PORT: gU16,
	xlat.WGDEVICE_A_FWMARK:      gX32,
	xlat.WGDEVICE_A_PEERS:       nestDec{arrayOf(wgPeerAttrs)},
})
