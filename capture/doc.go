// Package capture is where nldump's bytes come from: hex dumps, pcap and
// pcapng files, live nlmon interfaces, and traced processes. It yields
// Frames: the bytes of one netlink buffer with its time, protocol and
// direction. It knows nothing of decoding.
package capture
