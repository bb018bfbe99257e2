package parse

import (
	"strings"

	"github.com/filinglint/filinglint/checker/visible"
)

// tocEntry is a table-of-contents line: title text starting at titleCol of
// line first (a wrapped title starts on an earlier line), page label at
// [pageCol, pageEnd) of line last.
type tocEntry struct {
	first, last      int
	titleCol         int
	title            string
	label            string
	number           int
	pageCol, pageEnd int
	indent           int
}

// tocBlock is one table of contents: the line of its caption (or first
// entry) and its entries.
type tocBlock struct {
	line    int
	entries []tocEntry
}

// minTOCEntries is how many entries make a block a table of contents
// when no "Table of Contents" caption announces it.
const minTOCEntries = 5

// findTOC finds the tables of contents: a "Table of Contents" / "Contents"
// / "Index" caption followed by entries, or a run of entries ending in page
// numbers. Entries whose title wraps onto a second line are joined.
func findTOC(t *visible.Text) []tocBlock {
	var blocks []tocBlock
	for i := 0; i < len(t.Lines); i++ {
		captioned := isTOCCaption(strings.TrimSpace(t.Text(i)))
		start := i
		if captioned {
			start = i + 1
		} else if _, ok := tocLine(t, i); !ok {
			continue
		}
		entries, end := tocEntries(t, start)
		if len(entries) >= 3 && (captioned || len(entries) >= minTOCEntries && ascending(entries)) {
			blocks = append(blocks, tocBlock{line: i, entries: entries})
			i = end
		}
	}
	return blocks
}

// isTOCCaption matches the caption of a table of contents.
func isTOCCaption(s string) bool {
	if len(s) > 40 {
		return false
	}
	n := normText(s)
	return n == "table of contents" || n == "contents" || n == "index" || n == "table of contents page"
}

// tocEntries collects entries from line i on, allowing blank lines, a
// "Page" column header, group labels and wrapped titles, and stops at the
// first other line once entries have begun. It returns the entries and the
// last line it consumed.
func tocEntries(t *visible.Text, i int) ([]tocEntry, int) {
	var entries []tocEntry
	pending := -1 // a line that may be the first half of a wrapped title
	misses := 0
	last := i
	for ; i < len(t.Lines) && misses < 3; i++ {
		s := strings.TrimSpace(t.Text(i))
		if s == "" || t.Lines[i].PageNumber || isPageHeader(s) {
			continue
		}
		e, ok := tocLine(t, i)
		if !ok {
			if len(entries) == 0 && i > 0 && misses > 0 {
				break
			}
			misses++
			pending = i
			continue
		}
		if pending >= 0 && pending == prevNonBlank(t, i) && continuesTitle(t.Text(pending), e.title) {
			e.first = pending
			raw := t.Text(pending)
			e.titleCol = len(raw) - len(strings.TrimLeft(raw, " \t"))
			e.title = strings.TrimSpace(raw) + " " + e.title
		}
		pending, misses, last = -1, 0, i
		entries = append(entries, e)
	}
	return entries, last
}

// continuesTitle reports whether a line without a page number is the first
// half of the title that follows it rather than a group label.
func continuesTitle(first, rest string) bool {
	f := strings.Fields(strings.ToLower(first))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "and", "of", "the", "for", "in", "to", "&", "on", "or", "with":
		return true
	}
	if strings.HasSuffix(first, ",") {
		return true
	}
	r := rest[0]
	return r >= 'a' && r <= 'z'
}

func prevNonBlank(t *visible.Text, i int) int {
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(t.Text(j)) != "" {
			return j
		}
	}
	return -1
}

// isPageHeader matches the "Page" heading of a TOC's number column.
func isPageHeader(s string) bool {
	n := strings.ToLower(strings.Trim(s, " ."))
	return n == "page" || n == "pages" || n == "page no" || n == "page number"
}

// tocLine parses one entry line: a title, then dot leaders or a gap of two
// or more spaces, then a page label at the end of the line.
func tocLine(t *visible.Text, i int) (tocEntry, bool) {
	raw := t.Text(i)
	trimmed := strings.TrimRight(raw, " \t")
	if n := len(trimmed); n == 0 || !isLabelEnd(trimmed[n-1]) {
		return tocEntry{}, false
	}
	sp := strings.LastIndexAny(trimmed, " \t.")
	if sp < 0 {
		return tocEntry{}, false
	}
	word := trimmed[sp+1:]
	label, num, ok := pageLabel(word)
	if !ok {
		return tocEntry{}, false
	}
	head := trimmed[:sp+1]
	body := strings.TrimRight(head, " \t")
	leader := strings.HasSuffix(body, "..")
	if !leader && len(head)-len(body) < 2 && !strings.HasSuffix(body, "\u00a0") {
		return tocEntry{}, false
	}
	title := strings.TrimSpace(strings.TrimRight(body, ". \t"))
	if !hasLetters(title) || len(title) > 200 || endsWithAmount(title) {
		return tocEntry{}, false
	}
	indent := len(raw) - len(strings.TrimLeft(raw, " \t"))
	return tocEntry{
		first: i, last: i, titleCol: indent, title: collapseSpaces(title),
		label: label, number: num, pageCol: sp + 1, pageEnd: len(trimmed), indent: indent,
	}, true
}

func hasLetters(s string) bool {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			n++
		}
	}
	return n >= 2
}

// collapseSpaces turns runs of white space into single spaces.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// ascending reports entries whose page numbers never decrease, which tells
// a table of contents from a column of small numbers.
func ascending(entries []tocEntry) bool {
	for i := 1; i < len(entries); i++ {
		if entries[i].number < entries[i-1].number {
			return false
		}
	}
	return true
}

// endsWithAmount reports a title ending in "$" or in a number such as
// "1,234": a table row, not a TOC entry.
func endsWithAmount(title string) bool {
	if strings.HasSuffix(title, "$") {
		return true
	}
	f := strings.Fields(title)
	last := f[len(f)-1]
	_, num := parseNumber(last)
	return num && (strings.ContainsAny(last, ",$") || len(last) > 3)
}

// isLabelEnd reports bytes a page label can end with: digits and the
// letters of lower-case roman numerals.
func isLabelEnd(c byte) bool {
	return c >= '0' && c <= '9' || c == 'i' || c == 'v' || c == 'x' || c == 'I' || c == 'V' || c == 'X'
}
