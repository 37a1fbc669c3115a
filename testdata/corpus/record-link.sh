#!/bin/sh
# record-link.sh: re-record the link-*.jsonl corpus files (as root; see
# record.sh). This kernel lacks most link kinds: their RTM_NEWLINK requests
# are recorded all the same (with the kernel's refusal). Afterwards keep
# only the records of link and stats messages, and rewrite the goldens:
#   go test ./decode -run TestCorpus -update
# Line numbers in differences.txt must then be checked again.
set -eu
cd "$(dirname "$0")/../.."
R=testdata/corpus/record.sh
VETH='ip link add v0 type veth peer name v1'
$R link-veth '' \
  'ip link add v0 type veth peer name v1 address 02:00:00:00:00:01 mtu 1400 txqueuelen 500' \
  'ip link add v2 mtu 1300 type veth peer name v3 address 02:00:00:00:00:03 numtxqueues 2' \
  'ip link set v0 up' 'ip link set v1 up' \
  'ip -d link show v0' 'ip -d link show' 'ip -s -s link show v1' 'ip link show type veth' \
  'ip -6 link show' 'ip -4 link show' 'ip link del v2' 'ip -d link show'
$R link-vxlan "$VETH" \
  'ip link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1 remote 10.0.0.2 ttl 10 tos 0x10 ageing 300 srcport 1000 2000 dev v0 maxaddress 10 noudpcsum' \
  'ip link add vx6 type vxlan id 43 dstport 4790 group ff05::1 dev v0 udp6zerocsumtx udp6zerocsumrx flowlabel 0x1234 df set' \
  'ip link add vx1 type vxlan external' 'ip link add vx2 type vxlan id 44 dstport 0 local fd00::1 gbp nolearning proxy l2miss l3miss ttl inherit' \
  'ip -d link show type vxlan' 'ip link set vx0 type vxlan ttl 20' 'ip link del vx1'
$R link-macvlan "$VETH" \
  'ip link add mv0 link v0 type macvlan mode bridge' 'ip link add mvt0 link v0 type macvtap mode vepa' \
  'ip link add mv1 link v0 type macvlan mode source macaddr add 02:00:00:00:00:05' \
  'ip link set mv1 type macvlan macaddr add 02:00:00:00:00:06' 'ip link add mv2 link v0 type macvlan mode private nopromisc' \
  'ip link add mv3 link v0 type macvlan mode passthru' \
  'ip -d link show'
$R link-tun '' \
$R link-tun '' \
  'ip tuntap add tap0 mode tap' 'ip tuntap add tun1 mode tun multi_queue user 0 group 0 pi vnet_hdr' \
  'ip -d link show' 'ip link del tap0'
$R link-bridge "$VETH; ip link add v2 type veth peer name v3" \
  'ip link add br0 type bridge stp_state 1 forward_delay 400 mcast_snooping 1 mcast_querier 1 group_address 01:80:c2:00:00:0e' \
  'ip link set v0 master br0' 'ip link set v2 master br0' \
  'ip link set v0 type bridge_slave cost 5 priority 3 learning off guard on hairpin on fastleave on' \
  'ip link set br0 up' 'ip link set v0 up' 'ip link set v1 up' \
  'ip -d link show br0' 'ip -d link show v0' 'ip -d link show master br0' \
  'bridge link' 'bridge -d link show' 'bridge link set dev v2 cost 7 guard on learning off flood off neigh_suppress on isolated on' \
  'bridge -d link show dev v2' \
  'bridge -d vlan show' 'bridge vlan add dev v0 vid 10 pvid untagged' 'bridge vlan add dev v0 vid 20-25' \
  'bridge vlan add dev v2 vid 30 tunnel_info id 300' 'bridge -c vlan show' 'bridge vlan del dev v0 vid 22' \
  'ip link set br0 type bridge vlan_filtering 1 vlan_protocol 802.1ad' \
  'ip link set br0 type bridge ageing_time 1000 mcast_stats_enabled 1 nf_call_iptables 1 mcast_igmp_version 3 mcast_router 2' \
  'ip -s -s link show br0' 'ip link set dev v0 nomaster' 'ip link del br0'
