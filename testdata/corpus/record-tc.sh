#!/bin/sh
# record-tc.sh: re-record the traffic control corpus (tc-*.jsonl) with
# record.sh. Needs root, strace and iproute2's tc. A kernel that lacks a
# qdisc, classifier or action still receives tc's request and answers it
# with an extended ack, so every command below leaves real bytes.
set -eu
dir=$(dirname "$0")
# rec NAME SETUP CMD...: record.sh, then drop the link dumps tc makes to
# resolve device names (the link corpus covers those).
rec() {
	"$dir/record.sh" "$@"
	f=$dir/$1.jsonl
	grep -v 'nlmsg_type=RTM_[A-Z]*LINK' "$f" > "$f.tmp" || true
	mv "$f.tmp" "$f"
}
veth='ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up'

rec tc-qdisc "$veth" \
	'tc qdisc add dev v0 root handle 1: htb default 10 r2q 5' \
	'tc qdisc change dev v0 root handle 1: htb default 20' \
	'tc qdisc show dev v0' \
	'tc -s -d qdisc show dev v0' \
	'tc qdisc del dev v0 root' \
	'tc qdisc add dev v0 root handle 2: tbf rate 1mbit burst 32k latency 50ms' \
	'tc qdisc change dev v0 root handle 2: tbf rate 2mbit burst 64k limit 100k peakrate 4mbit mtu 2000' \
	'tc -s qdisc show dev v0' \
	'tc qdisc del dev v0 root' \
	'tc qdisc add dev v0 root pfifo limit 100' \
	'tc qdisc replace dev v0 root bfifo limit 10000' \
	'tc qdisc replace dev v0 root pfifo_fast' \
	'tc qdisc replace dev v0 root mq' \
	'tc qdisc add dev v0 ingress' \
	'tc qdisc add dev v1 clsact' \
	'tc -s qdisc show' \
	'tc qdisc del dev v0 ingress' \
	'tc qdisc del dev v1 clsact' \
	'tc qdisc add dev v1 ingress_block 10 egress_block 11 clsact' \
	'tc qdisc show dev v1' \
	'tc qdisc del dev v1 clsact' \
	'tc qdisc replace dev v0 root fq_codel limit 1000 flows 512 target 5ms interval 100ms quantum 1514 memory_limit 4Mb ecn ce_threshold 2ms drop_batch 32' \
	'tc qdisc replace dev v0 root fq limit 1000 flow_limit 50 quantum 3028 initial_quantum 15140 maxrate 10mbit buckets 1024 orphan_mask 1023 pacing refill_delay 40ms low_rate_threshold 550kbit ce_threshold 4ms horizon 10s horizon_drop' \
	'tc qdisc replace dev v0 root netem limit 1000 delay 10ms 2ms 25% distribution normal loss 1% 10% duplicate 1% reorder 25% 50% corrupt 0.1% rate 1mbit 20 100 5 slot 800us 1ms packets 32 bytes 64000' \
	'tc qdisc replace dev v0 root netem delay 5ms loss gemodel 1% 10% 70% 0.1% ecn' \
	'tc qdisc replace dev v0 root netem loss state 1% 2% 3% 4% 5%' \
	'tc qdisc replace dev v0 root handle 1: prio bands 4 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1' \
	'tc qdisc replace dev v0 root sfq perturb 10 quantum 1514 limit 127 divisor 1024 flows 127 depth 127 headdrop' \
	'tc qdisc replace dev v0 root sfq limit 3000 redflowlimit 100000 min 8000 max 60000 probability 0.20 ecn harddrop' \
	'tc qdisc replace dev v0 root red limit 400000 min 30000 max 90000 avpkt 1000 burst 55 bandwidth 10mbit probability 0.02 ecn adaptive' \
	'tc qdisc replace dev v0 root codel limit 1000 target 5ms interval 100ms ecn ce_threshold 1ms' \
	'tc qdisc replace dev v0 root tbf rate 1mbit burst 32k latency 50ms'

