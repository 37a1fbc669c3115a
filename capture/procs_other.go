//go:build !linux

package capture

import (
	"errors"
	"time"
)

// ProcResolver names the processes behind netlink port ids; only Linux
// has them.
type ProcResolver struct{ Dumps, Scans int }

// NewProcResolver fails: only Linux has netlink.
func NewProcResolver() (*ProcResolver, error) {
	return nil, errors.New("resolving netlink port ids needs Linux")
}

func (r *ProcResolver) Close() error                                          { return nil }
func (r *ProcResolver) Own(fr *Frame) bool                                    { return false }
func (r *ProcResolver) Resolve(proto int, port uint32) Process                { return Process{} }
func (r *ProcResolver) ResolveAt(proto int, port uint32, t time.Time) Process { return Process{} }

// TaskProcess knows nothing without Linux's /proc.
func TaskProcess(tid int) Process { return Process{PID: tid} }
