package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/nldump/nldump/decode"
	"github.com/nldump/nldump/internal/testenv"
)

const seedHex = "../../testdata/seed.hex"

// TestUnknownNames: a name nldump does not know is an error that says what
// was meant, in every command that takes it; a name that can only be one
// is taken for it.
func TestUnknownNames(t *testing.T) {
	cases := []struct {
		args []string
		want string // in stderr; "" when the command must succeed
	}{
		{[]string{"--type", "RTM_NEWLNK"}, "--type RTM_NEWLNK: unknown message type; did you mean RTM_NEWLINK?"},
		{[]string{"--type", "rtm_newlnk"}, "did you mean RTM_NEWLINK?"},
		{[]string{"--type", "NEWLNK"}, "did you mean RTM_NEWLINK?"},
		{[]string{"--type", "RTM_GETRUOTE"}, "did you mean RTM_GETROUTE?"},
		{[]string{"--type", "NEW"}, "message types end in _NEW ("},
		{[]string{"--type", "XYZZY_FROB"}, "--type XYZZY_FROB: unknown message type (see nldump help filters"},
		{[]string{"--type", "RTM_*LNK"}, "--type RTM_*LNK: the wildcard matches no message type"},
		{[]string{"--type", "RTM_[NEW"}, "--type RTM_[NEW: syntax error in pattern"},
		{[]string{"--proto", "generic", "--type", "RTM_NEWLINK"}, "--type RTM_NEWLINK: not a message type of NETLINK_GENERIC"},
		{[]string{"--proto", "rout"}, `unknown netlink protocol "rout"; did you mean route?`},
		{[]string{"--proto", "netfiler"}, `did you mean netfilter?`},
		{[]string{"--proto", "bogus"}, `unknown netlink protocol "bogus" (try route`},
		{[]string{"--family", "ethtol"}, "--family ethtol: not a generic netlink family nldump knows; did you mean ethtool?"},
		{[]string{"--dev", "a/b"}, "--dev a/b: not an interface name"},
		{[]string{"--dir", "tokernel"}, "--dir tokernel: want to-kernel, from-kernel or to-user; did you mean to-kernel?"},
		{[]string{"--dev", "sixteen-bytes-xx"}, "longer than 15 bytes"},
		// accepted
		{[]string{"--type", "NEWLINK"}, ""},
		{[]string{"--type", "rtm_newlink,RTM_*ROUTE,16"}, ""},
		{[]string{"--type", "GETFAMILY"}, ""},
		{[]string{"--type", "nlctrl"}, ""},
		{[]string{"--family", "psample"}, ""},
		{[]string{"--family", "0x1a"}, ""},
	}
	for _, c := range cases {
		for _, cmd := range [][]string{{"decode"}, {"read"}, {"check"}, {"diff", seedHex}} {
			in := seedHex
			if cmd[0] == "read" {
				in = ipPcap
			}
			args := append(append(append([]string{}, cmd...), c.args...), in)
			_, errs, st := runCmd(t, nil, args...)
			if c.want == "" {
				if st == exitError {
					t.Errorf("%v: exit status %d: %s", args, st, errs)
				}
				continue
			}
			if st != exitError || !strings.Contains(errs, c.want) {
				t.Errorf("%v: exit status %d, stderr %q; want 2 and %q", args, st, errs, c.want)
			}
		}
	}
}

// TestTypeNewlinkIsRTM: --type NEWLINK selects what --type RTM_NEWLINK does.
func TestTypeNewlinkIsRTM(t *testing.T) {
	a, _, _ := runCmd(t, nil, "read", "-f", "summary", "--type", "NEWLINK", ipPcap)
	b, _, _ := runCmd(t, nil, "read", "-f", "summary", "--type", "RTM_NEWLINK", ipPcap)
	if a != b || !strings.Contains(a, "RTM_NEWLINK") {
		t.Errorf("--type NEWLINK gives\n%s\n--type RTM_NEWLINK\n%s", a, b)
	}
}

