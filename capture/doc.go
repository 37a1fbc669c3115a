// Package capture is where nldump's bytes come from: hex dumps, pcap and
// pcapng files, live nlmon interfaces, and traced processes. It yields
// Frames: the bytes of one netlink buffer with its time, protocol and
// direction. It knows nothing of decoding.
//
// Live capture (Linux): PrepareNlmon finds or creates the nlmon
// interface, OpenLive reads it through an AF_PACKET socket with a
// TPACKET_V3 ring (keeping sll_protocol, the netlink protocol), and a
// Queue empties the ring into memory while decoding falls behind. Files:
// NewReader reads pcap and pcapng. Live, Queue and Reader have gopacket's
// ZeroCopyPacketDataSource shape, their packets starting with the
// link-layer header; FrameReader turns those packets into Frames, telling
// the byte order from nlmsg_len and inferring the direction (DirInfer).
// PcapWriter writes Frames as tcpdump writes nlmon packets.
//
// capture parses the few netlink header fields it needs itself (it must
// not import decode): lengths, flags, seq and port for the direction, and
// CTRL_CMD_NEWFAMILY for generic netlink family names (GenlFamilies,
// QueryGenlFamilies).
package capture
