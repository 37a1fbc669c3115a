// Command nldump decodes netlink messages: live from an nlmon interface,
// from pcap files, from hex dumps, or from one traced command.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
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
	// filters are the message filters of the command: when one matched
	// nothing, a note on stderr says so once the command is done.
	filters []*filter
	// flagSets, when not nil, collects the flag set of each command that
	// runs (what completion and the tests list the flags from).
	flagSets map[string]*flag.FlagSet
}

// watch asks for the note on a filter that matches nothing.
func (e *env) watch(f *filter) { e.filters = append(e.filters, f) }

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
		{"completion", "print a shell completion script (bash, zsh, fish)", runCompletion},
		{"man", "print the manual page (roff)", runMan},
	}
}

func main() {
	if path := os.Getenv("NLDUMP_CPUPROFILE"); path != "" {
		// for measuring nldump itself
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			st := run(os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(st)
		}
	}
	os.Exit(run(os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}))
}

func run(args []string, e *env) int {
	st := dispatch(args, e)
	for _, f := range e.filters {
		if st != exitError || f.seen.Load() > 0 {
			f.note(e.stderr)
		}
	}
	return st
}

func dispatch(args []string, e *env) int {
	if len(args) == 0 {
		return runCapture(e, nil)
	}
	switch args[0] {
	case "-h", "--help", "-help":
		return runHelp(e, nil)
	case "--version", "-version":
		return runVersion(e, args[1:])
	}
	if c := findCommand(args[0]); c != nil {
		return c.run(e, args[1:])
	}
	if len(args[0]) > 0 && args[0][0] == '-' {
		// flags without a command: capture
		return runCapture(e, args)
	}
	hint := didYouMean(args[0], commandNames())
	if hint != "" {
		hint = "; " + hint
	}
	fmt.Fprintf(e.stderr, "nldump: unknown command %q%s (see nldump help)\n", args[0], hint)
	return exitError
}

func findCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func commandNames() []string {
	var out []string
	for _, c := range commands {
		out = append(out, c.name)
	}
	return out
}

// version, when set at link time (-ldflags "-X main.version=v1.2.3"),
// wins over the version the build info gives.
var version = ""

func runVersion(e *env, args []string) int {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		printHelp(e.stdout, "version")
		return exitOK
	}
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "nldump version: unexpected argument %q\n", args[0])
		return exitError
	}
	bi, _ := debug.ReadBuildInfo()
	io.WriteString(e.stdout, versionText(bi, version))
	return exitOK
}

// versionText is what nldump version prints: the module version and, when
// the build recorded them, the VCS revision, its time and whether the
// tree had uncommitted changes; then the Go version and the platform.
// "devel" stands for the version only when nothing is known of it.
func versionText(bi *debug.BuildInfo, override string) string {
	v := override
	var rev, when, goVersion string
	modified := false
	if bi != nil {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		goVersion = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
		if rev != "" {
			v = "devel-" + rev[:min(12, len(rev))]
			if modified {
				v += "+dirty"
			}
		}
	}
	if goVersion == "" {
		goVersion = runtime.Version()
	}
	b := "nldump " + v + "\n"
	if rev != "" {
		b += "revision " + rev
		if when != "" {
			b += " (" + when + ")"
		}
		if modified {
			b += ", modified (uncommitted changes)"
		}
		b += "\n"
	}
	return b + "built with " + goVersion + " for " + runtime.GOOS + "/" + runtime.GOARCH + "\n"
}
