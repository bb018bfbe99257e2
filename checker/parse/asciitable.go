package parse

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/filinglint/filinglint/checker/internal/ascii"
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// field is a run of text in a fixed-width line, separated from its
// neighbours by two or more spaces; start and end are byte columns. The
// line is split once: num, value and unit keep the parse of the text as a
// number, so that its cell need not parse it again. A field holds no
// pointers, so a table's fields cost the garbage collector nothing.
type field struct {
	start, end int
	value      float64
	num        bool
	unit       int8  // index in numUnits; -1 for a unit not there
	col        int32 // the column of a value field, set by columnsOf
}

// tline is one line of an ASCII table split into its label and fields.
type tline struct {
	idx      int    // visible line
	line     string // its text
	label    string
	labelCol int
	indent   int
	fields   []field // value fields after the label
	all      []field // every field, the label's included
}

// text returns the text of one of the line's fields.
func (l *tline) text(f *field) string { return l.line[f.start:f.end] }

// colTolerance is how far apart right edges of numbers may be and still
// stand in one column ("(1,234)" hangs its parenthesis one column right).
const colTolerance = 2

// buildASCIITable turns a <TABLE> block into a table: columns from the
// right edges of numbers, header lines above the first row of numbers
// assigned to the columns they overlap, and labels that wrap onto a second
// line joined into one row.
func buildASCIITable(src *source.File, t *visible.Text, at asciiTable, toc *tocFinder) (model.Table, bool) {
	sc := asciiScratchPool.Get().(*asciiScratch)
	defer sc.release()
	lines := sc.tableLines(t, at.lines, true)
	firstData := -1
	for k := range lines {
		if isDataLine(&lines[k]) {
			firstData = k
			break
		}
	}
	if firstData < 0 || isTOCBlock(toc, lines) {
		return model.Table{}, false
	}
	// Column headings stand in the <CAPTION> when there is one; the lines
	// above the first row of numbers are then section labels.
	header, caption := lines[:firstData], ""
	if len(at.caption) > 0 {
		header = sc.tableLines(t, at.caption, false)
		caption = captionText(t, at.caption, header)
		firstData = 0
	}
	cols := sc.columnsOf(lines[firstData:])
	loc := newASCIILocator(src, t)
	first := at.lines[0]
	if len(at.caption) > 0 && at.caption[0] < first {
		first = at.caption[0]
	}
	start := loc.pos(first, 0)
	tab := model.Table{
		Line: start.Line, Col: 1,
		EndLine: loc.pos(at.lines[len(at.lines)-1], 0).Line,
		Caption: caption,
		Header:  sc.headerOf(header, cols),
		Columns: len(cols),
	}
	tab.Rows = sc.tableRows(lines[firstData:], cols, &loc)
	return tab, true
}

// asciiScratch holds the split lines of the table being built and their
// fields. They live only while buildASCIITable runs (rows keep strings,
// not fields), so their arrays serve table after table.
type asciiScratch struct {
	lines  []tline
	fields []field
	ends   []uint64   // bit set of the right edges of values, see columnsOf
	cols   []column   // the columns, see columnsOf
	parts  [][]string // heading parts per column, see headerOf
	kinds  []rowKind  // what each line makes, see tableRows
}

// asciiScratchPool holds the scratch of tables built before.
var asciiScratchPool = sync.Pool{New: func() any { return new(asciiScratch) }}

// release clears the scratch, so that it keeps no text alive, and returns
// it to the pool. Fields hold no text.
func (sc *asciiScratch) release() {
	clear(sc.lines)
	for i := range sc.parts {
		clear(sc.parts[i])
	}
	sc.lines, sc.fields = sc.lines[:0], sc.fields[:0]
	asciiScratchPool.Put(sc)
}

// tableLines splits the visible lines of a table, leaving out blank lines,
// rules ("-----", "=====") and the page's printed number. The lines are
// appended to the scratch's, so that the lines of a table and of its
// caption share its arrays; the fields of all lines share one. Lines
// that serve only as headings, those of a <CAPTION>, are split without
// their labels: headerOf takes every field and no label.
func (sc *asciiScratch) tableLines(t *visible.Text, idxs []int, labels bool) []tline {
	from := len(sc.lines)
	lines := slices.Grow(sc.lines, len(idxs))
	fs := slices.Grow(sc.fields, 3*len(idxs)) // lines hold about 2.6 fields
	for _, i := range idxs {
		s := t.Text(i)
		if t.Lines[i].PageNumber {
			continue
		}
		// The blanks of the indent are rule bytes: the rest decides.
		indent := skipBlanks(s, 0)
		if isRuleLine(s[indent:]) {
			continue
		}
		lines = append(lines, tline{})
		if l := &lines[len(lines)-1]; labels {
			fs = splitTableLine(l, s, indent, i, fs)
		} else {
			fs = splitFields(l, s, indent, i, fs)
		}
	}
	sc.lines, sc.fields = lines, fs
	return lines[from:]
}