rec tc-class "$veth" \
	'tc qdisc add dev v0 root handle 1: htb default 10' \
	'tc class add dev v0 parent 1: classid 1:1 htb rate 10mbit ceil 20mbit burst 15k cburst 15k' \
	'tc class add dev v0 parent 1:1 classid 1:10 htb rate 1mbit ceil 5mbit prio 1 quantum 1500 mtu 1600' \
	'tc class add dev v0 parent 1:1 classid 1:20 htb rate 5gbit ceil 8gbit prio 2' \
	'tc class change dev v0 parent 1:1 classid 1:10 htb rate 2mbit ceil 5mbit prio 3' \
	'tc class show dev v0' \
	'tc -s -d class show dev v0' \
	'tc qdisc add dev v0 parent 1:10 handle 10: pfifo limit 50' \
	'tc -s qdisc show dev v0' \
	'tc class del dev v0 classid 1:20' \
	'tc qdisc replace dev v0 root handle 1: htb default 10 offload'

rec tc-filter "$veth"'; tc qdisc add dev v0 ingress; tc qdisc add dev v0 root handle 1: htb' \
	'tc filter add dev v0 parent ffff: protocol ip prio 10 u32 match ip dst 10.0.0.1/32 match ip dport 80 0xffff action mirred egress redirect dev v1' \
	'tc filter add dev v0 parent ffff: protocol ip prio 11 handle 800::5 u32 match ip src 192.168.0.0/16 match ip protocol 6 0xff match u16 0x1234 0xffff at 20 flowid 1:1 action mirred ingress mirror dev v1 action mirred egress redirect dev v1' \
	'tc filter add dev v0 parent 1: protocol ip prio 12 handle 3: u32 divisor 256' \
	'tc filter add dev v0 parent 1: protocol ip prio 12 u32 ht 800:: match ip dst 10.1.0.0/16 hashkey mask 0x000000ff at 16 link 3:' \
	'tc filter add dev v0 parent ffff: protocol all prio 30 bpf bytecode "1,6 0 0 4294967295" classid 1:1 action mirred egress mirror dev v1' \
	'tc filter add dev v0 parent ffff: protocol ip prio 31 bpf bytecode "4,40 0 0 12,21 0 1 2048,6 0 0 262144,6 0 0 0" flowid 1:5 skip_hw' \
	'tc filter show dev v0 ingress' \
	'tc -s -d filter show dev v0 parent ffff:' \
	'tc filter show dev v0 parent 1:' \
	'tc filter get dev v0 parent ffff: protocol ip prio 10 handle 800::800 u32' \
	'tc filter del dev v0 parent ffff: protocol ip prio 11 handle 800::5 u32' \
	'tc filter del dev v0 parent ffff: prio 30' \
	'tc filter add dev v0 parent ffff: protocol ip prio 40 u32 match ip dst 10.0.0.2/32 action drop' \
	'tc filter add dev v0 parent ffff: prio 41 matchall skip_hw action gact pass action mirred egress mirror dev v1 action police rate 1mbit burst 10k conform-exceed drop/pipe action vlan push id 10 protocol 802.1ad priority 3 action skbedit mark 5/0xff priority 1:2 queue_mapping 1 ptype host' \
	'tc filter add dev v0 parent ffff: prio 42 protocol ip flower dst_mac 02:00:00:00:00:01 src_mac 02:00:00:00:00:02/ff:ff:ff:00:00:00 ip_proto tcp dst_ip 10.0.0.2/24 src_ip 10.0.0.1 dst_port 80 src_port 1000-2000 tcp_flags 0x2/0x3 ip_tos 0x10/0xfc ip_ttl 64 ip_flags nofrag skip_hw action drop' \
	'tc filter add dev v0 parent ffff: prio 43 protocol ipv6 flower ip_proto udp dst_ip fd00::1 src_ip fd00::/64 dst_port 53 action tunnel_key set src_ip 10.0.0.1 dst_ip 10.0.0.2 id 42 dst_port 4789 tos 8 ttl 64 nocsum' \
	'tc filter add dev v0 parent ffff: prio 44 protocol 802.1q flower vlan_id 10 vlan_prio 2 vlan_ethtype ip enc_key_id 7 enc_dst_ip 10.9.9.9 enc_dst_port 4789 action vlan pop action tunnel_key unset' \
	'tc filter add dev v0 parent ffff: prio 45 protocol ip flower ip_proto icmp type 8 code 0 ct_state +trk+est ct_zone 5 ct_mark 1/0xff action ct commit zone 5 nat src addr 10.0.0.9 action csum ip and tcp' \
	'tc filter add dev v0 parent ffff: prio 46 protocol ip basic match "cmp(u8 at 9 layer network eq 6)" action nat ingress 10.0.0.0/8 192.168.0.1' \
	'tc filter add dev v0 parent ffff: prio 47 protocol ip basic match "meta(priority eq 5) and u32(u32 0x0a000001 0xffffffff at 16)" action pedit ex munge ip ttl set 5 munge ip dst set 10.0.0.7 pipe action connmark zone 3' \
	'tc filter add dev v0 parent 1: prio 48 protocol ip handle 5 fw classid 1:10 action sample rate 100 group 5 trunc 128' \
	'tc filter add dev v0 parent 1: prio 49 protocol ip route to 5 from 6 classid 1:20 action bpf bytecode "1,6 0 0 0"' \
	'tc filter add dev v0 parent ffff: prio 50 protocol ip u32 match ip dst 10.0.0.3/32 action simple sdata hello action skbmod set dmac 02:00:00:00:00:09 action mpls push label 100 action ctinfo dscp 0xfc000000 0x01000000 cpmark zone 1 action gate clock CLOCK_TAI sched-entry open 200ms -1 -1 sched-entry close 100ms -1 -1' \
	'tc filter add dev v0 parent ffff: prio 51 protocol ip u32 match ip dst 10.0.0.4/32 police rate 1mbit burst 10k mtu 2k peakrate 2mbit overhead 10 linklayer ethernet conform-exceed continue/drop' \
	'tc filter del dev v0 parent ffff:' \
	'tc filter show dev v0 ingress'

