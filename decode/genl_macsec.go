package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// macsec (linux/if_macsec.h): secure channels and associations of a MACsec
// device. SCIs print as the 64-bit number they are on the wire.

var macsecSpec = &genlSpec{
	name:    "macsec",
	cmds:    xlat.GenlMacsecCmds,
	cmdDflt: "MACSEC_CMD_???",
	attrs:   macsecAttrs,
}

// allU64 is a set of 64-bit counters (and a pad attribute).
func allU64(t *xlat.Table, dflt string, pad uint16) *attrSet {
	return &attrSet{names: t, dflt: dflt, byType: func(_ *state, typ uint16) attrDec {
		if typ == pad {
			return nil
		}
		return gU64
	}}
}

var macsecSaStats = &attrSet{names: xlat.GenlMacsecSaStatsAttrs, dflt: "MACSEC_SA_STATS_ATTR_???",
	byType: func(*state, uint16) attrDec { return gU32 }}

var macsecSaAttrs = newSet(xlat.GenlMacsecSaAttrs, "MACSEC_SA_ATTR_???", []attrDec{
	xlat.MACSEC_SA_ATTR_AN:     gU8,
	xlat.MACSEC_SA_ATTR_ACTIVE: gU8,
	xlat.MACSEC_SA_ATTR_PN:     gUint,
	xlat.MACSEC_SA_ATTR_STATS:  nestDec{macsecSaStats},
	xlat.MACSEC_SA_ATTR_SSCI:   gX32,
	// MACSEC_SA_ATTR_KEY, _KEYID and _SALT are binary
})

var macsecRxscAttrs = newSet(xlat.GenlMacsecRxscAttrs, "MACSEC_RXSC_ATTR_???", []attrDec{
	xlat.MACSEC_RXSC_ATTR_SCI:     gX64,
	xlat.MACSEC_RXSC_ATTR_ACTIVE:  gU8,
	xlat.MACSEC_RXSC_ATTR_SA_LIST: nestDec{arrayOf(macsecSaAttrs)},
	xlat.MACSEC_RXSC_ATTR_STATS:   nestDec{allU64(xlat.GenlMacsecRxscStatsAttrs, "MACSEC_RXSC_STATS_ATTR_???", 11)},
})

var macsecSecyAttrs = newSet(xlat.GenlMacsecSecyAttrs, "MACSEC_SECY_ATTR_???", []attrDec{
	xlat.MACSEC_SECY_ATTR_SCI:          gX64,
	xlat.MACSEC_SECY_ATTR_ENCODING_SA:  gU8,
	xlat.MACSEC_SECY_ATTR_WINDOW:       gU32,
	xlat.MACSEC_SECY_ATTR_CIPHER_SUITE: gXval(xlat.GenlMacsecCipherIds, "MACSEC_CIPHER_ID_???", 8),
	xlat.MACSEC_SECY_ATTR_ICV_LEN:      gU8,
	xlat.MACSEC_SECY_ATTR_PROTECT:      gU8,
	xlat.MACSEC_SECY_ATTR_REPLAY:       gU8,
	xlat.MACSEC_SECY_ATTR_OPER:         gU8,
	xlat.MACSEC_SECY_ATTR_VALIDATE:     gXval(xlat.GenlMacsecValidation, "MACSEC_VALIDATE_???", 1),
	xlat.MACSEC_SECY_ATTR_ENCRYPT:      gU8,
	xlat.MACSEC_SECY_ATTR_INC_SCI:      gU8,
	xlat.MACSEC_SECY_ATTR_ES:           gU8,
	xlat.MACSEC_SECY_ATTR_SCB:          gU8,
})

var macsecAttrs = newSet(xlat.GenlMacsecAttrs, "MACSEC_ATTR_???", []attrDec{
	xlat.MACSEC_ATTR_IFINDEX:     gIfindex,
	xlat.MACSEC_ATTR_RXSC_CONFIG: nestDec{macsecRxscAttrs},
	xlat.MACSEC_ATTR_SA_CONFIG:   nestDec{macsecSaAttrs},
	xlat.MACSEC_ATTR_SECY:        nestDec{macsecSecyAttrs},
	xlat.MACSEC_ATTR_TXSA_LIST:   nestDec{arrayOf(macsecSaAttrs)},
	xlat.MACSEC_ATTR_RXSC_LIST:   nestDec{arrayOf(macsecRxscAttrs)},
	xlat.MACSEC_ATTR_TXSC_STATS:  nestDec{allU64(xlat.GenlMacsecTxscStatsAttrs, "MACSEC_TXSC_STATS_ATTR_???", 5)},
	xlat.MACSEC_ATTR_SECY_STATS:  nestDec{allU64(xlat.GenlMacsecSecyStatsAttrs, "MACSEC_SECY_STATS_ATTR_???", 9)},
	xlat.MACSEC_ATTR_OFFLOAD: nestDec{newSet(xlat.GenlMacsecOffloadAttrs, "MACSEC_OFFLOAD_ATTR_???", []attrDec{ // MACSEC_ATTR_OFFLOAD
		xlat.MACSEC_OFFLOAD_ATTR_TYPE: gXval(xlat.GenlMacsecOffload, "MACSEC_OFFLOAD_???", 1),
	})},
})
