package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

func runDecode(e *env, args []string) int {
	fs := newFlags(e, "decode")
	var o outputOpts
	o.register(fs)
	pos, ok := parseFlags(e, fs, args)
	if !ok {
		return exitError
	}
	if len(pos) == 0 {
		pos = []string{"-"}
	}
	proto, err := o.protoNumber(decode.ProtoRoute)
	if err != nil {
		fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
		return exitError
	}
	d, err := o.newDecoder(proto)
	if err != nil {
		fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
		return exitError
	}
	p, err := o.newPrinter(e.stdout, true)
	if err != nil {
		fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
		return exitError
	}
	p.enablePairing(d, true)
	status := exitOK
	n := 0
	for _, name := range pos {
		var r io.Reader
		label := name
		if name == "-" {
			r, label = e.stdin, "<stdin>"
		} else {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
				status = exitError
				continue
			}
			defer f.Close()
			r = f
		}
		err := capture.ScanHex(r, label, func(b capture.HexBuffer) error {
			n++
			pr := proto
			if b.Proto != "" {
				if v, ok := decode.ParseProto(b.Proto); ok {
					pr = v
				} else {
					fmt.Fprintf(e.stderr, "%s:%d: unknown protocol %q, decoding as %s\n", label, b.Line-1, b.Proto, decode.ProtoName(proto))
				}
			}
			fr := capture.Frame{Data: b.Data, Proto: pr, Packet: n, Source: fmt.Sprintf("%s:%d", label, b.Line)}
			return p.frame(&fr, d.DecodeProto(pr, b.Data))
		})
		if err != nil {
			var he *capture.HexError
			if errors.As(err, &he) {
				fmt.Fprintln(e.stderr, err)
			} else {
				fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
			}
			status = exitError
		}
	}
	if err := p.finish(); err != nil {
		fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
		return exitError
	}
	return status
}
