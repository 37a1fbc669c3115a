package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/nldump/nldump/decode"
)

func init() {
	helpTexts["completion"] = `Usage: nldump completion bash|zsh|fish

Prints a script that completes nldump's commands, flags, output formats,
protocol names, message type names (RTM_NEWLINK, NFT_MSG_NEWRULE, ...),
generic netlink families, interfaces and files. The script is made from
nldump's own tables, so it knows what this nldump knows.

  # bash: for this shell, or for every new one
  source <(nldump completion bash)
  nldump completion bash > ~/.local/share/bash-completion/completions/nldump
  # zsh: a directory of $fpath
  nldump completion zsh > ~/.zfunc/_nldump
  # fish
  nldump completion fish > ~/.config/fish/completions/nldump.fish
`
	helpTexts["version"] = `Usage: nldump version (or nldump --version)

Prints nldump's module version, the VCS revision it was built from (with
its time, and whether the tree had uncommitted changes), and the Go
version and platform of the build. "devel" when the build recorded no
version.
`
	helpTexts["man"] = `Usage: nldump man

Prints nldump's manual page in roff, made from the same text as nldump
help:

  nldump man | man -l -
  nldump man > /usr/local/share/man/man1/nldump.1
`
}

func runCompletion(e *env, args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(e.stderr, "nldump completion: want one shell: bash, zsh or fish (see nldump help completion)")
		return exitError
	}
	switch args[0] {
	case "bash":
		writeBashCompletion(e.stdout)
	case "zsh":
		writeZshCompletion(e.stdout)
	case "fish":
		writeFishCompletion(e.stdout)
	case "-h", "--help", "-help":
		printHelp(e.stdout, "completion")
	default:
		hint := didYouMean(args[0], []string{"bash", "zsh", "fish"})
		if hint != "" {
			hint = "; " + hint
		}
		fmt.Fprintf(e.stderr, "nldump completion: no completion for %q%s (want bash, zsh or fish)\n", args[0], hint)
		return exitError
	}
	return exitOK
}

// compFlag is one flag of a command, as completion offers it.
type compFlag struct {
	name  string // without dashes
	usage string
	value bool     // takes a value
	vals  []string // the values to offer, when they are names
	kind  string   // "file", "iface", or "" (offer vals, or nothing)
}

// compCommand is a command and its flags.
type compCommand struct {
	name, summary string
	flags         []compFlag
	// args: what the positional arguments are: "file", "command" (trace),
	// "help", "shell", or "" (none)
	args string
}

