package main

import (
	"fmt"
	"strconv"
	"time"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// Attribution: the process behind each frame of a live nlmon capture.
//
// nlmon records neither the sender's port id nor the process, so:
//   - a frame from the kernel names its port in nlmsg_pid (the receiver of
//     a unicast reply, the requester of a notification): resolved at once;
//   - a request does not (its nlmsg_pid is what the sender chose, often 0):
//     it waits, with the frames after it so that the order is kept, for
//     the kernel's answer (an acknowledgment, a reply, a notification with
//     its sequence number), whose process is the requester's. The kernel
//     answers most requests within the same system call, so the answer
//     follows at once (though it may come in the next block of nlmon's
//     ring, up to a block timeout later); a request left without one after
//     holdFrames frames and answerWait is shown with a note.

// holdFrames and answerWait are how long a request waits for its answer:
// so many frames (in a burst) or so long (capture times; when the capture
// is quiet, the clock), whichever comes first.
const (
	holdFrames = 64
	answerWait = 150 * time.Millisecond
)

// Notes of requests nldump could not attribute.
const noteNoAnswer = "no answer from the kernel named the sender (nlmon does not record it)"

type heldFrame struct {
	fr      capture.Frame
	waiting bool // a request waiting for its answer
	born    int  // the frame count when it came
	buf     []byte
}

// frameProbe is what the attributor asks first, when it runs
// (capture.Probe): the process the BPF probe saw send a buffer.
type frameProbe interface {
	Lookup(fr *capture.Frame) (capture.Process, capture.ProbeResult)
}

// frameResolver is what the attributor asks (capture.ProcResolver).
type frameResolver interface {
	ResolveAt(proto int, port uint32, t time.Time) capture.Process
	Own(fr *capture.Frame) bool
}

// attributor names the processes of live frames and hands them on in
// their order.
type attributor struct {
	probe frameProbe // nil without the BPF probe
	res   frameResolver
	held  []*heldFrame
	free  []*heldFrame
	count int
}

// push takes a frame from the live source (valid until the next read)
// and hands it, and the frames held before it that are ready, to emit.
// It reports whether emit asked to stop.
func (a *attributor) push(fr *capture.Frame, emit func(*capture.Frame) (bool, error)) (bool, error) {
	if a.res.Own(fr) {
		// the resolver's own questions to the kernel
		return false, nil
	}
	a.count++
	waiting := false
	port, ok := capture.FramePort(fr)
	if !fr.Proc.Known() && a.probe != nil {
		// the BPF probe saw the buffer sent, in its process; what it
		// did not see, or cannot tell apart, is named as without it
		if p, r := a.probe.Lookup(fr); r == capture.ProbeNamed {
			fr.Proc = p
		}
	}
	switch {
	case fr.Proc.Known():
		// the source knew it (it saw the sending process)
	case ok:
		fr.Proc = a.res.ResolveAt(fr.Proto, port, fr.Time)
	case fr.Dir == capture.DirToKernel:
		waiting = true
	}
	if ok && fr.Dir == capture.DirFromKernel {
		a.answer(fr)
	}
	if !waiting && len(a.held) == 0 {
		return emit(fr)
	}
	a.hold(fr, waiting)
	return a.release(fr.Time, emit)
}

// idle is called when the source has nothing more for now: a request
// still waiting may have its answer in the ring's next block, which the
// kernel hands over within its block timeout. So the held frames wait up
// to answerWait more, returning as soon as ready says frames came, then go
// out.
func (a *attributor) idle(ready func() bool, emit func(*capture.Frame) (bool, error)) (bool, error) {
	deadline := time.Now().Add(answerWait)
	for len(a.held) > 0 && !ready() && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if len(a.held) == 0 || ready() {
		return false, nil
	}
	return a.release(time.Time{}, emit)
}

// answer gives a reply's process to the first held request it answers.
func (a *attributor) answer(reply *capture.Frame) {
	for _, h := range a.held {
		if h.waiting && capture.Answers(reply, &h.fr) {
			h.waiting = false
			h.fr.Proc = reply.Proc
			if h.fr.Proc.Known() {
				h.fr.Proc.By = capture.ByAnswer
			}
			return
		}
	}
}

func (a *attributor) hold(fr *capture.Frame, waiting bool) {
	var h *heldFrame
	if n := len(a.free); n > 0 {
		h, a.free = a.free[n-1], a.free[:n-1]
	} else {
		h = new(heldFrame)
	}
	h.buf = append(h.buf[:0], fr.Data...)
	h.fr = *fr
	h.fr.Data = h.buf
	h.waiting = waiting
	h.born = a.count
	a.held = append(a.held, h)
}

// release hands on the held frames that are ready, as of time now; a
// zero now releases all (the capture ends).
func (a *attributor) release(now time.Time, emit func(*capture.Frame) (bool, error)) (bool, error) {
	for len(a.held) > 0 {
		h := a.held[0]
		if h.waiting {
			if !now.IsZero() && a.count-h.born < holdFrames && now.Sub(h.fr.Time) < answerWait {
				return false, nil
			}
			h.fr.Proc = capture.Process{Note: noteNoAnswer}
			h.waiting = false
		}
		a.held = a.held[1:]
		stop, err := emit(&h.fr)
		a.free = append(a.free, h)
		if stop || err != nil {
			return stop, err
		}
	}
	a.held = a.held[:0]
	return false, nil
}

// appendProcess writes "comm[pid]" (or "[pid]" without a name); a name
// with spaces, brackets, quotes or control characters is quoted, so no
// name can forge the rest of a line.
func appendProcess(b []byte, p capture.Process) []byte {
	plain := true
	for _, c := range []byte(p.Comm) {
		if c <= ' ' || c >= 0x7f || c == '[' || c == ']' || c == '"' || c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		b = append(b, p.Comm...)
	} else {
		b = strconv.AppendQuote(b, p.Comm)
	}
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(p.PID), 10)
	return append(b, ']')
}

