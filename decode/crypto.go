package decode

import "github.com/nldump/nldump/decode/internal/xlat"

func cryptoFlags(typ uint16) *xlat.Table {
	switch typ {
	case 0x10: // CRYPTO_MSG_NEWALG
		return nlFlagsNew
	case 0x11, 0x14: // CRYPTO_MSG_DELALG, CRYPTO_MSG_DELRNG
		return nlFlagsDelete
	case 0x13: // CRYPTO_MSG_GETALG
		return nlFlagsGet
	}
	return nil
}

var cryptoFamily = &family{
	types: xlat.NlCryptoTypes,
	dflt:  "CRYPTO_MSG_???",
	flags: cryptoFlags,
}
