# Exercise nfnetlink_queue and nfnetlink_log with real packets.
import socket, struct, os, sys, time
NETLINK_NETFILTER = 12
def nla(t, payload):
    l = 4 + len(payload)
    return struct.pack('=HH', l, t) + payload + b'\0' * ((4 - l % 4) % 4)
def msg(typ, flags, family, res_id, attrs=b'', seq=[0]):
    seq[0] += 1
    body = struct.pack('=BBH', family, 0, socket.htons(res_id)) + attrs
    return struct.pack('=IHHII', 16 + len(body), typ, flags, seq[0], 0) + body
REQ, ACK = 1, 4
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_NETFILTER)
s.bind((0, 0))
s.settimeout(2)
def rx():
    try:
        return s.recv(65536)
    except socket.timeout:
        return b''
Q = 3 << 8
# queue 5: bind, copy whole packets, conntrack and uid/gid info
s.send(msg(Q | 2, REQ | ACK, socket.AF_UNSPEC, 5, nla(1, struct.pack('=BBH', 1, 0, socket.htons(socket.AF_INET)))))
rx()
s.send(msg(Q | 2, REQ | ACK, socket.AF_UNSPEC, 5,
           nla(2, struct.pack('>IB', 0xffff, 2)) + nla(3, struct.pack('>I', 128)) +
           nla(4, struct.pack('>I', 0x08)) + nla(5, struct.pack('>I', 0x08))))
rx()
U = 4 << 8
s.send(msg(U | 1, REQ | ACK, socket.AF_INET, 0, nla(1, struct.pack('=B', 4))))  # PF_UNBIND
rx()
s.send(msg(U | 1, REQ | ACK, socket.AF_INET, 0, nla(1, struct.pack('=B', 3))))  # PF_BIND
rx()
s.send(msg(U | 1, REQ | ACK, socket.AF_UNSPEC, 7, nla(1, struct.pack('=B', 1)) +
           nla(2, struct.pack('>IBB', 0xffff, 2, 0)) + nla(4, struct.pack('>I', 1)) +
           nla(5, struct.pack('>I', 1)) + nla(6, struct.pack('>H', 1))))
rx()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setblocking(False)
u.sendto(b'logged', ('127.0.0.1', 9998))
rx()  # the log packet
u.sendto(b'queued', ('127.0.0.1', 9999))
pkt = rx()
pid = 0
if len(pkt) > 28:
    # the packet id is in NFQA_PACKET_HDR, the first attribute
    pid = struct.unpack('>I', pkt[24:28])[0]
s.send(msg(Q | 1, REQ, socket.AF_UNSPEC, 5, nla(2, struct.pack('>II', 1, pid)) + nla(3, struct.pack('>I', 0x42))))
u.sendto(b'queued2', ('127.0.0.1', 9999))
pkt = rx()
if len(pkt) > 28:
    pid = struct.unpack('>I', pkt[24:28])[0]
s.send(msg(Q | 3, REQ, socket.AF_UNSPEC, 5, nla(2, struct.pack('>II', 0, pid))))
s.send(msg(Q | 2, REQ | ACK, socket.AF_UNSPEC, 5, nla(1, struct.pack('=BBH', 2, 0, 0))))
rx()
s.send(msg(U | 1, REQ | ACK, socket.AF_UNSPEC, 7, nla(1, struct.pack('=B', 2))))
rx()
