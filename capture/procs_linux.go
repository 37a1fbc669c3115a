package capture

import (
	"bytes"
	"errors"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// ProcResolver names the processes behind netlink port ids on this host
// (in nldump's network namespace): NETLINK_SOCK_DIAG's netlink
// diagnostics give each socket's port id and inode, and the processes'
// descriptors (/proc/PID/fd, links "socket:[INODE]") the process that
// holds it. What it learns is cached and checked again as sockets come
// and go: a port id not in the cache, or cached for longer than
// portTTL, is looked up in a new dump; an inode not seen in a process
// makes it scan the processes again. A port id that no dump taken after
// the frame holds belonged to a socket closed before it could be
// resolved: the answer says so (Note) rather than guess.
//
// It is not safe for concurrent use.
type ProcResolver struct {
	c      *nlConn // NETLINK_SOCK_DIAG; nil when the kernel has no netlink_diag
	myPort uint32
	ports  map[portKey]portEntry
	inodes map[uint32]Process // socket inode -> process
	dumpAt time.Time          // when the last dump was taken
	scanAt time.Time          // when /proc was last scanned
	procfs string             // "/proc"
	now    func() time.Time

	// Dumps and Scans count the dumps of the socket table and the scans
	// of /proc (for tests and statistics).
	Dumps, Scans int
}

type portEntry struct {
	ino uint32
	at  time.Time // the dump that saw it
	// proc holds the socket; checked says it was looked up (or checked
	// again) since the dump.
	proc    Process
	checked bool
}

const (
	// portTTL is how long a port id's inode is trusted without a new
	// dump (a socket may close and its port id go to another).
	portTTL = time.Second
	// minDumpGap and minScanGap bound the cost of unknown port ids: at
	// most one dump and one /proc scan in such an interval.
	minDumpGap = 20 * time.Millisecond
	minScanGap = 100 * time.Millisecond

	sockDiagByFamily = 20  // SOCK_DIAG_BY_FAMILY
	ndiagProtoAll    = 255 // NDIAG_PROTO_ALL
	netlinkDiagMsgSz = 28  // struct netlink_diag_msg
)

// NewProcResolver opens the diagnostics socket. Where the kernel has no
// netlink_diag module, it reads /proc/net/netlink instead (the same
// facts, slower to parse).
func NewProcResolver() (*ProcResolver, error) {
	r := &ProcResolver{ports: map[portKey]portEntry{}, inodes: map[uint32]Process{}, procfs: "/proc", now: time.Now}
	c, err := dialNetlink(unix.NETLINK_SOCK_DIAG)
	if err != nil {
		if _, e := os.Stat("/proc/net/netlink"); e != nil {
			return nil, err
		}
	} else {
		r.c = c
		if sa, err := unix.Getsockname(c.fd); err == nil {
			if nl, ok := sa.(*unix.SockaddrNetlink); ok {
				r.myPort = nl.Pid
			}
		}
	}
	return r, nil
}

// Close closes the diagnostics socket.
func (r *ProcResolver) Close() error {
	if r.c != nil {
		return r.c.Close()
	}
	return nil
}

// Own reports whether a frame is one of the resolver's own questions to
// the kernel or their answers (which a live capture sees too).
func (r *ProcResolver) Own(fr *Frame) bool {
	if r.c == nil || fr.Proto != unix.NETLINK_SOCK_DIAG || len(fr.Data) < nlmsgHdrLen {
		return false
	}
	return order(fr.BigEndian).Uint32(fr.Data[12:]) == r.myPort
}

// Resolve returns the process behind a port id.
func (r *ProcResolver) Resolve(proto int, port uint32) Process {
	return r.ResolveAt(proto, port, r.now())
}

// ResolveAt returns the process behind a port id as of a frame captured
// at time t (zero: now).
func (r *ProcResolver) ResolveAt(proto int, port uint32, t time.Time) Process {
	now := r.now()
	if t.IsZero() {
		t = now
	}
	k := portKey{uint16(proto), port}
	e, ok := r.ports[k]
	if ok && e.checked && now.Sub(e.at) <= portTTL && (e.proc.Known() || !t.After(e.at)) {
		// a process found holds for portTTL; a process not found, only
		// for frames from before the dump that did not find it (the
		// port may have gone to a new socket since)
		return e.proc
	}
	if !ok || now.Sub(e.at) > portTTL || (!e.proc.Known() && t.After(e.at)) {
		// not known, or known too long ago: look again
		if r.dumpAt.Before(t) || now.Sub(r.dumpAt) > minDumpGap {
			r.dump()
		}
		e, ok = r.ports[k]
	}
	if !ok {
		if !r.dumpAt.Before(t) {
			return Process{Note: NoteGone}
		}
		return Process{Note: "port id not found"}
	}
	e.proc = r.holder(port, e)
	if e.proc.Known() {
		e.proc.By = ByDiag
	}
	e.checked = true
	r.ports[k] = e
	return e.proc
}

// holder finds the process that holds a socket: the one known before if
// it still does, the process whose id is the port id (the kernel gives a
// process's first socket its id), or any, by a scan of /proc.
func (r *ProcResolver) holder(port uint32, e portEntry) Process {
	if e.proc.Known() && r.procHas(e.proc.PID, e.ino) {
		return e.proc
	}
	if p, ok := r.inodes[e.ino]; ok && r.procHas(p.PID, e.ino) {
		return p
	}
	if p, ok := r.scanOne(int(int32(port)), e.ino); ok {
		return p
	}
	if r.now().Sub(r.scanAt) > minScanGap {
		r.scan()
		if p, ok := r.inodes[e.ino]; ok {
			return p
		}
	}
	return Process{Note: NoteNoProcess}
}

func (r *ProcResolver) procHas(pid int, ino uint32) bool {
	d, err := os.Open(r.procfs + "/" + strconv.Itoa(pid) + "/fd")
	if err != nil {
		return false
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	want := "socket:[" + strconv.FormatUint(uint64(ino), 10) + "]"
	dir := r.procfs + "/" + strconv.Itoa(pid) + "/fd/"
	for _, n := range names {
		if l, err := os.Readlink(dir + n); err == nil && l == want {
			return true
		}
	}
	return false
}

// scanOne looks for the socket in one process.
func (r *ProcResolver) scanOne(pid int, ino uint32) (Process, bool) {
	if pid <= 0 || !r.procHas(pid, ino) {
		return Process{}, false
	}
	p := Process{PID: pid, Comm: readComm(r.procfs, pid)}
	r.inodes[ino] = p
	return p, true
}

// dump reads the table of netlink sockets: NETLINK_SOCK_DIAG's, or
// /proc/net/netlink's.
func (r *ProcResolver) dump() {
	r.Dumps++
	at := r.now()
	seen := make(map[portKey]portEntry, len(r.ports))
	ok := false
	if r.c != nil {
		req := make([]byte, 20) // struct netlink_diag_req
		req[0] = unix.AF_NETLINK
		req[1] = ndiagProtoAll
		err := r.c.doPort(sockDiagByFamily, unix.NLM_F_DUMP, req, r.myPort, func(msg []byte) error {
			if len(msg) < nlmsgHdrLen+netlinkDiagMsgSz {
				return nil
			}
			m := msg[nlmsgHdrLen:]
			k := portKey{uint16(m[2]), ne.Uint32(m[4:])}
			seen[k] = r.carry(k, ne.Uint32(m[16:]), at)
			return nil
		})
		ok = err == nil
	}
	if !ok {
		clear(seen)
		b, err := os.ReadFile(r.procfs + "/net/netlink")
		if err != nil {
			return
		}
		parseProcNetlink(b, func(proto int, port, ino uint32) {
			k := portKey{uint16(proto), port}
			seen[k] = r.carry(k, ino, at)
		})
	}
	r.ports = seen
	r.dumpAt = at
}

// carry makes the entry of a socket a dump lists, keeping the process
// known for the same socket (to be checked again).
func (r *ProcResolver) carry(k portKey, ino uint32, at time.Time) portEntry {
	e := portEntry{ino: ino, at: at}
	if old, ok := r.ports[k]; ok && old.ino == ino {
		e.proc = old.proc
	}
	return e
}

// parseProcNetlink reads /proc/net/netlink: "sk Eth Pid Groups Rmem Wmem
// Dump Locks Drops Inode" a line.
func parseProcNetlink(b []byte, fn func(proto int, port, ino uint32)) {
	for i, l := range bytes.Split(b, []byte{'\n'}) {
		f := strings.Fields(string(l))
		if i == 0 || len(f) < 10 {
			continue
		}
		proto, err1 := strconv.Atoi(f[1])
		port, err2 := strconv.ParseInt(f[2], 10, 64)
		ino, err3 := strconv.ParseUint(f[len(f)-1], 10, 32)
		if err1 == nil && err2 == nil && err3 == nil {
			fn(proto, uint32(port), uint32(ino))
		}
	}
}

// scan reads every process's descriptors for sockets.
func (r *ProcResolver) scan() {
	r.Scans++
	r.scanAt = r.now()
	d, err := os.Open(r.procfs)
	if err != nil {
		return
	}
	names, _ := d.Readdirnames(-1)
	d.Close()
	inodes := make(map[uint32]Process, len(r.inodes))
	for _, n := range names {
		pid, err := strconv.Atoi(n)
		if err != nil || pid <= 0 {
			continue
		}
		dir := r.procfs + "/" + n + "/fd/"
		fd, err := os.Open(dir)
		if err != nil {
			continue
		}
		fds, _ := fd.Readdirnames(-1)
		fd.Close()
		var comm string
		for _, f := range fds {
			l, err := os.Readlink(dir + f)
			if err != nil {
				continue
			}
			ino, ok := socketInode(l)
			if !ok || ino > math.MaxUint32 {
				continue
			}
			if _, dup := inodes[uint32(ino)]; dup {
				continue // shared across a fork: the first (lowest id) holder
			}
			if comm == "" {
				comm = readComm(r.procfs, pid)
			}
			inodes[uint32(ino)] = Process{PID: pid, Comm: comm}
		}
	}
	r.inodes = inodes
}

// readComm returns /proc/PID/comm without its newline.
func readComm(procfs string, pid int) string {
	b, err := os.ReadFile(procfs + "/" + strconv.Itoa(pid) + "/comm")
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(string(b), "\n")
}

// TaskProcess returns the process a thread belongs to (its thread group
// leader's id) and its command name, or a Process with a Note when the
// thread has gone.
func TaskProcess(tid int) Process {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(tid) + "/status")
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return Process{Note: "process exited"}
		}
		return Process{Note: err.Error()}
	}
	p := Process{PID: tid}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "Tgid:\t"); ok {
			if n, err := strconv.Atoi(v); err == nil && n > 0 {
				p.PID = n
			}
			break
		}
	}
	// the process's name (a thread may have named itself otherwise)
	p.Comm = readComm("/proc", p.PID)
	return p
}
