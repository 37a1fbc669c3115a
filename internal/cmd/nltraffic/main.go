//go:build linux

// Command nltraffic moves netlink buffers through every system call
// nldump trace reads, and logs each buffer as it sent or received it: the
// ground truth the trace tests compare nldump's report with.
//
//	nltraffic LOG          run every case once, log to LOG
//	nltraffic -loop LOG    dump the links every 20 ms until killed,
//	                       printing a line to stdout each time
//	nltraffic -scm LOG     receive an unbound netlink socket over a unix
//	                       socket (SCM_RIGHTS), then ask through it
//	nltraffic -untraced FILE
//	                       run cat FILE in a child made with
//	                       CLONE_UNTRACED
//
// A LOG line is "WHO CALL DIR HEX NOTE": WHO is main, thread or child;
// DIR is send or recv; HEX the bytes of one datagram, its iovecs
// separated by commas; NOTE "-", or what the call did besides moving the
// datagram: "peek" (MSG_PEEK), "trunc" (cut to the buffer), "trunc=N"
// (cut; the call returned its length N), "err=ENAME" (a failed send),
// several joined by commas.
package main

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

var (
	logf *os.File
	who  = "main"
	seq  uint32
)

func main() {
	args := os.Args[1:]
	loop, scm := false, false
	if len(args) == 2 && args[0] == "-untraced" {
		untraced(args[1])
		return
	}
	if len(args) > 0 && args[0] == "-loop" {
		loop, args = true, args[1:]
	}
	if len(args) > 0 && args[0] == "-scm" {
		scm, args = true, args[1:]
	}
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: nltraffic [-loop] LOG")
		os.Exit(2)
	}
	var err error
	logf, err = os.OpenFile(args[0], os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	check(err)
	if os.Getenv("NLTRAFFIC_CHILD") != "" {
		who = "child"
		child()
		return
	}
	if loop {
		runLoop()
		return
	}
	if scm {
		rights()
		return
	}
	fd := open(unix.NETLINK_ROUTE)
	sendtoRecvmsg(fd)
	sendmsgPeek(fd)
	writeReadv(fd)
	writevRecvmmsg(fd)
	sendmmsg(fd)
	dups(fd)
	thread(fd)
	fork(fd)
	extack(fd)
	refused(fd)
	truncated(fd)
	genl()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "nltraffic:", err)
		os.Exit(1)
	}
}

func logBuf(call, dir string, b ...[]byte) { logNote(call, dir, "-", b...) }

// logNote logs one datagram, its iovecs separated by commas.
func logNote(call, dir, note string, bufs ...[]byte) {
	var h []string
	for _, b := range bufs {
		if len(b) > 0 {
			h = append(h, hex.EncodeToString(b))
		}
	}
	if len(h) == 0 {
		return
	}
	fmt.Fprintf(logf, "%s %s %s %s %s\n", who, call, dir, strings.Join(h, ","), note)
}

// logRecv logs what n returned bytes left in each buffer.
func logRecv(call string, bufs [][]byte, n int) {
	var got [][]byte
	for _, b := range bufs {
		k := min(len(b), max(n, 0))
		got = append(got, b[:k])
		n -= k
	}
	logBuf(call, "recv", got...)
}

func open(proto int) int {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, proto)
	check(err)
	check(unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}))
	return fd
}

// msg builds a netlink message.
func msg(typ, flags uint16, payload ...[]byte) []byte {
	seq++
	b := make([]byte, 16)
	for _, p := range payload {
		b = append(b, p...)
	}
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	binary.LittleEndian.PutUint32(b[0:], uint32(len(b)))
	binary.LittleEndian.PutUint16(b[4:], typ)
	binary.LittleEndian.PutUint16(b[6:], flags)
	binary.LittleEndian.PutUint32(b[8:], seq)
	return b
}

func ifinfo(index int32) []byte {
	b := make([]byte, 16)
	binary.LittleEndian.PutUint32(b[4:], uint32(index))
	return b
}

func getLinks() []byte {
	return msg(unix.RTM_GETLINK, unix.NLM_F_REQUEST|unix.NLM_F_DUMP, ifinfo(0))
}

func getLo() []byte {
	return msg(unix.RTM_GETLINK, unix.NLM_F_REQUEST, ifinfo(1))
}

