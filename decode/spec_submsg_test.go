package decode

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/nldump/nldump/decode/internal/xlat"
	"go.yaml.in/yaml/v3"
)

// Sub-messages: an attribute whose payload depends on the value of
// another one (IFLA_INFO_DATA on IFLA_INFO_KIND, TCA_OPTIONS on TCA_KIND,
// NFTA_EXPR_DATA on NFTA_EXPR_NAME, ...). The spec maps each value, a
// kind, to an attribute set, a fixed struct, both (a struct followed by
// attributes) or nothing. compareSubMessages asks nldump's decoders which
// decoder they pick for each kind, the way they pick it when decoding,
// and compares it with what the spec names.

type ySubMsg struct {
	Name    string    `yaml:"name"`
	Formats []yFormat `yaml:"formats"`
}

type yFormat struct {
	Value       string `yaml:"value"`
	AttrSet     string `yaml:"attribute-set"`
	FixedHeader string `yaml:"fixed-header"`
}

// kindPick is the decoder nldump picks for the data of one kind, and what
// it is ("qdisc options", ...) when a kind has several.
type kindPick struct {
	what string
	dec  attrDec
}

// subMessagePicks says, for each sub-message of the specs, how nldump
// finds the decoder of a kind's data: the same lookups the decoders make.
// known is false when nldump does not know the kind at all (its data
// prints as hex); picks is empty when the kind is known and has no data.
var subMessagePicks = map[string]func(s *state, sp *ySpec, kind string) (picks []kindPick, known bool){
	"rt-link/linkinfo-data-msg": func(s *state, _ *ySpec, kind string) ([]kindPick, bool) {
		k := s.kindNamed(kind)
		if k == nil {
			return nil, false
		}
		if k.data == nil {
			return nil, true
		}
		return []kindPick{{"IFLA_INFO_DATA", nestDec{k.data}}}, true
	},
	"rt-link/linkinfo-member-data-msg": func(s *state, _ *ySpec, kind string) ([]kindPick, bool) {
		k := s.kindNamed(kind)
		if k == nil {
			return nil, false
		}
		if k.slave == nil {
			return nil, true
		}
		return []kindPick{{"IFLA_INFO_SLAVE_DATA", nestDec{k.slave}}}, true
	},
	"tc/tc-options-msg": func(s *state, _ *ySpec, kind string) ([]kindPick, bool) {
		s.ctx.kind = tcKindNames[kind]
		if s.ctx.kind == "" {
			return nil, false
		}
		// a qdisc's options; for a kind whose qdisc takes none, its
		// classes' (drr, qfq); a classifier's
		for _, t := range []struct {
			typ  uint16
			what string
		}{{xlat.RTM_NEWQDISC, "qdisc options"}, {xlat.RTM_NEWTCLASS, "class options"}, {xlat.RTM_NEWTFILTER, "filter options"}} {
			s.ctx.msgType = t.typ
			if d := tcaAttrs.byType(s, xlat.TCA_OPTIONS); d != nil {
				return []kindPick{{t.what, d}}, true
			}
		}
		return nil, true
	},
	"tc/tca-stats-app-msg": func(s *state, _ *ySpec, kind string) ([]kindPick, bool) {
		s.ctx.kind = tcKindNames[kind]
		if tcQdiscKinds[s.ctx.kind] == nil {
			return nil, false
		}
		for _, t := range []struct {
			typ  uint16
			what string
		}{{xlat.RTM_NEWQDISC, "qdisc statistics"}, {xlat.RTM_NEWTCLASS, "class statistics"}} {
			s.ctx.msgType = t.typ
			d := tcaAttrs.byType(s, xlat.TCA_XSTATS)
			if d == nil {
				continue
			}
			// TCA_STATS_APP of TCA_STATS2 must read as TCA_XSTATS does
			if app := tcaStatsAttrs.byType(s, xlat.TCA_STATS_APP); !reflect.DeepEqual(app, d) {
				return []kindPick{{t.what + " (TCA_XSTATS)", d}, {t.what + " (TCA_STATS_APP)", app}}, true
			}
			return []kindPick{{t.what, d}}, true
		}
		return nil, true
	},
	"tc/tc-act-options-msg": func(s *state, _ *ySpec, kind string) ([]kindPick, bool) {
		s.ctx.kind = tcKindNames[kind]
		if s.ctx.kind == "" || tcActionKinds[s.ctx.kind] == nil {
			return nil, false
		}
		return []kindPick{{"TCA_ACT_OPTIONS", tcActAttrs.byType(s, xlat.TCA_ACT_OPTIONS)}}, true
	},
	"nftables/expr-ops": func(s *state, _ *ySpec, kind string) ([]kindPick, bool) {
		set := nftExprSets[kind]
		if set == nil {
			return nil, false
		}
		return []kindPick{{"NFTA_EXPR_DATA", set.lookup(xlat.NFTA_EXPR_DATA)}}, true
	},
	"nftables/obj-data": func(s *state, sp *ySpec, kind string) ([]kindPick, bool) {
		// the selector is NFTA_OBJ_TYPE, a number the spec names with
		// its enum object-type
		t, ok := xlat.NftObjectTypes.Value("NFT_OBJECT_" + cName(kind))
		if !ok || t >= uint64(len(nftObjSets)) || nftObjSets[t] == nil {
			return nil, false
		}
		return []kindPick{{"NFTA_OBJ_DATA", nftObjSets[t].lookup(xlat.NFTA_OBJ_DATA)}}, true
	},
}

