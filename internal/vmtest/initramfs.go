package vmtest

import (
	"debug/elf"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Initramfs is the root file system of a VM, built in memory and written
// as a newc cpio archive (uncompressed: the kernel unpacks it as is).
type Initramfs struct {
	entries map[string]*entry
}

type entry struct {
	mode   uint32 // with the file type bits
	data   []byte // file contents
	source string // host file to read at write time, when data is nil
}

const (
	sIFDIR = 0o040000
	sIFREG = 0o100000
)

// NewInitramfs returns an empty archive.
func NewInitramfs() *Initramfs {
	return &Initramfs{entries: map[string]*entry{}}
}

func clean(p string) string {
	return strings.TrimPrefix(path.Clean("/"+p), "/")
}

func (a *Initramfs) mkdirs(p string) {
	for d := path.Dir(p); d != "." && d != "/" && d != ""; d = path.Dir(d) {
		if _, ok := a.entries[d]; !ok {
			a.entries[d] = &entry{mode: sIFDIR | 0o755}
		}
	}
}

// AddDir adds an empty directory.
func (a *Initramfs) AddDir(p string) {
	p = clean(p)
	a.mkdirs(p + "/x")
}

// AddFile adds a file with the given contents.
func (a *Initramfs) AddFile(p string, data []byte, perm fs.FileMode) {
	p = clean(p)
	a.mkdirs(p)
	a.entries[p] = &entry{mode: sIFREG | uint32(perm.Perm()), data: data}
}

// AddHostFile adds a host file (symlinks followed) at guestPath.
func (a *Initramfs) AddHostFile(guestPath, hostPath string) error {
	st, err := os.Stat(hostPath)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", hostPath)
	}
	p := clean(guestPath)
	a.mkdirs(p)
	a.entries[p] = &entry{mode: sIFREG | uint32(st.Mode().Perm()), source: hostPath}
	return nil
}

// libDirs are where the dynamic loader of a Debian amd64 host looks.
var libDirs = []string{
	"/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
	"/lib64", "/usr/lib64", "/lib", "/usr/lib",
}

// AddProgram adds a host program at the same path in the guest, with its
// ELF interpreter and every shared library it needs (transitively), each
// at the path the host's loader finds it.
func (a *Initramfs) AddProgram(hostPath string) error {
	if err := a.AddHostFile(hostPath, hostPath); err != nil {
		return err
	}
	seen := map[string]bool{}
	return a.addLibs(hostPath, seen)
}

func (a *Initramfs) addLibs(file string, seen map[string]bool) error {
	f, err := elf.Open(file)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type != elf.PT_INTERP {
			continue
		}
		b, err := io.ReadAll(p.Open())
		if err != nil {
			return err
		}
		interp := strings.TrimRight(string(b), "\x00")
		if !seen[interp] {
			seen[interp] = true
			if err := a.AddHostFile(interp, interp); err != nil {
				return err
			}
		}
	}
	needed, err := f.ImportedLibraries()
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	for _, lib := range needed {
		if seen[lib] {
			continue
		}
		seen[lib] = true
		found := ""
		for _, d := range libDirs {
			p := filepath.Join(d, lib)
			if _, err := os.Stat(p); err == nil {
				found = p
				break
			}
		}
		if found == "" {
			return fmt.Errorf("%s: shared library %s not found in %s", file, lib, strings.Join(libDirs, ", "))
		}
		if err := a.AddHostFile(found, found); err != nil {
			return err
		}
		if err := a.addLibs(found, seen); err != nil {
			return err
		}
	}
	return nil
}

// WriteTo writes the archive in the newc cpio format.
func (a *Initramfs) WriteTo(w io.Writer) (int64, error) {
	names := make([]string, 0, len(a.entries))
	for n := range a.entries {
		names = append(names, n)
	}
	// parents before children
	sort.Strings(names)
	cw := &countWriter{w: w}
	ino := uint32(1)
	for _, n := range names {
		e := a.entries[n]
		data := e.data
		if data == nil && e.source != "" {
			b, err := os.ReadFile(e.source)
			if err != nil {
				return cw.n, err
			}
			data = b
		}
		nlink := uint32(1)
		if e.mode&sIFDIR != 0 {
			nlink = 2
		}
		if err := writeCpio(cw, ino, e.mode, nlink, n, data); err != nil {
			return cw.n, err
		}
		ino++
	}
	err := writeCpio(cw, 0, 0, 1, "TRAILER!!!", nil)
	return cw.n, err
}

func writeCpio(w io.Writer, ino, mode, nlink uint32, name string, data []byte) error {
	hdr := fmt.Sprintf("070701%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x",
		ino, mode, 0, 0, nlink, 0, len(data), 0, 0, 0, 0, len(name)+1, 0)
	buf := make([]byte, 0, len(hdr)+len(name)+8)
	buf = append(buf, hdr...)
	buf = append(buf, name...)
	buf = append(buf, 0)
	for len(buf)%4 != 0 {
		buf = append(buf, 0)
	}
	if _, err := w.Write(buf); err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	if pad := (4 - len(data)%4) % 4; pad > 0 {
		_, err := w.Write(make([]byte, pad))
		return err
	}
	return nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}
