// Command vmrun runs a shell script in the nldump test VM (see
// internal/vmtest) and copies the files it leaves in /out to a directory.
//
//	go run ./internal/cmd/vmrun -prog /usr/sbin/ip -prog /usr/bin/strace \
//		-file /usr/bin/nldump=./nldump -mod nlmon -out /tmp/vmout script.sh
//
// The script's console output goes to stderr; vmrun exits with the
// script's status.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nldump/nldump/internal/vmtest"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	var progs, files, mods list
	flag.Var(&progs, "prog", "host program to include with its libraries (repeatable)")
	flag.Var(&files, "file", "GUEST=HOST: a host file to include at GUEST (repeatable)")
	flag.Var(&mods, "mod", "kernel module to load (repeatable)")
	out := flag.String("out", "vmout", "directory for the files the script leaves in /out")
	mem := flag.Int("m", 1024, "memory in MiB")
	cpus := flag.Int("smp", 2, "CPUs")
	timeout := flag.Duration("timeout", 10*time.Minute, "time limit")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: vmrun [flags] SCRIPT")
		os.Exit(2)
	}
	script, err := os.ReadFile(flag.Arg(0))
	check(err)
	if m := vmtest.Missing(); m != "" {
		check(fmt.Errorf("%s", m))
	}
	k, err := vmtest.FindKernel(vmtest.CacheDir(), func(msg string) { fmt.Fprintln(os.Stderr, "vmrun: "+msg) })
	check(err)
	vm := &vmtest.VM{
		Kernel: k, Modules: mods, Programs: progs, Script: string(script),
		MemoryMB: *mem, CPUs: *cpus, Timeout: *timeout, Console: os.Stderr,
		Files: map[string][]byte{},
	}
	for _, f := range files {
		g, h, ok := strings.Cut(f, "=")
		if !ok {
			check(fmt.Errorf("-file %s: want GUEST=HOST", f))
		}
		b, err := os.ReadFile(h)
		check(err)
		vm.Files[g] = b
	}
	res, err := vm.Run(context.Background())
	check(err)
	for name, b := range res.Files {
		p := filepath.Join(*out, name)
		check(os.MkdirAll(filepath.Dir(p), 0o755))
		check(os.WriteFile(p, b, 0o644))
	}
	fmt.Fprintf(os.Stderr, "vmrun: %d files in %s, %.1fs\n", len(res.Files), *out, res.Elapsed.Seconds())
	os.Exit(res.Exit)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "vmrun:", err)
		os.Exit(2)
	}
}
