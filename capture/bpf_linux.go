package capture

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"
	"github.com/cilium/ebpf/ringbuf"
	"github.com/google/gopacket"
	"golang.org/x/sys/unix"
)

// The BPF source sees the messages nlmon sees, where the kernel hands
// them to its taps: a BPF program runs at the entry of
//
//   - __netlink_sendskb(sk, skb): a buffer queued to a process's socket
//     (a unicast reply, a dump part, each recipient of a broadcast, a
//     message from another process);
//   - netlink_unicast(ssk, skb, portid, nonblock) with portid 0 from a
//     process's socket: a buffer sent to the kernel (the tap in
//     netlink_unicast_kernel, which compilers inline).
//
// It keeps the protocols the kernel's taps keep (netlink_filter_tap), and
// copies each buffer, up to the snap length, with what it knows of it
// into a BPF ring buffer. Both functions run in the context of the
// process whose action made the buffer: the sender of a request, the
// requester of a reply or dump (the kernel answers synchronously), the
// process whose change a notification announces. No clang is needed: the
// program is written below with the asm package, and the offsets of the
// kernel's structures come from its BTF when the capture opens.

// BpfOptions configure a capture with the BPF source.
type BpfOptions struct {
	// SnapLen is the most bytes of a netlink buffer kept (default
	// DefaultSnapLen-16, as nlmon captures).
	SnapLen int
	// BufferSize is the size of the ring buffer, rounded up to a power of
	// two (default 32 MiB). The program drops, and counts, what does not
	// fit while nldump is busy.
	BufferSize int
	// Netns is the inode number of the network namespace captured (as
	// stat of /proc/PID/ns/net gives it); 0 captures every namespace.
	// nlmon sees the namespace it was created in.
	Netns uint64
	// Attach forces "fentry" or "kprobe"; empty tries fentry, then
	// kprobes.
	Attach string
}

// Bpf captures netlink with a BPF program. Its packets have a private
// link type that FrameReader reads (a record header with the process,
// protocol, direction and port ids, then the netlink buffer); it has the
// shape a Queue reads.
type Bpf struct {
	links  []link.Link
	progs  []*ebpf.Program
	events *ebpf.Map
	stats  *ebpf.Map
	rd     *ringbuf.Reader
	rec    ringbuf.Record
	clock  time.Duration // wall clock minus monotonic clock
	snap   int
	read   atomic.Uint64 // records handed out (the reading goroutine's), for Stats
	onIdle func()

	mu       sync.Mutex
	stopping bool

	// Attach says how the program is attached: "fentry" or "kprobe".
	Attach string
}

// netlink protocols the kernel's taps pass (netlink_filter_tap)
const tapProtocols = 1<<unix.NETLINK_ROUTE | 1<<unix.NETLINK_USERSOCK | 1<<unix.NETLINK_SOCK_DIAG |
	1<<unix.NETLINK_NFLOG | 1<<unix.NETLINK_XFRM | 1<<unix.NETLINK_FIB_LOOKUP |
	1<<unix.NETLINK_NETFILTER | 1<<unix.NETLINK_GENERIC

// kernelLayout holds the offsets the program reads, from the kernel's BTF.
type kernelLayout struct {
	skbLen, skbData, skbCB int32 // struct sk_buff
	cbPortid               int32 // struct netlink_skb_parms, in skb->cb
	skProtocol             int32 // struct sock (a u16)
	skNet                  int32 // struct sock: the struct net pointer
	netInum                int32 // struct net: ns.inum
	nlkPortid              int32 // struct netlink_sock
}

// memberOffset finds a member by its dotted path in a struct, looking
// into anonymous structs and unions, and returns its byte offset and size.
func memberOffset(spec *btf.Spec, typ, path string) (int32, int, error) {
	var st *btf.Struct
	if err := spec.TypeByName(typ, &st); err != nil {
		return 0, 0, fmt.Errorf("struct %s: %w", typ, err)
	}
	var t btf.Type = st
	var off uint32
	for name := range strings.SplitSeq(path, ".") {
		m, o, ok := findMember(t, name)
		if !ok {
			return 0, 0, fmt.Errorf("struct %s has no member %s", typ, path)
		}
		if m.BitfieldSize != 0 {
			return 0, 0, fmt.Errorf("struct %s: %s is a bit field", typ, path)
		}
		off += o
		t = m.Type
	}
	size, err := btf.Sizeof(t)
	if err != nil {
		return 0, 0, fmt.Errorf("struct %s: %s: %w", typ, path, err)
	}
	return int32(off), size, nil
}

