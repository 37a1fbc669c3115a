//go:build !(linux && (amd64 || arm64))

package capture

// Run reports that tracing is not available here.
func (t *Tracer) Run(fn func(*Frame) error) (*TraceExit, error) {
	return nil, ErrTraceUnsupported
}

func (t *Tracer) wakeRun() {}

type tracerSys struct{}
