package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/filinglint/filinglint/checker/visible"
)

// tocEntry is a table-of-contents line: title text starting at titleCol of
// line first (a wrapped title starts on an earlier line), page label at
// [pageCol, pageEnd) of line last.
type tocEntry struct {
	first, last      int
	titleCol         int
	title            string // the title on line last, white space as printed
	head             string // the first part of a wrapped title, on line first
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
func findTOC(f *tocFinder) []tocBlock {
	var blocks []tocBlock
	t := f.t
	for i := 0; i < len(t.Lines); i++ {
		s := t.Trimmed(i)
		captioned := mayBeTOCCaption(s) && isTOCCaption(s)
		start := i
		if captioned {
			start = i + 1
		} else if !endsInLabel(s) || !f.opens(i) {
			// A line ending in no page label opens no table of
			// contents (see opens): most lines are passed so, at once.
			continue
		}
		refs, end := f.entries(start)
		if len(refs) >= 3 && (captioned || len(refs) >= minTOCEntries && f.ascending(refs)) {
			blocks = append(blocks, tocBlock{line: i, entries: f.block(refs)})
			i = end
		}
	}
	return blocks
}

// mayBeTOCCaption rejects at once most text isTOCCaption rejects: empty,
// longer than 40 bytes or starting with a digit or a letter no caption
// starts with, which isTOCCaption sees at its first byte. (Only the two
// cases of a letter lie in a-z once bit 0x20 is set.)
func mayBeTOCCaption(s string) bool {
	if uint(len(s)-1) >= 40 {
		return false // empty or longer than 40 bytes
	}
	if s[0]-'0' <= 9 {
		return false
	}
	c := s[0] | 0x20
	return c-'a' > 'z'-'a' || c == 't' || c == 'c' || c == 'i'
}

// tocLineKind is what a line is to a table of contents.
type tocLineKind uint8

const (
	tocUnknown   tocLineKind = iota // not looked at yet
	tocSkipped                      // blank, the page number, or the "Page" column header
	tocOther                        // text that is not an entry
	tocEntryLine                    // an entry (tocLine accepts it)
)

// tocFinder remembers what each line is, and the entry of each entry
// line: a run of lines that look like entries but do not make a table of
// contents is read again from each of its lines, and table rows ending in
// small numbers make long such runs.
type tocFinder struct {
	t     *visible.Text
	kinds []tocLineKind
	at    []int32    // index in found of line i's entry, when it is one
	found []tocEntry // the entries of the lines looked at
	buf   []tocRef   // entries of the candidate being read, reused
}

// newTOCFinder returns a tocFinder for t that has looked at no line yet.
// The table builder asks it too, whether a <TABLE> holds entries.
func newTOCFinder(t *visible.Text) *tocFinder {
	return &tocFinder{t: t, kinds: make([]tocLineKind, len(t.Lines)), at: make([]int32, len(t.Lines))}
}

// opens reports whether a table of contents without a caption may start
// at line i: it reads as an entry, even when it is the page's printed
// number, which entries skips. Either way a page label ends the line.
func (f *tocFinder) opens(i int) bool {
	if f.t.Lines[i].PageNumber {
		var e tocEntry
		return tocLine(f.t, i, &e)
	}
	return f.kind(i) == tocEntryLine
}

// kind returns what line i is.
func (f *tocFinder) kind(i int) tocLineKind {
	if k := f.kinds[i]; k != tocUnknown {
		return k
	}
	k := tocOther
	s := f.t.Trimmed(i)
	switch {
	case s == "" || f.t.Lines[i].PageNumber:
		k = tocSkipped
	case !endsInLabel(s):
		// No page label ends the line, which tocLine would see first
		// (white space it does not trim is not a label's either). A
		// "Page" header ends in none either: it is looked for only here.
		if isPageHeader(s) {
			k = tocSkipped
		}
	default:
		if n := len(f.found); tocLine(f.t, i, &f.grow()[n]) {
			k = tocEntryLine
			f.at[i] = int32(n)
			f.found = f.found[:n+1]
		}
	}
	f.kinds[i] = k
	return k
}

// endsInLabel reports trimmed text whose last byte may end a page label.
// tocLine reads the label at the end of the line's text less its spaces
// and tabs, which ends in the same byte when that is one.
func endsInLabel(s string) bool { return s != "" && labelEnds[s[len(s)-1]] }

// grow returns found with room for one more entry, its length as it was.
func (f *tocFinder) grow() []tocEntry {
	f.found = slices.Grow(f.found, 1)
	return f.found[:len(f.found)+1]
}

// entry returns the entry of line i, which kind found to be one.
func (f *tocFinder) entry(i int) *tocEntry { return &f.found[f.at[i]] }

// isTOCCaption matches the caption of a table of contents.
func isTOCCaption(s string) bool {
	if len(s) > 40 {
		return false
	}
	// Norm keeps the letters and digits, lowered, and changes only what
	// lies between them: when the ASCII ones do not spell a caption, the
	// line is not one, and most lines are rejected without normalising.
	var buf [40]byte
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '&':
			n = -1
		case c >= 'A' && c <= 'Z':
			buf[n] = c + 'a' - 'A'
			n++
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			buf[n] = c
			n++
		}
		if n < 0 {
			break
		}
		if n == 1 && buf[0] != 't' && buf[0] != 'c' && buf[0] != 'i' {
			return false // no caption starts with this letter
		}
	}
	if n >= 0 {
		switch string(buf[:n]) {
		case "tableofcontents", "contents", "index", "tableofcontentspage":
		default:
			return false
		}
	}
	norm := normText(s)
	return norm == "table of contents" || norm == "contents" || norm == "index" || norm == "table of contents page"
}

