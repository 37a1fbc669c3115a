#!/usr/bin/env python3
"""Open sockets of many kinds in the current network namespace, then sleep,
so that `ss` run next to it (testdata/corpus/protos.sh) has something to
report for every SOCK_DIAG family and attribute. Usage: sockets.py SECONDS"""
import os, socket, struct, sys, time

keep = []
def k(s):
    keep.append(s)
    return s

def tcp_pair(fam, host, port, cc=None, mark=None, tos=None):
    l = k(socket.socket(fam, socket.SOCK_STREAM))
    l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    l.bind((host, port)); l.listen(4)
    c = k(socket.socket(fam, socket.SOCK_STREAM))
    if cc:
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, cc.encode())
    if mark:
        c.setsockopt(socket.SOL_SOCKET, socket.SO_MARK, mark)
    if tos is not None:
        if fam == socket.AF_INET:
            c.setsockopt(socket.IPPROTO_IP, socket.IP_TOS, tos)
        else:
            c.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_TCLASS, tos)
    c.connect((host, port))
    a, _ = l.accept(); k(a)
    c.send(b"x" * 3000); a.recv(100)
    return l, c, a

tcp_pair(socket.AF_INET, "127.0.0.1", 5555, cc="bbr", mark=0x2a, tos=0x10)
_, c6, _ = tcp_pair(socket.AF_INET6, "::1", 5556, tos=0x20)
_, c2, _ = tcp_pair(socket.AF_INET, "127.0.0.1", 5557)
c2.shutdown(socket.SHUT_WR)

# a listener with an MD5 key for 127.0.0.2
l = k(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
l.setsockopt(socket.IPPROTO_IP, 15, 1)
l.setsockopt(socket.IPPROTO_IP, 11, 1)
l.bind(("127.0.0.1", 5558)); l.listen(1)
sa = struct.pack("=H", socket.AF_INET) + struct.pack("!H4s", 0, socket.inet_aton("127.0.0.2"))
sa += b"\0" * (128 - len(sa))
key = b"secret-key"
l.setsockopt(socket.IPPROTO_TCP, 14, sa + struct.pack("=BBHI", 0, 0, len(key), 0) + key.ljust(80, b"\0"))

# IPv6-only listener
l6 = k(socket.socket(socket.AF_INET6, socket.SOCK_STREAM))
l6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
l6.bind(("::", 5559)); l6.listen(1)

# MPTCP
try:
    ml = k(socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262))
    ml.bind(("127.0.0.1", 5560)); ml.listen(1)
    mc = k(socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262))
    mc.connect(("127.0.0.1", 5560))
    ma, _ = ml.accept(); k(ma)
    mc.send(b"y" * 500); ma.recv(10)
except OSError as e:
    print("mptcp:", e, file=sys.stderr)

# UDP
u = k(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)); u.bind(("127.0.0.1", 5353))
u6 = k(socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)); u6.bind(("::1", 5354))
u.sendto(b"hello", ("127.0.0.1", 5353))

# unix
path = "/tmp/nldump-corpus.sock"
try:
    os.unlink(path)
except OSError:
    pass
us = k(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)); us.bind(path); us.listen(2)
uc = k(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)); uc.connect(path)
ua = us.accept()[0]; k(ua)
uc.send(b"pending")
k(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)).connect(path)  # waits in the backlog
ab = k(socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)); ab.bind("\0nldump-abstract")
p1, p2 = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET); k(p1); k(p2)
p1.shutdown(socket.SHUT_RD)

# packet: raw socket with a filter, promiscuous membership, a fanout group
# and a TPACKET_V3 ring
ETH_P_ALL = 3
pk = k(socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL)))
pk.bind(("lo", ETH_P_ALL))
# BPF: ldb [SKF_AD_OFF+SKF_AD_PKTTYPE]; jeq #0, accept, drop
import ctypes
prog = [(0x30, 0, 0, 0xfffff004), (0x15, 0, 1, 0), (0x06, 0, 0, 0x40000), (0x06, 0, 0, 0)]
insns = b"".join(struct.pack("=HBBI", *i) for i in prog)
buf = ctypes.create_string_buffer(insns)
fprog = struct.pack("=HxxxxxxQ", len(prog), ctypes.addressof(buf))
pk.setsockopt(socket.SOL_SOCKET, 26, fprog)  # SO_ATTACH_FILTER
mreq = struct.pack("=iHH8s", socket.if_nametoindex("lo"), 1, 0, b"")  # PACKET_MR_PROMISC
pk.setsockopt(263, 1, mreq)  # PACKET_ADD_MEMBERSHIP
pk.setsockopt(263, 18, 0x2a | (0 << 16))  # PACKET_FANOUT, hash, id 42
pr = k(socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(0x0800)))
pr.setsockopt(263, 10, 2)  # PACKET_VERSION TPACKET_V3
pr.setsockopt(263, 5, struct.pack("=7I", 1 << 16, 4, 1 << 11, (4 << 16) >> 11, 60, 0, 0))  # PACKET_RX_RING

# netlink sockets of a few protocols, one in a group
for proto, groups in ((0, 1), (6, 0), (4, 0), (15, 1), (9, 0)):
    n = k(socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, proto))
    n.bind((0, groups))

time.sleep(float(sys.argv[1]) if len(sys.argv) > 1 else 20)
