#!/bin/sh
# bench-big.sh: hostile buffers, side by side in one run.
#
# 1. One hex buffer of 100,000 NLMSG_NOOP messages and one of 1,000,000:
#    every format of "nldump decode", and "nldump check", on each; prints
#    CPU seconds (user+sys: the machines are shared, wall time is noise)
#    and peak RSS, and the ratio 1M/100k (10 = linear).
# 2. "nldump read" of a pcap of one and of four 16 MiB records of NOOPs
#    (capture.MaxPacket): peak RSS, which must not grow with the count of
#    records (the decode-ahead is bounded by memory, not frames).
# 3. A 64 KiB message of 16,000 nested attributes: output size and RSS
#    per format (decode.MaxNesting cuts at 32 levels).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go build -o "$tmp/nldump" ./cmd/nldump
N="$tmp/nldump"
python3 - "$tmp" <<'PY'
import struct, sys
d = sys.argv[1]
noop = struct.pack('<IHHII', 16, 1, 0, 0, 0)
for n, name in ((100000, '100k'), (1000000, '1m')):
    with open(f'{d}/noop{name}.hex', 'w') as f:
        f.write((noop * n).hex() + '\n')
# pcap, LINKTYPE_NETLINK, records of 16 MiB - 16 bytes of NOOPs
rec = noop * ((16 << 20) // 16 - 1)
for k in (1, 4):
    with open(f'{d}/noop16m-x{k}.pcap', 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b23c4d, 2, 4, 0, 0, 16 << 20, 253))
        for _ in range(k):
            l = 16 + len(rec)
            f.write(struct.pack('<IIII', 0, 0, l, l))
            f.write(struct.pack('>HHH8sH', 4, 824, 0, b'', 0))
            f.write(rec)
# TASKSTATS_TYPE_AGGR_PID nested 16,000 levels
p = b''
for _ in range(16000):
    p = struct.pack('<HH', 4 + len(p), 0x8004) + p
m = struct.pack('<IHHII', 20 + len(p), 0x15, 0, 1, 0) + bytes([2, 1, 0, 0]) + p
with open(f'{d}/nest.hex', 'w') as f:
    f.write('# proto: NETLINK_GENERIC\n' + m.hex() + '\n')
PY
# run LABEL CMD...: prints "LABEL cpu_seconds max_rss_KB output_bytes"
run() {
	label=$1
	shift
	/usr/bin/time -f "%U %S %M" -o "$tmp/time" "$@" > "$tmp/out" 2> /dev/null || true
	set -- $(cat "$tmp/time")
	echo "$label $(echo "$1 + $2" | bc) $3 $(wc -c < "$tmp/out")"
}
echo "== one buffer of N NLMSG_NOOP messages: CPU s, peak RSS KB, output bytes"
printf '%-10s %10s %10s %8s %12s %12s %7s\n' format "100k s" "1M s" ratio "100k RSS" "1M RSS" ratio
for f in strace tree json summary hex go check; do
	if [ $f = check ]; then cmd="check"; else cmd="decode -f $f"; fi
	a=$(run x $N $cmd "$tmp/noop100k.hex")
	b=$(run x $N $cmd "$tmp/noop1m.hex")
	echo "$f $a $b" | awk '{printf "%-10s %10.2f %10.2f %8.1f %12d %12d %7.1f\n", $1, $3, $7, $7/$3, $4, $8, $8/$4}'
done
echo "== read: pcap of 16 MiB records of NOOPs (1M messages each): CPU s, peak RSS KB"
for k in 1 4; do
	run "read x$k" $N read -f summary "$tmp/noop16m-x$k.pcap"
done
echo "== 16,000 nested attributes in 64 KiB: CPU s, peak RSS KB, output bytes"
for f in strace tree json summary; do
	run "$f" $N decode --genl TASKSTATS=0x15 -f $f "$tmp/nest.hex"
done
