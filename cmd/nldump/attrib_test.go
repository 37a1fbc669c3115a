package main

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nldump/nldump/capture"
)

// fakeResolver knows ports 77 (ip, pid 1000) and 88 (pid 2000, gone).
type fakeResolver struct{ asked []uint32 }

func (f *fakeResolver) ResolveAt(proto int, port uint32, t time.Time) capture.Process {
	f.asked = append(f.asked, port)
	switch port {
	case 77:
		return capture.Process{PID: 1000, Comm: "ip"}
	case 4242:
		return capture.Process{PID: 1, Comm: "nldump"}
	}
	return capture.Process{Note: capture.NoteGone}
}

func (f *fakeResolver) Own(fr *capture.Frame) bool {
	return fr.Proto == 4 && binary.LittleEndian.Uint32(fr.Data[12:]) == 4242
}

// nlmsg builds one message: header and payload.
func nlmsg(typ, flags uint16, seq, pid uint32, payload ...byte) []byte {
	b := binary.LittleEndian.AppendUint32(nil, uint32(16+len(payload)))
	b = binary.LittleEndian.AppendUint16(b, typ)
	b = binary.LittleEndian.AppendUint16(b, flags)
	b = binary.LittleEndian.AppendUint32(b, seq)
	b = binary.LittleEndian.AppendUint32(b, pid)
	return append(b, payload...)
}

