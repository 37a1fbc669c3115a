package decode

import (
	"bufio"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/nldump/nldump/decode/internal/xlat"
	"github.com/nldump/nldump/internal/kspecs"
	"go.yaml.in/yaml/v3"
)

// The kernel describes many netlink families in YAML
// (Documentation/netlink/specs). TestKernelSpecs reads those files and
// compares them with nldump's own tables: the names and values of every
// attribute set, enum and flag list both have, and for attributes the
// kind, size and byte order the decoder expects. A disagreement fails the
// test unless testdata/specs/differences.txt lists it with the reason
// nldump is right.

type ySpec struct {
	Name        string     `yaml:"name"`
	Protocol    string     `yaml:"protocol"`
	Definitions []yDef     `yaml:"definitions"`
	AttrSets    []yAttrSet `yaml:"attribute-sets"`
	SubMsgs     []ySubMsg  `yaml:"sub-messages"`
}

type yDef struct {
	Name       string    `yaml:"name"`
	Type       string    `yaml:"type"`
	NamePrefix *string   `yaml:"name-prefix"`
	ValueStart *int64    `yaml:"value-start"`
	Entries    []yEntry  `yaml:"entries"`
	Members    []yMember `yaml:"members"`
}

// yEntry is an enum or flags entry: a bare name or a mapping.
type yEntry struct {
	Name  string
	Value *int64
}

func (e *yEntry) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		e.Name = n.Value
		return nil
	}
	var m struct {
		Name  string `yaml:"name"`
		Value *int64 `yaml:"value"`
	}
	if err := n.Decode(&m); err != nil {
		return err
	}
	e.Name, e.Value = m.Name, m.Value
	return nil
}

type yMember struct {
	Name      string `yaml:"name"`
	Type      string `yaml:"type"`
	Len       any    `yaml:"len"`
	ByteOrder string `yaml:"byte-order"`
	Struct    string `yaml:"struct"`
}

type yAttrSet struct {
	Name       string  `yaml:"name"`
	NamePrefix *string `yaml:"name-prefix"`
	SubsetOf   string  `yaml:"subset-of"`
	Attributes []yAttr `yaml:"attributes"`
}

type yAttr struct {
	Name      string `yaml:"name"`
	Type      string `yaml:"type"`
	Value     *int64 `yaml:"value"`
	ByteOrder string `yaml:"byte-order"`
	Nested    string `yaml:"nested-attributes"`
	Enum      string `yaml:"enum"`
	Struct    string `yaml:"struct"`
	Hint      string `yaml:"display-hint"`
}

// cName turns a spec name into the kernel's C spelling.
func cName(s string) string {
	return strings.ToUpper(strings.NewReplacer("-", "_", ".", "_").Replace(s))
}

// specTally counts what one family's comparison covered.
type specTally struct {
	sets, attrs, typed, enums, values int
	structs, members                  int
	sattrs, smembers                  int      // struct attributes, their members
	missing                           []string // sets nldump has no table for
}