// subMessageKinds lists, for each sub-message, the kinds whose data
// nldump decodes, for the report of those the spec does not name.
var subMessageKinds = map[string]func() []string{
	"rt-link/linkinfo-data-msg": func() (r []string) {
		for name, k := range linkKinds {
			if k.data != nil {
				r = append(r, name)
			}
		}
		return
	},
	"rt-link/linkinfo-member-data-msg": func() (r []string) {
		for name, k := range linkKinds {
			if k.slave != nil && k.data != nil {
				r = append(r, name) // bridge_slave and the like name the same data
			}
		}
		return
	},
	"tc/tc-options-msg": func() (r []string) {
		for name, k := range tcQdiscKinds {
			if k.qopt != nil || k.copt != nil {
				r = append(r, name)
			}
		}
		for name := range tcFilterKinds {
			r = append(r, name)
		}
		return
	},
	"tc/tca-stats-app-msg": func() (r []string) {
		for name, k := range tcQdiscKinds {
			if k.qxstats != nil || k.cxstats != nil {
				r = append(r, name)
			}
		}
		return
	},
	"tc/tc-act-options-msg": func() (r []string) {
		for name := range tcActionKinds {
			r = append(r, name)
		}
		return
	},
	"nftables/expr-ops": func() (r []string) {
		for name := range nftExprSets {
			r = append(r, name)
		}
		return
	},
	"nftables/obj-data": func() (r []string) {
		for t, set := range nftObjSets {
			if name, ok := xlat.NftObjectTypes.Lookup(uint64(t)); ok && set != nil {
				r = append(r, strings.ToLower(strings.TrimPrefix(name, "NFT_OBJECT_")))
			}
		}
		return
	},
}

// subTally counts what the comparison of sub-messages covered, and lists
// the kinds nldump decodes that the spec does not name.
type subTally struct {
	kinds, attrs, members int
	beyond                []string
}

