package decode

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nldump/nldump/internal/testenv"
)

// corpusTrees calls fn with every corpus buffer, decoded.
//
// Without NLDUMP_SLOW=1, fn sees every fifth buffer (all are decoded, so
// that what the decoder learns from one buffer for the next is the same).
func corpusTrees(t *testing.T, fn func(where string, tr *Tree)) {
	step, k := testenv.Stride(5), 0
	for _, f := range corpusFiles(t) {
		d := NewDecoder(Options{})
		for _, b := range corpusBuffers(t, f) {
			tr := d.DecodeProto(b.proto, b.data)
			if k++; k%step == 0 {
				fn(b.where, tr)
			}
		}
	}
}

func TestTreeFormat(t *testing.T) {
	tr := NewDecoder(Options{}).Decode(joinb(
		nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(3, str0("veth0")...), nlAttr(4, u32le(1500)...))))
	got := string(tr.AppendTree(nil, tr.Messages()[0], &DefaultFormat))
	want := `0000  RTM_NEWLINK, 52 bytes
0000    nlmsghdr
0000      nlmsg_len=52
0004      nlmsg_type=RTM_NEWLINK
0006      nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK
0008      nlmsg_seq=1
000c      nlmsg_pid=0
0010    ifinfomsg
0010      ifi_family=AF_UNSPEC
0012      ifi_type=ARPHRD_NETROM
0014      ifi_index=78
0018      ifi_flags=IFF_UP
001c      ifi_change=0x1
0020    IFLA_IFNAME, len 10: "veth0"
002c    IFLA_MTU, len 8: 1500
`
	if got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	// an error with its extended ack (corpus link.jsonl:30)
	b, _ := hex.DecodeString("64000000020000029999086b52450000a1ffffff38000000100005069999086b00000000000000000000000000000000000000000700030064300000100012000900010064756d6d7900000018000100556e6b6e6f776e20646576696365207479706500")
	tr = NewDecoder(Options{}).Decode(b)
	got = string(tr.AppendTree(nil, 0, &DefaultFormat))
	want = `0000  NLMSG_ERROR, 100 bytes
0000    nlmsghdr
0000      nlmsg_len=100
0004      nlmsg_type=NLMSG_ERROR
0006      nlmsg_flags=NLM_F_ACK_TLVS
0008      nlmsg_seq=1795725721
000c      nlmsg_pid=17746
0010    nlmsgerr
0010      error=-EOPNOTSUPP
0014      msg: RTM_NEWLINK, 56 bytes
0014        nlmsghdr
0014          nlmsg_len=56
0018          nlmsg_type=RTM_NEWLINK
001a          nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK|NLM_F_EXCL|NLM_F_CREATE
001c          nlmsg_seq=1795725721
0020          nlmsg_pid=0
0024        ifinfomsg
0024          ifi_family=AF_UNSPEC
0026          ifi_type=ARPHRD_NETROM
0028          ifi_index=0
002c          ifi_flags=0
0030          ifi_change=0
0034        IFLA_IFNAME, len 7: "d0"
003c        IFLA_LINKINFO, len 16
0040          IFLA_INFO_KIND, len 9: "dummy"...
004c    NLMSGERR_ATTR_MSG, len 24: "Unknown device type"
`
	if got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
}

// stracHeader reads the nlmsghdr fields of a message's strace text.
var straceHeaderRE = regexp.MustCompile(`^\[?\{nlmsg_len=(\d+), nlmsg_type=([^,]+), nlmsg_flags=([^,]+), nlmsg_seq=(\d+), nlmsg_pid=(-?\d+)\}`)

