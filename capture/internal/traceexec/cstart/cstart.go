//go:build linux && cgo && (amd64 || arm64)

package cstart

// The constructor is in cstart.c; importing C builds it in.

import "C"
