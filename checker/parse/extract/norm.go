package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Norm folds s for matching headings, table-of-contents entries and cross
// references: letters lower-cased, "&" spelled "and", apostrophes dropped,
// single periods ("U.S.") and thousands commas dropped, other punctuation
// and dot leaders turned into spaces, white space
// collapsed to single spaces and trimmed. "Item 1A. Risk Factors......"
// becomes "item 1a risk factors"; "Management’s Discussion & Analysis"
// becomes "managements discussion and analysis".
func Norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false // a space is due before the next letter or digit
	put := func(r rune) {
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		gap = false
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case class[c]&(cLower|cDigit) != 0:
				put(rune(c))
			case isUpper(c):
				put(rune(c | 0x20))
			case c == '&':
				gap = true
				put('a')
				b.WriteString("nd")
				gap = true
			case dropped(s, i-1):
			default:
				gap = true
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u2032':
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			put(unicode.ToLower(r))
		default:
			gap = true
		}
	}
	return b.String()
}

func byteAt(s string, i int, c byte) bool { return i >= 0 && i < len(s) && s[i] == c }

// dropped reports ASCII punctuation that Norm drops without a space:
// apostrophes, a single period ("U.S." → "us") and a thousands comma
// ("1,234" → "1234").
func dropped(s string, i int) bool {
	switch s[i] {
	case '\'', '`':
		return true
	case '.':
		return !byteAt(s, i-1, '.') && !byteAt(s, i+1, '.')
	case ',':
		return i >= 1 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1])
	}
	return false
}