rec tc-chain "$veth"'; tc qdisc add dev v0 ingress' \
	'tc chain add dev v0 parent ffff: chain 5' \
	'tc chain add dev v0 parent ffff: chain 6' \
	'tc filter add dev v0 parent ffff: chain 7 protocol ip prio 1 u32 match ip dst 10.0.0.1/32 action mirred egress redirect dev v1' \
	'tc chain show dev v0 parent ffff:' \
	'tc chain add dev v0 parent ffff: chain 8 protocol ip flower dst_ip 10.0.0.0/16 ip_proto tcp' \
	'tc chain get dev v0 parent ffff: chain 5' \
	'tc chain del dev v0 parent ffff: chain 5' \
	'tc chain del dev v0 parent ffff: chain 99'

rec tc-action "$veth" \
	'tc actions add action mirred egress redirect dev v1 index 5' \
	'tc actions add action mirred ingress mirror dev v1 index 6 cookie 0a0b0c0d0e0f' \
	'tc actions ls action mirred' \
	'tc -s actions ls action mirred' \
	'tc actions get action mirred index 5' \
	'tc -s actions get action mirred index 6' \
	'tc actions change action mirred egress mirror dev v1 index 5' \
	'tc actions del action mirred index 5' \
	'tc actions add action gact drop random determ pass 10 index 3' \
	'tc actions add action police rate 1mbit burst 100k conform-exceed drop/ok index 4' \
	'tc actions add action skbedit mark 7 index 1' \
	'tc actions add action vlan modify id 20 index 2' \
	'tc actions add action csum udp index 9' \
	'tc actions add action nat egress 192.168.1.1 10.0.0.1 index 10' \
	'tc actions add action connmark zone 4 index 11' \
	'tc actions add action sample rate 50 group 2 index 12' \
	'tc actions add action pedit ex munge eth dst set 02:00:00:00:00:09 munge tcp dport set 8080 index 13' \
	'tc actions add action ct commit zone 2 mark 0x5/0xff index 14' \
	'tc actions add action tunnel_key set src_ip fd00::1 dst_ip fd00::2 id 100 dst_port 6081 geneve_opts 0102:80:00880022 index 15' \
	'tc actions flush action mirred' \
	'tc actions ls action gact'

rec tc-error "$veth"'; tc qdisc add dev v0 root handle 1: htb' \
	'tc qdisc add dev v0 root handle 1: htb' \
	'tc qdisc change dev v0 root handle 1: tbf rate 1mbit burst 32k latency 50ms' \
	'tc qdisc add dev v9 root htb' \
	'tc class add dev v0 parent 1: classid 1:1 htb rate 0' \
	'tc filter add dev v0 parent 5: protocol ip u32 match ip dst 10.0.0.1/32' \
	'tc qdisc del dev v0 ingress' \
	'tc actions get action mirred index 77'
