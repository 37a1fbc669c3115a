//go:build linux && cgo && (amd64 || arm64)

package cstart

// The constructor is in cstart.c; importing C builds it in.

import "C"

// Active: the constructor is built in, and has handled the helper's
// environment before Go started.
const Active = true