// TestNoMatchNote: a filter that lets nothing through says so on stderr,
// in every command; one that matches says nothing.
func TestNoMatchNote(t *testing.T) {
	cases := []struct {
		args []string
		note string
	}{
		{[]string{"decode", "--type", "RTM_DELLINK", seedHex}, "nldump: no message matched --type RTM_DELLINK (1 message read)\n"},
		{[]string{"read", "--dev", "nosuch", ipPcap}, "nldump: no message matched --dev nosuch (91 messages read)\n"},
		{[]string{"capture", "-r", ipPcap, "--seq", "1", "--dir", "in"}, "nldump: no message matched --seq 1 --dir in (91 messages read)\n"},
		{[]string{"read", "-c", "3", "--family", "psample", ipPcap}, "nldump: no message matched --family psample (91 messages read)\n"},
		{[]string{"check", "--pid", "7", seedHex}, "nldump: no message matched --pid 7 (1 message read)\n"},
		{[]string{"diff", "--seq", "2", seedHex, seedHex}, "nldump: no message matched --seq 2 (2 messages read)\n"},
	}
	for _, c := range cases {
		_, errs, st := runCmd(t, nil, c.args...)
		if st == exitError || !strings.HasSuffix(errs, c.note) {
			t.Errorf("%v: exit status %d, stderr %q; want it to end in %q", c.args, st, errs, c.note)
		}
	}
	for _, args := range [][]string{
		{"decode", "--type", "RTM_NEWLINK", seedHex},
		{"read", "--dev", "v0", ipPcap},
		{"decode", seedHex},
	} {
		if _, errs, st := runCmd(t, nil, args...); st != 0 || strings.Contains(errs, "no message matched") {
			t.Errorf("%v: exit status %d, stderr %q", args, st, errs)
		}
	}
	// trace: ip link show reads links, and deletes none
	if _, err := exec.LookPath("ip"); err == nil && runtime.GOOS == "linux" && (runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64") {
		_, errs, st := runCmd(t, nil, "trace", "--type", "RTM_DELLINK", "--", "sh", "-c", "ip link show >/dev/null")
		if st != 0 || !regexp.MustCompile(`nldump: no message matched --type RTM_DELLINK \([1-9][0-9]* messages read\)\n$`).MatchString(errs) {
			t.Errorf("trace: exit status %d, stderr %q", st, errs)
		}
	}
	// a command that could not read its input says only that
	if _, errs, _ := runCmd(t, nil, "read", "--type", "RTM_NEWLINK", "nosuch.pcap"); strings.Contains(errs, "no message matched") {
		t.Errorf("missing file: %q", errs)
	}
}

