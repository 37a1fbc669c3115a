package decode

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/nldump/nldump/decode/internal/xlat"
)

// Proto is a netlink protocol: the third argument of
// socket(AF_NETLINK, type, protocol), which says how the messages of a
// socket read (NETLINK_ROUTE, NETLINK_GENERIC, ...). Its values are the
// kernel's NETLINK_* numbers.
type Proto int

// The netlink protocols (linux/netlink.h).
const (
	ProtoRoute         Proto = xlat.NETLINK_ROUTE
	ProtoUsersock      Proto = xlat.NETLINK_USERSOCK
	ProtoFirewall      Proto = xlat.NETLINK_FIREWALL
	ProtoSockDiag      Proto = xlat.NETLINK_SOCK_DIAG
	ProtoNflog         Proto = xlat.NETLINK_NFLOG
	ProtoXfrm          Proto = xlat.NETLINK_XFRM
	ProtoSelinux       Proto = xlat.NETLINK_SELINUX
	ProtoIscsi         Proto = xlat.NETLINK_ISCSI
	ProtoAudit         Proto = xlat.NETLINK_AUDIT
	ProtoFibLookup     Proto = xlat.NETLINK_FIB_LOOKUP
	ProtoConnector     Proto = xlat.NETLINK_CONNECTOR
	ProtoNetfilter     Proto = xlat.NETLINK_NETFILTER
	ProtoIP6Fw         Proto = xlat.NETLINK_IP6_FW
	ProtoDnrtmsg       Proto = xlat.NETLINK_DNRTMSG
	ProtoKobjectUevent Proto = xlat.NETLINK_KOBJECT_UEVENT
	ProtoGeneric       Proto = xlat.NETLINK_GENERIC
	ProtoSCSITransport Proto = xlat.NETLINK_SCSITRANSPORT
	ProtoEcryptfs      Proto = xlat.NETLINK_ECRYPTFS
	ProtoRDMA          Proto = xlat.NETLINK_RDMA
	ProtoCrypto        Proto = xlat.NETLINK_CRYPTO
	ProtoSMC           Proto = xlat.NETLINK_SMC

	// ProtoAny stands for every protocol where a function takes one
	// (MessageTypeNames), and for a protocol a source does not know.
	ProtoAny Proto = -1
)

// maxNetlinkPro bounds the protocol numbers (the kernel's MAX_LINKS).
const maxNetlinkPro = 32

// String returns the protocol's name as nldump prints it, the kernel's
// (NETLINK_ROUTE, NETLINK_GENERIC, ...), or NETLINK_N for a number
// without one.
func (p Proto) String() string {
	if p >= 0 {
		if s, ok := xlat.NetlinkProtocols.Lookup(uint64(p)); ok {
			return s
		}
	}
	return "NETLINK_" + strconv.Itoa(int(p))
}

// Short returns the name without NETLINK_ in lower case (route,
// generic, sock_diag, ...), as ParseProto reads it and nldump's --proto
// takes it.
func (p Proto) Short() string {
	if p >= 0 && int(p) < len(protoShort) && protoShort[p] != "" {
		return protoShort[p] // the summary format asks for every message
	}
	return shortName(p)
}

func shortName(p Proto) string {
	return strings.ToLower(strings.TrimPrefix(p.String(), "NETLINK_"))
}

// protoShort holds Short of the named protocols (the kernel has 32 at
// most).
var protoShort = func() (s [32]string) {
	for _, e := range xlat.NetlinkProtocols.Entries {
		if e.Val < uint64(len(s)) {
			s[e.Val] = shortName(Proto(e.Val))
		}
	}
	return s
}()

// Decoded says whether nldump decodes the messages of the protocol
// (the others print as strace prints them: headers and hex strings).
func (p Proto) Decoded() bool { return familyOf(p) != nil }

// MarshalText gives the protocol's name (String), so that a Proto
// reads as NETLINK_ROUTE in JSON and other text encodings.
func (p Proto) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a protocol as ParseProto does.
func (p *Proto) UnmarshalText(b []byte) error {
	v, ok := ParseProto(string(b))
	if !ok {
		return fmt.Errorf("unknown netlink protocol %q", b)
	}
	*p = v
	return nil
}

// ParseProto reads a protocol given as a name (route, NETLINK_ROUTE,
// generic, genl, nf, ...; any case, - for _) or a number below 32 (also
// as String prints one without a name, NETLINK_17).
func ParseProto(s string) (Proto, bool) {
	u := strings.ToUpper(strings.TrimSpace(s))
	u = strings.ReplaceAll(u, "-", "_")
	if !strings.HasPrefix(u, "NETLINK_") {
		u = "NETLINK_" + u
	}
	if n, err := strconv.Atoi(u[len("NETLINK_"):]); err == nil {
		if n >= 0 && n < maxNetlinkPro {
			return Proto(n), true
		}
		return 0, false
	}
	switch u {
	case "NETLINK_GENL":
		u = "NETLINK_GENERIC"
	case "NETLINK_NFNETLINK", "NETLINK_NF":
		u = "NETLINK_NETFILTER"
	case "NETLINK_UEVENT":
		u = "NETLINK_KOBJECT_UEVENT"
	case "NETLINK_DIAG", "NETLINK_INET_DIAG":
		u = "NETLINK_SOCK_DIAG"
	}
	if v, ok := xlat.NetlinkProtocols.Value(u); ok {
		return Proto(v), true
	}
	return 0, false
}

// ProtoNames returns the names of the netlink protocols ParseProto
// reads, short and in lower case (route, generic, sock_diag, ...), in the
// order of their numbers.
func ProtoNames() []string {
	var out []string
	for _, e := range xlat.NetlinkProtocols.Entries {
		s := Proto(e.Val).Short()
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
