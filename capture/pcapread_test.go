package capture

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/gopacket"
)

// ip-tcpdump.pcap: packets tcpdump 4.99 wrote on nlmon0 in the test VM
// while ip added, dumped and removed links, addresses and routes (with a
// generic netlink exchange, tcp_metrics); ip-editcap.pcapng: the same
// packets converted by editcap.

func nlmsg(bo binary.ByteOrder, typ, flags uint16, seq, pid uint32, payload []byte) []byte {
	b := make([]byte, 16, 16+len(payload)+3)
	bo.PutUint32(b[0:], uint32(16+len(payload)))
	bo.PutUint16(b[4:], typ)
	bo.PutUint16(b[6:], flags)
	bo.PutUint32(b[8:], seq)
	bo.PutUint32(b[12:], pid)
	b = append(b, payload...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// cooked returns a LINKTYPE_NETLINK header for a protocol.
func cooked(pkttype, proto uint16) []byte {
	h := make([]byte, 16)
	binary.BigEndian.PutUint16(h[0:], pkttype)
	binary.BigEndian.PutUint16(h[2:], 824)
	binary.BigEndian.PutUint16(h[14:], proto)
	return h
}

type rec struct {
	sec, frac       uint32
	caplen, origlen uint32 // 0: len(data)
	data            []byte
}

func pcapFile(bo binary.AppendByteOrder, magic, snaplen, linkType uint32, recs ...rec) []byte {
	var b []byte
	b = bo.AppendUint32(b, magic)
	b = bo.AppendUint16(b, 2)
	b = bo.AppendUint16(b, 4)
	b = bo.AppendUint32(b, 0)
	b = bo.AppendUint32(b, 0)
	b = bo.AppendUint32(b, snaplen)
	b = bo.AppendUint32(b, linkType)
	for _, r := range recs {
		cl, ol := r.caplen, r.origlen
		if cl == 0 {
			cl = uint32(len(r.data))
		}
		if ol == 0 {
			ol = cl
		}
		b = bo.AppendUint32(b, r.sec)
		b = bo.AppendUint32(b, r.frac)
		b = bo.AppendUint32(b, cl)
		b = bo.AppendUint32(b, ol)
		b = append(b, r.data...)
	}
	return b
}

// ng builds pcapng files.
type ng struct {
	bo binary.AppendByteOrder
	b  []byte
}

func (n *ng) block(typ uint32, body []byte) *ng {
	for len(body)%4 != 0 {
		body = append(body, 0)
	}
	total := uint32(12 + len(body))
	n.b = n.bo.AppendUint32(n.b, typ)
	n.b = n.bo.AppendUint32(n.b, total)
	n.b = append(n.b, body...)
	n.b = n.bo.AppendUint32(n.b, total)
	return n
}

func (n *ng) shb() *ng {
	var b []byte
	b = n.bo.AppendUint32(b, ngByteOrder)
	b = n.bo.AppendUint16(b, 1)
	b = n.bo.AppendUint16(b, 0)
	b = n.bo.AppendUint64(b, ^uint64(0))
	return n.block(ngSHB, b)
}

func (n *ng) idb(linkType uint16, tsresol byte) *ng {
	var b []byte
	b = n.bo.AppendUint16(b, linkType)
	b = n.bo.AppendUint16(b, 0)
	b = n.bo.AppendUint32(b, 262144)
	if tsresol != 0 {
		b = n.bo.AppendUint16(b, 9)
		b = n.bo.AppendUint16(b, 1)
		b = append(b, tsresol, 0, 0, 0)
		b = n.bo.AppendUint32(b, 0) // opt_endofopt
	}
	return n.block(ngIDB, b)
}

func (n *ng) epb(iface uint32, ts uint64, data []byte) *ng {
	var b []byte
	b = n.bo.AppendUint32(b, iface)
	b = n.bo.AppendUint32(b, uint32(ts>>32))
	b = n.bo.AppendUint32(b, uint32(ts))
	b = n.bo.AppendUint32(b, uint32(len(data)))
	b = n.bo.AppendUint32(b, uint32(len(data)))
	b = append(b, data...)
	return n.block(ngEPB, b)
}

var le, be = binary.LittleEndian, binary.BigEndian

func newLink() []byte { return nlmsg(le, 16, 5, 1, 0, make([]byte, 16)) }

func readAll(t *testing.T, file []byte, e Endian) ([]Frame, []error) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(file))
	if err != nil {
		t.Fatalf("NewReader: %v", err)
	}
	fr := NewFrameReader(r, e)
	var out []Frame
	var errs []error
	for {
		f, err := fr.Next()
		if err == io.EOF {
			return out, errs
		}
		if err != nil {
			errs = append(errs, err)
			var pe *PacketError
			if errors.As(err, &pe) && !pe.Fatal {
				continue
			}
			return out, errs
		}
		c := *f
		c.Data = bytes.Clone(f.Data)
		out = append(out, c)
	}
}

