package capture

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func pcapngFrames() []Frame {
	t0 := time.Unix(1700000000, 123456789)
	req := []byte{20, 0, 0, 0, 18, 0, 1, 3, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	ack := []byte{36, 0, 0, 0, 2, 0, 0, 1, 7, 0, 0, 0, 0x39, 0x30, 0, 0, 0, 0, 0, 0,
		20, 0, 0, 0, 18, 0, 1, 3, 7, 0, 0, 0, 0, 0, 0, 0}
	return []Frame{
		{Data: req, Time: t0, Proto: 0, Dir: DirToKernel, DirKnown: true, Proc: Process{PID: 12345, Comm: "ip"}},
		{Data: ack, Time: t0.Add(time.Millisecond), Proto: 0, Dir: DirFromKernel, DirKnown: true, Proc: Process{PID: 12345, Comm: "my prog=x"}},
		{Data: req[:17], Time: t0.Add(2 * time.Millisecond), Proto: 16, Dir: DirToKernel, DirKnown: true, HasSender: true, Sender: 99, Proc: Process{Note: NoteGone}},
		{Data: ack, Time: t0.Add(3 * time.Millisecond), Proto: 12, Dir: DirFromKernel, DirKnown: true},
	}
}

func writePcapng(t *testing.T, frames []Frame) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewFrameWriter(&buf, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	for i := range frames {
		if err := w.WriteFrame(&frames[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Frames written as pcapng read back the same, their processes with them.
func TestPcapngRoundTrip(t *testing.T) {
	in := pcapngFrames()
	rd, err := NewReader(bytes.NewReader(writePcapng(t, in)))
	if err != nil {
		t.Fatal(err)
	}
	if !rd.IsPcapNG() || rd.LinkType() != LinkTypeNetlink {
		t.Fatalf("pcapng %v, link type %d", rd.IsPcapNG(), rd.LinkType())
	}
	fr := NewFrameReader(rd, EndianLittle)
	for i, want := range in {
		got, err := fr.Next()
		if err != nil {
			t.Fatalf("frame %d: %v", i+1, err)
		}
		if !bytes.Equal(got.Data, want.Data) || got.Proto != want.Proto || !got.Time.Equal(want.Time) ||
			got.Dir != want.Dir || got.HasSender != want.HasSender || got.Sender != want.Sender || got.Proc != want.Proc {
			t.Errorf("frame %d: read back %+v, wrote %+v", i+1, *got, want)
		}
	}
	if _, err := fr.Next(); err != io.EOF {
		t.Errorf("after the frames: %v", err)
	}
}

func TestProcessComment(t *testing.T) {
	for _, p := range []Process{{PID: 1, Comm: "systemd"}, {PID: 42, Comm: "a b comm=c"}, {PID: 7}, {Note: NoteGone}} {
		got, ok := ParseProcessComment(p.Comment())
		if !ok || got != p {
			t.Errorf("%+v: comment %q reads back as %+v, %v", p, p.Comment(), got, ok)
		}
	}
	for _, c := range []string{"", "hello", "pid=x comm=y", "pid=0 comm=y", "pid=-3 comm=y", "pid=12"} {
		if p, ok := ParseProcessComment(c); ok {
			t.Errorf("%q read as a process: %+v", c, p)
		}
	}
	if c := (Process{}).Comment(); c != "" {
		t.Errorf("unknown process without a note: comment %q", c)
	}
}

// tshark opens nldump's pcapng files and shows the comments.
func TestPcapngTshark(t *testing.T) {
	if _, err := exec.LookPath("tshark"); err != nil {
		t.Skip("no tshark")
	}
	name := filepath.Join(t.TempDir(), "p.pcapng")
	if err := os.WriteFile(name, writePcapng(t, pcapngFrames()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("tshark", "-r", name, "-T", "fields", "-e", "frame.comment", "-e", "frame.len", "-e", "frame.time_epoch").Output()
	if err != nil {
		t.Fatalf("tshark: %v", err)
	}
	want := "pid=12345 comm=ip\t36\t1700000000.123456789\n" +
		"pid=12345 comm=my prog=x\t52\t1700000000.124456789\n" +
		"process unknown: socket closed before it was resolved\t33\t1700000000.125456789\n" +
		"\t52\t1700000000.126456789\n"
	if got := strings.ReplaceAll(string(out), "\r", ""); got != want {
		t.Errorf("tshark reads\n%s\nwant\n%s", got, want)
	}
}
