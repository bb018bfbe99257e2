package parse

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filinglint/filinglint/checker/internal/ascii"
	"github.com/filinglint/filinglint/checker/visible"
)

// heading is a heading found in the visible text: lines [first, last],
// text starting at byte col of line first.
type heading struct {
	first, last int
	col         int
	text        string
	level       int
}

// maxHeadingWords bounds how long a line may be to count as a heading.
const maxHeadingWords = 14

// maxItemWords bounds a numbered heading, which may be longer: "Item 5.
// Market for Registrant's Common Equity, Related Stockholder Matters and
// Issuer Purchases of Equity Securities".
const maxItemWords = 24

// maxTitleLen and maxTitleWords bound a mixed-case heading found by layout
// alone, which must be shorter than an upper-case one.
const (
	maxTitleLen   = 70
	maxTitleWords = 10
)

// findHeadings finds headings: markup headings (h1–h6, bold or centred
// short blocks) in HTML; in ASCII, short lines standing alone that are upper
// case, centred, numbered ("Item 1A.", "PART II") or in title case at the
// left margin. Consecutive upper-case or centred lines wrap one heading.
func findHeadings(t *visible.Text, html bool) []heading {
	var hs []heading
	for i := 0; i < len(t.Lines); i++ {
		if !mayStartHeading(t, i, html) {
			continue
		}
		level, col, ok := headingLine(t, i, html)
		if !ok {
			continue
		}
		h := heading{first: i, last: i, col: col, level: level, text: t.Trimmed(i)}
		for !html && level == 1 && continuesHeading(t, h) {
			h.last++
			h.text += " " + t.Trimmed(h.last)
		}
		i = h.last
		hs = append(hs, h)
	}
	return hs
}

// mayStartHeading rejects at once most of the lines headingLine rejects
// first: those of a table, a caption or the page's number and, without
// markup, a line that follows text and does not start with "item" or
// "part", which a numbered heading does.
func mayStartHeading(t *visible.Text, i int, html bool) bool {
	l := &t.Lines[i]
	if l.PageNumber || l.Caption || l.InTable && !html {
		return false
	}
	if html || l.Heading != 0 {
		return true
	}
	s := t.Trimmed(i)
	return len(s) >= 6 && startsItemOrPart(s) || standsAlone(t, i)
}

// headingLine decides whether line i is (the start of) a heading.
func headingLine(t *visible.Text, i int, html bool) (level, col int, ok bool) {
	l := &t.Lines[i]
	if l.PageNumber || l.Caption || l.InTable && !html {
		// Without markup, no line of a table is a heading.
		return 0, 0, false
	}
	raw := t.Text(i)
	s := t.Trimmed(i)
	numbered := isNumberedHeading(s)
	// Most lines are prose: reject them cheaply first. With markup, a
	// heading is marked, bold, centred or numbered. Without, only a
	// numbered heading may start without a blank line before it, and one
	// found by its layout is short or upper case.
	if l.Heading == 0 && !numbered {
		if html && !l.Bold && !l.Center {
			return 0, 0, false
		}
		if !html && (!standsAlone(t, i) || len(s) > maxTitleLen && !isUpperText(s)) {
			return 0, 0, false
		}
	}
	col = strings.Index(raw, s)
	if !plausibleHeading(s) || strings.Contains(s, "....") {
		// Dot leaders make a line a TOC entry, not a heading.
		return 0, 0, false
	}
	if l.InTable && !numbered {
		return 0, 0, false
	}
	switch {
	case l.Heading > 0:
		return l.Heading, col, true
	case numbered:
		return 1, col, true
	case html:
		upper := isUpperText(s)
		if (l.Bold || l.Center) && (upper || isTitleCase(s)) {
			return levelOf(upper), col, true
		}
		return 0, 0, false
	}
	level = layoutHeading(raw, s, col)
	return level, col, level > 0
}

// layoutHeading returns the level of an ASCII line that is a heading by
// its layout alone, or 0. headingLine has seen that it stands alone.
func layoutHeading(raw, s string, col int) int {
	if strings.Contains(s, "   ") {
		return 0
	}
	upper := isUpperText(s)
	if upper {
		if utf8.RuneCountInString(s) >= 3 {
			return 1
		}
		return 0
	}
	if len(s) > maxTitleLen || wordCount(s) > maxTitleWords || !isTitleCase(s) {
		return 0
	}
	if isCentred(raw) || col <= 2 && !strings.HasSuffix(s, ".") {
		return 2
	}
	return 0
}

func levelOf(upper bool) int {
	if upper {
		return 1
	}
	return 2
}

// plausibleHeading rules out lines that are never headings: too long,
// sentences, bullets, lines of mostly digits (phone numbers, addresses),
// footnote markers.
func plausibleHeading(s string) bool {
	if len(s) < 3 || len(s) > 240 {
		return false
	}
	switch s[0] {
	case '(', '-', '*', '[', '$', '"', '\'':
		return false
	}
	if strings.HasPrefix(s, "o ") || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "·") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == ',' || last == ';' || last == ':' {
		return false
	}
	if wc := wordCount(s); wc > maxItemWords || wc > maxHeadingWords && !isNumberedHeading(s) {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				letters++
			case c >= '0' && c <= '9':
				digits++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
		i += n
	}
	return letters >= 2 && digits*3 <= letters
}

