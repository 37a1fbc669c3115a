package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlags returns a flag set whose usage prints the command's help.
func newFlags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if e.flagSets != nil {
		e.flagSets[name] = fs
	}
	return fs
}

// parseFlags parses flags anywhere among the arguments (GNU style): it
// returns the positional arguments. "--" ends the flags. Errors are
// printed with the command's name and give exit status 2.
func parseFlags(e *env, fs *flag.FlagSet, args []string) ([]string, bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				printHelp(e.stdout, fs.Name())
				return nil, false
			}
			fmt.Fprintf(e.stderr, "nldump %s: %s\n", fs.Name(), flagError(fs, err))
			return nil, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, true
		}
		// flag.Parse stops at the first positional argument, or after "--"
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError is the message of a flag parsing error: for a flag the
// command does not have, the one it may be a typo of.
func flagError(fs *flag.FlagSet, err error) string {
	msg := err.Error() // the flag package's own words, which scripts may look for
	name, ok := strings.CutPrefix(msg, "flag provided but not defined: -")
	if !ok {
		return fmt.Sprintf("%s (see nldump help %s)", msg, fs.Name())
	}
	name = strings.TrimLeft(name, "-")
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, dashed(f.Name)) })
	switch {
	case name == "o":
		return msg + ": the output goes to stdout, redirect it (> FILE); -w FILE writes a pcap (see nldump help flags)"
	case name == "version":
		return msg + ": the version is nldump --version"
	}
	if hint := didYouMean(dashed(name), names); hint != "" {
		return msg + "; " + hint
	}
	return fmt.Sprintf("%s (see nldump help %s)", msg, fs.Name())
}

// dashed is a flag name as help spells it: -x, --long.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// stringsFlag collects a repeatable flag.
type stringsFlag []string

func (s *stringsFlag) String() string     { return strings.Join(*s, ",") }
func (s *stringsFlag) Set(v string) error { *s = append(*s, v); return nil }