// kernelSpecDir returns the directory of the cached specs; the test skips
// when they are not to be had, unless NLDUMP_SPECS_REQUIRED=1 (CI).
func kernelSpecDir(t *testing.T) string {
	dir, err := kspecs.Find(kspecs.CacheDir())
	if err != nil {
		if errors.Is(err, kspecs.ErrNoSpecs) && os.Getenv("NLDUMP_SPECS_REQUIRED") != "1" {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	return dir
}

func TestKernelSpecs(t *testing.T) {
	dir := kernelSpecDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(files) == 0 {
		t.Fatalf("no spec files in %s", dir)
	}
	known := loadSpecDifferences(t, "../testdata/specs/differences.txt")
	used := map[string]bool{}
	setOf := setsByTable()
	structs := sourceStructs(t)
	var report, beyond []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var sp ySpec
		if err := yaml.Unmarshal(b, &sp); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		tally, diffs := compareSpec(&sp, setOf)
		if len(specTables[sp.Name]) > 0 {
			n, m, sd := compareStructs(&sp, structs)
			tally.structs, tally.members = n, m
			diffs = append(diffs, sd...)
		}
		sub, sd := compareSubMessages(&sp)
		diffs = append(diffs, sd...)
		beyond = append(beyond, sub.beyond...)
		seen := map[string]bool{}
		for _, d := range diffs {
			key := sp.Name + ": " + d
			if seen[key] {
				continue // a set's attribute found again through a kind
			}
			seen[key] = true
			if known[key] {
				used[key] = true
				continue
			}
			t.Errorf("%s", key)
		}
		line := fmt.Sprintf("%-14s %3d attribute sets, %4d attributes (%4d typed), %3d enums/flags, %4d values, %2d structs (%3d members), %2d struct attributes (%3d members), %3d sub-message kinds (%3d attributes, %3d members)",
			sp.Name, tally.sets, tally.attrs, tally.typed, tally.enums, tally.values, tally.structs, tally.members, tally.sattrs, tally.smembers, sub.kinds, sub.attrs, sub.members)
		if len(tally.missing) > 0 {
			line += fmt.Sprintf("; not in nldump: %s", strings.Join(tally.missing, " "))
		}
		report = append(report, line)
	}
	for k := range known {
		if !used[k] {
			t.Errorf("testdata/specs/differences.txt lists %q, which no longer differs: remove it", k)
		}
	}
	sort.Strings(report)
	t.Logf("compared with %s:\n%s", dir, strings.Join(report, "\n"))
	sort.Strings(beyond)
	t.Logf("kinds nldump decodes that the specs do not name:\n%s", strings.Join(beyond, "\n"))
}

// loadSpecDifferences reads the listed disagreements: one "family: text"
// a line, each after a comment saying why nldump is right.
func loadSpecDifferences(t *testing.T, name string) map[string]bool {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		m[l] = true
	}
	return m
}

// setsByTable maps each name table to the attribute sets that use it.
func setsByTable() map[*xlat.Table][]*attrSet {
	m := map[*xlat.Table][]*attrSet{}
	for _, s := range allSets {
		m[s.names] = append(m[s.names], s)
	}
	return m
}

// tablePrefix is the part of the names of a table that all share, up to
// an underscore ("IFLA_" of IFLA_ADDRESS, IFLA_MTU, ...).
func tablePrefix(tab *xlat.Table) string {
	p := ""
	first := true
	for _, e := range tab.Entries {
		if strings.HasPrefix(e.Name, "__") {
			continue
		}
		if first {
			p, first = e.Name, false
			continue
		}
		for !strings.HasPrefix(e.Name, p) {
			p = p[:len(p)-1]
		}
	}
	if i := strings.LastIndexByte(p, '_'); i >= 0 {
		return p[:i+1]
	}
	return ""
}

// specMatch finds, for a list of spec names (in the kernel's C spelling
// after prefix, or the spec's own names) and values, the table that holds
// the most of them with the same value. It returns the table, its
// spelling of each name ("" when absent) and how many agree.
func specMatch(specName, prefix string, names []string, vals []uint64, tables []*xlat.Table) (*xlat.Table, []string, int) {
	var best *xlat.Table
	var bestNames []string
	n, nExact, nWords := 0, 0, 0
	for _, tab := range tables {
		if len(tab.Entries) < 2 {
			continue
		}
		got, c, exact := namesIn(prefix, names, vals, tab)
		// on a tie, the table that has the spec's own spelling (a set of
		// one "header" is ETHTOOL_A_CABLE_TEST_HEADER, not any *_HEADER),
		// then the one whose name shares more words with the spec's
		// (tc-act-connmark-attrs is tca_connmark_attrs, not any list of
		// PARMS, TM and PAD)
		words := sharedWords(specName, tab.Name)
		if c > n || c == n && (exact > nExact || exact == nExact && words > nWords) {
			best, bestNames, n, nExact, nWords = tab, got, c, exact, words
		}
	}
	return best, bestNames, n
}

// sharedWords counts the words of a spec name ("tc-act-connmark-attrs")
// that a table's name ("tca_connmark_attrs") has.
func sharedWords(specName, table string) int {
	has := map[string]bool{}
	for _, w := range strings.Split(table, "_") {
		has[w] = true
	}
	c := 0
	for _, w := range strings.Split(specName, "-") {
		if has[w] {
			c++
		}
	}
	return c
}

