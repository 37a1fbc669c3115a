package decode

// Quoting styles of FmtStr leaves (the bits strace's string printers take).
const (
	qNulTerm    uint8 = 1 << iota // stop at the first NUL
	qOmitTrail0                   // do not print a NUL in the last byte
	qExpectNul                    // the data should end in NUL: "..." when it does not
	qForceHex                     // every byte as \xNN
	qNoLimit                      // ignore the string limit (-s): a fixed-size C string
	qNoQuotes                     // no surrounding quotes
	qCstring                      // print_quoted_cstring: "..." after an unterminated string
)

// nla string styles
const (
	qNlaStr = qOmitTrail0 | qExpectNul // decode_nla_str
)

// HexStyle is how bytes of a string that are not printable show (-x).
type HexStyle uint8

const (
	HexNone     HexStyle = iota // octal escapes, as strace prints by default
	HexNonASCII                 // the whole string in hex when any byte is not printable (-x)
	HexAll                      // every string in hex (-xx)
)

func isPrint(c byte) bool { return c >= ' ' && c <= '~' }

const hexDigits = "0123456789abcdef"

// quote appends the bytes of str as strace's string_quote does. next is the
// byte that follows str (a sentinel 0x100 when there is none); it decides
// whether an octal escape needs all three digits and, for qNulTerm, whether
// the string ended right at the end. It returns false when the string was
// printed whole (a NUL was seen where one was looked for).
func quote(dst []byte, str []byte, next int, style uint8, hs HexStyle) ([]byte, bool) {
	useHex := style&qForceHex != 0 || hs == HexAll
	nulTerm := style&qNulTerm != 0
	if !useHex && hs == HexNonASCII {
		for _, c := range str {
			if nulTerm && c == 0 {
				break
			}
			if c > 0x7e || (c < ' ' && (c < 9 || c > 13)) {
				useHex = true
				break
			}
		}
	}
	if style&qNoQuotes == 0 {
		dst = append(dst, '"')
	}
	ended := false
	if useHex {
		for _, c := range str {
			if nulTerm && c == 0 {
				ended = true
				break
			}
			dst = append(dst, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		}
	} else {
		for i, c := range str {
			if nulTerm && c == 0 {
				ended = true
				break
			}
			if i == len(str)-1 && style&qOmitTrail0 != 0 && c == 0 {
				ended = true
				break
			}
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			case '\v':
				dst = append(dst, '\\', 'v')
			default:
				if isPrint(c) {
					dst = append(dst, c)
					continue
				}
				dst = append(dst, '\\')
				var nb int
				if i+1 < len(str) {
					nb = int(str[i+1])
				} else {
					nb = -1
				}
				if nb >= '0' && nb <= '7' {
					dst = append(dst, '0'+c>>6, '0'+(c>>3)&7)
				} else if c>>3 != 0 {
					if c>>6 != 0 {
						dst = append(dst, '0'+c>>6)
					}
					dst = append(dst, '0'+(c>>3)&7)
				}
				dst = append(dst, '0'+c&7)
			}
		}
	}
	if style&qNoQuotes == 0 {
		dst = append(dst, '"')
	}
	if ended {
		return dst, false
	}
	if nulTerm && next == 0 {
		return dst, false
	}
	return dst, true
}

// printstr appends data the way strace's printstr_ex prints a buffer of
// len(data) bytes: at most limit bytes of it, "..." when cut or when a
// string that should end in NUL does not.
func printstr(dst []byte, data []byte, style uint8, limit int, hs HexStyle) []byte {
	n := len(data)
	size := n
	if limit < size {
		size = limit + 1
	}
	next := 0x100 // sentinel: not a NUL
	if size > limit {
		size = limit
		next = int(data[size])
	}
	if style&(qNulTerm|qExpectNul) == qNulTerm|qExpectNul && size == n && size > 0 {
		size--
		next = int(data[size])
	}
	var unterminated bool
	dst, unterminated = quote(dst, data[:size], next, style, hs)
	if unterminated && n > 0 && (style&(qNulTerm|qExpectNul) != 0 || n > limit) {
		dst = append(dst, "..."...)
	}
	return dst
}

// quotedCString appends a fixed-size C string field (char name[16]) as
// strace's print_quoted_cstring does: up to the first NUL, "..." when the
// field holds no NUL.
func quotedCString(dst []byte, data []byte, hs HexStyle) []byte {
	size := len(data)
	if size > 0 {
		size--
	}
	next := 0x100
	if size < len(data) {
		next = int(data[size])
	}
	var unterminated bool
	dst, unterminated = quote(dst, data[:size], next, qNulTerm, hs)
	if unterminated {
		dst = append(dst, "..."...)
	}
	return dst
}
