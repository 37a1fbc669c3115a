package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

func init() {
	helpTexts["capture"] = `Usage: nldump [capture] [options]
       nldump capture -r FILE [options]

Captures every netlink message on the host and prints each one decoded,
a line per message: time, protocol, direction (to-kernel, from-kernel,
to-user), then the message in strace notation.

Two sources: nlmon, the kernel's netlink tap, on an nlmon interface;
nlmon0 is created when it is missing (and removed on exit), which needs
root, or CAP_NET_ADMIN and CAP_NET_RAW, and a kernel with CONFIG_NLMON.
And BPF, for kernels without nlmon: a BPF program attached (fentry, or
kprobes) where the kernel hands buffers to its taps sees the same
messages, and the process that sent each one (or, for the kernel's
answers and notifications, the one it answered or acted for); it needs
root, or CAP_BPF and CAP_PERFMON, and the kernel's BTF.
"nldump trace -- CMD" decodes one command's traffic without either.

Options:
  --source SRC    nlmon, bpf, or auto (the default): nlmon where the
                  kernel has it, else bpf
  --all-netns     bpf: capture every network namespace (default: nldump's
                  own, as nlmon does)
  -i IFACE        nlmon interface (default nlmon0)
  --no-create     fail instead of creating nlmon0 when it is missing
  --create        create IFACE when it is missing (nlmon0 is created
                  without it; another name must exist, so that a typo
                  is an error, not a new interface)
  -c N            stop after N messages (those shown, after the filters)
  -w FILE         also write the packets to FILE as pcap (LINKTYPE_NETLINK,
                  as tcpdump writes them); "-" writes the pcap to stdout and
                  prints nothing; FILE.pcapng (or --pcapng) writes pcapng,
                  with each packet's process in its comment
  --no-procs      do not look up the process behind each message
  --no-probe      nlmon: name processes through NETLINK_SOCK_DIAG and
                  /proc only, without the BPF probe
  -r FILE         read a pcap or pcapng file instead (as nldump read)
  -B KiB          receive ring (nlmon) or ring buffer (bpf) size
                  (default 32768)
  --queue MiB     memory for packets waiting to be decoded (default 256):
                  nldump empties the ring into it at once, so decoding may
                  fall behind in a burst; the kernel drops what fits in
                  neither
  --snaplen N     keep at most N bytes of a packet, its 16-byte header
                  included, as tcpdump -s does (default 262144)
  -f, --format FMT, -s N, -X, -x, --names, --endian: as for nldump decode

Each message is attributed to its process (pid and command name): a
request to the process that sent it, a message from the kernel to the
port in its nlmsg_pid (the process a reply goes to, the requester of a
change a notification reports). With nlmon, where the kernel allows BPF,
a BPF probe (the BPF source's program, copying only the first bytes of
each buffer) names the sending process at send time, so that a command
that lives a few milliseconds is named too; stderr says which way
processes are named, and why when the probe cannot load. What the probe
did not see is looked up through NETLINK_SOCK_DIAG and /proc/PID/fd, a
request by the process its answer goes to; a process that closed its
socket before nldump looked is marked "socket closed before it was
resolved" rather than guessed. nldump's own questions to the kernel are
not shown.

The kernel's drop count goes to stderr whenever it grows; on exit (-c,
Ctrl-C, SIGTERM) everything captured is printed and written, and a
summary (messages, bytes, drops) goes to stderr.

Examples:
  sudo nldump
  sudo nldump -w ip.pcap & ip link add dummy0 type dummy; kill %1
  nldump read ip.pcap
`
	helpTexts["read"] = `Usage: nldump read [options] FILE...

Decodes pcap and pcapng captures of netlink traffic, as tcpdump and
Wireshark write them on nlmon interfaces: link types NETLINK (253),
LINUX_SLL (113) and LINUX_SLL2 (276) with ARPHRD_NETLINK (other packets of
an "any" capture are skipped). Gzip-compressed files are read too. "-"
reads stdin.

Payloads are in the byte order of the capturing host: nldump tells it
from each buffer's first nlmsg_len, as Wireshark does; --endian little or
big forces one.

A damaged record is reported as "FILE: packet N at offset X: what is
wrong" and the exit status is 2; decoding goes on with the next packet
whenever the file still makes sense.

Options:
  -c N            stop after N messages (those shown, after the filters)
  -w FILE         write the packets read to FILE (pcap, LINKTYPE_NETLINK;
                  pcapng when named .pcapng, or with --pcapng)

The processes nldump wrote in a pcapng file's packet comments ("pid=1234
comm=ip") show as they do in a live capture.
  -f, --format FMT, -s N, -X, -x, --names, --endian: as for nldump decode

Example:
  nldump read nlmon.pcap
`
}

