package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
	"github.com/nldump/nldump/internal/stracecmp"
	"github.com/nldump/nldump/internal/stracelog"
	"github.com/nldump/nldump/internal/vmtest"
)

// The VM test runs nldump on a real kernel with nlmon (see
// internal/vmtest): side by side with tcpdump on the same nlmon0 while ip
// commands run under strace, then under a storm of 20,000 route adds. The
// files the VM writes are checked here, on the host, with tshark.

const vmWorkload = `IP=/usr/sbin/ip
$IP link add d0 type dummy
$IP link add v0 type veth peer name v1
$IP link set d0 up
$IP link set v0 up
$IP link set v1 up
$IP addr add 10.1.0.1/24 dev d0
$IP addr add 2001:db8::1/64 dev d0
$IP route add 10.2.0.0/16 via 10.1.0.2
$IP route add 10.3.0.0/16 dev d0 table 100
$IP rule add from 10.9.0.0/16 table 100
$IP neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev d0
$IP -d link show
$IP addr show
$IP route show table all
$IP -6 route
$IP rule show
$IP neigh show
$IP tcp_metrics show
$IP link set v0 mtu 1400
$IP addr del 10.1.0.1/24 dev d0
$IP link del v0
$IP link del d0
`

const vmScript = `N=/usr/bin/nldump
IP=/usr/sbin/ip
waitfor() {
	i=0
	while ! grep -q "$2" "$1" 2>/dev/null; do
		sleep 0.1; i=$((i+1))
		if [ $i -gt 300 ]; then echo "timeout waiting for $2 in $1"; cat "$1"; return 1; fi
	done
}

echo "vm: $(date +%s) setup errors"
# setup errors: no nlmon in the kernel yet, no privilege, --no-create, not nlmon
echo "the user's capture" > precious.pcap
$N --source nlmon -w precious.pcap -c 1 > /dev/null 2> err-nokernel.txt; echo $? > rc-nokernel.txt
# without nlmon, auto falls back to BPF
$N -c 1 > auto-bpf.txt 2> err-auto-bpf.txt & P=$!
waitfor err-auto-bpf.txt listening
$IP link show lo > /dev/null
wait $P; echo $? > rc-auto-bpf.txt

echo "vm: $(date +%s) bpf source test"
# the BPF source's own test, with fentry and with kprobes: ip's messages
# and a Go program's, with their pid and command name
NLDUMP_REQUIRE_BPF=1 PATH=/usr/sbin:$PATH /usr/bin/capture.test -test.run 'TestBpf' -test.v > bpftest.txt 2>&1; echo $? > rc-bpftest.txt
insmod /lib/modules/late/nlmon.ko
su -s /bin/sh -c "$N -c 1" nobody > /dev/null 2> err-priv.txt; echo $? > rc-priv.txt
$N --no-create -c 1 > /dev/null 2> err-nocreate.txt; echo $? > rc-nocreate.txt
$N -i lo -c 1 > /dev/null 2> err-notnlmon.txt; echo $? > rc-notnlmon.txt
# a typo in -i creates nothing, and leaves the -w file as it was
$N -i nlmontypo -w precious.pcap -c 1 > /dev/null 2> err-typo.txt; echo $? > rc-typo.txt
$IP link show nlmontypo > /dev/null 2>&1; echo $? > rc-typo-link.txt

echo "vm: $(date +%s) create"
# nlmon0 created, -c, nlmon0 removed
$N -c 3 > c3.txt 2> c3.err & P=$!
waitfor c3.err listening
$IP link show > /dev/null
$IP addr show > /dev/null
wait $P; echo $? > rc-c3.txt
$IP link show nlmon0 > /dev/null 2>&1; echo $? > rc-after-c3.txt

echo "vm: $(date +%s) side by side"
# side by side with tcpdump, the commands under strace, ended by SIGINT
$IP link add nlmon0 type nlmon; $IP link set nlmon0 up
$N --source bpf -w b.pcap > b.txt 2> b.err & BP=$!
waitfor b.err listening
$N -w n.pcapng > n.txt 2> n.err & NP=$!
waitfor n.err listening
tcpdump -Z root -i nlmon0 -s 262144 -U -w t.pcap 2> t.err & TP=$!
waitfor t.err listening
$IP monitor link address route > /dev/null 2>&1 & MP=$!
sleep 0.5
# markers: the captures are compared between them (what the two tools
# themselves do while the other one starts or stops is not the workload)
$IP link add vmmark type dummy
strace -f -s 1048576 -e trace=socket,sendmsg,recvmsg,sendto,recvfrom -e write=all -e read=all \
	-o s.log sh /etc/workload.sh > workload.out 2>&1
sleep 1.5
$IP link del vmmark
# tcpdump does not read what is left in its ring once interrupted: wait
# until it has written a last message after the window
$IP link add vmend type dummy
i=0; until grep -q vmend t.pcap 2>/dev/null || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
kill $MP
kill -INT $TP; wait $TP
kill -INT $NP; wait $NP; echo $? > rc-n.txt
kill -INT $BP; wait $BP; echo $? > rc-b.txt

echo "vm: $(date +%s) storm"
# storm: 20,000 route adds, then a full dump
$IP link add d1 type dummy; $IP link set d1 up
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "route add 10.100.%d.%d/32 dev d1\n", i / 256, i % 256 }' > storm.batch
$N -w storm-n.pcap > storm-n.txt 2> storm-n.err & NP=$!
waitfor storm-n.err listening
tcpdump -Z root -i nlmon0 -s 262144 -w storm-t.pcap 2> storm-t.err & TP=$!
waitfor storm-t.err listening
$IP -batch storm.batch
$IP route show table all > /dev/null
sleep 1.5
kill -INT $TP; wait $TP
kill -INT $NP; wait $NP
grep -v '^# ' storm-n.txt | wc -l > storm-n.lines
rm storm-n.txt

echo "vm: $(date +%s) storm bpf"
# the same storm with the BPF source, tcpdump on nlmon0 beside it
$IP route flush dev d1
$N --source bpf -w storm-b.pcap > storm-b.txt 2> storm-b.err & BP=$!
waitfor storm-b.err listening
tcpdump -Z root -i nlmon0 -s 262144 -w storm-bt.pcap 2> storm-bt.err & TP=$!
waitfor storm-bt.err listening
$IP link add vmmark type dummy
$IP -batch storm.batch
$IP route show table all > /dev/null
$IP link del vmmark
sleep 1.5
kill -INT $TP; wait $TP
kill -INT $BP; wait $BP
grep -v '^# ' storm-b.txt | wc -l > storm-b.lines
rm storm-b.txt storm.batch

echo "vm: $(date +%s) drops"
# drops are reported when nldump falls behind: a tiny ring, a stalled reader
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "route add 10.200.%d.%d/32 dev d1\n", i / 256, i % 256 }' > drop.batch
( $N -B 1 --queue 1 2> drop.err; echo $? > rc-drop.txt ) | ( sleep 4; cat > /dev/null ) &
waitfor drop.err listening
$IP -batch drop.batch
sleep 5
kill -INT $(pidof nldump)
wait
rm drop.batch
# and with the BPF source: its ring buffer (the smallest one, for the
# snap length) fills
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "route add 10.201.%d.%d/32 dev d1\n", i / 256, i % 256 }' > drop.batch
( $N --source bpf -B 1 --snaplen 1024 --queue 1 2> drop-b.err; echo $? > rc-drop-b.txt ) | ( sleep 4; cat > /dev/null ) &
waitfor drop-b.err listening
$IP -batch drop.batch
sleep 5
kill -INT $(pidof nldump)
wait
rm drop.batch

echo "vm: $(date +%s) pipe"
# a reader that goes away (SIGPIPE): nldump ends and removes nlmon0
$IP link del nlmon0
$N 2> pipe.err | head -n 3 > pipe.txt &
waitfor pipe.err listening
for i in 1 2 3 4 5; do $IP link show > /dev/null; done
sleep 2
if pidof nldump > /dev/null; then echo alive > pipe-alive.txt; kill -INT $(pidof nldump); fi
wait
$IP link show nlmon0 > /dev/null 2>&1; echo $? > rc-after-pipe.txt

echo "vm: $(date +%s) sigterm"
# the pcap to stdout, ended by SIGTERM
$N -w - > stdout.pcap 2> term.err & P=$!
waitfor term.err listening
$IP link show > /dev/null
$IP route show > /dev/null
sleep 0.5
kill -TERM $P; wait $P; echo $? > rc-term.txt
echo "vm: $(date +%s) done"
`

