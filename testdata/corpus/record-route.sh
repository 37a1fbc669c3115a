#!/bin/sh
# record-route.sh: re-record the route-*.jsonl corpus files (as root; see
# record.sh): every NETLINK_ROUTE object but links, stats and traffic
# control. This kernel lacks several encapsulations (mpls, ila, rpl,
# ioam6, xfrm), bridge VLAN filtering and DCB drivers: those requests are
# recorded with the kernel's refusal. Each file then keeps only the records
# of its own messages (links, stats and tc are recorded elsewhere), and the
# goldens are rewritten:
#   go test ./decode -run TestCorpus -update
# Line numbers in differences.txt must then be checked again.
set -eu
cd "$(dirname "$0")/../.."
R=testdata/corpus/record.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# req TYPE FAMILY: a dump request of a type iproute2 never sends (RTM_GETMULTICAST, RTM_GETANYCAST)
cat > "$tmp/req.py" <<'PY'
import socket, struct, sys
typ, fam = int(sys.argv[1]), int(sys.argv[2])
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
s.bind((0, 0))
body = bytes([fam]) + bytes(7)
s.send(struct.pack('=IHHII', 16 + len(body), typ, 0x301, 1, 0) + body)
while True:
    b = s.recv(65536)
    off, done = 0, False
    while off + 16 <= len(b):
        l, t = struct.unpack_from('=IH', b, off)
        if t in (2, 3) or l < 16:
            done = True
            break
        off += (l + 3) & ~3
    if done:
        break
PY
REQ="python3 $tmp/req.py"

VETH='ip link add d0 type veth peer name d0p; ip link set d0 up; ip link set d0p up'
VETH2='ip link add d0 type veth peer name d0p; ip link add d1 type veth peer name d1p; for d in d0 d0p d1 d1p; do ip link set $d up; done; ip addr add 10.0.0.1/24 dev d0; ip addr add 10.1.0.1/24 dev d1; ip -6 addr add fd00::1/64 dev d0 nodad'

$R route-addr "$VETH" \
 'ip addr add 10.0.0.1/24 dev d0' \
 'ip addr add 10.0.0.2/24 brd + dev d0 label d0:1' \
 'ip addr add 192.0.2.1/32 peer 192.0.2.2 dev d0' \
 'ip -6 addr add fd00::1/64 dev d0 nodad' \
 'ip -6 addr add fd00::2/64 dev d0 valid_lft 3600 preferred_lft 1800 noprefixroute' \
 'ip addr add 10.1.0.1/16 dev d0 metric 100' \
 'ip addr add 10.2.0.1/16 dev d0 proto 5' \
 'ip -6 addr add fd00::3/64 dev d0 mngtmpaddr home' \
 'ip addr show' 'ip -6 addr show dev d0' 'ip -4 addr show label d0:1' \
 'ip addr del 10.0.0.2/24 dev d0' 'ip -6 addr del fd00::2/64 dev d0' \
 'ip addr change 10.1.0.1/16 dev d0 valid_lft 100 preferred_lft 50' \
 'ip addr add 10.3.0.1/24 dev d0p; ip addr del 10.3.0.9/24 dev d0p' \
 "$REQ 58 10" "$REQ 62 10" "$REQ 58 2" \
 'ip addr flush dev d0' 'ip -s -s addr show dev d0p'