$R link-kinds "$VETH" \
  'ip link add vl0 link v0 type vlan id 10 protocol 802.1ad reorder_hdr off gvrp on mvrp on loose_binding on bridge_binding on egress-qos-map 1:2 3:4 ingress-qos-map 5:6' \
  'ip link add b0 type bond mode 802.3ad miimon 100 updelay 200 downdelay 200 xmit_hash_policy layer3+4 lacp_rate fast ad_select bandwidth ad_actor_sys_prio 10 ad_user_port_key 5 ad_actor_system 02:00:00:00:00:07 min_links 2 tlb_dynamic_lb 1 all_slaves_active 1 num_grat_arp 3 resend_igmp 2 lp_interval 3 packets_per_slave 4 use_carrier 1 peer_notify_delay 100' \
  'ip link add b1 type bond mode active-backup arp_interval 100 arp_ip_target 10.0.0.1,10.0.0.2 arp_validate all arp_all_targets all primary v0 primary_reselect better fail_over_mac active ns_ip6_target fd00::1,fd00::2 arp_missed_max 3' \
  'ip link set v0 type bond_slave queue_id 3' \
  'ip link add vrf0 type vrf table 10' \
  'ip link add g0 type gre remote 10.0.0.2 local 10.0.0.1 key 5 ttl 64 tos 0x10 csum seq nopmtudisc dev v0 encap fou encap-sport 1000 encap-dport 2000 encap-csum encap-remcsum ignore-df fwmark 7' \
  'ip link add gt0 type gretap remote 10.0.0.2 local 10.0.0.1 ikey 1.2.3.4 okey 5 external' \
  'ip link add e0 type erspan remote 10.0.0.2 local 10.0.0.1 seq key 10 erspan_ver 1 erspan 5' \
  'ip link add e1 type erspan remote 10.0.0.2 local 10.0.0.1 seq key 11 erspan_ver 2 erspan_dir egress erspan_hwid 7' \
  'ip link add g6 type ip6gre remote fd00::2 local fd00::1 key 5 hoplimit 32 encaplimit 4 flowlabel 0x12345 tclass 0x10 dscp inherit allow-localremote' \
  'ip link add g6t type ip6gretap remote fd00::2 local fd00::1 encaplimit none' \
  'ip link add e6 type ip6erspan remote fd00::2 local fd00::1 seq key 10 erspan_ver 2 erspan_dir ingress erspan_hwid 7' \
  'ip link add ii0 type ipip remote 10.0.0.2 local 10.0.0.1 ttl 32 encap gue encap-sport auto encap-dport 5555 noencap-csum mode ipip' \
  'ip link add s0 type sit remote 10.0.0.2 local 10.0.0.1 mode any isatap' \
  'ip link add t6 type ip6tnl remote fd00::2 local fd00::1 mode ip6ip6 encaplimit 4 flowlabel 0x12345 tclass 0x10 hoplimit 40 mip6dev fwmark inherit' \
  'ip link add t7 type ip6tnl external' \
  'ip link add vt0 type vti remote 10.0.0.2 local 10.0.0.1 ikey 5 okey 6 dev v0 fwmark 3' \
  'ip link add vt6 type vti6 remote fd00::2 local fd00::1 key 5' \
  'ip link add gn0 type geneve id 5 remote 10.0.0.2 ttl 64 tos 0x10 dstport 6081 df set udpcsum' \
  'ip link add gn6 type geneve id 6 remote fd00::2 flowlabel 0x1234 udp6zerocsumtx udp6zerocsumrx ttl inherit' \
  'ip link add gn1 type geneve external innerprotoinherit' \
  'ip link add iv0 link v0 type ipvlan mode l3 private' 'ip link add ivt0 link v0 type ipvtap mode l2 vepa' 'ip link add iv1 link v0 type ipvlan mode l3s' \
  'ip link add ms0 link v0 type macsec port 11 encrypt on cipher gcm-aes-256 validate strict icvlen 16 send_sci on end_station off scb off protect on replay on window 10 encodingsa 1' \
  'ip link add ms1 link v0 type macsec sci 0102030405060708 cipher gcm-aes-xpn-128 offload mac' \
  'ip link add xf0 type xfrm dev v0 if_id 5' 'ip link add xf1 type xfrm if_id 6 external' \
  'ip link add bu0 type bareudp dstport 6635 ethertype mpls_uc srcportmin 1000 multiproto' \
  'ip link add hsr0 type hsr slave1 v0 slave2 v1 supervision 45 version 1' \
  'ip link add hsr1 type hsr slave1 v0 slave2 v1 proto 1' \
  'ip link add d0 type dummy' 'ip link add tm0 type team' 'ip link add ifb0 type ifb' 'ip link add nl0 type nlmon' \
  'ip link add wg0 type wireguard' 'ip link add vc0 type vxcan peer name vc1' 'ip link add c0 type vcan' \
  'ip link add vt1 type vti6 external' 'ip link add mp0 type veth peer name mp1 netns $$' \
  'ip link add ipo0 link v0 type ipoib pkey 0x8001 mode connected' 'ip link add am0 type amt dev v0 mode gateway local 10.0.0.1 discovery 10.0.0.5' \
  'ip link add gtp0 type gtp role sgsn hsize 1000'