// compareSubMessages compares every kind of every sub-message of the spec
// with the decoder nldump picks for it.
func compareSubMessages(sp *ySpec) (subTally, []string) {
	var tl subTally
	var diffs []string
	for _, sm := range sp.SubMsgs {
		pick := subMessagePicks[sp.Name+"/"+sm.Name]
		if pick == nil {
			diffs = append(diffs, fmt.Sprintf("sub-message %s: the test does not know how nldump picks its kinds", sm.Name))
			continue
		}
		inSpec := map[string]bool{}
		for _, f := range sm.Formats {
			inSpec[f.Value] = true
		}
		if kinds := subMessageKinds[sp.Name+"/"+sm.Name]; kinds != nil {
			var more []string
			for _, k := range kinds() {
				if !inSpec[k] {
					more = append(more, k)
				}
			}
			sort.Strings(more)
			if len(more) > 0 {
				tl.beyond = append(tl.beyond, fmt.Sprintf("%s %s: %s", sp.Name, sm.Name, strings.Join(more, " ")))
			}
		}
		for _, f := range sm.Formats {
			var s state
			picks, known := pick(&s, sp, f.Value)
			where := fmt.Sprintf("sub-message %s: kind %s", sm.Name, f.Value)
			if !known {
				diffs = append(diffs, where+": nldump does not know the kind"+specWants(f))
				continue
			}
			tl.kinds++
			if len(picks) == 0 {
				if f.AttrSet != "" || f.FixedHeader != "" {
					diffs = append(diffs, where+": nldump knows the kind but leaves its data hex"+specWants(f))
				}
				continue
			}
			for _, p := range picks {
				a, m, d := compareKindData(sp, &s, where+" ("+p.what+")", f, p.dec)
				tl.attrs += a
				tl.members += m
				diffs = append(diffs, d...)
			}
		}
	}
	return tl, diffs
}

// specWants says what the spec has for a kind's data.
func specWants(f yFormat) string {
	switch {
	case f.AttrSet != "" && f.FixedHeader != "":
		return fmt.Sprintf(" (the spec: struct %s and attribute-set %s)", f.FixedHeader, f.AttrSet)
	case f.AttrSet != "":
		return fmt.Sprintf(" (the spec: attribute-set %s)", f.AttrSet)
	case f.FixedHeader != "":
		return fmt.Sprintf(" (the spec: struct %s)", f.FixedHeader)
	}
	return " (the spec: no data)"
}

// compareKindData compares the decoder of one kind's data with the spec's
// format for it.
func compareKindData(sp *ySpec, s *state, where string, f yFormat, d attrDec) (attrs, members int, diffs []string) {
	var lays []*flatStruct
	var sets []*attrSet
	switch d := d.(type) {
	case nil:
		return 0, 0, []string{where + ": nldump leaves its data hex" + specWants(f)}
	case nestDec:
		sets = []*attrSet{d.set}
	case setChooser:
		sets = d.sets()
	case structAttrsDec:
		lays, sets = []*flatStruct{flattenLayout(d.l)}, []*attrSet{d.set}
	case layoutDec:
		lays = []*flatStruct{flattenLayout(d.l)}
	case layoutsDec:
		for _, l := range d {
			lays = append(lays, flattenLayout(l))
		}
	case structDec:
		lays = []*flatStruct{flattenSpec(d.spec)}
	case unionDec:
		lays = d.flat()
	default:
		return 0, 0, []string{fmt.Sprintf("%s: nldump decodes it with a hand-written decoder (%T) the test cannot compare", where, d)}
	}
	switch {
	case f.FixedHeader == "" && len(lays) > 0:
		diffs = append(diffs, fmt.Sprintf("%s: nldump reads a struct of %d bytes; the spec has none%s", where, lays[0].size, specWants(f)))
	case f.FixedHeader != "" && len(lays) == 0:
		diffs = append(diffs, where+": nldump reads no struct"+specWants(f))
	case f.FixedHeader != "":
		m, ds := compareFlatStruct(sp, f.FixedHeader, lays)
		members += m
		diffs = append(diffs, ds...)
	}
	switch {
	case f.AttrSet == "" && len(sets) > 0:
		diffs = append(diffs, fmt.Sprintf("%s: nldump reads attributes (%s) the spec does not have%s", where, sets[0].names.Name, specWants(f)))
	case f.AttrSet != "" && len(sets) == 0:
		diffs = append(diffs, where+": nldump reads no attributes"+specWants(f))
	case f.AttrSet != "":
		as := specAttrSet(sp, f.AttrSet)
		if as == nil {
			diffs = append(diffs, fmt.Sprintf("%s: the spec has no attribute-set %s", where, f.AttrSet))
			break
		}
		for _, set := range sets {
			n, ds := compareSetWith(sp, as, set, s)
			if n < 0 {
				diffs = append(diffs, fmt.Sprintf("%s: nldump reads its data with the list %s, which does not hold the spec's attribute-set %s", where, set.names.Name, as.Name))
				continue
			}
			attrs += n
			diffs = append(diffs, ds...)
		}
	}
	return
}

