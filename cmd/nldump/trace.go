package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
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
every buffer they send or receive on a netlink socket: sendto, sendmsg,
sendmmsg, recvfrom, recvmsg, recvmmsg, write, writev, read and readv,
every iovec on its own, and of a receive only the bytes the kernel
returned. Needs no nlmon interface and sees every netlink protocol and
network namespace. Options end at CMD, or at "--".

Each line shows the thread, the call and the direction, then the buffer;
in strace format the buffer prints as strace prints the call's iov_base,
so a line reads next to strace -e write=all -e read=all's.

Options:
  -f                follow forks, clones and threads (default; -f=false:
                    the first thread only)
  -p PID            attach to PID, every thread of it (repeatable, or
                    PID,PID); Ctrl-C detaches and the process runs on
  -w FILE           also write the buffers as a LINKTYPE_NETLINK pcap
                    (pcapng, each packet's process in its comment, when
                    FILE ends in .pcapng)
  -o FILE           write the decoded output to FILE (default: stdout)
  --seccomp=false   stop CMD at every system call instead of only at the
                    ones nldump reads (slower; attaching always does)
  --format FMT      output format (default strace)
  -s N, -X, -x, --names, --endian, --genl, --color: as for nldump decode

Exit status: CMD's own (128+N when signal N killed it); 127 when CMD is
not found; 2 when nldump cannot trace.

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
	// the traced program resolves its generic netlink families from this
	// kernel: ask it the same, as strace does
	o.kernelGenl = true
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
	out := e.stdout
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

	cfg := capture.TraceConfig{Argv: argv, Pids: pids, Follow: *follow, NoSeccomp: !*seccomp}
	cfg.Stdin, _ = e.stdin.(*os.File)
	cfg.Stdout, _ = e.stdout.(*os.File)
	cfg.Stderr, _ = e.stderr.(*os.File)
	t := capture.NewTracer(cfg)

	sigs := make(chan os.Signal, 4)
	if len(pids) > 0 {
		// Ctrl-C detaches; the processes run on
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
		go func() {
			for range sigs {
				t.Detach()
			}
		}()
	} else {
		// Ctrl-C reaches the command too: it decides, nldump follows
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGQUIT)
	}
	defer signal.Stop(sigs)

	pcapErr := func(err error) error {
		pk, msgs := pw.Written()
		return fmt.Errorf("%s: %w: the file holds the first %d %s (%d %s); the rest is not written",
			*pcapFile, err, pk, plural(pk, "packet"), msgs, plural(msgs, "message"))
	}
	ex, err := t.Run(func(fr *capture.Frame) error {
		if err := commit(); err != nil {
			return err
		}
		// the traced thread is stopped in its call: its process is there
		fr.Proc = capture.TaskProcess(fr.Pid)
		if pw != nil {
			if err := pw.WriteFrame(fr); err != nil {
				return pcapErr(err)
			}
		}
		if err := p.frame(fr, d.DecodeProto(fr.Proto, fr.Data)); err != nil {
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
	if err != nil {
		fmt.Fprintf(e.stderr, "nldump trace: %v\n", err)
		status = exitError
		if errors.Is(err, capture.ErrCommandNotFound) {
			status = 127
		}
	}
	if err := p.flush(); err != nil && status == exitOK {
		status = fail(err)
	}
	if pw != nil {
		if err := pw.Flush(); err != nil {
			fmt.Fprintf(e.stderr, "nldump trace: %v\n", pcapErr(err))
			status = exitError
		}
	}
	return status
}
