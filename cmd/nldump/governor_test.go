package main

import (
	"encoding/binary"
	"runtime"
	"testing"
	"time"
)

// feedGovernor feeds a governor batches of 64 KiB for d of simulated time, at
// rate bytes per second on one core and all bytes per second on all of
// them; it returns the time spent on all cores.
func feedGovernor(t *testing.T, g *governor, clock *time.Time, d time.Duration, one, all float64) time.Duration {
	t.Helper()
	const n = 64 << 10
	var onAll time.Duration
	end := clock.Add(d)
	for clock.Before(end) {
		r := one
		if g.all {
			r = all
		}
		step := time.Duration(float64(n) / r * float64(time.Second))
		*clock = clock.Add(step)
		if g.all {
			onAll += step
		}
		g.done(n)
	}
	return onAll
}

// checkMode feeds g for 1s more and checks that it ran on all cores
// (all) or on one most of that time: the probes of the other mode take
// little of it.
func checkMode(t *testing.T, g *governor, clock *time.Time, one, all float64, wantAll bool) {
	t.Helper()
	onAll := feedGovernor(t, g, clock, time.Second, one, all)
	if wantAll && onAll < time.Second*9/10 || !wantAll && onAll > time.Second/10 {
		t.Errorf("%v of 1s on all cores; want all cores: %v", onAll, wantAll)
	}
}

func TestGovernorPicksFaster(t *testing.T) {
	for _, tc := range []struct {
		name     string
		one, all float64 // MB/s
		wantAll  bool
	}{
		{"all cores lose", 140, 85, false},
		{"all cores win", 100, 180, true},
		{"all cores win too little", 100, 103, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := time.Unix(1e9, 0)
			procs := 0
			g := startGovernor(4, func() time.Time { return clock }, func(n int) int { procs = n; return 0 })
			if g.all || procs != 1 || g.depth() != oneCoreDepth {
				t.Fatalf("start: all %v, procs %d, depth %d; want one core, depth %d", g.all, procs, g.depth(), oneCoreDepth)
			}
			// the choice is made within the first 100ms
			feedGovernor(t, g, &clock, 100*time.Millisecond, tc.one*1e6, tc.all*1e6)
			if g.all != tc.wantAll || g.phase != govRun {
				t.Errorf("after 100ms: on all cores %v, phase %d; want %v, %d", g.all, g.phase, tc.wantAll, govRun)
			}
			if want, depth := 1, oneCoreDepth; tc.wantAll {
				if want, depth = 4, aheadDepth; procs != want || g.depth() != depth {
					t.Errorf("procs %d, depth %d; want %d, %d", procs, g.depth(), want, depth)
				}
			}
			checkMode(t, g, &clock, tc.one*1e6, tc.all*1e6, tc.wantAll)
			checkMode(t, g, &clock, tc.one*1e6, tc.all*1e6, tc.wantAll)
			g.stop()
			if procs != 4 {
				t.Errorf("after stop: procs %d, want 4", procs)
			}
		})
	}
}

// The governor measures again: when the machine changes, the mode follows.
func TestGovernorFollowsChange(t *testing.T) {
	clock := time.Unix(1e9, 0)
	g := startGovernor(2, func() time.Time { return clock }, func(int) int { return 0 })
	checkMode(t, g, &clock, 140e6, 85e6, false)
	// the change is seen at the next measure, within govKeep
	feedGovernor(t, g, &clock, govKeep+100*time.Millisecond, 100e6, 180e6)
	checkMode(t, g, &clock, 100e6, 180e6, true)
	feedGovernor(t, g, &clock, govKeep+100*time.Millisecond, 140e6, 85e6)
	checkMode(t, g, &clock, 140e6, 85e6, false)
}

// A first measure that wrongs all cores (their fresh slots grow while it
// runs) is corrected soon: a close first choice is measured again after
// govFirstKeep, not govKeep.
func TestGovernorFirstChoiceShort(t *testing.T) {
	clock := time.Unix(1e9, 0)
	start := clock
	g := startGovernor(2, func() time.Time { return clock }, func(int) int { return 0 })
	const n = 64 << 10
	for clock.Sub(start) < 200*time.Millisecond {
		r := 100e6
		if g.all {
			r = 180e6
			if clock.Sub(start) < 60*time.Millisecond {
				r = 90e6 // the first stretch on all cores
			}
		}
		clock = clock.Add(time.Duration(float64(n) / r * float64(time.Second)))
		g.done(n)
	}
	if !g.all {
		t.Errorf("on one core after 200ms, want all cores")
	}
}

// A mode twice as fast as the other runs govKeep before the next measure:
// a probe of the slow mode costs its time, and a short file pays it once.
func TestGovernorDecisiveKeep(t *testing.T) {
	clock := time.Unix(1e9, 0)
	g := startGovernor(2, func() time.Time { return clock }, func(int) int { return 0 })
	feedGovernor(t, g, &clock, 60*time.Millisecond, 150e6, 20e6)
	if g.all || g.phase != govRun {
		t.Fatalf("after 60ms: on all cores %v, phase %d; want one core, %d", g.all, g.phase, govRun)
	}
	if onAll := feedGovernor(t, g, &clock, govKeep-50*time.Millisecond, 150e6, 20e6); onAll != 0 {
		t.Errorf("%v on all cores before govKeep ran out", onAll)
	}
}

// With one core, nothing is chosen and the cores are left alone.
func TestGovernorOneCore(t *testing.T) {
	set := 0
	clock := time.Unix(1e9, 0)
	g := startGovernor(1, func() time.Time { return clock }, func(int) int { set++; return 0 })
	feedGovernor(t, g, &clock, time.Second, 100e6, 200e6)
	g.stop()
	if set != 0 || g.depth() != oneCoreDepth {
		t.Errorf("GOMAXPROCS set %d times, depth %d; want 0, %d", set, g.depth(), oneCoreDepth)
	}
}

// On one core, only oneCoreDepth batches go round: the frames use no more
// slots (trees, text) than those batches hold.
func TestAheadOneCoreSlots(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	msg := make([]byte, 20)
	binary.LittleEndian.PutUint32(msg, 20)
	binary.LittleEndian.PutUint16(msg[4:], 3) // NLMSG_DONE
	const frames = 2000
	s, ahead := aheadOfCopies(t, msg, frames)
	slots := map[*decoded]bool{}
	n := 0
	for b := range ahead {
		b.wait()
		for _, it := range b.items {
			if it.err != nil {
				t.Fatal(it.err)
			}
			slots[it] = true
			n++
		}
		b.release()
	}
	s.stopAhead(ahead)
	if n != frames {
		t.Errorf("%d frames, want %d", n, frames)
	}
	if len(slots) > oneCoreDepth*aheadBatch {
		t.Errorf("%d slots used on one core, want at most %d", len(slots), oneCoreDepth*aheadBatch)
	}
}