// isRuleLine reports a line that is blank or only a rule: nothing but
// white space, "-", "=" and "_". Lines of plain ASCII are decided by one
// scan of their bytes, eight at a time while they are all rule bytes when
// the first is one; others by trimming, as the rule is defined.
func isRuleLine(s string) bool {
	i := 0
	if len(s) > 0 && isRuleByte(s[0]) {
		for i+8 <= len(s) && ruleBytes(ascii.Word(s, i)) {
			i += 8
		}
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case isRuleByte(c):
		case c >= utf8.RuneSelf || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			// Unicode white space trims only at the ends of the line.
			s = strings.TrimSpace(s)
			return s == "" || strings.Trim(s, "-=_ \t") == ""
		default:
			return false
		}
	}
	return true
}

// isRuleByte reports the bytes of rules and the blanks between them.
func isRuleByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '-' || c == '=' || c == '_'
}

// splitTableLine splits a line into fields, as splitFields does; the
// leading fields that are not numbers form the label, without its dot
// leaders.
func splitTableLine(l *tline, s string, indent, idx int, buf []field) []field {
	buf = splitFields(l, s, indent, idx, buf)
	if k := len(l.all) - len(l.fields); k > 0 {
		fs := l.all
		l.labelCol = fs[0].start
		l.label = trimLeaders(s[fs[0].start:fs[k-1].end])
		if mayHoldGap(s, fs[:k]) {
			l.label = joinLabel(s, fs[:k], fs[0].start+len(l.label))
		}
	}
	return buf
}

// splitFields splits a line into fields at runs of two or more spaces,
// and sets l's fields, those from the first number on, and all of them.
// A lone "$" joins the number after it. The caller gives the line's
// indent, skipBlanks(s, 0), and l to fill, empty. The fields are appended
// to buf, which is returned grown; the line's slices are capped so that
// later appends never write over them. The fields are found first, by a
// loop that calls nothing, and then read.
func splitFields(l *tline, s string, indent, idx int, buf []field) []field {
	l.idx, l.line, l.indent = idx, s, indent
	from := len(buf)
	buf = appendFields(buf, s, indent)
	fs := buf[from:len(buf):len(buf)]
	k := len(fs)
	for i := range fs {
		if fs[i].read(s); fs[i].num && k == len(fs) {
			k = i
		}
	}
	l.fields = fs[k:]
	l.all = fs
	return buf
}

// trimLeaders returns s without its trailing dots and spaces, as
// strings.TrimRight(s, ". ") does: neither byte is part of a longer
// character.
func trimLeaders(s string) string {
	n := len(s)
	for n > 0 && (s[n-1] == '.' || s[n-1] == ' ') {
		n--
	}
	return s[:n]
}

// read parses the field's text as parseNumber does. A field starts with
// no white space, which is all parseNumber trims, so text starting with
// an ASCII letter is no number, and plain integers are read by plainInt,
// also in parentheses: parseNumber reads "(1,234)" as negative, unless
// its one digit makes it a footnote marker ("(1)"). Of one byte in
// parentheses it reads none but "(-)" as a number. It reads up to three
// hyphens as a dash, the number zero. The field is as appendFields left
// it: no number, unit 0 (numUnits[0] is "").
func (f *field) read(s string) {
	i, j := f.start, f.end
	switch c := s[i]; {
	case c|0x20 >= 'a' && c|0x20 <= 'z':
		return
	case c >= '0' && c <= '9':
		if v, ok := plainInt(s[i:j]); ok {
			f.value, f.num = v, true
			return
		}
	case c == '(' && j-i == 3 && s[j-1] == ')' && s[i+1] != '-':
		return
	case c == '(' && j-i > 3 && s[j-1] == ')':
		if v, ok := plainInt(s[i+1 : j-1]); ok {
			f.value, f.num = -v, true
			return
		}
	case c == '-' && j-i <= 3 && strings.TrimLeft(s[i:j], "-") == "":
		f.num = true
		return
	}
	n, num := parseNumber(s[i:j])
	f.value, f.num, f.unit = n.Value, num, unitIndex(n.Unit)
}

// maxPlainDigits is the most digits plainInt reads: float64 holds any
// integer of 15 digits exactly.
const maxPlainDigits = 15