// namesIn returns tab's spelling of each of the spec names ("" when
// absent), how many of them have the spec's value there, and how many of
// those are spelled with prefix.
func namesIn(prefix string, names []string, vals []uint64, tab *xlat.Table) ([]string, int, int) {
	tp := tablePrefix(tab)
	got := make([]string, len(names))
	c, exact := 0, 0
	for i, name := range names {
		for j, full := range []string{prefix + name, tp + name, name} {
			if v, ok := tab.Value(full); ok {
				got[i] = full
				if v == vals[i] {
					c++
					if j == 0 {
						exact++
					}
				}
				break
			}
		}
	}
	return got, c, exact
}

// counterpart is nldump's list for a spec set or enum whose names the
// spec spells with a prefix the matching cannot guess (the spec's own
// name for the set, an infix the UAPI has), or with a list of one name.
type counterpart struct {
	table  *xlat.Table // nil: nldump has none (differences.txt says why)
	prefix string      // the C prefix of the spec's names in table
	// bits: the spec lists bit numbers (NAME_BIT = n); the table holds
	// the masks (NAME = 1<<n), which nldump prints
	bits bool
}

// specCounterparts names the counterparts by family and spec name.
var specCounterparts = map[string]counterpart{
	"rt-link/vlan-protocols":                {table: xlat.EthernetProtocols, prefix: "ETH_P_"},
	"rt-link/netkit-policy":                 {table: xlat.NetkitActions, prefix: "NETKIT_"},
	"rt-link/link-dpll-pin-attrs":           {table: xlat.DpllPinHandleAttrs, prefix: "DPLL_A_PIN_"},
	"rt-link/af-spec-attrs":                 {table: xlat.Addrfams, prefix: "AF_"},
	"tc/tc-flower-key-ctrl-flags":           {table: xlat.TcaFlowerKeyFlags, prefix: "TCA_FLOWER_KEY_FLAGS_"},
	"tc/tc-ematch-attrs":                    {table: xlat.TcaEmatchTreeAttrs, prefix: "TCA_EMATCH_"},
	"tc/tc-flower-key-mpls-opt-attrs":       {table: xlat.TcaFlowerMplsLseAttrs, prefix: "TCA_FLOWER_KEY_MPLS_OPT_"},
	"tc/tc-flower-key-enc-opt-geneve-attrs": {table: xlat.TcaFlowerEncOptGeneveAttrs, prefix: "TCA_FLOWER_KEY_ENC_OPT_GENEVE_"},
	"tc/tc-flower-key-enc-opt-vxlan-attrs":  {table: xlat.TcaFlowerEncOptVxlanAttrs, prefix: "TCA_FLOWER_KEY_ENC_OPT_VXLAN_"},
	"tc/tc-flower-key-enc-opt-erspan-attrs": {table: xlat.TcaFlowerEncOptErspanAttrs, prefix: "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_"},
	"tc/tc-taprio-attrs":                    {table: xlat.TcaTaprioAttrs, prefix: "TCA_TAPRIO_ATTR_"},
	"nftables/lookup-flags":                 {table: xlat.NftLookupFlags, prefix: "NFT_LOOKUP_F_"},
	"nftables/quota-flags":                  {table: xlat.NftQuotaFlags, prefix: "NFT_QUOTA_F_"},
	"nftables/ct-direction":                 {table: xlat.IpConntrackDir, prefix: "IP_CT_DIR_"},
	"nftables/fib-result":                   {table: xlat.NftFibResults, prefix: "NFT_FIB_RESULT_"},
	"nftables/batch-attrs":                  {table: xlat.NfnlBatchAttrs, prefix: "NFNL_BATCH_"},
	"nftables/expr-lookup-attrs":            {table: xlat.NftLookupAttrs, prefix: "NFTA_LOOKUP_"},
	"nftables/hook-dev-attrs":               {table: xlat.NftDeviceAttrs, prefix: "NFTA_DEVICE_"},
	"nftables/empty-attrs":                  {},
	"nftables/expr-flow-offload-attrs":      {table: xlat.NftFlowAttrs, prefix: "NFTA_FLOW_TABLE_"},
	"netdev/qstats-scope":                   {table: xlat.GenlNetdevQstatsScope, prefix: "NETDEV_QSTATS_SCOPE_"},
	"ethtool/module-fw-flash-status":        {table: xlat.GenlEthtoolModuleFwFlashStatus, prefix: "ETHTOOL_MODULE_FW_FLASH_STATUS_"},
	"devlink/dpipe-match-type":              {table: xlat.GenlDevlinkDpipeMatchTypes, prefix: "DEVLINK_DPIPE_MATCH_TYPE_"},
	"devlink/dpipe-action-type":             {table: xlat.GenlDevlinkDpipeActionTypes, prefix: "DEVLINK_DPIPE_ACTION_TYPE_"},
	"devlink/resource-unit":                 {table: xlat.GenlDevlinkResourceUnits, prefix: "DEVLINK_RESOURCE_UNIT_"},
	"devlink/port-fn-attr-cap":              {table: xlat.GenlDevlinkPortFnCaps, prefix: "DEVLINK_PORT_FN_CAP_", bits: true},
	"devlink/flash-overwrite":               {table: xlat.GenlDevlinkFlashOverwrite, prefix: "DEVLINK_FLASH_OVERWRITE_", bits: true},
}

