package main

import (
	"encoding/hex"
	"slices"
	"strconv"
	"time"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// Requests and their answers in the output. A decode.Pairer is fed every
// message in order (where the frames are decoded); the formats show on
// each answer the request it answers, and on each request its outcome.
// A request's line is held back until its outcome is known, and the lines
// after it with it, so the output keeps its order; a bounded number of
// frames is held, the oldest released without a verdict when there are
// more.

// pairing is a printer's pairing state.
type pairing struct {
	pr *decode.Pairer
	// holdSilent: also wait for the outcome of requests that asked for no
	// answer (files; a live source prints them at once, since an answer
	// may never come)
	holdSilent bool
	held       []*pairHeld
	heldBytes  int
	slots      map[uint64]*pairSlot
}

const (
	maxHeldFrames = 512
	maxHeldBytes  = 8 << 20
)

type pairHeld struct {
	text  []byte
	slots []*pairSlot
	open  int
	since time.Time // when it was held
}

type pairSlot struct {
	pos  int
	id   uint64
	text []byte
	done bool
	fr   *pairHeld
}

// verdictSlot is where a request's verdict goes in a frame's text.
type verdictSlot struct {
	pos int
	id  uint64
}

func newPairing(d *decode.Decoder, holdSilent bool) *pairing {
	return &pairing{pr: decode.NewPairer(d), holdSilent: holdSilent, slots: map[uint64]*pairSlot{}}
}

// frameSocket is what a frame says of its socket.
func frameSocket(fr *capture.Frame) decode.Socket {
	switch {
	case fr.Syscall != "" && fr.Fd > 0 && fr.Proc.PID != 0:
		// the process's fd (threads share it: a Go program sends on one
		// thread and reads the answer on another); without the process,
		// by seq and nlmsg_pid
		return decode.Socket{Kind: decode.SocketHandle, ID: uint64(fr.Proc.PID)<<32 | uint64(uint32(fr.Fd))}
	case fr.Syscall == "" && fr.HasSender && fr.Dir == capture.DirToKernel && fr.Sender != 0:
		// nlmon: the sender's port id
		return decode.Socket{Kind: decode.SocketPort, ID: uint64(fr.Sender)}
	}
	return decode.Socket{}
}

// pairInput is what the Pairer is told of a frame's messages: their
// direction and socket; ok is false for frames that take no part in an
// exchange (between processes, a failed send, a MSG_PEEK read).
func pairInput(fr *capture.Frame) (in decode.PairIn, ok bool) {
	switch fr.Dir {
	case capture.DirToKernel:
		in.Dir = decode.CheckToKernel
	case capture.DirFromKernel:
		in.Dir = decode.CheckFromKernel
	case capture.DirToUser:
		return in, false
	}
	if !fr.KernelSaw() {
		// a failed send reached no one; a MSG_PEEK read is read again
		return in, false
	}
	in.Socket = frameSocket(fr)
	return in, true
}

// pairFrame feeds the messages of a decoded frame to the pairer, in
// order, and keeps what each is to the exchange in sc.
func (p *printer) pairFrame(fr *capture.Frame, t *decode.Tree, sc *frameScratch) {
	sc.pairs = sc.pairs[:0]
	sc.settled = sc.settled[:0]
	if p.pair == nil {
		return
	}
	in, ok := pairInput(fr)
	if !ok {
		return
	}
	sc.msgs = t.AppendMessages(sc.msgs[:0])
	// made at its size once, not grown by doubling (each step a copy
	// into fresh memory)
	sc.pairs = slices.Grow(sc.pairs, len(sc.msgs))
	for k, m := range sc.msgs {
		in.Ref = decode.Ref{Packet: fr.Packet, Message: k + 1}
		sc.pairs = append(sc.pairs, p.pair.pr.Feed(t, m, in))
	}
	sc.settled = p.pair.pr.Settled(sc.settled)
}

// pairAt returns the pairing of the k-th message (from 0) of the frame.
func (sc *frameScratch) pairAt(k int) *decode.Pairing {
	if k < len(sc.pairs) {
		return &sc.pairs[k]
	}
	return nil
}

// holds reports whether a request's verdict is waited for.
func (p *printer) holds(pr *decode.Pairing) bool {
	return p.pair != nil && pr != nil && pr.Kind == decode.PairRequest && (pr.Request.Expect || p.pair.holdSilent)
}

// appendRef appends "#P" or "#P.M".
func appendRef(b []byte, r decode.Ref) []byte {
	b = append(b, '#')
	b = strconv.AppendInt(b, int64(r.Packet), 10)
	if r.Message > 1 {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(r.Message), 10)
	}
	return b
}

