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
		var topics []string
		for k := range helpTexts {
			topics = append(topics, k)
		}
		hint := didYouMean(args[0], topics)
		if hint != "" {
			hint = "; " + hint
		}
		fmt.Fprintf(e.stderr, "nldump help: no help on %q%s\n", args[0], hint)
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
	if topic == "flags" {
		// made from the commands' flag sets, when asked: not at every start
		t = flagTable()
	}
	io.WriteString(w, t)
	return true
}

var helpTexts = map[string]string{
	"flags": "", // printHelp makes it
	"": `nldump: decode netlink messages the way strace prints them, and deeper;
compare them, and find what is wrong with them.

Usage:
  nldump [capture] [-i nlmon0] [-w FILE]   capture live on an nlmon interface
  nldump read FILE.pcap                   decode a pcap or pcapng capture
  nldump decode [FILE|-]                  decode hex dumps
  nldump trace [-w FILE] -- CMD [ARGS]    decode the netlink traffic of a command
  nldump diff A B                         compare two messages field by field
  nldump check [FILE|-]                   find mistakes before the kernel does
  nldump help [COMMAND|TOPIC]             more help
  nldump version                          the version (also --version)
  nldump completion bash|zsh|fish         a shell completion script
  nldump man                              this help as a man page (roff)

Topics: flags, formats, json, filters, hex, color (nldump help TOPIC).

Examples:
  # what does this buffer say? (the RTM_NEWLINK of "ip link set veth0 up")
  echo 20000000 10000500 01000000 00000000 00000000 4e000000 01000000 01000000 | nldump decode

  # the same, a line per field with byte offsets
  nldump decode --format tree testdata/seed.hex

  # why does the kernel refuse my message when ip succeeds? Record what ip
  # sends, then compare yours with it, field by field
  nldump trace -w ip.pcap -- ip link set veth0 up
  nldump read --format summary ip.pcap          # find ip's message: #N
  nldump diff mine.hex ip.pcap#N

  # what would the kernel say to my message?
  nldump check mine.hex

  # capture everything to a file Wireshark and tcpdump open
  sudo nldump -w netlink.pcap
`,
	"decode": `Usage: nldump decode [options] [FILE|-]...

Decodes netlink buffers from hex dumps and prints one line per buffer in
strace's notation. A blank line separates buffers. Every common hex form
is read: plain hex, xxd, hexdump -C, od -Ax -tx1, strace's " | 00000 ..."
dump lines, "\x20\x00" string literals, Go and C array literals, and
nldump's own hex and go formats (see nldump help hex), and so are raw
buffers and pcap files.

Options:
  -p, --proto PROTO   netlink protocol (route, generic, netfilter, ... or a
                      number; default route). "# proto: NAME" before a
                      buffer sets it for that buffer.
  -f, --format FMT    strace (default), tree, json, summary, hex, go
                      (nldump help formats)
  -s N                print at most N bytes of a string and N elements of a
                      list, as strace -s does (default: everything)
  -X raw|abbrev|verbose  constants as numbers, names, or both
  -x                  non-ASCII strings in hex; -x -x: all strings
  --names learn|host|none  interface names for ifindex fields
  --endian host|little|big  byte order of the buffers
  --input-format auto|hex|raw|pcap  the form of the inputs (default: told
                      from their first bytes; nldump help hex)
  --color auto|always|never  (nldump help color)
  --type, --seq, --pid, --dir, --dev, --family
                      print only the messages that match (nldump help filters)
  --check             mark each request with nldump check's findings
                      (summary and tree formats; read, capture and trace
                      take it too)

Requests and the kernel's answers among the buffers are paired: each
request shows its outcome (nldump help formats).

Examples:
  nldump decode testdata/seed.hex
  nldump decode -f tree testdata/seed.hex
  xxd -p buffer.bin | nldump decode -f json | jq .header
  nldump decode -f go mine.hex > mine_test.go.txt   # a []byte for your tests
`,
	"diff": `Usage: nldump diff [options] A B

Compares netlink messages field by field: the header, the fixed header
(ifinfomsg, rtmsg, ...), and the attributes matched by type and nesting
path (IFLA_LINKINFO.IFLA_INFO_KIND), whatever their order. Prints, in the
style of diff -u, "-" for A and "+" for B:

  -FIELD=VALUE        only in A, or A's value when both have it
  +FIELD=VALUE        only in B, or B's value
   order of LIST: A's order | B's order   the same attributes, reordered

nlmsg_len comes first, compared with the bytes each message has: when it
leaves some out, they show as "past nlmsg_len" and the fields compare as
sent. nlmsg_seq and nlmsg_pid are ignored, and so is an nlmsg_len that
matches its message (it differs because the contents do); --strict
compares them. Interface indexes compare by number. Undecoded bytes show
the window that differs. A repeated attribute is matched by its
occurrence: IFLA_ALT_IFNAME[2].

A and B are hex dumps, pcap files, or "-" (stdin, one of them), each whole
or one part of it:
  FILE#N      its Nth buffer (packet), from 1, as the summary format and
              the JSON "packet" member number them
  FILE#N.M    the Mth message of that buffer

When one side is one message, or one request and the kernel's answers to
it, it is compared with its best match on the other side: the same
protocol, type and direction; then the same family and link kind; then a
request the kernel answered with 0 before one it refused (answers pair
with requests by seq and socket in that side's own traffic); then the
fewest differences. Standard error says which was picked and why, and
lists the other candidates. Otherwise the messages are paired in order by
type and direction (a longest common sequence), and the others are shown
as only in A or only in B: two captures of the same command differ only
where the data does.

Options:
  --strict            compare nlmsg_seq, nlmsg_pid and nlmsg_len too
  -f, --format text|json  JSON: an object per pair of messages that differ,
                      {"a":{...},"b":{...},"picked":{"why","others"},
                      "differences":[{"kind","path","a","offset_a","b",
                      "offset_b"}]}
  --type, --dir, ...  compare only the messages that match (nldump help filters)
  -p, -X, -x, --names, --endian, --genl, --color: as for nldump decode

Exit status: 0 when A and B are the same, 1 when they differ, 2 on error.

Examples:
  # your RTM_NEWLINK against the one ip sends for the same job
  nldump trace -w ip.pcap -- ip link set veth0 up
  nldump read -f summary ip.pcap
  nldump diff mine.hex ip.pcap#3
  # or let diff pick ip's request that did the job
  nldump diff mine.hex ip.pcap
  # two runs of the same command
  nldump diff --type 'RTM_*LINK' run1.pcap run2.pcap
`,
	"check": `Usage: nldump check [options] [FILE|-]...

Looks for the mistakes the kernel refuses, or silently misreads, in the
messages of hex dumps and pcap files (FILE#N and FILE#N.M pick one, as for
nldump diff). For each: the byte offset, the field or attribute path, one
line of explanation, and what the kernel answers when nldump knows it
(errno and extended ack text):

  mine.hex#1: byte 36: error: IFLA_MTU: the payload is 2 bytes; IFLA_MTU is a u32 (4 bytes)
      the kernel answers -ERANGE "Attribute failed policy validation"

Errors: nlmsg_len or nla_len that do not match the bytes (below the
header, past the buffer or the parent), missing alignment padding,
payloads too short for their type, strings too long for the kernel's
policy or without the NUL an NLA_NUL_STRING needs, a request without
NLM_F_REQUEST, a GET the kernel only answers with NLM_F_DUMP, a fixed
header shorter than its struct, unknown message types.
Warnings: trailing bytes, payloads longer than their type, unknown
attribute types, attributes given twice, NLA_F_NESTED on a plain value,
non-zero padding inside a fixed header, and what NETLINK_GET_STRICT_CHK
(set by iproute2) refuses in a dump request: filters the dump does not
take, non-zero header fields.
Notes (shown with --pedantic): garbage in the alignment padding between
attributes and messages (the kernel skips it, and iproute2 and libmnl
leave it there), numbers with no payload (the kernel refuses them, but a
flag attribute is empty too).

Requests are checked in full; what the kernel sends, for its structure
only. Messages go the way their source says; when it does not, each
message of a hex dump tells by what only the kernel sends (NLMSG_ERROR,
NLMSG_DONE, dump parts, a reply's port id in nlmsg_pid without
NLM_F_REQUEST), and those of captures go as NLM_F_REQUEST says
(--assume).

Options:
  -v                  print each message with findings in the tree format,
                      the lines of its findings marked
  --assume to-kernel|from-kernel|guess
                      the direction of messages whose source does not say
                      (default: by the message for hex dumps, guess for
                      captures; guess: by NLM_F_REQUEST)
  --Werror            exit 1 on warnings too
  --pedantic          show notes too
  -f, --format text|json  JSON: an object per finding, {"label","packet",
                      "message","type","severity","offset","path","text",
                      "errno","extack","kernel"}
  --type, --dir, ...  check only the messages that match (nldump help filters)
  -p, -X, -x, --names, --endian, --genl, --color: as for nldump decode

Exit status: 0 without errors, 1 with errors, 2 when an input cannot be read.

Examples:
  nldump check mine.hex
  nldump check -v mine.hex
  nldump check --dir to-kernel ip.pcap      # the requests of a capture
`,
	"formats": `Output formats (-f, --format), the same for decode, read, capture and trace:

  strace   the default: strace's notation, exactly as strace 6.1 prints
           it, decoded deeper where strace leaves a hex string. decode
           prints a line per buffer; capture, read and trace a line per
           message after its time, protocol and direction.
  tree     a line per field, each after the offset of its bytes in the
           buffer (hex), indented by nesting, as tshark -V but compact:
             0010    ifinfomsg
             0014      ifi_index=78
             0020    IFLA_IFNAME, len 10: "veth0"
  json     an object per message per line (nldump help json)
  summary  a line per message: #packet[.message], time, protocol, ">" to
           the kernel or "<" from it, type, flags, seq, pid, and the values
           that name the object (ifindex, ifname, address, dst, kind, ...);
           the process as comm[pid] after the arrow when known:
             #1 route > ip[4360] RTM_NEWLINK REQUEST|ACK seq=1 pid=0 ifindex=78
  hex      the bytes again, 16 a line, after a comment naming the packet;
           nldump decode reads them back (nldump help hex)
  go       a Go []byte literal, a comment line for each message and
           attribute and the value of each field after its bytes, for
           tests; nldump decode reads it back too

-s N, -X and -x shape the strace text in every format. The filters
(nldump help filters) choose the messages in every format.

Requests and their answers are paired in decode, read, capture and
trace (same protocol, seq and socket: the traced file descriptor, the
sender's port id of an nlmon capture, else the answer's nlmsg_pid).
summary ends a request's line with its outcome and an answer's with the
request it answers, the extended ACK explained:
  #3 route > RTM_NEWLINK REQUEST|ACK seq=2 pid=0 ifindex=1 -> -ERANGE
     "Attribute failed policy validation" at byte 32: IFLA_MTU (nla_len 6);
     expected u32 in 0..4294967295
  #4 route < NLMSG_ERROR ACK_TLVS seq=2 pid=1021 error=-ERANGE
     for=RTM_NEWLINK answers=#3 extack="..." why="at byte 32: IFLA_MTU ..."
(each on one line), "-> 0", "-> 12 messages, done" for a dump. tree adds
the same as lines, json "outcome", "answers" and "ack" members; strace
format, whose lines stay strace's, adds a comment line after an error:
  # RTM_NEWLINK seq=2 (#3) -> -ERANGE "Attribute failed ..." at byte 32: ...
A request's line waits for its answer (the lines after it with it).
--check marks each request with nldump check's findings (summary, tree).
`,
	"json": `The JSON format (--format json): one object per netlink message, one
per line, the same for decode, read, capture and trace:

  {"packet":1,"message":1,"time":"2024-05-01T12:00:00.123456789Z",
   "protocol":"NETLINK_ROUTE","direction":"to-kernel",
   "header":{"len":32,"type":16,"type_name":"RTM_NEWLINK","flags":5,
             "flags_names":["NLM_F_REQUEST","NLM_F_ACK"],"seq":1,"pid":0},
   "strace":"[{nlmsg_len=32, ...}, {...}]",
   "body":{"ifi_family":0,"ifi_family_name":"AF_UNSPEC",...},
   "attrs":[{"offset":32,"len":10,"type":3,"name":"IFLA_IFNAME","value":"veth0"}]}

"time" only when the source knows it (not for hex dumps). Numbers follow
the kernel's UAPI types: "pid" is nlmsg_pid, a __u32, unsigned as the
kernel and tshark show it (the "strace" text keeps strace's signed
form). Control characters and bidi overrides in strings are \u escapes.
A value with a name has it next to it: X_name for a constant, X_names
for flags. Bytes are {"hex":"0a0b"}. "process" is the process behind the
message when the source knows it: {"pid":4360,"comm":"ip"}, or
{"note":"socket closed before it was resolved"} when it looked in vain.
The full schema is docs/json.md.

  nldump read -f json ip.pcap | jq 'select(.header.type_name=="RTM_NEWLINK") | .attrs[].name'
`,
	"filters": `Filters, the same for decode, read, capture, trace, diff and check. A
message is shown when it matches every filter given; a filter given
several values (repeated, or a,b,c) matches any of them.

  -p, --proto PROTO     its protocol: route, generic, netfilter, sock_diag,
                        NETLINK_XFRM, 16, ... (in trace, --proto only: -p
                        attaches to a PID there, as strace's -p)
  --type TYPE           its type: a name (RTM_NEWLINK), a number (16, 0x10),
                        or a wildcard (RTM_*ROUTE, RTM_GET*, *LINK*); the
                        parts of composite types match too (NFT_MSG_NEWRULE,
                        NFNL_SUBSYS_NFTABLES), and a generic netlink command
                        (CTRL_CMD_GETFAMILY)
  --seq N               its nlmsg_seq
  --pid N               its nlmsg_pid (the port id): unsigned as JSON
                        prints it, or negative as strace does
  --dir DIR             to-kernel (or out, >), from-kernel (or in, <),
                        to-user; when the source does not tell, messages with
                        NLM_F_REQUEST go to the kernel
  --dev IFACE           the interface it is about: an index, or a name (its
                        IFLA_IFNAME, or an index named by an RTM_NEWLINK seen
                        before, or by the host with --names host)
  --family NAME         a generic netlink family: name (nlctrl, ethtool) or id
  --comm NAME           the command name of its process (as /proc/PID/comm
                        holds it: NetworkManager, ip)
  --process PID         its process id (not nlmsg_pid, which is a port id:
                        see --pid); live capture, trace, and the pcapng files
                        they write know processes; a message whose process
                        is unknown matches neither

A name nldump does not know is an error that says what it may be a typo
of (--type RTM_NEWLNK: did you mean RTM_NEWLINK?); a type given without
its prefix is taken when only one type ends so (NEWLINK is RTM_NEWLINK).
When the filters let no message through, a note on stderr says so.

Examples:
  nldump read --type 'RTM_*ROUTE' --dir to-kernel ip.pcap
  nldump read --dev veth0 -f summary ip.pcap
  nldump decode --seq 1795725721 dump.hex
  nldump --comm NetworkManager --type 'RTM_DEL*' -f summary
`,
	"hex": `Inputs: what nldump decode, read, diff and check read, and what --format
hex writes.

Every command that reads files takes every form below, from a file or
stdin ("-"), gzip'd or not, whole or one buffer of it (FILE#N). The form
is told from the first bytes; --input-format hex|raw|pcap forces it.

  pcap, pcapng        tcpdump -i nlmon0, nldump -w, nldump trace -w
  raw bytes           the buffer as write(2) sent it (one buffer a file)
  hex dumps           a buffer is a run of lines; a blank line ends it:
    plain hex         20 00 00 00, 20000000, 20:00, 0x20 0x00, Wireshark's
                      hex stream, xxd -p
    with offsets      xxd (also xxd -e, whose little-endian groups are put
                      back in order by its text column), hexdump -C,
                      od -Ax -tx1, od -tx1; "*" repeats a line. hexdump's
                      and od's word groups (byte order of the machine that
                      wrote them) are refused: use hexdump -C
    strace output     whole pastes of strace -f -tt -T -yy -x -e write=all
                      -e read=all: the dump lines (" | 00000  20 00 ...")
                      of each call are a buffer, iovecs of one call one
                      buffer; call lines, <unfinished ...> and resumed,
                      signals, exits and the traced program's own output
                      are skipped; the call gives the direction, -yy the
                      protocol, -ttt the time; with -y, dumps of
                      descriptors other than sockets (a tty) are skipped
    string literals   "\x20\x00..." of C and Go (fmt %q), Python's b'...'
    arrays            Go []byte{0x20, ...} (fmt %#v), C arrays, xxd -i
                      (its name_len line is checked)
    lists of bytes    Go's fmt.Println(buf) and %v ([32 0 0 0 ...]), Rust's
                      {:?} and Python's list(buf) ([32, 0, 0, ...]): decimal
                      unless written 0x20

"#" and "//" start comments. A comment "# proto: NAME" before a buffer
gives its protocol; without one, a buffer is of -p's protocol (default
NETLINK_ROUTE). --format hex writes it before buffers of other protocols,
so its output decodes back to the same text:

  # packet 1, 32 bytes, NETLINK_ROUTE, to-kernel
  20 00 00 00 10 00 05 00  01 00 00 00 00 00 00 00
  00 00 00 00 4e 00 00 00  01 00 00 00 01 00 00 00

A buffer is at most 16 MiB (netlink buffers are a few MiB at most): a
larger one is refused as damaged. A damaged buffer or packet is reported
with its file and line (or packet and offset) and skipped; the others are
decoded and the exit status is 2. An input with no buffer is an error.

  nldump read -f hex ip.pcap > ip.hex && nldump decode ip.hex
  strace -f -yy -e write=all -e read=all -o ip.strace ip link && nldump decode ip.strace
`,
	"color": `Color: types, names, numbers, strings and errors each in their own color,
in the strace, tree and summary formats and in diff and check.

  --color auto     color when the output is a terminal and NO_COLOR is not
                   set (the default)
  --color always   color, even into a pipe (less -R)
  --color never    no color

The text is the same with and without color, but for the escape sequences.
`,
}