func specAttrSet(sp *ySpec, name string) *yAttrSet {
	for i := range sp.AttrSets {
		if sp.AttrSets[i].Name == name {
			return &sp.AttrSets[i]
		}
	}
	return nil
}

// compareSetWith compares a spec attribute set with one set of nldump's:
// its names and values, and the decoder of each attribute (as
// compareSpec does for every set sharing a name list). It returns -1 when
// the set's name list does not hold the spec set at all.
func compareSetWith(sp *ySpec, as *yAttrSet, set *attrSet, s *state) (int, []string) {
	if set.names == nil {
		return -1, nil
	}
	prefix, names, vals := specSetNames(sp, as)
	tab, full, _, ok := matchNames(sp.Name, as.Name, specList{prefix, names, vals}, []*xlat.Table{set.names})
	if !ok || tab != set.names {
		return -1, nil
	}
	var diffs []string
	compared := 0
	for i, a := range as.Attributes {
		name := full[i]
		if name == "" {
			if a.Type != "unused" && a.Type != "pad" {
				diffs = append(diffs, fmt.Sprintf("attribute-set %s: %s%s = %d is not in nldump's list %s", as.Name, tablePrefix(set.names), names[i], vals[i], set.names.Name))
			}
			continue
		}
		got, _ := set.names.Value(name)
		compared++
		if got != vals[i] {
			diffs = append(diffs, fmt.Sprintf("attribute-set %s: %s is %d in the spec, %d in nldump's list %s", as.Name, name, vals[i], got, set.names.Name))
			continue
		}
		var d attrDec
		if set.byType != nil {
			d = set.byType(s, uint16(got))
		} else {
			d = set.lookup(uint16(got))
		}
		if d == nil {
			continue
		}
		if msg := typeAgrees(&a, d); msg != "" {
			diffs = append(diffs, fmt.Sprintf("attribute-set %s: %s (%s): %s", as.Name, name, a.Type, msg))
		} else if msg := nestAgrees(sp, &a, d); msg != "" {
			diffs = append(diffs, fmt.Sprintf("attribute-set %s: %s (%s): %s", as.Name, name, a.Type, msg))
		} else {
			_, sd := structAgrees(sp, &a, d)
			diffs = append(diffs, sd...)
		}
	}
	return compared, diffs
}

// structAgrees compares the struct of a binary attribute (struct: in the
// spec) with the one nldump decodes it as, when nldump reads a struct; it
// returns how many members it compared.
func structAgrees(sp *ySpec, a *yAttr, d attrDec) (int, []string) {
	if a.Type != "binary" || a.Struct == "" {
		return 0, nil
	}
	var lays []*flatStruct
	switch d := d.(type) {
	case layoutDec:
		lays = []*flatStruct{flattenLayout(d.l)}
	case layoutsDec:
		for _, l := range d {
			lays = append(lays, flattenLayout(l))
		}
	case structDec:
		lays = []*flatStruct{flattenSpec(d.spec)}
	default:
		return 0, nil
	}
	return compareFlatStruct(sp, a.Struct, lays)
}

