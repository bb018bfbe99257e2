package rule

import (
	"strconv"
	"strings"
	"time"

	"github.com/filinglint/filinglint/checker/parse/extract"
)

// normText is the library's norm(s), the same folding as the model's norm
// fields (heading.norm, toc entry norm): see extract.Norm.
func normText(s string) string { return extract.Norm(s) }

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
