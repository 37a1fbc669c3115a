// Command nldump decodes netlink messages: live from an nlmon interface,
// from pcap files, from hex dumps, or from one traced command.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// Exit statuses.
const (
	exitOK    = 0
	exitDiff  = 1 // differences (diff) or findings (check)
	exitError = 2
)

type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(e *env, args []string) int
}

var commands []*command

func init() {
	commands = []*command{
		{"capture", "capture netlink traffic live on an nlmon interface (the default)", runCapture},
		{"read", "decode a pcap or pcapng file", runRead},
		{"decode", "decode hex dumps of netlink buffers", runDecode},
		{"trace", "run a command and decode its netlink traffic", runTrace},
		{"diff", "compare two messages field by field", runDiff},
		{"check", "find mistakes in messages before the kernel does", runCheck},
		{"help", "show help on a command or topic", runHelp},
		{"version", "print the version", runVersion},
	}
}

func main() {
	if path := os.Getenv("NLDUMP_CPUPROFILE"); path != "" {
		// for measuring nldump itself
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			st := run(os.Args[1:], &env{os.Stdin, os.Stdout, os.Stderr})
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(st)
		}
	}
	os.Exit(run(os.Args[1:], &env{os.Stdin, os.Stdout, os.Stderr}))
}

func run(args []string, e *env) int {
	if len(args) == 0 {
		return runCapture(e, nil)
	}
	switch args[0] {
	case "-h", "--help", "-help":
		return runHelp(e, nil)
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	if len(args[0]) > 0 && args[0][0] == '-' {
		// flags without a command: capture
		return runCapture(e, args)
	}
	fmt.Fprintf(e.stderr, "nldump: unknown command %q (see nldump help)\n", args[0])
	return exitError
}

var version = "devel"

func runVersion(e *env, args []string) int {
	fmt.Fprintf(e.stdout, "nldump %s\n", version)
	return exitOK
}
