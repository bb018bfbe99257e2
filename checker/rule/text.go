package rule

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// normText is the library's norm(s): lower case, "&" spelled "and",
// apostrophes and single periods dropped ("U.S." → "us"), dot leaders and
// other punctuation turned into spaces, runs of spaces collapsed. It
// matches the norm fields of the model (heading.norm, toc entry norm) and
// will become checker/parse/extract.Norm once that lands.
func normText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	gap := false // a separator is pending
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if gap && b.Len() > 0 {
				b.WriteByte(' ')
			}
			gap = false
			b.WriteRune(unicode.ToLower(r))
		case r == '&':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("and")
			gap = true
		case r == '\'' || r == '\u2019' || r == '.' && !isDot(rs, i-1) && !isDot(rs, i+1),
			r == ',' && digitAt(rs, i-1) && digitAt(rs, i+1):
			// dropped in place: "Management's" → "managements", "U.S." →
			// "us", "1,234" → "1234"
		default:
			gap = true
		}
	}
	return b.String()
}

func isDot(rs []rune, i int) bool { return i >= 0 && i < len(rs) && rs[i] == '.' }

func digitAt(rs []rune, i int) bool { return i >= 0 && i < len(rs) && isDigit(rs[i]) }

// containsFold reports whether sub occurs in s, ignoring case.
func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

const isoDate = "2006-01-02"

// weekdayOf returns the English weekday of an ISO date, "" if it is not one.
func weekdayOf(date string) string {
	t, err := time.Parse(isoDate, date)
	if err != nil {
		return ""
	}
	return t.Weekday().String()
}

// longDate writes an ISO date as filings do ("February 9, 2005"); a string
// that is not an ISO date comes back unchanged.
func longDate(date string) string {
	t, err := time.Parse(isoDate, date)
	if err != nil {
		return date
	}
	return t.Format("January 2, 2006")
}

// formatNumber writes x with thousands separators and no needless
// decimals: 1243 → "1,243", -12.5 → "-12.5".
func formatNumber(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// rounding returns half a unit in the last place of the first number
// written in text — the most a printed, rounded figure can be off:
// "1,234" → 0.5, "12.5%" → 0.05, "$0.125" → 0.0005. Text without digits
// ("—", "-") is a rounded zero: 0.5.
func rounding(text string) float64 {
	i := strings.IndexFunc(text, isDigit)
	if i < 0 {
		return 0.5
	}
	rest := strings.TrimLeftFunc(text[i:], func(r rune) bool { return isDigit(r) || r == ',' })
	places := 0
	if strings.HasPrefix(rest, ".") {
		rest = rest[1:]
		for places < len(rest) && isDigit(rune(rest[places])) {
			places++
		}
	}
	u := 0.5
	for range places {
		u /= 10
	}
	return u
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
