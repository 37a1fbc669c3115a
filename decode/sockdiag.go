package decode

import "github.com/nldump/nldump/decode/internal/xlat"

var sockDiagFamily = &family{
	types: xlat.NlSockDiagTypes,
	dflt:  "SOCK_DIAG_???",
	flags: func(uint16) *xlat.Table { return nlFlagsGet },
}