func TestVM(t *testing.T) {
	k := vmtest.Setup(t)
	progs := []string{"/usr/sbin/ip", "/usr/bin/tcpdump", "/usr/bin/strace"}
	for _, p := range progs {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("VM test skipped: %s not found (apt-get install iproute2 tcpdump strace)", p)
		}
	}
	mods, err := k.Modules("nlmon")
	if err != nil {
		t.Fatal(err)
	}
	nlmonKo, err := os.ReadFile(mods[len(mods)-1])
	if err != nil {
		t.Fatal(err)
	}
	bin := buildStatic(t, "build", ".")
	captureTest := buildStatic(t, "test", "-c", "../../capture")
	vm := &vmtest.VM{
		Kernel:   k,
		Modules:  []string{"dummy", "veth", "netlink_diag"}, // strace asks netlink_diag for a socket's protocol
		Programs: progs,
		Files: map[string][]byte{
			"/usr/bin/nldump":            bin,
			"/usr/bin/capture.test":      captureTest,
			"/lib/modules/late/nlmon.ko": nlmonKo,
			"/etc/workload.sh":           []byte(vmWorkload),
		},
		Script:  vmScript,
		Timeout: 15 * time.Minute, // a few minutes; more on a loaded machine
	}
	dir, file := bootVM(t, vm)

	t.Run("SetupErrors", func(t *testing.T) {
		for _, c := range []struct{ name, want string }{
			{"nokernel", "nldump trace -- CMD"},
			{"nokernel", "CONFIG_NLMON"},
			{"priv", "setcap cap_net_raw,cap_net_admin+ep"},
			{"nocreate", "no interface nlmon0"},
			{"notnlmon", "lo is not an nlmon interface"},
			{"typo", "no interface nlmontypo"},
		} {
			msg := file("err-" + c.name + ".txt")
			if !strings.Contains(msg, c.want) {
				t.Errorf("%s: stderr %q does not say %q", c.name, msg, c.want)
			}
			if rc := strings.TrimSpace(file("rc-" + c.name + ".txt")); rc != "2" {
				t.Errorf("%s: exit status %s, want 2", c.name, rc)
			}
		}
		if rc := strings.TrimSpace(file("rc-typo-link.txt")); rc == "0" {
			t.Errorf("-i nlmontypo created the interface")
		}
		if got := file("precious.pcap"); got != "the user's capture\n" {
			t.Errorf("-w precious.pcap of a capture that never started: the file is now %q", clipString(got))
		}
	})

	t.Run("CreateCountRemove", func(t *testing.T) {
		if rc := strings.TrimSpace(file("rc-c3.txt")); rc != "0" {
			t.Errorf("nldump -c 3: exit status %s", rc)
		}
		if n := strings.Count(file("c3.txt"), "\n"); n < 3 {
			t.Errorf("nldump -c 3 printed %d lines", n)
		}
		errs := file("c3.err")
		for _, w := range []string{"created nlmon0", "removed nlmon0"} {
			if !strings.Contains(errs, w) {
				t.Errorf("stderr %q does not say %q", errs, w)
			}
		}
		if rc := strings.TrimSpace(file("rc-after-c3.txt")); rc == "0" {
			t.Error("nlmon0 still exists after nldump ended")
		}
	})

	npcap := filepath.Join(dir, "n.pcapng")
	tpcap := filepath.Join(dir, "t.pcap")
	file("n.pcapng")
	file("t.pcap")

	t.Run("SameAsTcpdump", func(t *testing.T) {
		n := markedWindow(t, withoutResolver(readFrames(t, npcap)))
		tp := markedWindow(t, withoutResolver(readFrames(t, tpcap)))
		nb, tb := 0, 0
		for _, f := range n {
			nb += len(f.Data)
		}
		for _, f := range tp {
			tb += len(f.Data)
		}
		t.Logf("nldump: %d packets, %d bytes; tcpdump: %d packets, %d bytes", len(n), nb, len(tp), tb)
		if len(n) != len(tp) {
			t.Errorf("nldump captured %d packets, tcpdump %d", len(n), len(tp))
		}
		for i := range min(len(n), len(tp)) {
			if n[i].Proto != tp[i].Proto || !bytes.Equal(n[i].Data, tp[i].Data) {
				t.Errorf("packet %d differs: nldump %s %x, tcpdump %s %x", i+1,
					decode.Proto(n[i].Proto).String(), clipBytes(n[i].Data), decode.Proto(tp[i].Proto).String(), clipBytes(tp[i].Data))
				break
			}
		}
		if len(n) < 200 {
			t.Errorf("only %d packets: the workload did not run?", len(n))
		}
		for _, f := range []string{"n.err", "t.err"} {
			s := file(f)
			if !strings.Contains(s, " 0 dropped by the kernel") && !strings.Contains(s, "0 packets dropped by kernel") {
				t.Errorf("%s: drops reported: %s", f, s)
			}
		}
	})

	t.Run("BpfSourceTest", func(t *testing.T) {
		out := file("bpftest.txt")
		rc := strings.TrimSpace(file("rc-bpftest.txt"))
		for _, w := range []string{"--- PASS: TestBpfSource/fentry", "--- PASS: TestBpfSource/kprobe", "--- PASS: TestBpfProgramVerifies"} {
			if rc != "0" || !strings.Contains(out, w) || strings.Contains(out, "SKIP") {
				t.Errorf("the BPF source's test in the VM (exit status %s) does not say %q:\n%s", rc, w, tailString([]byte(out), 3000))
				break
			}
		}
	})

	t.Run("AutoFallsBackToBpf", func(t *testing.T) {
		errs := file("err-auto-bpf.txt")
		if rc := strings.TrimSpace(file("rc-auto-bpf.txt")); rc != "0" || !strings.Contains(errs, "capturing with BPF") || strings.Count(dropComments(file("auto-bpf.txt")), "\n") != 1 {
			t.Errorf("nldump -c 1 without nlmon: exit status %s, %q; stderr: %s", rc, file("auto-bpf.txt"), errs)
		}
	})

	t.Run("BpfSameAsTcpdump", func(t *testing.T) {
		b := markedWindow(t, withoutResolver(readFrames(t, filepath.Join(dir, "b.pcap"))))
		tp := markedWindow(t, withoutResolver(readFrames(t, tpcap)))
		t.Logf("BPF source: %d packets; tcpdump on nlmon0: %d packets", len(b), len(tp))
		sameFrames(t, b, tp, false)
		if rc := strings.TrimSpace(file("rc-b.txt")); rc != "0" {
			t.Errorf("nldump --source bpf ended by SIGINT: exit status %s", rc)
		}
		if s := file("b.err"); !strings.Contains(s, " 0 dropped by the kernel") {
			t.Errorf("b.err: drops reported: %s", s)
		}
	})

	t.Run("SIGINTLeavesEveryPrintedMessage", func(t *testing.T) {
		if rc := strings.TrimSpace(file("rc-n.txt")); rc != "0" {
			t.Errorf("nldump ended by SIGINT: exit status %s", rc)
		}
		frames := readFrames(t, npcap) // fails on an incomplete file
		msgs := 0
		for _, f := range frames {
			msgs += capture.CountMessages(f.Data, f.BigEndian)
		}
		printed := strings.Count(dropComments(file("n.txt")), "\n") // the outcome lines are not messages
		if printed != msgs {
			t.Errorf("nldump printed %d messages, its pcap holds %d", printed, msgs)
		}
		want := fmt.Sprintf("nldump: %d messages (", msgs)
		if s := file("n.err"); !strings.Contains(s, want) {
			t.Errorf("summary %q does not say %q", s, want)
		}
		// and it reads back as it printed
		var out bytes.Buffer
		if st := run([]string{"read", npcap}, &env{stdout: &out, stderr: io.Discard}); st != 0 {
			t.Errorf("nldump read: exit status %d", st)
		}
		if strip := stripTimes(dropComments(out.String())); strip != stripTimes(dropComments(file("n.txt"))) {
			t.Errorf("nldump read of its own file prints differently from the live capture")
		}
	})

	t.Run("GenlFamilyNamed", func(t *testing.T) {
		if !strings.Contains(file("n.txt"), "nlmsg_type=tcp_metrics") {
			t.Error("the tcp_metrics generic netlink family is not named in the live capture")
		}
	})

	t.Run("HeadersAsTshark", func(t *testing.T) {
		if _, err := exec.LookPath("tshark"); err != nil {
			t.Skip("tshark not found")
		}
		for _, p := range []string{tpcap, npcap} {
			want := tsharkHeaders(t, p)
			got := nldumpHeaders(t, p)
			if len(got) != len(want) {
				t.Errorf("%s: nldump shows %d message headers, tshark %d", filepath.Base(p), len(got), len(want))
			}
			bad := 0
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					if bad++; bad <= 5 {
						t.Errorf("%s: message %d: nldump %+v, tshark %+v", filepath.Base(p), i+1, got[i], want[i])
					}
				}
			}
			t.Logf("%s: %d message headers compared with tshark, %d differ", filepath.Base(p), len(want), bad)
		}
	})

	t.Run("Strace", func(t *testing.T) {
		recs, err := stracelog.Parse(strings.NewReader(file("s.log")), "workload")
		if err != nil {
			t.Fatal(err)
		}
		frames := readFrames(t, tpcap)
		byData := map[string][]int{}
		for i, f := range frames {
			byData[string(f.Data)] = append(byData[string(f.Data)], i)
		}
		used := map[int]bool{}
		counts := map[string]int{}
		var mism []string
		d := decode.NewDecoder(decode.Options{})
		for _, r := range recs {
			b := mustHex(t, r.Hex)
			idx := -1
			for _, i := range byData[string(b)] {
				if !used[i] {
					idx = i
					break
				}
			}
			if idx < 0 {
				t.Errorf("strace saw a buffer nlmon did not (%s %s %s): %x", r.Proto, r.Call, r.Dir, clipBytes(b))
				continue
			}
			used[idx] = true
			f := frames[idx]
			if decode.Proto(f.Proto).String() != r.Proto {
				t.Errorf("packet %d: protocol %s, strace says %s", f.Packet, decode.Proto(f.Proto).String(), r.Proto)
			}
			want := capture.DirFromKernel
			if r.Dir == "send" {
				want = capture.DirToKernel
			}
			if f.Dir != want {
				t.Errorf("packet %d (%s by %s): direction %s, want %s: %x", f.Packet, r.Call, r.Cmd, f.Dir, want, clipBytes(b))
			}
			got := d.DecodeProto(decode.Proto(f.Proto), f.Data).String()
			v, diffs := stracecmp.Verdict(r.Strace, got)
			counts[v]++
			if v != "match" && v != "deeper" && len(mism) < 10 {
				mism = append(mism, fmt.Sprintf("packet %d: %s: %v", f.Packet, v, diffs))
			}
		}
		t.Logf("%d buffers seen by strace, all found in the capture with the direction strace saw; nldump's line vs strace's: %v", len(recs), counts)
		for _, m := range mism {
			t.Error(m)
		}
		if len(recs) < 100 {
			t.Errorf("only %d buffers in strace's log", len(recs))
		}
	})

	for _, src := range []string{"", "-b"} {
		t.Run("DropsReported"+src, func(t *testing.T) { dropsReported(t, file("drop"+src+".err"), file("rc-drop"+src+".txt")) })
	}
	t.Run("BrokenPipe", func(t *testing.T) {
		if strings.Count(file("pipe.txt"), "\n") != 3 {
			t.Errorf("head -n 3 got %q", file("pipe.txt"))
		}
		if _, err := os.Stat(filepath.Join(dir, "pipe-alive.txt")); err == nil {
			t.Error("nldump went on after its reader went away")
		}
		if rc := strings.TrimSpace(file("rc-after-pipe.txt")); rc == "0" {
			t.Error("nlmon0 still exists after nldump ended")
		}
		if errs := file("pipe.err"); !strings.Contains(errs, "removed nlmon0") {
			t.Errorf("stderr: %s", errs)
		}
	})

	t.Run("SIGTERMPcapToStdout", func(t *testing.T) {
		if rc := strings.TrimSpace(file("rc-term.txt")); rc != "0" {
			t.Errorf("exit status %s", rc)
		}
		file("stdout.pcap")
		frames := readFrames(t, filepath.Join(dir, "stdout.pcap"))
		msgs := 0
		for _, f := range frames {
			msgs += capture.CountMessages(f.Data, f.BigEndian)
		}
		errs := file("term.err")
		if len(frames) < 4 || !strings.Contains(errs, fmt.Sprintf("nldump: %d messages (", msgs)) || !strings.Contains(errs, "removed nlmon0") {
			t.Errorf("%d packets, %d messages in the pcap; stderr: %s", len(frames), msgs, errs)
		}
	})

	t.Run("Storm", func(t *testing.T) {
		ndrops := parseDrops(t, file("storm-n.err"), `(\d+) dropped by the kernel`)
		tdrops := parseDrops(t, file("storm-t.err"), `(\d+) packets dropped by kernel`)
		n := readFrames(t, filepath.Join(dir, "storm-n.pcap"))
		tp := withoutResolver(readFrames(t, filepath.Join(dir, "storm-t.pcap")))
		t.Logf("storm: nldump %d packets, %d dropped; tcpdump %d packets, %d dropped", len(n), ndrops, len(tp), tdrops)
		if ndrops > tdrops {
			t.Errorf("nldump dropped %d packets, tcpdump %d", ndrops, tdrops)
		}
		if len(n) < 40000 {
			t.Errorf("nldump captured %d packets, want at least 40,000 (20,000 requests and their acks)", len(n))
		}
		msgs := 0
		for _, f := range n {
			msgs += capture.CountMessages(f.Data, f.BigEndian)
		}
		if lines := strings.TrimSpace(file("storm-n.lines")); lines != strconv.Itoa(msgs) {
			t.Errorf("nldump printed %s messages, its pcap holds %d", lines, msgs)
		}
		if ndrops == 0 && tdrops == 0 {
			// tcpdump stops reading its ring when interrupted, so it may
			// miss the last packets; it must not see one nldump missed
			if len(n) < len(tp) {
				t.Errorf("without drops, nldump captured %d packets and tcpdump %d", len(n), len(tp))
			}
			for i := range min(len(n), len(tp)) {
				if !bytes.Equal(n[i].Data, tp[i].Data) {
					t.Errorf("packet %d differs", i+1)
					break
				}
			}
		}
	})

	t.Run("StormBpf", func(t *testing.T) {
		bdrops := parseDrops(t, file("storm-b.err"), `(\d+) dropped by the kernel`)
		tdrops := parseDrops(t, file("storm-bt.err"), `(\d+) packets dropped by kernel`)
		b := markedWindow(t, withoutResolver(readFrames(t, filepath.Join(dir, "storm-b.pcap"))))
		tp := markedWindow(t, withoutResolver(readFrames(t, filepath.Join(dir, "storm-bt.pcap"))))
		t.Logf("storm: BPF source %d packets, %d dropped; tcpdump %d packets, %d dropped", len(b), bdrops, len(tp), tdrops)
		if bdrops > tdrops {
			t.Errorf("the BPF source dropped %d packets, tcpdump %d", bdrops, tdrops)
		}
		if len(b) < 40000 {
			t.Errorf("the BPF source captured %d packets, want at least 40,000 (20,000 requests and their acks)", len(b))
		}
		if bdrops == 0 && tdrops == 0 {
			sameFrames(t, b, tp, true)
		}
		msgs := 0
		for _, f := range readFrames(t, filepath.Join(dir, "storm-b.pcap")) {
			msgs += capture.CountMessages(f.Data, f.BigEndian)
		}
		if lines := strings.TrimSpace(file("storm-b.lines")); lines != strconv.Itoa(msgs) {
			t.Errorf("nldump printed %s messages, its pcap holds %d", lines, msgs)
		}
	})
}