// specList is a spec set or enum: the C prefix of its names, its names
// after the prefix and their values.
type specList struct {
	prefix string
	names  []string
	vals   []uint64
}

// matchNames finds nldump's list for a spec set or enum of the family:
// its counterpart, else the one of tables holding most of its names. It
// returns the list, its spelling of each name ("" when absent) and the
// spec's names as the list spells them (a counterpart may change them);
// ok is false when no list holds enough of them.
func matchNames(family, name string, l specList, tables []*xlat.Table) (tab *xlat.Table, full []string, _ specList, ok bool) {
	if cp, found := specCounterparts[family+"/"+name]; found {
		l.prefix = cp.prefix
		if cp.bits {
			l.names, l.vals = append([]string(nil), l.names...), append([]uint64(nil), l.vals...)
			for i := range l.names {
				l.names[i] = strings.TrimSuffix(l.names[i], "_BIT")
				l.vals[i] = 1 << l.vals[i]
			}
		}
		if cp.table == nil {
			return nil, nil, l, false
		}
		full, _, _ = namesIn(l.prefix, l.names, l.vals, cp.table)
		return cp.table, full, l, true
	}
	tab, full, n := specMatch(name, l.prefix, l.names, l.vals, tables)
	return tab, full, l, !poorMatch(n, len(l.names))
}

// specTables says where nldump keeps the names of each family the specs
// describe: its tables whose names start with one of these. A family
// missing here is one nldump does not decode.
var specTables = map[string][]string{
	"rt-link":     {"rtnl_", "ifla_", "iff", "in6_", "ipvlan", "macvlan", "bond", "vxlan", "geneve", "tca_", "ipv4_", "inet6_", "br_", "vlan", "ip_", "tunnel_", "lwtunnel", "seg6", "ifstats", "rtext", "port_", "netkit", "macsec", "veth", "gre", "xdp", "hsr", "dpll", "link_", "ovs", "ifla"},
	"rt-addr":     {"rtnl_", "ifa_", "ifaddr"},
	"rt-route":    {"rtnl_", "rta", "rtm_", "routing", "rtax", "rtnh", "lwtunnel", "ip_"},
	"tc":          {"rtnl_tc", "tca_", "tc_", "tcf_", "tc", "lwtunnel", "rtnl_"},
	"nftables":    {"nft", "nf_"},
	"ethtool":     {"genl_ethtool"},
	"devlink":     {"genl_devlink"},
	"dpll":        {"genl_dpll"},
	"netdev":      {"genl_netdev"},
	"mptcp_pm":    {"genl_mptcp"},
	"team":        {"genl_team"},
	"tcp_metrics": {"genl_tcp_metrics"},
	"nlctrl":      {"genl_ctrl", "genl_op", "nl_"},
}

// familyTables returns the tables that may hold a family's names.
func familyTables(family string) []*xlat.Table {
	var r []*xlat.Table
	for _, tab := range xlat.All() {
		for _, p := range specTables[family] {
			if strings.HasPrefix(tab.Name, p) {
				r = append(r, tab)
				break
			}
		}
	}
	return r
}