// done says whether a received buffer ends a dump or answers a request.
func done(b []byte) bool {
	for off := 0; off+16 <= len(b); {
		n := int(binary.LittleEndian.Uint32(b[off:]))
		typ := binary.LittleEndian.Uint16(b[off+4:])
		flags := binary.LittleEndian.Uint16(b[off+6:])
		if typ == unix.NLMSG_DONE || typ == unix.NLMSG_ERROR || flags&unix.NLM_F_MULTI == 0 {
			return true
		}
		if n < 16 {
			return true
		}
		off += (n + 3) &^ 3
	}
	return false
}

// recvAll receives with recvmsg into two iovecs until the answer is
// complete.
func recvAll(fd int) {
	for {
		a, b := make([]byte, 100), make([]byte, 65536)
		n, _, _, _, err := unix.RecvmsgBuffers(fd, [][]byte{a, b}, nil, 0)
		check(err)
		logRecv("recvmsg", [][]byte{a, b}, n)
		all := append(a[:min(n, 100)], b[:max(0, n-100)]...)
		if done(all) {
			return
		}
	}
}

func sendtoRecvmsg(fd int) {
	m := getLinks()
	check(unix.Sendto(fd, m, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}))
	logBuf("sendto", "send", m)
	recvAll(fd)
}

// sendmsgPeek sends one message split over two iovecs, peeks at the
// answer with a small buffer (MSG_TRUNC reports the whole length), then
// reads it with recvfrom and read.
func sendmsgPeek(fd int) {
	m := msg(unix.RTM_GETADDR, unix.NLM_F_REQUEST|unix.NLM_F_DUMP, make([]byte, 8))
	_, err := unix.SendmsgBuffers(fd, [][]byte{m[:16], m[16:]}, nil, nil, 0)
	check(err)
	logBuf("sendmsg", "send", m[:16], m[16:])
	small := make([]byte, 8)
	n, _, err := unix.Recvfrom(fd, small, unix.MSG_PEEK|unix.MSG_TRUNC)
	check(err)
	logNote("recvfrom", "recv", fmt.Sprintf("peek,trunc=%d", n), small[:min(n, len(small))])
	for first := true; ; first = false {
		b := make([]byte, 65536)
		var n int
		call := "read"
		if first {
			call = "recvfrom"
			n, _, err = unix.Recvfrom(fd, b, 0)
		} else {
			n, err = unix.Read(fd, b)
		}
		check(err)
		logBuf(call, "recv", b[:n])
		if done(b[:n]) {
			return
		}
	}
}

func writeReadv(fd int) {
	m := msg(unix.RTM_GETROUTE, unix.NLM_F_REQUEST|unix.NLM_F_DUMP, make([]byte, 12))
	_, err := unix.Write(fd, m)
	check(err)
	logBuf("write", "send", m)
	for {
		bufs := [][]byte{make([]byte, 16), make([]byte, 32), make([]byte, 65536)}
		n, err := unix.Readv(fd, bufs)
		check(err)
		logRecv("readv", bufs, n)
		var all []byte
		for _, b := range bufs {
			all = append(all, b...)
		}
		if done(all[:n]) {
			return
		}
	}
}

type mmsghdr struct {
	hdr unix.Msghdr
	len uint32
	_   [4]byte
}

func mmsg(nr uintptr, fd int, msgs [][][]byte, flags int) int {
	hs := make([]mmsghdr, len(msgs))
	iovs := make([][]unix.Iovec, len(msgs))
	for i, bufs := range msgs {
		for _, b := range bufs {
			v := unix.Iovec{Base: &b[0]}
			v.SetLen(len(b))
			iovs[i] = append(iovs[i], v)
		}
		hs[i].hdr.Iov = &iovs[i][0]
		hs[i].hdr.SetIovlen(len(iovs[i]))
	}
	r, _, e := unix.Syscall6(nr, uintptr(fd), uintptr(unsafe.Pointer(&hs[0])), uintptr(len(hs)), uintptr(flags), 0, 0)
	if e != 0 {
		check(e)
	}
	runtime.KeepAlive(iovs)
	for i := 0; i < int(r); i++ {
		call, dir := "recvmmsg", "recv"
		if nr == unix.SYS_SENDMMSG {
			call, dir = "sendmmsg", "send"
		}
		n := int(hs[i].len)
		var got [][]byte
		for _, b := range msgs[i] {
			k := min(len(b), n)
			got = append(got, b[:k])
			n -= k
		}
		logBuf(call, dir, got...)
	}
	return int(r)
}

