package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
)

// flagSetOf returns the flag set of a command, as the command itself
// makes it: the command is run with --help while its flag set is
// recorded. nil for commands without flags.
func flagSetOf(name string) *flag.FlagSet {
	e := &env{stdin: bytes.NewReader(nil), stdout: io.Discard, stderr: io.Discard, flagSets: map[string]*flag.FlagSet{}}
	c := findCommand(name)
	if c == nil {
		return nil
	}
	c.run(e, []string{"--help"})
	return e.flagSets[name]
}

// commandFlags returns the flags a command defines, in the order help
// lists them.
func commandFlags(name string) []*flag.Flag {
	fs := flagSetOf(name)
	if fs == nil {
		return nil
	}
	var out []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) { out = append(out, f) })
	slices.SortFunc(out, func(a, b *flag.Flag) int { return compareFlagNames(a.Name, b.Name) })
	return out
}

// compareFlagNames orders flags as help lists them: single letters
// first, then long names, each alphabetically without case.
func compareFlagNames(a, b string) int {
	if (len(a) == 1) != (len(b) == 1) {
		if len(a) == 1 {
			return -1
		}
		return 1
	}
	la, lb := bytes.ToLower([]byte(a)), bytes.ToLower([]byte(b))
	if c := bytes.Compare(la, lb); c != 0 {
		return c
	}
	return bytes.Compare([]byte(a), []byte(b))
}

// isBoolFlag reports whether a flag takes no value.
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// flagRow is one line of the table of flags (nldump help flags, the
// README, the man page): the flags, the commands that take them and what
// they mean there.
type flagRow struct {
	flags string   // "-f, --format FMT"
	cmds  []string // the commands; decoding for all of decodingCommands
	text  string
}

// decodingCommands are the commands that decode messages: they share the
// output options and the filters.
var decodingCommands = []string{"capture", "read", "decode", "trace", "diff", "check"}

const all = "all"

// flagRows is the table of flags. A flag of a row for one command wins
// over the same flag in a row for all (trace's -f, -p).
var flagRows = []flagRow{
	{"-f, --format FMT", []string{all}, "output format: strace, tree, json, summary, hex, go (nldump help formats); in diff and check, text or json. In trace only --format: -f follows forks there"},
	{"-p, --proto PROTO", []string{all}, "netlink protocol: route, generic, netfilter, ... or a number; decode, diff and check decode hex dumps as it, and every command shows only its messages. In trace only --proto: -p attaches to a PID there"},
	{"-s N", []string{all}, "print at most N bytes of a string and N elements of a list, as strace -s"},
	{"-X raw|abbrev|verbose", []string{all}, "constants as numbers, names, or both, as strace -X"},
	{"-x", []string{all}, "non-ASCII strings in hex; -x -x: all strings, as strace -x"},
	{"--names learn|host|none", []string{all}, "interface names of ifindex fields: learned from RTM_NEWLINK in the input, also asked of this host, or none"},
	{"--new-names", []string{all}, "in strace format, name the values newer than strace 6.1"},
	{"--endian host|little|big|auto", []string{all}, "byte order of the messages"},
	{"--genl NAME=ID", []string{all}, "name a generic netlink family id (repeatable)"},
	{"--color auto|always|never", []string{all}, "color (nldump help color)"},
	{"--type TYPE", []string{all}, "only messages of these types: names, numbers, wildcards (nldump help filters)"},
	{"--seq N", []string{all}, "only messages with this nlmsg_seq"},
	{"--pid N", []string{all}, "only messages with this nlmsg_pid (port id)"},
	{"--dir DIR", []string{all}, "only messages going this way: to-kernel, from-kernel, to-user"},
	{"--dev IFACE", []string{all}, "only messages about this interface: a name or an index"},
	{"--family NAME", []string{all}, "only generic netlink messages of this family: a name or an id"},
	{"--comm NAME", []string{all}, "only messages of processes of this command name (live capture, trace, their pcapng files)"},
	{"--process PID", []string{all}, "only messages of this process id (not nlmsg_pid: see --pid)"},
	{"--input-format auto|hex|raw|pcap", []string{"read", "decode", "diff", "check"}, "the form of the inputs: told from their first bytes (auto), or forced (nldump help hex)"},
	{"--check", []string{"capture", "read", "decode", "trace"}, "mark each request with nldump check's findings (summary and tree formats)"},
	{"-c N", []string{"capture", "read"}, "stop after N messages (those shown, after the filters)"},
	{"-w FILE", []string{"capture", "read", "trace"}, "also write the packets to FILE as pcap (LINKTYPE_NETLINK); pcapng, each packet's process in its comment, when FILE ends in .pcapng"},
	{"--pcapng", []string{"capture", "read"}, "with -w, write pcapng whatever the name"},
	{"-i IFACE", []string{"capture"}, "the nlmon interface (default nlmon0)"},
	{"-r FILE", []string{"capture"}, "read a pcap or pcapng file instead (as nldump read)"},
	{"--no-create", []string{"capture"}, "fail instead of creating a missing nlmon interface"},
	{"--create", []string{"capture"}, "create the -i interface when it is missing (nlmon0 is created without it)"},
	{"--source nlmon|bpf|auto", []string{"capture"}, "where messages come from: an nlmon interface, BPF, or auto (the default): nlmon where the kernel has it, else BPF"},
	{"--all-netns", []string{"capture"}, "with BPF, capture every network namespace (default: nldump's own, as nlmon does)"},
	{"--create", []string{"capture"}, "create the -i interface when it is missing (nlmon0 is created without it; another name must exist, so a typo is an error)"},
	{"-B KiB", []string{"capture"}, "receive ring size"},
	{"--queue MiB", []string{"capture"}, "memory for packets waiting to be decoded"},
	{"--snaplen N", []string{"capture"}, "keep at most N bytes of a packet, as tcpdump -s"},
	{"--no-procs", []string{"capture"}, "do not look up the process behind each message"},
	{"--no-probe", []string{"capture"}, "with nlmon, name processes through NETLINK_SOCK_DIAG and /proc only, without the BPF probe"},
	{"-f", []string{"trace"}, "follow forks, clones and threads (the default), as strace -f; the output format is --format"},
	{"-p PID", []string{"trace"}, "attach to a running process, as strace -p; the protocol is --proto"},
	{"-o FILE", []string{"trace"}, "write the decoded output to FILE, as strace -o; the output format is --format"},
	{"--seccomp=false", []string{"trace"}, "stop at every system call, not only at those nldump reads"},
	{"--iovecs", []string{"trace"}, "a line per iovec, as strace shows them, not one per datagram"},
	{"--strict", []string{"diff"}, "compare nlmsg_seq, nlmsg_pid and nlmsg_len too"},
	{"-v", []string{"check"}, "print each message with findings in the tree format"},
	{"--assume DIR", []string{"check"}, "the direction of messages whose source does not say: to-kernel, from-kernel, guess"},
	{"--Werror", []string{"check"}, "exit 1 on warnings too"},
	{"--pedantic", []string{"check"}, "show notes too"},
}

