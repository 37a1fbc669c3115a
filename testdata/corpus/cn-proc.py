#!/usr/bin/env python3
# cn-proc.py: subscribe to the proc connector (NETLINK_CONNECTOR), start one
# short child process, read the kernel's events about it, unsubscribe.
# For testdata/corpus/record-host.sh (the connector exists only in the
# host's network namespace).
import os
import socket
import struct
import subprocess

NETLINK_CONNECTOR = 11
CN_IDX_PROC = 1
CN_VAL_PROC = 1
NLMSG_DONE = 3


def send(sk, op, seq):
    data = struct.pack("=I", op)
    cn = struct.pack("=IIIIHH", CN_IDX_PROC, CN_VAL_PROC, seq, 0, len(data), 0) + data
    nl = struct.pack("=IHHII", 16 + len(cn), NLMSG_DONE, 0, seq, os.getpid()) + cn
    sk.send(nl)


sk = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, NETLINK_CONNECTOR)
sk.bind((os.getpid(), CN_IDX_PROC))
send(sk, 1, 1)  # PROC_CN_MCAST_LISTEN
sk.settimeout(1)
child = subprocess.Popen(["/bin/true"])
child.wait()
# read until the child's exit (other processes of the host show up too)
try:
    for _ in range(64):
        b = sk.recv(65536)
        what, = struct.unpack_from("=I", b, 36)
        pid, = struct.unpack_from("=i", b, 52)
        if what == 0x80000000 and pid == child.pid:
            break
except socket.timeout:
    pass
send(sk, 2, 2)  # PROC_CN_MCAST_IGNORE
sk.close()
