#!/bin/sh
# record-host.sh NAME CMD...: as record.sh, but in the host's own network
# namespace, for the generic netlink families the kernel shows only there
# (thermal, TASKSTATS, ...). Use it for read-only commands only.
#
#   testdata/corpus/record-host.sh genl-host 'genl ctrl list' \
#       'python3 testdata/corpus/genlq.py thermal 1 dump'
set -eu
name=$1; shift
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/testdata/corpus/$name.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/stracelog" "$top/internal/cmd/stracelog"
: > "$out"
for c in "$@"; do
	strace -f -s 1048576 -e trace=socket,sendmsg,recvmsg,sendto,recvfrom \
		-e write=all -e read=all -o "$tmp/log" sh -c "$c" >/dev/null 2>&1 || true
	"$tmp/stracelog" "$tmp/log" "$c" >> "$out"
done
echo "$out: $(wc -l < "$out") buffers" >&2