func compareSpec(sp *ySpec, setOf map[*xlat.Table][]*attrSet) (specTally, []string) {
	var tl specTally
	var diffs []string
	family := cName(sp.Name)
	tables := familyTables(sp.Name)
	if len(tables) == 0 {
		tl.missing = append(tl.missing, "(the whole family)")
		return tl, []string{"nldump has no tables for this family"}
	}
	// enums and flags
	for _, d := range sp.Definitions {
		if d.Type != "enum" && d.Type != "flags" {
			continue
		}
		prefix := family + "_" + cName(d.Name) + "_"
		if d.NamePrefix != nil {
			prefix = cName(*d.NamePrefix)
		}
		names, vals := defValues(&d)
		if len(names) == 0 {
			continue // the spec lists no names (ethtool's stringset)
		}
		tab, full, l, ok := matchNames(sp.Name, d.Name, specList{prefix, names, vals}, tables)
		prefix, names, vals = l.prefix, l.names, l.vals
		if !ok {
			tl.missing = append(tl.missing, d.Name)
			diffs = append(diffs, fmt.Sprintf("%s %s: no list of nldump holds its names", d.Type, d.Name))
			continue
		}
		tl.enums++
		for i, name := range full {
			if name == "" {
				diffs = append(diffs, fmt.Sprintf("%s %s: %s%s = %d is not in nldump's list %s", d.Type, d.Name, prefix, names[i], vals[i], tab.Name))
				continue
			}
			v, _ := tab.Value(name)
			tl.values++
			if v != vals[i] {
				diffs = append(diffs, fmt.Sprintf("%s %s: %s is %d in the spec, %d in nldump's list %s", d.Type, d.Name, name, vals[i], v, tab.Name))
			}
		}
	}
	// attribute sets
	for _, as := range sp.AttrSets {
		if as.SubsetOf != "" {
			// a subset repeats attributes of another set, by name; the
			// values are the other set's
			continue
		}
		prefix, names, vals := specSetNames(sp, &as)
		if len(names) == 0 {
			continue // the spec lists no attributes (vf-ports-attrs)
		}
		tab, full, _, ok := matchNames(sp.Name, as.Name, specList{prefix, names, vals}, tables)
		if !ok {
			tl.missing = append(tl.missing, as.Name)
			diffs = append(diffs, fmt.Sprintf("attribute-set %s: no list of nldump holds its names", as.Name))
			continue
		}
		tl.sets++
		for i, a := range as.Attributes {
			name := full[i]
			if name == "" {
				if a.Type != "unused" && a.Type != "pad" {
					diffs = append(diffs, fmt.Sprintf("attribute-set %s: %s%s = %d is not in nldump's list %s", as.Name, tablePrefix(tab), names[i], vals[i], tab.Name))
				}
				continue
			}
			got, _ := tab.Value(name)
			tl.attrs++
			if got != vals[i] {
				diffs = append(diffs, fmt.Sprintf("attribute-set %s: %s is %d in the spec, %d in nldump's list %s", as.Name, name, vals[i], got, tab.Name))
				continue
			}
			for _, set := range setOf[tab] {
				if set.byType != nil || int(got) >= len(set.dec) || set.dec[got] == nil {
					continue
				}
				tl.typed++
				if msg := typeAgrees(&a, set.dec[got]); msg != "" {
					diffs = append(diffs, fmt.Sprintf("attribute-set %s: %s (%s): %s", as.Name, name, a.Type, msg))
				} else if msg := nestAgrees(sp, &a, set.dec[got]); msg != "" {
					diffs = append(diffs, fmt.Sprintf("attribute-set %s: %s (%s): %s", as.Name, name, a.Type, msg))
				} else {
					if n, sd := structAgrees(sp, &a, set.dec[got]); n > 0 || len(sd) > 0 {
						tl.sattrs++
						tl.smembers += n
						diffs = append(diffs, sd...)
					}
				}
			}
		}
	}
	return tl, diffs
}

// poorMatch says that n names of a spec list of size found in a table
// are too few to take the table for the list.
func poorMatch(n, size int) bool {
	return n < 2 && size > 1 || n == 0 || n*2 < size && n < 3
}

