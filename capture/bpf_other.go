//go:build !linux

package capture

import (
	"errors"

	"github.com/google/gopacket"
)

var errBpfNotLinux = errors.New("the BPF capture source needs Linux; read a pcap file with nldump read FILE")

// BpfOptions configure a capture with the BPF source.
type BpfOptions struct {
	SnapLen    int
	BufferSize int
	Netns      uint64
	Attach     string
}

// Bpf captures netlink with a BPF program; only Linux has one.
type Bpf struct {
	Attach string
}

// OpenBpf fails: only Linux has the BPF source.
func OpenBpf(o BpfOptions) (*Bpf, error) { return nil, errBpfNotLinux }

func (b *Bpf) LinkType() int      { return linkTypeBpf }
func (b *Bpf) Interrupt()         {}
func (b *Bpf) SetOnIdle(f func()) {}
func (b *Bpf) ReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	return nil, gopacket.CaptureInfo{}, errBpfNotLinux
}
func (b *Bpf) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	return nil, gopacket.CaptureInfo{}, errBpfNotLinux
}
func (b *Bpf) Stats() (LiveStats, error) { return LiveStats{}, errBpfNotLinux }
func (b *Bpf) Close() error              { return nil }

// NetnsOf fails: only Linux has network namespaces.
func NetnsOf(pid string) (uint64, error) { return 0, errBpfNotLinux }
