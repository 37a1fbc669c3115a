//go:build !linux

package capture

// OpenProbe fails: only Linux has the BPF probe.
func OpenProbe(netns uint64, bufSize int) (*Probe, error) { return nil, errBpfNotLinux }