$R route-route "$VETH2; ip -6 addr add fd01::1/64 dev d1 nodad" \
 'ip route add 192.168.1.0/24 via 10.0.0.2' \
 'ip route add 192.168.2.0/24 dev d0 table 100 metric 50 mtu 1400 advmss 1360 congctl cubic' \
 'ip route add 192.168.3.0/24 nexthop via 10.0.0.2 weight 1 nexthop via 10.1.0.2 weight 3' \
 'ip route add 192.168.4.0/24 via inet6 fe80::1 dev d0' \
 'ip route add 192.168.5.0/24 encap mpls 100/200 via 10.0.0.2' \
 'ip route add 192.168.6.0/24 encap ip id 100 dst 10.9.9.9 ttl 64 tos 0x10 key dev d0' \
 'ip -6 route add fd02::/64 encap ip6 id 7 dst fd00::9 hoplimit 10 tc 1 csum dev d0' \
 'ip -6 route add fd03::/64 encap seg6 mode encap segs fc00::1,fc00::2 dev d0' \
 'ip -6 route add fd04::/64 encap seg6 mode inline segs fc00::1 hmac 1 dev d0' \
 'ip -6 route add fc00::100/128 encap seg6local action End dev d0' \
 'ip -6 route add fc00::101/128 encap seg6local action End.X nh6 fd00::2 count dev d0' \
 'ip -6 route add fc00::102/128 encap seg6local action End.DT4 vrftable 100 dev d0' \
 'ip -6 route add fd05::/64 encap rpl segs fc00::1,fc00::2 dev d0' \
 'ip -6 route add fd06::/64 encap ioam6 trace prealloc type 0x800000 ns 1 size 12 dev d0' \
 'ip -6 route add 2001:db8::/64 encap ila 1:2:3:4 csum-mode no-action ident-type luid hook-type output dev d0' \
 'ip route add 192.168.7.0/24 encap xfrm if_id 5 dev d0' \
 'ip route add 192.168.8.0/24 via 10.9.0.1 dev d0 onlink' \
 'ip route add 192.168.9.0/24 via 10.5.5.5' \
 'ip route add 192.168.10.0/24 dev d0 proto bird scope link rtt 10 rttvar 5 window 1000 cwnd 10 initcwnd 10 initrwnd 20 quickack 1 features ecn hoplimit 64 reordering 3 ssthresh 100 lock mtu mtu 1300 rto_min 200 fastopen_no_cookie 1' \
 'ip route add blackhole 10.10.0.0/16; ip route add unreachable 10.11.0.0/16; ip route add prohibit 10.12.0.0/16; ip route add throw 10.13.0.0/16 table 100' \
 'ip -6 route add fd07::/64 via fd00::2 metric 1024 pref high' \
 'ip -6 route add fd08::/64 nexthop via fd00::2 dev d0 weight 2 nexthop via fd01::2 dev d1' \
 'ip route add 192.168.11.0/24 nexthop via 10.0.0.2 dev d0 onlink nexthop dev d1' \
 'ip route add 192.168.12.0/24 via 10.0.0.2 src 10.0.0.1 realm 5 table 200 expires 100' \
 'ip route get 192.168.1.5' \
 'ip route get 192.168.3.5 from 10.0.0.1 ipproto tcp sport 1234 dport 80 mark 7' \
 'ip route get fibmatch 192.168.1.5' 'ip -6 route get fd07::1' \
 'ip route show table all' 'ip -6 route show' 'ip route show table 100' \
 'ip route del 192.168.1.0/24' 'ip route replace 192.168.2.0/24 dev d1 table 100' \
 'ip route append 192.168.13.0/24 dev d0' 'ip route flush table 100' \
 'ip route add 192.168.14.0/24 dev d0 tos 0x10 ttl-propagate disabled' \
 'ip route add 10.99.0.0/16 dev nosuchdev; ip route add 10.98.0.0/33 dev d0; ip route del 10.97.0.0/16'

for i in $(seq 0 299); do echo "route add 172.16.$((i/250)).$((i%250))/32 via 10.0.0.$((i%200+2)) metric $i"; done > "$tmp/b4"
for i in $(seq 0 149); do echo "-6 route add fd10::$i/128 via fd00::$((i+2)) metric $i"; done > "$tmp/b6"
$R route-dump "$VETH2; ip -batch $tmp/b4; ip -batch $tmp/b6; ip route add 10.20.0.0/16 nexthop via 10.0.0.2 nexthop via 10.1.0.2" \
 'ip route show' 'ip -6 route show' 'ip route show table all' \
 'ip route add 192.168.10.0/24 dev d0 proto bird scope link rtt 10 rttvar 5 window 1000 cwnd 10 initcwnd 10 initrwnd 20 quickack 1 features ecn hoplimit 64 reordering 3 ssthresh 100 mtu lock 1300 rto_min 200; ip route show 192.168.10.0/24' \
 'ip route save > /dev/null' 'ip -6 route flush fd10::/64'

$R route-neigh "$VETH; ip link add br0 type bridge; ip link add p0 type veth peer name p0p; ip link set p0 master br0; ip link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1 nolearning; for d in br0 p0 p0p vx0; do ip link set \$d up; done; ip addr add 10.0.0.1/24 dev d0; ip -6 addr add fd00::1/64 dev d0 nodad" \
 'ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev d0' \
 'ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev d0 nud permanent protocol static' \
 'ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev d0 nud noarp extern_learn' \
 'ip neigh add 10.0.0.9 dev d0 nud managed' \
 'ip -6 neigh add fd00::5 lladdr 02:00:00:00:00:15 dev d0 router' \
 'ip neigh add proxy 10.0.0.7 dev d0' \
 'ip neigh show' 'ip -6 neigh show' 'ip neigh show dev d0 nud permanent' 'ip -s neigh show' \
 'ip neigh get 10.0.0.5 dev d0' 'ip neigh show proxy' \
 'ip neigh replace 10.0.0.5 lladdr 02:00:00:00:00:55 dev d0 nud stale' \
 'ip neigh del 10.0.0.5 dev d0' 'ip neigh del 10.0.0.99 dev d0' \
 'bridge fdb add 02:00:00:00:00:10 dev p0 master static' \
 'bridge fdb add 02:00:00:00:00:11 dev p0 master sticky' \
 'bridge fdb add 02:00:00:00:00:12 dev p0 self local' \
 'bridge fdb append 00:00:00:00:00:00 dev vx0 dst 192.0.2.9' \
 'bridge fdb add 02:00:00:00:00:13 dev vx0 dst 2001:db8::9 port 4790 vni 100 self permanent' \
 'bridge fdb show' 'bridge fdb show br br0' 'bridge -s fdb show dev vx0' \
 'bridge fdb get 02:00:00:00:00:10 br br0' 'bridge fdb del 02:00:00:00:00:10 dev p0 master' \
 'ip neigh flush dev d0'

