package decode

import (
	"encoding/binary"
	"encoding/json"
	"strings"
	"testing"
)

// taskstatsNest is a TASKSTATS_CMD_NEW whose TASKSTATS_TYPE_AGGR_PID
// attributes nest depth levels (the set nests itself).
func taskstatsNest(depth int) []byte {
	var p []byte
	for range depth {
		h := binary.LittleEndian.AppendUint16(nil, uint16(4+len(p)))
		h = binary.LittleEndian.AppendUint16(h, 0x8000|4)
		p = append(h, p...)
	}
	b := binary.LittleEndian.AppendUint32(nil, uint32(20+len(p)))
	b = binary.LittleEndian.AppendUint16(b, 0x15)
	b = append(b, make([]byte, 10)...)
	b = append(b, 2, 1, 0, 0) // TASKSTATS_CMD_NEW, version 1
	return append(b, p...)
}

// Attribute lists deeper than MaxNesting are bytes: the tree and every
// format stay in proportion to the buffer, and JSON stays within what
// JSON readers take.
func TestMaxNesting(t *testing.T) {
	d := NewDecoder(Options{Proto: ProtoGeneric})
	d.SetGenlFamily(0x15, "TASKSTATS")
	for _, depth := range []int{MaxNesting - 1, MaxNesting, MaxNesting + 1, 16000} {
		buf := taskstatsNest(depth)
		tr := d.Decode(buf)
		lists, deep := 0, 0
		for i := range tr.nodes {
			if tr.nodes[i].role == RoleAttrs {
				lists++
			}
			if tr.nodes[i].flags&flagDeep != 0 {
				deep++
			}
		}
		// the message's list, then one in each attribute but the
		// innermost (empty)
		wantLists, wantDeep := depth, 0
		if depth > MaxNesting {
			wantLists, wantDeep = MaxNesting, 1
		}
		if lists != wantLists || deep != wantDeep {
			t.Errorf("depth %d: %d lists, %d cut; want %d, %d", depth, lists, deep, wantLists, wantDeep)
		}
		f := &Format{}
		for name, out := range map[string][]byte{
			"strace": tr.AppendStraceAll(nil, f),
			"tree":   tr.AppendTree(nil, 0, f),
			"json":   tr.AppendJSONMembers(nil, 1, f),
		} {
			// hex strings take 4 characters a byte; the decoded levels
			// a few hundred bytes each
			if limit := 8*len(buf) + 500*MaxNesting; len(out) > limit {
				t.Errorf("depth %d: %s is %d bytes for a buffer of %d", depth, name, len(out), len(buf))
			}
			if name == "json" {
				var v any
				if err := json.Unmarshal([]byte("{"+string(out)+"}"), &v); err != nil {
					t.Errorf("depth %d: JSON: %v", depth, err)
				}
				if got := strings.Contains(string(out), `"too_deep":true`); got != (depth > MaxNesting) {
					t.Errorf("depth %d: too_deep %v", depth, got)
				}
			}
		}
	}
}