// plainInt reads s when it is an integer as tables mostly write one: up
// to maxPlainDigits digits, bare or grouped in threes by commas
// ("1,234,567"). parseNumber reads text that starts and ends with a digit
// as one decimal, of these digits and groups, and gives it this value with
// no unit.
func plainInt(s string) (float64, bool) {
	var v uint64
	digits, run, grouped := 0, 0, false // run: digits since the last comma
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			v = v*10 + uint64(c-'0')
			digits++
			run++
		case c == ',' && (run == 3 || !grouped && run > 0 && run < 3):
			grouped, run = true, 0
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > maxPlainDigits || grouped && run != 3 {
		return 0, false
	}
	return float64(v), true
}

// joinLabel returns collapseSpaces(s[fs[0].start:end]) for the label
// fields fs of line s, the label ending at end. Fields stand apart by
// blanks alone, and hold no two blanks together unless they joined a
// lone "$" (see mayHoldGap), so when no field did and their text is ASCII
// without control bytes, the white space collapseSpaces collapses is the
// gaps between them: the label is their text up to end, joined by single
// spaces, written into a string of its size at once. Other labels are
// left to collapseSpaces.
func joinLabel(s string, fs []field, end int) string {
	if end == fs[0].start {
		return "" // dot leaders alone
	}
	n := -1
	for i := range fs {
		f := &fs[i]
		if f.start >= end {
			break
		}
		if s[f.start] == '$' || strings.HasPrefix(s[f.start:], "($") {
			return collapseSpaces(s[fs[0].start:end])
		}
		e := min(f.end, end)
		for j := f.start; j < e; j++ {
			if c := s[j]; c < ' ' || c >= utf8.RuneSelf {
				return collapseSpaces(s[fs[0].start:end])
			}
		}
		n += e - f.start + 1
	}
	var b strings.Builder
	b.Grow(n)
	for i := range fs {
		if fs[i].start >= end {
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[fs[i].start:min(fs[i].end, end)])
	}
	return b.String()
}

// mayHoldGap reports whether the text of line s spanned by fields may
// hold a tab or a run of spaces: it spans several fields, or its one field
// joined a lone "$" to the text after it. A field's own text holds neither.
func mayHoldGap(s string, fs []field) bool {
	return len(fs) > 1 || strings.HasPrefix(s[fs[0].start:], "$") || strings.HasPrefix(s[fs[0].start:], "($")
}

// isFieldGap reports whether s[j] starts a gap between fields: a tab, a
// space followed by another space or the end of the line, or a space after
// dot leaders.
func isFieldGap(s string, j int) bool {
	if s[j] == '\t' {
		return true
	}
	if s[j] != ' ' {
		return false
	}
	// Dot leaders end a label even when one space follows them
	// ("Total..... $ 11,030").
	return j+1 >= len(s) || s[j+1] == ' ' || s[j+1] == '\t' || j >= 2 && s[j-1] == '.' && s[j-2] == '.'
}

// isDataLine reports a line holding numbers that is not a row of years
// heading the columns.
func isDataLine(l *tline) bool {
	nums, years := 0, 0
	for k := range l.fields {
		if f := &l.fields[k]; f.num {
			nums++
			if text := l.text(f); len(text) == 4 && text >= "1900" && text <= "2100" {
				years++
			}
		}
	}
	return nums > 0 && !(l.label == "" && years == nums)
}

// column is the horizontal extent of one value column.
type column struct{ start, end int }

// columnsOf clusters the right edges of the value fields of data lines.
// Which edges there are is all that counts, so they are marked in a bit
// set, read back in order, rather than sorted. It sets each value field's
// col to columnOf(cols, end) of its right edge: the column whose edges it
// fell between. That column ends at or past end and starts at or before
// it, so it is at distance 0, and the columns before it end before end,
// so columnOf takes it: it is the first column ending at or past end. The
// fields of a line end left to right, so their columns are found in one
// walk.
func (sc *asciiScratch) columnsOf(lines []tline) []column {
	width := 0
	for k := range lines {
		if fs := lines[k].fields; len(fs) > 0 {
			width = max(width, fs[len(fs)-1].end) // fields end left to right
		}
	}
	n := width>>6 + 1
	ends := slices.Grow(sc.ends[:0], n)[:n]
	clear(ends)
	for k := range lines {
		fs := lines[k].fields
		for i := range fs {
			ends[fs[i].end>>6] |= 1 << (fs[i].end & 63)
		}
	}
	cols := sc.cols[:0]
	for w, set := range ends {
		for ; set != 0; set &= set - 1 {
			e := w<<6 + bits.TrailingZeros64(set)
			if n := len(cols); n > 0 && e-cols[n-1].end <= colTolerance {
				cols[n-1].end = e
			} else {
				cols = append(cols, column{start: e, end: e})
			}
		}
	}
	for k := range lines {
		fs := lines[k].fields
		c := 0
		for i := range fs {
			for cols[c].end < fs[i].end {
				c++
			}
			fs[i].col = int32(c)
			cols[c].start = min(cols[c].start, fs[i].start)
		}
	}
	sc.ends, sc.cols = ends, cols
	return cols
}

