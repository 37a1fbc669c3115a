#!/bin/sh
# record-vm.sh: record a corpus on a second kernel: the test VM's Debian
# 6.1 kernel (internal/vmtest), with iproute2's ip, tc and bridge under
# strace, as testdata/corpus/vm-*.jsonl. Needs qemu-system-x86 and the VM
# kernel (go test ./cmd/nldump -run TestVM fetches it).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/stracelog" ./internal/cmd/stracelog

# name, then the commands of that file, one a line
cat > "$tmp/cmds" <<'CMDS'
= vm-link
ip link add v0 type veth peer name v1
ip link add d0 type dummy
ip link set v0 up
ip link set d0 mtu 1400 up
ip link set v1 address 02:00:00:00:00:01
ip link add link d0 name d0.10 type vlan id 10
ip link add mv0 link d0 type macvlan mode bridge
ip link add vx0 type vxlan id 42 dstport 4789 local 10.9.9.1 dev d0
ip link add br0 type bridge vlan_filtering 1
ip link set v1 master br0
ip -d link show
ip -s -s link show v0
ip link set nosuchdev up
ip link del d0.10
= vm-addr
ip addr add 10.1.1.1/24 dev v0
ip addr add 10.1.1.2/24 brd + dev v0 label v0:1
ip -6 addr add fd00::1/64 dev v0 nodad
ip addr show
ip -6 addr show dev v0
ip addr del 10.1.1.2/24 dev v0
ip addr add 10.1.1.1/24 dev v0
= vm-route
ip route add 10.2.0.0/16 via 10.1.1.254
ip route add 10.3.0.0/16 dev v0 metric 100 mtu 1300
ip route add 10.4.0.0/16 nexthop via 10.1.1.10 weight 1 nexthop via 10.1.1.11 weight 2
ip -6 route add fd01::/64 via fd00::2
ip route add 10.5.0.0/16 encap mpls 100/200 via 10.1.1.12
ip route show
ip -6 route show
ip route get 10.2.3.4
ip route add 10.2.0.0/16 via 10.1.1.254
ip rule add from 10.9.0.0/16 table 100 priority 1000
ip rule show
ip neigh add 10.1.1.20 lladdr 02:00:00:00:00:20 dev v0
ip neigh show
ip netconf show dev v0
ip nexthop add id 1 via 10.1.1.30 dev v0
ip nexthop show
= vm-tc
tc qdisc add dev v0 root handle 1: htb default 10
tc class add dev v0 parent 1: classid 1:10 htb rate 10mbit ceil 20mbit
tc qdisc add dev v0 parent 1:10 handle 10: fq_codel
tc qdisc add dev d0 root netem delay 10ms 1ms loss 1%
tc qdisc add dev mv0 root tbf rate 1mbit burst 32kbit latency 400ms
tc qdisc add dev v0 clsact
tc filter add dev v0 ingress protocol ip flower dst_ip 10.1.1.0/24 ip_proto tcp dst_port 80 action drop
tc filter add dev v0 egress matchall action mirred egress redirect dev d0
tc filter add dev v0 parent 1: protocol ip u32 match ip dst 10.9.0.0/16 flowid 1:10
tc -s qdisc show
tc -s class show dev v0
tc filter show dev v0 ingress
tc filter show dev v0 egress
tc actions add action gact drop index 7
tc actions ls action gact
tc qdisc del dev d0 root
= vm-bridge
bridge link show
bridge vlan add dev v1 vid 20
bridge vlan show
bridge fdb add 02:00:00:00:00:30 dev v1 master static
bridge fdb show br br0
= vm-more
ss -a
ss -tlnp
genl ctrl list
ethtool -i v0
ethtool -k v0
nft add table inet t
nft add chain inet t c { type filter hook input priority 0 \; policy accept \; }
nft add rule inet t c tcp dport 22 ct state established counter accept
nft add set inet t s { type ipv4_addr \; }
nft add element inet t s { 10.0.0.1, 10.0.0.2 }
nft list ruleset
nft delete table inet t
CMDS

# the guest script: each command under strace, its log in /out
{
	echo 'set +e'
	echo 'ip link set lo up'
	n=0
	while IFS= read -r line; do
		case "$line" in
		"= "*) echo "echo '${line#= }' > /out/file"; continue ;;
		esac
		n=$((n + 1))
		printf 'cp /out/file /out/name%d\n' "$n"
		printf 'printf %%s\\\\n %s > /out/cmd%d\n' "'$line'" "$n"
		printf 'strace -f -s 1048576 -e trace=socket,sendmsg,recvmsg,sendto,recvfrom -e write=all -e read=all -o /out/log%d sh -c %s >/dev/null 2>&1\n' "$n" "'$line'"
	done < "$tmp/cmds"
} > "$tmp/guest.sh"

go run ./internal/cmd/vmrun -prog /usr/sbin/ip -prog /usr/sbin/tc -prog /usr/sbin/bridge -prog /usr/bin/strace \
	-prog /usr/bin/ss -prog /usr/sbin/genl -prog /usr/sbin/ethtool -prog /usr/sbin/nft \
	-mod veth -mod dummy -mod bridge -mod 8021q -mod vxlan -mod macvlan -mod netlink_diag -mod mpls_iptunnel -mod mpls_router \
	-mod sch_htb -mod sch_netem -mod sch_tbf -mod sch_ingress -mod cls_flower -mod cls_matchall -mod cls_u32 \
	-mod act_gact -mod act_mirred -mod inet_diag -mod tcp_diag -mod udp_diag -mod unix_diag \
	-mod nf_tables -mod nft_ct \
	-out "$tmp/out" "$tmp/guest.sh" 2>"$tmp/console" || { tail -20 "$tmp/console"; exit 1; }

rm -f testdata/corpus/vm-*.jsonl
i=1
while [ -f "$tmp/out/log$i" ]; do
	f=$(cat "$tmp/out/name$i")
	"$tmp/stracelog" "$tmp/out/log$i" "$(cat "$tmp/out/cmd$i")" >> "testdata/corpus/$f.jsonl"
	i=$((i + 1))
done
wc -l testdata/corpus/vm-*.jsonl
