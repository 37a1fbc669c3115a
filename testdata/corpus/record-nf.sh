#!/bin/sh
# record-nf.sh: re-record the nf-*.jsonl corpus files (as root; see
# record.sh). Needs nft, conntrack, ipset, nfct, nfacct and python3. This
# kernel lacks nft_queue, flowtables, nfnetlink_hook and user space helpers:
# their requests are recorded all the same (with the kernel's refusal).
# Afterwards drop the NETLINK_ROUTE records (nft and conntrack look up
# interfaces; those buffers belong to the link corpus), and rewrite the
# goldens:
#   go test ./decode -run TestCorpus -update
set -eu
cd "$(dirname "$0")/../.."
C=testdata/corpus
R=$C/record.sh
$R nf-tables '' 'nft add table ip t' 'nft add table inet f { flags dormant \; }' \
  'nft add chain ip t input { type filter hook input priority 0 \; policy accept \; }' 'nft add chain ip t c2' \
  'nft add chain ip t out { type filter hook output priority -150 \; policy drop \; }' \
  'nft add table netdev nd' 'nft list tables'
SETUP='nft add table ip t; nft add chain ip t input { type filter hook input priority 0 \; }; nft add chain ip t c2; nft add chain ip t post { type nat hook postrouting priority 100 \; }; nft add chain ip t pre { type nat hook prerouting priority -100 \; }; nft add table inet f; nft add chain inet f in { type filter hook input priority 0 \; }; nft add table ip6 s6; nft add chain ip6 s6 c { type filter hook forward priority 0 \; }'
$R nf-rules "$SETUP" \
  'nft add rule ip t input ip saddr 10.0.0.1 tcp dport { 22, 80 } ct state established,related accept' \
  'nft add rule ip t input counter log prefix \"in: \" level info limit rate 10/second accept' \
  'nft add rule ip t input meta mark set 0x2a iifname \"lo\" jump c2' \
  'nft add rule ip t input tcp flags syn tcp option maxseg size 1460 goto c2' \
  'nft add rule ip t input ip protocol icmp reject with icmp type host-unreachable' \
  'nft add rule ip t input tcp dport 8080 reject with tcp reset' \
  'nft add rule ip t input quota over 10 mbytes drop' \
  'nft add rule ip t input ip daddr 192.168.0.0/16 ip ttl 1-10 counter return' \
  'nft add rule ip t post oifname \"eth0\" masquerade random' \
  'nft add rule ip t post ip saddr 10.1.0.0/24 snat to 1.2.3.4:1000-2000' \
  'nft add rule ip t pre tcp dport 80 dnat to 10.0.0.2:8080' \
  'nft add rule ip t pre tcp dport 81 redirect to :8081' \
  'nft add rule inet f in fib daddr type local ct mark 0x1 meta nfproto ipv6 udp dport 53 notrack' \
  'nft add rule inet f in reject with icmpx type admin-prohibited' \
  'nft add rule inet f in numgen inc mod 2 0 jhash ip saddr mod 4 seed 0x1 1 counter' \
  'nft add rule inet f in meta l4proto tcp queue num 3 bypass' \
  'nft add rule inet f in ct helper \"ftp\" counter' \
  'nft add rule ip6 s6 c ip6 saddr ::1 ip6 nexthdr tcp rt nexthop ::2 log group 2 snaplen 64 queue-threshold 5' \
  'nft add rule ip t input socket transparent 1 mark set 1 accept' \
  'nft add rule ip t input ct count over 10 drop' \
  'nft add rule ip t input ip dscp cs1 ip ecn ect0 meta priority set 1:2 dup to 10.0.0.9 device lo' \
  'nft -a list chain ip t input' \
  'nft add rule ip t missing accept'
$R nf-ruleset 'ip link set lo up' \
  "nft -f $C/nf-ruleset.nft" 'nft list ruleset' 'nft -a list ruleset' 'nft list counters' \
  'nft reset counters' 'nft reset quotas' 'nft list set inet filter blocked' \
  'nft add element inet filter blocked { 172.16.0.1 timeout 5m }' \
  'nft get element inet filter ports6 { 22 }' 'nft delete element inet filter ports6 { 443 }' \
  'nft add flowtable inet filter ft { hook ingress priority 0 \; devices = { lo } \; }' \
  'nft delete chain inet filter other' 'nft flush ruleset'