// captureOpts are the options of capture and read.
type captureOpts struct {
	out      outputOpts
	iface    string
	count    int
	write    string
	read     string
	noCreate bool
	create   bool
	bufKiB   int
	queueMiB int
	snaplen  int
	pcapng   bool
	noProcs  bool
	noProbe  bool
	source   string
	allNetns bool
}

// defaultNlmon is the interface a capture uses, created when missing.
const defaultNlmon = "nlmon0"

// createMissing tells whether a missing -i interface is created: nlmon0
// is (unless --no-create), another name only with --create, so that a
// typo is an error rather than a new interface.
func (c *captureOpts) createMissing() bool {
	if c.create {
		return true
	}
	return c.iface == defaultNlmon && !c.noCreate
}

func (c *captureOpts) register(fs *flag.FlagSet, live bool) {
	c.out.register(fs)
	fs.IntVar(&c.count, "c", 0, "stop after N messages")
	fs.StringVar(&c.write, "w", "", "write the packets to a pcap file (pcapng when named .pcapng)")
	fs.BoolVar(&c.pcapng, "pcapng", false, "write pcapng with -w, whatever the name (each packet's process in its comment)")
	if live {
		fs.StringVar(&c.iface, "i", defaultNlmon, "nlmon interface")
		fs.StringVar(&c.read, "r", "", "read a capture file")
		fs.BoolVar(&c.noCreate, "no-create", false, "do not create nlmon0 when it is missing")
		fs.BoolVar(&c.create, "create", false, "create the -i interface when it is missing (nlmon0 is created without it)")
		fs.IntVar(&c.bufKiB, "B", capture.DefaultBufferSize>>10, "receive ring size in KiB")
		fs.IntVar(&c.queueMiB, "queue", capture.DefaultQueueSize>>20, "memory for packets waiting to be decoded, in MiB")
		fs.IntVar(&c.snaplen, "snaplen", capture.DefaultSnapLen, "keep at most N bytes of a buffer")
		fs.BoolVar(&c.noProcs, "no-procs", false, "do not look up the process behind each message")
		fs.BoolVar(&c.noProbe, "no-probe", false, "nlmon: name processes without the BPF probe")
		fs.StringVar(&c.source, "source", "auto", "capture source: nlmon, bpf or auto")
		fs.BoolVar(&c.allNetns, "all-netns", false, "BPF source: capture every network namespace")
	} else {
		c.out.registerInput(fs)
	}
}

func runCapture(e *env, args []string) int {
	fs := newFlags(e, "capture")
	var c captureOpts
	c.register(fs, true)
	pos, ok := parseFlags(e, fs, args)
	if !ok {
		return exitError
	}
	if c.read != "" {
		return runFiles(e, "capture", &c, append([]string{c.read}, pos...))
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "nldump capture: unexpected argument %q (see nldump help capture)\n", pos[0])
		return exitError
	}
	return runLive(e, &c)
}

func runRead(e *env, args []string) int {
	fs := newFlags(e, "read")
	var c captureOpts
	c.register(fs, false)
	pos, ok := parseFlags(e, fs, args)
	if !ok {
		return exitError
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "nldump read: no file given (see nldump help read)")
		return exitError
	}
	return runFiles(e, "read", &c, pos)
}