// flatStruct is a fixed struct as a list of its leaf members, nested
// structs spelled "outer.inner".
type flatStruct struct {
	size    int
	members []flatMember
}

type flatMember struct {
	name      string
	off, size int
	signed    int8 // 1 signed, -1 unsigned, 0 neither (a name, a flag word, bytes)
	be        bool
	pad       bool // the spec's padding, which nldump may print or not
}

func fieldSign(f *field) int8 {
	switch {
	case f.fmt == FmtD && !f.uns:
		return 1
	case f.fmt == FmtU || f.fmt == FmtX || f.fmt == FmtD && f.uns:
		return -1
	}
	return 0
}

func flattenLayout(l *layout) *flatStruct {
	fs := &flatStruct{size: l.size}
	var walk func(l *layout, prefix string, base int)
	walk = func(l *layout, prefix string, base int) {
		for i := range l.ms {
			mb := &l.ms[i]
			off := base + int(mb.f.off)
			switch {
			case mb.sub != nil:
				walk(mb.sub, prefix+mb.f.name+".", off)
			case mb.cnt > 0:
				fs.members = append(fs.members, flatMember{name: prefix + mb.f.name, off: off, size: mb.cnt * int(mb.f.size), be: mb.f.be})
			default:
				fs.members = append(fs.members, flatMember{name: prefix + mb.f.name, off: off, size: int(mb.f.size), signed: fieldSign(&mb.f), be: mb.f.be})
			}
		}
	}
	walk(l, "", 0)
	return fs
}

func flattenSpec(sp *structSpec) *flatStruct {
	fs := &flatStruct{size: sp.size}
	for i := range sp.fields {
		f := &sp.fields[i]
		fs.members = append(fs.members, flatMember{name: f.name, off: int(f.off), size: int(f.size), signed: fieldSign(f), be: f.be})
	}
	return fs
}

// flattenSpecStruct lays out a spec struct: its members in order, nested
// structs spelled "outer.inner". ok is false when a length
// is not a number.
func flattenSpecStruct(sp *ySpec, name string) (fs *flatStruct, ok bool) {
	sizes := map[string]int{"u8": 1, "u16": 2, "u32": 4, "u64": 8, "s8": 1, "s16": 2, "s32": 4, "s64": 8}
	fs = &flatStruct{}
	var walk func(name, prefix string, base int) (int, bool)
	walk = func(name, prefix string, base int) (int, bool) {
		var def *yDef
		for i := range sp.Definitions {
			if sp.Definitions[i].Name == name && sp.Definitions[i].Type == "struct" {
				def = &sp.Definitions[i]
			}
		}
		if def == nil {
			return 0, false
		}
		off := base
		for _, m := range def.Members {
			mname := prefix + strings.ReplaceAll(m.Name, "-", "_")
			if n, isNum := sizes[m.Type]; isNum {
				sign := int8(-1)
				if m.Type[0] == 's' {
					sign = 1
				}
				fs.members = append(fs.members, flatMember{name: mname, off: off, size: n, signed: sign, be: m.ByteOrder == "big-endian"})
				off += n
				continue
			}
			if m.Struct != "" {
				n, ok := walk(m.Struct, mname+".", off)
				if !ok {
					return 0, false
				}
				off += n
				continue
			}
			l, isInt := m.Len.(int)
			if !isInt {
				return 0, false
			}
			fs.members = append(fs.members, flatMember{name: mname, off: off, size: l, pad: m.Type == "pad"})
			off += l
		}
		return off - base, true
	}
	n, ok := walk(name, "", 0)
	fs.size = n
	return fs, ok
}

