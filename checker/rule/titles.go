package rule

import (
	"slices"
	"strings"
)

// titleKey is a title as matching compares it: the Part and Item it names
// ("ii", "7a"; "" for none) and its other words, with "the" dropped,
// plurals made singular and footnote digits ("Terms1") cut off.
type titleKey struct {
	part, item string
	words      []string
}

// match tiers: titles that are the same after the tolerances, and titles
// of which one is the start of the other (a title wrapped onto a second
// line, a heading with a subtitle).
const (
	noMatch = iota
	wrapMatch
	exactMatch
)

// parseTitle reduces a title, as written or as a norm, to its key.
func parseTitle(s string) titleKey {
	if !isNorm(s) {
		s = normText(s)
	}
	f := strings.Fields(s)
	var k titleKey
	if len(f) > 1 && f[0] == "part" && isRoman(f[1]) {
		k.part, f = f[1], f[2:]
	}
	if len(f) > 1 && f[0] == "item" && isItemNumber(f[1]) {
		k.item, f = f[1], f[2:]
	}
	k.words = make([]string, 0, len(f))
	for _, w := range f {
		if w != "the" {
			k.words = append(k.words, singular(cutFootnote(w)))
		}
	}
	return k
}

// isNorm reports text that is already a norm: lower-case letters, digits
// and single spaces.
func isNorm(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' && i > 0 && s[i-1] != ' ') {
			return false
		}
	}
	return !strings.HasSuffix(s, " ")
}

func isRoman(w string) bool { return w != "" && strings.Trim(w, "ivx") == "" }

// isItemNumber matches "1", "7a", "15".
func isItemNumber(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	return d >= 1 && d <= 2 && len(w)-d <= 1 && (d == len(w) || w[d] >= 'a' && w[d] <= 'd')
}

// cutFootnote drops the digits a footnote marker leaves on a word:
// "terms1" → "terms"; "10k", "s3" and numbers stay.
func cutFootnote(w string) string {
	e := len(w)
	for e > 0 && w[e-1] >= '0' && w[e-1] <= '9' {
		e--
	}
	if e >= 3 && e < len(w) && len(w)-e <= 2 && !strings.ContainsAny(w[:e], "0123456789") {
		return w[:e]
	}
	return w
}

// singular drops the s of a plural: "factors" → "factor"; "ss" endings
// and short words stay.
func singular(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}

// matchTitles compares two titles with the tolerances real tables of
// contents need: case, "&" and punctuation (norm), "the", plurals,
// footnote markers, an "Item 1A." or "Part II" prefix that only one of
// them has (two different Items never match), a bare "Item 7" standing
// for "Item 7. Management's Discussion…", a wrapped title (one title of
// three words or more that starts the other and has at least half its
// words), and two titles of the same Item worded differently. The last
// two are the looser tier, which headingsFor falls back on.
// matchTitles("Item 1A. Risk Factors", "risk factors") is exactMatch,
// matchTitles("Item 14. Principal Accountant Fees", "item 14 principal
// accounting fees") wrapMatch, and matchTitles("Risk Factors", "Experts")
// noMatch. titleMatches(a, b) in CEL is true for either match.
func matchTitles(a, b string) int { return matchKeys(parseTitle(a), parseTitle(b)) }

func matchKeys(a, b titleKey) int {
	if a.item != "" && b.item != "" && a.item != b.item || a.part != "" && b.part != "" && a.part != b.part {
		return noMatch
	}
	if len(a.words) == 0 || len(b.words) == 0 {
		same := a.item != "" && a.item == b.item ||
			a.item == "" && b.item == "" && a.part != "" && a.part == b.part
		if same {
			return exactMatch
		}
		return noMatch
	}
	if slices.Equal(a.words, b.words) {
		return exactMatch
	}
	short, long := a.words, b.words
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) >= 3 && 2*len(short) >= len(long) && slices.Equal(long[:len(short)], short) {
		return wrapMatch
	}
	if a.item != "" && a.item == b.item {
		return wrapMatch // the same Item, its title worded differently
	}
	return noMatch
}

// titleSimilar is a looser match, for a title checked against a heading
// on the page it names: the titles match, or the words of the shorter
// title, at least two and at least half as many as the longer has, stand
// in the longer in the same order ("Prospectus Supplement Summary" and
// "Prospectus Summary"), or four in five of their words are the same
// ("Note 10 Debit, Credit Facilities" and "Note 10 Debt, Credit
// Facilities").
func titleSimilar(a, b titleKey) bool {
	if matchKeys(a, b) != noMatch {
		return true
	}
	if a.item != "" && b.item != "" && a.item != b.item {
		return false
	}
	short, long := a.words, b.words
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) < 2 || 2*len(short) < len(long) {
		return false
	}
	i, common := 0, 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
		if slices.Contains(short, w) {
			common++
		}
	}
	return i == len(short) || len(short) >= 3 && 5*2*common >= 4*(len(short)+len(long))
}
