// Package cstart starts a traced command before the Go runtime starts,
// where nldump is built with cgo: a C constructor does what package
// traceexec's init function does (it is the same helper protocol), so
// that the helper costs the command its C library's start and no more:
// no Go heap, no runtime threads, no address space of a Go process to
// tear down at the exec. Built without cgo, traceexec does it.
package cstart
