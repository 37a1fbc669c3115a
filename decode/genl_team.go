package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// team (linux/if_team.h): options and ports of a team device. An option's
// TEAM_ATTR_OPTION_DATA has the type its TEAM_ATTR_OPTION_TYPE announced.

var teamSpec = &genlSpec{
	name:    "team",
	cmds:    xlat.GenlTeamCmds,
	cmdDflt: "TEAM_CMD_???",
	attrs:   teamAttrs,
}

var teamOptionAttrs = newSet(xlat.GenlTeamOptionAttrs, "TEAM_ATTR_OPTION_???", []attrDec{
	xlat.TEAM_ATTR_OPTION_NAME: funcDec(func(s *state, off, n int) bool { // TEAM_ATTR_OPTION_NAME
		s.ctx.aux = 0 // a new option: no type yet
		return nlaStr.decode(s, off, n)
	}),
	xlat.TEAM_ATTR_OPTION_TYPE: kindDec{size: 1, tab: xlat.GenlTeamOptionTypes, dflt: "NLA_???", nf: numU},
	xlat.TEAM_ATTR_OPTION_DATA: funcDec(func(s *state, off, n int) bool { // TEAM_ATTR_OPTION_DATA
		var d attrDec
		switch s.ctx.aux {
		case xlat.NLA_U8 + 1:
			d = gU8
		case xlat.NLA_U32 + 1:
			d = gU32
		case xlat.NLA_STRING + 1:
			d = nlaStr
		case xlat.NLA_S32 + 1:
			d = gS32
		default:
			return false
		}
		return d.decode(s, off, n)
	}),
	xlat.TEAM_ATTR_OPTION_PORT_IFINDEX: gIfindex,
	xlat.TEAM_ATTR_OPTION_ARRAY_INDEX:  gU32,
	// TEAM_ATTR_OPTION_CHANGED and TEAM_ATTR_OPTION_REMOVED are flags
})

var teamPortAttrs = newSet(xlat.GenlTeamPortAttrs, "TEAM_ATTR_PORT_???", []attrDec{
	xlat.TEAM_ATTR_PORT_IFINDEX: gIfindex,
	xlat.TEAM_ATTR_PORT_SPEED:   gU32,
	xlat.TEAM_ATTR_PORT_DUPLEX:  gU8,
	// TEAM_ATTR_PORT_CHANGED, _LINKUP and _REMOVED are flags
})

var teamAttrs = newSet(xlat.GenlTeamAttrs, "TEAM_ATTR_???", []attrDec{
	xlat.TEAM_ATTR_TEAM_IFINDEX: gIfindex,
	xlat.TEAM_ATTR_LIST_OPTION: nestDec{newSet(xlat.GenlTeamItemOptionAttrs, "TEAM_ATTR_ITEM_OPTION_???", []attrDec{ // TEAM_ATTR_LIST_OPTION
		xlat.TEAM_ATTR_ITEM_OPTION: nestDec{teamOptionAttrs},
	})},
	xlat.TEAM_ATTR_LIST_PORT: nestDec{newSet(xlat.GenlTeamItemPortAttrs, "TEAM_ATTR_ITEM_PORT_???", []attrDec{ // TEAM_ATTR_LIST_PORT
		xlat.TEAM_ATTR_ITEM_PORT: nestDec{teamPortAttrs},
	})},
})
