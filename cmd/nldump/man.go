package main

import (
	"fmt"
	"io"
	"strings"
)

func runMan(e *env, args []string) int {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
			printHelp(e.stdout, "man")
			return exitOK
		}
		fmt.Fprintf(e.stderr, "nldump man: unexpected argument %q (see nldump help man)\n", args[0])
		return exitError
	}
	io.WriteString(e.stdout, manPage())
	return exitOK
}

// roffText escapes plain text for roff: backslashes, dashes (so that
// flags copy as ASCII), and a "." or "'" starting a line.
func roffText(s string) string {
	s = strings.NewReplacer(`\`, `\e`, `-`, `\-`).Replace(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = `\&` + l
		}
	}
	return strings.Join(lines, "\n")
}

// roffBlock is text kept as it is laid out (help's own line breaks and
// indentation).
func roffBlock(s string) string {
	s = strings.Trim(s, "\n")
	return ".nf\n" + roffText(s) + "\n.fi\n"
}

// manPage is nldump(1) in roff (the man macros), made from the texts of
// nldump help: the overview, each command, the table of flags and the
// topics.
func manPage() string {
	var b strings.Builder
	b.WriteString(".\\\" nldump(1), made by \"nldump man\" from the text of nldump help\n")
	b.WriteString(".TH NLDUMP 1 \"\" \"nldump\" \"User Commands\"\n")
	overview := helpTexts[""]
	first, rest, _ := strings.Cut(overview, "\n\n")
	b.WriteString(".SH NAME\n")
	name := strings.TrimPrefix(strings.Join(strings.Fields(first), " "), "nldump: ")
	b.WriteString("nldump \\- " + roffText(name) + "\n")
	usage, rest, _ := strings.Cut(rest, "\n\n")
	b.WriteString(".SH SYNOPSIS\n")
	b.WriteString(roffBlock(strings.TrimPrefix(usage, "Usage:\n")))
	b.WriteString(".SH DESCRIPTION\n")
	b.WriteString(roffBlock(rest))
	b.WriteString(".SH COMMANDS\n")
	for _, c := range commands {
		t, ok := helpTexts[c.name]
		if !ok {
			continue
		}
		b.WriteString(".SS " + c.name + "\n")
		b.WriteString(roffBlock(t))
	}
	b.WriteString(".SH FLAGS\n")
	intro, _, _ := strings.Cut(flagTable(), "\n\n")
	b.WriteString(roffText(strings.Join(strings.Fields(intro), " ")) + "\n")
	for _, r := range flagRows {
		b.WriteString(".TP\n")
		b.WriteString(`\fB` + roffText(r.flags) + `\fR (` + roffText(r.rowCommands()) + ")\n")
		b.WriteString(roffText(r.text) + "\n")
	}
	for _, topic := range helpTopics() {
		if topic == "flags" {
			continue
		}
		b.WriteString(".SH " + strings.ToUpper(topic) + "\n")
		b.WriteString(roffBlock(helpTexts[topic]))
	}
	b.WriteString(`.SH EXIT STATUS
0 when all went well; 1 when diff finds differences or check finds
errors; 2 on errors (bad input, a bad flag, a capture that cannot start).
trace exits with the traced command's status.
.SH ENVIRONMENT
.TP
.B NO_COLOR
no color with \-\-color auto
.TP
.B NLDUMP_CPUPROFILE
write a CPU profile of the run to this file
.SH SEE ALSO
.BR strace (1),
.BR tcpdump (8),
.BR tshark (1),
.BR ip (8),
.BR netlink (7)
`)
	return b.String()
}
