package capture

import (
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"
)

// bpfMsg is one netlink message of a frame the BPF source captured.
type bpfMsg struct {
	fr    Frame
	typ   uint16
	flags uint16
	errno int32 // NLMSG_ERROR's error
}

// captureBpf runs script under sh while the BPF source captures, and
// returns the messages of every namespace.
func captureBpf(t *testing.T, attach, script string, also func()) []bpfMsg {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("the BPF source needs root")
	}
	b, err := OpenBpf(BpfOptions{Attach: attach})
	if errors.Is(err, ErrBpfUnavailable) && os.Getenv("NLDUMP_REQUIRE_BPF") == "" {
		// the VM test sets NLDUMP_REQUIRE_BPF: there it must work
		t.Skipf("this kernel does not allow the BPF source: %v", err)
	}
	if err != nil {
		t.Fatalf("OpenBpf: %v", err)
	}
	defer b.Close()
	t.Logf("attached with %s", b.Attach)
	q := NewQueue(b, 0)
	defer q.Close()
	cmd := exec.Command("sh", "-c", script)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
	also()
	time.Sleep(50 * time.Millisecond)
	q.Interrupt()
	frames := NewFrameReader(q, EndianAuto)
	var msgs []bpfMsg
	for {
		fr, err := frames.Next()
		if err != nil {
			break
		}
		walkHeaders(fr.Data, binary.NativeEndian, func(h nlHeader, off int) bool {
			m := bpfMsg{fr: *fr, typ: h.Type, flags: h.Flags}
			m.fr.Data = append([]byte(nil), fr.Data...)
			if h.Type == 2 && off+20 <= len(fr.Data) {
				m.errno = int32(binary.NativeEndian.Uint32(fr.Data[off+16:]))
			}
			msgs = append(msgs, m)
			return true
		})
	}
	return msgs
}

func readPid(t *testing.T, name string) int {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// TestBpfSource captures ip's requests, the kernel's replies, a dump and
// a notification to a listener in a network namespace of its own, and a
// request of this test's own process and its answer, and checks the
// process named for each; with fentry and with kprobes.
func TestBpfSource(t *testing.T) {
	for _, attach := range []string{"fentry", "kprobe"} {
		t.Run(attach, func(t *testing.T) { testBpfSource(t, attach) })
	}
}

// sendGetlink sends RTM_GETLINK for lo with the given sequence number
// and reads the answer.
func sendGetlink(t *testing.T, seq uint32) {
	t.Helper()
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_ROUTE)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fd)
	req := make([]byte, 32)
	ne := binary.NativeEndian
	ne.PutUint32(req[0:], 32)
	ne.PutUint16(req[4:], unix.RTM_GETLINK)
	ne.PutUint16(req[6:], unix.NLM_F_REQUEST)
	ne.PutUint32(req[8:], seq)
	ne.PutUint32(req[20:], 1) // ifi_index: lo
	if err := unix.Sendto(fd, req, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 65536)
	if _, _, err := unix.Recvfrom(fd, buf, 0); err != nil {
		t.Fatal(err)
	}
}

