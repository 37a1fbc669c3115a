package decode

import "github.com/nldump/nldump/decode/internal/xlat"

var auditFamily = &family{
	types: xlat.NlAuditTypes,
	dflt:  "AUDIT_???",
}
