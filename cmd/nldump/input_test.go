package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

// The test binary runs as nldump itself when asked (for the memory tests,
// which measure a process of their own).
func init() {
	if os.Getenv("NLDUMP_TEST_AS_MAIN") == "1" {
		st := run(os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
		if f := os.Getenv("NLDUMP_TEST_HWM"); f != "" {
			// the peak memory of this process (its rusage would count
			// the parent's, whose memory it shared until exec)
			b, _ := os.ReadFile("/proc/self/status")
			for _, l := range strings.Split(string(b), "\n") {
				if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
					os.WriteFile(f, []byte(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB"))), 0o644)
				}
			}
		}
		os.Exit(st)
	}
}

const formsDir = "../../capture/testdata/forms"

// inputForms writes the seed buffer in every form nldump reads and
// returns the files: the recorded outputs of xxd, xxd -e, xxd -i, od,
// hexdump -C, Go's fmt (a real run of testdata/forms/println.go), Rust's
// {:?} (println.rs) and Python's list() and bytes; whole strace output;
// the raw bytes; a pcap; gzip'd hex, raw and pcap.
func inputForms(t *testing.T) map[string]string {
	t.Helper()
	seed, err := os.ReadFile(formsDir + "/seed.bin")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	recorded, _ := filepath.Glob(formsDir + "/*.txt")
	for _, f := range recorded {
		files[strings.TrimSuffix(filepath.Base(f), ".txt")] = f
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := func(b []byte) []byte {
		var w bytes.Buffer
		zw := gzip.NewWriter(&w)
		zw.Write(b)
		zw.Close()
		return w.Bytes()
	}
	strace := "4242 05:19:40.529077 sendto(3<NETLINK:[ROUTE:4242]>, [{nlmsg_len=32, nlmsg_type=0x10, nlmsg_flags=0x5, nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=0, ifi_type=0, ifi_index=78, ifi_flags=0x1, ifi_change=0x1}], 32, 0, NULL, 0) = 32 <0.000148>\n" +
		" | 00000  20 00 00 00 10 00 05 00  01 00 00 00 00 00 00 00   ............... |\n" +
		" | 00010  00 00 00 00 4e 00 00 00  01 00 00 00 01 00 00 00  ....N........... |\n" +
		"4241 05:19:40.532494 --- SIGCHLD {si_signo=17, si_code=0x1, si_pid=4242, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---\n" +
		"4241 05:19:40.940318 +++ exited with 0 +++\n"
	files["strace"] = write("strace.txt", []byte(strace))
	files["plain"] = write("plain.hex", fmt.Appendf(nil, "%x\n", seed))
	files["raw"] = write("seed.bin", seed)
	files["raw.gz"] = write("seed.bin.gz", gz(seed))
	files["hex.gz"] = write("seed.hex.gz", gz(fmt.Appendf(nil, "% x\n", seed)))
	var pcap bytes.Buffer
	w, _ := capture.NewPcapWriter(&pcap, 0)
	w.WriteFrame(&capture.Frame{Data: seed, Proto: int(decode.ProtoRoute), Dir: capture.DirToKernel, DirKnown: true})
	w.Flush()
	files["pcap"] = write("seed.pcap", pcap.Bytes())
	files["pcap.gz"] = write("seed.pcap.gz", gz(pcap.Bytes()))
	return files
}

const seedLine = "[{nlmsg_len=32, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=78, ifi_flags=IFF_UP, ifi_change=0x1}]"

// Every form decodes to the strace line of the plain hex, through every
// command, whole and as FILE#N.
func TestInputForms(t *testing.T) {
	files := inputForms(t)
	if len(files) < 19 {
		t.Fatalf("%d forms", len(files))
	}
	for name, f := range files {
		out, errs, st := runCmd(t, nil, "decode", f)
		// every buffer of the file (some hold the seed in several
		// spellings) is the seed
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if st != 0 || errs != "" || len(lines) == 0 {
			t.Errorf("decode %s: status %d, %s", name, st, errs)
			continue
		}
		for _, l := range lines {
			if l != seedLine {
				t.Errorf("decode %s:\n%s\nwant\n%s", name, l, seedLine)
			}
		}
		one := f + "#1"
		if out, errs, st := runCmd(t, nil, "decode", one); st != 0 || out != seedLine+"\n" {
			t.Errorf("decode %s: status %d, %q %s", one, st, out, errs)
		}
		if out, errs, st := runCmd(t, nil, "read", one); st != 0 || !strings.HasSuffix(out, seedLine+"\n") || strings.Count(out, "\n") != 1 {
			t.Errorf("read %s: status %d, %q %s", one, st, out, errs)
		}
		if out, errs, st := runCmd(t, nil, "diff", one, files["plain"]); st != 0 || out != "" {
			t.Errorf("diff %s: status %d, %q %s", one, st, out, errs)
		}
		if _, errs, st := runCmd(t, nil, "check", one); st != 0 || !strings.Contains(errs, "nldump check: 1 message, 0 errors") {
			t.Errorf("check %s: status %d, %s", one, st, errs)
		}
		// stdin, and the form forced
		b, _ := os.ReadFile(f)
		if out, errs, st := runCmd(t, b, "decode", "-"); st != 0 || !strings.HasPrefix(out, seedLine+"\n") {
			t.Errorf("decode - < %s: status %d, %q %s", name, st, out, errs)
		}
	}
	// forcing a form
	if out, _, st := runCmd(t, nil, "decode", "--input-format", "raw", files["plain"]); st != 0 || strings.Contains(out, "RTM_NEWLINK") {
		t.Errorf("--input-format raw of hex text: status %d, %s", st, out)
	}
	if _, errs, st := runCmd(t, nil, "decode", "--input-format", "pcap", files["plain"]); st != exitError || !strings.Contains(errs, "not a pcap or pcapng file") {
		t.Errorf("--input-format pcap of hex text: status %d, %s", st, errs)
	}
	if _, errs, st := runCmd(t, nil, "decode", "--input-format", "hexx", files["plain"]); st != exitError || !strings.Contains(errs, `input format "hexx": want auto, hex, raw or pcap`) {
		t.Errorf("--input-format hexx: status %d, %s", st, errs)
	}
	// a capture through decode, a hex dump through read
	// (a line per buffer; the comment lines after error answers aside)
	if out, _, st := runCmd(t, nil, "decode", ipPcap); st != 0 || strings.Count(dropComments(out), "\n") != 66 {
		t.Errorf("decode ip.pcap: status %d, %d lines", st, strings.Count(dropComments(out), "\n"))
	}
	if out, _, st := runCmd(t, nil, "read", "--format", "summary", ipPcap+"#3"); st != 0 || !strings.HasPrefix(out, "#3 ") {
		t.Errorf("read ip.pcap#3: status %d, %s", st, out)
	}
}

// An input without a buffer is an error, in every command.
func TestInputEmpty(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.hex")
	os.WriteFile(empty, []byte("# nothing here\n\n"), 0o644)
	var pcap bytes.Buffer
	w, _ := capture.NewPcapWriter(&pcap, 0)
	w.Flush()
	emptyPcap := filepath.Join(dir, "empty.pcap")
	os.WriteFile(emptyPcap, pcap.Bytes(), 0o644)
	for _, args := range [][]string{
		{"check", empty}, {"diff", empty, ipPcap}, {"diff", ipPcap, empty}, {"decode", empty},
		{"read", empty}, {"check", emptyPcap}, {"read", emptyPcap},
	} {
		out, errs, st := runCmd(t, nil, args...)
		file := args[len(args)-1]
		if args[0] == "diff" && args[2] == ipPcap {
			file = args[1]
		}
		if st != exitError || !strings.Contains(errs, file+": no netlink buffer in it") || out != "" {
			t.Errorf("%v: status %d, %q, %q", args, st, out, errs)
		}
	}
	if _, errs, st := runCmd(t, nil, "check", ipPcap+"#500"); st != exitError || !strings.Contains(errs, ipPcap+"#500: no buffer 500 (it has 66)") {
		t.Errorf("#500: status %d, %q", st, errs)
	}
}

// A damaged buffer is reported with its place; the others are decoded
// and the status is 2, in every command.
func TestInputDamaged(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "mixed.hex")
	seed, _ := os.ReadFile(formsDir + "/seed.bin")
	os.WriteFile(f, fmt.Appendf(nil, "%x\n\n2000 00zz\n\n%x\n", seed, seed), 0o644)
	want := f + ":3:8: unexpected 'z' in hex data\n"
	out, errs, st := runCmd(t, nil, "decode", f)
	if st != exitError || errs != want || out != seedLine+"\n"+seedLine+"\n" {
		t.Errorf("decode: status %d, %q, %q", st, out, errs)
	}
	out, errs, st = runCmd(t, nil, "decode", "-f", "json", f)
	if st != exitError || !strings.Contains(out, `"packet":3`) {
		t.Errorf("json: status %d, %s %s", st, out, errs)
	}
	_, errs, st = runCmd(t, nil, "check", f)
	if st != exitError || !strings.HasPrefix(errs, want) || !strings.Contains(errs, "2 messages") {
		t.Errorf("check: status %d, %q", st, errs)
	}
	_, errs, st = runCmd(t, nil, "diff", f, f)
	if st != exitError || !strings.HasPrefix(errs, want) {
		t.Errorf("diff: status %d, %q", st, errs)
	}
	out, errs, st = runCmd(t, nil, "read", f)
	if st != exitError || errs != want || strings.Count(out, "\n") != 2 {
		t.Errorf("read: status %d, %q, %q", st, out, errs)
	}
	// the buffer asked for is the damaged one
	if _, errs, st := runCmd(t, nil, "decode", f+"#2"); st != exitError || errs != want {
		t.Errorf("#2: status %d, %q", st, errs)
	}
	if out, _, st := runCmd(t, nil, "decode", f+"#3"); st != 0 || out != seedLine+"\n" {
		t.Errorf("#3: status %d, %q", st, out)
	}
}

// tc's all-zero tcmsg as its own line of 40 zeros is a buffer: the
// packet numbers after it do not shift.
func TestInputZeroLine(t *testing.T) {
	in := "20000000 10000500 01000000 00000000 00000000 4e000000 01000000 01000000\n\n" + strings.Repeat("0", 40) + "\n\n20000000 10000500 01000000 00000000 00000000 4e000000 01000000 01000000\n"
	out, errs, st := runCmd(t, []byte(in), "decode", "-f", "summary", "-")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if st != 0 || len(lines) != 3 || !strings.HasPrefix(lines[2], "#3 ") {
		t.Errorf("status %d, %q %s", st, out, errs)
	}
}

// bomb writes a gzip'd pcap whose records hold size bytes in all, in
// records of rec bytes (one NLMSG_NOOP each): a few hundred KiB on disk.
func bomb(t *testing.T, size, rec int) string {
	var hdr bytes.Buffer
	w, _ := capture.NewPcapWriter(&hdr, 0)
	w.Flush()
	data := make([]byte, rec)
	binary.LittleEndian.PutUint32(data, uint32(rec))
	binary.LittleEndian.PutUint16(data[4:], 1) // NLMSG_NOOP
	var one bytes.Buffer
	w, _ = capture.NewPcapWriter(&one, rec+64)
	w.WriteFrame(&capture.Frame{Data: data, Proto: int(decode.ProtoRoute)})
	w.Flush()
	rec1 := one.Bytes()[24:]
	// 16 MiB of records, compressed once; the gzip members follow each
	// other (gzip readers read them as one stream)
	chunk := bytes.Repeat(rec1, max(1, 16<<20/len(rec1)))
	gz := func(b []byte) []byte {
		var o bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&o, gzip.BestCompression)
		zw.Write(b)
		zw.Close()
		return o.Bytes()
	}
	var file bytes.Buffer
	file.Write(gz(hdr.Bytes()))
	z := gz(chunk)
	for range size / len(chunk) {
		file.Write(z)
	}
	p := filepath.Join(t.TempDir(), "bomb.pcap.gz")
	os.WriteFile(p, file.Bytes(), 0o644)
	return p
}

// maxRSS runs nldump (the test binary as main) and returns its status,
// peak resident memory (VmHWM) in MiB and stderr.
func maxRSS(t *testing.T, args ...string) (int, int64, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	hwm := filepath.Join(t.TempDir(), "hwm")
	cmd.Env = append(os.Environ(), "NLDUMP_TEST_AS_MAIN=1", "NLDUMP_TEST_HWM="+hwm)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	st := 0
	if ee, ok := err.(*exec.ExitError); ok {
		st = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(hwm)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return st, kb >> 10, errb.String()
}

// A gzip bomb (a small .pcap.gz of 512 MiB of 1 MiB records) costs check,
// read and decode memory in proportion to one record, not to the file;
// diff, which holds what it compares, stops at its bound with a message.
func TestInputBombMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 512 MiB")
	}
	p := bomb(t, 512<<20, 1<<20)
	if fi, _ := os.Stat(p); fi.Size() > 4<<20 {
		t.Fatalf("bomb of %d bytes", fi.Size())
	}
	for _, args := range [][]string{
		{"check", p},
		{"read", "-f", "summary", p},
	} {
		st, rss, errs := maxRSS(t, args...)
		t.Logf("%v: status %d, peak RSS %d MiB", args[0], st, rss)
		if st != 0 || rss > 120 {
			t.Errorf("%v: status %d, peak RSS %d MiB: %s", args, st, rss, errs)
		}
	}
	st, rss, errs := maxRSS(t, "diff", p, p)
	t.Logf("diff: status %d, peak RSS %d MiB", st, rss)
	if st != exitError || rss > 200 || !strings.Contains(errs, "more than 64 MiB to hold for the comparison; pick buffers with "+p+"#N or filters") {
		t.Errorf("diff: status %d, peak RSS %d MiB: %s", st, rss, errs)
	}
}

// read -w with an input that cannot be read leaves an existing file as it
// was.
func TestInputWriteKeepsFile(t *testing.T) {
	dir := t.TempDir()
	precious := filepath.Join(dir, "precious.pcap")
	os.WriteFile(precious, []byte("the user's own bytes"), 0o644)
	for _, args := range [][]string{
		{"read", "-w", precious, filepath.Join(dir, "nosuch.hex")},
		{"read", "-w", precious, "--input-format", "pcap", formsDir + "/xxd.txt"},
	} {
		_, errs, st := runCmd(t, nil, args...)
		if b, _ := os.ReadFile(precious); st != exitError || string(b) != "the user's own bytes" {
			t.Errorf("%v: status %d, %s; the file holds %q", args, st, errs, b)
		}
	}
}
