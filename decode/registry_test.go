package decode

import (
	"strings"
	"testing"
)

// A key registered twice stops the program at init with its name.
func TestRegistryRefusesDuplicates(t *testing.T) {
	r := newRegistry[uint16, int]("NETLINK_ROUTE message type")
	r.add(16, 1, true)
	defer func() {
		p := recover()
		if s, _ := p.(string); !strings.Contains(s, "message type 16 registered twice") {
			t.Errorf("panic %v", p)
		}
	}()
	r.add(16, 2, false)
	t.Error("no panic")
}

// The registries hold what the decoder knows: every route type strace 6.1
// decodes is marked so, the generic families none.
func TestRegistries(t *testing.T) {
	for _, c := range []struct {
		typ    uint16
		strace bool
	}{{16, true}, {20, true}, {104, true}, {116, false}, {120, false}, {52, false}} {
		e, ok := routeTypes.get(c.typ)
		if !ok || e.strace61 != c.strace {
			t.Errorf("route type %d: registered %v, strace61 %v; want %v", c.typ, ok, e.strace61, c.strace)
		}
	}
	if e, ok := genlFamilies.get("ethtool"); !ok || e.strace61 || e.v.name != "ethtool" {
		t.Errorf("ethtool: %v %+v", ok, e)
	}
	if _, ok := nfSubsystems.get(10); !ok {
		t.Error("nf_tables not registered")
	}
	if familyOf(ProtoRoute) == nil || familyOf(ProtoGeneric) == nil {
		t.Error("protocols not indexed")
	}
}