// columnOf returns the column whose right edge is nearest to end.
func columnOf(cols []column, end int) int {
	best, dist := 0, 1<<30
	for i, c := range cols {
		d := end - c.end
		if d < 0 {
			d = -d
		}
		if end >= c.start && end <= c.end {
			d = 0
		}
		if d < dist {
			best, dist = i, d
		}
	}
	return best
}

// headerOf assigns the fields of the lines above the first data line to
// the columns they overlap; fields left of every column head the labels.
func (sc *asciiScratch) headerOf(lines []tline, cols []column) []string {
	if len(lines) == 0 {
		return nil
	}
	parts := sc.headerParts(len(cols) + 1)
	for k := range lines {
		for j := range lines[k].all {
			f := &lines[k].all[j]
			text := lines[k].text(f)
			if f.end <= cols[0].start-colTolerance {
				parts[0] = append(parts[0], text)
				continue
			}
			// A heading over several columns ("Year Ended December 31,")
			// heads each of them.
			spanned := false
			for i, c := range cols {
				if f.start < c.end && f.end > c.start {
					parts[i+1] = append(parts[i+1], text)
					spanned = true
				}
			}
			if !spanned {
				i := columnOf(cols, min(f.end, cols[len(cols)-1].end)) + 1
				parts[i] = append(parts[i], text)
			}
		}
	}
	return joinHeadings(parts)
}

// joinHeadings joins the parts of each heading with spaces, white space
// collapsed. A part is the text of a field, which holds no tab, newline
// or two spaces together unless it joined a lone "$" (see mayHoldGap), so
// only then has collapseSpaces anything to do. The other headings of
// several parts are written one after another into one string, the one
// allocation for them all.
func joinHeadings(parts [][]string) []string {
	h := make([]string, len(parts))
	n := 0
	for _, p := range parts {
		if len(p) > 1 && !hasSignPart(p) {
			n += len(p) - 1
			for _, part := range p {
				n += len(part)
			}
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i, p := range parts {
		switch {
		case hasSignPart(p):
			h[i] = collapseSpaces(strings.Join(p, " "))
		case len(p) == 1:
			h[i] = p[0]
		case len(p) > 1:
			from := b.Len()
			for k, part := range p {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(part)
			}
			h[i] = b.String()[from:]
		}
	}
	return h
}

// hasSignPart reports a heading part that starts with a lone "$" joined
// to the text after it.
func hasSignPart(parts []string) bool {
	for _, p := range parts {
		if strings.HasPrefix(p, "$") || strings.HasPrefix(p, "($") {
			return true
		}
	}
	return false
}

// headerParts returns n empty lists of heading parts, one per column and
// one for the labels, reusing the scratch's lists.
func (sc *asciiScratch) headerParts(n int) [][]string {
	sc.parts = slices.Grow(sc.parts[:0], n)[:n]
	for i := range sc.parts {
		sc.parts[i] = sc.parts[i][:0]
	}
	return sc.parts
}

// captionText joins the lines of a <CAPTION>, rules left out. split
// holds its lines as tableLines split them, in order, which left out the
// rules and the page's number: a line split holds is no rule, and of the
// others only the page's number need be asked. A caption has a few lines,
// whose texts are gathered on the stack: the caption itself is the one
// allocation, none for a caption of one line.
func captionText(t *visible.Text, lines []int, split []tline) string {
	parts := make([]string, 0, 16)
	k := 0
	for _, i := range lines {
		switch {
		case k < len(split) && split[k].idx == i:
			k++
		case !t.Lines[i].PageNumber || isRuleLine(t.Text(i)):
			continue
		}
		parts = append(parts, t.Trimmed(i))
	}
	return strings.Join(parts, " ")
}

// isTOCBlock reports a <TABLE> that holds a table of contents: most of its
// lines are entries ending in page numbers. It is the TOC, not a table.
func isTOCBlock(toc *tocFinder, lines []tline) bool {
	// entries >= 3 && entries*2 >= len(lines), decided as soon as the
	// lines looked at settle it.
	need := max(3, (len(lines)+1)/2)
	entries := 0
	for k := range lines {
		if entries+len(lines)-k < need {
			return false
		}
		// The lines of a table are neither blank nor the page's number,
		// which the finder skips: it calls a line an entry when tocLine
		// reads one there.
		if toc.kind(lines[k].idx) == tocEntryLine {
			if entries++; entries >= need {
				return true
			}
		}
	}
	return false
}