// specSetNames returns the C prefix of a spec attribute set's names, and
// its names (after the prefix) and values.
func specSetNames(sp *ySpec, as *yAttrSet) (string, []string, []uint64) {
	prefix := cName(sp.Name) + "_A_" + cName(as.Name) + "_"
	if as.NamePrefix != nil {
		prefix = cName(*as.NamePrefix)
	}
	if cp, ok := specCounterparts[sp.Name+"/"+as.Name]; ok {
		prefix = cp.prefix
	}
	var names []string
	var vals []uint64
	v := int64(1)
	for _, a := range as.Attributes {
		if a.Value != nil {
			v = *a.Value
		}
		names = append(names, cName(a.Name))
		vals = append(vals, uint64(v))
		v++
	}
	return prefix, names, vals
}

// defValues lists an enum's or flag list's C names and values.
func defValues(d *yDef) ([]string, []uint64) {
	var names []string
	var vals []uint64
	v := int64(0)
	if d.ValueStart != nil {
		v = *d.ValueStart
	}
	for _, e := range d.Entries {
		if e.Value != nil {
			v = *e.Value
		}
		val := uint64(v)
		if d.Type == "flags" {
			val = 1 << uint(v)
		}
		names = append(names, cName(e.Name))
		vals = append(vals, val)
		v++
	}
	return names, vals
}

// decShape is what a decoder accepts: a kind ("num", "string", "nest",
// "opaque"), the size of a number, and its byte order.
type decShape struct {
	kind string
	size int // 0: any size up to 8 bytes
	be   bool
}

func shapeOf(d attrDec) (decShape, bool) {
	switch d := d.(type) {
	case numDec:
		return decShape{"num", d.size, d.be}, true
	case uintDec, uintFlagsDec:
		return decShape{"uint", 0, false}, true
	case xvalDec:
		return decShape{"num", d.size, d.be}, true
	case flagsDec:
		return decShape{"num", d.size, d.be}, true
	case kindDec:
		return decShape{"num", d.size, false}, true
	case ifindexDec:
		return decShape{"num", 4, false}, true
	case strDec:
		return decShape{"string", 0, false}, true
	case nestDec, anyNestDec, nfNestBy:
		return decShape{"nest", 0, false}, true
	case structDec, hwaddrDec, inAddrDec, arrayDec:
		return decShape{"opaque", 0, false}, true
	}
	return decShape{}, false
}

// typeAgrees compares a spec attribute with nldump's decoder for it.
func typeAgrees(a *yAttr, d attrDec) string {
	sh, ok := shapeOf(d)
	if !ok {
		return "" // a hand-written decoder: nothing to compare
	}
	if strings.HasPrefix(a.Hint, "ipv") && sh.kind == "opaque" {
		return "" // an address the spec carries as a number: nldump prints the address
	}
	size := map[string]int{"u8": 1, "u16": 2, "u32": 4, "u64": 8, "s8": 1, "s16": 2, "s32": 4, "s64": 8}
	switch a.Type {
	case "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64":
		want := size[a.Type]
		switch {
		case sh.kind != "num":
			return fmt.Sprintf("nldump decodes it as %s", sh.kind)
		case sh.size != 0 && sh.size != want:
			return fmt.Sprintf("nldump reads %d bytes", sh.size)
		case sh.be != (a.ByteOrder == "big-endian"):
			if sh.be {
				return "nldump reads it big-endian"
			}
			return "nldump reads it in host order; the spec says big-endian"
		}
	case "uint", "sint":
		if sh.kind != "uint" {
			return fmt.Sprintf("the kernel sends 4 or 8 bytes; nldump decodes %s of %d bytes", sh.kind, sh.size)
		}
	case "string":
		if sh.kind != "string" {
			return fmt.Sprintf("nldump decodes it as %s", sh.kind)
		}
	case "nest", "indexed-array", "nest-type-value":
		if sh.kind != "nest" && sh.kind != "opaque" {
			return fmt.Sprintf("nldump decodes it as %s", sh.kind)
		}
	case "flag":
		return fmt.Sprintf("a flag has no payload; nldump decodes %s", sh.kind)
	}
	return ""
}

