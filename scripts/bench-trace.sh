#!/bin/sh
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
# below 1, nldump is faster. Needs root, strace and iproute2.
set -eu
routes=${1:-10000}
runs=${2:-9}
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$top" && go build -o "$tmp/nldump" ./cmd/nldump)
awk -v n="$routes" 'BEGIN { for (i = 0; i < n; i++) printf "route add 10.%d.%d.0/24 dev d0\n", int(i / 256) % 256, i % 256 }' > "$tmp/routes"
unshare -n sh -c '
	set -eu
	tmp=$1; runs=$2
	ip link set lo up
	ip link add d0 type veth peer name d1
	ip link set d1 up
	ip link set d0 up
	ip -batch "$tmp/routes"
	echo "routes: $(ip route show | wc -l), output: $(ip route show | wc -c) bytes" >&2
	now() { date +%s%N; }
	st() { strace -f -e trace=%network -e write=all -e read=all -o /dev/null "$@"; }
	sb() { strace -f --seccomp-bpf -e trace=%network -e write=all -e read=all -o /dev/null "$@"; }
	nl() { "$tmp/nldump" trace -o /dev/null -- "$@"; }
	i=0
	while [ $i -lt "$runs" ]; do
		# alternate the order from run to run
		if [ $((i % 2)) -eq 0 ]; then order="st sb nl"; else order="nl sb st"; fi
		line=""
		for t in $order; do
			t0=$(now); $t ip route show >/dev/null; t1=$(now)
			$t true; t2=$(now)
			line="$line $t $(( (t1 - t0) / 1000 )) $(( (t2 - t1) / 1000 ))"
		done
		t0=$(now); ip route show >/dev/null; t1=$(now)
		echo "$line plain $(( (t1 - t0) / 1000 ))"
		i=$((i + 1))
	done
' sh "$tmp" "$runs" > "$tmp/times"
# median of the field after NAME (k=1: ip route show, k=2: true)
median() { awk -v name="$1" -v k="$2" '{ for (i = 1; i <= NF; i++) if ($i == name) print $(i + k) }' "$tmp/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
st=$(median st 1); sb=$(median sb 1); nl=$(median nl 1); plain=$(median plain 1)
st0=$(median st 2); sb0=$(median sb 2); nl0=$(median nl 2)
echo "ip route show, median of $runs runs, microseconds: untraced $plain, strace $st, strace --seccomp-bpf $sb, nldump trace $nl"
echo "startup (true), microseconds: strace $st0, strace --seccomp-bpf $sb0, nldump trace $nl0"
awk -v a="$nl" -v b="$st" -v c="$sb" -v a0="$nl0" -v c0="$sb0" 'BEGIN {
	printf "ratio nldump/strace: %.3f\n", a / b
	printf "ratio nldump/strace --seccomp-bpf: %.3f (startup: %.3f)\n", a / c, a0 / c0
}'
