package capture

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestOutFile(t *testing.T) {
	dir := t.TempDir()
	precious := filepath.Join(dir, "precious.pcap")
	if err := os.WriteFile(precious, []byte("the user's capture"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.pcap")
	if err := os.Symlink(precious, link); err != nil {
		t.Fatal(err)
	}

	// never committed: the file is as it was, writes and all
	o, err := CreateOutFile(precious)
	if err != nil {
		t.Fatal(err)
	}
	o.Write([]byte("header"))
	if err := o.Close(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(precious); string(b) != "the user's capture" {
		t.Errorf("uncommitted: file is %q", b)
	}

	// a file it made is removed when not committed
	fresh := filepath.Join(dir, "fresh.pcap")
	o, err = CreateOutFile(fresh)
	if err != nil {
		t.Fatal(err)
	}
	o.Close()
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("uncommitted new file left behind: %v", err)
	}

	// committed through a symlink: emptied, written, still the same file
	// behind the same link, mode kept
	o, err = CreateOutFile(link)
	if err != nil {
		t.Fatal(err)
	}
	o.Write([]byte("hdr,"))
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	o.Write([]byte("packet"))
	if err := o.Close(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(precious); string(b) != "hdr,packet" {
		t.Errorf("committed: file is %q", b)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink is gone: %v", err)
	}
	if fi, _ := os.Stat(precious); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}

	// a path that cannot be written fails at once
	if _, err := CreateOutFile(filepath.Join(dir, "no", "such", "dir.pcap")); err == nil {
		t.Errorf("no error for a missing directory")
	}
}

// fullWriter takes n bytes, then fails as a full disk does.
type fullWriter struct {
	bytes.Buffer
	n int
}

func (w *fullWriter) Write(b []byte) (int, error) {
	if w.Len()+len(b) > w.n {
		k := w.n - w.Len()
		w.Buffer.Write(b[:k])
		return k, syscall.ENOSPC
	}
	return w.Buffer.Write(b)
}

// After a write error, the writer knows the packets the file holds whole.
func TestPcapWriterWritten(t *testing.T) {
	// two messages a packet, 32 + 16 + 16 bytes a record
	msg := make([]byte, 32)
	for _, off := range []int{0, 16} {
		msg[off] = 16
	}
	for _, c := range []struct{ room, packets int }{
		{24 + 64*3 + 10, 3}, {24 + 64*5, 5}, {20, 0},
	} {
		w := &fullWriter{n: c.room}
		pw, err := NewPcapWriter(w, 0)
		if err != nil {
			t.Fatal(err)
		}
		var werr error
		for range 100_000 {
			if werr = pw.WriteFrame(&Frame{Data: msg}); werr != nil {
				break
			}
		}
		if werr == nil {
			werr = pw.Flush()
		}
		if !errors.Is(werr, syscall.ENOSPC) {
			t.Fatalf("room %d: error %v, want ENOSPC", c.room, werr)
		}
		pk, msgs := pw.Written()
		if pk != c.packets || msgs != 2*c.packets {
			t.Errorf("room %d: written %d packets, %d messages; want %d, %d", c.room, pk, msgs, c.packets, 2*c.packets)
		}
	}
}
