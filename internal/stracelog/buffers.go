package stracelog

import (
	"bufio"
	"encoding/hex"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// Buffer is one buffer a process moved on a netlink socket, as an strace
// log shows it: the bytes of its hex dump and strace's text of it
// (decoded, or a quoted string where strace does not decode).
type Buffer struct {
	Pid   int
	Fd    int
	Proto string // NETLINK_ROUTE, ...
	Call  string
	Dir   string // send or recv
	Data  []byte
	Text  string
}

// ParseBuffers reads a log of every call (strace -f -e write=all -e
// read=all, no -e trace) and returns every dumped buffer of a call on a
// netlink socket, in order. It follows descriptors from socket(2)
// through dup, dup2, dup3, fcntl F_DUPFD, close, fork and execve.
func ParseBuffers(r io.Reader) ([]Buffer, error) {
	p := &bufParser{tables: map[int]*fdMap{}, unfinished: map[int]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		p.line(sc.Text())
	}
	p.flush()
	return p.out, sc.Err()
}

type fdInfo struct {
	proto   string
	cloexec bool
}

type fdMap struct{ m map[int]fdInfo }

type bufCall struct {
	pid     int
	fd      int
	proto   string
	call    string
	texts   []string
	vecIovs []int // iovecs of each earlier vector of an mmsg call
	vec     int
	cur     int
	bufs    map[int][]byte
	order   []int
}

type bufParser struct {
	tables     map[int]*fdMap
	unfinished map[int]string
	cur        *bufCall
	out        []Buffer
}

var (
	lineRE      = regexp.MustCompile(`^(?:(\d+)\s+)?([a-z0-9_]+)\((.*)\)\s+= (-?\d+|0x[0-9a-f]+|\?)`)
	unfinRE     = regexp.MustCompile(`^(?:(\d+)\s+)?(.*) <unfinished \.\.\.>$`)
	resumedRE   = regexp.MustCompile(`^(?:(\d+)\s+)?<\.\.\. ([a-z0-9_]+) resumed>(.*)$`)
	vectorRE    = regexp.MustCompile(`^ = (\d+) buffers in vector (\d+)`)
	sockArgsRE  = regexp.MustCompile(`^AF_NETLINK, ([^,]+), (NETLINK_[A-Z_0-9]+|\d+)$`)
	netlinkCall = map[string]bool{"sendto": true, "sendmsg": true, "sendmmsg": true, "recvfrom": true,
		"recvmsg": true, "recvmmsg": true, "write": true, "writev": true, "read": true, "readv": true}
)

func (p *bufParser) table(pid int) *fdMap {
	t := p.tables[pid]
	if t == nil {
		t = &fdMap{m: map[int]fdInfo{}}
		p.tables[pid] = t
	}
	return t
}

func firstArg(args string) (int, bool) {
	end := strings.IndexByte(args, ',')
	if end < 0 {
		end = len(args)
	}
	n, err := strconv.Atoi(strings.TrimSpace(args[:end]))
	return n, err == nil
}

func splitArgs(args string) []string {
	var out []string
	for i := 0; i < len(args); {
		end := ValueEnd(args, i)
		out = append(out, strings.TrimSpace(args[i:end]))
		i = end + 1
		for i < len(args) && args[i] == ' ' {
			i++
		}
	}
	return out
}

func (p *bufParser) line(l string) {
	if m := unfinRE.FindStringSubmatch(l); m != nil {
		p.flush()
		pid, _ := strconv.Atoi(m[1])
		p.unfinished[pid] = m[2]
		return
	}
	if m := resumedRE.FindStringSubmatch(l); m != nil {
		pid, _ := strconv.Atoi(m[1])
		if pre, ok := p.unfinished[pid]; ok {
			delete(p.unfinished, pid)
			l = pre + m[3]
			if m[1] != "" {
				l = m[1] + " " + l
			}
		}
	}
	if m := lineRE.FindStringSubmatch(l); m != nil {
		p.flush()
		pid, _ := strconv.Atoi(m[1])
		p.call(pid, m[2], m[3], m[4])
		return
	}
	c := p.cur
	if c == nil {
		return
	}
	if m := vectorRE.FindStringSubmatch(l); m != nil {
		n, _ := strconv.Atoi(m[1])
		c.vec, _ = strconv.Atoi(m[2])
		c.vecIovs = append(c.vecIovs, n)
		return
	}
	if m := bufRE.FindStringSubmatch(l); m != nil {
		k, _ := strconv.Atoi(m[2])
		c.cur = k
		for _, n := range c.vecIovs[:max(0, len(c.vecIovs)-1)] {
			c.cur += n
		}
		return
	}
	if m := hexRE.FindStringSubmatch(l); m != nil {
		if _, ok := c.bufs[c.cur]; !ok {
			c.order = append(c.order, c.cur)
		}
		for _, t := range strings.Fields(m[2]) {
			if byteRE.MatchString(t) {
				b, _ := hex.DecodeString(t)
				c.bufs[c.cur] = append(c.bufs[c.cur], b...)
			}
		}
		return
	}
	if strings.HasPrefix(l, " | ") {
		// a dump line with a wider offset (buffers over 1 MiB)
		if f := strings.Fields(l[3:]); len(f) > 1 {
			if _, ok := c.bufs[c.cur]; !ok {
				c.order = append(c.order, c.cur)
			}
			for _, t := range f[1:] {
				if !byteRE.MatchString(t) {
					break
				}
				b, _ := hex.DecodeString(t)
				c.bufs[c.cur] = append(c.bufs[c.cur], b...)
			}
		}
		return
	}
	p.flush()
}

func (p *bufParser) call(pid int, name, args, ret string) {
	t := p.table(pid)
	rv, err := strconv.Atoi(ret)
	ok := err == nil && rv >= 0
	a := splitArgs(args)
	switch name {
	case "socket":
		if m := sockArgsRE.FindStringSubmatch(args); m != nil && ok {
			t.m[rv] = fdInfo{proto: m[2], cloexec: strings.Contains(m[1], "SOCK_CLOEXEC")}
		}
	case "close":
		if fd, k := firstArg(args); k && ok {
			delete(t.m, fd)
		}
	case "dup", "dup2", "dup3", "fcntl", "fcntl64":
		if !ok || len(a) == 0 {
			return
		}
		if (name == "fcntl" || name == "fcntl64") && (len(a) < 2 || !strings.HasPrefix(a[1], "F_DUPFD")) {
			return
		}
		src, _ := strconv.Atoi(a[0])
		if fi, k := t.m[src]; k {
			fi.cloexec = strings.Contains(args, "CLOEXEC")
			t.m[rv] = fi
		} else {
			delete(t.m, rv)
		}
	case "clone", "clone3", "fork", "vfork":
		if !ok || rv == 0 {
			return
		}
		if strings.Contains(args, "CLONE_FILES") {
			p.tables[rv] = t
		} else {
			c := &fdMap{m: map[int]fdInfo{}}
			for k, v := range t.m {
				c.m[k] = v
			}
			p.tables[rv] = c
		}
	case "execve", "execveat":
		if ok {
			c := &fdMap{m: map[int]fdInfo{}}
			for k, v := range t.m {
				if !v.cloexec {
					c.m[k] = v
				}
			}
			p.tables[pid] = c
		}
	}
	if !netlinkCall[name] {
		return
	}
	fd, k := firstArg(args)
	fi, isNl := t.m[fd]
	if !k || !isNl {
		return
	}
	c := &bufCall{pid: pid, fd: fd, proto: fi.proto, call: name, bufs: map[int][]byte{}}
	switch name {
	case "sendto", "recvfrom", "write", "read":
		if len(a) > 1 {
			c.texts = []string{a[1]}
		}
	default:
		c.texts = iovBases(args)
	}
	p.cur = c
}

func (p *bufParser) flush() {
	c := p.cur
	p.cur = nil
	if c == nil {
		return
	}
	dir := "recv"
	if strings.HasPrefix(c.call, "send") || strings.HasPrefix(c.call, "write") {
		dir = "send"
	}
	for _, k := range c.order {
		b := Buffer{Pid: c.pid, Fd: c.fd, Proto: c.proto, Call: c.call, Dir: dir, Data: c.bufs[k]}
		if k < len(c.texts) {
			b.Text = c.texts[k]
		}
		p.out = append(p.out, b)
	}
}
