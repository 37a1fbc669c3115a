#!/usr/bin/env python3
"""Listen on NETLINK_KOBJECT_UEVENT for the kernel's events for a while,
and pass each on to udev's multicast group the way udevd does: a struct
udev_monitor_netlink_header ("libudev") then the KEY=VALUE properties.
Usage: uevent.py SECONDS"""
import select, socket, struct, sys, time, zlib

NETLINK_KOBJECT_UEVENT = 15
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_KOBJECT_UEVENT)
s.bind((0, 1))  # the kernel's group
out = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_KOBJECT_UEVENT)
out.bind((0, 0))

def udev(msg):
    props = msg.split(b"\0", 1)[1] if b"@" in msg.split(b"\0", 1)[0] else msg
    kv = dict(p.split(b"=", 1) for p in props.split(b"\0") if b"=" in p)
    h = lambda k: zlib.crc32(kv.get(k, b"")) if k in kv else 0
    hdr = struct.pack("=8s", b"libudev") + struct.pack("!I", 0xfeedcafe)
    hdr += struct.pack("=III", 40, 40, len(props))
    hdr += struct.pack("!IIII", h(b"SUBSYSTEM"), h(b"DEVTYPE"), 0, 0)
    return hdr + props

end = time.time() + float(sys.argv[1] if len(sys.argv) > 1 else 2)
while time.time() < end:
    r, _, _ = select.select([s], [], [], max(0, end - time.time()))
    if not r:
        break
    msg = s.recv(65536)
    try:
        out.sendto(udev(msg), (0, 2))
    except OSError:
        pass
