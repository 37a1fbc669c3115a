package capture

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Every file of testdata/forms is the seed buffer (testdata/forms/seed.bin)
// as a tool or a language's runtime printed it (xxd, xxd -e, xxd -i, od,
// hexdump -C, Go's fmt, Rust's {:?}, Python's list() and bytes repr),
// one or more times, separated by blank lines: each buffer must read
// back as the seed's bytes.
func TestHexRecordedForms(t *testing.T) {
	seed, err := os.ReadFile("testdata/forms/seed.bin")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/forms/*.txt")
	if len(files) < 12 {
		t.Fatalf("%d recorded forms", len(files))
	}
	for _, f := range files {
		in, _ := os.ReadFile(f)
		bufs, err := ReadHex(bytes.NewReader(in), f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		// one buffer per blank-line-separated block
		want := len(strings.Split(strings.TrimSpace(string(in)), "\n\n"))
		if len(bufs) != want {
			t.Errorf("%s: %d buffers, want %d", f, len(bufs), want)
		}
		for i, b := range bufs {
			if !bytes.Equal(b.Data, seed) {
				t.Errorf("%s: buffer %d: %x", f, i+1, b.Data)
			}
		}
	}
}

// Real strace output (strace -f -tt -T -yy -x -X raw -e write=all
// -e read=all of ip and tc; of ip monitor, whose recvmsg calls are
// <unfinished ...> while others run, and which is killed): every dump
// of a netlink socket is a buffer of the length strace says, with the
// call, the direction and the protocol; signals, exits and the dumps of
// other descriptors (-yy says /dev/null) are not buffers.
func TestHexStracePaste(t *testing.T) {
	lenRE := regexp.MustCompile(`(?:\* (\d+) bytes in buffer 0|\) = (\d+) <[0-9.]+>)$`)
	for _, f := range []string{"testdata/strace/ip-tc-f-tt-T-yy.txt", "testdata/strace/monitor-unfinished.txt"} {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// what the file says: for each dump of a netlink socket, its
		// length and call
		var wantLens []int
		var wantCalls []string
		lines := strings.Split(string(in), "\n")
		call, n, netlink := "", 0, false
		unfinished := map[string]bool{}
		for _, l := range lines {
			if strings.HasPrefix(l, " | 00000") {
				if netlink {
					wantLens = append(wantLens, n)
					wantCalls = append(wantCalls, call)
				}
				continue
			}
			if m := lenRE.FindStringSubmatch(l); m != nil {
				n, _ = strconv.Atoi(m[1] + m[2])
			}
			if strings.HasPrefix(l, " |") || strings.HasPrefix(l, " *") {
				continue
			}
			f := strings.Fields(l)
			if len(f) < 3 {
				continue
			}
			rest := strings.Join(f[2:], " ")
			switch {
			case strings.HasPrefix(rest, "<... "):
				call = strings.Fields(rest)[1]
				netlink = unfinished[f[0]]
			case strings.Contains(rest, "("):
				call = rest[:strings.IndexByte(rest, '(')]
				netlink = strings.Contains(rest, "<NETLINK:[ROUTE:")
				if strings.HasSuffix(rest, "<unfinished ...>") {
					unfinished[f[0]] = netlink
				}
			}
		}
		bufs, err := ReadHex(bytes.NewReader(in), f)
		if err != nil {
			t.Fatal(err)
		}
		if len(bufs) != len(wantLens) || len(bufs) < 15 {
			t.Fatalf("%s: %d buffers, want %d", f, len(bufs), len(wantLens))
		}
		for i, b := range bufs {
			if len(b.Data) != wantLens[i] || b.Syscall != wantCalls[i] || b.Proto != "NETLINK_ROUTE" {
				t.Errorf("%s: buffer %d (line %d): %d bytes of %s, %q; want %d of %s", f, i+1, b.Line, len(b.Data), b.Syscall, b.Proto, wantLens[i], wantCalls[i])
			}
			wantDir := DirToKernel
			if strings.HasPrefix(b.Syscall, "recv") {
				wantDir = DirFromKernel
			}
			if b.Dir != wantDir {
				t.Errorf("%s: buffer %d: %v", f, i+1, b.Dir)
			}
		}
	}
}

// The decorations strace adds and the lines it writes between dumps, in
// the spellings of -f with and without -o, -t/-tt/-ttt/-r, -T, -y, and
// a sendmsg of several iovecs (one datagram, each iovec's dump from 0).
func TestHexStraceLines(t *testing.T) {
	dump := " | 00000  20 00 00 00 10 00 05 00  01 00 00 00 00 00 00 00   ............... |\n" +
		" | 00010  00 00 00 00 4e 00 00 00  01 00 00 00 01 00 00 00  ....N........... |\n"
	for _, tc := range []struct{ name, in string }{
		{"-f", "[pid  4242] sendto(3, [{nlmsg_len=32, ...}], 32, 0, NULL, 0) = 32\n" + dump + "[pid  4242] +++ exited with 0 +++\n"},
		{"-o -f -tt -T", "4242 05:19:40.529077 sendto(3, [...], 32, 0, NULL, 0) = 32 <0.000148>\n" + dump + "4241 05:19:40.532494 --- SIGCHLD {si_signo=17, si_code=0x1, si_pid=17413} ---\n4242 05:19:40.6 +++ killed by SIGKILL +++\n"},
		{"-ttt", "1733462380.529077 sendto(3<NETLINK:[ROUTE:4242]>, [...], 32, 0, NULL, 0) = 32\n" + dump},
		{"-r", "     0.000123 sendto(3, [...], 32, 0, NULL, 0) = 32\n" + dump},
		{"resumed", "4242 sendmsg(3<NETLINK:[ROUTE:4242]>, {...} <unfinished ...>\n4243 +++ exited with 0 +++\n4242 <... sendmsg resumed>, 0) = 32\n * 32 bytes in buffer 0\n" + dump},
		{"iovecs", "sendmsg(3, {msg_iov=[...]}, 0) = 32\n * 16 bytes in buffer 0\n | 00000  20 00 00 00 10 00 05 00  01 00 00 00 00 00 00 00   ............... |\n" +
			" * 16 bytes in buffer 1\n | 00000  00 00 00 00 4e 00 00 00  01 00 00 00 01 00 00 00  ....N........... |\n"},
		{"strace messages", "strace: Process 4242 attached\n" + dump + "strace: Process 4242 detached\n"},
		{"the program's output amid strace's", "[pid  4242] sendto(3, [...], 32, 0, NULL, 0) = 32\n" + dump +
			"1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n"},
	} {
		bufs, err := ReadHex(strings.NewReader(tc.in), "x")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if len(bufs) != 1 || !bytes.Equal(bufs[0].Data, seed) {
			t.Errorf("%s: got %d buffers: %x", tc.name, len(bufs), bufs)
		}
	}
	// -ttt times the buffer
	bufs, err := ReadHex(strings.NewReader("1733462380.529077 sendto(3, [...], 32, 0, NULL, 0) = 32\n"+dump), "x")
	if err != nil || len(bufs) != 1 || !bufs[0].Time.Equal(time.Unix(1733462380, 529077000)) {
		t.Errorf("-ttt: %v %+v", err, bufs)
	}
	// a dump of a descriptor -y says is no netlink socket is skipped
	bufs, err = ReadHex(strings.NewReader("write(2</dev/pts/0>, \"x\", 1) = 1\n | 00000  78  x |\nsendto(3<NETLINK:[GENERIC:7]>, ...) = 32\n"+dump), "x")
	if err != nil || len(bufs) != 1 || bufs[0].Proto != "NETLINK_GENERIC" || bufs[0].Dir != DirToKernel {
		t.Errorf("got %v, %+v", err, bufs)
	}
}

// The forms that read the same seed buffer, written here as their
// programs print them (the recorded ones are in testdata/forms).
func TestHexMoreForms(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"go println", fmt.Sprintln(seed)},
		{"go %v of an array", fmt.Sprintf("%v\n", [32]byte(seed))},
		{"go %#v", fmt.Sprintf("%#v\n", seed)},
		{"go %q", fmt.Sprintf("%q\n", seed)},
		{"go % x", fmt.Sprintf("% x\n", seed)},
		{"rust suffixes", "[32u8, 0u8, 0, 0, 16, 0, 5, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 78, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]\n"},
		{"xxd -i", "unsigned char seed_bin[] = {\n  0x20, 0x00, 0x00, 0x00, 0x10, 0x00, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00,\n  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4e, 0x00, 0x00, 0x00,\n  0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00\n};\nunsigned int seed_bin_len = 32;\n"},
	} {
		bufs, err := ReadHex(strings.NewReader(tc.in), "x")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if len(bufs) != 1 || !bytes.Equal(bufs[0].Data, seed) {
			t.Errorf("%s: got %d buffers: %x", tc.name, len(bufs), bufs)
		}
	}
}

// tc sends its all-zero 20-byte tcmsg as its own iovec: as plain hex it
// is a line of 40 zeros, a buffer, not od's closing offset line; the
// buffers after it keep their numbers.
func TestHexZeroLine(t *testing.T) {
	in := "0102\n\n" + strings.Repeat("0", 40) + "\n\n00000000\n\n0304\n"
	bufs, err := ReadHex(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(bufs) != 4 || !bytes.Equal(bufs[1].Data, make([]byte, 20)) || !bytes.Equal(bufs[2].Data, make([]byte, 4)) ||
		!bytes.Equal(bufs[3].Data, []byte{3, 4}) || bufs[3].Line != 7 {
		t.Fatalf("got %+v", bufs)
	}
}

// Dumps whose bytes cannot be put in memory order are refused with a
// message, never read as other bytes.
func TestHexWordOrder(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// hexdump without -C: 16-bit words in the writer's byte order
		{"0000000 0020 0000 0010 0005 0001 0000 0000 0000\n0000010 0000 0000 004e 0000 0001 0000 0001 0000\n0000020\n",
			"x:1:8: groups of 4 hex digits: hexdump and od print words in the byte order of the machine that wrote them; use hexdump -C, od -Ax -tx1 or xxd -p"},
		// xxd -e of bytes whose text column cannot tell the order
		{"00000000: 04030201 08070605                    ........\n",
			"x:1:1: groups of 4 bytes: cannot tell xxd -e (little-endian) from xxd -g4 by this dump's text; use xxd -p or xxd -g1"},
	} {
		_, err := ReadHex(strings.NewReader(tc.in), "x")
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %s", tc.in, err, tc.want)
		}
	}
}

// Hostile offsets after hexdump's "*" fail with their place; they neither
// panic nor allocate what they claim.
func TestHexHostileRepeat(t *testing.T) {
	line := "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n"
	for _, tc := range []struct{ in, want string }{
		{line + "00000010  01 02 03 04 05 06 07 08  09 0a 0b 0c 0d 0e 0f 10  |................|\n*\n00000005\n",
			"x:4:1: offset 00000005 after \"*\" is before the 32 bytes already read"},
		{line + "*\nffffffff00000000\n", "x:3:1: offset ffffffff00000000 after \"*\" makes a buffer larger than 16777216 bytes (netlink buffers are at most a few MiB): damaged input?"},
		{line + "*\n200000000\n", "x:3:1: offset 200000000 after \"*\" makes a buffer larger than 16777216 bytes (netlink buffers are at most a few MiB): damaged input?"},
		{"*\n00000010\n", "x:1:1: unexpected '*' in hex data"},
		{"00000000  00  |.|\n00000001  |.|\n*\n00000100\n", "x:3:1: \"*\" with no line of bytes before it"},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := ReadHex(strings.NewReader(tc.in), "x")
		runtime.ReadMemStats(&after)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %s", tc.in, err, tc.want)
		}
		if a := after.TotalAlloc - before.TotalAlloc; a > 1<<20 {
			t.Errorf("%q: %d bytes allocated", tc.in, a)
		}
	}
}

// A buffer larger than MaxBuffer, in any form, is refused where it
// crosses the limit; memory stays near the limit however long the
// input.
func TestHexMaxBuffer(t *testing.T) {
	// 64 MiB of hex digits on lines of 32 bytes, with no blank line
	src := &repeatReader{s: strings.Repeat("00", 32) + "\n"}
	r := io.LimitReader(src, 64<<20*2)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := ReadHex(r, "big.hex")
	runtime.ReadMemStats(&after)
	want := fmt.Sprintf("big.hex:%d:1: buffer larger than %d bytes (netlink buffers are at most a few MiB): damaged input?", MaxBuffer/32+1, MaxBuffer)
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	// it stopped reading at the limit (the text of MaxBuffer bytes is
	// 2*MaxBuffer long), and allocated in proportion to the limit
	if src.n > 2*MaxBuffer+1<<20 {
		t.Errorf("%d MiB of input read", src.n>>20)
	}
	if a := after.TotalAlloc - before.TotalAlloc; a > 10*MaxBuffer {
		t.Errorf("%d MiB allocated", a>>20)
	}
	// many buffers: read one at a time, memory does not grow with them
	block := strings.Repeat("20000000100005000100000000000000000000004e0000000100000001000000\n", 64) + "\n"
	s := NewHexScanner(io.LimitReader(&repeatReader{s: block}, int64(len(block))*20000), "many.hex")
	n := 0
	runtime.GC()
	runtime.ReadMemStats(&before)
	for {
		b, err := s.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Data) != 2048 {
			t.Fatalf("buffer %d: %d bytes", n+1, len(b.Data))
		}
		n++
	}
	runtime.ReadMemStats(&after)
	if n != 20000 {
		t.Errorf("%d buffers", n)
	}
	if after.HeapInuse > before.HeapInuse+32<<20 {
		t.Errorf("heap grew from %d to %d MiB reading %d buffers", before.HeapInuse>>20, after.HeapInuse>>20, n)
	}
}

type repeatReader struct {
	s   string
	off int
	n   int // bytes read
}

func (r *repeatReader) Read(p []byte) (int, error) {
	r.n += len(p)
	n := 0
	for n < len(p) {
		k := copy(p[n:], r.s[r.off:])
		n += k
		r.off = (r.off + k) % len(r.s)
	}
	return n, nil
}

// od -tx1 writes octal offsets, also after "*".
func TestHexOdOctal(t *testing.T) {
	b := append(make([]byte, 64), 1, 2)
	bufs, err := ReadHex(strings.NewReader("0000000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n*\n0000100 01 02\n0000102\n"), "x")
	if err != nil || len(bufs) != 1 || !bytes.Equal(bufs[0].Data, b) {
		t.Fatalf("got %x, %v", bufs, err)
	}
}

// After a damaged buffer the scanner goes on with the next one.
func TestHexScannerGoesOn(t *testing.T) {
	s := NewHexScanner(strings.NewReader("0102\n\n01 0g\n02\n\n0304\n"), "x")
	var got []string
	for {
		b, err := s.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, fmt.Sprintf("%x@%d", b.Data, b.Line))
	}
	want := "0102@1 x:3:5: unexpected 'g' in hex data 0304@6"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

func TestSniffFormat(t *testing.T) {
	pcap, _ := os.ReadFile("testdata/ip-tcpdump.pcap")
	ng, _ := os.ReadFile("testdata/ip-editcap.pcapng")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(pcap)
	zw.Close()
	for _, tc := range []struct {
		in   []byte
		want InputFormat
	}{
		{pcap, FormatPcap}, {ng, FormatPcap}, {gz.Bytes(), FormatPcap},
		{seed, FormatRaw}, {[]byte("20 00 00 00\n"), FormatHex}, {[]byte(""), FormatHex},
		{[]byte("# ünïcode comment\n2000\n"), FormatHex}, {[]byte{0xff, 0xfe, 0x41, 0x42, 0x43, 0x44}, FormatRaw},
	} {
		r, f, err := OpenInput(bytes.NewReader(tc.in), FormatAuto)
		if err != nil || f != tc.want {
			t.Errorf("%.8x: %v %v, want %v", tc.in, f, err, tc.want)
			continue
		}
		if f == FormatRaw {
			b, err := ReadRaw(r)
			if err != nil || !bytes.Equal(b, tc.in) {
				t.Errorf("raw: %x %v", b, err)
			}
		}
	}
	// text with a byte order mark: UTF-8's is skipped, UTF-16 refused
	r, f, err := OpenInput(strings.NewReader("\xef\xbb\xbf20 00\n"), FormatAuto)
	if err != nil || f != FormatHex {
		t.Errorf("UTF-8 BOM: %v %v", f, err)
	} else if bufs, err := ReadHex(r, "x"); err != nil || len(bufs) != 1 || !bytes.Equal(bufs[0].Data, []byte{0x20, 0}) {
		t.Errorf("UTF-8 BOM: %x %v", bufs, err)
	}
	for _, in := range []string{"\xff\xfe2\x000\x00 \x000\x000\x00\r\x00\n\x00", "\xfe\xff\x002\x000\x00 \x000\x000"} {
		if _, _, err := OpenInput(strings.NewReader(in), FormatAuto); err == nil || !strings.Contains(err.Error(), "UTF-16 text") {
			t.Errorf("%q: %v", in, err)
		}
	}
	if _, err := ReadRaw(io.LimitReader(&repeatReader{s: "\x00"}, MaxBuffer+1)); err == nil {
		t.Error("a raw buffer larger than MaxBuffer read")
	}
}

// writeForm writes b in one of the forms the hex reader reads, as its
// program would.
func writeForm(form int, b []byte) string {
	var w strings.Builder
	switch form % 9 {
	case 0: // Go's fmt.Println
		fmt.Fprintln(&w, b)
	case 1: // Rust's {:?}, Python's list()
		w.WriteString("[")
		for i, c := range b {
			if i > 0 {
				w.WriteString(", ")
			}
			w.WriteString(strconv.Itoa(int(c)))
		}
		w.WriteString("]\n")
	case 2: // strace -e write=all, whole output
		fmt.Fprintf(&w, "1234 05:19:40.529077 sendto(3<NETLINK:[ROUTE:1234]>, ..., %d, 0, NULL, 0) = %d <0.000148>\n", len(b), len(b))
		for off := 0; off < len(b); off += 16 {
			line := b[off:min(off+16, len(b))]
			fmt.Fprintf(&w, " | %05x ", off)
			for i := range 16 {
				if i == 8 {
					w.WriteString(" ")
				}
				if i < len(line) {
					fmt.Fprintf(&w, " %02x", line[i])
				} else {
					w.WriteString("   ")
				}
			}
			w.WriteString("  ")
			for _, c := range line {
				if c >= 0x20 && c < 0x7f {
					w.WriteByte(c)
				} else {
					w.WriteByte('.')
				}
			}
			w.WriteString(" |\n")
		}
		w.WriteString("1234 05:19:40.6 +++ exited with 0 +++\n")
	case 3: // xxd -i
		w.WriteString("unsigned char buf_bin[] = {\n")
		for i, c := range b {
			if i%12 == 0 {
				w.WriteString("  ")
			}
			fmt.Fprintf(&w, "0x%02x", c)
			if i+1 < len(b) {
				w.WriteString(", ")
			}
			if i%12 == 11 {
				w.WriteString("\n")
			}
		}
		fmt.Fprintf(&w, "\n};\nunsigned int buf_bin_len = %d;\n", len(b))
	case 4: // hexdump -C
		var last []byte
		star := false
		for off := 0; off < len(b); off += 16 {
			line := b[off:min(off+16, len(b))]
			if len(line) == 16 && bytes.Equal(line, last) {
				if !star {
					w.WriteString("*\n")
				}
				star = true
				continue
			}
			star, last = false, line
			fmt.Fprintf(&w, "%08x  % x  |%s|\n", off, line, ascii(line))
		}
		fmt.Fprintf(&w, "%08x\n", len(b))
	case 5: // xxd
		for off := 0; off < len(b); off += 16 {
			line := b[off:min(off+16, len(b))]
			fmt.Fprintf(&w, "%08x: ", off)
			for i := 0; i < len(line); i += 2 {
				fmt.Fprintf(&w, "%x ", line[i:min(i+2, len(line))])
			}
			fmt.Fprintf(&w, " %s\n", ascii(line))
		}
	case 6: // Python bytes repr
		w.WriteString("b'")
		for _, c := range b {
			switch {
			case c == '\'' || c == '\\':
				w.WriteString("\\" + string(rune(c)))
			case c >= 0x20 && c < 0x7f:
				w.WriteByte(c)
			default:
				fmt.Fprintf(&w, "\\x%02x", c)
			}
		}
		w.WriteString("'\n")
	case 7: // od -Ax -tx1
		for off := 0; off < len(b); off += 16 {
			fmt.Fprintf(&w, "%06x % x\n", off, b[off:min(off+16, len(b))])
		}
		fmt.Fprintf(&w, "%06x\n", len(b))
	default: // plain
		fmt.Fprintf(&w, "%x\n", b)
	}
	return w.String()
}

func ascii(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = '.'
		if c >= 0x20 && c < 0x7f {
			out[i] = c
		}
	}
	return string(out)
}

// FuzzHexForms: any bytes, written in each form, read back as themselves.
func FuzzHexForms(f *testing.F) {
	for i := range 9 {
		f.Add(i, seed)
	}
	f.Add(4, make([]byte, 100))
	f.Fuzz(func(t *testing.T, form int, b []byte) {
		if len(b) == 0 || form < 0 {
			return
		}
		in := writeForm(form, b)
		bufs, err := ReadHex(strings.NewReader(in), "f")
		if err != nil {
			t.Fatalf("form %d: %v\n%s", form%9, err, in)
		}
		if len(bufs) != 1 || !bytes.Equal(bufs[0].Data, b) {
			t.Fatalf("form %d: %d buffers %x, want %x\n%s", form%9, len(bufs), bufs, b, in)
		}
	})
}

// FuzzHex: any text reads as buffers and located errors, never a panic;
// no buffer is empty or larger than MaxBuffer; the scanner goes on after
// a damaged buffer and ends; each buffer, written as plain hex, reads
// back as itself.
func FuzzHex(f *testing.F) {
	f.Fuzz(func(t *testing.T, in []byte) {
		s := NewHexScanner(bytes.NewReader(in), "f")
		lines := bytes.Count(in, []byte("\n")) + 1
		for range lines + 2 {
			b, err := s.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				he, ok := err.(*HexError)
				if !ok {
					t.Fatalf("error without a place: %v", err)
				}
				if he.Line < 1 || he.Line > lines || he.Col < 1 {
					t.Fatalf("error at %d:%d of %d lines: %v", he.Line, he.Col, lines, err)
				}
				continue
			}
			if len(b.Data) == 0 || len(b.Data) > MaxBuffer {
				t.Fatalf("buffer of %d bytes", len(b.Data))
			}
			if b.Line < 1 || b.Line > lines {
				t.Fatalf("buffer at line %d of %d", b.Line, lines)
			}
			again, err := ReadHex(strings.NewReader(fmt.Sprintf("%x\n", b.Data)), "again")
			if err != nil || len(again) != 1 || !bytes.Equal(again[0].Data, b.Data) {
				t.Fatalf("%x read back as %x, %v", b.Data, again, err)
			}
		}
		t.Fatalf("more results than lines")
	})
}

// FuzzInput: any file is told a form (OpenInput) and, when raw, reads back
// as itself; never a panic.
func FuzzInput(f *testing.F) {
	pcap, _ := os.ReadFile("testdata/ip-tcpdump.pcap")
	f.Add(pcap[:200])
	f.Add(seed)
	f.Add([]byte("20 00 00 00\n"))
	f.Add([]byte{0x1f, 0x8b, 8, 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		r, form, err := OpenInput(bytes.NewReader(in), FormatAuto)
		if err != nil {
			return
		}
		switch form {
		case FormatRaw:
			b, err := ReadRaw(r)
			if err != nil {
				return // a gzip stream that breaks
			}
			if len(in) > 2 && in[0] != 0x1f && !bytes.Equal(b, in) {
				t.Fatalf("raw read %x of %x", b, in)
			}
		case FormatHex:
			s := NewHexScanner(bufio.NewReader(r), "f")
			for range 1000 {
				if _, err := s.Next(); err == io.EOF {
					break
				}
			}
		case FormatPcap:
			rd, err := NewReader(r)
			if err != nil {
				return
			}
			fr := NewFrameReader(rd, EndianAuto)
			for range 1000 {
				if _, err := fr.Next(); err != nil {
					var pe *PacketError
					if err == io.EOF || !isPacketError(err, &pe) || pe.Fatal {
						break
					}
				}
			}
		}
	})
}

func isPacketError(err error, pe **PacketError) bool {
	p, ok := err.(*PacketError)
	*pe = p
	return ok
}

// BenchmarkHexScanner reads hexdump -C text of 2 KiB buffers.
func BenchmarkHexScanner(b *testing.B) {
	buf := bytes.Repeat(seed, 64)
	text := writeForm(4, buf) + "\n"
	text = strings.Repeat(text, 64)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s := NewHexScanner(strings.NewReader(text), "b")
		for {
			if _, err := s.Next(); err != nil {
				break
			}
		}
	}
}