// dropsReported checks that a capture with a tiny ring and a stalled
// reader reported its drops as they grew, and in its summary.
func dropsReported(t *testing.T, errs, rc string) {
	growth := regexp.MustCompile(`the kernel dropped (\d+) packets \((\d+) in all\)`).FindAllStringSubmatch(errs, -1)
	total := parseDrops(t, errs, `(\d+) dropped by the kernel`)
	t.Logf("tiny ring, stalled reader: %d drops, reported %d times as they grew", total, len(growth))
	if total == 0 || len(growth) == 0 {
		t.Errorf("no drops reported: %s", errs)
	} else if last := growth[len(growth)-1][2]; last != strconv.Itoa(total) {
		t.Errorf("last report says %s in all, the summary %d", last, total)
	}
	if rc := strings.TrimSpace(rc); rc != "0" {
		t.Errorf("exit status %s", rc)
	}
}

// sameFrames requires the BPF source's frames b to be tcpdump's tp on
// nlmon0, protocol and bytes; prefix: tcpdump may miss the last ones.
func sameFrames(t *testing.T, b, tp []capture.Frame, prefix bool) {
	t.Helper()
	if len(b) != len(tp) && !(prefix && len(b) > len(tp)) {
		t.Errorf("the BPF source captured %d packets, tcpdump %d", len(b), len(tp))
	}
	for i := range min(len(b), len(tp)) {
		if b[i].Proto != tp[i].Proto || !bytes.Equal(b[i].Data, tp[i].Data) {
			t.Errorf("packet %d differs: BPF %s %x, tcpdump %s %x", i+1,
				decode.Proto(b[i].Proto).String(), clipBytes(b[i].Data), decode.Proto(tp[i].Proto).String(), clipBytes(tp[i].Data))
			break
		}
	}
	if len(b) < 200 {
		t.Errorf("only %d packets", len(b))
	}
}