// session decodes, prints and writes the frames of a capture or a file.
type session struct {
	ahead *ahead // the goroutine decoding ahead of printing, when reading files
	e     *env
	name  string
	c     *captureOpts
	d     *decode.Decoder
	p     *printer
	pw    capture.FrameWriter
	probe *capture.Probe   // names the processes of an nlmon capture, when it runs
	wfile *capture.OutFile // -w FILE: emptied only once the capture started
	print bool
	// started: a capture ran (nlmon set up, an input file opened); the
	// -w file is written then, even without packets, and not before
	started bool

	msgs, bytes, packets int
}

func newSession(e *env, name string, c *captureOpts) (*session, error) {
	if c.count < 0 {
		return nil, fmt.Errorf("-c %d: must not be negative", c.count)
	}
	d, err := c.out.newDecoder(decode.ProtoRoute)
	if err != nil {
		return nil, err
	}
	s := &session{e: e, name: name, c: c, d: d, print: true}
	out := e.stdout
	if c.write != "" {
		w := e.stdout
		if c.write == "-" {
			// the pcap goes to stdout; nothing is printed
			s.print = false
			out = io.Discard
		} else {
			f, err := capture.CreateOutFile(c.write)
			if err != nil {
				return nil, err
			}
			s.wfile, w = f, f
		}
		snap := c.snaplen
		if snap <= 0 {
			snap = capture.DefaultSnapLen
		}
		s.pw, err = capture.NewFrameWriter(w, snap, c.pcapng || capture.IsPcapngName(c.write))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", c.write, err)
		}
	}
	s.p, err = c.out.newPrinter(out, false)
	if err != nil {
		if s.wfile != nil {
			s.wfile.Close()
		}
		return nil, err
	}
	if s.print {
		s.p.limit = c.count
		// files: a request's outcome is waited for even when it asked
		// for no answer
		s.p.enablePairing(d, name == "read" || c.read != "")
	}
	e.watch(s.p.filt)
	return s, nil
}

// frame handles one frame; it reports whether the message count is
// reached.
func (s *session) frame(fr *capture.Frame) (bool, error) {
	// (the decoder learns generic netlink family ids from the
	// CTRL_CMD_NEWFAMILY messages it decodes)
	s.d.SetBigEndian(fr.BigEndian)
	t := s.d.DecodeProto(decode.Proto(fr.Proto), fr.Data)
	return s.handle(fr, t)
}

// handle prints and writes a decoded frame; it reports whether the
// message count (-c) is reached.
func (s *session) handle(fr *capture.Frame, t *decode.Tree) (bool, error) {
	var text []byte
	n := 0
	if s.print {
		s.p.pairFrame(fr, t, &s.p.sc)
		text, n = s.p.appendFrame(s.p.line[:0], &s.p.sc, fr, t)
		s.p.line = text
	}
	return s.emit(fr, text, n, &s.p.sc)
}

// emit writes a frame to the pcap and its text (n messages) to the output,
// and counts it. With -c, the count is of the messages printed (after the
// filters), or of those captured when nothing is printed.
func (s *session) emit(fr *capture.Frame, text []byte, n int, sc *frameScratch) (bool, error) {
	if s.pw != nil {
		if s.wfile != nil {
			if err := s.wfile.Commit(); err != nil {
				return true, s.writeErr(err)
			}
		}
		if err := s.pw.WriteFrame(fr); err != nil {
			return true, s.writeErr(err)
		}
	}
	if len(text) > 0 || len(sc.settled) > 0 {
		s.p.printed += n
		if err := s.p.out(text, sc.slots, sc.settled); err != nil {
			return true, err
		}
	}
	s.packets++
	if sc.counted {
		s.msgs += sc.count
	} else {
		s.msgs += capture.CountMessages(fr.Data, fr.BigEndian)
	}
	s.bytes += len(fr.Data)
	if s.c.count <= 0 {
		return false, nil
	}
	if s.print {
		return s.p.printed >= s.c.count, nil
	}
	return s.msgs >= s.c.count, nil
}

