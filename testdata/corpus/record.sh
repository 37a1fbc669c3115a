#!/bin/sh
# record.sh NAME SETUP CMD...: record the netlink traffic of commands with
# strace inside a throwaway network namespace, as testdata/corpus/NAME.jsonl
# (one JSON record a buffer: proto, dir, hex, and strace's own text).
#
# SETUP runs first (untraced) in the namespace; each CMD is then traced in
# turn. Needs root (unshare -n), strace and the tools the commands use.
#
#   testdata/corpus/record.sh link 'ip link add v0 type veth peer name v1' \
#       'ip link set v0 up' 'ip -d link show'
set -eu
name=$1; setup=$2; shift 2
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/testdata/corpus/$name.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/stracelog" "$top/internal/cmd/stracelog"
i=0
for c in "$@"; do
	i=$((i + 1))
	printf '%s\n' "$c" > "$tmp/cmd$i"
done
unshare -n sh -c '
	set -u
	tmp=$1; setup=$2; n=$3
	ip link set lo up
	sh -c "$setup" >/dev/null 2>&1 || true
	i=1
	while [ $i -le $n ]; do
		c=$(cat "$tmp/cmd$i")
		strace -f -s 1048576 -e trace=socket,sendmsg,recvmsg,sendto,recvfrom \
			-e write=all -e read=all -o "$tmp/log$i" sh -c "$c" >/dev/null 2>&1 || true
		"$tmp/stracelog" "$tmp/log$i" "$c"
		i=$((i + 1))
	done
' sh "$tmp" "$setup" "$i" > "$out"
echo "$out: $(wc -l < "$out") buffers" >&2