// buildStatic builds nldump (go build .), or a test binary (go test -c
// DIR), with CGO_ENABLED=0 for the VM.
func buildStatic(t *testing.T, args ...string) []byte {
	t.Helper()
	// go test puts its own go first in PATH
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("no go command: %v", err)
	}
	out := filepath.Join(t.TempDir(), "nldump")
	cmd := exec.Command(gobin, append([]string{args[0], "-o", out}, args[1:]...)...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readFrames reads every frame of a capture file; any error fails.
func readFrames(t *testing.T, path string) []capture.Frame {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := capture.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	fr := capture.NewFrameReader(r, capture.EndianAuto)
	var out []capture.Frame
	for {
		x, err := fr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		c := *x
		c.Data = bytes.Clone(x.Data)
		out = append(out, c)
	}
}

// nlHdr is a message header as a tool shows it.
type nlHdr struct {
	Len, Type, Flags, Seq, Pid uint64
}

// tsharkHeaders returns the header of every message of a capture as
// tshark dissects it: the headers that follow one another from the start
// of each packet (the ones inside NLMSG_ERROR are not messages).
func tsharkHeaders(t *testing.T, path string) []nlHdr {
	t.Helper()
	out, err := exec.Command("tshark", "-r", path, "-T", "pdml").Output()
	if err != nil {
		t.Fatalf("tshark -r %s: %v", path, err)
	}
	type field struct {
		name      string
		show      string
		pos, size int
	}
	var hdrs []nlHdr
	var fields []field
	flush := func() {
		at := func(pos, size int, ok func(string) bool) (uint64, bool) {
			for _, f := range fields {
				if f.pos == pos && f.size == size && ok(f.name) {
					v, err := strconv.ParseUint(f.show, 0, 64)
					return v, err == nil
				}
			}
			return 0, false
		}
		is := func(n string) func(string) bool { return func(s string) bool { return s == n } }
		for off := 16; ; {
			var h nlHdr
			var ok bool
			if h.Len, ok = at(off, 4, is("netlink.hdr_len")); !ok || h.Len < 16 {
				break
			}
			// netlink.hdr_type, netlink-route.nltype, genl.family_id...
			h.Type, _ = at(off+4, 2, func(string) bool { return true })
			h.Flags, _ = at(off+6, 2, is("netlink.hdr_flags"))
			h.Seq, _ = at(off+8, 4, is("netlink.hdr_seq"))
			h.Pid, _ = at(off+12, 4, is("netlink.hdr_pid"))
			hdrs = append(hdrs, h)
			off += int(h.Len+3) &^ 3
		}
		fields = fields[:0]
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("tshark pdml: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local != "field" {
				continue
			}
			var f field
			for _, a := range e.Attr {
				switch a.Name.Local {
				case "name":
					f.name = a.Value
				case "show":
					f.show = a.Value
				case "pos":
					f.pos, _ = strconv.Atoi(a.Value)
				case "size":
					f.size, _ = strconv.Atoi(a.Value)
				}
			}
			fields = append(fields, f)
		case xml.EndElement:
			if e.Name.Local == "packet" {
				flush()
			}
		}
	}
	return hdrs
}

