package main

import "strings"

// dropComments removes the "# " comment lines the strace format adds
// after error answers.
func dropComments(s string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(l, "# ") {
			b.WriteString(l)
		}
	}
	return b.String()
}
