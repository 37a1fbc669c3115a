package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/nldump/nldump/capture"
	"github.com/nldump/nldump/decode"
)

func init() {
	helpTexts["trace"] = `Usage: nldump trace [options] [--] CMD [ARGS...]
       nldump trace [options] -p PID[,PID...]

Runs CMD, or attaches to running processes, with ptrace(2) and decodes
every datagram they send or receive on a netlink socket: sendto,
sendmsg, sendmmsg, recvfrom, recvmsg, recvmmsg, write, writev, read and
readv. The iovecs of one call are one datagram, as the kernel sees them;
of a receive, only the bytes the kernel returned. Needs no nlmon
interface and sees every netlink protocol and network namespace. The
decoded output goes to stderr, as strace's does. Options end at CMD, or
at "--".

Each line shows the thread, the call and the direction, then the
datagram; MSG_PEEK on a receive that leaves it queued, the destination
of a send to another port (nl_pid=N, nl_groups=0xN), and at the end the
call's result when it is not the plain success (= -1 ECONNREFUSED,
= 36 (truncated, MSG_TRUNC)). In strace format the datagram prints as
strace prints a buffer; with --iovecs each iovec prints on its own line,
as strace -e write=all -e read=all shows them.

Options:
  -f                follow forks, clones and threads (default; -f=false:
                    the first thread only)
  -p PID            attach to PID, every thread of it (repeatable, or
                    PID,PID); Ctrl-C detaches and the process runs on
  -w FILE           also write the datagrams the kernel took or delivered
                    as a LINKTYPE_NETLINK pcap (not failed sends, not
                    MSG_PEEK reads); pcapng, each packet's process in
                    its comment, when FILE ends in .pcapng
  -o FILE           write the decoded output to FILE (default: stderr)
  --iovecs          a line per iovec, as strace shows them, instead of
                    one per datagram
  --seccomp=false   stop CMD at every system call instead of only at the
                    ones nldump reads (slower; attaching always does)
  --format FMT      output format (default strace)
  -s N, -X, -x, --names, --endian, --genl, --color: as for nldump decode

Exit status: CMD's own (128+N when signal N killed it); 127 when CMD is
not found, 126 when it cannot be executed; 2 when nldump cannot trace.
CMD gets nldump's file descriptors as they are (3<FILE stays fd 3).
When nldump is stopped (SIGTERM, SIGHUP, a closed output), CMD runs on to
its end: nldump stops reporting and, unless a seccomp filter it put in
place needs it, detaches.

Examples:
  nldump trace ip link add v0 type veth peer name v1
  nldump trace -w ip.pcap -- ip -d link show
  unshare -n nldump trace -- ip route add 10.0.0.0/8 dev lo
  nldump trace -p $(pidof NetworkManager)
`
}

// pidsFlag collects -p PID, -p PID,PID.
type pidsFlag []int

func (p *pidsFlag) String() string { return fmt.Sprint([]int(*p)) }
func (p *pidsFlag) Set(v string) error {
	for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return fmt.Errorf("bad pid %q", s)
		}
		*p = append(*p, n)
	}
	return nil
}