var hdrRE = regexp.MustCompile(`^\S+ (?:\S*\[\d+\] )?\S+ \S+ \[?\{nlmsg_len=(\d+), nlmsg_type=([^,]+), nlmsg_flags=([^,]+), nlmsg_seq=(\d+), nlmsg_pid=(-?\d+)\}`)

// nldumpHeaders returns the header of every message nldump read prints
// (with -X raw, numbers only); a tail too short to be a message is left

// bootVM runs the VM's script and returns the folder its files were
// written to (NLDUMP_VM_KEEP keeps them) and a reader of one of them that
// fails the test when the VM did not write it.
func bootVM(t *testing.T, vm *vmtest.VM) (dir string, file func(name string) string) {
	t.Helper()
	if os.Getenv("NLDUMP_VM_CONSOLE") != "" {
		vm.Console = os.Stderr
	}
	res, err := vm.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("VM ran %.1fs", res.Elapsed.Seconds())
	if res.Exit != 0 {
		t.Errorf("VM script exit status %d; console:\n%s", res.Exit, tailString(res.Console, 2000))
	}
	dir = t.TempDir()
	if d := os.Getenv("NLDUMP_VM_KEEP"); d != "" {
		dir = d
		os.MkdirAll(dir, 0o755)
	}
	for name, b := range res.Files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file = func(name string) string {
		b, ok := res.Files[name]
		if !ok {
			t.Fatalf("the VM wrote no %s; console:\n%s", name, tailString(res.Console, 2000))
		}
		return string(b)
	}
	return dir, file
}