// compareFlatStruct compares the spec's struct with nldump's: the one of
// lays of the spec's size (a decoder that reads an older, shorter struct
// too has several), member by member: name, offset, size, signedness and
// byte order, and the members only one of them has.
func compareFlatStruct(sp *ySpec, name string, lays []*flatStruct) (int, []string) {
	want, ok := flattenSpecStruct(sp, name)
	if !ok {
		return 0, []string{fmt.Sprintf("struct %s: the test cannot lay it out", name)}
	}
	got := lays[0]
	for _, l := range lays {
		if l.size == want.size {
			got = l
		}
	}
	var diffs []string
	if got.size != want.size {
		diffs = append(diffs, fmt.Sprintf("struct %s: %d bytes in the spec, %d in nldump", name, want.size, got.size))
	}
	byName := map[string]flatMember{}
	for _, m := range got.members {
		byName[m.name] = m
	}
	compared := 0
	seen := map[string]bool{}
	// a member placed otherwise moves the ones after it: the first says
	// where, the rest are counted
	var placed []string
	for _, w := range want.members {
		g, ok := byName[w.name]
		if !ok && w.pad {
			continue
		}
		if !ok {
			diffs = append(diffs, fmt.Sprintf("struct %s: %s (%d bytes at %d) is not a member of nldump's", name, w.name, w.size, w.off))
			continue
		}
		seen[w.name] = true
		compared++
		switch {
		case g.off != w.off || g.size != w.size:
			placed = append(placed, fmt.Sprintf("struct %s: %s is %d bytes at %d in the spec, %d bytes at %d in nldump", name, w.name, w.size, w.off, g.size, g.off))
		case g.be != w.be:
			diffs = append(diffs, fmt.Sprintf("struct %s: %s is big-endian in %s", name, w.name, map[bool]string{true: "nldump", false: "the spec"}[g.be]))
		case g.signed != 0 && w.signed != 0 && g.signed != w.signed:
			diffs = append(diffs, fmt.Sprintf("struct %s: %s is signed in %s", name, w.name, map[bool]string{true: "nldump", false: "the spec"}[g.signed > 0]))
		}
	}
	if len(placed) > 0 {
		diffs = append(diffs, placed[0])
	}
	if len(placed) > 1 {
		diffs = append(diffs, fmt.Sprintf("struct %s: %d more members are placed otherwise", name, len(placed)-1))
	}
	for _, g := range got.members {
		if !seen[g.name] && !inPad(want, g) {
			diffs = append(diffs, fmt.Sprintf("struct %s: nldump's member %s (%d bytes at %d) is not in the spec", name, g.name, g.size, g.off))
		}
	}
	return compared, diffs
}

// inPad says that a member of nldump's lies in padding of the spec's
// struct (nldump prints the pad1 the UAPI names).
func inPad(fs *flatStruct, m flatMember) bool {
	for _, p := range fs.members {
		if p.pad && m.off >= p.off && m.off+m.size <= p.off+p.size {
			return true
		}
	}
	return false
}

// setChooser is a decoder that reads its attributes with one of several
// sets, picked by a value among them.
type setChooser interface{ sets() []*attrSet }

func (d nfNestBy) sets() []*attrSet { return []*attrSet{d.set, d.alt} }

// flat lays out each arm of the union after its tag, as the spec writes
// such a struct: the members of the arm without its name.
func (d unionDec) flat() []*flatStruct {
	var r []*flatStruct
	for _, a := range d.arms {
		fs := &flatStruct{size: 4 + a.l.size, members: []flatMember{{name: d.tag.name, size: 4}}}
		for _, m := range flattenLayout(a.l).members {
			m.off += 4
			fs.members = append(fs.members, m)
		}
		r = append(r, fs)
	}
	return r
}

