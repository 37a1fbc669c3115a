package decode

import (
	"fmt"
	"strings"
	"testing"
)

// TestCheckEveryTable walks every attribute table of every family: for
// each attribute whose decoder takes a fixed-size number, a request that
// carries it one byte short must get check's precise finding: the size
// the decoder wants and the kernel's answer (-ERANGE "Attribute failed
// policy validation"). The rule comes from the decoder itself
// (attrDec.rule), so a table cannot gain an attribute check knows nothing
// of.
func TestCheckEveryTable(t *testing.T) {
	var cur *attrSet
	walkFamily := &family{
		types: testSet.names,
		body: func(s *state, typ uint16, off, n int) bool {
			s.attrs(off, n, cur)
			return true
		},
	}
	families[testProto] = walkFamily
	defer func() { families[testProto] = nil }()
	d := NewDecoder(Options{Proto: testProto})
	checked, sets := 0, 0
	for _, set := range allSets {
		if set.byType != nil {
			continue
		}
		cur = set
		any := false
		for typ, dec := range set.dec {
			if dec == nil || typ == 0 {
				continue
			}
			r := dec.rule()
			if !r.number || r.min < 2 {
				continue // a one-byte number may be a flag, empty
			}
			payload := make([]byte, r.min-1)
			msg := nlMsg(0x10, tRequest|tAck, 1, 0, nlAttr(uint16(typ), payload...))
			tr := d.Decode(msg)
			found := tr.Check(CheckOptions{Dir: CheckToKernel})
			name := fmt.Sprintf("%s type %d", set.dflt, typ)
			ok := false
			for _, f := range found {
				if f.Severity == SevError && strings.Contains(f.Text, r.desc) && f.Errno == "ERANGE" {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: a %d-byte payload for %s: findings %v", name, len(payload), r.desc, found)
			}
			checked++
			any = true
		}
		if any {
			sets++
		}
	}
	if checked < 1000 {
		t.Errorf("only %d attributes walked", checked)
	}
	t.Logf("%d number attributes in %d tables: each short payload found with its size and -ERANGE", checked, sets)
}
