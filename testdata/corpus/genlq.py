#!/usr/bin/env python3
"""genlq.py FAMILY CMD [dump] [ATTR...]: send one generic netlink request and
read the replies, for recording traffic of families no packaged tool speaks
(testdata/corpus/record.sh runs it under strace).

FAMILY is a family name (resolved with CTRL_CMD_GETFAMILY), CMD a number.
"dump" sets NLM_F_DUMP. Each ATTR is KIND:TYPE:VALUE with KIND one of u8,
u16, u32, u64, str (NUL-terminated) or flag (no VALUE).

    genlq.py netdev 1 dump
    genlq.py nlctrl 10 dump u16:1:0x10      # CTRL_CMD_GETPOLICY of nlctrl
    genlq.py TASKSTATS 1 u32:1:1            # TASKSTATS_CMD_GET of pid 1
"""
import socket
import struct
import sys

NLM_F_REQUEST, NLM_F_ACK, NLM_F_DUMP = 1, 4, 0x300
NLMSG_ERROR, NLMSG_DONE = 2, 3


def attr(typ, payload):
    n = 4 + len(payload)
    return struct.pack("=HH", n, typ) + payload + b"\0" * (-n % 4)


def encode(spec):
    kind, typ, *val = spec.split(":", 2)
    typ = int(typ, 0)
    v = val[0] if val else ""
    if kind == "str":
        return attr(typ, v.encode() + b"\0")
    if kind == "flag":
        return attr(typ, b"")
    fmt = {"u8": "=B", "u16": "=H", "u32": "=I", "u64": "=Q"}[kind]
    return attr(typ, struct.pack(fmt, int(v, 0)))


def request(sock, fam, cmd, flags, attrs, seq):
    body = struct.pack("=BBH", cmd, 1, 0) + b"".join(attrs)
    hdr = struct.pack("=IHHII", 16 + len(body), fam, flags, seq, 0)
    sock.send(hdr + body)
    out = []
    while True:
        data = sock.recv(65536)
        off = 0
        while off + 16 <= len(data):
            n, typ, _, _, _ = struct.unpack_from("=IHHII", data, off)
            if n < 16:
                return out
            out.append((typ, data[off + 16 : off + n]))
            if typ in (NLMSG_ERROR, NLMSG_DONE):
                return out
            off += (n + 3) & ~3
        if not flags & NLM_F_DUMP:
            return out


def family_id(sock, name):
    for typ, body in request(sock, 0x10, 3, NLM_F_REQUEST, [encode("str:2:" + name)], 1):
        if typ != 0x10:
            continue
        off = 4
        while off + 4 <= len(body):
            n, t = struct.unpack_from("=HH", body, off)
            if t == 1:
                return struct.unpack_from("=H", body, off + 4)[0]
            off += (n + 3) & ~3
    sys.exit("genlq: no family " + name)


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    name, cmd, rest = args[0], int(args[1], 0), args[2:]
    flags = NLM_F_REQUEST | NLM_F_ACK
    if rest and rest[0] == "dump":
        flags = NLM_F_REQUEST | NLM_F_DUMP
        rest = rest[1:]
    sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 16)
    sock.bind((0, 0))
    fam = 0x10 if name == "nlctrl" else family_id(sock, name)
    request(sock, fam, cmd, flags, [encode(a) for a in rest], 2)


if __name__ == "__main__":
    main()