func TestAttributor(t *testing.T) {
	const newRoute, delRoute = 24, 25
	req := func(typ uint16, seq uint32) capture.Frame {
		return capture.Frame{Proto: 0, Dir: capture.DirToKernel, Data: nlmsg(typ, 5, seq, 0, 1, 2, 3, 4)}
	}
	ack := func(typ uint16, seq, pid uint32) capture.Frame {
		echo := nlmsg(typ, 5, seq, 0)
		return capture.Frame{Proto: 0, Dir: capture.DirFromKernel, Data: nlmsg(2, 0x100, seq, pid, append([]byte{0, 0, 0, 0}, echo...)...)}
	}
	notif := func(seq, pid uint32) capture.Frame {
		return capture.Frame{Proto: 0, Dir: capture.DirFromKernel, Data: nlmsg(newRoute, 0, seq, pid, 1, 2, 3, 4)}
	}
	in := []capture.Frame{
		req(newRoute, 9),     // 1: answered by 4 (not by 3: another type)
		notif(0, 0),          // 2: the kernel's own
		ack(delRoute, 9, 88), // 3: answers a DELROUTE of seq 9 (gone)
		ack(newRoute, 9, 77), // 4
		{Proto: 4, Dir: capture.DirToKernel, Data: nlmsg(20, 0x301, 1, 4242)}, // nldump's own: hidden
		req(delRoute, 10), // 6: answered by a notification
		notif(10, 77),     // 7
		req(newRoute, 11), // 8: never answered
	}
	a := &attributor{res: &fakeResolver{}}
	var got []string
	emit := func(fr *capture.Frame) (bool, error) {
		got = append(got, fmt.Sprintf("seq=%d type=%d %+v", binary.LittleEndian.Uint32(fr.Data[8:]), binary.LittleEndian.Uint16(fr.Data[4:]), fr.Proc))
		return false, nil
	}
	t0 := time.Now()
	for i := range in {
		// the source reuses its frame: the attributor must copy what it holds
		fr := in[i]
		fr.Time = t0.Add(time.Duration(i) * time.Microsecond)
		fr.Data = append([]byte(nil), fr.Data...)
		if _, err := a.push(&fr, emit); err != nil {
			t.Fatal(err)
		}
		clear(fr.Data)
	}
	if len(got) != 6 {
		t.Errorf("before idle, %d frames out, want 6 (all but the unanswered request):\n%s", len(got), strings.Join(got, "\n"))
	}
	a.release(time.Time{}, emit)
	want := []string{
		"seq=9 type=24 {PID:1000 Comm:ip Note: By:answer}",
		"seq=0 type=24 {PID:0 Comm: Note: By:}",
		"seq=9 type=2 {PID:0 Comm: Note:socket closed before it was resolved By:}",
		"seq=9 type=2 {PID:1000 Comm:ip Note: By:}",
		"seq=10 type=25 {PID:1000 Comm:ip Note: By:answer}",
		"seq=10 type=24 {PID:1000 Comm:ip Note: By:}",
		"seq=11 type=24 {PID:0 Comm: Note:" + noteNoAnswer + " By:}",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// a request left without an answer goes out after holdFrames frames,
	// and the frames held behind it with it
	got = nil
	r := req(newRoute, 12)
	r.Time = t0
	a.push(&r, emit)
	for i := 0; i < holdFrames; i++ {
		if len(got) != 0 {
			t.Fatalf("after %d frames, out already: %v", i, got)
		}
		n := notif(0, 0)
		n.Time = t0
		a.push(&n, emit)
	}
	if len(got) != holdFrames+1 || !strings.Contains(got[0], noteNoAnswer) || len(a.held) != 0 {
		t.Errorf("after %d frames: %d out, %d held, first %v", holdFrames, len(got), len(a.held), got[:1])
	}

	// ... or after answerWait of capture time
	got = nil
	r = req(newRoute, 13)
	r.Time = t0
	a.push(&r, emit)
	n := notif(0, 0)
	n.Time = t0.Add(answerWait)
	a.push(&n, emit)
	if len(got) != 2 || !strings.Contains(got[0], noteNoAnswer) {
		t.Errorf("after answerWait: %v", got)
	}

	// idle: the answer may come in the next block of the ring; when it
	// does, the request has its process
	got = nil
	r = req(newRoute, 14)
	r.Time = time.Now()
	a.push(&r, emit)
	if _, err := a.idle(func() bool { return true }, emit); err != nil || len(got) != 0 {
		t.Fatalf("idle with frames ready: %v %v", got, err)
	}
	ack14 := ack(newRoute, 14, 77)
	ack14.Time = r.Time
	a.push(&ack14, emit)
	if len(got) != 2 || !strings.Contains(got[0], "Comm:ip") {
		t.Errorf("answered after idle: %v", got)
	}
	// when nothing comes, idle waits out answerWait, then lets it go
	got = nil
	r = req(newRoute, 15)
	r.Time = time.Now()
	a.push(&r, emit)
	start := time.Now()
	a.idle(func() bool { return false }, emit)
	if d := time.Since(start); len(got) != 1 || !strings.Contains(got[0], noteNoAnswer) || d < answerWait/2 {
		t.Errorf("idle: %v after %v", got, d)
	}
	// a process the source knew (the BPF source) is kept
	got = nil
	k := notif(0, 88)
	k.Time = time.Now()
	k.Proc = capture.Process{PID: 5, Comm: "seen"}
	a.push(&k, emit)
	if len(got) != 1 || !strings.Contains(got[0], "Comm:seen") {
		t.Errorf("known process: %v", got)
	}
}

// fakeProbe names the frames of seqs it saw (by the seq of the first
// message), and cannot tell apart those of seq 66.
type fakeProbe struct{ seen map[uint32]capture.Process }

func (f *fakeProbe) Lookup(fr *capture.Frame) (capture.Process, capture.ProbeResult) {
	seq := binary.LittleEndian.Uint32(fr.Data[8:])
	if seq == 66 {
		return capture.Process{}, capture.ProbeAmbiguous
	}
	if p, ok := f.seen[seq]; ok {
		return p, capture.ProbeNamed
	}
	return capture.Process{}, capture.ProbeMissed
}

// With the BPF probe, what it names goes out at once, without asking the
// resolver; what it missed, or cannot tell apart, is named as without it.
func TestAttributorProbe(t *testing.T) {
	const newRoute = 24
	bpfIP := capture.Process{PID: 3000, Comm: "ip", By: capture.ByBpf}
	req := func(seq uint32) capture.Frame {
		return capture.Frame{Proto: 0, Dir: capture.DirToKernel, Data: nlmsg(newRoute, 5, seq, 0, 1, 2, 3, 4)}
	}
	ack := func(seq, pid uint32) capture.Frame {
		echo := nlmsg(newRoute, 5, seq, 0)
		return capture.Frame{Proto: 0, Dir: capture.DirFromKernel, Data: nlmsg(2, 0x100, seq, pid, append([]byte{0, 0, 0, 0}, echo...)...)}
	}
	res := &fakeResolver{}
	a := &attributor{res: res, probe: &fakeProbe{seen: map[uint32]capture.Process{40: bpfIP}}}
	var got []string
	emit := func(fr *capture.Frame) (bool, error) {
		got = append(got, fmt.Sprintf("seq=%d type=%d %+v", binary.LittleEndian.Uint32(fr.Data[8:]), binary.LittleEndian.Uint16(fr.Data[4:]), fr.Proc))
		return false, nil
	}
	t0 := time.Now()
	for i, fr := range []capture.Frame{
		req(40),     // named by the probe: out at once
		ack(40, 88), // named by the probe: port 88 (gone) not asked
		req(41),     // missed: waits for its answer
		ack(41, 77), // missed: port 77 asked
		req(66),     // several processes sent the same bytes: waits
		ack(66, 77),
	} {
		fr.Time = t0.Add(time.Duration(i) * time.Microsecond)
		if _, err := a.push(&fr, emit); err != nil {
			t.Fatal(err)
		}
		if i == 0 && len(got) != 1 {
			t.Errorf("a request the probe named is held")
		}
	}
	want := []string{
		"seq=40 type=24 {PID:3000 Comm:ip Note: By:bpf}",
		"seq=40 type=2 {PID:3000 Comm:ip Note: By:bpf}",
		"seq=41 type=24 {PID:1000 Comm:ip Note: By:answer}",
		"seq=41 type=2 {PID:1000 Comm:ip Note: By:}",
		"seq=66 type=24 {PID:1000 Comm:ip Note: By:answer}",
		"seq=66 type=2 {PID:1000 Comm:ip Note: By:}",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if fmt.Sprint(res.asked) != "[77 77]" {
		t.Errorf("the resolver was asked for ports %v, want [77 77]", res.asked)
	}
}

func TestProcDisplay(t *testing.T) {
	fr := &capture.Frame{Proc: capture.Process{PID: 42, Comm: "ip"}}
	odd := &capture.Frame{Proc: capture.Process{PID: 7, Comm: "a b]\x1b"}}
	gone := &capture.Frame{Proc: capture.Process{Note: capture.NoteGone}}
	traced := &capture.Frame{Pid: 43, Proc: capture.Process{PID: 42, Comm: "ip"}}
	for _, c := range []struct{ got, want string }{
		{string(appendProcPrefix(nil, fr)), "ip[42] "},
		{string(appendProcPrefix(nil, odd)), `"a b]\x1b"[7] `},
		{string(appendProcPrefix(nil, gone)), ""},
		{string(appendProcPrefix(nil, traced)), ""},
		{string(appendProcSummary(nil, traced)), "ip[42] "},
		{string(appendProcSummary(nil, gone)), ""},
		{string(appendProcTitle(nil, fr)), ", process ip[42]"},
		{string(appendProcTitle(nil, gone)), ", process unknown: socket closed before it was resolved"},
		{string(appendProcJSON(nil, fr)), `,"process":{"pid":42,"comm":"ip"}`},
		{string(appendProcJSON(nil, traced)), `,"process":{"pid":42,"comm":"ip","tid":43}`},
		{string(appendProcJSON(nil, gone)), `,"process":{"note":"socket closed before it was resolved"}`},
		{string(appendProcJSON(nil, &capture.Frame{Proc: capture.Process{PID: 42, Comm: "ip", By: capture.ByBpf}})), `,"process":{"pid":42,"comm":"ip","by":"bpf"}`},
		{string(appendProcJSON(nil, &capture.Frame{})), ``},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	var f procFilter
	if err := f.set([]string{"ip"}, []string{"42"}); err != nil {
		t.Fatal(err)
	}
	if !f.match(fr) || f.match(odd) || f.match(gone) {
		t.Error("procFilter --comm ip --process 42")
	}
	if err := f.set(nil, []string{"ip"}); err == nil || !strings.Contains(err.Error(), "--comm") {
		t.Errorf("--process ip: %v", err)
	}
}

// Where the BPF probe cannot load (not root, or a kernel that refuses
// it, as the development machine's), one line on stderr says processes
// are named by diagnostics only, and why; where it loads, it says so.
func TestProbeNote(t *testing.T) {
	var errb strings.Builder
	p := openProbe(&env{stderr: &errb}, &captureOpts{bufKiB: 1024})
	note := errb.String()
	if strings.Count(note, "\n") != 1 || !strings.HasSuffix(note, "\n") {
		t.Errorf("not one line: %q", note)
	}
	if p != nil {
		defer p.Close()
		if !strings.Contains(note, "named at send time by a BPF probe ("+p.Attach()+")") {
			t.Errorf("the probe runs; stderr: %q", note)
		}
		return
	}
	const prefix = "nldump: processes are named through NETLINK_SOCK_DIAG and /proc only"
	reason, ok := strings.CutPrefix(note, prefix)
	if _, why, found := strings.Cut(reason, "the BPF probe cannot load: "); !ok || !found || len(strings.TrimSpace(why)) < 10 {
		t.Errorf("stderr: %q", note)
	}
	t.Logf("%s", note)
}