SETUP='conntrack -I -s 1.2.3.4 -d 5.6.7.8 -p tcp --sport 1 --dport 2 --state ESTABLISHED -t 100 -u SEEN_REPLY,ASSURED --mark 7 --zone 3; conntrack -I -s 1.1.1.1 -d 2.2.2.2 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 1 -t 30; conntrack -I -s ::1 -d ::2 -p udp --sport 1 --dport 2 -t 30; conntrack -I -s 3.3.3.3 -d 4.4.4.4 -p sctp --sport 5 --dport 6 --state ESTABLISHED --orig-vtag 1 --reply-vtag 2 -t 50'
$R nf-conntrack "$SETUP" \
  'conntrack -I -s 10.0.0.1 -d 10.0.0.2 -p tcp --sport 1000 --dport 80 --state SYN_SENT -t 30 --src-nat 9.9.9.9:5000' \
  'conntrack -I -f ipv6 -s fe80::1 -d fe80::2 -p icmpv6 --icmpv6-type 128 --icmpv6-code 0 --icmpv6-id 7 -t 30' \
  'conntrack -L' 'conntrack -L -o extended,id,timestamp' 'conntrack -L -p tcp --dport 2 --zone 3' 'conntrack -L -f ipv6' \
  'conntrack -G -s 1.2.3.4 -d 5.6.7.8 -p tcp --sport 1 --dport 2 --zone 3' \
  'conntrack -U -s 1.2.3.4 -d 5.6.7.8 -p tcp --sport 1 --dport 2 --zone 3 --mark 9' \
  'conntrack -S' 'conntrack -C' 'conntrack -S expect' 'conntrack -L expect' \
  'conntrack -I expect -s 1.2.3.4 -d 5.6.7.8 -p tcp --sport 1 --dport 2 --tuple-src 1.2.3.4 --tuple-dst 5.6.7.8 --mask-src 255.255.255.255 --mask-dst 255.255.255.255 --tuple-port-src 0 --tuple-port-dst 2121 --mask-port-src 0 --mask-port-dst 65535 -t 100' \
  'timeout 1 conntrack -E -o timestamp & sleep 0.3; conntrack -I -s 7.7.7.7 -d 8.8.8.8 -p udp --sport 53 --dport 53 -t 20; conntrack -D -s 7.7.7.7; wait' \
  'conntrack -D -p icmp' 'conntrack -F'
$R nf-ipset '' \
  'ipset create s1 hash:ip timeout 300 counters comment' 'ipset add s1 10.0.0.1 timeout 100 comment "first"' \
  'ipset add s1 10.0.0.2 packets 5 bytes 500' 'ipset create s6 hash:net,port family inet6 hashsize 1024 maxelem 65536' \
  'ipset add s6 2001:db8::/32,tcp:80' 'ipset create bm bitmap:port range 1000-2000' 'ipset add bm 1500' \
  'ipset create hm hash:mac' 'ipset add hm 00:11:22:33:44:55' 'ipset create ni hash:net,iface skbinfo' \
  'ipset add ni 192.168.0.0/24,eth0 skbmark 0x10/0xff skbprio 1:2 skbqueue 3' 'ipset create ls list:set' \
  'ipset add ls s1' 'ipset test s1 10.0.0.1' 'ipset list' 'ipset save' 'ipset rename bm bm2' 'ipset swap s1 s1' \
  'ipset del s1 10.0.0.2' 'ipset add s1 1.2.3.4-1.2.3.6' 'ipset add s1 10.0.0.1' 'ipset flush s1' 'ipset destroy'
$R nf-queue 'nft add table inet q; nft add chain inet q out { type filter hook output priority 0 \; }; nft add rule inet q out udp dport 9999 queue num 5; nft add rule inet q out udp dport 9998 log group 7 prefix \"nl: \"' \
  "python3 $C/nf-queue.py"
$R nf-ctmisc '' \
  'nfct add timeout t1 inet tcp established 100 close 10' 'nfct add timeout u1 inet6 udp unreplied 10 replied 20' \
  'nfct add timeout g1 inet icmp timeout 30' 'nfct list timeout' 'nfct get timeout t1' \
  'nfct default-get timeout inet tcp' 'nfct default-set timeout inet udp unreplied 40' 'nfct delete timeout u1' \
  'nfct add helper ftp inet tcp' 'nfct list helper' 'nfct disable helper ftp inet tcp' 'nfct delete helper ftp inet tcp' \
  'nfacct add a1' 'nfacct add q1 --quota 1000 --bytes' 'nfacct list' 'nfacct get a1' 'nfacct list reset' 'nfacct del a1' \
  'nft list hooks' 'nft list hooks netdev device lo'
$R nf-hooks 'nft add table ip t; nft add chain ip t in { type filter hook input priority 0 \; }; nft add chain ip t pre { type filter hook prerouting priority -5 \; }; nft add table netdev nd; nft add chain netdev nd ing { type filter hook ingress device lo priority 0 \; }' \
  'nft list hooks' 'nft list hooks ip' 'nft list hooks netdev device lo'
$R nf-monitor 'nft add table ip t; nft add chain ip t out { type filter hook output priority 0 \; }; nft add rule ip t out udp dport 9 meta nftrace set 1 counter; nft add rule ip t out udp dport 9 accept' \
  'timeout 2 nft monitor & sleep 0.5; python3 -c "import socket; socket.socket(2,2).sendto(b\"x\",(\"127.0.0.1\",9))"; nft add table ip mon; nft add chain ip mon c { type filter hook input priority 0 \; }; nft add rule ip mon c counter; nft delete table ip mon; wait'
for f in $C/nf-*.jsonl; do
	grep -v '"proto":"NETLINK_ROUTE"' "$f" > "$f.tmp" || true
	mv "$f.tmp" "$f"
done