// tocRef is an entry of a candidate table of contents: its line, and the
// line its wrapped title starts on, or -1.
type tocRef struct{ line, head int32 }

// entries collects entries from line i on, allowing blank lines, a
// "Page" column header, group labels and wrapped titles, and stops at the
// first other line once entries have begun. It returns the entries, which
// the next call reuses the array of, and the last line it consumed. Most
// candidates are dropped, so it returns references, which block turns into
// the entries of one that is kept.
func (f *tocFinder) entries(i int) ([]tocRef, int) {
	t := f.t
	refs := f.buf[:0]
	defer func() { f.buf = refs[:0] }()
	pending := -1 // a line that may be the first half of a wrapped title
	misses := 0
	last := i
	for ; i < len(t.Lines) && misses < 3; i++ {
		kind := f.kind(i)
		if kind == tocSkipped {
			continue
		}
		if kind != tocEntryLine {
			if len(refs) == 0 && i > 0 && misses > 0 {
				break
			}
			misses++
			pending = i
			continue
		}
		r := tocRef{line: int32(i), head: -1}
		if pending >= 0 && pending == prevNonBlank(t, i) && continuesTitle(t.Text(pending), f.entry(i).title) {
			r.head = int32(pending)
		}
		pending, misses, last = -1, 0, i
		refs = append(refs, r)
	}
	return refs, last
}

// block returns the entries refs refer to, wrapped titles joined.
func (f *tocFinder) block(refs []tocRef) []tocEntry {
	entries := make([]tocEntry, len(refs))
	for k, r := range refs {
		e := *f.entry(int(r.line))
		if r.head >= 0 {
			e.first = int(r.head)
			e.titleCol = skipBlanks(f.t.Text(e.first), 0)
			e.head = f.t.Trimmed(e.first)
		}
		entries[k] = e
	}
	return entries
}

// ascending reports whether the entries' page numbers never go down.
func (f *tocFinder) ascending(refs []tocRef) bool {
	for k := 1; k < len(refs); k++ {
		if f.entry(int(refs[k].line)).number < f.entry(int(refs[k-1].line)).number {
			return false
		}
	}
	return true
}

// titleJoiners are the words that leave a TOC title unfinished.
var titleJoiners = []string{"and", "of", "the", "for", "in", "to", "&", "on", "or", "with"}

// continuesTitle reports whether a line without a page number is the first
// half of the title that follows it rather than a group label.
func continuesTitle(first, rest string) bool {
	last := lastField(first)
	if last == "" {
		return false
	}
	if lowerIsAny(last, titleJoiners) {
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
		if t.Trimmed(j) != "" {
			return j
		}
	}
	return -1
}

// pageHeaders are the headings of a TOC's page-number column.
var pageHeaders = []string{"page", "pages", "page no", "page number"}

// isPageHeader matches the "Page" heading of a TOC's number column.
func isPageHeader(s string) bool {
	if s != "" && s[0]|0x20 != 'p' && s[0] != '.' && s[0] != ' ' {
		return false // most lines: the trimming below cannot make a "p"
	}
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '.') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '.') {
		j--
	}
	n := s[i:j]
	if len(n) < len("page") || n[0]|0x20 != 'p' {
		return false
	}
	return lowerIsAny(n, pageHeaders)
}