// findMember returns the member named name of a struct or union and its
// byte offset, searching anonymous members too.
func findMember(t btf.Type, name string) (btf.Member, uint32, bool) {
	var members []btf.Member
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Struct:
		members = u.Members
	case *btf.Union:
		members = u.Members
	default:
		return btf.Member{}, 0, false
	}
	for _, m := range members {
		if m.Name == name {
			return m, m.Offset.Bytes(), true
		}
	}
	for _, m := range members {
		if m.Name == "" {
			if f, o, ok := findMember(m.Type, name); ok {
				return f, m.Offset.Bytes() + o, true
			}
		}
	}
	return btf.Member{}, 0, false
}

func loadLayout(spec *btf.Spec) (kernelLayout, error) {
	var l kernelLayout
	var errs []error
	get := func(dst *int32, typ, path string, size int) {
		off, n, err := memberOffset(spec, typ, path)
		if err == nil && size != 0 && n != size {
			err = fmt.Errorf("struct %s: %s has %d bytes, want %d", typ, path, n, size)
		}
		if err != nil {
			errs = append(errs, err)
		}
		*dst = off
	}
	get(&l.skbLen, "sk_buff", "len", 4)
	get(&l.skbData, "sk_buff", "data", 8)
	get(&l.skbCB, "sk_buff", "cb", 0)
	get(&l.cbPortid, "netlink_skb_parms", "portid", 4)
	get(&l.skProtocol, "sock", "sk_protocol", 2)
	get(&l.skNet, "sock", "__sk_common.skc_net", 8)
	get(&l.netInum, "net", "ns.inum", 4)
	get(&l.nlkPortid, "netlink_sock", "portid", 4)
	return l, errors.Join(errs...)
}

// hook is one kernel function the program attaches to.
type hook struct {
	fn   string
	kind int    // bpfToKernel: netlink_unicast(ssk, skb, portid); bpfToSocket: __netlink_sendskb(sk, skb)
	name string // of the program, as bpftool lists it
}

var bpfHooks = []hook{
	{"__netlink_sendskb", bpfToSocket, "nldump_sendskb"},
	{"netlink_unicast", bpfToKernel, "nldump_unicast"},
}

// argument registers in struct pt_regs, for kprobes
var kprobeArgs = map[string][3]int16{
	"amd64": {112, 104, 96}, // di, si, dx
	"arm64": {0, 8, 16},     // regs[0..2]
}

// the stack slots of the program
const (
	slotProto  = -8
	slotNet    = -16
	slotInum   = -24
	slotPortid = -32 // the socket's own port id
	slotLen    = -40
	slotData   = -48
	slotSender = -56
	slotKey    = -64
)