func TestSuggest(t *testing.T) {
	cases := []struct {
		s     string
		names []string
		want  string
	}{
		{"RTM_NEWLNK", []string{"RTM_NEWLINK", "RTM_DELLINK", "RTM_NEWADDR"}, "RTM_NEWLINK"},
		{"RTM_NEWLIKN", []string{"RTM_NEWLINK", "RTM_DELLINK"}, "RTM_NEWLINK"}, // a swap is one edit
		{"sumary", []string{"strace", "summary", "tree"}, "summary"},
		{"trcae", []string{"trace", "read", "decode"}, "trace"},
		{"zzzzzz", []string{"trace", "read"}, ""},
		{"ab", []string{"abc"}, ""}, // short words are not guessed at
	}
	for _, c := range cases {
		if got := strings.Join(suggest(c.s, c.names), ","); got != c.want {
			t.Errorf("suggest(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	if d := editDistance("kitten", "sitting"); d != 3 {
		t.Errorf("editDistance(kitten, sitting) = %d, want 3", d)
	}
	if _, errs, st := runCmd(t, nil, "help", "fomrats"); st != exitError || !strings.Contains(errs, `no help on "fomrats"; did you mean formats?`) {
		t.Errorf("help fomrats: exit status %d, %q", st, errs)
	}
	_, errs, st := runCmd(t, nil, "trcae")
	if st != exitError || !strings.Contains(errs, `unknown command "trcae"; did you mean trace?`) {
		t.Errorf("exit status %d, %q", st, errs)
	}
}

// TestTypeNamesParse: every name the type filter knows is taken as it is,
// and every protocol name ProtoNames gives reads back.
func TestTypeNamesParse(t *testing.T) {
	known, all := typeNames()
	if len(all) < 500 || known["RTM_NEWLINK"] == "" || known["NFT_MSG_NEWRULE"] == "" || known["CTRL_CMD_GETFAMILY"] == "" || known["IFLA_MTU"] != "" {
		t.Fatalf("%d type names, RTM_NEWLINK %q", len(all), known["RTM_NEWLINK"])
	}
	for _, n := range all {
		if g, err := typeGlob(n, -1); err != nil || g != strings.ToUpper(n) {
			t.Errorf("%s: %q, %v", n, g, err)
		}
	}
	for _, p := range decode.ProtoNames() {
		if _, ok := decode.ParseProto(p); !ok {
			t.Errorf("ProtoNames gives %q, which ParseProto does not read", p)
		}
	}
}

func TestVersionText(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/nldump/nldump", Version: "v0.3.1"}}
	if got := versionText(bi, ""); !strings.HasPrefix(got, "nldump v0.3.1\nbuilt with go1.26.8 for ") {
		t.Errorf("tagged: %q", got)
	}
	bi.Main.Version = "(devel)"
	bi.Settings = []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
		{Key: "vcs.time", Value: "2026-12-01T10:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	want := "nldump devel-0123456789ab+dirty\nrevision 0123456789abcdef0123456789abcdef01234567 (2026-12-01T10:00:00Z), modified (uncommitted changes)\nbuilt with go1.26.8 for "
	if got := versionText(bi, ""); !strings.HasPrefix(got, want) {
		t.Errorf("from a checkout:\n%s\nwant\n%s", got, want)
	}
	if got := versionText(&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, ""); !strings.HasPrefix(got, "nldump devel\nbuilt with go") {
		t.Errorf("nothing known: %q", got)
	}
	if got := versionText(bi, "v9.9.9"); !strings.HasPrefix(got, "nldump v9.9.9\nrevision 0123") {
		t.Errorf("-X main.version: %q", got)
	}
	// the three spellings
	var outs []string
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}} {
		out, errs, st := runCmd(t, nil, args...)
		if st != 0 || errs != "" || !strings.HasPrefix(out, "nldump ") {
			t.Errorf("%v: exit status %d, %q, %q", args, st, out, errs)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] || outs[1] != outs[2] {
		t.Errorf("the spellings differ: %q", outs)
	}
}

// TestVersionBinary: a binary built from a clone names its commit. (Go
// stamps nothing in a linked git worktree, golang.org/issue/58218: the
// test builds from a clone of HEAD.)
func TestVersionBinary(t *testing.T) {
	testenv.SkipUnlessSlow(t)
	top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skipf("not in a git checkout: %v", err)
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatal(err)
	}
	rev := strings.TrimSpace(string(head))
	dir := filepath.Join(t.TempDir(), "clone")
	for _, args := range [][]string{
		{"clone", "-q", "--shared", "--no-checkout", strings.TrimSpace(string(top)), dir},
		{"-C", dir, "sparse-checkout", "set", "cmd", "decode", "capture", "internal"},
		{"-C", dir, "checkout", "-q", rev},
	} {
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	bin := filepath.Join(t.TempDir(), "nldump")
	build := exec.Command("go", "build", "-buildvcs=true", "-trimpath", "-pgo=off", "-o", bin, "./cmd/nldump")
	build.Dir = dir
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(out), "\n")
	// a pseudo-version made of the commit's time and revision
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "nldump v") || !strings.HasSuffix(lines[0], rev[:12]) ||
		!strings.HasPrefix(lines[1], "revision "+rev+" (") || strings.Contains(string(out), "modified") {
		t.Errorf("nldump --version of a clean clone at %s:\n%s", rev, out)
	}
}

// TestEmptyInput: an input without a single buffer is an error, in every
// command that reads hex dumps, and not taken for an empty side of diff.
func TestEmptyInput(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.hex")
	if err := os.WriteFile(empty, []byte("# only a comment\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"decode", empty},
		{"decode", seedHex, empty},
		{"check", empty},
		{"diff", empty, ipPcap},
		{"diff", seedHex, empty},
	} {
		_, errs, st := runCmd(t, nil, args...)
		if st != exitError || !strings.Contains(errs, "empty.hex: no netlink buffer in it") {
			t.Errorf("%v: exit status %d, %q", args, st, errs)
		}
	}
	if _, errs, st := runCmd(t, nil, "decode"); st != exitError || !strings.Contains(errs, "<stdin>: no netlink buffer in it") {
		t.Errorf("empty stdin: exit status %d, %q", st, errs)
	}
}

// TestReadmeGoVersion: the README asks for the Go version go.mod requires.
func TestReadmeGoVersion(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("no go line in go.mod")
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Go " + string(m[1]) + " or newer"; !strings.Contains(string(readme), want) {
		t.Errorf("README.md does not say %q (go.mod's go line)", want)
	}
	if !strings.Contains(string(readme), "go install github.com/nldump/nldump/cmd/nldump@latest") {
		t.Error("README.md has no go install line")
	}
}