// writevRecvmmsg sends a request in two iovecs with writev, and receives
// the answer with recvmmsg.
func writevRecvmmsg(fd int) {
	m := getLo()
	_, err := unix.Writev(fd, [][]byte{m[:20], m[20:]})
	check(err)
	logBuf("writev", "send", m[:20], m[20:])
	got := 0
	for got < 1 {
		got += mmsg(unix.SYS_RECVMMSG, fd, [][][]byte{{make([]byte, 24), make([]byte, 65536)}, {make([]byte, 65536)}}, unix.MSG_WAITFORONE)
	}
}

// sendmmsg sends two requests in one call, each asking for an ack.
func sendmmsg(fd int) {
	a := msg(unix.RTM_GETLINK, unix.NLM_F_REQUEST|unix.NLM_F_ACK, ifinfo(1))
	b := msg(unix.RTM_GETLINK, unix.NLM_F_REQUEST|unix.NLM_F_ACK, ifinfo(1))
	mmsg(unix.SYS_SENDMMSG, fd, [][][]byte{{a}, {b[:16], b[16:]}}, 0)
	// each request has its answer and its ack
	for i := 0; i < 4; i++ {
		buf := make([]byte, 65536)
		n, _, _, _, err := unix.Recvmsg(fd, buf, nil, 0)
		check(err)
		logBuf("recvmsg", "recv", buf[:n])
	}
}

func ask(fd int, call string) {
	m := getLo()
	_, err := unix.Write(fd, m)
	check(err)
	logBuf(call, "send", m)
	b := make([]byte, 65536)
	n, err := unix.Read(fd, b)
	check(err)
	logBuf("read", "recv", b[:n])
}

// dups uses copies of the socket from dup, dup3 and fcntl, then puts a
// pipe where a copy was: the pipe's traffic is not netlink.
func dups(fd int) {
	d, err := unix.Dup(fd)
	check(err)
	ask(d, "write")
	check(unix.Dup3(fd, 50, unix.O_CLOEXEC))
	ask(50, "write")
	f, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 60)
	check(err)
	ask(f, "write")
	unix.Close(d)
	unix.Close(50)
	var p [2]int
	check(unix.Pipe2(p[:], unix.O_CLOEXEC))
	check(unix.Dup3(p[1], 50, unix.O_CLOEXEC))
	_, err = unix.Write(50, []byte("not netlink\n"))
	check(err)
	b := make([]byte, 64)
	_, err = unix.Read(p[0], b)
	check(err)
	unix.Close(50)
	unix.Close(p[0])
	unix.Close(p[1])
	unix.Close(f)
}

// thread asks from another thread of the process.
func thread(fd int) {
	ch := make(chan bool)
	go func() {
		runtime.LockOSThread()
		who = "thread"
		ask(fd, "write")
		who = "main"
		ch <- true
	}()
	<-ch
}

// fork runs a child process that inherits the socket as fd 3.
func fork(fd int) {
	f := os.NewFile(uintptr(fd), "netlink")
	exe, err := os.Executable()
	check(err)
	cmd := exec.Command(exe, logf.Name())
	cmd.Env = append(os.Environ(), "NLTRAFFIC_CHILD=1")
	cmd.ExtraFiles = []*os.File{f}
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	check(cmd.Run())
}

func child() {
	ask(3, "write")
}

// extack sends a request the kernel refuses, with an extended ack.
func extack(fd int) {
	check(unix.SetsockoptInt(fd, unix.SOL_NETLINK, unix.NETLINK_EXT_ACK, 1))
	// RTM_NEWLINK for a kind no driver knows
	kind := []byte{10, 0, 1, 0, 'n', 'o', 'n', 'e', 'x', 0, 0, 0}
	info := append([]byte{16, 0, unix.IFLA_LINKINFO, 0x80}, kind...)
	name := []byte{7, 0, unix.IFLA_IFNAME, 0, 'x', '0', 0, 0}
	m := msg(unix.RTM_NEWLINK, unix.NLM_F_REQUEST|unix.NLM_F_ACK|unix.NLM_F_CREATE|unix.NLM_F_EXCL, ifinfo(0), name, info)
	_, err := unix.Write(fd, m)
	check(err)
	logBuf("write", "send", m)
	recvAll(fd)
}