// helpTopics are the topics of nldump help besides the commands.
func helpTopics() []string {
	var out []string
	for k := range helpTexts {
		if k != "" && findCommand(k) == nil {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// flagValues returns what completes the value of a flag of a command.
func flagValues(cmd, name string) (vals []string, kind string) {
	switch name {
	case "f", "format":
		if cmd == "trace" && name == "f" {
			return nil, ""
		}
		if cmd == "diff" || cmd == "check" {
			return []string{"text", "json"}, ""
		}
		return formats, ""
	case "p", "proto":
		if cmd == "trace" && name == "p" {
			return nil, ""
		}
		return decode.ProtoNames(), ""
	case "type":
		return decode.MessageTypeNames(-1), ""
	case "family":
		return decode.GenlFamilyNames(), ""
	case "dir":
		return []string{"to-kernel", "from-kernel", "to-user"}, ""
	case "names":
		return []string{"learn", "host", "none"}, ""
	case "endian":
		return []string{"host", "little", "big", "auto"}, ""
	case "color":
		return []string{"auto", "always", "never"}, ""
	case "X":
		return []string{"raw", "abbrev", "verbose"}, ""
	case "assume":
		return []string{"to-kernel", "from-kernel", "guess"}, ""
	case "input-format":
		return []string{"auto", "hex", "raw", "pcap"}, ""
	case "source":
		return []string{"nlmon", "bpf", "auto"}, ""
	case "w", "o", "r":
		return nil, "file"
	case "i", "dev":
		return nil, "iface"
	}
	return nil, ""
}

// completionModel lists every command with its flags, from the flag sets
// the commands really define.
func completionModel() []compCommand {
	var out []compCommand
	for _, c := range commands {
		cc := compCommand{name: c.name, summary: c.summary}
		switch c.name {
		case "read", "decode", "diff", "check":
			cc.args = "file"
		case "trace":
			cc.args = "command"
		case "help":
			cc.args = "help"
		case "completion":
			cc.args = "shell"
		}
		for _, f := range commandFlags(c.name) {
			cf := compFlag{name: f.Name, usage: f.Usage, value: !isBoolFlag(f)}
			if cf.value {
				cf.vals, cf.kind = flagValues(c.name, f.Name)
			}
			cc.flags = append(cc.flags, cf)
		}
		out = append(out, cc)
	}
	return out
}

func writeBashCompletion(w io.Writer) {
	m := completionModel()
	var b strings.Builder
	b.WriteString(`# bash completion for nldump, made by "nldump completion bash"
_nldump() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="" cmd=capture i w
    (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
    # --flag=value: bash splits at the "="
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]] && (( COMP_CWORD > 1 )); then
        prev="${COMP_WORDS[COMP_CWORD-2]}"
    fi
    if (( COMP_CWORD == 1 )) && [[ $cur != -* ]]; then
        COMPREPLY=($(compgen -W "`)
	var names []string
	for _, c := range m {
		names = append(names, c.name)
	}
	b.WriteString(strings.Join(names, " "))
	b.WriteString(`" -- "$cur"))
        return
    fi
    case "${COMP_WORDS[1]}" in
        ` + strings.Join(names, "|") + `) cmd="${COMP_WORDS[1]}" ;;
    esac
`)
	// trace: the traced command and its arguments complete as commands
	// and files
	var traceValued []string
	for _, c := range m {
		if c.name != "trace" {
			continue
		}
		for _, f := range c.flags {
			if f.value {
				traceValued = append(traceValued, dashed(f.name))
			}
		}
	}
	b.WriteString(`    if [[ $cmd == trace ]]; then
        local start=0
        for (( i = 2; i < COMP_CWORD; i++ )); do
            w="${COMP_WORDS[i]}"
            if [[ $w == -- ]]; then start=$((i + 1)); break; fi
            if [[ $w == "=" ]]; then (( i++ )); continue; fi
            case "$w" in
                ` + strings.Join(bashDashes(traceValued), "|") + `) (( i++ )); continue ;;
                -*) continue ;;
            esac
            start=$i; break
        done
        if (( start > 0 )); then
            if (( start == COMP_CWORD )); then
                COMPREPLY=($(compgen -c -- "$cur"))
            else
                COMPREPLY=($(compgen -f -- "$cur"))
            fi
            return
        fi
    fi
    case "$cmd $prev" in
`)
	// the values of flags, by command and flag
	type caseKey struct{ vals, kind string }
	cases := map[caseKey][]string{}
	var order []caseKey
	for _, c := range m {
		for _, f := range c.flags {
			if !f.value {
				continue
			}
			k := caseKey{strings.Join(f.vals, " "), f.kind}
			if _, ok := cases[k]; !ok {
				order = append(order, k)
			}
			for _, d := range bashDashes([]string{dashed(f.name)}) {
				cases[k] = append(cases[k], `"`+c.name+" "+d+`"`)
			}
		}
	}
	for _, k := range order {
		b.WriteString("        " + strings.Join(cases[k], "|") + ")\n")
		switch {
		case k.kind == "file":
			b.WriteString("            COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n")
		case k.kind == "iface":
			b.WriteString("            COMPREPLY=($(compgen -W \"$(ls /sys/class/net 2>/dev/null)\" -- \"$cur\")) ;;\n")
		case k.vals != "":
			b.WriteString("            COMPREPLY=($(compgen -W \"" + k.vals + "\" -- \"$cur\")) ;;\n")
		default:
			b.WriteString("            COMPREPLY=() ;;\n")
		}
		b.WriteString("            \n")
	}
	b.WriteString(`        *)
            if [[ $cur == -* ]]; then
                case $cmd in
`)
	for _, c := range m {
		var fl []string
		for _, f := range c.flags {
			fl = append(fl, dashed(f.name))
		}
		if c.name == "capture" || c.name == "help" {
			fl = append(fl, "--help")
		}
		if len(fl) > 0 {
			fmt.Fprintf(&b, "                    %s) COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")) ;;\n", c.name, strings.Join(fl, " "))
		}
	}
	b.WriteString(`                esac
                return
            fi
            case $cmd in
`)
	for _, c := range m {
		switch c.args {
		case "file":
			fmt.Fprintf(&b, "                %s) COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n", c.name)
		case "command":
			fmt.Fprintf(&b, "                %s) COMPREPLY=($(compgen -c -- \"$cur\")) ;;\n", c.name)
		case "help":
			fmt.Fprintf(&b, "                %s) COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")) ;;\n", c.name, strings.Join(append(names, helpTopics()...), " "))
		case "shell":
			fmt.Fprintf(&b, "                %s) COMPREPLY=($(compgen -W \"bash zsh fish\" -- \"$cur\")) ;;\n", c.name)
		}
	}
	b.WriteString(`            esac
            ;;
    esac
}
complete -o filenames -F _nldump nldump
`)
	io.WriteString(w, strings.ReplaceAll(b.String(), "            \n", ""))
}

// bashDashes gives both spellings the flag package reads: -name and
// --name.
func bashDashes(l []string) []string {
	var out []string
	for _, d := range l {
		n := strings.TrimLeft(d, "-")
		out = append(out, "-"+n, "--"+n)
	}
	return out
}

// zshDesc quotes s for the description of an _arguments spec, inside a
// single-quoted zsh word.
func zshDesc(s string) string {
	// (a colon would need quoting that differs between the parts of a
	// spec: none is left)
	r := strings.NewReplacer(`'`, `'\''`, `[`, `\[`, `]`, `\]`, `: `, `, `, `:`, ` `)
	return r.Replace(s)
}

func writeZshCompletion(w io.Writer) {
	m := completionModel()
	var b strings.Builder
	b.WriteString(`#compdef nldump
# zsh completion for nldump, made by "nldump completion zsh"

_nldump() {
    local -a cmds
    cmds=(
`)
	for _, c := range m {
		fmt.Fprintf(&b, "        '%s:%s'\n", c.name, zshDesc(c.summary))
	}
	b.WriteString(`    )
    local cmd=capture
    if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then
        _describe -t commands 'nldump command' cmds
        return
    fi
    if (( ${cmds[(I)${words[2]}:*]} )); then
        cmd=$words[2]
        shift words
        (( CURRENT-- ))
    fi
    case $cmd in
`)
	for _, c := range m {
		fmt.Fprintf(&b, "    %s)\n        _arguments -S \\\n", c.name)
		for _, f := range c.flags {
			spec := dashed(f.name) + "[" + zshDesc(f.usage) + "]"
			if f.value {
				switch {
				case f.kind == "file":
					spec += ":file:_files"
				case f.kind == "iface":
					spec += ":interface:_net_interfaces"
				case len(f.vals) > 0:
					spec += ":" + f.name + ":(" + strings.Join(f.vals, " ") + ")"
				default:
					spec += ":" + f.name + ": "
				}
			}
			if f.name == "type" || f.name == "seq" || f.name == "pid" || f.name == "dev" || f.name == "family" || f.name == "genl" {
				spec = "*" + spec // repeatable
			}
			fmt.Fprintf(&b, "            '%s' \\\n", spec)
		}
		switch c.args {
		case "file":
			b.WriteString("            '*:file:_files'\n")
		case "command":
			b.WriteString("            '(-):command:_command_names -e' '*::arguments:_normal'\n")
		case "help":
			var topics []string
			for _, x := range m {
				topics = append(topics, x.name)
			}
			topics = append(topics, helpTopics()...)
			fmt.Fprintf(&b, "            ':topic:(%s)'\n", strings.Join(topics, " "))
		case "shell":
			b.WriteString("            ':shell:(bash zsh fish)'\n")
		default:
			b.WriteString("            \n")
		}
		b.WriteString("        ;;\n")
	}
	b.WriteString(`    esac
}

_nldump "$@"
`)
	io.WriteString(w, strings.ReplaceAll(b.String(), " \\\n            \n", "\n"))
}

// fishQuote quotes s as one single-quoted fish word.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

func writeFishCompletion(w io.Writer) {
	m := completionModel()
	var b strings.Builder
	var names []string
	for _, c := range m {
		names = append(names, c.name)
	}
	b.WriteString("# fish completion for nldump, made by \"nldump completion fish\"\n")
	b.WriteString("complete -c nldump -f\n")
	for _, c := range m {
		fmt.Fprintf(&b, "complete -c nldump -n __fish_use_subcommand -a %s -d %s\n", c.name, fishQuote(c.summary))
	}
	for _, c := range m {
		cond := "__fish_seen_subcommand_from " + c.name
		if c.name == "capture" {
			// flags without a command are capture's
			cond = "not __fish_seen_subcommand_from " + strings.Join(slices.DeleteFunc(slices.Clone(names), func(s string) bool { return s == "capture" }), " ")
		}
		for _, f := range c.flags {
			opt := "-o " + f.name // fish: -o is an old-style (single-dash) long option
			if len(f.name) == 1 {
				opt = "-s " + f.name
			} else {
				opt += " -l " + f.name
			}
			line := fmt.Sprintf("complete -c nldump -n %s %s -d %s", fishQuote(cond), opt, fishQuote(f.usage))
			if f.value {
				switch {
				case f.kind == "file":
					line += " -r -F"
				case f.kind == "iface":
					line += " -x -a '(string replace -r \".*/\" \"\" /sys/class/net/*)'"
				case len(f.vals) > 0:
					line += " -x -a " + fishQuote(strings.Join(f.vals, " "))
				default:
					line += " -x"
				}
			}
			b.WriteString(line + "\n")
		}
		switch c.args {
		case "file":
			fmt.Fprintf(&b, "complete -c nldump -n %s -F\n", fishQuote(cond))
		case "command":
			fmt.Fprintf(&b, "complete -c nldump -n %s -a '(__fish_complete_subcommand --fcs-skip=2)'\n", fishQuote(cond))
		case "help":
			fmt.Fprintf(&b, "complete -c nldump -n %s -a %s\n", fishQuote(cond), fishQuote(strings.Join(append(slices.Clone(names), helpTopics()...), " ")))
		case "shell":
			fmt.Fprintf(&b, "complete -c nldump -n %s -a 'bash zsh fish'\n", fishQuote(cond))
		}
	}
	io.WriteString(w, b.String())
}
