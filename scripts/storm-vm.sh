#!/bin/sh
# storm-vm.sh: in the test VM (internal/vmtest), four "ip -batch" of 20,000
# route adds each at once, then a full dump, with nldump (decoding to a
# file, and -w) and tcpdump (-w) on nlmon0 side by side; prints both drop
# counts, with nldump's default ring and with -B 2048 (tcpdump's default
# 2 MiB), for the nlmon source and for the BPF source. Takes several
# minutes under TCG.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go build -o "$tmp/nldump" ./cmd/nldump
cat > "$tmp/storm.sh" <<'SCRIPT'
N=/usr/bin/nldump
IP=/usr/sbin/ip
waitfor() { i=0; while ! grep -q "$2" "$1" 2>/dev/null; do sleep 0.1; i=$((i+1)); [ $i -gt 300 ] && return 1; done; }
$IP link add nlmon0 type nlmon; $IP link set nlmon0 up
for k in 1 2 3 4; do
	$IP link add d$k type dummy; $IP link set d$k up
	awk -v k=$k 'BEGIN { for (i = 0; i < 20000; i++) printf "route add 10.%d.%d.%d/32 dev d%d\n", 100+k, i / 256, i % 256, k }' > storm$k.batch
done
run() {
	tag=$1; shift
	$N "$@" -w $tag-n.pcap > $tag-n.txt 2> $tag-n.err & NP=$!
	waitfor $tag-n.err listening
	tcpdump -Z root -i nlmon0 -s 262144 -w $tag-t.pcap 2> $tag-t.err & TP=$!
	waitfor $tag-t.err listening
	B=""
	for k in 1 2 3 4; do $IP -batch storm$k.batch & B="$B $!"; done
	wait $B
	$IP route show table all > /dev/null
	sleep 1.5
	kill -INT $TP; wait $TP
	kill -INT $NP; wait $NP
	echo "== nldump $*"; tail -1 $tag-n.err
	echo "== tcpdump"; grep -E "captured|dropped by kernel" $tag-t.err
	rm -f $tag-n.txt $tag-n.pcap $tag-t.pcap
	for k in 1 2 3 4; do $IP route flush dev d$k; done
}
run default
run small -B 2048
run bpf --source bpf
run bpf-small --source bpf -B 2048
SCRIPT
go run ./internal/cmd/vmrun -prog /usr/sbin/ip -prog /usr/bin/tcpdump \
	-file /usr/bin/nldump="$tmp/nldump" -mod dummy -mod nlmon \
	-out "$tmp/out" -timeout 15m "$tmp/storm.sh" 2>&1 | grep -E '^(==|nldump:|[0-9]+ packets)'