$R route-rule "$VETH2" \
 'ip rule add from 10.0.0.0/24 table 100 pref 1000' 'ip rule add uidrange 1000-2000 table 101' \
 'ip rule add sport 1000-2000 dport 80 ipproto tcp table 102' 'ip rule add fwmark 0x10/0xff table 103' \
 'ip rule add iif d0 oif d1 lookup main pref 2000' 'ip rule add not to 10.9.0.0/16 prohibit' \
 'ip rule add tos 0x10 from 10.5.0.0/16 blackhole' 'ip rule add to 10.6.0.0/16 goto 32766 pref 100' \
 'ip rule add from all lookup main suppress_prefixlength 0 pref 5' \
 'ip rule add from 10.7.0.0/16 protocol static realms 5 table 104' 'ip rule add l3mdev pref 500' \
 'ip rule add tun_id 7 table 105' 'ip rule add to 10.8.0.0/16 nop' \
 'ip -6 rule add from fd00::/64 table 106' 'ip -6 rule add to fd01::/64 ipproto udp dport 53 unreachable' \
 'ip rule show' 'ip -6 rule show' 'ip rule list table 100' 'ip rule del pref 1000' \
 'ip rule del table 999' 'ip rule add table 99999 pref 10' 'ip rule flush'

$R route-nexthop "$VETH2" \
 'ip nexthop add id 1 via 10.0.0.2 dev d0' 'ip nexthop add id 2 via 10.1.0.2 dev d1' \
 'ip nexthop add id 3 dev d0' 'ip nexthop add id 4 blackhole' 'ip -6 nexthop add id 5 via fd00::2 dev d0' \
 'ip nexthop add id 6 via 10.0.0.3 dev d0 onlink proto bgp' \
 'ip nexthop add id 10 group 1/2' 'ip nexthop add id 11 group 1,2/2,3' \
 'ip nexthop add id 12 group 1/2 type resilient buckets 32 idle_timer 10 unbalanced_timer 20' \
 'ip nexthop add id 13 encap mpls 100 via 10.0.0.2 dev d0' \
 'ip nexthop add id 14 encap ip id 5 dst 10.9.9.9 dev d0' \
 'ip nexthop add id 20 group 99' 'ip nexthop add id 21 via 10.9.9.9 dev d0' \
 'ip nexthop add id 22 via 10.0.0.2 dev nosuchdev' \
 'ip route add 192.168.1.0/24 nhid 10' 'ip route add 192.168.2.0/24 nhid 99' \
 'ip nexthop show' 'ip -6 nexthop show' 'ip nexthop show id 12' 'ip nexthop show groups' \
 'ip nexthop show dev d0' 'ip nexthop bucket show' 'ip nexthop bucket show id 12 nhid 1' \
 'ip nexthop bucket get id 12 index 0' 'ip route show' 'ip nexthop replace id 10 group 2' \
 'ip nexthop del id 11' 'ip nexthop flush'

BR='ip link add d0 type veth peer name d0p; ip link add br0 type bridge mcast_snooping 1; ip link add p0 type veth peer name p0p; ip link add p1 type veth peer name p1p; ip link set p0 master br0; ip link set p1 master br0; for d in d0 d0p br0 p0 p0p p1 p1p; do ip link set $d up; done; ip addr add 10.0.0.1/24 dev d0; ip -6 addr add fd00::1/64 dev d0 nodad'
$R route-netconf "$BR" 'ip netconf show' 'ip -6 netconf show' 'ip netconf show dev d0' 'ip -6 netconf show dev d0' 'ip netconf show dev br0'
$R route-mdb "$BR" \
 'bridge mdb add dev br0 port p0 grp 239.1.1.1 permanent' \
 'bridge mdb add dev br0 port p0 grp ff0e::1 permanent vid 1' \
 'bridge mdb add dev br0 port p0 grp ff0e::2 permanent' \
 'bridge mdb add dev br0 port p1 grp 239.1.1.2 src 10.0.0.9 permanent' \
 'bridge mdb add dev br0 port p1 grp 239.1.1.3 temp filter_mode include source_list 10.0.0.1,10.0.0.2 proto zebra' \
 'bridge mdb add dev br0 port p0 grp 01:00:5e:01:01:01 permanent' \
 'ip link set p0 type bridge_slave mcast_router 2' \
 'bridge mdb show' 'bridge -d -s mdb show' 'bridge mdb show dev br0 port p0' \
 'bridge mdb get dev br0 grp 239.1.1.1' 'bridge mdb del dev br0 port p0 grp 239.1.1.1' \
 'bridge mdb del dev br0 port p0 grp 239.9.9.9' \
 'bridge vlan show' 'bridge -d vlan show' 'bridge vlan global show' \
 'bridge vlan set dev p0 vid 10 state learning' \
 'bridge vlan global set dev br0 vid 1 mcast_snooping 1 mcast_igmp_version 3'

