package capture

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/google/gopacket"
	"golang.org/x/sys/unix"
)

// LiveOptions configure a live capture.
type LiveOptions struct {
	// SnapLen is the most bytes of a netlink buffer kept (default
	// DefaultSnapLen).
	SnapLen int
	// BufferSize is the size of the receive ring (default 32 MiB). The
	// kernel drops what does not fit while nldump is busy.
	BufferSize int
	// BlockTimeout is how long the kernel fills a ring block before
	// handing it over partly filled: the latency of a quiet capture
	// (default 50ms).
	BlockTimeout time.Duration
}

// DefaultBufferSize is the receive ring's default size.
const DefaultBufferSize = 32 << 20

// LiveStats are the kernel's counters of a live capture since it opened.
type LiveStats struct {
	Packets uint64 // seen by the socket, dropped ones included
	Drops   uint64 // dropped because the ring was full
}

// Live captures from an nlmon interface through an AF_PACKET socket with
// a TPACKET_V3 receive ring. It has gopacket's ZeroCopyPacketDataSource
// shape: each packet is a LINKTYPE_NETLINK packet (the 16-byte cooked
// header tcpdump writes, built from the socket address the kernel gives,
// whose protocol is the netlink protocol; then the netlink buffer), so it
// reads like a file tcpdump wrote.
type Live struct {
	fd, efd   int
	ring      []byte
	blockSize int
	nBlocks   int
	snaplen   int
	tov       time.Duration

	block   int  // block being read, or next to be handed over
	inBlock bool // block is ours
	pktLeft int
	pktOff  int

	stopping  bool
	stopAt    time.Time
	drainLeft int

	stats LiveStats
	mu    sync.Mutex // Interrupt against Close
	// OnIdle, when set, is called each time the source is about to wait
	// for the kernel: a place to flush output.
	OnIdle func()
}

var _ gopacket.ZeroCopyPacketDataSource = (*Live)(nil)
var _ gopacket.PacketDataSource = (*Live)(nil)

const (
	tpacket3HdrLen = int(unsafe.Sizeof(unix.Tpacket3Hdr{}))
	sllOff         = (tpacket3HdrLen + 15) &^ 15 // TPACKET_ALIGN
	sllLen         = int(unsafe.Sizeof(unix.RawSockaddrLinklayer{}))
	// block descriptor fields (struct tpacket_block_desc, hdr.bh1)
	bdStatus   = 8
	bdNumPkts  = 12
	bdFirstPkt = 16
)

func htons(v uint16) uint16 { return v<<8 | v>>8 }

