//go:build linux

// Command benchread measures nldump read against tshark -V on the same
// capture, in one run (scripts/bench-read.sh runs it):
//
//  1. it writes an N-packet nlmon capture by repeating the real buffers of
//     a seed capture (tcpdump's, recorded on nlmon0 in the test VM), with
//     times that go on increasing, and a 4N-packet one;
//  2. it times "nldump read FILE" (full decoding to strace notation) and
//     "tshark -V -r FILE", both to /dev/null, and prints the ratio; the
//     same for "nldump read -f json" and "tshark -T json";
//  3. it times nldump read of the same packets as pcapng with a process
//     comment on each (as a live capture writes them), against the pcap;
//  4. it prints nldump's peak RSS at N and at 4N packets: memory must not
//     grow with the file.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/nldump/nldump/capture"
)

func main() {
	n := flag.Int("n", 100000, "packets in the capture")
	seed := flag.String("seed", "capture/testdata/ip-tcpdump.pcap", "capture whose buffers are repeated")
	nldump := flag.String("nldump", "", "nldump binary (required)")
	dir := flag.String("dir", os.TempDir(), "where the captures are written")
	noTshark := flag.Bool("no-tshark", false, "skip tshark")
	keep := flag.Bool("keep", false, "keep the captures")
	rounds := flag.Int("rounds", 3, "runs of each tool, alternating; the fastest counts")
	flag.Parse()
	if *nldump == "" {
		fail(fmt.Errorf("-nldump BINARY is required"))
	}
	frames := readSeed(*seed)
	small := filepath.Join(*dir, fmt.Sprintf("bench-%d.pcap", *n))
	big := filepath.Join(*dir, fmt.Sprintf("bench-%d.pcap", 4**n))
	sz := write(small, frames, *n, false)
	bsz := write(big, frames, 4**n, false)
	ng := filepath.Join(*dir, fmt.Sprintf("bench-%d.pcapng", *n))
	write(ng, frames, *n, true)
	fmt.Printf("capture: %d packets (%.1f MB), from %d real buffers of %s\n", *n, float64(sz)/1e6, len(frames), *seed)

	// Alternate the tools and keep each one's best run: on a shared
	// machine, the load changes from one run to the next.
	haveTshark := false
	if !*noTshark {
		if _, err := exec.LookPath("tshark"); err != nil {
			fmt.Println("tshark not found: no comparison")
		} else {
			haveTshark = true
		}
	}
	var nd, ncpu, td, tcpu time.Duration
	var nrss, trss int64
	var jd, jcpu, tjd, tjcpu, gd time.Duration
	best := func(i int, d time.Duration, to *time.Duration) {
		if i == 0 || d < *to {
			*to = d
		}
	}
	for i := range max(*rounds, 1) {
		d, c, _ := measure(*nldump, "read", "-f", "json", small)
		best(i, d, &jd)
		best(i, c, &jcpu)
		d, _, _ = measure(*nldump, "read", ng)
		best(i, d, &gd)
		if haveTshark {
			d, c, _ := measure("tshark", "-T", "json", "-r", small)
			best(i, d, &tjd)
			best(i, c, &tjcpu)
		}
		d, c, r := measure(*nldump, "read", small)
		if i == 0 || d < nd {
			nd, nrss = d, r
		}
		if i == 0 || c < ncpu {
			ncpu = c
		}
		if haveTshark {
			d, c, r := measure("tshark", "-V", "-r", small)
			if i == 0 || d < td {
				td, trss = d, r
			}
			if i == 0 || c < tcpu {
				tcpu = c
			}
		}
	}
	fmt.Printf("best of %d runs each, alternating:\n", max(*rounds, 1))
	fmt.Printf("nldump read:   %6.2fs wall %6.2fs CPU  %8.0f packets/s  max RSS %6.1f MB\n", nd.Seconds(), ncpu.Seconds(), float64(*n)/nd.Seconds(), float64(nrss)/1024)
	if haveTshark {
		fmt.Printf("tshark -V -r:  %6.2fs wall %6.2fs CPU  %8.0f packets/s  max RSS %6.1f MB\n", td.Seconds(), tcpu.Seconds(), float64(*n)/td.Seconds(), float64(trss)/1024)
		fmt.Printf("ratio: nldump is %.1f times faster than tshark -V (wall time), %.1f times (CPU time)\n",
			td.Seconds()/nd.Seconds(), tcpu.Seconds()/ncpu.Seconds())
	}
	fmt.Printf("nldump read -f json:  %6.2fs wall %6.2fs CPU\n", jd.Seconds(), jcpu.Seconds())
	if haveTshark {
		fmt.Printf("tshark -T json -r:    %6.2fs wall %6.2fs CPU\n", tjd.Seconds(), tjcpu.Seconds())
		fmt.Printf("ratio: nldump JSON is %.1f times faster than tshark -T json (wall time), %.1f times (CPU time)\n",
			tjd.Seconds()/jd.Seconds(), tjcpu.Seconds()/jcpu.Seconds())
	}
	fmt.Printf("nldump read of the same packets as pcapng, a process comment on each: %.2fs wall (%.2f of the pcap's)\n",
		gd.Seconds(), gd.Seconds()/nd.Seconds())
	bd, _, brss := measure(*nldump, "read", big)
	fmt.Printf("nldump read, %d packets (%.1f MB): %.2fs, max RSS %.1f MB (%.1f MB at %d packets)\n",
		4**n, float64(bsz)/1e6, bd.Seconds(), float64(brss)/1024, float64(nrss)/1024, *n)
	if *keep {
		fmt.Printf("kept %s and %s\n", small, big)
	} else {
		os.Remove(small)
		os.Remove(big)
		os.Remove(ng)
	}
}

