package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// The one way every command reads its inputs: hex dumps of every form,
// raw buffers, pcap and pcapng files, each maybe gzip'd, from a file or
// stdin, whole or one buffer of them (FILE#N). A damaged buffer is
// reported with its place and skipped; the caller goes on and exits
// non-zero at the end.

// inputSpec names what to read: FILE, "-" for stdin, FILE#N for its Nth
// buffer (packet), FILE#N.M for the Mth message of that buffer.
type inputSpec struct {
	path   string
	packet int // 0: every buffer
	msg    int // 0: every message
	label  string
}

// parseInputSpec reads FILE[#N[.M]]. A file whose name holds a '#' is
// taken whole when it exists.
func parseInputSpec(s string) (inputSpec, error) {
	sp := inputSpec{path: s, label: s}
	if s == "-" {
		sp.label = "<stdin>"
		return sp, nil
	}
	i := strings.LastIndexByte(s, '#')
	if i < 0 {
		return sp, nil
	}
	if _, err := os.Stat(s); err == nil {
		return sp, nil
	}
	sel := s[i+1:]
	sp.path = s[:i]
	if sp.path == "" || sp.path == "-" {
		sp.path = "-"
	}
	pk, msg, hasMsg := strings.Cut(sel, ".")
	n, err := strconv.Atoi(pk)
	if err != nil || n <= 0 {
		return sp, fmt.Errorf("%s: want FILE#N (the Nth buffer, from 1) or FILE#N.M (its Mth message)", s)
	}
	sp.packet = n
	if hasMsg {
		m, err := strconv.Atoi(msg)
		if err != nil || m <= 0 {
			return sp, fmt.Errorf("%s: want FILE#N.M, M the message's number in the buffer, from 1", s)
		}
		sp.msg = m
	}
	return sp, nil
}

// registerInput adds --input-format to the commands that read files.
func (o *outputOpts) registerInput(fs *flag.FlagSet) {
	fs.StringVar(&o.input, "input-format", "auto", "form of the inputs: auto, hex, raw or pcap (pcapng too)")
}

// inputError is a damaged buffer or packet of an input: reported, and
// reading goes on unless it is fatal.
type inputError struct {
	err   error
	fatal bool
}