// tocLine parses line i as an entry into e: a title, then dot leaders or
// a gap of two or more spaces, then a page label at the end of the line.
// It reports whether the line is one; e is written only then, so that
// the many lines rejected cost no entry.
func tocLine(t *visible.Text, i int, e *tocEntry) bool {
	raw := t.Text(i)
	trimmed := trimBlankRight(raw)
	if n := len(trimmed); n == 0 || !isLabelEnd(trimmed[n-1]) {
		return false
	}
	sp := len(trimmed) - 1
	for sp >= 0 && trimmed[sp] != ' ' && trimmed[sp] != '\t' && trimmed[sp] != '.' {
		sp--
	}
	if sp < 0 {
		return false
	}
	word := trimmed[sp+1:]
	if strings.IndexByte(word, ',') >= 0 {
		return false // an amount ("1,234"), which no page label holds
	}
	label, num, ok := pageLabel(word)
	if !ok {
		return false
	}
	head := trimmed[:sp+1]
	body := trimBlankRight(head)
	leader := strings.HasSuffix(body, "..")
	if !leader && len(head)-len(body) < 2 && !strings.HasSuffix(body, "\u00a0") {
		return false
	}
	k := len(body)
	for k > 0 && (body[k-1] == '.' || body[k-1] == ' ' || body[k-1] == '\t') {
		k--
	}
	// The indent is blanks, which TrimSpace would trim: a word at a time
	// they go faster.
	indent := skipBlanks(raw, 0)
	title := strings.TrimSpace(body[min(indent, k):k])
	if !hasLetters(title) || len(title) > 200 || endsWithAmount(title) {
		return false
	}
	*e = tocEntry{
		first: i, last: i, titleCol: indent, title: title,
		label: label, number: num, pageCol: sp + 1, pageEnd: len(trimmed), indent: indent,
	}
	return true
}

// fullTitle returns the entry's title as the model gives it: white space
// collapsed on the page number's line, joined to the wrapped first part as
// that stands. Entries are kept or dropped by the block they belong to, so
// the collapsing waits until one is kept.
func (e tocEntry) fullTitle() string {
	if e.head == "" {
		return collapseSpaces(e.title)
	}
	return e.head + " " + collapseSpaces(e.title)
}

// hasLetters reports text with two or more ASCII letters.
func hasLetters(s string) bool {
	n := 0
	for i := 0; i < len(s) && n < 2; i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n >= 2
}

// collapseSpaces turns runs of white space into single spaces.
func collapseSpaces(s string) string {
	if !hasGap(s) {
		return s
	}
	if isASCII(s) {
		return collapseASCII(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for start, end := nextField(s, 0); start < len(s); start, end = nextField(s, end) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:end])
	}
	return b.String()
}

// hasGap reports a tab, a newline or two spaces together: the white
// space collapseSpaces collapses. Most text passed to it has none, which
// one pass over its bytes tells.
func hasGap(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c == '\n' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

// collapseASCII is collapseSpaces for ASCII text: it copies the runs
// between white space, a space between each two.
func collapseASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; ; {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		if i == len(s) {
			return b.String()
		}
		j := i + 1
		for j < len(s) && !asciiSpace[s[j]] {
			j++
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:j])
		i = j
	}
}

// endsWithAmount reports a title ending in "$" or in a number such as
// "1,234": a table row, not a TOC entry.
func endsWithAmount(title string) bool {
	if strings.HasSuffix(title, "$") {
		return true
	}
	// Only a number of more than three bytes, or with a comma or a
	// dollar sign, is an amount: any other last word is none, number or
	// not, and need not be parsed.
	last := lastField(title)
	if len(last) <= 3 && strings.IndexByte(last, ',') < 0 && strings.IndexByte(last, '$') < 0 {
		return false
	}
	_, num := parseNumber(last)
	return num
}

// isLabelEnd reports bytes a page label can end with: digits and the
// letters of lower-case roman numerals.
func isLabelEnd(c byte) bool { return labelEnds[c] }

// labelEnds marks the bytes isLabelEnd accepts.
var labelEnds = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'i': true, 'v': true, 'x': true, 'I': true, 'V': true, 'X': true,
}