// refused sends to a port no socket has: the kernel refuses it with
// ECONNREFUSED.
func refused(fd int) {
	m := getLo()
	err := unix.Sendto(fd, m, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK, Pid: 424242})
	if err != unix.ECONNREFUSED {
		check(fmt.Errorf("sendto nl_pid=424242: %v, want ECONNREFUSED", err))
	}
	logNote("sendto", "send", "err=ECONNREFUSED", m)
}

// truncated receives answers into buffers too small for them: with
// MSG_TRUNC, which returns the whole length, and without, which says so
// in msg_flags.
func truncated(fd int) {
	m := getLo()
	check(unix.Sendto(fd, m, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}))
	logBuf("sendto", "send", m)
	small := make([]byte, 64)
	n, _, err := unix.Recvfrom(fd, small, unix.MSG_TRUNC)
	check(err)
	logNote("recvfrom", "recv", fmt.Sprintf("trunc=%d", n), small[:min(n, len(small))])
	check(unix.Sendto(fd, m, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}))
	logBuf("sendto", "send", m)
	a, b := make([]byte, 16), make([]byte, 48)
	n, _, fl, _, err := unix.RecvmsgBuffers(fd, [][]byte{a, b}, nil, 0)
	check(err)
	if fl&unix.MSG_TRUNC == 0 {
		check(fmt.Errorf("recvmsg into 64 bytes: no MSG_TRUNC"))
	}
	logNote("recvmsg", "recv", "trunc", a[:min(n, 16)], b[:max(0, min(n-16, 48))])
}

// genl asks the generic netlink controller for its own family.
func genl() {
	fd := open(unix.NETLINK_GENERIC)
	name := []byte{11, 0, unix.CTRL_ATTR_FAMILY_NAME, 0, 'n', 'l', 'c', 't', 'r', 'l', 0, 0}
	m := msg(unix.GENL_ID_CTRL, unix.NLM_F_REQUEST, []byte{unix.CTRL_CMD_GETFAMILY, 1, 0, 0}, name)
	check(unix.Sendto(fd, m, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}))
	logBuf("sendto", "send", m)
	recvAll(fd)
	unix.Close(fd)
}

// rights passes a netlink socket nobody has bound over a unix socket,
// and asks through the copy it receives.
func rights() {
	nl, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_ROUTE)
	check(err)
	var sp [2]int
	sp, err = unix.Socketpair(unix.AF_UNIX, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	check(err)
	check(unix.Sendmsg(sp[0], []byte("fd"), unix.UnixRights(nl), nil, 0))
	check(unix.Close(nl))
	b, oob := make([]byte, 16), make([]byte, unix.CmsgSpace(4))
	_, oobn, _, _, err := unix.Recvmsg(sp[1], b, oob, unix.MSG_CMSG_CLOEXEC)
	check(err)
	cm, err := unix.ParseSocketControlMessage(oob[:oobn])
	check(err)
	fds, err := unix.ParseUnixRights(&cm[0])
	check(err)
	m := getLo()
	check(unix.Sendto(fds[0], m, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}))
	logBuf("sendto", "send", m)
	recvAll(fds[0])
}

// untraced runs cat FILE in a child made with CLONE_UNTRACED: a tracer
// does not follow it there unless it clears the flag.
func untraced(file string) {
	cmd := exec.Command("cat", file)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: unix.CLONE_UNTRACED}
	check(cmd.Run())
}

// runLoop dumps the links until killed: the process nldump trace -p
// attaches to and detaches from.
func runLoop() {
	fd := open(unix.NETLINK_ROUTE)
	for i := 0; ; i++ {
		m := getLinks()
		check(unix.Sendto(fd, m, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}))
		for {
			b := make([]byte, 65536)
			n, _, err := unix.Recvfrom(fd, b, 0)
			check(err)
			if done(b[:n]) {
				break
			}
		}
		fmt.Println("round", i)
		time.Sleep(20 * time.Millisecond)
	}
}
