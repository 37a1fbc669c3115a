package decode

import "github.com/nldump/nldump/decode/internal/xlat"

var selinuxFamily = &family{
	types: xlat.NlSelinuxTypes,
	dflt:  "SELNL_MSG_???",
}