// rowCommands is the commands column of a row.
func (r *flagRow) rowCommands() string {
	if len(r.cmds) == 1 && r.cmds[0] == all {
		return all
	}
	return strings.Join(r.cmds, ", ")
}

// rowNames returns the flag names of a row, without dashes or values.
func (r *flagRow) rowNames() []string {
	var out []string
	for _, f := range strings.FieldsFunc(r.flags, func(c rune) bool { return c == ',' || c == ' ' }) {
		if strings.HasPrefix(f, "-") {
			f, _, _ = strings.Cut(strings.TrimLeft(f, "-"), "=")
			out = append(out, f)
		}
	}
	return out
}

// tableFlags returns the flags the table gives a command: its own rows
// first, then those of every decoding command, less the names its own
// rows took.
func tableFlags(cmd string) map[string]*flagRow {
	out := map[string]*flagRow{}
	for i := range flagRows {
		r := &flagRows[i]
		if slices.Contains(r.cmds, cmd) {
			for _, n := range r.rowNames() {
				out[n] = r
			}
		}
	}
	if !slices.Contains(decodingCommands, cmd) {
		return out
	}
	for i := range flagRows {
		r := &flagRows[i]
		if slices.Contains(r.cmds, all) {
			for _, n := range r.rowNames() {
				if _, ok := out[n]; !ok {
					out[n] = r
				}
			}
		}
	}
	return out
}

// flagTable is the text of nldump help flags, which the README repeats.
func flagTable() string {
	var b strings.Builder
	b.WriteString(`Flags: each means the same in every command that takes it; "all" is
capture, read, decode, trace, diff and check. Where a strace habit wins
in trace (-f, -p, -o), the long form keeps the common meaning.

`)
	for _, r := range flagRows {
		fmt.Fprintf(&b, "  %-30s %s\n", r.flags, r.rowCommands())
		for _, l := range wrap(r.text, 72) {
			b.WriteString("      " + l + "\n")
		}
	}
	return b.String()
}

// wrap breaks text into lines of at most width bytes at spaces.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