// appendAnswers appends, for the summary, what an answer answers:
// " answers=#3" and the extended ACK explained.
func appendAnswerSummary(b []byte, pr *decode.Pairing) []byte {
	if pr == nil || pr.Kind != decode.PairAnswer {
		return b
	}
	b = append(b, " answers="...)
	b = appendRef(b, pr.Request.Ref)
	if e := pr.Extack; e != nil {
		if e.Msg != "" {
			b = append(b, " extack="...)
			b = strconv.AppendQuote(b, e.Msg)
		}
		if x := e.Explain(); x != "" {
			b = append(b, " why="...)
			b = strconv.AppendQuote(b, x)
		}
	}
	return b
}

// appendAnswerTree appends the tree format's lines of an answer.
func appendAnswerTree(b []byte, off int, pr *decode.Pairing) []byte {
	if pr == nil || pr.Kind != decode.PairAnswer {
		return b
	}
	b = treeLine(b, off)
	b = append(b, "answers "...)
	b = appendRef(b, pr.Request.Ref)
	b = append(b, ' ')
	b = append(b, pr.Request.Type...)
	b = append(b, " seq="...)
	b = strconv.AppendUint(b, uint64(pr.Request.Seq), 10)
	if pr.Part > 0 {
		b = append(b, ", reply "...)
		b = strconv.AppendInt(b, int64(pr.Part), 10)
	}
	b = append(b, '\n')
	if e := pr.Extack; e != nil {
		if x := e.Explain(); x != "" {
			b = treeLine(b, off)
			b = append(b, "extack: "...)
			b = append(b, x...)
			if e.From == "request" {
				b = append(b, " (in the request: the error is capped)"...)
			}
			b = append(b, '\n')
		}
	}
	return b
}

func treeLine(b []byte, off int) []byte {
	s := strconv.FormatUint(uint64(off), 16)
	for k := len(s); k < 4; k++ {
		b = append(b, '0')
	}
	b = append(b, s...)
	return append(b, "    "...)
}

// appendAnswerJSON appends the JSON members of an answer: "answers" and,
// for an error or the end of a dump, "ack" (docs/json.md).
func appendAnswerJSON(b []byte, pr *decode.Pairing) []byte {
	if pr == nil || pr.Kind != decode.PairAnswer {
		return b
	}
	b = append(b, `,"answers":{"packet":`...)
	b = strconv.AppendInt(b, int64(pr.Request.Ref.Packet), 10)
	b = append(b, `,"message":`...)
	b = strconv.AppendInt(b, int64(pr.Request.Ref.Message), 10)
	b = append(b, `,"type":`...)
	b = decode.AppendJSONString(b, pr.Request.Type)
	b = append(b, `,"seq":`...)
	b = strconv.AppendUint(b, uint64(pr.Request.Seq), 10)
	if pr.Part > 0 {
		b = append(b, `,"reply":`...)
		b = strconv.AppendInt(b, int64(pr.Part), 10)
	}
	b = append(b, '}')
	if e := pr.Extack; e != nil {
		b = append(b, `,"ack":`...)
		b = appendExtackJSON(b, e)
	}
	return b
}