// The sub-message comparison finds what it is meant to, in a made-up
// spec: a kind nldump does not know, a kind read with another set than
// the spec's, an attribute of the wrong size, a struct member of the
// wrong size, a struct where nldump reads attributes, and data nldump
// leaves hex.
func TestKernelSpecsSubMessagesFind(t *testing.T) {
	v2 := int64(2)
	sp := &ySpec{
		Name: "rt-link",
		Definitions: []yDef{{Name: "vlan-qos", Type: "struct", Members: []yMember{
			{Name: "from", Type: "u32"}, {Name: "to", Type: "u16"}, // nldump: a u32
		}}},
		AttrSets: []yAttrSet{
			{Name: "linkinfo-vlan-attrs", NamePrefix: new("ifla-vlan-"), Attributes: []yAttr{
				{Name: "id", Type: "u32"}, // nldump: a u16
				{Name: "flags", Type: "binary", Value: &v2},
			}},
		},
		SubMsgs: []ySubMsg{{Name: "linkinfo-data-msg", Formats: []yFormat{
			{Value: "vlan", AttrSet: "linkinfo-vlan-attrs"},
			{Value: "bond", AttrSet: "linkinfo-vlan-attrs"},
			{Value: "no-such-kind", AttrSet: "linkinfo-vlan-attrs"},
			{Value: "macvlan", FixedHeader: "vlan-qos"},
			{Value: "bridge_slave", AttrSet: "linkinfo-vlan-attrs"},
		}}, {Name: "no-such-msg", Formats: []yFormat{{Value: "x"}}}},
	}
	tl, diffs := compareSubMessages(sp)
	want := []string{
		"attribute-set linkinfo-vlan-attrs: IFLA_VLAN_ID (u32): nldump reads 2 bytes",
		"sub-message linkinfo-data-msg: kind bond (IFLA_INFO_DATA): nldump reads its data with the list ifla_bond_attrs, which does not hold the spec's attribute-set linkinfo-vlan-attrs",
		"sub-message linkinfo-data-msg: kind no-such-kind: nldump does not know the kind (the spec: attribute-set linkinfo-vlan-attrs)",
		"sub-message linkinfo-data-msg: kind macvlan (IFLA_INFO_DATA): nldump reads no struct (the spec: struct vlan-qos)",
		"sub-message linkinfo-data-msg: kind macvlan (IFLA_INFO_DATA): nldump reads attributes (ifla_macvlan_attrs) the spec does not have (the spec: struct vlan-qos)",
		"sub-message linkinfo-data-msg: kind bridge_slave: nldump knows the kind but leaves its data hex (the spec: attribute-set linkinfo-vlan-attrs)",
		"sub-message no-such-msg: the test does not know how nldump picks its kinds",
	}
	if strings.Join(diffs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(diffs, "\n"), strings.Join(want, "\n"))
	}
	if tl.kinds != 4 || tl.attrs != 2 {
		t.Errorf("compared %d kinds, %d attributes; want 4, 2", tl.kinds, tl.attrs)
	}

	// a struct: tc's prio qdisc reads struct tc_prio_qopt
	sp = &ySpec{
		Name: "tc",
		Definitions: []yDef{{Name: "tc-prio-qopt", Type: "struct", Members: []yMember{
			{Name: "bands", Type: "s32"}, {Name: "priomap", Type: "binary", Len: 15}, // nldump: 16
			{Name: "extra", Type: "u8"},
		}}},
		SubMsgs: []ySubMsg{{Name: "tc-options-msg", Formats: []yFormat{{Value: "prio", FixedHeader: "tc-prio-qopt"}}}},
	}
	tl, diffs = compareSubMessages(sp)
	want = []string{
		"struct tc-prio-qopt: extra (1 bytes at 19) is not a member of nldump's",
		"struct tc-prio-qopt: priomap is 15 bytes at 4 in the spec, 16 bytes at 4 in nldump",
	}
	if strings.Join(diffs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(diffs, "\n"), strings.Join(want, "\n"))
	}
	if tl.kinds != 1 || tl.members != 2 {
		t.Errorf("compared %d kinds, %d members; want 1, 2", tl.kinds, tl.members)
	}
}