func readSeed(path string) []capture.Frame {
	f, err := os.Open(path)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	r, err := capture.NewReader(f)
	if err != nil {
		fail(fmt.Errorf("%s: %v", path, err))
	}
	fr := capture.NewFrameReader(r, capture.EndianAuto)
	var out []capture.Frame
	for {
		x, err := fr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fail(fmt.Errorf("%s: %v", path, err))
		}
		c := *x
		c.Data = bytes.Clone(x.Data)
		out = append(out, c)
	}
	if len(out) == 0 {
		fail(fmt.Errorf("%s: no packets", path))
	}
	return out
}

// write repeats the frames to n packets, 10 microseconds apart; as
// pcapng with a process on each when ng is set.
func write(path string, frames []capture.Frame, n int, ng bool) int64 {
	f, err := os.Create(path)
	if err != nil {
		fail(err)
	}
	w, err := capture.NewFrameWriter(f, capture.DefaultSnapLen, ng)
	if err != nil {
		fail(err)
	}
	t := frames[0].Time
	for i := range n {
		fr := frames[i%len(frames)]
		fr.Time = t.Add(time.Duration(i) * 10 * time.Microsecond)
		if ng {
			fr.Proc = capture.Process{PID: 1000 + i%7, Comm: "NetworkManager"}
		}
		if err := w.WriteFrame(&fr); err != nil {
			fail(err)
		}
	}
	if err := w.Flush(); err != nil {
		fail(err)
	}
	st, _ := f.Stat()
	if err := f.Close(); err != nil {
		fail(err)
	}
	return st.Size()
}

// measure runs a command with its output to /dev/null and returns its
// wall time, CPU time (user and system) and peak RSS in KiB.
func measure(name string, args ...string) (time.Duration, time.Duration, int64) {
	cmd := exec.Command(name, args...)
	null, _ := os.Open(os.DevNull)
	cmd.Stdin = null
	out, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	cmd.Stdout = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		fail(fmt.Errorf("%s %v: %v: %s", name, args, err, stderr.Bytes()))
	}
	d := time.Since(start)
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	var rss int64
	if ru != nil {
		rss = int64(ru.Maxrss)
	}
	return d, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), rss
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchread:", err)
	os.Exit(2)
}
