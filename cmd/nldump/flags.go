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
			fmt.Fprintf(e.stderr, "nldump %s: %v (see nldump help %s)\n", fs.Name(), err, fs.Name())
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

// stringsFlag collects a repeatable flag.
type stringsFlag []string

func (s *stringsFlag) String() string     { return strings.Join(*s, ",") }
func (s *stringsFlag) Set(v string) error { *s = append(*s, v); return nil }