# named netns ids: the names are bind mounts under /run/netns, removed at the end
NS="$VETH; ip addr add 10.0.0.1/24 dev d0; ip netns add rcnsa; ip netns add rcnsb"
$R route-nsid "$NS" 'ip netns set rcnsa 5' 'ip netns set rcnsb auto' 'ip netns list-id' \
 'ip netns list-id target rcnsa' 'ip netns list' 'ip netns set rcnsa 7' \
 'ip link add n0 type veth peer name n1 netns rcnsa; ip -d link show n0 >/dev/null' \
 'ip netns del rcnsa; ip netns del rcnsb'
$R route-ntable "$VETH; ip addr add 10.0.0.1/24 dev d0" 'ip ntable show' 'ip -6 ntable show' \
 'ip ntable show dev d0' 'ip ntable change name arp_cache dev d0 queue 8 app_probes 1 locktime 100' \
 'ip ntable change name arp_cache thresh1 64' 'ip -s ntable show name arp_cache'
$R route-addrlabel "$VETH" 'ip addrlabel add prefix fd00::/64 label 100' \
 'ip addrlabel add prefix fd01::/64 dev d0 label 101' 'ip addrlabel list' \
 'ip addrlabel del prefix fd00::/64 label 100' 'ip addrlabel del prefix fd09::/64 label 9' 'ip addrlabel flush'

VX="$VETH; ip addr add 10.0.0.1/24 dev d0; ip link add vx0 type vxlan dstport 4789 external vnifilter local 10.0.0.1; ip link set vx0 up"
$R route-tunnel "$VX" 'bridge vni add dev vx0 vni 100' 'bridge vni add dev vx0 vni 200-210 group 239.1.1.1' \
 'bridge vni add dev vx0 vni 300 remote 10.0.0.9' 'bridge vni show' 'bridge -s vni show dev vx0' \
 'bridge vni del dev vx0 vni 100' 'bridge vni del dev vx0 vni 999'
$R route-dcb "$VX" 'dcb ets show dev d0' 'dcb pfc show dev d0' 'dcb dcbx show dev d0' 'dcb app show dev d0' \
 'dcb buffer show dev d0' 'dcb maxrate show dev d0' 'dcb ets set dev d0 willing on'
$R route-monitor "$VETH" '(timeout 3 ip monitor all &) ; sleep 0.5; ip addr add 10.0.0.1/24 dev d0; ip -6 addr add fd00::1/64 dev d0 nodad; ip route add 192.168.1.0/24 via 10.0.0.2; ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev d0; ip rule add from 10.0.0.0/24 table 100; ip nexthop add id 1 via 10.0.0.2 dev d0; sysctl -qw net.ipv4.conf.d0.forwarding=1; ip route del 192.168.1.0/24; ip addr del 10.0.0.1/24 dev d0; ip nexthop del id 1; sleep 3'

# keep each file's own messages: drop the buffers holding links (16-19),
# traffic control (36-51, 100-102), stats (92-95) or link properties
# (108-110), also when echoed in an NLMSG_ERROR
cat > "$tmp/filter.py" <<'PY'
import json, struct, sys
OTHER = set(range(16, 20)) | set(range(36, 52)) | set(range(92, 96)) | set(range(100, 103)) | set(range(108, 111))
def types(b):
    out, off = [], 0
    while off + 16 <= len(b):
        l, t = struct.unpack_from('=IH', b, off)
        out.append(t)
        if t == 2 and off + 36 <= len(b):
            out.append(struct.unpack_from('=H', b, off + 24)[0])
        if l < 16:
            break
        off += (l + 3) & ~3
    return out
for path in sys.argv[1:]:
    keep = []
    for line in open(path):
        r = json.loads(line)
        if r.get('proto') not in (None, '', 'NETLINK_ROUTE'):
            continue
        if any(t in OTHER for t in types(bytes.fromhex(r['hex']))):
            continue
        keep.append(line)
    open(path, 'w').writelines(keep)
PY
python3 "$tmp/filter.py" testdata/corpus/route-*.jsonl