// program writes the BPF program for one hook. fentry programs find the
// arguments in an array of u64, kprobes in struct pt_regs.
func program(h hook, l kernelLayout, fentry bool, events, stats *ebpf.Map, snap int, netns uint64) (asm.Instructions, error) {
	args := [3]int16{0, 8, 16}
	if !fentry {
		a, ok := kprobeArgs[runtime.GOARCH]
		if !ok {
			return nil, fmt.Errorf("kprobes on %s are not supported (fentry is needed)", runtime.GOARCH)
		}
		args = a
	}
	const (
		sk   = asm.R6
		skb  = asm.R7
		rec  = asm.R8
		size = asm.R9
	)
	// read calls bpf_probe_read_kernel(fp+slot, n, base+off)
	read := func(slot int16, n int32, base asm.Register, off int32) asm.Instructions {
		return asm.Instructions{
			asm.Mov.Reg(asm.R1, asm.RFP),
			asm.Add.Imm(asm.R1, int32(slot)),
			asm.Mov.Imm(asm.R2, n),
			asm.Mov.Reg(asm.R3, base),
			asm.Add.Imm(asm.R3, off),
			asm.FnProbeReadKernel.Call(),
		}
	}
	p := asm.Instructions{
		asm.LoadMem(sk, asm.R1, args[0], asm.DWord),
		asm.LoadMem(skb, asm.R1, args[1], asm.DWord),
	}
	if h.kind == bpfToKernel {
		// only what goes to a kernel socket (port id 0)
		p = append(p,
			asm.LoadMem(asm.R2, asm.R1, args[2], asm.DWord),
			asm.JNE.Imm32(asm.R2, 0, "out"),
		)
	}
	p = append(p, asm.Mov.Imm(asm.R0, 0))
	for slot := int16(-8); slot >= slotKey; slot -= 8 {
		p = append(p, asm.StoreMem(asm.RFP, slot, asm.R0, asm.DWord))
	}
	p = append(p, read(slotProto, 2, sk, l.skProtocol)...)
	p = append(p,
		asm.LoadMem(size, asm.RFP, slotProto, asm.Half),
		asm.JGT.Imm(size, 31, "out"),
		asm.Mov.Imm(asm.R1, tapProtocols),
		asm.RSh.Reg(asm.R1, size),
		asm.And.Imm(asm.R1, 1),
		asm.JEq.Imm(asm.R1, 0, "out"),
	)
	p = append(p, read(slotNet, 8, sk, l.skNet)...)
	p = append(p, asm.LoadMem(asm.R4, asm.RFP, slotNet, asm.DWord))
	p = append(p, read(slotInum, 4, asm.R4, l.netInum)...)
	if netns != 0 {
		p = append(p,
			asm.LoadMem(asm.R1, asm.RFP, slotInum, asm.Word),
			asm.JNE.Imm32(asm.R1, int32(uint32(netns)), "out"),
		)
	}
	p = append(p, read(slotPortid, 4, sk, l.nlkPortid)...)
	if h.kind == bpfToKernel {
		// a kernel socket sending to another is not tapped
		p = append(p,
			asm.LoadMem(asm.R1, asm.RFP, slotPortid, asm.Word),
			asm.JEq.Imm(asm.R1, 0, "out"),
		)
	}
	p = append(p, read(slotLen, 4, skb, l.skbLen)...)
	p = append(p, read(slotData, 8, skb, l.skbData)...)
	p = append(p, read(slotSender, 4, skb, l.skbCB+l.cbPortid)...)
	p = append(p,
		asm.LoadMem(size, asm.RFP, slotLen, asm.Word),
		asm.JLE.Imm(size, int32(snap), "snapped"),
		asm.Mov.Imm(size, int32(snap)),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("snapped"),
	)
	// Ring buffer records have sizes known to the verifier: a class of
	// sizes, each twice the one before, up to the snap length.
	var classes []int
	for c := 256; ; c *= 2 {
		if c >= snap {
			classes = append(classes, snap)
			break
		}
		classes = append(classes, c)
	}
	for i, c := range classes {
		p = append(p, asm.JLE.Imm(size, int32(c), fmt.Sprintf("class%d", i)))
	}
	p = append(p, asm.Ja.Label("out"))
	for i, c := range classes {
		p = append(p,
			asm.LoadMapPtr(asm.R1, events.FD()).WithSymbol(fmt.Sprintf("class%d", i)),
			asm.Mov.Imm(asm.R2, int32(bpfHdrLen+c)),
			asm.Mov.Imm(asm.R3, 0),
			asm.FnRingbufReserve.Call(),
			asm.JEq.Imm(asm.R0, 0, "drop"),
			asm.Mov.Reg(rec, asm.R0),
			asm.FnKtimeGetNs.Call(),
			asm.StoreMem(rec, bpfTime, asm.R0, asm.DWord),
			asm.LoadMem(asm.R1, asm.RFP, slotLen, asm.Word),
			asm.StoreMem(rec, bpfLen, asm.R1, asm.Word),
			asm.StoreMem(rec, bpfCapLen, size, asm.Word),
			asm.FnGetCurrentPidTgid.Call(),
			asm.StoreMem(rec, bpfTid, asm.R0, asm.Word),
			asm.RSh.Imm(asm.R0, 32),
			asm.StoreMem(rec, bpfPid, asm.R0, asm.Word),
			asm.LoadMem(asm.R1, asm.RFP, slotInum, asm.Word),
			asm.StoreMem(rec, bpfNetns, asm.R1, asm.Word),
			asm.LoadMem(asm.R1, asm.RFP, slotSender, asm.Word),
			asm.StoreMem(rec, bpfSender, asm.R1, asm.Word),
		)
		if h.kind == bpfToSocket {
			p = append(p,
				asm.LoadMem(asm.R1, asm.RFP, slotPortid, asm.Word),
				asm.StoreMem(rec, bpfDest, asm.R1, asm.Word))
		} else {
			p = append(p, asm.StoreImm(rec, bpfDest, 0, asm.Word))
		}
		p = append(p,
			asm.LoadMem(asm.R1, asm.RFP, slotProto, asm.Half),
			asm.StoreMem(rec, bpfProto, asm.R1, asm.Half),
			asm.StoreImm(rec, bpfKind, int64(h.kind), asm.Byte),
			asm.StoreImm(rec, bpfKind+1, 0, asm.Byte),
			asm.Mov.Reg(asm.R1, rec),
			asm.Add.Imm(asm.R1, bpfComm),
			asm.Mov.Imm(asm.R2, 16),
			asm.FnGetCurrentComm.Call(),
			asm.Mov.Reg(asm.R1, rec),
			asm.Add.Imm(asm.R1, bpfHdrLen),
			asm.Mov.Reg(asm.R2, size),
			asm.LoadMem(asm.R3, asm.RFP, slotData, asm.DWord),
			asm.FnProbeReadKernel.Call(),
			asm.Mov.Reg(asm.R1, rec),
			asm.Mov.Imm(asm.R2, 0),
			asm.FnRingbufSubmit.Call(),
			asm.Ja.Label("out"),
		)
	}
	p = append(p,
		// the ring buffer is full: count the drop
		asm.StoreImm(asm.RFP, slotKey, 0, asm.Word).WithSymbol("drop"),
		asm.LoadMapPtr(asm.R1, stats.FD()),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, slotKey),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, "out"),
		asm.Mov.Imm(asm.R1, 1),
		asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	)
	return p, nil
}