// writeErr tells what a failed write of the pcap cost: the packets and
// messages the file holds.
func (s *session) writeErr(err error) error {
	pk, msgs := s.pw.Written()
	return fmt.Errorf("%s: %w: the file holds the first %d %s (%d %s); the rest is not written",
		s.c.write, err, pk, plural(pk, "packet"), msgs, plural(msgs, "message"))
}

// flush writes out what is buffered.
func (s *session) flush() error {
	var err error
	if s.pw != nil {
		if e := s.pw.Flush(); e != nil {
			err = s.writeErr(e)
		}
	}
	if e := s.p.flush(); e != nil && err == nil {
		err = e
	}
	return err
}

// close writes out what is held and buffered, and closes the output
// file. A -w file is written only when the capture started; else it
// stays as it was.
func (s *session) close() error {
	var err error
	if s.wfile != nil && s.started {
		if e := s.wfile.Commit(); e != nil {
			err = s.writeErr(e)
		}
	}
	if e := s.flush(); e != nil && err == nil {
		err = e
	}
	if s.print {
		if e := s.p.finish(); e != nil && err == nil {
			err = e
		}
	}
	if s.wfile != nil {
		if e := s.wfile.Close(); e != nil && err == nil {
			err = e
		}
		s.wfile = nil
	}
	return err
}

func (c *captureOpts) endian(live bool) (capture.Endian, error) {
	switch c.out.endian {
	case "little":
		return capture.EndianLittle, nil
	case "big":
		return capture.EndianBig, nil
	case "host", "auto", "":
		if live {
			if capture.HostBigEndian {
				return capture.EndianBig, nil
			}
			return capture.EndianLittle, nil
		}
		return capture.EndianAuto, nil
	}
	return 0, fmt.Errorf("--endian %s: want host, little, big or auto", c.out.endian)
}

func runFiles(e *env, cmd string, c *captureOpts, files []string) int {
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "nldump %s: %v\n", cmd, err)
		return exitError
	}
	endian, err := c.endian(false)
	if err != nil {
		return fail(err)
	}
	proto, err := c.out.protoNumber(decode.ProtoRoute)
	if err != nil {
		return fail(err)
	}
	// the inputs are opened before -w creates its file: one that
	// cannot be read leaves an existing file as it was
	status := exitOK
	var inputs []*input
	for _, name := range files {
		sp, err := parseInputSpec(name)
		if err == nil {
			var in *input
			if in, err = c.out.openInput(e, sp, proto, endian); err == nil {
				inputs = append(inputs, in)
				continue
			}
		}
		fmt.Fprintf(e.stderr, "nldump %s: %v\n", cmd, err)
		status = exitError
	}
	defer func() {
		for _, in := range inputs {
			in.close()
		}
	}()
	if len(inputs) == 0 {
		return status
	}
	if c.write != "" && c.write != "-" {
		// writing a file being read would destroy it
		if wi, err := os.Stat(c.write); err == nil {
			for _, in := range inputs {
				if fi, err := os.Stat(in.sp.path); err == nil && in.sp.path != "-" && os.SameFile(fi, wi) {
					return fail(fmt.Errorf("%s: it is also the -w file; not read", in.sp.path))
				}
			}
		}
	}
	s, err := newSession(e, cmd, c)
	if err != nil {
		return fail(err)
	}
	// the -w file is written from the first packet on: inputs without
	// one leave it as it was
	stop := false
	for _, frames := range inputs {
		if stop {
			break
		}
		if c.count > 0 {
			// -c: frame by frame, to stop at the count exactly
			st, done := s.readEach(frames, cmd)
			frames.close()
			if st != exitOK {
				status = st
			}
			if done {
				break
			}
			continue
		}
		ahead := s.decodeAhead(frames, frames.batch())
	batches:
		for b := range ahead {
			b.wait()
			for _, it := range b.items {
				if it.err != nil {
					fmt.Fprintln(e.stderr, it.err)
					status = exitError
					continue
				}
				done, err := s.emit(&it.fr, it.out, it.n, &it.sc)
				if err != nil {
					b.release()
					s.stopAhead(ahead)
					frames.close()
					if isBrokenPipe(err) {
						return status
					}
					fmt.Fprintf(e.stderr, "nldump %s: %v\n", cmd, err)
					s.close()
					return exitError
				}
				if done {
					stop = true
					b.release()
					break batches
				}
			}
			b.release()
		}
		s.stopAhead(ahead)
		frames.close()
		if n := frames.skipped(); n > 0 {
			fmt.Fprintf(e.stderr, "%s: %d packets of other kinds than netlink skipped\n", frames.name, n)
		}
	}
	if err := s.close(); err != nil && !isBrokenPipe(err) {
		fmt.Fprintf(e.stderr, "nldump %s: %v\n", cmd, err)
		return exitError
	}
	return status
}

