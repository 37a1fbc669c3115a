package capture

import (
	"errors"
	"io/fs"
	"os"
)

// OutFile is an output file that destroys nothing before it is committed.
// CreateOutFile opens it at once, so that a path that cannot be written
// fails before a capture starts, but neither truncates nor writes it:
// what is written before Commit waits in memory. Commit (the capture has
// started, a first packet came) empties the file and writes what waited;
// Close without Commit leaves an existing file as it was and removes one
// CreateOutFile made. The file keeps its inode, owner, mode and links:
// nothing is renamed.
type OutFile struct {
	f         *os.File
	name      string
	created   bool // CreateOutFile made the file
	committed bool
	pending   []byte
	written   int64 // bytes the file took since Commit
}

// CreateOutFile opens name for writing without changing it.
func CreateOutFile(name string) (*OutFile, error) {
	o := &OutFile{name: name}
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		o.created = err == nil
	}
	if err != nil {
		return nil, err
	}
	o.f = f
	return o, nil
}

// Name returns the file's name.
func (o *OutFile) Name() string { return o.name }

// Committed reports whether the file has been emptied and written to.
func (o *OutFile) Committed() bool { return o.committed }

// Written returns the number of bytes the file took since Commit.
func (o *OutFile) Written() int64 { return o.written }

// Commit empties the file (a regular one: pipes and devices have nothing
// to empty) and writes what waited. It does nothing the second time.
func (o *OutFile) Commit() error {
	if o.committed {
		return nil
	}
	o.committed = true
	if st, err := o.f.Stat(); err == nil && st.Mode().IsRegular() {
		if err := o.f.Truncate(0); err != nil {
			return err
		}
	}
	p := o.pending
	o.pending = nil
	_, err := o.Write(p)
	return err
}

// Write writes b to the file once committed; before, b waits in memory.
func (o *OutFile) Write(b []byte) (int, error) {
	if !o.committed {
		o.pending = append(o.pending, b...)
		return len(b), nil
	}
	n, err := o.f.Write(b)
	o.written += int64(n)
	return n, err
}

// Close closes the file. Uncommitted, it drops what waited, and removes
// the file when CreateOutFile made it.
func (o *OutFile) Close() error {
	err := o.f.Close()
	if !o.committed && o.created {
		os.Remove(o.name)
	}
	return err
}