// OpenLive opens a capture on the interface of the given index.
func OpenLive(ifindex int, o LiveOptions) (*Live, error) {
	if o.SnapLen <= 0 {
		o.SnapLen = DefaultSnapLen
	}
	if o.BufferSize <= 0 {
		o.BufferSize = DefaultBufferSize
	}
	if o.BlockTimeout <= 0 {
		o.BlockTimeout = 50 * time.Millisecond
	}
	// A block must hold the largest packet with its headers. The kernel
	// hands a block over when it is full or after the block timeout, so
	// the ring holds nBlocks*BlockTimeout of a slow stream: small blocks,
	// many of them, keep a stall from costing drops.
	page := os.Getpagesize()
	bs := 64 << 10
	for bs < o.SnapLen+4096 {
		bs <<= 1
	}
	nb := max(o.BufferSize/bs, 2)

	// Protocol 0: the socket sees nothing until bound, so the ring holds
	// only packets of the interface.
	fd, err := unix.Socket(unix.AF_PACKET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		if errors.Is(err, unix.EPERM) || errors.Is(err, unix.EACCES) {
			return nil, fmt.Errorf("opening a packet socket: %v: %s", err, fixPrivilege)
		}
		return nil, os.NewSyscallError("socket", err)
	}
	l := &Live{fd: fd, efd: -1, blockSize: bs, nBlocks: nb, snaplen: o.SnapLen, tov: o.BlockTimeout}
	fail := func(what string, err error) (*Live, error) {
		l.Close()
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := unix.SetsockoptInt(fd, unix.SOL_PACKET, unix.PACKET_VERSION, unix.TPACKET_V3); err != nil {
		return fail("setting TPACKET_V3", err)
	}
	frame := 2048
	if frame > page {
		frame = page
	}
	req := unix.TpacketReq3{
		Block_size:     uint32(bs),
		Block_nr:       uint32(nb),
		Frame_size:     uint32(frame),
		Frame_nr:       uint32(bs / frame * nb),
		Retire_blk_tov: uint32(max(1, o.BlockTimeout.Milliseconds())),
	}
	if err := unix.SetsockoptTpacketReq3(fd, unix.SOL_PACKET, unix.PACKET_RX_RING, &req); err != nil {
		return fail(fmt.Sprintf("setting up a %d MiB receive ring", bs*nb>>20), err)
	}
	l.ring, err = unix.Mmap(fd, 0, bs*nb, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		return fail("mapping the receive ring", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrLinklayer{Protocol: htons(unix.ETH_P_ALL), Ifindex: ifindex}); err != nil {
		return fail("binding the packet socket", err)
	}
	l.efd, err = unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		return fail("eventfd", err)
	}
	return l, nil
}

// LinkType is LINKTYPE_NETLINK.
func (l *Live) LinkType() int { return LinkTypeNetlink }

// SetOnIdle sets OnIdle.
func (l *Live) SetOnIdle(f func()) { l.OnIdle = f }

// Interrupt makes the reads end: the packets the kernel already holds are
// still returned (after waiting for the block being filled to be handed
// over), then io.EOF. It may be called from any goroutine.
func (l *Live) Interrupt() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.efd >= 0 {
		var one [8]byte
		ne.PutUint64(one[:], 1)
		unix.Write(l.efd, one[:])
	}
}

func (l *Live) status(b int) *uint32 {
	return (*uint32)(unsafe.Pointer(&l.ring[b*l.blockSize+bdStatus]))
}

// ReadPacketData returns the next packet in a buffer of its own.
func (l *Live) ReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	data, ci, err := l.ZeroCopyReadPacketData()
	if err != nil {
		return nil, ci, err
	}
	return slices.Clone(data), ci, nil
}

// ZeroCopyReadPacketData returns the next packet, which stays valid until
// the next call. It waits for one as long as needed, until Interrupt.
func (l *Live) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	for {
		if l.inBlock {
			if l.pktLeft > 0 {
				if data, ci, ok := l.packet(); ok {
					return data, ci, nil
				}
				continue
			}
			// hand the block back
			atomic.StoreUint32(l.status(l.block), unix.TP_STATUS_KERNEL)
			l.inBlock = false
			l.block = (l.block + 1) % l.nBlocks
			if l.stopping && time.Now().After(l.stopAt) {
				l.drainLeft--
				if l.drainLeft <= 0 {
					return nil, gopacket.CaptureInfo{}, io.EOF
				}
			}
		}
		if atomic.LoadUint32(l.status(l.block))&unix.TP_STATUS_USER != 0 {
			b := l.ring[l.block*l.blockSize:]
			l.inBlock = true
			l.pktLeft = int(ne.Uint32(b[bdNumPkts:]))
			l.pktOff = int(ne.Uint32(b[bdFirstPkt:]))
			continue
		}
		timeout := -1
		if l.stopping {
			left := time.Until(l.stopAt)
			if left <= 0 {
				return nil, gopacket.CaptureInfo{}, io.EOF
			}
			timeout = int(left.Milliseconds()) + 1
		} else if l.OnIdle != nil {
			l.OnIdle()
		}
		fds := []unix.PollFd{{Fd: int32(l.fd), Events: unix.POLLIN}, {Fd: int32(l.efd), Events: unix.POLLIN}}
		if _, err := unix.Poll(fds, timeout); err != nil && err != unix.EINTR {
			return nil, gopacket.CaptureInfo{}, os.NewSyscallError("poll", err)
		}
		if fds[0].Revents&(unix.POLLERR|unix.POLLNVAL) != 0 {
			return nil, gopacket.CaptureInfo{}, errors.New("the capture socket failed (was the interface removed?)")
		}
		if fds[1].Revents&unix.POLLIN != 0 && !l.stopping {
			var b [8]byte
			unix.Read(l.efd, b[:])
			// The block being filled is handed over after the timeout.
			l.stopping = true
			l.stopAt = time.Now().Add(2*l.tov + 20*time.Millisecond)
			l.drainLeft = l.nBlocks
		}
	}
}

