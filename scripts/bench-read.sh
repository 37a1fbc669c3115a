#!/bin/sh
# bench-read.sh [-n PACKETS] [-seed FILE]: time "nldump read" (full decoding
# to strace notation) against "tshark -V" on the same 100,000-packet nlmon
# capture, side by side in one run, and print the ratio; the same for
# "nldump read -f json" against "tshark -T json"; the cost of reading the
# packets as pcapng with a process comment on each; then nldump's peak
# RSS at 100,000 and 400,000 packets. The capture repeats the real buffers
# of capture/testdata/ip-tcpdump.pcap (tcpdump on nlmon0 in the test VM).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go build -o "$tmp/nldump" ./cmd/nldump
go build -o "$tmp/benchread" ./internal/cmd/benchread
"$tmp/benchread" -nldump "$tmp/nldump" -dir "$tmp" "$@"