// The reader agrees with tshark on the times and lengths of files tcpdump
// and editcap wrote, and reads the same bytes from the pcap and the
// pcapng file. (gopacket's pcapgo would need golang.org/x/net.)
func TestReadAsTshark(t *testing.T) {
	type pkt struct {
		data []byte
		ci   gopacket.CaptureInfo
	}
	var files [][]pkt
	for _, name := range []string{"testdata/ip-tcpdump.pcap", "testdata/ip-editcap.pcapng"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if r.LinkType() != LinkTypeNetlink || r.IsPcapNG() != strings.HasSuffix(name, "ng") {
			t.Errorf("%s: link type %d, pcapng %v", name, r.LinkType(), r.IsPcapNG())
		}
		var pkts []pkt
		for {
			data, ci, err := r.ReadPacketData()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			pkts = append(pkts, pkt{data, ci})
		}
		files = append(files, pkts)
		if _, err := exec.LookPath("tshark"); err != nil {
			continue
		}
		out, err := exec.Command("tshark", "-r", name, "-T", "fields", "-e", "frame.time_epoch", "-e", "frame.cap_len", "-e", "frame.len").Output()
		if err != nil {
			t.Fatalf("tshark: %v", err)
		}
		var got []string
		for _, p := range pkts {
			got = append(got, fmt.Sprintf("%d.%09d\t%d\t%d", p.ci.Timestamp.Unix(), p.ci.Timestamp.Nanosecond(), p.ci.CaptureLength, p.ci.Length))
		}
		if want := strings.TrimSpace(string(out)); strings.Join(got, "\n") != want {
			t.Errorf("%s: nldump reads\n%s\ntshark\n%s", name, strings.Join(got, "\n"), want)
		}
	}
	if len(files[0]) != 66 || len(files[1]) != 66 {
		t.Fatalf("%d and %d packets, want 66", len(files[0]), len(files[1]))
	}
	for i := range files[0] {
		if !bytes.Equal(files[0][i].data, files[1][i].data) {
			t.Fatalf("packet %d: pcap and pcapng differ", i+1)
		}
	}
}

