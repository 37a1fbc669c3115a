#!/bin/sh
# protos.sh [NAME...]: record the corpus of the SOCK_DIAG, XFRM, AUDIT,
# KOBJECT_UEVENT and SELINUX protocols (testdata/corpus/{sockdiag,xfrm,
# audit,uevent,selinux}-*.jsonl) with record.sh. As root; audit rules are
# global to the host, so the audit commands delete what they add.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
rec=$top/testdata/corpus/record.sh
tools=$top/testdata/corpus/tools
socks="python3 $tools/sockets.py 60 & sleep 2"
# run NAME PROTO SETUP CMD...: record NAME, keeping the buffers of PROTO
# only (the tools also speak NETLINK_ROUTE, whose corpus lives elsewhere).
run() {
	name=$1; proto=$2; shift 2
	if [ -n "$only" ] && ! echo " $only " | grep -q " $name "; then
		return 0
	fi
	"$rec" "$name" "$@"
	f=$top/testdata/corpus/$name.jsonl
	grep "\"proto\":\"$proto\"" "$f" > "$f.tmp" || true
	mv "$f.tmp" "$f"
	echo "$f: $(wc -l < "$f") $proto buffers" >&2
}
only="$*"

run sockdiag-ss NETLINK_SOCK_DIAG "$socks" 'ss -a' 'ss -tlnp' 'ss -xa' 'ss -0 -a' 'ss -A netlink' 'ss -ua'
run sockdiag-info NETLINK_SOCK_DIAG "$socks" 'ss -tie' 'ss -tiem' 'ss -M -i' 'ss -xe -m' 'ss -0 -e -m' \
	'ss -t -o -e --tos --cgroup' 'ss -6 -ti'
run sockdiag-filter NETLINK_SOCK_DIAG "$socks" \
	"ss -t state established '( dport = :5555 or sport = :5555 )'" \
	'ss -t dst 127.0.0.1/8' 'ss -t dev lo' "ss -t 'fwmark = 0x2a/0xff'" \
	'ss -6 -t src [::1]' "ss -t 'sport > :5000 and sport < :6000'" \
	"ss -t 'cgroup = /'" 'ss -K dst 127.0.0.1 dport = :5557'
run sockdiag-other NETLINK_SOCK_DIAG "$socks" 'ss --dccp -a' 'ss --sctp -a' 'ss --vsock -a' \
	'ss --tipc -a' 'ss --xdp -a' 'ss -w -a' 'ss -S -a'

ue="python3 $tools/uevent.py 5 & sleep 2"
run uevent NETLINK_KOBJECT_UEVENT '' \
	"$ue; ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 name v2; ip link del v0; wait"

# audit rules are global: start from none, delete what is added
if [ -z "$only" ] || echo " $only " | grep -q " audit "; then
	if [ "$(auditctl -l)" != "No rules" ]; then
		echo "audit rules present on this host; not recording audit" >&2
		exit 1
	fi
fi
run audit NETLINK_AUDIT '' 'auditctl -s' 'auditctl -l' \
	'auditctl -a always,exit -F arch=b64 -S openat -S open -F path=/etc/passwd -F perm=r -k nldump-test' \
	'auditctl -w /etc/hosts -p wa -k nldump-watch' \
	"auditctl -a exit,never -F arch=b32 -S all -F 'auid>=1000' -F exit=-EPERM" \
	'auditctl -a exclude,always -F msgtype=AVC' \
	'auditctl -a always,exit -F arch=b64 -S execve -C uid!=euid -F key=cmp' \
	'auditctl -l' 'auditctl -D' 'auditctl -b 64' 'auditctl -r 0' \
	'auditctl --backlog_wait_time 15000' 'auditctl --reset-lost' \
	'auditctl --reset_backlog_wait_time_actual' 'auditctl -m "nldump test message"' \
	'auditctl -t' 'auditctl -s'
