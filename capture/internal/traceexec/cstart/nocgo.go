//go:build !(linux && cgo && (amd64 || arm64))

package cstart

// Active: the constructor is built in, and has handled the helper's
// environment before Go started.
const Active = false
