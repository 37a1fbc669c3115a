package main

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// FuzzCheckInput: nldump check and diff on arbitrary input (hex dumps,
// pcap files or neither): no panic, a status of 0, 1 or 2.
func FuzzCheckInput(f *testing.F) {
	seed, _ := os.ReadFile("../../testdata/seed.hex")
	f.Add(seed)
	f.Add([]byte(mineHex))
	f.Add([]byte("# proto: NETLINK_GENERIC\n20000000 10000500\n\n1400 0000\n"))
	var pcap bytes.Buffer
	w, _ := capture.NewPcapWriter(&pcap, 0)
	w.WriteFrame(&capture.Frame{Data: []byte{0x14, 0, 0, 0, 3, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, Proto: int(decode.ProtoRoute)})
	w.Flush()
	f.Add(pcap.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, args := range [][]string{{"check", "-"}, {"check", "-f", "json", "-v", "-"}, {"diff", "-", "../../testdata/seed.hex"}} {
			_, _, code := nld(t, string(in), args...)
			if code < 0 || code > 2 {
				t.Fatalf("%v: status %d", args, code)
			}
		}
		var o outputOpts
		e := &env{stdin: bytes.NewReader(in), stdout: io.Discard, stderr: io.Discard}
		filt, _ := o.newFilter(-1)
		o.eachMessage(e, inputSpec{path: "-", label: "<stdin>"}, decode.ProtoRoute, filt, func(r *msgRef) error {
			if r.fr.Proto < 0 || r.fr.Proto > 0xffff {
				t.Fatalf("protocol %d", r.fr.Proto)
			}
			return nil
		})
	})
}