func appendExtackJSON(b []byte, e *decode.Extack) []byte {
	b = append(b, `{"errno":`...)
	b = strconv.AppendInt(b, int64(e.Errno), 10)
	if e.Errno < 0 {
		b = append(b, `,"error":`...)
		b = decode.AppendJSONString(b, string(decode.AppendErrno(nil, e.Errno)[1:]))
	}
	if e.Capped {
		b = append(b, `,"capped":true`...)
	}
	if e.Msg != "" {
		b = append(b, `,"message":`...)
		b = decode.AppendJSONString(b, e.Msg)
	}
	if e.HasOffset {
		b = append(b, `,"offset":`...)
		b = strconv.AppendUint(b, uint64(e.Offset), 10)
		if e.Field != "" {
			b = append(b, `,"field":`...)
			b = decode.AppendJSONString(b, e.Field)
		}
		if e.FieldLen > 0 {
			b = append(b, `,"nla_len":`...)
			b = strconv.AppendInt(b, int64(e.FieldLen), 10)
		}
	}
	if e.HasMissType {
		b = append(b, `,"missing_type":`...)
		b = strconv.AppendUint(b, uint64(e.MissType), 10)
		if e.MissTypeName != "" {
			b = append(b, `,"missing":`...)
			b = decode.AppendJSONString(b, e.MissTypeName)
		}
	}
	if e.HasMissNest {
		b = append(b, `,"missing_nest":`...)
		b = strconv.AppendUint(b, uint64(e.MissNest), 10)
		if e.MissNestName != "" {
			b = append(b, `,"missing_in":`...)
			b = decode.AppendJSONString(b, e.MissNestName)
		}
	}
	if p := e.Policy; p != nil {
		b = append(b, `,"policy":{"type":`...)
		b = decode.AppendJSONString(b, p.Type)
		num := func(key string, has bool, v string) {
			if has {
				b = append(b, `,"`...)
				b = append(b, key...)
				b = append(b, `":`...)
				b = append(b, v...)
			}
		}
		num("min", p.HasMinS, strconv.FormatInt(p.MinS, 10))
		num("max", p.HasMaxS, strconv.FormatInt(p.MaxS, 10))
		num("min", p.HasMinU, strconv.FormatUint(p.MinU, 10))
		num("max", p.HasMaxU, strconv.FormatUint(p.MaxU, 10))
		num("min_len", p.HasMinLen, strconv.FormatUint(uint64(p.MinLen), 10))
		num("max_len", p.HasMaxLen, strconv.FormatUint(uint64(p.MaxLen), 10))
		num("mask", p.HasMask, strconv.FormatUint(p.Mask, 10))
		b = append(b, `,"text":`...)
		b = decode.AppendJSONString(b, p.Text())
		b = append(b, '}')
	}
	if len(e.Cookie) > 0 {
		b = append(b, `,"cookie":"`...)
		b = hex.AppendEncode(b, e.Cookie)
		b = append(b, '"')
	}
	if e.From != "" {
		b = append(b, `,"resolved_in":`...)
		b = decode.AppendJSONString(b, e.From)
	}
	if x := e.Explain(); x != "" {
		b = append(b, `,"text":`...)
		b = decode.AppendJSONString(b, x)
	}
	return append(b, '}')
}

// appendStraceTrailer appends, in strace format, a comment line after an
// answer that is an error: the request it answers and why.
func appendStraceTrailer(b []byte, pr *decode.Pairing) []byte {
	if pr == nil || pr.Kind != decode.PairAnswer || pr.Extack == nil || pr.Extack.Errno == 0 {
		return b
	}
	b = append(b, "# "...)
	b = append(b, pr.Request.Type...)
	b = append(b, " seq="...)
	b = strconv.AppendUint(b, uint64(pr.Request.Seq), 10)
	b = append(b, " ("...)
	b = appendRef(b, pr.Request.Ref)
	b = append(b, ") "...)
	o := decode.Outcome{Kind: decode.OutcomeAnswered, Errno: pr.Extack.Errno, Extack: pr.Extack}
	b = o.AppendVerdict(b)
	return append(b, '\n')
}

// verdict renders a settled request's outcome for the printer's format,
// as it is inserted at the request's slot.
func (p *printer) verdict(s *decode.Settled) []byte {
	if s.Outcome.Kind == decode.OutcomeUnseen && s.Answers == 0 {
		// the source holds no answers at all: nothing to say
		return nil
	}
	var b []byte
	switch p.format {
	case "summary":
		b = append(b, ' ')
		b = s.Outcome.AppendVerdict(b)
	case "tree":
		b = treeLine(b, 0)
		b = s.Outcome.AppendVerdict(b)
		if s.Outcome.Kind == decode.OutcomeAnswered {
			b = append(b, " (answer "...)
			b = appendRef(b, s.Outcome.Answer)
			b = append(b, ')')
		}
		b = append(b, '\n')
	case "json":
		o := &s.Outcome
		b = append(b, `,"outcome":{"state":"`...)
		switch o.Kind {
		case decode.OutcomeAnswered:
			b = append(b, "answered"...)
		case decode.OutcomeSilent:
			b = append(b, "silent"...)
		default:
			b = append(b, "unseen"...)
		}
		b = append(b, `","errno":`...)
		b = strconv.AppendInt(b, int64(o.Errno), 10)
		if o.Errno < 0 {
			b = append(b, `,"error":`...)
			b = decode.AppendJSONString(b, string(decode.AppendErrno(nil, o.Errno)[1:]))
		}
		b = append(b, `,"messages":`...)
		b = strconv.AppendInt(b, int64(o.Messages), 10)
		if o.Done {
			b = append(b, `,"done":true`...)
		}
		if o.Kind == decode.OutcomeAnswered {
			b = append(b, `,"answer":{"packet":`...)
			b = strconv.AppendInt(b, int64(o.Answer.Packet), 10)
			b = append(b, `,"message":`...)
			b = strconv.AppendInt(b, int64(o.Answer.Message), 10)
			b = append(b, '}')
		}
		if o.Extack != nil {
			b = append(b, `,"ack":`...)
			b = appendExtackJSON(b, o.Extack)
		}
		b = append(b, `,"text":`...)
		b = decode.AppendJSONString(b, string(o.AppendVerdict(nil)))
		b = append(b, '}')
	}
	return b
}

