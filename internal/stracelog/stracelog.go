// Package stracelog reads strace logs written with -e write=all -e
// read=all: for each netlink buffer a process sent or received, the bytes
// of strace's hex dump and the text strace decoded them to.
package stracelog

import (
	"bufio"
	"encoding/hex"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// Record is one buffer.
type Record struct {
	Cmd    string `json:"cmd,omitempty"`
	Pid    int    `json:"pid,omitempty"`
	Proto  string `json:"proto"`
	Call   string `json:"call"`
	Dir    string `json:"dir"` // send or recv
	Hex    string `json:"hex"`
	Strace string `json:"strace"`
}

var (
	callRE = regexp.MustCompile(`^(\d+\s+)?(sendmsg|recvmsg|sendto|recvfrom|write|read|sendmmsg|recvmmsg|writev|readv)\((\d+), (.*)\) = (-?\d+)`)
	hexRE  = regexp.MustCompile(`^ \| ([0-9a-f]{5})  (.{49})`)
	bufRE  = regexp.MustCompile(`^ \* (\d+) bytes in buffer (\d+)`)
	sockRE = regexp.MustCompile(`^(\d+\s+)?socket\(AF_NETLINK, [^,]+, (NETLINK_[A-Z_0-9]+|\d+)\) = (\d+)`)
	byteRE = regexp.MustCompile(`^[0-9a-f]{2}$`)
)

// ValueEnd returns the end of the value that starts at s[i]: a bracketed
// or quoted value, or text up to a comma at depth 0.
func ValueEnd(s string, i int) int {
	depth := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == '"':
			i++
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' {
					i++
				}
				i++
			}
		case c == '[' || c == '{' || c == '(':
			depth++
		case c == ']' || c == '}' || c == ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		case depth == 0 && c == ',':
			return i
		}
		i++
	}
	return len(s)
}

func withDots(s string, end int) int {
	for end < len(s) && s[end] == '.' {
		end++
	}
	return end
}

func iovBases(args string) []string {
	var out []string
	for i := 0; ; {
		k := strings.Index(args[i:], "iov_base=")
		if k < 0 {
			return out
		}
		j := i + k + len("iov_base=")
		end := withDots(args, ValueEnd(args, j))
		out = append(out, args[j:end])
		i = end
	}
}

type pending struct {
	pid   int
	call  string
	ret   int
	proto string
	texts []string
	bufs  map[int][]byte
	cur   int
}

// Parse reads a log. cmd labels the records.
func Parse(r io.Reader, cmd string) ([]Record, error) {
	type key struct {
		pid int
		fd  string
	}
	protos := map[key]string{}
	byFd := map[string]string{}
	var out []Record
	var cur *pending
	flush := func() {
		if cur == nil {
			return
		}
		c := cur
		cur = nil
		if c.ret <= 0 || len(c.bufs) == 0 || len(c.texts) == 0 || len(c.bufs) != len(c.texts) {
			return
		}
		dir := "recv"
		if strings.HasPrefix(c.call, "send") || strings.HasPrefix(c.call, "write") {
			dir = "send"
		}
		for i, t := range c.texts {
			b, ok := c.bufs[i]
			// a uevent socket carries strings without netlink headers
			str := c.proto == "NETLINK_KOBJECT_UEVENT" && strings.HasPrefix(t, `"`)
			if !ok || !(strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{") || str) {
				continue
			}
			out = append(out, Record{Cmd: cmd, Pid: c.pid, Proto: c.proto, Call: c.call, Dir: dir, Hex: hex.EncodeToString(b), Strace: t})
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		line := sc.Text()
		if m := sockRE.FindStringSubmatch(line); m != nil {
			pid, _ := strconv.Atoi(strings.TrimSpace(m[1]))
			protos[key{pid, m[3]}] = m[2]
			byFd[m[3]] = m[2]
		}
		if m := callRE.FindStringSubmatch(line); m != nil {
			flush()
			pid, _ := strconv.Atoi(strings.TrimSpace(m[1]))
			ret, _ := strconv.Atoi(m[5])
			p := protos[key{pid, m[3]}]
			if p == "" {
				p = byFd[m[3]]
			}
			c := &pending{pid: pid, call: m[2], ret: ret, proto: p, bufs: map[int][]byte{}}
			args := m[4]
			switch c.call {
			case "sendto", "recvfrom", "write", "read":
				c.texts = []string{args[:withDots(args, ValueEnd(args, 0))]}
			default:
				c.texts = iovBases(args)
			}
			cur = c
			continue
		}
		if cur == nil {
			continue
		}
		if m := bufRE.FindStringSubmatch(line); m != nil {
			cur.cur, _ = strconv.Atoi(m[2])
			continue
		}
		if m := hexRE.FindStringSubmatch(line); m != nil {
			for _, t := range strings.Fields(m[2]) {
				if byteRE.MatchString(t) {
					b, _ := hex.DecodeString(t)
					cur.bufs[cur.cur] = append(cur.bufs[cur.cur], b...)
				}
			}
			continue
		}
		flush()
	}
	flush()
	return out, sc.Err()
}