// TestJSONCorpus: the JSON of every corpus message parses and carries the
// header values its strace text shows.
func TestJSONCorpus(t *testing.T) {
	n := 0
	corpusTrees(t, func(where string, tr *Tree) {
		for _, m := range tr.Messages() {
			n++
			var obj struct {
				Header struct {
					Len        uint32   `json:"len"`
					Type       uint16   `json:"type"`
					TypeName   *string  `json:"type_name"`
					Flags      uint16   `json:"flags"`
					FlagsNames []string `json:"flags_names"`
					Seq        uint32   `json:"seq"`
					Pid        uint32   `json:"pid"` // __u32; strace prints it signed
				} `json:"header"`
				Strace string `json:"strace"`
			}
			js := append([]byte{'{'}, tr.AppendJSONMembers(nil, m, &DefaultFormat)...)
			js = append(js, '}')
			if err := json.Unmarshal(js, &obj); err != nil {
				t.Errorf("%s: %v\n%.300s", where, err, js)
				continue
			}
			var any map[string]any
			if err := json.Unmarshal(js, &any); err != nil {
				t.Errorf("%s: %v", where, err)
			}
			st := string(tr.AppendStrace(nil, m, &DefaultFormat))
			if obj.Strace != st {
				t.Errorf("%s: strace member %q, want %q", where, obj.Strace, st)
			}
			sm := straceHeaderRE.FindStringSubmatch(st)
			if sm == nil {
				t.Errorf("%s: no header in %.100s", where, st)
				continue
			}
			h := obj.Header
			typ := strconv.Itoa(int(h.Type))
			if h.TypeName != nil {
				typ = *h.TypeName
			}
			flags := strings.Join(h.FlagsNames, "|")
			if h.Flags == 0 {
				flags = "0"
			}
			// strace's flags: the names, then the bits without a name in
			// hex; JSON has the names, and every bit in "flags"
			sflags := sm[3]
			if i := strings.Index(sflags, "0x"); i >= 0 {
				rest, _ := strconv.ParseUint(sflags[i:], 0, 16)
				if uint64(h.Flags)&rest != rest {
					t.Errorf("%s: JSON flags %#x lack strace's %s", where, h.Flags, sflags[i:])
				}
				sflags = strings.TrimSuffix(sflags[:i], "|")
				if sflags == "" {
					sflags = "0"
				}
			}
			sm[3] = sflags
			got := []string{strconv.Itoa(int(h.Len)), typ, flags, strconv.Itoa(int(h.Seq)), strconv.Itoa(int(int32(h.Pid)))}
			for k, g := range got {
				w := sm[k+1]
				if k == 1 && h.TypeName == nil {
					w = strings.Fields(w)[0] // 0x7e /* RTM_??? */
					if v, err := strconv.ParseUint(w, 0, 16); err == nil {
						w = strconv.Itoa(int(v))
					}
				}
				if g != w {
					t.Errorf("%s: JSON header field %d is %s, strace says %s", where, k, g, w)
				}
			}
		}
	})
	t.Logf("%d messages", n)
}

// goBytes reads back the bytes of the go format: the 0x.. before each
// comment.
func goBytes(s string) []byte {
	var out []byte
	for _, line := range strings.Split(s, "\n") {
		code, _, _ := strings.Cut(line, "//")
		for _, f := range strings.FieldsFunc(code, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '{' || r == '}' }) {
			if v, err := strconv.ParseUint(f, 0, 8); err == nil {
				out = append(out, byte(v))
			}
		}
	}
	return out
}

// TestGoAndHexCorpus: the go and hex formats of every corpus buffer hold
// its bytes, in order.
func TestGoAndHexCorpus(t *testing.T) {
	corpusTrees(t, func(where string, tr *Tree) {
		s := string(tr.AppendGoLiteral(nil, 0, len(tr.Buf), &DefaultFormat))
		if got := goBytes(strings.TrimPrefix(s, "[]byte")); !bytes.Equal(got, tr.Buf) {
			t.Errorf("%s: go format holds %x, want %x", where, got, tr.Buf)
		}
		h := strings.NewReplacer(" ", "", "\n", "").Replace(string(AppendHex(nil, tr.Buf)))
		if h != hex.EncodeToString(tr.Buf) {
			t.Errorf("%s: hex format %s", where, h)
		}
	})
}

