package main

import "testing"

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
