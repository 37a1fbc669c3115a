package main

import "fmt"

func notYet(e *env, name string) int {
	fmt.Fprintf(e.stderr, "nldump %s: not built yet\n", name)
	return exitError
}

func runDiff(e *env, args []string) int  { return notYet(e, "diff") }
func runCheck(e *env, args []string) int { return notYet(e, "check") }