func TestGoFormat(t *testing.T) {
	tr := NewDecoder(Options{}).Decode(nlMsg(tNewLink, tRequest|tAck, 1, 0, ifinfo(0, 0, 78, 1, 1), nlAttr(3, str0("v0")...)))
	got := string(tr.AppendGoLiteral(nil, 0, len(tr.Buf), &DefaultFormat))
	want := `[]byte{
	// RTM_NEWLINK, 40 bytes
	0x28, 0x00, 0x00, 0x00, // nlmsg_len=40
	0x10, 0x00, // nlmsg_type=RTM_NEWLINK
	0x05, 0x00, // nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK
	0x01, 0x00, 0x00, 0x00, // nlmsg_seq=1
	0x00, 0x00, 0x00, 0x00, // nlmsg_pid=0
	0x00, // ifi_family=AF_UNSPEC
	0x00, // padding
	0x00, 0x00, // ifi_type=ARPHRD_NETROM
	0x4e, 0x00, 0x00, 0x00, // ifi_index=78
	0x01, 0x00, 0x00, 0x00, // ifi_flags=IFF_UP
	0x01, 0x00, 0x00, 0x00, // ifi_change=0x1
	// IFLA_IFNAME
		0x07, 0x00, // nla_len=7
		0x03, 0x00, // nla_type=IFLA_IFNAME
		0x76, 0x30, 0x00, // "v0"
		0x00, // padding
}
`
	if got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
}

func TestSummary(t *testing.T) {
	cases := []struct {
		buf  []byte
		want string
	}{
		{ipSetUp, "RTM_NEWLINK REQUEST|ACK seq=1 pid=0 ifindex=78"},
		{nlMsg(tNewLink, tRequest|tAck|0x600, 7, 0, ifinfo(0, 0, 0, 0, 0), nlAttr(3, str0("veth0")...), nlAttr(1, 2, 0, 0, 0, 0, 1)),
			"RTM_NEWLINK REQUEST|ACK|EXCL|CREATE seq=7 pid=0 ifname=veth0 address=02:00:00:00:00:01"},
		{func() []byte {
			b, _ := hex.DecodeString("3400000002000000000000001f450000edffffff2000000010000500000000000000000000000000000000000000000000000000")
			return b
		}(), "NLMSG_ERROR seq=0 pid=17695 error=-ENODEV for=RTM_NEWLINK"},
	}
	for _, c := range cases {
		tr := NewDecoder(Options{}).Decode(c.buf)
		got := string(tr.AppendSummary(nil, tr.Messages()[0], &DefaultFormat))
		if got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}

// markStyler wraps each class in <c>...</c>.
type markStyler struct{}

func (markStyler) Start(dst []byte, c Class) []byte { return append(dst, '\x1b', byte('a'+c)) }
func (markStyler) Stop(dst []byte, c Class) []byte  { return append(dst, '\x1b', 'z') }

var markRE = regexp.MustCompile("\x1b.")

// TestStylerPlain: the text with markup, the markup removed, is the text
// without it, in every format that takes a Styler.
func TestStylerPlain(t *testing.T) {
	plain, styled := DefaultFormat, DefaultFormat
	styled.Styler = markStyler{}
	corpusTrees(t, func(where string, tr *Tree) {
		for _, m := range append([]int{0}, tr.Messages()...) {
			for name, fn := range map[string]func(*Format) []byte{
				"strace":  func(f *Format) []byte { return tr.AppendStrace(nil, m, f) },
				"tree":    func(f *Format) []byte { return tr.AppendTree(nil, m, f) },
				"summary": func(f *Format) []byte { return tr.AppendSummary(nil, m, f) },
			} {
				p, s := fn(&plain), fn(&styled)
				if !bytes.Contains(s, []byte{'\x1b'}) && len(p) > 0 && name != "summary" {
					t.Errorf("%s %s: no markup at all", where, name)
				}
				if got := markRE.ReplaceAll(s, nil); !bytes.Equal(got, p) {
					t.Errorf("%s %s: styled text without markup differs:\n%s\n%s", where, name, got, p)
				}
			}
		}
	})
}
