package extract

import "strings"

// maxPage is the highest page number a label may carry; larger numbers are
// years, amounts or Reuters screens, not pages.
const maxPage = 2000

// romans maps the lower-case roman numerals 1-89 that front matter uses
// ("i" … "lxxxix") to their values.
var romans = func() map[string]int {
	m := make(map[string]int, 89)
	tens := []string{"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx"}
	ones := []string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
	for v := 1; v < 90; v++ {
		m[tens[v/10]+ones[v%10]] = v
	}
	return m
}()

// PageLabel parses a printed page number as it stands alone on a header or
// footer line or at the end of a table-of-contents entry: "2", "- 4 -",
// "-4-", "S-5", "F-3", "A-1", "ii", "xii", "Page 4", "page S-2". It
// returns the canonical label ("4", "S-5", "ii") and its numeric part (5
// for "S-5", 2 for "ii"). Anything else is rejected: words, "1.", "$5",
// "4 of 20", and numbers above 2000 such as years.
func PageLabel(s string) (label string, number int, ok bool) {
	s = trimSpace(s)
	if inner, ok := cutDashes(s); ok {
		s = inner
	}
	if len(s) > 4 && hasFold(s, 0, "page") && spaceLen(s, 4) > 0 {
		s = trimSpace(s[4:])
	}
	n, ok := labelValue(s)
	if !ok {
		return "", 0, false
	}
	return s, n, true
}

// cutDashes removes the dashes around a page number: "- 4 -", "-4-",
// "— ii —".
func cutDashes(s string) (string, bool) {
	for _, d := range []string{"-", "\u2013", "\u2014"} {
		if len(s) > 2*len(d) && strings.HasPrefix(s, d) && strings.HasSuffix(s, d) {
			inner := trimSpace(s[len(d) : len(s)-len(d)])
			if inner != "" && minusLen(inner) == 0 && !strings.HasSuffix(inner, "-") {
				return inner, true
			}
		}
	}
	return s, false
}

// labelValue returns the numeric part of a page label written without
// decoration: "7", "S-5", "II-3", "ii".
func labelValue(s string) (int, bool) {
	if n, ok := pageNumber(s); ok {
		return n, true
	}
	if n, ok := romans[s]; ok {
		return n, true
	}
	k := 0
	for k < len(s) && k < 3 && isUpper(s[k]) {
		k++
	}
	if k == 0 || k+1 >= len(s) || s[k] != '-' {
		return 0, false
	}
	if n, ok := romans[s[k+1:]]; ok { // "S-i", "S-ii": a supplement's front pages
		return n, true
	}
	return pageNumber(s[k+1:])
}

// pageNumber parses 1 to 4 digits without a leading zero, at most maxPage.
func pageNumber(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 || s[0] == '0' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n <= maxPage
}