func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }

func runLive(e *env, c *captureOpts) int {
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "nldump: %v\n", err)
		return exitError
	}
	endian, err := c.endian(true)
	if err != nil {
		return fail(err)
	}
	if c.bufKiB <= 0 {
		return fail(fmt.Errorf("-B %d: want a size in KiB", c.bufKiB))
	}
	if c.queueMiB <= 0 {
		return fail(fmt.Errorf("--queue %d: want a size in MiB", c.queueMiB))
	}
	if c.snaplen < 16 {
		return fail(fmt.Errorf("--snaplen %d: want at least 16", c.snaplen))
	}
	s, err := newSession(e, "capture", c)
	if err != nil {
		return fail(err)
	}
	// Signals: from here on, SIGINT and SIGTERM end the capture cleanly;
	// SIGPIPE turns into write errors so that nlmon0 is still removed.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGPIPE)
	defer signal.Stop(sigs)

	if c.create && c.noCreate {
		s.close()
		return fail(fmt.Errorf("--create and --no-create: give one"))
	}
	live, name, undo, err := openSource(e, c, s)
	if err != nil {
		s.close()
		return fail(err)
	}
	defer undo()
	defer live.Close()
	if s.probe != nil {
		defer s.probe.Close()
	}
	s.started = true
	// A goroutine empties the ring into memory at once, so that decoding
	// and printing may fall behind in a burst without drops.
	q := capture.NewQueue(live, c.queueMiB<<20)
	defer q.Close()
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case sig := <-sigs:
				if sig != syscall.SIGPIPE {
					q.Interrupt()
				}
			case <-done:
				return
			}
		}
	}()

	var drops uint64
	lastCheck := time.Now()
	checkDrops := func() {
		st, err := live.Stats()
		if err == nil && st.Drops > drops {
			fmt.Fprintf(e.stderr, "nldump: the kernel dropped %d packets (%d in all): nldump fell behind; a larger -B helps\n", st.Drops-drops, st.Drops)
			drops = st.Drops
		}
		lastCheck = time.Now()
	}
	var outErr error
	q.OnIdle = func() {
		if outErr == nil && s.print {
			// a request whose answer did not come within a second is
			// shown without it
			outErr = s.p.releaseOld(time.Second)
		}
		if outErr == nil {
			outErr = s.flush()
		}
		checkDrops()
	}
	frames := capture.NewFrameReader(q, endian)
	emit := s.frame
	finish := func() {}
	stopped := false
	if !c.noProcs {
		res, err := capture.NewProcResolver()
		if err != nil {
			fmt.Fprintf(e.stderr, "nldump: processes will not be named: %v\n", err)
			if s.probe != nil {
				// nothing would read its ring
				s.probe.Close()
				s.probe = nil
			}
		} else {
			defer res.Close()
			a := &attributor{res: res}
			if s.probe != nil {
				a.probe = s.probe
			}
			emit = func(fr *capture.Frame) (bool, error) { return a.push(fr, s.frame) }
			idle := q.OnIdle
			q.OnIdle = func() {
				// the ring is empty: what waits for an answer goes out
				// once answered, or once its wait is over
				if !stopped && outErr == nil {
					stop, err := a.idle(q.Ready, s.frame)
					if err != nil {
						outErr = err
					}
					if stop || err != nil {
						stopped = true
						q.Interrupt()
					}
				}
				idle()
			}
			finish = func() {
				if !stopped && outErr == nil {
					if _, err := a.release(time.Time{}, s.frame); err != nil {
						outErr = err
					}
				}
			}
		}
	}
	status := exitOK
	for outErr == nil {
		fr, err := frames.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *capture.PacketError
			if errors.As(err, &pe) && !pe.Fatal {
				fmt.Fprintf(e.stderr, "nldump: %s: %v\n", name, err)
				continue
			}
			fmt.Fprintf(e.stderr, "nldump: %s: %v\n", name, err)
			status = exitError
			break
		}
		stop, err := emit(fr)
		if err != nil {
			outErr = err
			break
		}
		if stop {
			stopped = true
			break
		}
		if fr.Time.Sub(lastCheck) > time.Second {
			checkDrops()
		}
	}
	finish()
	if err := s.close(); err != nil && outErr == nil {
		outErr = err
	}
	st, _ := live.Stats()
	if st.Drops > drops {
		drops = st.Drops
	}
	if outErr != nil && !isBrokenPipe(outErr) {
		fmt.Fprintf(e.stderr, "nldump: %v\n", outErr)
		status = exitError
	}
	fmt.Fprintf(e.stderr, "nldump: %d messages (%d bytes) in %d packets captured on %s, %d dropped by the kernel\n",
		s.msgs, s.bytes, s.packets, name, drops)
	if s.probe != nil {
		ps := s.probe.Stats()
		fmt.Fprintf(e.stderr, "nldump: the BPF probe named the process of %d packets; %d from the kernel named no requester, it missed %d, could not tell %d apart (%d records dropped, %d without their packet)\n",
			ps.Named, ps.NoProcess, ps.Missed, ps.Ambiguous, ps.Drops, ps.Unmatched)
	}
	return status
}