func runTrace(e *env, args []string) int {
	fs := newFlags(e, "trace")
	var o outputOpts
	// the output options, but -f and -p are trace's own (as strace's)
	common := flag.NewFlagSet("", flag.ContinueOnError)
	o.register(common)
	common.VisitAll(func(f *flag.Flag) {
		if f.Name != "f" && f.Name != "p" {
			fs.Var(f.Value, f.Name, f.Usage)
		}
	})
	follow := fs.Bool("f", true, "follow forks, clones and threads")
	var pids pidsFlag
	fs.Var(&pids, "p", "attach to PID")
	pcapFile := fs.String("w", "", "write a pcap file")
	outFile := fs.String("o", "", "write the output to FILE")
	seccomp := fs.Bool("seccomp", true, "stop only at the calls nldump reads")
	iovecs := fs.Bool("iovecs", false, "a line per iovec, as strace shows them")
	if msg := traceFlagMisuse(fs, args); msg != "" {
		fmt.Fprintf(e.stderr, "nldump trace: %s\n", msg)
		return exitError
	}
	// flag stops at the first argument that is not a flag, and after
	// "--": the command's own flags stay the command's.
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			printHelp(e.stdout, "trace")
		} else {
			fmt.Fprintf(e.stderr, "nldump trace: %s\n", flagError(fs, err))
		}
		return exitError
	}
	argv := fs.Args()
	switch {
	case len(pids) > 0 && len(argv) > 0:
		fmt.Fprintf(e.stderr, "nldump trace: give a command or -p PID, not both (see nldump help trace)\n")
		return exitError
	case len(pids) == 0 && len(argv) == 0:
		fmt.Fprintf(e.stderr, "nldump trace: no command to run and no -p PID (see nldump help trace)\n")
		return exitError
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "nldump trace: %v\n", err)
		return exitError
	}
	d, err := o.newDecoder(decode.ProtoRoute)
	if err != nil {
		return fail(err)
	}
	// -o and -w files are emptied only once the command runs: one that
	// cannot start leaves them as they were
	var files []*capture.OutFile
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	commit := func() error {
		for _, f := range files {
			if err := f.Commit(); err != nil {
				return fmt.Errorf("%s: %w", f.Name(), err)
			}
		}
		return nil
	}
	// The traced program resolves its generic netlink families from this
	// kernel: ask it the same, as strace does, when the first generic
	// netlink datagram comes (--genl still wins).
	asked := false
	learn := func(fr *capture.Frame) {
		if asked || decode.Proto(fr.Proto) != decode.ProtoGeneric {
			return
		}
		asked = true
		if o.names != "host" { // else newDecoder asked already
			capture.QueryGenlFamilies(d.SetGenlFamily)
			o.setGenl(d) // checked by newDecoder
		}
	}
	out := e.stderr
	if *outFile != "" {
		f, err := capture.CreateOutFile(*outFile)
		if err != nil {
			return fail(err)
		}
		files = append(files, f)
		out = f
	}
	p, err := o.newPrinter(out, false)
	if err != nil {
		return fail(err)
	}
	p.bufferLine = true
	// A line holds a whole buffer (a 32 KiB route dump prints 212 KB),
	// up to spillAt. Made at its most at once, its pages are written
	// once, as the text reaches them; grown by append, every step would
	// copy the text into fresh pages, each a page fault.
	p.line = make([]byte, 0, spillAt+64<<10)
	p.enablePairing(d, false)
	e.watch(p.filt)
	var pw capture.FrameWriter
	if *pcapFile != "" {
		f, err := capture.CreateOutFile(*pcapFile)
		if err != nil {
			return fail(err)
		}
		files = append(files, f)
		if pw, err = capture.NewFrameWriter(f, 0, capture.IsPcapngName(*pcapFile)); err != nil {
			return fail(err)
		}
	}

	traceGC()
	cfg := capture.TraceConfig{Argv: argv, Pids: pids, Follow: *follow, NoSeccomp: !*seccomp}
	cfg.Stdin, _ = e.stdin.(*os.File)
	cfg.Stdout, _ = e.stdout.(*os.File)
	cfg.Stderr, _ = e.stderr.(*os.File)
	t := capture.NewTracer(cfg)

	// With -p, Ctrl-C detaches and the processes run on. Otherwise
	// Ctrl-C reaches the command too: it decides, nldump follows.
	// Stopped otherwise, or with its output gone (SIGPIPE becomes an
	// error of the write), nldump stops reporting and lets the command
	// run on; it never takes the command down with it.
	sigs := make(chan os.Signal, 4)
	if len(pids) > 0 {
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	} else {
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGPIPE)
	}
	go func() {
		for s := range sigs {
			if len(pids) > 0 || s == syscall.SIGTERM || s == syscall.SIGHUP {
				t.Detach()
			}
		}
	}()
	defer signal.Stop(sigs)

	pcapErr := func(err error) error {
		pk, msgs := pw.Written()
		return fmt.Errorf("%s: %w: the file holds the first %d %s (%d %s); the rest is not written",
			*pcapFile, err, pk, plural(pk, "packet"), msgs, plural(msgs, "message"))
	}
	// Each datagram is decoded, printed and written to the pcap on the
	// tracing thread, once the call that moved it has returned to the
	// command (capture copies it first), and the output is flushed:
	// the decoding runs beside the command, nothing else in nldump has
	// to be woken up for it, and a call's line is out before the
	// command's next call that the tracer stops at returns.
	ex, err := t.Run(func(fr *capture.Frame) error {
		if err := commit(); err != nil {
			return err
		}
		learn(fr)
		if pw != nil && fr.KernelSaw() {
			if err := pw.WriteFrame(fr); err != nil {
				return pcapErr(err)
			}
		}
		var err error
		if *iovecs && len(fr.Iovecs) > 1 {
			err = printIovecs(p, d, fr)
		} else {
			err = p.frame(fr, d.DecodeProto(decode.Proto(fr.Proto), fr.Data))
		}
		if err != nil {
			return err
		}
		return p.flush()
	})
	status := exitOK
	if ex != nil {
		status = ex.Status()
		// the command ran: its files are written, packets or not
		if err := commit(); err != nil {
			fmt.Fprintf(e.stderr, "nldump trace: %v\n", err)
			status = exitError
		}
	}
	flushPcap := func() {
		if pw == nil {
			return
		}
		if err := pw.Flush(); err != nil {
			fmt.Fprintf(e.stderr, "nldump trace: %v\n", pcapErr(err))
			status = exitError
		}
	}
	if err != nil && isBrokenPipe(err) && ex != nil {
		// the reader of the output is gone; the command ran to its end,
		// and the pcap holds what was captured until then
		flushPcap()
		return status
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "nldump trace: %v\n", err)
		status = exitError
		switch {
		case errors.Is(err, capture.ErrCommandNotFound):
			status = 127
		case errors.Is(err, capture.ErrCommandNotExecutable):
			status = 126
		}
	}
	if err := p.finish(); err != nil && status == exitOK {
		status = fail(err)
	}
	flushPcap()
	return status
}

// printIovecs prints each iovec of a traced datagram as a buffer of its
// own, as strace shows them. The call's result shows on each when it is
// not the plain success of the whole datagram.
func printIovecs(p *printer, d *decode.Decoder, fr *capture.Frame) error {
	plain := fr.ResultNote() == ""
	sub := *fr
	sub.Iovecs = nil
	off := 0
	for _, n := range fr.Iovecs {
		sub.Data = fr.Data[off : off+n]
		off += n
		if plain {
			sub.Result = int64(n)
		}
		if err := p.frame(&sub, d.DecodeProto(decode.Proto(sub.Proto), sub.Data)); err != nil {
			return err
		}
	}
	return nil
}

// traceGC sets the collector for trace, unless GOGC or GOMEMLIMIT say
// otherwise. Its heap is the decoder's nodes and the output buffer,
// alive from datagram to datagram; little else becomes garbage. At the
// default GOGC (100) a run of a few megabytes collects two or three
// times, each time beside the traced command; at 400 the first
// collection comes at 16 MB, which most runs never reach. The limit
// keeps a hostile run (a 16 MiB buffer of small messages makes 2 GB of
// nodes) from growing to 5 times its live heap: past 512 MiB the heap
// is collected as it grows.
func traceGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(512 << 20)
	}
}
