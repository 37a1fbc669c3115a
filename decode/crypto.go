package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// NETLINK_CRYPTO: struct crypto_user_alg and the CRYPTOCFGA_* reports.

const (
	cryptoMaxName   = 64
	cryptoUserAlgSz = 3*cryptoMaxName + 16
)

func cryptoFlags(typ uint16) *xlat.Table {
	switch typ {
	case xlat.CRYPTO_MSG_NEWALG:
		return nlFlagsNew
	case xlat.CRYPTO_MSG_DELALG, xlat.CRYPTO_MSG_DELRNG:
		return nlFlagsDelete
	case xlat.CRYPTO_MSG_GETALG:
		return nlFlagsGet
	}
	return nil
}

var cryptoFamily = &family{
	types: xlat.NlCryptoTypes,
	dflt:  "CRYPTO_MSG_???",
	flags: cryptoFlags,
	body:  cryptoBody,
}

func cryptoBody(s *state, typ uint16, off, n int) bool {
	switch typ {
	case xlat.CRYPTO_MSG_NEWALG, xlat.CRYPTO_MSG_DELALG, xlat.CRYPTO_MSG_UPDATEALG, xlat.CRYPTO_MSG_GETALG:
	default:
		return false
	}
	if n < cryptoUserAlgSz {
		i := s.str("", off, n, 0)
		s.node(i).role = RolePayload
		return true
	}
	s.open(KindStruct, "", off, cryptoUserAlgSz, RoleBody)
	s.fields(cryptoUserAlg, off)
	s.close()
	if a := nlmsgAlign(cryptoUserAlgSz); n > a {
		s.attrs(off+a, n-a, cryptoAttrs)
	}
	return true
}

var cryptoUserAlg = []field{
	fStr("cru_name", 0, cryptoMaxName, qCstring),
	fStr("cru_driver_name", 64, cryptoMaxName, qCstring),
	fStr("cru_module_name", 128, cryptoMaxName, qCstring),
	fX("cru_type", 192, 4),
	fX("cru_mask", 196, 4),
	fU("cru_refcnt", 200, 4),
	fX("cru_flags", 204, 4),
}

// cryptoReport prints a struct crypto_report_*: whole, or the payload as
// a string when it is shorter.
type cryptoReport struct {
	size   int
	fields []field
}

func (d cryptoReport) decode(s *state, off, n int) bool {
	if n < d.size {
		s.str("", off, n, 0)
		return true
	}
	s.openStruct("", off, d.size)
	s.fields(d.fields, off)
	s.close()
	return true
}

func (d cryptoReport) rule() rule {
	return structRule("", d.size)
}

// cryptoReportType prints the reports that hold only their type name.
func cryptoReportType(s *state, off, n int) bool {
	s.openStruct("", off, n)
	s.str("type", off, n, qNulTerm)
	s.close()
	return true
}

var cryptoAttrs = newSet(xlat.CryptoNlAttrs, "CRYPTOCFGA_???", []attrDec{
	xlat.CRYPTOCFGA_PRIORITY_VAL:  nlaU32,
	xlat.CRYPTOCFGA_REPORT_LARVAL: funcDec(cryptoReportType),
	xlat.CRYPTOCFGA_REPORT_HASH: cryptoReport{72, []field{ // CRYPTOCFGA_REPORT_HASH
		fStr("type", 0, cryptoMaxName, qCstring), fU("blocksize", 64, 4), fU("digestsize", 68, 4)}},
	xlat.CRYPTOCFGA_REPORT_BLKCIPHER: cryptoReport{144, []field{ // CRYPTOCFGA_REPORT_BLKCIPHER
		fStr("type", 0, cryptoMaxName, qCstring), fStr("geniv", 64, cryptoMaxName, qCstring),
		fU("blocksize", 128, 4), fU("min_keysize", 132, 4), fU("max_keysize", 136, 4), fU("ivsize", 140, 4)}},
	xlat.CRYPTOCFGA_REPORT_AEAD: cryptoReport{140, []field{ // CRYPTOCFGA_REPORT_AEAD
		fStr("type", 0, cryptoMaxName, qCstring), fStr("geniv", 64, cryptoMaxName, qCstring),
		fU("blocksize", 128, 4), fU("maxauthsize", 132, 4), fU("ivsize", 136, 4)}},
	xlat.CRYPTOCFGA_REPORT_COMPRESS: funcDec(cryptoReportType),
	xlat.CRYPTOCFGA_REPORT_RNG: cryptoReport{68, []field{ // CRYPTOCFGA_REPORT_RNG
		fStr("type", 0, cryptoMaxName, qCstring), fU("seedsize", 64, 4)}},
	xlat.CRYPTOCFGA_REPORT_CIPHER: cryptoReport{76, []field{ // CRYPTOCFGA_REPORT_CIPHER
		fStr("type", 0, cryptoMaxName, qCstring), fU("blocksize", 64, 4),
		fU("min_keysize", 68, 4), fU("max_keysize", 72, 4)}},
	xlat.CRYPTOCFGA_REPORT_AKCIPHER: funcDec(cryptoReportType),
	xlat.CRYPTOCFGA_REPORT_KPP:      funcDec(cryptoReportType),
	xlat.CRYPTOCFGA_REPORT_ACOMP:    funcDec(cryptoReportType),
	xlat.CRYPTOCFGA_REPORT_SIG:      funcDec(cryptoReportType),
})
