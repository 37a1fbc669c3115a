//go:build !linux

package capture

import (
	"errors"
	"time"

	"github.com/google/gopacket"
)

var errNotLinux = errors.New("live capture needs Linux (nlmon); read a pcap file with nldump read FILE")

// LiveOptions configure a live capture.
type LiveOptions struct {
	SnapLen      int
	BufferSize   int
	BlockTimeout time.Duration
}

// DefaultBufferSize is the receive ring's default size.
const DefaultBufferSize = 32 << 20

// LiveStats are the kernel's counters of a live capture.
type LiveStats struct {
	Packets uint64
	Drops   uint64
}

// Live is a live capture; only Linux has one.
type Live struct {
	OnIdle func()
}

// OpenLive fails: only Linux has nlmon.
func OpenLive(ifindex int, o LiveOptions) (*Live, error) { return nil, errNotLinux }

func (l *Live) LinkType() int      { return LinkTypeNetlink }
func (l *Live) Interrupt()         {}
func (l *Live) SetOnIdle(f func()) { l.OnIdle = f }
func (l *Live) ReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	return nil, gopacket.CaptureInfo{}, errNotLinux
}
func (l *Live) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	return nil, gopacket.CaptureInfo{}, errNotLinux
}
func (l *Live) Stats() (LiveStats, error) { return LiveStats{}, errNotLinux }
func (l *Live) Close() error              { return nil }

// Nlmon is an nlmon interface made ready for capture.
type Nlmon struct {
	Name      string
	Index     int
	Created   bool
	BroughtUp bool
}

// PrepareNlmon fails: only Linux has nlmon.
func PrepareNlmon(name string, create bool) (*Nlmon, error) { return nil, errNotLinux }

func (n *Nlmon) Close() error { return nil }

// QueryGenlFamilies fails: only Linux has generic netlink.
func QueryGenlFamilies(fn func(id uint16, name string)) error { return errNotLinux }
