package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/nldump/nldump/decode"
)

// editDistance is the number of single-letter insertions, deletions,
// substitutions and swaps of neighbours that turn a into b (optimal string
// alignment), compared without case.
func editDistance(a, b string) int {
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	// three rows: the one before the previous, the previous, this one
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// closeEnough is the largest edit distance at which a name of n letters
// is taken for a typo of another.
func closeEnough(n int) int {
	switch {
	case n <= 2:
		return 0
	case n <= 6:
		return 1
	case n <= 12:
		return 2
	}
	return 3
}

// suggest returns the names closest to s (at most three, all at the same
// distance), or none when nothing is close. Besides the whole names, the
// parts after an underscore are compared too, so that NEWLNK finds
// RTM_NEWLINK.
func suggest(s string, names []string) []string {
	best, limit := -1, closeEnough(len(s))
	var out []string
	for _, n := range names {
		d := editDistance(s, n)
		for i := 0; i < len(n); i++ {
			if n[i] == '_' && i+1 < len(n) {
				d = min(d, editDistance(s, n[i+1:]))
			}
		}
		if d > limit || (best >= 0 && d > best) {
			continue
		}
		if d < best || best < 0 {
			best, out = d, out[:0]
		}
		if len(out) < 3 && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// didYouMean is "did you mean A?", "did you mean A or B?", or "" when no
// name is close to s.
func didYouMean(s string, names []string) string {
	c := suggest(s, names)
	if len(c) == 0 {
		return ""
	}
	return "did you mean " + orList(c) + "?"
}

// orList joins names as "A", "A or B", "A, B or C".
func orList(l []string) string {
	if len(l) <= 1 {
		return strings.Join(l, "")
	}
	return strings.Join(l[:len(l)-1], ", ") + " or " + l[len(l)-1]
}

// typeNames are the message type names of every protocol, upper-cased as
// the type filter compares them, with their spelling.
var typeNames = sync.OnceValues(func() (map[string]string, []string) {
	all := decode.MessageTypeNames(-1)
	m := make(map[string]string, len(all))
	for _, n := range all {
		m[strings.ToUpper(n)] = n
	}
	return m, all
})

// unknownProtoError says that s names no netlink protocol, and which one
// it may be a typo of.
func unknownProtoError(s string) error {
	if hint := didYouMean(strings.TrimPrefix(strings.ToLower(s), "netlink_"), decode.ProtoNames()); hint != "" {
		return fmt.Errorf("unknown netlink protocol %q; %s", s, hint)
	}
	return fmt.Errorf("unknown netlink protocol %q (try route, generic, netfilter, sock_diag, xfrm, audit, or a number)", s)
}
