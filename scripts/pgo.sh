#!/bin/sh
# pgo.sh: remake cmd/nldump/default.pgo, the CPU profile the Go compiler
# optimizes nldump with (profile-guided optimization): nldump reading a
# 400,000-packet capture built from real nlmon traffic, the work the
# profile stands for. Reading runs on one core on the machines this is
# made on (see HACKING.md, the governor), where one run gives few
# samples: the profile merges four.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go build -pgo=off -o "$tmp/nldump" ./cmd/nldump
go build -o "$tmp/benchread" ./internal/cmd/benchread
"$tmp/benchread" -nldump "$tmp/nldump" -dir "$tmp" -keep -no-tshark -rounds 1 >/dev/null
for i in 1 2 3 4; do
	NLDUMP_CPUPROFILE="$tmp/run$i.prof" "$tmp/nldump" read "$tmp/bench-400000.pcap" >/dev/null
done
go tool pprof -proto "$tmp"/run*.prof >cmd/nldump/default.pgo
echo "cmd/nldump/default.pgo: $(wc -c < cmd/nldump/default.pgo) bytes"