// out writes a formatted frame: at once, or held until the verdicts of
// its requests are known. settled are the outcomes the frame settled.
func (p *printer) out(text []byte, slots []verdictSlot, settled []decode.Settled) error {
	ps := p.pair
	if ps == nil || len(slots) == 0 && len(ps.held) == 0 {
		// nothing held, so no slot waits for a verdict: out at once
		_, err := p.w.Write(text)
		return err
	}
	h := &pairHeld{text: append([]byte(nil), text...), since: time.Now()}
	for _, s := range slots {
		hs := &pairSlot{pos: s.pos, id: s.id, fr: h}
		h.slots = append(h.slots, hs)
		ps.slots[s.id] = hs
	}
	h.open = len(h.slots)
	ps.held = append(ps.held, h)
	ps.heldBytes += len(h.text)
	p.settle(settled)
	return p.release(false)
}

// settle fills the slots of settled requests.
func (p *printer) settle(settled []decode.Settled) {
	ps := p.pair
	for i := range settled {
		s := &settled[i]
		hs := ps.slots[s.Request.ID]
		if hs == nil {
			continue
		}
		delete(ps.slots, s.Request.ID)
		hs.text = p.verdict(s)
		hs.done = true
		hs.fr.open--
	}
}

// release writes the held frames whose verdicts are all known, from the
// first; with force (or beyond the bounds), the others too, without the
// verdicts still missing.
func (p *printer) release(force bool) error {
	ps := p.pair
	for len(ps.held) > 0 {
		h := ps.held[0]
		if h.open > 0 && !force && len(ps.held) <= maxHeldFrames && ps.heldBytes <= maxHeldBytes {
			break
		}
		if err := p.releaseFirst(); err != nil {
			return err
		}
	}
	if len(ps.held) == 0 {
		ps.held = nil
	}
	return nil
}

// releaseFirst writes the first held frame with the verdicts it has.
func (p *printer) releaseFirst() error {
	ps := p.pair
	h := ps.held[0]
	ps.held[0] = nil
	ps.held = ps.held[1:]
	ps.heldBytes -= len(h.text)
	last := 0
	for _, s := range h.slots {
		if _, err := p.w.Write(h.text[last:s.pos]); err != nil {
			return err
		}
		if s.done {
			if _, err := p.w.Write(s.text); err != nil {
				return err
			}
		} else {
			delete(ps.slots, s.id)
		}
		last = s.pos
	}
	_, err := p.w.Write(h.text[last:])
	return err
}

// releaseOld writes the held frames held for longer than d, without the
// verdicts still missing: a live source that went quiet.
func (p *printer) releaseOld(d time.Duration) error {
	ps := p.pair
	if ps == nil {
		return nil
	}
	now := time.Now()
	for len(ps.held) > 0 && now.Sub(ps.held[0].since) >= d {
		if err := p.releaseFirst(); err != nil {
			return err
		}
	}
	return p.release(false)
}

// finish settles what is still waiting (the traffic has ended) and
// writes everything out.
func (p *printer) finish() error {
	if ps := p.pair; ps != nil {
		ps.pr.Flush()
		p.settle(ps.pr.Settled(nil))
		if err := p.release(true); err != nil {
			return err
		}
	}
	return p.flush()
}
