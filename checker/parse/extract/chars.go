package extract

// Byte classes of ASCII characters.
const (
	cSpace uint8 = 1 << iota
	cDigit
	cUpper
	cLower
)

// class maps each byte to its class bits; bytes of multi-byte UTF-8
// sequences have none.
var class = func() (t [256]uint8) {
	for _, c := range []byte(" \t\n\r\f\v") {
		t[c] = cSpace
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = cUpper
		t[c+'a'-'A'] = cLower
	}
	return t
}()

func isDigit(c byte) bool  { return c-'0' < 10 }
func isLetter(c byte) bool { return class[c]&(cUpper|cLower) != 0 }
func isAlnum(c byte) bool  { return class[c]&(cUpper|cLower|cDigit) != 0 }
func isUpper(c byte) bool  { return c-'A' < 26 }

// spaceLen returns the width of the white space character at s[i]: 1 for
// ASCII white space, 2 for a UTF-8 no-break space, 0 for anything else.
func spaceLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if class[s[i]]&cSpace != 0 {
		return 1
	}
	if s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 {
		return 2
	}
	return 0
}

// skipSpace returns the first offset at or after i that is not white space.
func skipSpace(s string, i int) int {
	for {
		n := spaceLen(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// skipSpaceBack returns the smallest j <= i such that s[j:i] is all white space.
func skipSpaceBack(s string, i int) int {
	for i > 0 {
		switch {
		case class[s[i-1]]&cSpace != 0:
			i--
		case i >= 2 && s[i-1] == 0xA0 && s[i-2] == 0xC2:
			i -= 2
		default:
			return i
		}
	}
	return i
}

// trimSpace trims white space, no-break spaces included, from both ends of s.
// Most table cells come trimmed, which their first and last bytes tell.
func trimSpace(s string) string {
	if n := len(s); n > 0 && class[s[0]]&cSpace == 0 && s[0] != 0xC2 && class[s[n-1]]&cSpace == 0 && s[n-1] != 0xA0 {
		return s
	}
	i := skipSpace(s, 0)
	if i == len(s) {
		return ""
	}
	return s[i:skipSpaceBack(s, len(s))]
}

// wordEnd returns the end of the run of ASCII letters starting at i.
func wordEnd(s string, i int) int {
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

// wordStart returns the start of the run of ASCII letters ending at i.
func wordStart(s string, i int) int {
	for i > 0 && isLetter(s[i-1]) {
		i--
	}
	return i
}

// prevWord returns the bounds of the word of ASCII letters that ends where
// the white space before offset i begins; start == end when there is none.
func prevWord(s string, i int) (start, end int) {
	end = skipSpaceBack(s, i)
	return wordStart(s, end), end
}

// hasFold reports whether s[i:] starts with the lower-case ASCII word w,
// compared case-insensitively.
func hasFold(s string, i int, w string) bool {
	if i < 0 || len(s)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if s[i+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// isWord reports whether s[start:end] is the lower-case ASCII word w,
// compared case-insensitively.
func isWord(s string, start, end int, w string) bool {
	return end-start == len(w) && hasFold(s, start, w)
}

// wordMap maps lower-case ASCII words to values. Its filter holds a bit
// for each word's length and first and last letters, which turns most
// other words away before they are folded and hashed: the scanners look
// up the word after every number.
type wordMap[V any] struct {
	m      map[string]V
	filter [8]uint64
}

// newWordMap builds the wordMap of m, whose keys are lower case.
func newWordMap[V any](m map[string]V) *wordMap[V] {
	wm := &wordMap[V]{m: m}
	for k := range m {
		if k != "" {
			h := wordBit(k)
			wm.filter[h/64] |= 1 << (h % 64)
		}
	}
	return wm
}

// wordBit returns the filter bit of the non-empty word w, from its length
// and its first and last bytes, case-folded as lookup folds them.
func wordBit(w string) uint {
	return (uint(len(w))*37 + uint(w[0]|0x20)*11 + uint(w[len(w)-1]|0x20)) % 512
}

// lookup finds the ASCII word w, case-folded, in a map keyed by lower-case
// words, without allocating.
func lookup[V any](set *wordMap[V], w string) (V, bool) {
	var zero V
	if w == "" {
		return zero, false
	}
	if h := wordBit(w); set.filter[h/64]&(1<<(h%64)) == 0 {
		return zero, false
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return zero, false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	v, ok := set.m[string(buf[:len(w)])]
	return v, ok
}

// titleOrUpper reports whether the ASCII word w is written Capitalised or in
// capitals: "February", "FEBRUARY", not "february" or "FeBruary".
func titleOrUpper(w string) bool {
	if w == "" || !isUpper(w[0]) {
		return false
	}
	upper := len(w) > 1 && isUpper(w[1])
	for i := 1; i < len(w); i++ {
		if isUpper(w[i]) != upper {
			return false
		}
	}
	return true
}

// gluedBefore reports whether what stands right before the digits at
// text[i] makes them part of a larger token rather than a number of their
// own: "A12", "1,12", "3.12", "8/12", "$12", "width=12", `width="12`.
func gluedBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	if c := text[i-1]; c != '"' {
		return glues[c]
	}
	return i >= 2 && text[i-2] == '='
}

// glues marks the bytes that glue digits after them to a token: letters,
// digits and the punctuation of codes, numbers and markup.
var glues = func() (t [256]bool) {
	for c := range t {
		t[c] = isAlnum(byte(c))
	}
	for _, c := range []byte(",./-:$_#@=\\'") {
		t[c] = true
	}
	return t
}()
