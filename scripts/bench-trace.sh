#!/bin/bash
# bench-trace.sh [ROUTES] [RUNS]: the wall time of tracing `ip route show`
# over ROUTES routes (default 10000), side by side in one throwaway
# network namespace, RUNS runs each (default 9), alternating:
#
#   strace      strace -f -e trace=%network -e write=all -e read=all
#   strace-bpf  the same with --seccomp-bpf, strace's fastest mode
#   nldump      nldump trace (decoding to strace notation)
#
# and the startup alone: each tracer running `true`. Output goes to
# /dev/null. Prints the median of each and the ratios nldump/strace:
# below 1, nldump is faster. Beside the wall time, the CPU time (user +
# system, of the tracer and the traced command together): on a shared
# machine it varies less with the load than the wall time does. The load
# average is printed before and after. Needs root, bash, strace and
# iproute2.
#
# NLDUMP=FILE times that nldump binary instead of one built from this
# tree (to compare two builds in turn).
#
# Times come from bash's EPOCHREALTIME and its `time` keyword: no process
# is started to read the clock, so nothing but the tracer is timed.
set -eu
routes=${1:-10000}
runs=${2:-9}
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${NLDUMP:-}" ]; then
	cp "$NLDUMP" "$tmp/nldump"
else
	(cd "$top" && CGO_ENABLED=0 go build -o "$tmp/nldump" ./cmd/nldump)
fi
awk -v n="$routes" 'BEGIN { for (i = 0; i < n; i++) printf "route add 10.%d.%d.0/24 dev d0\n", int(i / 256) % 256, i % 256 }' > "$tmp/routes"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
unshare -n bash -c '
	set -eu
	tmp=$1; runs=$2
	ip link set lo up
	ip link add d0 type veth peer name d1
	ip link set d1 up
	ip link set d0 up
	ip -batch "$tmp/routes"
	echo "routes: $(ip route show | wc -l), output: $(ip route show | wc -c) bytes" >&2
	st() { strace -f -e trace=%network -e write=all -e read=all -o /dev/null "$@"; }
	sb() { strace -f --seccomp-bpf -e trace=%network -e write=all -e read=all -o /dev/null "$@"; }
	nl() { "$tmp/nldump" trace -o /dev/null -- "$@"; }
	plain() { "$@"; }
	TIMEFORMAT="%U %S"
	# one: wall microseconds and CPU microseconds of a command
	one() {
		local t0 t1 cpu
		t0=$EPOCHREALTIME
		cpu=$( { time "$@" >/dev/null 2>/dev/null; } 2>&1 )
		t1=$EPOCHREALTIME
		awk -v a="$t0" -v b="$t1" -v c="$cpu" "BEGIN { split(c, x, \" \"); printf \"%d %d\", (b - a) * 1e6, (x[1] + x[2]) * 1e6 }"
	}
	i=0
	while [ $i -lt "$runs" ]; do
		# alternate the order from run to run
		if [ $((i % 2)) -eq 0 ]; then order="st sb nl plain"; else order="plain nl sb st"; fi
		line=""
		for t in $order; do
			line="$line $t $(one $t ip route show) $(one $t true)"
		done
		echo "$line"
		i=$((i + 1))
	done
' sh "$tmp" "$runs" > "$tmp/times"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# median of the field k after NAME (1: wall of ip route show, 2: its
# CPU, 3: wall of true, 4: its CPU), in milliseconds
median() { awk -v name="$1" -v k="$2" '{ for (i = 1; i <= NF; i++) if ($i == name) print $(i + k) }' "$tmp/times" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'; }
st=$(median st 1); sb=$(median sb 1); nl=$(median nl 1); plain=$(median plain 1)
stc=$(median st 2); sbc=$(median sb 2); nlc=$(median nl 2); plainc=$(median plain 2)
st0=$(median st 3); sb0=$(median sb 3); nl0=$(median nl 3)
stc0=$(median st 4); sbc0=$(median sb 4); nlc0=$(median nl 4)
echo "ip route show, median of $runs runs, ms wall (CPU): untraced $plain ($plainc), strace $st ($stc), strace --seccomp-bpf $sb ($sbc), nldump trace $nl ($nlc)"
echo "startup (true), ms wall (CPU): strace $st0 ($stc0), strace --seccomp-bpf $sb0 ($sbc0), nldump trace $nl0 ($nlc0)"
awk -v a="$nl" -v b="$st" -v c="$sb" -v a0="$nl0" -v c0="$sb0" -v ac="$nlc" -v cc="$sbc" -v ac0="$nlc0" -v cc0="$sbc0" 'BEGIN {
	printf "ratio nldump/strace: %.3f\n", a / b
	printf "ratio nldump/strace --seccomp-bpf: %.3f wall, %.3f CPU (startup: %.3f wall, %.3f CPU)\n", a / c, ac / cc, a0 / c0, ac0 / cc0
}'
