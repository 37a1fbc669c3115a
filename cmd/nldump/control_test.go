package main

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"
)

// An interface named with an escape sequence never reaches the terminal
// raw, in any format, nor in diff or check.
func TestNoRawControlBytes(t *testing.T) {
	// RTM_NEWLINK for ifindex 200 named "\x1b[1mX", then a message about
	// ifindex 200 (so the learned name prints too)
	in := []byte("2c000000 10000000 01000000 00000000 00000000 c8000000 00000000 00000000 0a000300 1b5b316d 5800 0000\n\n" +
		"20000000 10000500 01000000 00000000 00000000 c8000000 01000000 01000000\n")
	for _, args := range [][]string{
		{"decode"},
		{"decode", "-f", "tree"}, {"decode", "-f", "json"}, {"decode", "-f", "summary"},
		{"decode", "-f", "hex"}, {"decode", "-f", "go"}, {"decode", "-X", "verbose"},
		{"decode", "--new-names"},
		{"check", "--pedantic", "-"},
	} {
		out, errs, _ := runCmd(t, in, args...)
		for _, s := range []string{out, errs} {
			for i := 0; i < len(s); i++ {
				if c := s[i]; (c < ' ' && c != '\n' && c != '\t') || c == 0x7f {
					t.Errorf("%v: raw byte %#x at %d: %q", args, c, i, s[max(0, i-20):min(len(s), i+20)])
					break
				}
			}
		}
	}
}

// newlinkNamed is an RTM_NEWLINK from the kernel for ifindex 200 with IFLA_IFNAME name,
// then an RTM_GETLINK about ifindex 200 (the learned name prints there),
// as a hex dump of two buffers.
func newlinkNamed(name string) []byte {
	attr := binary.LittleEndian.AppendUint16(nil, uint16(4+len(name)+1))
	attr = binary.LittleEndian.AppendUint16(attr, 3) // IFLA_IFNAME
	attr = append(attr, name...)
	attr = append(attr, 0)
	for len(attr)%4 != 0 {
		attr = append(attr, 0)
	}
	msg := func(typ, flags uint16, attrs []byte) []byte {
		b := binary.LittleEndian.AppendUint32(nil, uint32(32+len(attrs)))
		b = binary.LittleEndian.AppendUint16(b, typ)
		b = binary.LittleEndian.AppendUint16(b, flags)
		b = append(b, make([]byte, 8)...)
		b = append(b, 0, 0, 0, 0)                    // ifi_family, pad, ifi_type
		b = binary.LittleEndian.AppendUint32(b, 200) // ifi_index
		b = append(b, make([]byte, 8)...)            // ifi_flags, ifi_change
		return append(b, attrs...)
	}
	return []byte(hex.EncodeToString(msg(16, 0, attr)) + "\n\n" + hex.EncodeToString(msg(18, 1, nil)) + "\n")
}

// Names with C1 controls (U+009B, a CSI to xterm) and bidirectional
// overrides (U+202E) reach no output raw: JSON escapes them as \u, the
// other formats as strace escapes bytes.
func TestNoRawUnicodeControls(t *testing.T) {
	for _, name := range []string{"a\u009b1mX", "evil\u202egnp.exe", "x\u2066y\u2069", "a\u0085b"} {
		in := newlinkNamed(name)
		for _, args := range [][]string{
			{"decode"}, {"decode", "-f", "tree"}, {"decode", "-f", "json"}, {"decode", "-f", "summary"},
			{"decode", "-f", "go"}, {"decode", "-x"}, {"check", "--pedantic", "-f", "json", "-"},
		} {
			out, errs, _ := runCmd(t, in, args...)
			for _, s := range []string{out, errs} {
				for i, r := range s {
					if (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
						t.Errorf("%q %v: raw U+%04X at %d: %q", name, args, r, i, s[max(0, i-20):min(len(s), i+20)])
						break
					}
				}
			}
			if args[len(args)-1] == "json" {
				for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
					var v map[string]any
					if err := json.Unmarshal([]byte(l), &v); err != nil {
						t.Errorf("%q: JSON does not parse: %v: %s", name, err, l)
					}
				}
				if !strings.Contains(out, `\u`) {
					t.Errorf("%q: no \\u escape in JSON: %s", name, out)
				}
			}
		}
	}
}

// A name cannot forge summary fields: a value with a space or '=' is
// quoted.
func TestSummaryQuoting(t *testing.T) {
	out, errs, code := runCmd(t, newlinkNamed("t error=-EPERM for=RTM_NEWLINK"), "decode", "-f", "summary")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines:\n%s", out)
	}
	for _, l := range lines {
		// the fields: split at spaces outside quotes
		var keys []string
		quoted, start := false, 0
		for i := 0; i <= len(l); i++ {
			switch {
			case i < len(l) && l[i] == '\\':
				i++
			case i < len(l) && l[i] == '"':
				quoted = !quoted
			case i == len(l) || (l[i] == ' ' && !quoted):
				if k, _, ok := strings.Cut(l[start:i], "="); ok {
					keys = append(keys, k)
				}
				start = i + 1
			}
		}
		for _, k := range keys {
			if k == "error" || k == "for" {
				t.Errorf("forged field %s: %s", k, l)
			}
		}
	}
	if want := `ifname="t error=-EPERM for=RTM_NEWLINK"`; !strings.Contains(lines[0], want) {
		t.Errorf("want %s in %s", want, lines[0])
	}
	// an interface name is learned only when it fits IFNAMSIZ
	out, _, _ = runCmd(t, newlinkNamed("t error=-EPERM"), "decode", "-f", "summary")
	if want := `ifindex=200("t error=-EPERM")`; !strings.Contains(out, want) {
		t.Errorf("want %s in %s", want, out)
	}
	// a plain name stays bare
	out, _, _ = runCmd(t, newlinkNamed("veth0"), "decode", "-f", "summary")
	if !strings.Contains(out, " ifname=veth0") || !strings.Contains(out, "ifindex=200(veth0)") {
		t.Errorf("plain name quoted:\n%s", out)
	}
}
