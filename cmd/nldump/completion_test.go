package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// bashComplete runs the bash completion script with COMP_WORDS set to
// words (the last one being completed) and returns what it offers.
func bashComplete(t *testing.T, script string, words ...string) []string {
	t.Helper()
	var q []string
	for _, w := range words {
		q = append(q, "'"+strings.ReplaceAll(w, "'", `'\''`)+"'")
	}
	prog := "source " + script + "\nCOMP_WORDS=(" + strings.Join(q, " ") + ")\nCOMP_CWORD=" +
		strconv.Itoa(len(words)-1) + "\n_nldump\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
	out, err := exec.Command("bash", "--norc", "--noprofile", "-c", prog).CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, out)
	}
	return strings.Fields(string(out))
}

func TestBashCompletion(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	out, errs, st := runCmd(t, nil, "completion", "bash")
	if st != 0 || errs != "" {
		t.Fatalf("exit status %d: %s", st, errs)
	}
	script := filepath.Join(t.TempDir(), "nldump.bash")
	if err := os.WriteFile(script, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := exec.Command("bash", "-n", script).CombinedOutput(); err != nil {
		t.Fatalf("bash -n: %v\n%s", err, b)
	}
	cases := []struct {
		words   []string
		want    []string // all offered
		wantNot []string // none offered
		exactly bool
	}{
		{[]string{"nldump", "tr"}, []string{"trace"}, nil, true},
		{[]string{"nldump", "c"}, []string{"capture", "check", "completion"}, nil, true},
		{[]string{"nldump", "read", "--type", "RTM_NEWL"}, []string{"RTM_NEWLINK", "RTM_NEWLINKPROP"}, nil, true},
		{[]string{"nldump", "read", "--type", "=", "NFT_MSG_NEWR"}, []string{"NFT_MSG_NEWRULE"}, nil, true},
		{[]string{"nldump", "decode", "--format", "su"}, []string{"summary"}, nil, true},
		{[]string{"nldump", "decode", "-f", ""}, []string{"strace", "tree", "json", "summary", "hex", "go"}, nil, true},
		{[]string{"nldump", "check", "-f", ""}, []string{"text", "json"}, nil, true},
		{[]string{"nldump", "read", "-p", "gen"}, []string{"generic"}, nil, true},
		{[]string{"nldump", "trace", "--proto", "net"}, []string{"netfilter"}, nil, false},
		{[]string{"nldump", "read", "--family", "eth"}, []string{"ethtool"}, nil, true},
		{[]string{"nldump", "read", "--dir", ""}, []string{"to-kernel", "from-kernel", "to-user"}, nil, true},
		{[]string{"nldump", "--ty"}, []string{"--type"}, nil, true},
		{[]string{"nldump", "read", "--fo"}, []string{"--format"}, nil, true},
		{[]string{"nldump", "check", "--W"}, []string{"--Werror"}, nil, true},
		{[]string{"nldump", "trace", "--sec"}, []string{"--seccomp"}, nil, true},
		{[]string{"nldump", "read", "--sec"}, nil, []string{"--seccomp"}, false},
		{[]string{"nldump", "help", "fl"}, []string{"flags"}, nil, true},
		{[]string{"nldump", "completion", "z"}, []string{"zsh"}, nil, true},
		{[]string{"nldump", "trace", "-f", "bas"}, []string{"bash"}, nil, false}, // the command to run
		{[]string{"nldump", "trace", "--", "bas"}, []string{"bash"}, nil, false},
		{[]string{"nldump", "trace", "-f", "summary"}, nil, []string{"summary"}, false},
		{[]string{"nldump", "trace", "-s", "1", "--format", "tr"}, []string{"tree"}, nil, true},
	}
	for _, c := range cases {
		if c.want == nil && c.wantNot == nil {
			continue
		}
		got := bashComplete(t, script, c.words...)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: offers %q, not %s", c.words, got, w)
			}
		}
		for _, w := range c.wantNot {
			if slices.Contains(got, w) {
				t.Errorf("%q: offers %s", c.words, w)
			}
		}
		if c.exactly && len(got) != len(c.want) {
			t.Errorf("%q: offers %q, want %q", c.words, got, c.want)
		}
	}
}

// TestZshFishCompletion: the scripts parse where the shells are
// installed, and hold the commands, flags and names.
func TestZshFishCompletion(t *testing.T) {
	for _, sh := range []string{"zsh", "fish"} {
		out, errs, st := runCmd(t, nil, "completion", sh)
		if st != 0 || errs != "" {
			t.Fatalf("%s: exit status %d: %s", sh, st, errs)
		}
		for _, w := range []string{"trace", "--format", "RTM_NEWLINK", "NFT_MSG_NEWRULE", "summary", "generic", "ethtool", "--Werror", "to-kernel"} {
			if sh == "fish" && strings.HasPrefix(w, "--") {
				w = "-l " + w[2:]
			}
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %s", sh, w)
			}
		}
		if _, err := exec.LookPath(sh); err != nil {
			t.Logf("%s not installed: its script's syntax is not checked", sh)
			continue
		}
		script := filepath.Join(t.TempDir(), "nldump."+sh)
		os.WriteFile(script, []byte(out), 0o644)
		if b, err := exec.Command(sh, "-n", script).CombinedOutput(); err != nil {
			t.Errorf("%s -n: %v\n%s", sh, err, b)
		}
	}
	if _, errs, st := runCmd(t, nil, "completion", "bsah"); st != exitError || !strings.Contains(errs, "did you mean bash?") {
		t.Errorf("completion bsah: exit status %d, %q", st, errs)
	}
}