// A table broken in nldump fails the comparison with the kernel's own
// specs: a link kind wired to another kind's set, a kind forgotten, a qdisc
// whose options are left hex, an action attribute of the wrong size, a
// struct member of the wrong size, in a kind's struct and in an
// attribute's, a nest read with another set. The tables are broken in place and
// mended before the test returns.
func TestKernelSpecsBrokenTables(t *testing.T) {
	dir := kernelSpecDir(t)
	load := func(name string) *ySpec {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var sp ySpec
		if err := yaml.Unmarshal(b, &sp); err != nil {
			t.Fatal(err)
		}
		return &sp
	}
	link, tc := load("rt_link.yaml"), load("tc.yaml")
	diffsOf := func() []string {
		var r []string
		for _, sp := range []*ySpec{link, tc} {
			_, d := compareSubMessages(sp)
			for _, x := range d {
				r = append(r, sp.Name+": "+x)
			}
		}
		return r
	}
	before := diffsOf()

	vlan, geneve := linkKinds["vlan"], linkKinds["geneve"]
	tbf, plug, red := *tcQdiscKinds["tbf"], *tcQdiscKinds["plug"], *tcQdiscKinds["red"]
	police, flower := tcActionKinds["police"], tcFilterKinds["flower"]
	defer func() {
		linkKinds["vlan"], linkKinds["geneve"] = vlan, geneve
		*tcQdiscKinds["tbf"], *tcQdiscKinds["plug"], *tcQdiscKinds["red"] = tbf, plug, red
		tcActionKinds["police"], tcFilterKinds["flower"] = police, flower
	}()
	linkKinds["vlan"] = &linkKind{name: "vlan", data: iflaVrfAttrs}
	delete(linkKinds, "geneve")
	tcQdiscKinds["tbf"].qopt = nil
	tcQdiscKinds["plug"].qopt = layoutDec{lay(8, m(fD("action", 0, 4)), m(fU("limit", 4, 2)))}
	tcActionKinds["police"] = nestDec{withDec(tcaPoliceAttrs, xlat.TCA_POLICE_AVRATE, nlaU16)}
	redQopt := *tcRedQopt
	redQopt.ms = append([]member{}, redQopt.ms...)
	redQopt.ms[1] = m(fU("qth_min", 4, 2))
	tcQdiscKinds["red"].qopt = nestDec{withDec(tcaRedAttrs, xlat.TCA_RED_PARMS, layoutDec{&redQopt})}
	tcFilterKinds["flower"] = nestDec{withDec(tcaFlowerAttrs, xlat.TCA_FLOWER_KEY_ENC_OPTS, nestDec{tcaFlowerEncOptVxlanAttrs})}

	got := map[string]bool{}
	for _, d := range diffsOf() {
		got[d] = true
	}
	for _, d := range before {
		delete(got, d)
	}
	want := []string{
		"rt-link: sub-message linkinfo-data-msg: kind vlan (IFLA_INFO_DATA): nldump reads its data with the list ifla_vrf_attrs, which does not hold the spec's attribute-set linkinfo-vlan-attrs",
		"rt-link: sub-message linkinfo-data-msg: kind geneve: nldump does not know the kind (the spec: attribute-set linkinfo-geneve-attrs)",
		"tc: sub-message tc-options-msg: kind tbf: nldump knows the kind but leaves its data hex (the spec: attribute-set tc-tbf-attrs)",
		"tc: struct tc-plug-qopt: limit is 4 bytes at 4 in the spec, 2 bytes at 4 in nldump",
		"tc: attribute-set tc-act-police-attrs: TCA_POLICE_AVRATE (u32): nldump reads 2 bytes",
		"tc: struct tc-red-qopt: qth_min is 4 bytes at 4 in the spec, 2 bytes at 4 in nldump",
		"tc: attribute-set tc-flower-attrs: TCA_FLOWER_KEY_ENC_OPTS (nest): nldump reads its attributes with the list tca_flower_enc_opt_vxlan_attrs, not the spec's tc-flower-key-enc-opts-attrs",
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("not found: %s", w)
		}
		delete(got, w)
	}
	for d := range got {
		t.Errorf("found besides: %s", d)
	}
}
