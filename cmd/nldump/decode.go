package main

import (
	"fmt"
	"io"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

func runDecode(e *env, args []string) int {
	fs := newFlags(e, "decode")
	var o outputOpts
	o.register(fs)
	o.registerInput(fs)
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
	e.watch(p.filt)
	status := exitOK
	for _, name := range pos {
		sp, err := parseInputSpec(name)
		if err != nil {
			fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
			status = exitError
			continue
		}
		in, err := o.openInput(e, sp, proto, capture.EndianAuto)
		if err != nil {
			fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
			status = exitError
			continue
		}
		for {
			fr, err := in.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				status = exitError
				if isFatal(err) {
					break
				}
				continue
			}
			d.SetBigEndian(fr.BigEndian)
			if err := p.frame(fr, d.DecodeProto(decode.Proto(fr.Proto), fr.Data)); err != nil {
				in.close()
				if isBrokenPipe(err) {
					return status
				}
				fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
				return exitError
			}
		}
		in.close()
	}
	if err := p.finish(); err != nil {
		fmt.Fprintf(e.stderr, "nldump decode: %v\n", err)
		return exitError
	}
	return status
}
