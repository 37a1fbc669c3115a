package main

import (
	"runtime"
	"time"
)

// Reading a regular file, the pipeline of ahead.go can run on every core
// or on one. Each batch handed from core to core costs: its trees and
// text move from one core's cache to the other's, and a sleeping thread
// is woken. On some machines (virtual ones with two cores, where the
// same frames cost twice the CPU time on two threads) that costs more
// than the second core gives; on others the cores win. The governor
// measures instead of guessing: it runs the pipeline a while on one core,
// a while on all of them, keeps the faster, and measures again now and
// then, since a machine's load changes. On one core, fewer batches go
// round (oneCoreDepth): the frames in flight then stay in the cache, and
// fewer slots grow to the largest frame (each a first touch of fresh
// memory).

// oneCoreDepth is how many batches go round when the pipeline runs on
// one core: one being decoded, one being formatted and written.
const oneCoreDepth = 2

// Timings of the governor, variables for the tests.
var (
	// govWarm is the first stretch of a file, on one core, not measured:
	// the slots grow to the frames' size (fresh memory, page faults).
	govWarm = 20 * time.Millisecond
	// govSettle starts each measured stretch after a change of mode:
	// the batches decoded in the other mode go through first.
	govSettle = 3 * time.Millisecond
	// govWindow is how long a mode is measured.
	govWindow = 10 * time.Millisecond
	// govKeep is how long the faster mode runs before both are measured
	// again. A close call that picks a new mode (the first stretch on
	// all cores grows fresh slots, which may make it look slower than it
	// is) is measured again after govFirstKeep; each measure that
	// confirms the mode doubles the time, up to govKeep; a mode twice as
	// fast as the other runs govKeep at once.
	govFirstKeep = 100 * time.Millisecond
	govKeep      = 400 * time.Millisecond
)

// govMargin is how much faster all cores must be to be chosen: one core
// costs less CPU time and leaves the others to the rest of the machine.
const govMargin = 1.05

type govPhase uint8

const (
	govWarming govPhase = iota // on one core, not measured
	govProbe                   // measuring the mode set, to compare with the other's rate
	govRun                     // running the faster mode, measuring it in its last window
	govFixed                   // one core only: nothing to choose
)

// governor picks how many cores the pipeline runs on. Its methods are
// called by the decoding goroutine only.
type governor struct {
	procs int // GOMAXPROCS when reading began, > 1
	all   bool
	phase govPhase
	// the stretch of time under way: it began at since; what came before
	// from is not measured
	since, from time.Time
	until       time.Duration // the stretch's length from since
	bytes       int64         // input measured since from
	counting    bool          // from is past: bytes counts
	rate        [2]float64    // bytes per second last measured: one core, all
	probes      int           // measurements made in this round of comparison
	keep        time.Duration // how long the mode chosen runs
	chosen      bool          // the mode chosen last: all cores
	now         func() time.Time
	setProcs    func(int) int
}

// newGovernor returns a governor. The pipeline starts on one core.
func newGovernor() *governor {
	return startGovernor(runtime.GOMAXPROCS(0), time.Now, runtime.GOMAXPROCS)
}

// startGovernor returns a governor of procs cores that reads the time
// with now and sets the cores with setProcs.
func startGovernor(procs int, now func() time.Time, setProcs func(int) int) *governor {
	g := &governor{procs: procs, now: now, setProcs: setProcs}
	if procs <= 1 {
		// nothing to choose
		g.phase = govFixed
		return g
	}
	g.set(false)
	t := g.now()
	g.since, g.from, g.until = t, t.Add(govWarm), govWarm
	return g
}

// depth returns how many batches go round in the current mode.
func (g *governor) depth() int {
	if g == nil || g.all {
		return aheadDepth
	}
	return oneCoreDepth
}

func (g *governor) set(all bool) {
	g.all = all
	if all {
		g.setProcs(g.procs)
	} else {
		g.setProcs(1)
	}
}

// done tells the governor that a batch of n input bytes went into the
// pipeline; it may change the mode.
func (g *governor) done(n int) {
	if g == nil || g.phase == govFixed {
		return
	}
	t := g.now()
	switch {
	case g.counting:
		g.bytes += int64(n)
	case !t.Before(g.from):
		// measured from the end of this batch on
		g.counting, g.from = true, t
	}
	if t.Sub(g.since) < g.until {
		return
	}
	mode := 0
	if g.all {
		mode = 1
	}
	g.counting = false
	if g.phase != govWarming {
		if d := t.Sub(g.from).Seconds(); d > 0 {
			g.rate[mode] = float64(g.bytes) / d
		}
		g.probes++
	}
	switch {
	case g.phase == govWarming:
		// measure one core first, then all
		g.phase, g.probes = govProbe, 0
		g.window(t, false)
	case g.probes < 2:
		// one mode measured: the other now
		g.phase = govProbe
		g.window(t, !g.all)
	default:
		// both measured: keep the faster; measure it again at the end
		// of its run, then the other
		all := g.rate[1] > g.rate[0]*govMargin
		switch {
		case max(g.rate[0], g.rate[1]) >= 2*min(g.rate[0], g.rate[1]):
			g.keep = govKeep
		case g.keep == 0 || all != g.chosen:
			g.keep = govFirstKeep
		default:
			g.keep = min(2*g.keep, govKeep)
		}
		g.phase, g.probes, g.chosen = govRun, 0, all
		if all != g.all {
			g.set(all)
		}
		g.since, g.from, g.until, g.bytes = t, t.Add(g.keep-govWindow), g.keep, 0
	}
}

// window starts measuring a mode.
func (g *governor) window(t time.Time, all bool) {
	settle := time.Duration(0)
	if all != g.all {
		g.set(all)
		settle = govSettle
	}
	g.since, g.from, g.until, g.bytes = t, t.Add(settle), settle+govWindow, 0
}

// stop gives the process back the cores it had.
func (g *governor) stop() {
	if g != nil && g.phase != govFixed && !g.all {
		g.setProcs(g.procs)
	}
}