// OpenBpf loads and attaches the BPF program and opens its ring buffer.
func OpenBpf(o BpfOptions) (*Bpf, error) {
	if o.SnapLen <= 0 {
		o.SnapLen = DefaultSnapLen - 16
	}
	if o.BufferSize <= 0 {
		o.BufferSize = DefaultBufferSize
	}
	ring := os.Getpagesize()
	for ring < o.BufferSize || ring < 4*(o.SnapLen+bpfHdrLen) {
		ring *= 2
	}
	if err := bpfAllowed(); err != nil {
		return nil, unavailable{err}
	}
	spec, err := btf.LoadKernelSpec()
	if err != nil {
		return nil, unavailable{fmt.Errorf("the kernel's BTF (/sys/kernel/btf/vmlinux, CONFIG_DEBUG_INFO_BTF) is needed to find its structures: %w", err)}
	}
	layout, err := loadLayout(spec)
	if err != nil {
		return nil, unavailable{fmt.Errorf("the kernel's BTF lacks what the BPF source reads: %w", err)}
	}
	b := &Bpf{snap: o.SnapLen}
	fail := func(err error) (*Bpf, error) {
		b.Close()
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			// nldump's own program is wrong for this kernel
			return nil, err
		}
		return nil, unavailable{err}
	}
	b.events, err = ebpf.NewMap(&ebpf.MapSpec{Name: "nldump_events", Type: ebpf.RingBuf, MaxEntries: uint32(ring)})
	if err != nil {
		return fail(bpfError("creating a BPF ring buffer", err))
	}
	b.stats, err = ebpf.NewMap(&ebpf.MapSpec{Name: "nldump_drops", Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	if err != nil {
		return fail(bpfError("creating a BPF map", err))
	}
	// fentry where the kernel has it, kprobes otherwise
	var fentryErr error
	modes := []bool{true, false}
	switch o.Attach {
	case "fentry":
		modes = modes[:1]
	case "kprobe":
		modes = modes[1:]
	case "":
	default:
		return fail(fmt.Errorf("attach %q: want fentry or kprobe", o.Attach))
	}
	for _, fentry := range modes {
		err := errors.New("this kernel has no kprobes (CONFIG_KPROBES)")
		if fentry || haveKprobes() {
			err = b.attach(spec, layout, fentry, o)
		}
		if err == nil {
			break
		}
		b.detach()
		if fentry && len(modes) == 2 {
			fentryErr = err
			continue
		}
		if fentryErr == nil {
			return fail(fmt.Errorf("attaching to the kernel's netlink functions: %w", err))
		}
		return fail(fmt.Errorf("the kernel offers no way to attach to its netlink functions: fentry: %v; kprobes: %w", fentryErr, err))
	}
	b.rd, err = ringbuf.NewReader(b.events)
	if err != nil {
		return fail(fmt.Errorf("reading the BPF ring buffer: %w", err))
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err == nil {
		b.clock = time.Duration(time.Now().UnixNano() - ts.Nano())
	}
	return b, nil
}

func (b *Bpf) attach(spec *btf.Spec, layout kernelLayout, fentry bool, o BpfOptions) error {
	for _, h := range bpfHooks {
		insns, err := program(h, layout, fentry, b.events, b.stats, o.SnapLen, o.Netns)
		if err != nil {
			return err
		}
		ps := &ebpf.ProgramSpec{
			Name:         h.name,
			Instructions: insns,
			License:      "GPL", // bpf_probe_read_kernel is offered to GPL programs only
		}
		if fentry {
			ps.Type, ps.AttachType, ps.AttachTo = ebpf.Tracing, ebpf.AttachTraceFEntry, h.fn
		} else {
			ps.Type = ebpf.Kprobe
		}
		prog, err := ebpf.NewProgramWithOptions(ps, ebpf.ProgramOptions{KernelTypes: spec})
		if err != nil {
			return bpfError(fmt.Sprintf("loading the program for %s", h.fn), err)
		}
		b.progs = append(b.progs, prog)
		var l link.Link
		if fentry {
			l, err = link.AttachTracing(link.TracingOptions{Program: prog})
		} else {
			l, err = link.Kprobe(h.fn, prog, nil)
		}
		if err != nil {
			return bpfError(fmt.Sprintf("attaching to %s", h.fn), err)
		}
		b.links = append(b.links, l)
	}
	b.Attach = "kprobe"
	if fentry {
		b.Attach = "fentry"
	}
	return nil
}

// bpfAllowed names what forbids BPF tracing, when something visibly does.
func bpfAllowed() error {
	if s, err := os.ReadFile("/sys/kernel/security/lockdown"); err == nil && strings.Contains(string(s), "[confidentiality]") {
		return errors.New("the kernel is locked down (confidentiality, /sys/kernel/security/lockdown): it forbids BPF programs that read kernel memory; use nlmon (--source nlmon) or nldump trace -- CMD")
	}
	if os.Geteuid() != 0 {
		var hdr = unix.CapUserHeader{Version: unix.LINUX_CAPABILITY_VERSION_3}
		var data [2]unix.CapUserData
		if err := unix.Capget(&hdr, &data[0]); err == nil {
			has := func(c uint) bool { return data[c/32].Effective&(1<<(c%32)) != 0 }
			if !has(unix.CAP_SYS_ADMIN) && !(has(unix.CAP_BPF) && has(unix.CAP_PERFMON)) {
				return errors.New("the BPF source needs root, or the capabilities CAP_BPF and CAP_PERFMON (sudo setcap cap_bpf,cap_perfmon+ep $(command -v nldump))")
			}
		}
	}
	return nil
}

// ErrBpfUnavailable is what OpenBpf's error is (errors.Is) when the
// kernel or the privileges do not allow the BPF source.
var ErrBpfUnavailable = errors.New("the BPF source is not available")

type unavailable struct{ error }

func (e unavailable) Unwrap() error        { return e.error }
func (e unavailable) Is(target error) bool { return target == ErrBpfUnavailable }

// bpfError says what a failure of the BPF system calls means.
func bpfError(what string, err error) error {
	var ve *ebpf.VerifierError
	switch {
	case errors.As(err, &ve):
		return fmt.Errorf("%s: the kernel's verifier refuses nldump's program: %w", what, err)
	case errors.Is(err, unix.EPERM) || errors.Is(err, unix.EACCES):
		why := "the BPF source needs root, or CAP_BPF and CAP_PERFMON"
		if os.Geteuid() == 0 {
			why = "the kernel refuses it to root: a restricted kernel, a security module or lockdown"
		}
		if s, e := os.ReadFile("/sys/kernel/security/lockdown"); e == nil && !strings.Contains(string(s), "[none]") {
			why += " (lockdown: " + strings.TrimSpace(string(s)) + ")"
		}
		return fmt.Errorf("%s: %v: %s", what, unix.EPERM, why)
	case errors.Is(err, unix.ENOENT) || errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s: %w (not traceable on this kernel: inlined, or tracing is off)", what, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// haveKprobes tells whether the kernel offers kprobes to BPF (the perf
// PMU, or kprobe_events in tracefs).
func haveKprobes() bool {
	for _, p := range []string{"/sys/bus/event_source/devices/kprobe", "/sys/kernel/tracing/kprobe_events", "/sys/kernel/debug/tracing/kprobe_events"} {
		if _, err := os.Stat(p); err == nil {
			return true
		}
	}
	return false
}

// LinkType is the private link type of the source's packets.
func (b *Bpf) LinkType() int { return linkTypeBpf }

// SetOnIdle sets what is called before the source waits for the kernel.
func (b *Bpf) SetOnIdle(f func()) { b.onIdle = f }

// Interrupt makes the reads end: what the ring buffer holds is still
// returned, then io.EOF. It may be called from any goroutine.
func (b *Bpf) Interrupt() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.stopping && b.rd != nil {
		b.stopping = true
		b.rd.Flush()
	}
}

// ZeroCopyReadPacketData returns the next record, valid until the next
// call. It waits for one as long as needed, until Interrupt.
func (b *Bpf) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	for {
		if b.onIdle != nil && b.rd.AvailableBytes() == 0 {
			b.onIdle()
		}
		err := b.rd.ReadInto(&b.rec)
		if err != nil {
			if errors.Is(err, ringbuf.ErrFlushed) || errors.Is(err, os.ErrClosed) {
				return nil, gopacket.CaptureInfo{}, io.EOF
			}
			return nil, gopacket.CaptureInfo{}, fmt.Errorf("reading the BPF ring buffer: %w", err)
		}
		r := b.rec.RawSample
		if len(r) < bpfHdrLen {
			continue
		}
		n := int(ne.Uint32(r[bpfCapLen:]))
		if n > len(r)-bpfHdrLen {
			n = len(r) - bpfHdrLen
		}
		b.read.Add(1)
		ci := gopacket.CaptureInfo{
			Timestamp:     time.Unix(0, int64(ne.Uint64(r[bpfTime:]))+int64(b.clock)),
			CaptureLength: bpfHdrLen + n,
			Length:        bpfHdrLen + max(n, int(ne.Uint32(r[bpfLen:]))),
		}
		return r[:bpfHdrLen+n], ci, nil
	}
}

// ReadPacketData returns the next record in a buffer of its own.
func (b *Bpf) ReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	data, ci, err := b.ZeroCopyReadPacketData()
	if err != nil {
		return nil, ci, err
	}
	return slices.Clone(data), ci, nil
}

// Stats returns the counters since the capture opened: the records read
// and those dropped because the ring buffer was full.
func (b *Bpf) Stats() (LiveStats, error) {
	var drops uint64
	if err := b.stats.Lookup(uint32(0), &drops); err != nil {
		return LiveStats{Packets: b.read.Load()}, fmt.Errorf("reading the BPF drop counter: %w", err)
	}
	return LiveStats{Packets: b.read.Load() + drops, Drops: drops}, nil
}

// Close detaches the program and frees the ring buffer.
func (b *Bpf) Close() error {
	b.detach()
	b.mu.Lock()
	if b.rd != nil {
		b.rd.Close()
		b.rd = nil
	}
	b.mu.Unlock()
	for _, m := range []*ebpf.Map{b.events, b.stats} {
		if m != nil {
			m.Close()
		}
	}
	b.events, b.stats = nil, nil
	return nil
}

// detach closes the programs and their links.
func (b *Bpf) detach() {
	for _, l := range b.links {
		l.Close()
	}
	for _, p := range b.progs {
		p.Close()
	}
	b.links, b.progs = nil, nil
}

// NetnsOf returns the inode number of the network namespace of a process
// ("self" for nldump's own).
func NetnsOf(pid string) (uint64, error) {
	var st unix.Stat_t
	if err := unix.Stat("/proc/"+pid+"/ns/net", &st); err != nil {
		return 0, err
	}
	return st.Ino, nil
}