// nldump's pcap writer writes every record as tcpdump wrote it: the same
// cooked header, the same bytes, the same lengths.
func TestWriteAsTcpdump(t *testing.T) {
	orig, err := os.ReadFile("testdata/ip-tcpdump.pcap")
	if err != nil {
		t.Fatal(err)
	}
	frames, errs := readAll(t, orig, EndianAuto)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var out bytes.Buffer
	w, err := NewPcapWriter(&out, DefaultSnapLen)
	if err != nil {
		t.Fatal(err)
	}
	for i := range frames {
		if err := w.WriteFrame(&frames[i]); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	o, n := bytes.Clone(orig[24:]), out.Bytes()[24:]
	// tcpdump writes microseconds, nldump nanoseconds: the rest is the same
	if !bytes.Equal(orig[4:24], out.Bytes()[4:24]) {
		t.Errorf("file header %x, tcpdump's %x", out.Bytes()[:24], orig[:24])
	}
	for i := 0; len(o) > 0; i++ {
		ol := int(le.Uint32(o[8:]))
		nl := int(le.Uint32(n[8:]))
		if ol == nl && ol >= 16 && be.Uint16(o[16+4:]) == 0 {
			// with no address (length 0), libpcap copies whatever the
			// ring held in the address field; nldump writes zeros
			copy(o[16+6:16+14], n[16+6:16+14])
		}
		if ol != nl || !bytes.Equal(o[8:16+ol], n[8:16+nl]) {
			t.Fatalf("record %d: nldump %x, tcpdump %x", i+1, n[8:min(16+nl, 64)], o[8:min(16+ol, 64)])
		}
		if le.Uint32(o[4:])*1000 != le.Uint32(n[4:]) || le.Uint32(o[0:]) != le.Uint32(n[0:]) {
			t.Fatalf("record %d: time differs", i+1)
		}
		o, n = o[16+ol:], n[16+nl:]
	}
	if len(n) != 0 {
		t.Errorf("%d bytes more than tcpdump", len(n))
	}
}

func TestFramesOfTcpdumpFile(t *testing.T) {
	b, _ := os.ReadFile("testdata/ip-tcpdump.pcap")
	frames, errs := readAll(t, b, EndianAuto)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	dirs := map[Direction]int{}
	msgs := 0
	var fams []string
	for _, f := range frames {
		dirs[f.Dir]++
		msgs += CountMessages(f.Data, f.BigEndian)
		if f.BigEndian || f.DirKnown || f.HasSender {
			t.Errorf("packet %d: BigEndian %v DirKnown %v HasSender %v", f.Packet, f.BigEndian, f.DirKnown, f.HasSender)
		}
		if f.Proto == protoGeneric {
			GenlFamilies(f.Data, false, func(id uint16, name string) {
				fams = append(fams, name+"="+strconv.Itoa(int(id)))
			})
		}
	}
	if got := strings.Join(fams, " "); got != "tcp_metrics=27" {
		t.Errorf("generic families learned: %q", got)
	}
	if msgs != 91 || dirs[DirToKernel] != 30 || dirs[DirFromKernel] != 36 || len(frames) != 66 {
		t.Errorf("%d frames, %d messages, directions %v", len(frames), msgs, dirs)
	}
}

func TestLinkTypes(t *testing.T) {
	msg := newLink()
	sll := make([]byte, 16)
	be.PutUint16(sll[0:], 4)
	be.PutUint16(sll[2:], 824)
	be.PutUint16(sll[14:], 16) // NETLINK_GENERIC
	eth := make([]byte, 16)
	be.PutUint16(eth[2:], 1) // ARPHRD_ETHER: not netlink, skipped
	be.PutUint16(eth[14:], 0x0800)
	sll2 := make([]byte, 20)
	be.PutUint16(sll2[0:], 9) // NETLINK_AUDIT
	be.PutUint32(sll2[4:], 3)
	be.PutUint16(sll2[8:], 824)
	sll2[10] = 7 // PACKET_KERNEL
	sll2[11] = 4
	le.PutUint32(sll2[12:], 4242)
	for _, c := range []struct {
		name  string
		link  uint32
		recs  []rec
		proto int
		skip  int
	}{
		{"SLL", LinkTypeSLL, []rec{{data: append(eth, 1, 2, 3)}, {data: append(sll, msg...)}}, 16, 1},
		{"SLL2", LinkTypeSLL2, []rec{{data: append(sll2, msg...)}}, 9, 0},
		{"NETLINK", LinkTypeNetlink, []rec{{data: append(cooked(4, 12), msg...)}}, 12, 0},
	} {
		f := pcapFile(le, pcapMagicNano, 262144, c.link, c.recs...)
		r, _ := NewReader(bytes.NewReader(f))
		fr := NewFrameReader(r, EndianAuto)
		x, err := fr.Next()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if x.Proto != c.proto || !bytes.Equal(x.Data, msg) || fr.Skipped != c.skip || x.Dir != DirToKernel {
			t.Errorf("%s: proto %d, dir %s, skipped %d, data %x", c.name, x.Proto, x.Dir, fr.Skipped, x.Data)
		}
		if c.name == "SLL2" && (!x.DirKnown || !x.HasSender || x.Sender != 4242) {
			t.Errorf("SLL2: DirKnown %v, sender %v %d", x.DirKnown, x.HasSender, x.Sender)
		}
		if _, err := fr.Next(); err != io.EOF {
			t.Errorf("%s: then %v", c.name, err)
		}
	}
}

// A capture from a big-endian host reads in its order, told from
// nlmsg_len, or as --endian says.
func TestForeignByteOrder(t *testing.T) {
	msg := nlmsg(be, 16, 5, 7, 0, make([]byte, 16))
	f := pcapFile(be, pcapMagicMicro, 262144, LinkTypeNetlink, rec{sec: 1, frac: 5, data: append(cooked(4, 0), msg...)})
	frames, errs := readAll(t, f, EndianAuto)
	if len(errs) != 0 || len(frames) != 1 || !frames[0].BigEndian || frames[0].Dir != DirToKernel {
		t.Fatalf("%v %+v", errs, frames)
	}
	if !frames[0].Time.Equal(time.Unix(1, 5000)) {
		t.Errorf("time %v", frames[0].Time)
	}
	frames, _ = readAll(t, f, EndianLittle)
	if frames[0].BigEndian {
		t.Error("--endian little ignored")
	}
}

func TestPcapNG(t *testing.T) {
	msg := newLink()
	for _, bo := range []binary.AppendByteOrder{le, be} {
		n := (&ng{bo: bo}).shb().idb(LinkTypeNetlink, 9).idb(LinkTypeSLL2, 0x80|20)
		n.epb(0, 1_500_000_000_123456789, append(cooked(4, 0), msg...))
		sll2 := make([]byte, 20)
		be.PutUint16(sll2[8:], 824)
		be.PutUint16(sll2[0:], 16)
		n.epb(1, 3<<20|1<<19, append(sll2, msg...)) // 3.5 s in units of 2^-20
		n.block(5, make([]byte, 8))                 // statistics: skipped
		var spb []byte
		spb = bo.AppendUint32(spb, uint32(16+len(msg)))
		spb = append(spb, cooked(4, 0)...)
		spb = append(spb, msg...)
		n.block(ngSPB, spb)
		frames, errs := readAll(t, n.b, EndianAuto)
		if len(errs) != 0 || len(frames) != 3 {
			t.Fatalf("%v: %v, %d frames", bo, errs, len(frames))
		}
		if !frames[0].Time.Equal(time.Unix(1_500_000_000, 123456789)) || !frames[1].Time.Equal(time.Unix(3, 5e8)) {
			t.Errorf("%v: times %v %v", bo, frames[0].Time, frames[1].Time)
		}
		if frames[1].Proto != 16 || !bytes.Equal(frames[2].Data, msg) {
			t.Errorf("%v: %+v", bo, frames)
		}
	}
}

// Files that lie get a clear message, the packet number and the offset
// of its record, and cost no memory beyond their own size.
func TestLyingFiles(t *testing.T) {
	good := append(cooked(4, 0), newLink()...) // 48 bytes
	ngBase := func() *ng { return (&ng{bo: le}).shb().idb(LinkTypeNetlink, 0) }
	badLen := ngBase()
	badLen.b = le.AppendUint32(badLen.b, ngEPB)
	badLen.b = le.AppendUint32(badLen.b, 13)
	badTrail := ngBase().epb(0, 0, good)
	le.PutUint32(badTrail.b[len(badTrail.b)-4:], 999)
	bigCap := ngBase()
	{
		var b []byte
		b = le.AppendUint32(b, 0)
		b = le.AppendUint64(b, 0)
		b = le.AppendUint32(b, 1000)
		b = le.AppendUint32(b, 1000)
		b = append(b, good...)
		bigCap.block(ngEPB, b).epb(0, 0, good)
	}
	truncBlock := ngBase().epb(0, 0, good)
	truncBlock.b = truncBlock.b[:len(truncBlock.b)-30]
	noIface := (&ng{bo: le}).shb().epb(3, 0, good).idb(LinkTypeNetlink, 0).epb(0, 0, good)

	for _, c := range []struct {
		name string
		file []byte
		open string   // error from NewReader
		errs []string // errors while reading
		n    int      // frames read
	}{
		{"empty", nil, "empty or too short for a capture file", nil, 0},
		{"not pcap", []byte("hello world, this is no pcap file"), "not a pcap or pcapng file (magic number 0x68656c6c)", nil, 0},
		{"short header", pcapFile(le, pcapMagicMicro, 1, 253)[:20], "too short for a pcap file header (24 bytes)", nil, 0},
		{"absurd snaplen", pcapFile(le, pcapMagicMicro, 0xffffffff, 253), "absurd snap length 4294967295 in the file header (corrupt file?)", nil, 0},
		{"version", append(le.AppendUint32(nil, pcapMagicMicro), make([]byte, 20)...), "pcap version 0.0 is not supported (want 2.4)", nil, 0},
		{"truncated record header", append(pcapFile(le, pcapMagicMicro, 65535, 253, rec{data: good}), 1, 2, 3),
			"", []string{"packet 2 at offset 88: truncated record header: 3 of 16 bytes, then the file ends"}, 1},
		{"past the end", pcapFile(le, pcapMagicMicro, 65535, 253, rec{data: good}, rec{caplen: 100, data: good[:10]}),
			"", []string{"packet 2 at offset 88: record says 100 bytes, the file ends after 10"}, 1},
		{"absurd caplen", pcapFile(le, pcapMagicMicro, 65535, 253, rec{caplen: 0x7fffffff, data: good}),
			"", []string{"packet 1 at offset 24: absurd capture length 2147483647 (more than 16777216): corrupt file"}, 0},
		{"short cooked header", pcapFile(le, pcapMagicMicro, 65535, 253, rec{data: good[:8]}, rec{data: good}),
			"", []string{"packet 1 at offset 24: 8 bytes, too short for the 16-byte netlink cooked header"}, 1},
		{"wrong hatype", pcapFile(le, pcapMagicMicro, 65535, 253, rec{data: append([]byte{0, 4, 0, 1}, good[4:]...)}, rec{data: good}),
			"", []string{"packet 1 at offset 24: link-layer address type 1 in the netlink cooked header, want ARPHRD_NETLINK (824)"}, 1},
		{"bad fraction", pcapFile(le, pcapMagicMicro, 65535, 253, rec{frac: 1e6, data: good}, rec{data: good}),
			"", []string{"packet 1 at offset 24: bad timestamp fraction 1000000"}, 1},
		{"pcapng bad block length", badLen.b, "", []string{"packet 1 at offset 48: block of type 0x6 claims a bad length 13"}, 0},
		{"pcapng trailer", badTrail.b, "", []string{"packet 1 at offset 48: block length 80 at its start but 999 at its end"}, 0},
		{"pcapng caplen past block", bigCap.b, "", []string{"packet 1 at offset 48: capture length 1000 past the end of its block (48 bytes of data)"}, 1},
		{"pcapng truncated block", truncBlock.b, "", []string{"packet 1 at offset 48: block says 80 bytes, the file ends after 50"}, 0},
		{"pcapng unknown interface", noIface.b, "", []string{"packet 1 at offset 28: packet of interface 3, but the section describes 0"}, 1},
	} {
		r, err := NewReader(bytes.NewReader(c.file))
		if c.open != "" {
			if err == nil || err.Error() != c.open {
				t.Errorf("%s: NewReader: %v, want %q", c.name, err, c.open)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: NewReader: %v", c.name, err)
			continue
		}
		fr := NewFrameReader(r, EndianAuto)
		var errs []string
		n := 0
		for {
			_, err := fr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				errs = append(errs, err.Error())
				if pe := err.(*PacketError); pe.Fatal {
					break
				}
				continue
			}
			n++
		}
		if strings.Join(errs, "\n") != strings.Join(c.errs, "\n") || n != c.n {
			t.Errorf("%s: %d frames, errors:\n%s\nwant %d frames, errors:\n%s", c.name, n, strings.Join(errs, "\n"), c.n, strings.Join(c.errs, "\n"))
		}
	}
}

// A record that claims 16 MiB in a file of 100 bytes costs no 16 MiB.
func TestNoAllocationByClaim(t *testing.T) {
	var ms runtime.MemStats
	for _, f := range [][]byte{
		pcapFile(le, pcapMagicMicro, 65535, 253, rec{caplen: MaxPacket, data: make([]byte, 60)}),
		func() []byte {
			n := (&ng{bo: le}).shb().idb(LinkTypeNetlink, 0)
			n.b = le.AppendUint32(n.b, ngEPB)
			n.b = le.AppendUint32(n.b, MaxPacket)
			return append(n.b, make([]byte, 60)...)
		}(),
	} {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		readAll(t, f, EndianAuto)
		runtime.ReadMemStats(&ms)
		if d := ms.TotalAlloc - before; d > 1<<20 {
			t.Errorf("reading a lying file of %d bytes allocated %d bytes", len(f), d)
		}
	}
}

func FuzzReader(f *testing.F) {
	b, _ := os.ReadFile("testdata/ip-tcpdump.pcap")
	f.Add(b[:2000])
	b, _ = os.ReadFile("testdata/ip-editcap.pcapng")
	f.Add(b[:2000])
	f.Add(pcapFile(le, pcapMagicNano, 65535, LinkTypeSLL2, rec{data: make([]byte, 40)}))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		fr := NewFrameReader(r, EndianAuto)
		for i := 0; i < 1000; i++ {
			x, err := fr.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				if pe, ok := err.(*PacketError); !ok || pe.Fatal {
					return
				}
				continue
			}
			CountMessages(x.Data, x.BigEndian)
			GenlFamilies(x.Data, x.BigEndian, func(uint16, string) {})
		}
	})
}

func BenchmarkReadFrames(b *testing.B) {
	file, err := os.ReadFile("testdata/ip-tcpdump.pcap")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(file)))
	rd := bytes.NewReader(file)
	for b.Loop() {
		rd.Reset(file)
		r, err := NewReader(rd)
		if err != nil {
			b.Fatal(err)
		}
		fr := NewFrameReader(r, EndianAuto)
		for {
			_, err := fr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