$R link-set "$VETH" \
  'ip link set v0 mtu 1300' 'ip link set v0 address 02:11:22:33:44:55' 'ip link set v0 broadcast ff:ff:ff:ff:ff:fe' \
  'ip link set v0 name v9' 'ip link set v9 alias "my link"' 'ip link set v9 txqueuelen 100' 'ip link set v9 group 5' \
  'ip link set v9 arp off' 'ip link set v9 promisc on' 'ip link set v9 allmulticast on' 'ip link set v9 multicast off' \
  'ip link set v9 dynamic on' 'ip link set v9 trailers on' 'ip link set v9 carrier off' 'ip link set v9 protodown on' \
  'ip link set v9 protodown_reason 0 on' 'ip link property add dev v9 altname longname0' 'ip link show longname0' \
  'ip link property del dev v9 altname longname0' 'ip link set v9 gso_max_size 30000' 'ip link set v9 gso_max_segs 100' \
  'ip link set v9 gro_max_size 30000' 'ip link set v9 xdp off' 'ip link set v9 xdpgeneric off' 'ip link set v9 mode dormant' \
  'ip link set v9 addrgenmode none' 'ip link set v9 addrgenmode stable_secret' 'ip link set v9 addrgenmode random' \
  'ip link set v9 up' 'ip token set ::11 dev v9' 'ip token get dev v9' 'ip token list' \
  'ip link set v9 vf 0 mac 02:00:00:00:00:09' 'ip link set v9 vf 0 vlan 10 qos 2 proto 802.1ad' 'ip link set v9 vf 0 rate 100' \
  'ip link set v9 vf 0 max_tx_rate 100 min_tx_rate 10' 'ip link set v9 vf 0 spoofchk on' 'ip link set v9 vf 0 state enable' \
  'ip link set v9 vf 0 trust on' 'ip link set v9 vf 0 query_rss on' 'ip link set v9 vf 0 node_guid 11:22:33:44:55:66:77:88' \
  'ip link set v9 vf 0 port_guid 11:22:33:44:55:66:77:89' 'ip link set v9 netns $$' 'ip link set v9 link-netnsid 0' \
  'ip link set dev v9 type veth' 'ip -d link show v9' 'ip link show up' 'ip link show group 5' 'ip link show dynamic'
$R link-errors "$VETH" \
  'ip link set nosuchdev up' 'ip link del nosuchdev' 'ip link show nosuchdev' 'ip link show dev 12345' \
  'ip link add v0 type veth peer name v0b' 'ip link set lo mtu 10' 'ip link set v0 mtu 100000' \
  'ip link set v0 master v1' 'ip link set lo address 02:00:00:00:00:01' 'ip link add v0x type veth peer name v1' \
  'ip link set v0 name lo' 'ip link del lo' 'ip link set v0 type vxlan id 5' 'ip link set v0 group 4294967295' \
  'ip link set v0 txqueuelen 4294967295' 'ip link set dev v0 vf 1 mac 02:00:00:00:00:01'
$R link-stats 'ip link add v0 type veth peer name v1; ip link add br0 type bridge; ip link set v0 master br0; ip link set br0 up; ip link set v0 up; ip link set v1 up' \
  'ip stats show' 'ip stats show dev v0 group link' 'ip stats show group offload' 'ip stats show group offload subgroup cpu_hit' \
  'ip stats show group offload subgroup hw_stats_info' 'ip stats show group offload subgroup l3_stats' 'ip stats show group xstats' \
  'ip stats show group xstats_slave' 'ip stats show group afstats' \
  'ip stats show group xstats subgroup bridge suite mcast' 'ip stats show group xstats_slave subgroup bridge suite stp' 'ip stats show group xstats subgroup bond' \
  'ip link xstats type bridge' 'ip link xstats type bridge_slave' 'ip link xstats type bond' 'ip link xstats type bridge dev br0' 'ip link afstats' 'ip link afstats dev v0' \
  'ip stats set dev v0 l3_stats on' 'ip stats set dev v0 l3_stats off'
$R link-monitor 'ip link add br0 type bridge' \
  'ip monitor link & sleep 0.3; ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up; ip link set v0 master br0; ip link set v0 mtu 1400; ip link set v0 nomaster; ip link del v0; sleep 0.3; kill $!' \
  'ip -6 monitor link & sleep 0.3; ip link add v2 type veth peer name v3; ip link set v2 up; ip link set v3 up; ip link set v2 addrgenmode none; ip token set ::5 dev v2; sleep 0.3; kill $!' \
  'bridge monitor link & sleep 0.3; ip link add v4 type veth peer name v5; ip link set v4 master br0; ip link set v4 up; bridge link set dev v4 cost 9; sleep 0.3; kill $!' \
  'ip monitor all & sleep 0.3; ip link add vx0 type vxlan id 10 dstport 4789; ip link set vx0 up; ip link del vx0; sleep 0.3; kill $!'

# keep the records of link and stats messages only (the monitors and
# bridge also see addresses, routes, nsids, vlans: other decoders' corpora)
python3 - testdata/corpus/link-*.jsonl <<'PY'
import json, re, sys
ok = re.compile(r'^(RTM_(NEW|DEL|GET|SET)LINK|RTM_(NEW|DEL|GET)LINKPROP|RTM_(NEW|GET)STATS|0x5f /\* RTM_\?\?\? \*/|NLMSG_\w+|0 /\* NLMSG_\?\?\? \*/)$')
for p in sys.argv[1:]:
    keep = []
    for l in open(p):
        types = re.findall(r'nlmsg_type=(0x[0-9a-f]+ /\* [^*]*\*/|\d+ /\* [^*]*\*/|\w+)', json.loads(l)["strace"])
        if all(ok.match(t) for t in types):
            keep.append(l)
    open(p, 'w').write(''.join(keep))
PY