// liveSource is what a live capture reads: an nlmon interface's ring or
// the BPF source.
type liveSource interface {
	capture.QueueSource
	Stats() (capture.LiveStats, error)
	Close() error
}

// openSource opens the capture source --source names; name is what
// messages call it, undo removes what was set up for it.
func openSource(e *env, c *captureOpts, s *session) (src liveSource, name string, undo func(), err error) {
	undo = func() {}
	// Every generic netlink family id resolves: ask the kernel once,
	// before the capture starts so that the question is not captured.
	families := func() {
		if err := capture.QueryGenlFamilies(s.d.SetGenlFamily); err != nil {
			fmt.Fprintf(e.stderr, "nldump: asking the kernel for generic netlink families: %v (ids learned from the traffic only)\n", err)
		}
	}
	switch c.source {
	case "nlmon":
		if c.allNetns {
			return nil, "", undo, fmt.Errorf("--all-netns is for the BPF source (--source bpf): nlmon sees the namespace it is in")
		}
	case "auto":
	case "bpf":
		families()
		return openBpf(e, c)
	default:
		return nil, "", undo, fmt.Errorf("--source %s: want nlmon, bpf or auto", c.source)
	}
	mon, err := capture.PrepareNlmon(c.iface, c.createMissing())
	if err != nil {
		if c.source == "auto" && errors.Is(err, capture.ErrNoNlmon) {
			fmt.Fprintf(e.stderr, "nldump: the kernel has no nlmon: capturing with BPF\n")
			families()
			src, name, undo, berr := openBpf(e, c)
			if berr != nil {
				return nil, "", undo, fmt.Errorf("%v\nnldump: and BPF: %v", err, berr)
			}
			return src, name, undo, nil
		}
		return nil, "", undo, err
	}
	undo = func() {
		if err := mon.Close(); err != nil {
			fmt.Fprintf(e.stderr, "nldump: %v\n", err)
		} else if mon.Created {
			fmt.Fprintf(e.stderr, "nldump: removed %s\n", mon.Name)
		}
	}
	if mon.Created {
		fmt.Fprintf(e.stderr, "nldump: created %s (nlmon); it is removed on exit\n", mon.Name)
	} else if mon.BroughtUp {
		fmt.Fprintf(e.stderr, "nldump: brought %s up; it is brought down on exit\n", mon.Name)
	}
	families()
	if !c.noProcs && !c.noProbe {
		s.probe = openProbe(e, c)
	}
	// the snap length counts the cooked header, as tcpdump's does
	live, err := capture.OpenLive(mon.Index, capture.LiveOptions{SnapLen: c.snaplen - 16, BufferSize: c.bufKiB << 10})
	if err != nil {
		if s.probe != nil {
			s.probe.Close()
			s.probe = nil
		}
		return nil, "", undo, fmt.Errorf("%s: %v", mon.Name, err)
	}
	fmt.Fprintf(e.stderr, "nldump: listening on %s, link-type NETLINK, snapshot length %d bytes\n", mon.Name, c.snaplen)
	return live, mon.Name, undo, nil
}