// packet returns the next packet of the current block; ok is false for a
// packet the ring's headers place out of the block (skipped).
func (l *Live) packet() ([]byte, gopacket.CaptureInfo, bool) {
	var ci gopacket.CaptureInfo
	blk := l.ring[l.block*l.blockSize : (l.block+1)*l.blockSize]
	off := l.pktOff
	l.pktLeft--
	if off < 0 || off+sllOff+sllLen > len(blk) {
		l.pktLeft = 0
		return nil, ci, false
	}
	p := blk[off:]
	next := int(ne.Uint32(p[0:]))
	if next == 0 {
		l.pktLeft = 0
	}
	l.pktOff = off + next
	sec := ne.Uint32(p[4:])
	nsec := ne.Uint32(p[8:])
	snap := int(ne.Uint32(p[12:]))
	plen := int(ne.Uint32(p[16:]))
	mac := int(ne.Uint16(p[24:]))
	if mac < sllOff+sllLen+16 || mac+snap > len(p) {
		return nil, ci, false
	}
	sll := p[sllOff : sllOff+sllLen]
	// the cooked header, as libpcap builds it, in the room before the data
	h := p[mac-16 : mac]
	binary.BigEndian.PutUint16(h[0:], uint16(sll[10]))    // sll_pkttype
	binary.BigEndian.PutUint16(h[2:], ne.Uint16(sll[8:])) // sll_hatype
	binary.BigEndian.PutUint16(h[4:], uint16(sll[11]))    // sll_halen
	// sll_addr: the kernel leaves old ring bytes there when there is no
	// address (nlmon has none); libpcap copies them, nldump writes zeros
	clear(h[6:14])
	copy(h[6:6+min(int(sll[11]), 8)], sll[12:20])
	copy(h[14:16], sll[2:4]) // sll_protocol, big-endian already
	if snap > l.snaplen {
		snap = l.snaplen
	}
	ci.Timestamp = time.Unix(int64(sec), int64(nsec))
	ci.CaptureLength = 16 + snap
	ci.Length = 16 + max(plen, snap)
	return p[mac-16 : mac+snap], ci, true
}

// Stats returns the kernel's counters since the capture opened.
func (l *Live) Stats() (LiveStats, error) {
	// the kernel resets its counters on each read
	st, err := unix.GetsockoptTpacketStatsV3(l.fd, unix.SOL_PACKET, unix.PACKET_STATISTICS)
	if err != nil {
		return l.stats, os.NewSyscallError("getsockopt PACKET_STATISTICS", err)
	}
	l.stats.Packets += uint64(st.Packets)
	l.stats.Drops += uint64(st.Drops)
	return l.stats, nil
}

// Close releases the ring and the socket.
func (l *Live) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ring != nil {
		unix.Munmap(l.ring)
		l.ring = nil
	}
	if l.efd >= 0 {
		unix.Close(l.efd)
		l.efd = -1
	}
	if l.fd >= 0 {
		err := unix.Close(l.fd)
		l.fd = -1
		return err
	}
	return nil
}