// appendProcPrefix writes the process of a frame and a space, for the
// strace line prefix: "ip[1234] " when known, nothing otherwise. Traced
// frames print their thread id there already.
func appendProcPrefix(b []byte, fr *capture.Frame) []byte {
	if fr.Pid != 0 {
		return b
	}
	return appendProcSummary(b, fr)
}

// appendProcSummary writes "ip[1234] " for the summary line, when known.
func appendProcSummary(b []byte, fr *capture.Frame) []byte {
	if !fr.Proc.Known() {
		return b
	}
	return append(appendProcess(b, fr.Proc), ' ')
}

// appendProcTitle writes ", process ip[1234]" (or ", process unknown:
// NOTE") for the tree format's title line.
func appendProcTitle(b []byte, fr *capture.Frame) []byte {
	switch {
	case fr.Proc.Known():
		return appendProcess(append(b, ", process "...), fr.Proc)
	case fr.Proc.Note != "":
		b = append(b, ", process unknown: "...)
		return append(b, fr.Proc.Note...)
	}
	return b
}

// appendProcJSON writes the "process" member:
// ,"process":{"pid":1234,"comm":"ip"} or ,"process":{"note":"..."}.
func appendProcJSON(b []byte, fr *capture.Frame) []byte {
	p := fr.Proc
	switch {
	case p.Known():
		b = append(b, `,"process":{"pid":`...)
		b = strconv.AppendInt(b, int64(p.PID), 10)
		if p.Comm != "" {
			b = append(b, `,"comm":`...)
			b = decode.AppendJSONString(b, p.Comm)
		}
		if fr.Pid != 0 && fr.Pid != p.PID {
			b = append(b, `,"tid":`...)
			b = strconv.AppendInt(b, int64(fr.Pid), 10)
		}
		if p.By != "" {
			b = append(b, `,"by":"`...)
			b = append(b, p.By...)
			b = append(b, '"')
		}
		return append(b, '}')
	case p.Note != "":
		b = append(b, `,"process":{"note":`...)
		b = decode.AppendJSONString(b, p.Note)
		return append(b, '}')
	case fr.Pid != 0:
		b = append(b, `,"process":{"pid":`...)
		b = strconv.AppendInt(b, int64(fr.Pid), 10)
		return append(b, '}')
	}
	return b
}

// procFilter selects frames by their process: --comm NAME and
// --process PID. (--pid is nlmsg_pid, a port id, which is not a process
// id: hence another name, the JSON member's.)
type procFilter struct {
	comms []string
	pids  []int
}

func (f *procFilter) set(comms, pids []string) error {
	f.comms = comms
	for _, s := range pids {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return fmt.Errorf("--process %s: want a process id (a command name goes to --comm)", s)
		}
		f.pids = append(f.pids, n)
	}
	return nil
}

func (f *procFilter) active() bool { return len(f.comms) > 0 || len(f.pids) > 0 }

// match reports whether a frame's process passes; an unknown process
// passes neither filter.
func (f *procFilter) match(fr *capture.Frame) bool {
	p := fr.Proc
	if !p.Known() {
		return false
	}
	if len(f.pids) > 0 && !contains(f.pids, p.PID) {
		return false
	}
	return len(f.comms) == 0 || contains(f.comms, p.Comm)
}
