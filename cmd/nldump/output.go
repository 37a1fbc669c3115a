package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// outputOpts are the options every decoding command shares.
type outputOpts struct {
	format   string
	strlen   int
	xlat     string
	hex      int
	color    string
	names    string
	proto    string
	endian   string
	genl     stringsFlag
	newNames bool
}

type countFlag struct{ n *int }

func (c countFlag) String() string   { return "" }
func (c countFlag) IsBoolFlag() bool { return true }
func (c countFlag) Set(v string) error {
	if v == "true" {
		*c.n++
		return nil
	}
	n, err := strconv.Atoi(v)
	*c.n = n
	return err
}

func (o *outputOpts) register(fs *flag.FlagSet) {
	for _, n := range []string{"f", "format"} {
		fs.StringVar(&o.format, n, "strace", "output format: strace, tree, json, summary, hex, go")
	}
	fs.IntVar(&o.strlen, "s", 0, "longest string, and most list elements, to print (0: no limit)")
	fs.StringVar(&o.xlat, "X", "abbrev", "constants as names (abbrev), numbers (raw) or both (verbose)")
	fs.Var(countFlag{&o.hex}, "x", "print non-ASCII strings in hex (-x -x: all strings)")
	fs.StringVar(&o.color, "color", "auto", "color: auto, always, never")
	fs.BoolVar(&o.newNames, "new-names", false, "in strace format, name the values strace 6.1 does not know (default: print them as strace does)")
	fs.StringVar(&o.names, "names", "learn", "interface names: learn (from RTM_NEWLINK in the input), host (also ask this host), none")
	for _, n := range []string{"p", "proto"} {
		fs.StringVar(&o.proto, n, "", "netlink protocol: route, generic, ... , NETLINK_ROUTE, or a number")
	}
	fs.StringVar(&o.endian, "endian", "host", "byte order of the messages: host, little, big, auto")
	fs.Var(&o.genl, "genl", "name a generic netlink family id: NAME=ID (repeatable)")
}

// strFormat builds the strace notation options.
func (o *outputOpts) strFormat() (decode.Format, error) {
	f := decode.Format{StrLen: o.strlen, NewNames: o.newNames}
	switch o.xlat {
	case "abbrev", "":
	case "raw":
		f.Xlat = decode.XlatRaw
	case "verbose":
		f.Xlat = decode.XlatVerbose
	default:
		return f, fmt.Errorf("-X %s: want raw, abbrev or verbose", o.xlat)
	}
	switch {
	case o.hex == 1:
		f.Hex = decode.HexNonASCII
	case o.hex >= 2:
		f.Hex = decode.HexAll
	}
	if o.strlen < 0 {
		return f, fmt.Errorf("-s %d: must not be negative", o.strlen)
	}
	return f, nil
}

// protoNumber returns the protocol the options name (default dflt).
func (o *outputOpts) protoNumber(dflt int) (int, error) {
	if o.proto == "" {
		return dflt, nil
	}
	p, ok := decode.ParseProto(o.proto)
	if !ok {
		return 0, fmt.Errorf("unknown netlink protocol %q (try route, generic, netfilter, sock_diag, xfrm, audit, or a number)", o.proto)
	}
	return p, nil
}

// newDecoder makes the decoder the options ask for.
func (o *outputOpts) newDecoder(proto int) (*decode.Decoder, error) {
	opts := decode.Options{Proto: proto}
	switch o.names {
	case "learn", "":
	case "host":
		opts.HostNames = true
	case "none":
	default:
		return nil, fmt.Errorf("--names %s: want learn, host or none", o.names)
	}
	switch o.endian {
	case "host", "little", "auto", "":
	case "big":
		opts.BigEndian = true
	default:
		return nil, fmt.Errorf("--endian %s: want host, little, big or auto", o.endian)
	}
	d := decode.NewDecoder(opts)
	if o.names == "none" {
		d.DisableNames()
	}
	for _, g := range o.genl {
		name, id, ok := strings.Cut(g, "=")
		n, err := strconv.ParseUint(id, 0, 16)
		if !ok || err != nil || name == "" {
			return nil, fmt.Errorf("--genl %s: want NAME=ID, like --genl ethtool=20", g)
		}
		d.SetGenlFamily(uint16(n), name)
	}
	return d, nil
}

// printer writes decoded buffers in the chosen format.
type printer struct {
	w      *bufio.Writer
	format string
	f      decode.Format
	// perBuffer: one line per buffer (decode); otherwise a line per
	// message with time, protocol and direction first (capture, read,
	// trace).
	perBuffer bool
	// bufferLine (trace): in strace format, one line per buffer, the
	// prefix then the whole buffer as strace prints an iov_base, so the
	// line reads next to strace's. Other formats keep their layout.
	bufferLine bool
	line       []byte
}

func (o *outputOpts) newPrinter(w io.Writer, perBuffer bool) (*printer, error) {
	f, err := o.strFormat()
	if err != nil {
		return nil, err
	}
	switch o.format {
	case "strace":
	default:
		return nil, fmt.Errorf("unknown format %q (want strace, tree, json, summary, hex or go)", o.format)
	}
	return &printer{w: bufio.NewWriterSize(w, 64*1024), format: o.format, f: f, perBuffer: perBuffer}, nil
}

// frame prints one decoded buffer.
func (p *printer) frame(fr *capture.Frame, t *decode.Tree) error {
	b := p.line[:0]
	if p.perBuffer || (p.bufferLine && p.format == "strace") {
		if p.bufferLine {
			b = appendPrefix(b, fr)
		}
		b = t.AppendStraceAll(b, &p.f)
		b = append(b, '\n')
	} else {
		for _, m := range t.Messages() {
			b = appendPrefix(b, fr)
			b = t.AppendStrace(b, m, &p.f)
			b = append(b, '\n')
		}
		if len(t.Messages()) == 0 {
			b = appendPrefix(b, fr)
			b = t.AppendStraceAll(b, &p.f)
			b = append(b, '\n')
		}
	}
	p.line = b
	_, err := p.w.Write(b)
	return err
}

// appendPrefix writes "TIME PROTO DIR " before a message.
func appendPrefix(b []byte, fr *capture.Frame) []byte {
	if !fr.Time.IsZero() {
		b = fr.Time.AppendFormat(b, "15:04:05.000000")
		b = append(b, ' ')
	}
	if fr.Pid != 0 {
		b = strconv.AppendInt(b, int64(fr.Pid), 10)
		b = append(b, ' ')
	}
	if fr.Syscall != "" {
		b = append(b, fr.Syscall...)
		b = append(b, ' ')
	}
	if fr.Proto >= 0 {
		b = append(b, decode.ProtoName(fr.Proto)...)
		b = append(b, ' ')
	}
	b = append(b, fr.Dir.String()...)
	return append(b, ' ')
}

func (p *printer) flush() error { return p.w.Flush() }