// nestAgrees checks that a nest's attributes are read with the list of
// the spec's nested-attributes set.
func nestAgrees(sp *ySpec, a *yAttr, d attrDec) string {
	nd, ok := d.(nestDec)
	if a.Type != "nest" || a.Nested == "" || !ok || nd.set.names == nil {
		return ""
	}
	as := specAttrSet(sp, a.Nested)
	if as == nil {
		return ""
	}
	for as.SubsetOf != "" {
		// a subset takes the names and values of its set
		if as = specAttrSet(sp, as.SubsetOf); as == nil {
			return ""
		}
	}
	prefix, names, vals := specSetNames(sp, as)
	if len(names) == 0 {
		return ""
	}
	tab, _, _, ok := matchNames(sp.Name, as.Name, specList{prefix, names, vals}, []*xlat.Table{nd.set.names})
	if !ok || tab != nd.set.names {
		return fmt.Sprintf("nldump reads its attributes with the list %s, not the spec's %s", nd.set.names.Name, a.Nested)
	}
	return ""
}

// nlStruct is a fixed struct as nldump's source declares it: a
// structSpec or a layout literal, read with go/parser so that every one
// counts, wherever it is declared.
type nlStruct struct {
	where  string // file:line
	name   string
	fields map[string][2]int // field name -> offset, size
}

// sourceStructs reads the fixed structs declared in the package's files.
func sourceStructs(t *testing.T) []nlStruct {
	fset := token.NewFileSet()
	files, _ := filepath.Glob("*.go")
	var r []nlStruct
	intOf := func(e ast.Expr) (int, bool) {
		if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.INT {
			v, err := strconv.ParseInt(b.Value, 0, 64)
			return int(v), err == nil
		}
		return 0, false
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			cl, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			id, ok := cl.Type.(*ast.Ident)
			if !ok || id.Name != "structSpec" && id.Name != "layout" {
				return true
			}
			st := nlStruct{where: fset.Position(cl.Pos()).String(), fields: map[string][2]int{}}
			for _, el := range cl.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				k, _ := kv.Key.(*ast.Ident)
				switch {
				case k != nil && k.Name == "name":
					if b, ok := kv.Value.(*ast.BasicLit); ok {
						st.name, _ = strconv.Unquote(b.Value)
					}
				case k != nil && (k.Name == "fields" || k.Name == "ms"):
					lst, ok := kv.Value.(*ast.CompositeLit)
					if !ok {
						continue
					}
					for _, fe := range lst.Elts {
						call, ok := fe.(*ast.CallExpr)
						if !ok {
							continue
						}
						// m(fX(...)) in layouts
						if fn, ok := call.Fun.(*ast.Ident); ok && fn.Name == "m" && len(call.Args) == 1 {
							if in, ok := call.Args[0].(*ast.CallExpr); ok {
								call = in
							}
						}
						fn, ok := call.Fun.(*ast.Ident)
						if !ok || len(call.Args) < 2 {
							continue
						}
						b, ok := call.Args[0].(*ast.BasicLit)
						if !ok || b.Kind != token.STRING {
							continue
						}
						name, _ := strconv.Unquote(b.Value)
						off, ok1 := intOf(call.Args[1])
						size, ok2 := 4, true // fIfindex
						if fn.Name != "fIfindex" {
							if len(call.Args) < 3 {
								continue
							}
							size, ok2 = intOf(call.Args[2])
						}
						if ok1 && ok2 && fn.Name != "mArr" && fn.Name != "mSub" {
							st.fields[name] = [2]int{off, size}
						}
					}
				}
			}
			if len(st.fields) > 0 {
				r = append(r, st)
			}
			return true
		})
	}
	return r
}