func testBpfSource(t *testing.T, attach string) {
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("no unshare")
	}
	// by path: busybox's shell runs its own ip applet (ioctls, no
	// monitor) for a bare "ip"
	ip, err := exec.LookPath("ip")
	if err != nil {
		t.Skip("no ip")
	}
	dir := t.TempDir()
	show, add, mon := filepath.Join(dir, "show"), filepath.Join(dir, "add"), filepath.Join(dir, "mon")
	script := `unshare -n sh -c '
IP=` + ip + `
$IP link set lo up
sh -c "echo \$\$ >` + mon + `; exec $IP monitor route" >/dev/null &
sleep 1
sh -c "echo \$\$ >` + show + `; exec $IP link show" >/dev/null
sh -c "echo \$\$ >` + add + `; exec $IP route add 192.0.2.0/24 dev lo"
sleep 0.2
kill %1
'`
	const seq = 0x6e6c6470 // "nldp"
	msgs := captureBpf(t, attach, script, func() { sendGetlink(t, seq) })
	comm, err := os.ReadFile("/proc/self/comm")
	if err != nil {
		t.Fatal(err)
	}
	self := 0
	for _, m := range msgs {
		if binary.NativeEndian.Uint32(m.fr.Data[8:]) != seq {
			continue
		}
		if m.fr.Proc.PID != os.Getpid() || m.fr.Proc.Comm != strings.TrimSpace(string(comm)) {
			t.Errorf("this process's %v message: process %+v, want %d %q", m.fr.Dir, m.fr.Proc, os.Getpid(), strings.TrimSpace(string(comm)))
		}
		self |= 1 << m.fr.Dir
	}
	if self != 1<<DirToKernel|1<<DirFromKernel {
		t.Errorf("this process's request and its answer not both captured (directions %#b)", self)
	}
	showPid, addPid := readPid(t, show), readPid(t, add)
	var netns uint32
	for _, m := range msgs {
		if m.fr.Proc.PID == showPid {
			netns = m.fr.Netns
		}
	}
	if netns == 0 {
		t.Fatalf("no message of ip link show (pid %d) among %d", showPid, len(msgs))
	}
	own, _ := NetnsOf("self")
	if uint64(netns) == own {
		t.Fatalf("ip link show ran in nldump's namespace %d", netns)
	}
	type want struct {
		what  string
		pid   int
		dir   Direction
		typ   uint16
		flags uint16 // all set
		found bool
	}
	const (
		rtmNewlink  = 16
		rtmGetlink  = 18
		rtmNewroute = 24
		nlmsgError  = 2
		nlmsgDone   = 3
		fRequest    = 1
		fMulti      = 2
		fDump       = 0x300
		fCreate     = 0x400
	)
	wants := []*want{
		{what: "ip link show's dump request", pid: showPid, dir: DirToKernel, typ: rtmGetlink, flags: fRequest | fDump},
		{what: "the dump's RTM_NEWLINK", pid: showPid, dir: DirFromKernel, typ: rtmNewlink, flags: fMulti},
		{what: "the dump's NLMSG_DONE", pid: showPid, dir: DirFromKernel, typ: nlmsgDone, flags: fMulti},
		{what: "ip route add's request", pid: addPid, dir: DirToKernel, typ: rtmNewroute, flags: fRequest | fCreate},
		{what: "the kernel's ACK to ip route add", pid: addPid, dir: DirFromKernel, typ: nlmsgError},
		{what: "the RTM_NEWROUTE notification to ip monitor", pid: addPid, dir: DirFromKernel, typ: rtmNewroute},
	}
	for _, m := range msgs {
		if m.fr.Netns != netns {
			continue
		}
		for _, w := range wants {
			if m.fr.Proc.PID == w.pid && m.fr.Dir == w.dir && m.typ == w.typ && m.flags&w.flags == w.flags && m.errno == 0 {
				if m.fr.Proc.Comm != "ip" {
					t.Errorf("%s: command %q, want ip", w.what, m.fr.Proc.Comm)
				}
				if m.fr.Proto != 0 {
					t.Errorf("%s: protocol %d, want NETLINK_ROUTE", w.what, m.fr.Proto)
				}
				w.found = true
			}
		}
	}
	for _, w := range wants {
		if !w.found {
			t.Errorf("%s (pid %d) not captured", w.what, w.pid)
		}
	}
	if t.Failed() {
		for _, m := range msgs {
			if m.fr.Netns == netns {
				t.Logf("netns %d pid %d %q %v type %d flags %#x sender %d dest %d len %d", m.fr.Netns, m.fr.Proc.PID, m.fr.Proc.Comm, m.fr.Dir, m.typ, m.flags, m.fr.Sender, m.fr.Dest, len(m.fr.Data))
			}
		}
	}
}

// TestBpfProgramVerifies loads the program of each hook as a kprobe
// program, which runs it through the kernel's verifier, with this
// kernel's layout and every size class. (Attaching needs more than
// loading: TestBpfSource.)
func TestBpfProgramVerifies(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("loading BPF programs needs root")
	}
	spec, err := btf.LoadKernelSpec()
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	l, err := loadLayout(spec)
	if err != nil {
		t.Fatal(err)
	}
	if l.skbLen <= 0 || l.skbData <= 0 || l.skbCB <= 0 || l.skProtocol <= 0 || l.nlkPortid <= l.skProtocol {
		t.Fatalf("implausible layout %+v", l)
	}
	events, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.RingBuf, MaxEntries: 1 << 22})
	if err != nil {
		t.Skipf("no BPF maps: %v", err)
	}
	defer events.Close()
	stats, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer stats.Close()
	for _, h := range bpfHooks {
		for _, snap := range []int{16, 4096, DefaultSnapLen - 16} {
			insns, err := program(h, l, false, events, stats, snap, 4026531840)
			if err != nil {
				t.Fatal(err)
			}
			p, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.Kprobe, Instructions: insns, License: "GPL"})
			if err != nil {
				t.Fatalf("%s, snap %d: %v", h.fn, snap, err)
			}
			p.Close()
		}
	}
}
