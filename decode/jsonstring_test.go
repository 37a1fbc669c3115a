package decode

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// AppendJSONString gives JSON that reads back as the string, with every
// control character, C1 control, bidi override or isolate and line
// separator escaped; runs of plain bytes between them are copied whole.
func TestAppendJSONString(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "plain text ", `"`, `\`, "\n", "\r", "\t", "\x00", "\x1f", "\x7f",
		"\u0085", "\u009b", "\u2028", "\u2029", "\u202e", "\u2066", "\u2069", "é", "€", "\U0001F600", "\xff"}
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		out := AppendJSONString([]byte("x"), s)
		if out[0] != 'x' || !json.Valid(out[1:]) {
			t.Fatalf("%q: invalid JSON %q", s, out)
		}
		var back string
		if err := json.Unmarshal(out[1:], &back); err != nil {
			t.Fatal(err)
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); back != want && !strings.Contains(s, "\xff") {
			t.Fatalf("%q reads back as %q", s, back)
		}
		for _, r := range []string{"\u0085", "\u009b", "\u2028", "\u2029", "\u202e", "\u2066", "\u2069", "\x00", "\x7f", "\n"} {
			if bytes.Contains(out, []byte(r)) {
				t.Fatalf("%q: %q left raw in %q", s, r, out)
			}
		}
	}
}
