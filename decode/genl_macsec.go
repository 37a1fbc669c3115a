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

var macsecSaAttrs = newSet(xlat.GenlMacsecSaAttrs, "MACSEC_SA_ATTR_???", map[uint16]attrDec{
	1: gU8,                    // MACSEC_SA_ATTR_AN
	2: gU8,                    // MACSEC_SA_ATTR_ACTIVE
	3: gUint,                  // MACSEC_SA_ATTR_PN
	6: nestDec{macsecSaStats}, // MACSEC_SA_ATTR_STATS
	8: gX32,                   // MACSEC_SA_ATTR_SSCI
	// MACSEC_SA_ATTR_KEY, _KEYID and _SALT are binary
})

var macsecRxscAttrs = newSet(xlat.GenlMacsecRxscAttrs, "MACSEC_RXSC_ATTR_???", map[uint16]attrDec{
	1: gX64,                                                                             // MACSEC_RXSC_ATTR_SCI
	2: gU8,                                                                              // MACSEC_RXSC_ATTR_ACTIVE
	3: nestDec{arrayOf(macsecSaAttrs)},                                                  // MACSEC_RXSC_ATTR_SA_LIST
	4: nestDec{allU64(xlat.GenlMacsecRxscStatsAttrs, "MACSEC_RXSC_STATS_ATTR_???", 11)}, // MACSEC_RXSC_ATTR_STATS
})

var macsecSecyAttrs = newSet(xlat.GenlMacsecSecyAttrs, "MACSEC_SECY_ATTR_???", map[uint16]attrDec{
	1:  gX64,                                                       // MACSEC_SECY_ATTR_SCI
	2:  gU8,                                                        // MACSEC_SECY_ATTR_ENCODING_SA
	3:  gU32,                                                       // MACSEC_SECY_ATTR_WINDOW
	4:  gXval(xlat.GenlMacsecCipherIds, "MACSEC_CIPHER_ID_???", 8), // MACSEC_SECY_ATTR_CIPHER_SUITE
	5:  gU8,                                                        // MACSEC_SECY_ATTR_ICV_LEN
	6:  gU8,                                                        // MACSEC_SECY_ATTR_PROTECT
	7:  gU8,                                                        // MACSEC_SECY_ATTR_REPLAY
	8:  gU8,                                                        // MACSEC_SECY_ATTR_OPER
	9:  gXval(xlat.GenlMacsecValidation, "MACSEC_VALIDATE_???", 1), // MACSEC_SECY_ATTR_VALIDATE
	10: gU8,                                                        // MACSEC_SECY_ATTR_ENCRYPT
	11: gU8,                                                        // MACSEC_SECY_ATTR_INC_SCI
	12: gU8,                                                        // MACSEC_SECY_ATTR_ES
	13: gU8,                                                        // MACSEC_SECY_ATTR_SCB
})

var macsecAttrs = newSet(xlat.GenlMacsecAttrs, "MACSEC_ATTR_???", map[uint16]attrDec{
	1: gIfindex,                                                                        // MACSEC_ATTR_IFINDEX
	2: nestDec{macsecRxscAttrs},                                                        // MACSEC_ATTR_RXSC_CONFIG
	3: nestDec{macsecSaAttrs},                                                          // MACSEC_ATTR_SA_CONFIG
	4: nestDec{macsecSecyAttrs},                                                        // MACSEC_ATTR_SECY
	5: nestDec{arrayOf(macsecSaAttrs)},                                                 // MACSEC_ATTR_TXSA_LIST
	6: nestDec{arrayOf(macsecRxscAttrs)},                                               // MACSEC_ATTR_RXSC_LIST
	7: nestDec{allU64(xlat.GenlMacsecTxscStatsAttrs, "MACSEC_TXSC_STATS_ATTR_???", 5)}, // MACSEC_ATTR_TXSC_STATS
	8: nestDec{allU64(xlat.GenlMacsecSecyStatsAttrs, "MACSEC_SECY_STATS_ATTR_???", 9)}, // MACSEC_ATTR_SECY_STATS
	9: nestDec{newSet(xlat.GenlMacsecOffloadAttrs, "MACSEC_OFFLOAD_ATTR_???", map[uint16]attrDec{ // MACSEC_ATTR_OFFLOAD
		1: gXval(xlat.GenlMacsecOffload, "MACSEC_OFFLOAD_???", 1), // MACSEC_OFFLOAD_ATTR_TYPE
	})},
})
