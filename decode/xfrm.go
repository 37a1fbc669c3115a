package decode

import "github.com/nldump/nldump/decode/internal/xlat"

func xfrmFlags(typ uint16) *xlat.Table {
	name, _ := xlat.NlXfrmTypes.Lookup(uint64(typ))
	switch name {
	case "XFRM_MSG_NEWSA", "XFRM_MSG_NEWPOLICY", "XFRM_MSG_NEWAE", "XFRM_MSG_NEWSADINFO", "XFRM_MSG_NEWSPDINFO":
		return nlFlagsNew
	case "XFRM_MSG_DELSA", "XFRM_MSG_DELPOLICY":
		return nlFlagsDelete
	case "XFRM_MSG_GETSA", "XFRM_MSG_GETPOLICY", "XFRM_MSG_GETAE", "XFRM_MSG_GETSADINFO", "XFRM_MSG_GETSPDINFO":
		return nlFlagsGet
	}
	return nil
}

var xfrmFamily = &family{
	types: xlat.NlXfrmTypes,
	dflt:  "XFRM_MSG_???",
	flags: xfrmFlags,
}
