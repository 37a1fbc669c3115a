package main

import (
	"fmt"
	"io"
)

func runHelp(e *env, args []string) int {
	if len(args) == 0 {
		printHelp(e.stdout, "")
		return exitOK
	}
	if !printHelp(e.stdout, args[0]) {
		fmt.Fprintf(e.stderr, "nldump help: no help on %q\n", args[0])
		return exitError
	}
	return exitOK
}

// printHelp prints the help of a command or topic ("" for the overview).
func printHelp(w io.Writer, topic string) bool {
	t, ok := helpTexts[topic]
	if !ok {
		return false
	}
	io.WriteString(w, t)
	return true
}

var helpTexts = map[string]string{
	"": `nldump: decode netlink messages the way strace prints them, and deeper.

Usage:
  nldump [capture] [-i nlmon0] [-w FILE]   capture live on an nlmon interface
  nldump read FILE.pcap                   decode a pcap or pcapng capture
  nldump decode [FILE|-]                  decode hex dumps
  nldump trace [-w FILE] -- CMD [ARGS]    decode the netlink traffic of a command
  nldump diff A B                         compare two messages field by field
  nldump check [FILE|-]                   find mistakes in messages
  nldump help [COMMAND|TOPIC]             more help

Examples:
  # what does this buffer say? (the RTM_NEWLINK of "ip link set veth0 up")
  echo 20000000 10000500 01000000 00000000 00000000 4e000000 01000000 01000000 | nldump decode
`,
	"decode": `Usage: nldump decode [options] [FILE|-]...

Decodes netlink buffers from hex dumps and prints one line per buffer in
strace's notation. A blank line separates buffers. Every common hex form
is read: plain hex, xxd, hexdump -C, od -Ax -tx1, strace's " | 00000 ..."
dump lines, "\x20\x00" string literals, Go and C array literals.

Options:
  -p, --proto PROTO   netlink protocol (route, generic, netfilter, ... or a
                      number; default route). "# proto: NAME" before a
                      buffer sets it for that buffer.
  -f, --format FMT    strace (default)
  -s N                print at most N bytes of a string and N elements of a
                      list, as strace -s does (default: everything)
  -X raw|abbrev|verbose  constants as numbers, names, or both
  -x                  non-ASCII strings in hex; -x -x: all strings
  --names learn|host|none  interface names for ifindex fields
  --endian host|little|big  byte order of the buffers

Example:
  nldump decode testdata/seed.hex
`,
}
