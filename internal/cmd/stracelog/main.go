// Command stracelog prints the netlink buffers of an strace log (made with
// -e write=all -e read=all) as JSON lines: proto, dir, hex, strace.
//
//	go run ./internal/cmd/stracelog LOG [LABEL] > records.jsonl
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/nldump/nldump/internal/stracelog"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: stracelog LOG [LABEL]")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	label := ""
	if len(os.Args) > 2 {
		label = os.Args[2]
	}
	recs, err := stracelog.Parse(f, label)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		enc.Encode(r)
	}
}
