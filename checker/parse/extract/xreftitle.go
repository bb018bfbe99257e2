package extract

import "strings"

// fillerWords may stand between a quoted title and "on page": `"Risk
// Factors" section of this prospectus beginning on page 5`.
var fillerWords = set(
	"above", "accompanying", "appear", "appearing", "appears", "base", "begin",
	"beginning", "begins", "below", "caption", "captioned", "commencing",
	"contained", "described", "discussed", "document", "found", "forth",
	"heading", "herein", "in", "included", "is", "listed", "located", "of", "our", "presented",
	"prospectus", "section", "sections", "set", "shown", "start", "starting",
	"starts", "supplement", "the", "this", "which",
)

// leadWords may stand between "see" and a quoted title: `see the section
// entitled "Use of Proceeds"`.
var leadWords = set(
	"also", "and", "caption", "captioned", "discussion", "entitled", "heading",
	"headings", "in", "information", "our", "section", "sections", "the", "titled", "under",
)

// maxFiller is the most filler words skipped between a title and "on".
const maxFiller = 8

// skipFiller walks back from k over commas and filler words.
func skipFiller(text string, k int) int {
	for n := 0; n < maxFiller; {
		j := skipSpaceBack(text, k)
		if j > 0 && text[j-1] == ',' {
			k = j - 1
			continue
		}
		ws := wordStart(text, j)
		if ws == j || !has(fillerWords, text[ws:j]) {
			return j
		}
		k = ws
		n++
	}
	return skipSpaceBack(text, k)
}

// closeQuote returns the width of a closing double quote ending at k: a
// straight quote, a right curly quote, a left curly quote typed for a
// right one, or two apostrophes; 0 if there is none.
func closeQuote(text string, k int) int {
	switch {
	case k >= 1 && text[k-1] == '"':
		return 1
	case k >= 3 && (strings.HasSuffix(text[:k], "\u201d") || strings.HasSuffix(text[:k], "\u201c")):
		return 3
	case k >= 2 && text[k-2:k] == "''":
		return 2
	}
	return 0
}

// quotedBefore reads the quoted title that ends at k and returns where its
// opening quote starts and where the title, trimmed of white space and
// trailing punctuation, starts and ends.
func quotedBefore(text string, k int) (open, ts, te int, ok bool) {
	q := closeQuote(text, k)
	if q == 0 {
		return 0, 0, 0, false
	}
	end := k - q
	open, ol := openQuote(text, end)
	if open < 0 {
		return 0, 0, 0, false
	}
	ts, te = skipSpace(text, open+ol), end
	for te > ts {
		te = skipSpaceBack(text, te)
		if te > ts && strings.IndexByte(",.;:", text[te-1]) >= 0 {
			te--
			continue
		}
		break
	}
	if te <= ts || !strings.ContainsFunc(text[ts:te], func(r rune) bool { return r < 128 && isLetter(byte(r)) || r >= 128 }) {
		return 0, 0, 0, false
	}
	return open, ts, te, true
}

// maxTitle is the longest quoted title looked for.
const maxTitle = 240

// openQuote finds the opening quote of a title whose closing quote starts
// at end, within maxTitle bytes and the same paragraph, and returns its
// offset and width; -1 when there is none.
func openQuote(text string, end int) (int, int) {
	stop := max(0, end-maxTitle)
	for j := end - 1; j >= stop; j-- {
		switch c := text[j]; c {
		case '"':
			return j, 1
		case 0x9c, 0x9d:
			if j >= 2 && text[j-1] == 0x80 && text[j-2] == 0xe2 {
				return j - 2, 3
			}
		case '`', '\'':
			if j >= 1 && text[j-1] == c {
				return j - 1, 2
			}
		case '\n':
			p := j
			for p > 0 && (text[p-1] == ' ' || text[p-1] == '\t' || text[p-1] == '\r') {
				p--
			}
			if p > 0 && text[p-1] == '\n' {
				return -1, 0 // a blank line ends the paragraph
			}
		}
	}
	return -1, 0
}

// leadIn returns where the phrase introducing a quoted title starts: at
// "see" when it stands a few lead words before the quote ("See the section
// entitled"), otherwise at the quote.
func leadIn(text string, open int) int {
	k := open
	for n := 0; n < 5; n++ {
		ws, we := prevWord(text, k)
		switch {
		case isWord(text, ws, we, "see"):
			return ws
		case ws < we && has(leadWords, text[ws:we]):
			k = ws
		default:
			return open
		}
	}
	return open
}

// collapseSpace replaces every run of white space in s by one space,
// copying s only when it has to.
func collapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		if n := spaceLen(s, i); n > 0 && (s[i] != ' ' || spaceLen(s, i+1) > 0) {
			clean = false
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if n := spaceLen(s, i); n > 0 {
			b.WriteByte(' ')
			i = skipSpace(s, i)
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
