package extract

import "strings"

// XrefMatch is a cross reference to a page, usually to a heading on it:
// `See "Risk Factors" on page 2`. Start and End cover the whole phrase,
// from "See" (or the opening quote, or "on" when no title is given) to the
// end of the page label. Target is the referenced title as written,
// without quotes and with white space collapsed to single spaces; it is ""
// for a bare page reference ("listed on page 3"). PageLabel and Page are
// as PageLabel returns them; PageStart and PageEnd locate the label.
type XrefMatch struct {
	Start, End             int
	Target                 string
	TargetStart, TargetEnd int
	PageLabel              string
	Page                   int
	PageStart, PageEnd     int
}

// Xrefs finds cross references: a page reference introduced by "on", "at"
// or "see" ("on page 7", "beginning on page S-5", "See page 4"), with the
// title it names when one stands right before it. The title may be quoted
// with straight or curly double quotes or with two backquotes and two
// apostrophes as old ASCII filings do; a comma inside or after the quotes
// and words such as "section", "beginning" or "of this prospectus" may
// stand between the title and "on". An unquoted title counts when it is
// capitalised and follows "see" ("see Risk Factors beginning on page 5").
// Only the first page of "on page S-5 of this prospectus supplement and
// page 5 of the accompanying prospectus" is a reference; a quoted title
// without a page is not one.
func Xrefs(text string) []XrefMatch {
	var out []XrefMatch
	floor := 0
	f := newPageFinder(text)
	for p := f.next(); p >= 0; p = f.next() {
		if m, ok := xrefAt(text, p, floor); ok {
			out = append(out, m)
			floor = m.End
		}
	}
	return out
}

// xrefAt reads the cross reference around the word "page" at text[p],
// which starts at or after floor, the end of the previous one.
func xrefAt(text string, p, floor int) (XrefMatch, bool) {
	e := p + 4
	if e < len(text) && text[e]|0x20 == 's' {
		e++
	}
	m := XrefMatch{}
	var ok bool
	if m.PageStart, m.PageEnd, m.Page, ok = pageAfter(text, e); !ok {
		return m, false
	}
	m.PageLabel, m.End = text[m.PageStart:m.PageEnd], m.PageEnd
	cs, ce := prevWord(text, p)
	if cs < floor {
		return m, false
	}
	switch {
	case isWord(text, cs, ce, "see"):
		m.Start = cs
		return m, true
	case isWord(text, cs, ce, "on"), isWord(text, cs, ce, "at"):
		m.Start = cs
	default:
		return m, false
	}
	// the title is looked for in what follows the previous reference
	t := text[floor:]
	k := skipFiller(t, cs-floor)
	if open, ts, te, ok := quotedBefore(t, k); ok {
		m.Start, m.TargetStart, m.TargetEnd = floor+leadIn(t, open), floor+ts, floor+te
	} else if see, ts, te, ok := unquotedBefore(t, k); ok {
		m.Start, m.TargetStart, m.TargetEnd = floor+see, floor+ts, floor+te
	} else {
		return m, true
	}
	m.Target = collapseSpace(text[m.TargetStart:m.TargetEnd])
	return m, true
}

// pageAfter reads the page label that follows "page" or "pages" ending at
// e: "7", "S-5", "ii"; of "5-6" or "5 and 6" only the first page.
func pageAfter(text string, e int) (start, end, n int, ok bool) {
	start = skipSpace(text, e)
	if start == e || start-e > maxGap {
		return 0, 0, 0, false
	}
	end = start
	for end < len(text) && end-start < 12 && (isAlnum(text[end]) || text[end] == '-') {
		end++
	}
	for end > start && text[end-1] == '-' {
		end--
	}
	if end < len(text) && isAlnum(text[end]) {
		return 0, 0, 0, false
	}
	if n, ok = labelValue(text[start:end]); ok {
		return start, end, n, true
	}
	d := start
	for d < end && isDigit(text[d]) {
		d++
	}
	if d < end && text[d] == '-' && d+1 < end && isDigit(text[d+1]) {
		if n, ok = pageNumber(text[start:d]); ok {
			return start, d, n, true
		}
	}
	return 0, 0, 0, false
}

// pageFinder finds the words "page" and "pages" (or "Page", "PAGE") in
// text by their 'g', the rarest of their letters, keeping the next word
// found by a 'g' and the next found by a 'G' so that each is searched for
// once.
type pageFinder struct {
	text         string
	lower, upper int // the next word spelled with 'g' and with 'G'; -1 none left
}

// newPageFinder returns a pageFinder at the start of text.
func newPageFinder(text string) pageFinder {
	return pageFinder{text: text, lower: pageWord(text, 0, 'g'), upper: pageWord(text, 0, 'G')}
}

// next returns the offset of the next word, or -1 when none is left.
// Words are four bytes or more and cannot overlap, so the next one with
// the same 'g' starts four bytes on at least.
func (f *pageFinder) next() int {
	p := f.lower
	if p < 0 || (f.upper >= 0 && f.upper < p) {
		if p = f.upper; p >= 0 {
			f.upper = pageWord(f.text, p+4, 'G')
		}
		return p
	}
	f.lower = pageWord(f.text, p+4, 'g')
	return p
}

// pageWord returns the offset of the first word "page" or "pages" at or
// after from whose third letter is g, or -1. It jumps from one g to the
// next with strings.IndexByte, which reads the text many bytes at a time,
// and reads the word only where an 'a' stands before the g.
func pageWord(text string, from int, g byte) int {
	for i := from + 2; i < len(text); i++ {
		j := strings.IndexByte(text[i:], g)
		if j < 0 {
			return -1
		}
		if i += j; text[i-1]|0x20 == 'a' && pageAt(text, i-2) {
			return i - 2
		}
	}
	return -1
}

// pageAt reports whether text[p:] starts with the word "page" or "pages",
// written "age" or "AGE" after a 'p' in either case, followed by white
// space.
func pageAt(text string, p int) bool {
	if p < 0 || p+4 > len(text) || text[p]|0x20 != 'p' || (p > 0 && isLetter(text[p-1])) {
		return false
	}
	if rest := text[p+1 : p+4]; rest != "age" && rest != "AGE" {
		return false
	}
	e := p + 4
	if e < len(text) && text[e]|0x20 == 's' {
		e++
	}
	return spaceLen(text, e) > 0
}
