package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/nldump/nldump/decode"
)

// traceFlagMisuse looks at trace's flags, before they are parsed, for the
// places where trace follows strace (-f follows forks, -p attaches to a
// PID, -o names the output file) and the user meant what the flag means in
// the other commands (-f FORMAT, -p PROTO) or elsewhere (-o FORMAT). It
// returns the message that says what to type, or "".
func traceFlagMisuse(fs *flag.FlagSet, args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") || a == "-" {
			return ""
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		next := func() (string, bool) {
			if hasVal {
				return val, true
			}
			if i+1 < len(args) {
				return args[i+1], true
			}
			return "", false
		}
		switch name {
		case "f":
			// -f takes no value: a format name after it would be run as
			// the command
			if v, ok := next(); ok && slices.Contains(formats, v) {
				return fmt.Sprintf("in trace, -f follows forks; for the output format use --format %s (to run a command named %s, put -- before it)", v, v)
			}
			continue
		case "p":
			if v, ok := next(); ok && !pidList(v) {
				if _, isProto := decode.ParseProto(v); isProto {
					return fmt.Sprintf("in trace, -p attaches to a PID; for the protocol use --proto %s", v)
				}
				return fmt.Sprintf("in trace, -p attaches to a PID: %q is not a process id (for a protocol, --proto PROTO)", v)
			}
		case "o":
			if v, ok := next(); ok && slices.Contains(formats, v) {
				if _, err := os.Stat(v); err != nil {
					return fmt.Sprintf("in trace, -o writes the output to a file; for the output format use --format %s (to write a file named %s, give -o ./%s)", v, v, v)
				}
			}
		}
		if f := fs.Lookup(name); f != nil && !hasVal && !isBoolFlag(f) {
			i++ // its value
		}
	}
	return ""
}

// pidList reports whether s is a list of process ids, as -p takes them.
func pidList(s string) bool {
	n := 0
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		if v, err := strconv.Atoi(p); err != nil || v <= 0 {
			return false
		}
		n++
	}
	return n > 0
}
