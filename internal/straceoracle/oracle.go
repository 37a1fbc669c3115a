// Package straceoracle has strace decode buffers nldump's tests craft, so
// tests can compare nldump's text with strace's for the same bytes.
//
// The buffers are sent with sendto(2) on a bound netlink socket of the
// right protocol to a port nobody listens on: the kernel refuses them
// (ECONNREFUSED) without acting on them, and strace, which decodes the
// buffer as the call starts, prints it all the same.
package straceoracle

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/nldump/nldump/internal/stracelog"
)

const envSend = "NLDUMP_STRACEORACLE_SEND"

// Available reports whether strace can be run here.
func Available() error {
	if _, err := exec.LookPath("strace"); err != nil {
		return errors.New("strace is not installed")
	}
	out, err := exec.Command("strace", "-V").Output()
	if err != nil {
		return fmt.Errorf("strace -V: %v", err)
	}
	if !strings.Contains(string(out), "version 6.1") {
		return fmt.Errorf("strace is not version 6.1: %s", strings.SplitN(string(out), "\n", 2)[0])
	}
	return nil
}

// RunSenderIfAsked must be called first thing in TestMain of a package
// that uses Decode: the test binary runs itself under strace as the
// sending process.
func RunSenderIfAsked() {
	path := os.Getenv(envSend)
	if path == "" {
		return
	}
	runtime.LockOSThread()
	if err := send(path); err != nil {
		fmt.Fprintln(os.Stderr, "straceoracle sender:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

// Decode returns strace's text for each buffer, decoded as the given
// netlink protocol. The calling test binary must call RunSenderIfAsked in
// its TestMain.
func Decode(proto int, bufs [][]byte) ([]string, error) {
	dir, err := os.MkdirTemp("", "straceoracle")
	if err != nil {
		return nil, err
	}
	if os.Getenv("NLDUMP_KEEP") == "" {
		defer os.RemoveAll(dir)
	}
	in := filepath.Join(dir, "in")
	var b []byte
	b = binary.LittleEndian.AppendUint32(b, uint32(proto))
	for _, x := range bufs {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(x)))
		b = append(b, x...)
	}
	if err := os.WriteFile(in, b, 0o600); err != nil {
		return nil, err
	}
	log := filepath.Join(dir, "log")
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	args := []string{"strace", "-f", "-qq", "-e", "trace=sendto", "-s", "1048576", "-o", log, self}
	if os.Geteuid() == 0 {
		// in a network namespace of its own, strace names only "lo"
		args = append([]string{"unshare", "-n"}, args...)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), envSend+"="+in)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("strace: %v: %s", err, out)
	}
	f, err := os.Open(log)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	texts, err := parse(f)
	if err != nil {
		return nil, err
	}
	if len(texts) != len(bufs) {
		return nil, fmt.Errorf("strace printed %d sendto calls for %d buffers", len(texts), len(bufs))
	}
	return texts, nil
}

// parse takes the buffer argument of each sendto line.
func parse(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		line := sc.Text()
		k := strings.Index(line, "sendto(")
		if k < 0 {
			continue
		}
		rest := line[k+len("sendto("):]
		c := strings.Index(rest, ", ")
		if c < 0 {
			return nil, fmt.Errorf("cannot read %q", line)
		}
		if _, err := strconv.Atoi(rest[:c]); err != nil {
			return nil, fmt.Errorf("cannot read %q", line)
		}
		rest = rest[c+2:]
		end := withDots(rest, stracelog.ValueEnd(rest, 0))
		out = append(out, rest[:end])
	}
	return out, sc.Err()
}

// withDots takes strace's "..." after a value into it.
func withDots(s string, end int) int {
	for end < len(s) && s[end] == '.' {
		end++
	}
	return end
}