// TestManPage: the man page renders without a warning and holds every
// command's help and every flag.
func TestManPage(t *testing.T) {
	out, errs, st := runCmd(t, nil, "man")
	if st != 0 || errs != "" {
		t.Fatalf("exit status %d: %s", st, errs)
	}
	for _, c := range commands {
		if _, ok := helpTexts[c.name]; ok && !strings.Contains(out, ".SS "+c.name+"\n") {
			t.Errorf("no section for %s", c.name)
		}
	}
	for _, r := range flagRows {
		if !strings.Contains(out, roffText(r.flags)) {
			t.Errorf("no flag %s", r.flags)
		}
	}
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("groff not installed (apt-get install groff-base): the page is not rendered")
	}
	cmd := exec.Command(groff, "-man", "-Tutf8", "-ww")
	cmd.Stdin = strings.NewReader(out)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	text, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("groff: %v\n%s", err, stderr.String())
	}
	// what help says is on the page
	plain := strings.NewReplacer("\u2010", "-", "\u2212", "-").Replace(string(text))
	for _, w := range []string{"nldump decode [options] [FILE|-]...", "--type TYPE", "RTM_*ROUTE"} {
		if !strings.Contains(plain, w) {
			t.Errorf("rendered page lacks %q", w)
		}
	}
}

// TestFlagTable: the table of flags lists exactly the flags each command
// has, and the README shows the same table.
func TestFlagTable(t *testing.T) {
	for _, c := range commands {
		have := map[string]bool{}
		for _, f := range commandFlags(c.name) {
			have[f.Name] = true
		}
		table := tableFlags(c.name)
		for n := range have {
			if table[n] == nil {
				t.Errorf("%s has %s, which the table of flags does not list for it: add it to flagRows (cmd/nldump/flagtable.go), then put the output of nldump help flags in README.md", c.name, dashed(n))
			}
		}
		for n := range table {
			if !have[n] {
				t.Errorf("the table of flags gives %s %s, which it does not have", c.name, dashed(n))
			}
		}
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want := "    " + strings.ReplaceAll(strings.TrimSuffix(flagTable(), "\n"), "\n", "\n    ")
	want = strings.ReplaceAll(want, "    \n", "\n")
	if !strings.Contains(string(readme), want) {
		t.Errorf("README.md does not show nldump help flags; put its output there, indented by four spaces:\n%s", want)
	}
}

// TestTraceFlagHints: where trace's strace-like flags are used with the
// meaning they have elsewhere, the message says what to type.
func TestTraceFlagHints(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"-f", "summary"}, "in trace, -f follows forks; for the output format use --format summary (to run a command named summary, put -- before it)"},
		{[]string{"-s", "64", "-f", "json", "--", "ip", "link"}, "for the output format use --format json"},
		{[]string{"-f=tree", "ip"}, "for the output format use --format tree"},
		{[]string{"-p", "route"}, "in trace, -p attaches to a PID; for the protocol use --proto route"},
		{[]string{"-p=generic", "-w", "x.pcap"}, "for the protocol use --proto generic"},
		{[]string{"-p", "12x"}, `"12x" is not a process id`},
		{[]string{"-o", "json", "ip", "link"}, "in trace, -o writes the output to a file; for the output format use --format json"},
		{[]string{"--fromat", "json", "ip"}, "flag provided but not defined: -fromat; did you mean --format?"},
	}
	for _, c := range cases {
		_, errs, st := runCmd(t, nil, append([]string{"trace"}, c.args...)...)
		if st != exitError || !strings.Contains(errs, c.want) {
			t.Errorf("trace %q: exit status %d, %q; want 2 and %q", c.args, st, errs, c.want)
		}
	}
	// the value of a flag is not taken for a misuse
	for _, args := range [][]string{
		{"-w", "summary"}, {"-s", "10"},
	} {
		if msg := traceFlagMisuse(flagSetOf("trace"), args); msg != "" {
			t.Errorf("%q: %s", args, msg)
		}
	}
	if msg := traceFlagMisuse(flagSetOf("trace"), []string{"--", "-f", "json"}); msg != "" {
		t.Errorf("after --: %s", msg)
	}
	// other commands: -o is not theirs
	if _, errs, st := runCmd(t, nil, "read", "-o", "x", ipPcap); st != exitError || !strings.Contains(errs, "the output goes to stdout") {
		t.Errorf("read -o: %d %q", st, errs)
	}
}
