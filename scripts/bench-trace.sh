#!/bin/sh
# bench-trace.sh [ROUTES] [RUNS]: the wall time of tracing `ip route show`
# over ROUTES routes (default 10000) with nldump trace and with strace
# (-f -e trace=%network -e write=all -e read=all -o /dev/null), side by
# side in one throwaway network namespace, RUNS runs each (default 7),
# alternating. Prints the median of each and the ratio nldump/strace:
# below 1, nldump is faster. Needs root, strace and iproute2.
set -eu
routes=${1:-10000}
runs=${2:-7}
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
	i=0
	while [ $i -lt "$runs" ]; do
		t0=$(now)
		ip route show >/dev/null
		t1=$(now)
		strace -f -e trace=%network -e write=all -e read=all -o /dev/null ip route show >/dev/null
		t2=$(now)
		"$tmp/nldump" trace -- ip route show >/dev/null
		t3=$(now)
		echo "$(( (t1 - t0) / 1000 )) $(( (t2 - t1) / 1000 )) $(( (t3 - t2) / 1000 ))"
		i=$((i + 1))
	done
' sh "$tmp" "$runs" > "$tmp/times"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
plain=$(cut -d" " -f1 < "$tmp/times" | median)
strace=$(cut -d" " -f2 < "$tmp/times" | median)
nldump=$(cut -d" " -f3 < "$tmp/times" | median)
echo "median of $runs runs, microseconds: untraced $plain, strace $strace, nldump trace $nldump"
awk -v a="$nldump" -v b="$strace" 'BEGIN { printf "ratio nldump/strace: %.3f\n", a / b }'
