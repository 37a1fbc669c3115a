package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/nldump/nldump/capture"
)

// readCaptureFrames reads the netlink buffers of a pcap or pcapng file
// for diff and check (which pick messages by number, so they hold them
// all). Packets that cannot be read are errors; other link types are
// skipped.
func readCaptureFrames(r io.Reader, name string) ([]capture.Frame, error) {
	rd, err := capture.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if !rd.IsPcapNG() {
		if err := capture.CheckLinkType(rd.LinkType()); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
	}
	frames := capture.NewFrameReader(rd, capture.EndianAuto)
	var out []capture.Frame
	for {
		fr, err := frames.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("%s: %v", name, err)
		}
		c := *fr
		c.Data = append([]byte(nil), fr.Data...)
		c.Source = name + "#" + strconv.Itoa(fr.Packet)
		out = append(out, c)
	}
}