// out, as tshark leaves it.
func nldumpHeaders(t *testing.T, path string) []nlHdr {
	t.Helper()
	var out, errb bytes.Buffer
	if st := run([]string{"read", "-X", "raw", path}, &env{stdout: &out, stderr: &errb}); st != 0 {
		t.Fatalf("nldump read %s: exit status %d: %s", path, st, errb.String())
	}
	var hdrs []nlHdr
	for _, l := range strings.Split(out.String(), "\n") {
		if l == "" || strings.HasPrefix(l, "# ") {
			continue // the outcome of a request, not a message
		}
		m := hdrRE.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("no header in %q", clipString(l))
		}
		var h nlHdr
		h.Len, _ = strconv.ParseUint(m[1], 0, 64)
		if h.Len < 16 {
			continue
		}
		h.Type, _ = strconv.ParseUint(m[2], 0, 64)
		h.Flags, _ = strconv.ParseUint(m[3], 0, 64)
		h.Seq, _ = strconv.ParseUint(m[4], 0, 64)
		pid, _ := strconv.ParseInt(m[5], 0, 64)
		h.Pid = uint64(uint32(pid))
		hdrs = append(hdrs, h)
	}
	return hdrs
}

func parseDrops(t *testing.T, s, re string) int {
	t.Helper()
	m := regexp.MustCompile(re).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("no drop count in %q", s)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

var timeRE = regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d\.\d{6} `)

func stripTimes(s string) string { return timeRE.ReplaceAllString(s, "") }

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b := make([]byte, len(s)/2)
	for i := range b {
		v, err := strconv.ParseUint(s[2*i:2*i+2], 16, 8)
		if err != nil {
			t.Fatal(err)
		}
		b[i] = byte(v)
	}
	return b
}

func clipBytes(b []byte) []byte {
	if len(b) > 48 {
		return b[:48]
	}
	return b
}

func clipString(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

func tailString(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// markedWindow cuts a capture to the frames from the first to the last
// one that mentions the vmmark link the script adds before its workload
// and deletes after it.
func markedWindow(t *testing.T, frames []capture.Frame) []capture.Frame {
	t.Helper()
	first, last := -1, -1
	for i, f := range frames {
		if bytes.Contains(f.Data, []byte("vmmark")) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		t.Fatal("no frame mentions the vmmark link")
	}
	return frames[first : last+1]
}