func (e *inputError) Error() string { return e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// errNoBuffer is the error of an input with no buffer in it.
var errNoBuffer = errors.New("no netlink buffer in it")

// input reads the frames of one input.
type input struct {
	sp     inputSpec
	name   string // for messages: the file, or <stdin>
	form   capture.InputFormat
	proto  decode.Proto // of buffers that do not say theirs
	closer io.Closer

	hex    *capture.HexScanner
	frames *capture.FrameReader
	raw    io.Reader

	n       int // buffers read, damaged ones included
	yielded int // frames returned
	damaged int
	done    bool
	fr      capture.Frame
	regular bool // a regular file: reading it never waits for a writer
	// the protocol name of the last hex buffer that named one, parsed
	lastName string
	last     decode.Proto
}

// openInput opens the input a spec names; frames of protocol proto
// unless they say theirs, in the byte order endian (captures), in the
// form the --input-format option says or told from the first bytes.
func (o *outputOpts) openInput(e *env, sp inputSpec, proto decode.Proto, endian capture.Endian) (*input, error) {
	form, err := capture.ParseInputFormat(o.input)
	if err != nil {
		return nil, err
	}
	in := &input{sp: sp, name: sp.path, proto: proto}
	var r io.Reader
	if sp.path == "-" {
		in.name, r = "<stdin>", e.stdin
		if f, ok := e.stdin.(*os.File); ok {
			if st, err := f.Stat(); err == nil {
				in.regular = st.Mode().IsRegular()
			}
		}
	} else {
		f, err := os.Open(sp.path)
		if err != nil {
			return nil, err
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			return nil, fmt.Errorf("%s: is a directory", sp.path)
		} else if err == nil {
			in.regular = st.Mode().IsRegular()
		}
		in.closer, r = f, f
	}
	r, in.form, err = capture.OpenInput(r, form)
	if err != nil {
		in.close()
		return nil, fmt.Errorf("%s: %v", in.name, err)
	}
	switch in.form {
	case capture.FormatPcap:
		rd, err := capture.NewReader(r)
		if err != nil {
			in.close()
			return nil, fmt.Errorf("%s: %v", in.name, err)
		}
		if !rd.IsPcapNG() {
			if err := capture.CheckLinkType(rd.LinkType()); err != nil {
				in.close()
				return nil, fmt.Errorf("%s: %v", in.name, err)
			}
		}
		in.frames = capture.NewFrameReader(rd, endian)
	case capture.FormatRaw:
		in.raw = r
	default:
		in.hex = capture.NewHexScanner(r, in.name)
	}
	return in, nil
}

func (in *input) close() {
	if in.closer != nil {
		in.closer.Close()
		in.closer = nil
	}
}

// batch is how many frames decodeAhead may batch: a pipe or a terminal
// may keep the reader waiting for the next frame, so there each goes
// alone, at once.
func (in *input) batch() int {
	if in.regular {
		return aheadBatch
	}
	return 1
}

// isCapture tells whether the frames come from a capture file.
func (in *input) isCapture() bool { return in.frames != nil }

// skipped is the number of packets of other kinds than netlink.
func (in *input) skipped() int {
	if in.frames != nil {
		return in.frames.Skipped
	}
	return 0
}

// Next returns the next frame (valid until the next call), io.EOF at the
// end, or an *inputError: a damaged buffer (skipped; the next call goes
// on) or a fatal one. An input with no buffer at all, or without the
// buffer FILE#N names, ends with an error instead of io.EOF.
func (in *input) Next() (*capture.Frame, error) {
	for {
		if in.done {
			return nil, io.EOF
		}
		fr, err := in.next()
		if err == io.EOF {
			in.done = true
			in.close()
			switch {
			case in.sp.packet > 0 && in.yielded == 0:
				return nil, &inputError{err: fmt.Errorf("%s: no buffer %d (it has %d)", in.sp.label, in.sp.packet, in.n), fatal: true}
			case in.n == 0:
				return nil, &inputError{err: fmt.Errorf("%s: %w", in.name, errNoBuffer), fatal: true}
			}
			return nil, io.EOF
		}
		if err != nil {
			var ie *inputError
			if errors.As(err, &ie) && ie.fatal {
				in.done = true
				in.close()
			}
			if in.sp.packet > 0 && !in.done {
				if in.n != in.sp.packet {
					continue // damage elsewhere than the buffer asked for
				}
				in.done = true
				in.close()
			}
			in.damaged++
			return nil, err
		}
		if in.sp.packet > 0 {
			if fr.Packet < in.sp.packet {
				continue
			}
			if fr.Packet > in.sp.packet {
				in.done = true
				in.close()
				if in.yielded == 0 {
					return nil, &inputError{err: fmt.Errorf("%s: no buffer %d", in.sp.label, in.sp.packet), fatal: true}
				}
				return nil, io.EOF
			}
			in.done = true // the one asked for
			in.close()
		}
		in.yielded++
		return fr, nil
	}
}

func (in *input) next() (*capture.Frame, error) {
	switch {
	case in.frames != nil:
		fr, err := in.frames.Next()
		if err == io.EOF {
			return nil, err
		}
		in.n++
		if err != nil {
			var pe *capture.PacketError
			fatal := !errors.As(err, &pe) || pe.Fatal
			if pe != nil {
				in.n = pe.Packet
			}
			return nil, &inputError{err: fmt.Errorf("%s: %v", in.name, err), fatal: fatal}
		}
		in.n = fr.Packet
		fr.Source, fr.SourceSep, fr.SourceNum = in.name, '#', fr.Packet
		return fr, nil
	case in.raw != nil:
		r := in.raw
		in.raw = nil
		b, err := capture.ReadRaw(r)
		if err != nil {
			in.n++
			return nil, &inputError{err: fmt.Errorf("%s: %v", in.name, err), fatal: true}
		}
		if len(b) == 0 {
			return nil, io.EOF
		}
		in.n++
		in.fr = capture.Frame{Data: b, Proto: int(in.proto), Packet: 1, Source: in.name,
			BigEndian: capture.DetectBigEndian(b, capture.HostBigEndian)}
		return &in.fr, nil
	case in.hex != nil:
		b, err := in.hex.Next()
		if err == io.EOF {
			return nil, err
		}
		if err != nil {
			var he *capture.HexError
			if errors.As(err, &he) {
				in.n++
				return nil, &inputError{err: err, fatal: false}
			}
			return nil, &inputError{err: err, fatal: true}
		}
		in.n++
		pr := in.proto
		if b.Proto != "" {
			if b.Proto != in.lastName {
				// most buffers of a strace log name the protocol of the one before
				v, ok := decode.ParseProto(b.Proto)
				if !ok {
					return nil, &inputError{err: fmt.Errorf("%s:%d: unknown protocol %q", in.name, max(b.Line-1, 1), b.Proto)}
				}
				in.lastName, in.last = b.Proto, v
			}
			pr = in.last
		}
		in.fr = capture.Frame{Data: b.Data, Proto: int(pr), Packet: in.n, Source: in.name, SourceSep: ':', SourceNum: b.Line,
			Syscall: b.Syscall, Dir: b.Dir, DirKnown: b.Dir != capture.DirUnknown, Time: b.Time}
		return &in.fr, nil
	}
	return nil, io.EOF
}

// maxHeld bounds the memory diff holds: buffers and their trees.
const maxHeld = 64 << 20

// nodeBytes is about what a tree node takes.
const nodeBytes = 72

// eachMessage reads the messages a spec names that pass the filter, one
// frame at a time, and calls fn for each; the messages of a frame share
// its tree, which stays valid after fn returns. A damaged buffer is
// reported on stderr, skipped and counted in o.damaged; an input with no
// buffer is an error, as is the first error of fn.
func (o *outputOpts) eachMessage(e *env, sp inputSpec, proto decode.Proto, filt *filter, fn func(*msgRef) error) error {
	in, err := o.openInput(e, sp, proto, capture.EndianAuto)
	if err != nil {
		return err
	}
	defer in.close()
	d, err := o.newDecoder(proto)
	if err != nil {
		return err
	}
	label := sp.path
	for {
		fr, err := in.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if !isFatal(err) {
				fmt.Fprintln(e.stderr, err)
				o.damaged++
				continue
			}
			return err
		}
		c := *fr
		d.SetBigEndian(c.BigEndian)
		t := d.DecodeProto(decode.Proto(c.Proto), c.Data).Clone()
		c.Data = t.Buf
		msgs := t.Messages()
		if len(msgs) == 0 {
			msgs = []int{0}
		}
		if sp.msg > len(msgs) {
			return fmt.Errorf("%s: buffer %d has %d messages", sp.label, c.Packet, len(msgs))
		}
		for k, m := range msgs {
			if sp.msg > 0 && k+1 != sp.msg {
				continue
			}
			if !filt.match(&c, t, m) {
				continue
			}
			l := label + "#" + strconv.Itoa(c.Packet)
			if len(msgs) > 1 {
				l += "." + strconv.Itoa(k+1)
			}
			if err := fn(&msgRef{t: t, m: m, fr: &c, label: l, index: k + 1, count: len(msgs), capture: in.isCapture()}); err != nil {
				return err
			}
		}
	}
}

// frameSource is what the frame loops read: an input, or a live capture.
type frameSource interface {
	Next() (*capture.Frame, error)
}

// isFatal tells whether an error of a frameSource ends it: anything but
// a damaged buffer or packet that was skipped.
func isFatal(err error) bool {
	var ie *inputError
	if errors.As(err, &ie) {
		return ie.fatal
	}
	var pe *capture.PacketError
	if errors.As(err, &pe) {
		return pe.Fatal
	}
	return true
}