// compareStructs compares the spec's fixed structs with nldump's: each
// spec struct is matched to the nldump struct sharing the most field
// names (in C spelling) at the same offsets.
func compareStructs(sp *ySpec, structs []nlStruct) (compared, members int, diffs []string) {
	size := map[string]int{"u8": 1, "u16": 2, "u32": 4, "u64": 8, "s8": 1, "s16": 2, "s32": 4, "s64": 8}
	for _, d := range sp.Definitions {
		if d.Type != "struct" {
			continue
		}
		type mem struct {
			name      string
			off, size int
		}
		var ms []mem
		off := 0
		ok := true
		for _, m := range d.Members {
			n, known := size[m.Type]
			if !known {
				l, isInt := m.Len.(int)
				if !isInt {
					ok = false // a length given by name: leave the struct alone
					break
				}
				n = l
			}
			if m.Type != "pad" {
				ms = append(ms, mem{strings.ReplaceAll(m.Name, "-", "_"), off, n})
			}
			off += n
		}
		if !ok || len(ms) == 0 {
			continue
		}
		best, bestN := -1, 0
		for i, st := range structs {
			c := 0
			for _, m := range ms {
				if f, ok := st.fields[m.name]; ok && f[0] == m.off {
					c++
				}
			}
			if c > bestN || c == bestN && c > 0 && st.name == d.Name {
				best, bestN = i, c
			}
		}
		if bestN < 2 && !(bestN == 1 && len(ms) == 1) {
			continue
		}
		compared++
		st := structs[best]
		for _, m := range ms {
			f, ok := st.fields[m.name]
			if !ok {
				continue // nldump names the field otherwise, or leaves it out
			}
			members++
			if f[0] != m.off || f[1] != m.size {
				diffs = append(diffs, fmt.Sprintf("struct %s: %s is %d bytes at %d in the spec, %d bytes at %d in nldump (%s)", d.Name, m.name, m.size, m.off, f[1], f[0], filepath.Base(strings.Split(st.where, ":")[0])))
			}
		}
	}
	return
}

// The comparison finds what it is meant to: a wrong value, a wrong size, a
// wrong byte order, a name nldump lacks, a list no table holds, a wrong
// kind, in a made-up spec.
func TestKernelSpecsCompareFinds(t *testing.T) {
	v, vXdp := int64(4), int64(xlat.IFLA_XDP)
	sp := &ySpec{Name: "rt-link", Protocol: "netlink-raw", AttrSets: []yAttrSet{{
		Name: "link-attrs", NamePrefix: new("ifla-"),
		Attributes: []yAttr{
			{Name: "address", Type: "binary"},
			{Name: "broadcast", Type: "binary"},
			{Name: "ifname", Type: "string"},
			{Name: "mtu", Type: "u16", Value: &v},                // nldump: a u32
			{Name: "link", Type: "u32", ByteOrder: "big-endian"}, // nldump: host order
			{Name: "no-such-attr", Type: "u32"},
			{Name: "xdp", Type: "nest", Nested: "link-dpll-pin-attrs", Value: &vXdp}, // nldump: IFLA_XDP_*
		},
	}}}
	v8021q, v8021ad := int64(0x8100), int64(0x88a9) // ETH_P_8021AD is 0x88a8
	sp.Definitions = []yDef{
		// matched through specCounterparts
		{Name: "vlan-protocols", Type: "enum", Entries: []yEntry{{"8021q", &v8021q}, {"8021ad", &v8021ad}}},
		{Name: "no-such-enum", Type: "enum", Entries: []yEntry{{Name: "frob"}, {Name: "nicate"}}},
	}
	sp.AttrSets = append(sp.AttrSets, yAttrSet{Name: "link-dpll-pin-attrs", Attributes: []yAttr{
		{Name: "id", Type: "nest", Nested: "link-attrs"}, // nldump: a u32
	}})
	_, diffs := compareSpec(sp, setsByTable())
	want := []string{
		"enum vlan-protocols: ETH_P_8021AD is 34985 in the spec, 34984 in nldump's list ethernet_protocols",
		"enum no-such-enum: no list of nldump holds its names",
		"attribute-set link-attrs: IFLA_MTU (u16): nldump reads 4 bytes",
		"attribute-set link-attrs: IFLA_LINK (u32): nldump reads it in host order; the spec says big-endian",
		"attribute-set link-attrs: IFLA_NO_SUCH_ATTR = 6 is not in nldump's list rtnl_link_attrs",
		"attribute-set link-attrs: IFLA_XDP (nest): nldump reads its attributes with the list rtnl_ifla_xdp_attrs, not the spec's link-dpll-pin-attrs",
		"attribute-set link-dpll-pin-attrs: DPLL_A_PIN_ID (nest): nldump decodes it as num",
	}
	if strings.Join(diffs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(diffs, "\n"), strings.Join(want, "\n"))
	}
}