// openProbe starts the BPF probe that names the processes of an nlmon
// capture, and says on stderr which way processes are named: nil when
// the probe cannot run.
func openProbe(e *env, c *captureOpts) *capture.Probe {
	ns, err := capture.NetnsOf("self")
	var p *capture.Probe
	if err == nil {
		p, err = capture.OpenProbe(ns, c.bufKiB<<10)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "nldump: processes are named through NETLINK_SOCK_DIAG and /proc only (a process gone before it is looked up stays unnamed): the BPF probe cannot load: %s\n",
			strings.ReplaceAll(err.Error(), "\n", " "))
		return nil
	}
	fmt.Fprintf(e.stderr, "nldump: processes are named at send time by a BPF probe (%s), through NETLINK_SOCK_DIAG and /proc where it saw nothing\n", p.Attach())
	return p
}

// openBpf opens the BPF source.
func openBpf(e *env, c *captureOpts) (liveSource, string, func(), error) {
	o := capture.BpfOptions{SnapLen: c.snaplen - 16, BufferSize: c.bufKiB << 10}
	where := "every network namespace"
	if !c.allNetns {
		ns, err := capture.NetnsOf("self")
		if err != nil {
			return nil, "", func() {}, fmt.Errorf("finding nldump's network namespace: %v", err)
		}
		o.Netns, where = ns, "this network namespace"
	}
	b, err := capture.OpenBpf(o)
	if err != nil {
		return nil, "", func() {}, fmt.Errorf("BPF source: %v", err)
	}
	fmt.Fprintf(e.stderr, "nldump: listening with BPF (%s on the kernel's netlink functions) in %s, snapshot length %d bytes\n", b.Attach, where, c.snaplen)
	return b, "bpf", func() {}, nil
}

// readEach reads, decodes, prints and writes the frames one at a time. It
// returns the exit status so far and whether to stop (the count reached,
// or an error printed).
func (s *session) readEach(frames frameSource, cmd string) (int, bool) {
	status := exitOK
	for {
		fr, err := frames.Next()
		if err == io.EOF {
			return status, false
		}
		if err != nil {
			fmt.Fprintln(s.e.stderr, err)
			status = exitError
			if !isFatal(err) {
				continue
			}
			return status, false
		}
		done, err := s.frame(fr)
		if err != nil {
			if !isBrokenPipe(err) {
				fmt.Fprintf(s.e.stderr, "nldump %s: %v\n", cmd, err)
				status = exitError
			}
			return status, true
		}
		if done {
			return status, true
		}
	}
}