// wordCount counts the words of s, the runs of bytes other than spaces
// and tabs, without allocating. Eight bytes go at a time: a word starts
// at each byte that is no blank after one that is (or at the start).
func wordCount(s string) int {
	const ones = 0x0101010101010101
	n := 0
	blankBefore := uint64(1) // the byte before s[i] is blank, in bit 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := ascii.Word(s, i)
		blank := (zeroBytes(w^eightOf(' ')) | zeroBytes(w^eightOf('\t'))) >> 7 // bit 0 of each blank byte
		n += bits.OnesCount64(^blank & (blank<<8 | blankBefore) & ones)
		blankBefore = blank >> 56
	}
	for ; i < len(s); i++ {
		blank := uint64(0)
		if s[i] == ' ' || s[i] == '\t' {
			blank = 1
		}
		n += int(^blank & blankBefore & 1)
		blankBefore = blank
	}
	return n
}

// isNumberedHeading matches "Item 1A.", "ITEM 7.", "PART II", "Part I".
func isNumberedHeading(s string) bool {
	// The first word is "item" or "part" in ASCII letters of any case: no
	// other letter lowers to these.
	if len(s) < 6 || !startsItemOrPart(s) {
		return false
	}
	ws, we := nextField(s, 0)
	ns, ne := nextField(s, we)
	if ns == len(s) {
		return false
	}
	w, n := s[ws:we], s[ns:ne]
	if !isASCII(s[ws:ne]) {
		// Lowering may change letters and lengths ("İ" becomes "i").
		w, n = strings.ToLower(w), strings.ToLower(n)
	}
	part := foldEq(w, "part")
	if !part && !foldEq(w, "item") {
		return false
	}
	n = strings.TrimRight(n, ".:")
	if n == "" {
		return false
	}
	if part {
		return strings.Trim(n, "ivxIVX") == "" || strings.Trim(n, "0123456789") == ""
	}
	return n[0] >= '0' && n[0] <= '9' && len(n) <= 4
}

// startsItemOrPart reports whether the first four bytes of s, of which
// it has four at least, are "item" or "part" in any case. They are read
// as one word with bit 0x20 of each byte set: only the two cases of a
// letter give its lower case so, which makes this foldEq(s[:4], "item")
// || foldEq(s[:4], "part").
func startsItemOrPart(s string) bool {
	const item, part = 'i' | 't'<<8 | 'e'<<16 | 'm'<<24, 'p' | 'a'<<8 | 'r'<<16 | 't'<<24
	s = s[:4]
	w := (uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24) | 0x20202020
	return w == item || w == part
}

// isUpperText reports text whose letters are all upper case.
func isUpperText(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		// Of the ASCII bytes, unicode takes a-z for lower-case letters,
		// A-Z for letters and no other for either: bytes up to the
		// first that is not ASCII are looked at directly.
		c := s[i]
		if c >= utf8.RuneSelf {
			return isUpperRunes(s[i:], letters)
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// isUpperRunes is isUpperText for the rest of a text, of which letters
// letters went before.
func isUpperRunes(s string, letters int) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// minorWords may stay lower case in a title.
var minorWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true, "from": true,
	"in": true, "into": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true,
	"our": true, "its": true, "upon": true, "under": true, "not": true, "per": true, "vs.": true,
}

// isTitleCase reports text whose first word and every word other than
// minor words start with an upper-case letter or a digit.
func isTitleCase(s string) bool {
	i := 0
	for start, end := nextField(s, 0); start < len(s); start, end = nextField(s, end) {
		w := s[start:end]
		r, _ := utf8.DecodeRuneInString(w)
		first := i == 0
		i++
		if unicode.IsUpper(r) || unicode.IsDigit(r) || !unicode.IsLetter(r) && !first {
			continue
		}
		if !first && isMinorWord(w) {
			continue
		}
		return false
	}
	return i > 0
}

// isMinorWord reports a word that may stay lower case in a title, in any
// case.
func isMinorWord(w string) bool {
	if len(w) > 5 {
		return false
	}
	var buf [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return minorWords[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return minorWords[string(buf[:len(w)])]
}

// standsAlone reports whether line i has a blank line or a page start
// before it.
func standsAlone(t *visible.Text, i int) bool {
	if i == 0 || t.Lines[i-1].Page != t.Lines[i].Page || t.Lines[i-1].PageNumber {
		return true
	}
	return t.Trimmed(i-1) == ""
}

// isCentred reports a line indented so that it sits near the middle of an
// 80-column page.
func isCentred(raw string) bool {
	indent := skipBlanks(raw, 0)
	if indent < 6 {
		return false
	}
	mid := indent + len(strings.TrimSpace(raw))/2
	return mid >= 32 && mid <= 48
}

// continuesHeading reports whether the line after h is the rest of an
// upper-case heading wrapped onto a second line.
func continuesHeading(t *visible.Text, h heading) bool {
	next := h.last + 1
	if next >= len(t.Lines) || t.Lines[next].Page != t.Lines[h.last].Page || t.Lines[next].InTable {
		return false
	}
	s := t.Trimmed(next)
	return plausibleHeading(s) && isUpperText(s) && isUpperText(h.text) &&
		fieldCount(h.text)+fieldCount(s) <= maxHeadingWords+6
}
