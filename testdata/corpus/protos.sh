#!/bin/sh
# protos.sh [NAME...]: record the corpus of the SOCK_DIAG, XFRM, AUDIT and
# KOBJECT_UEVENT protocols (testdata/corpus/{sockdiag-*,xfrm-*,audit,uevent}
# .jsonl) with record.sh, all of them or the NAMEs given. As root; audit
# rules are global to the host, so the audit commands delete what they
# add. (SELINUX and CRYPTO have no traffic to record here: their cases are
# crafted, decode/protos_cases_test.go.) Recording anew moves the lines
# that testdata/corpus/differences.txt names (PACKET_DIAG_FILTER).
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

# XFRM: this kernel has no ESP/AH types, so state add fails (the requests
# and the kernel's NLMSG_ERROR with them are recorded); allocspi, policies,
# SPD/SAD info and default policies work.
k16=0x0102030405060708090a0b0c0d0e0f10
k20=0x0102030405060708090a0b0c0d0e0f1011121314
k32=0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20
run xfrm-state NETLINK_XFRM '' \
	"ip xfrm state add src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100 reqid 1 mode tunnel aead 'rfc4106(gcm(aes))' $k20 128" \
	"ip xfrm state add src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x101 reqid 2 mode tunnel auth-trunc 'hmac(sha256)' $k32 128 enc 'cbc(aes)' $k16 replay-window 32 flag noecn flag align4" \
	"ip xfrm state add src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x102 mode tunnel auth sha1 $k20 enc aes $k16 encap espinudp 4500 4500 0.0.0.0 mark 0x10 mask 0xff if_id 7 output-mark 0x20 mask 0xf0" \
	"ip -6 xfrm state add src 2001:db8::1 dst 2001:db8::2 proto esp spi 0x103 mode transport aead 'rfc4106(gcm(aes))' $k20 128 flag esn replay-window 128 sel src 2001:db8::1/128 dst 2001:db8::2/128 proto tcp dport 443" \
	"ip xfrm state add src 10.0.0.1 dst 10.0.0.2 proto comp spi 0x104 comp deflate mode tunnel" \
	"ip xfrm state add src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x105 enc 'cbc(aes)' $k16 auth 'hmac(sha1)' $k20 limit time-soft 100 limit time-hard 200 limit byte-soft 1000 limit packet-hard 50 extra-flag dont-encap-dscp offload dev lo dir out" \
	'ip xfrm state allocspi src 10.0.0.1 dst 10.0.0.3 proto esp reqid 9 mode tunnel min 0x1000 max 0x2000' \
	'ip xfrm state list' 'ip -s xfrm state list' 'ip xfrm state get src 10.0.0.1 dst 10.0.0.3 proto esp spi 0x1000' \
	'ip xfrm state count' 'ip xfrm state list proto esp' \
	'ip xfrm state delete src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100' \
	'ip xfrm state deleteall' 'ip xfrm state flush' 'ip xfrm state flush proto esp'
run xfrm-policy NETLINK_XFRM '' \
	'ip xfrm policy add src 10.0.0.0/24 dst 10.1.0.0/24 dir out tmpl src 10.0.0.1 dst 10.0.0.2 proto esp reqid 1 mode tunnel' \
	'ip xfrm policy add src 10.1.0.0/24 dst 10.0.0.0/24 dir in priority 100 mark 5 if_id 3 action block' \
	'ip xfrm policy add src 10.1.0.0/24 dst 10.0.0.0/24 dir fwd tmpl src 10.0.0.2 dst 10.0.0.1 proto esp reqid 2 mode tunnel level use tmpl proto comp mode tunnel src 10.0.0.2 dst 10.0.0.1' \
	'ip -6 xfrm policy add src ::/0 dst 2001:db8::/32 proto tcp dport 443 dir out ptype sub index 0 tmpl proto esp mode transport' \
	'ip xfrm policy add src 192.168.0.0/16 dst 0.0.0.0/0 proto icmp type 8 code 0 dir out flag localok flag icmp limit time-hard 600 tmpl proto ah mode transport' \
	'ip xfrm policy list' 'ip -s xfrm policy list' \
	'ip xfrm policy get src 10.0.0.0/24 dst 10.1.0.0/24 dir out' \
	'ip xfrm policy count' 'ip xfrm policy set hthresh4 24 16 hthresh6 64 48' 'ip xfrm policy count' \
	'ip xfrm policy setdefault in block fwd block out accept' 'ip xfrm policy getdefault' \
	'ip xfrm policy setdefault in accept fwd accept out accept' \
	'ip xfrm policy delete src 10.0.0.0/24 dst 10.1.0.0/24 dir out' \
	'ip xfrm policy deleteall dir in' 'ip xfrm policy flush' 'ip xfrm policy flush ptype sub'
