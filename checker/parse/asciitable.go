package parse

import (
	"sort"
	"strings"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// field is a run of text in a fixed-width line, separated from its
// neighbours by two or more spaces; start and end are byte columns.
type field struct {
	text       string
	start, end int
	num        bool
}

// tline is one line of an ASCII table split into its label and fields.
type tline struct {
	idx      int // visible line
	label    string
	labelCol int
	indent   int
	fields   []field // value fields after the label
	all      []field // every field, the label's included
}

// colTolerance is how far apart right edges of numbers may be and still
// stand in one column ("(1,234)" hangs its parenthesis one column right).
const colTolerance = 2

// buildASCIITable turns a <TABLE> block into a table: columns from the
// right edges of numbers, header lines above the first row of numbers
// assigned to the columns they overlap, and labels that wrap onto a second
// line joined into one row.
func buildASCIITable(src *source.File, t *visible.Text, at asciiTable) (model.Table, bool) {
	lines := tableLines(t, at.lines)
	firstData := -1
	for k, l := range lines {
		if isDataLine(l) {
			firstData = k
			break
		}
	}
	if firstData < 0 || isTOCBlock(t, lines) {
		return model.Table{}, false
	}
	// Column headings stand in the <CAPTION> when there is one; the lines
	// above the first row of numbers are then section labels.
	header := lines[:firstData]
	if len(at.caption) > 0 {
		header = tableLines(t, at.caption)
		firstData = 0
	}
	cols := columnsOf(lines[firstData:])
	pos := func(idx, col int) source.Position { return src.Position(t.Source(t.Lines[idx].Start + col)) }
	first := at.lines[0]
	if len(at.caption) > 0 && at.caption[0] < first {
		first = at.caption[0]
	}
	start := pos(first, 0)
	tab := model.Table{
		Line: start.Line, Col: 1,
		EndLine: pos(at.lines[len(at.lines)-1], 0).Line,
		Caption: captionText(t, at.caption),
		Header:  headerOf(header, cols),
		Columns: len(cols),
	}
	tab.Rows = tableRows(lines[firstData:], cols, pos)
	return tab, true
}

// tableLines splits the visible lines of a table, leaving out blank lines,
// rules ("-----", "=====") and the page's printed number.
func tableLines(t *visible.Text, idxs []int) []tline {
	var lines []tline
	for _, i := range idxs {
		s := strings.TrimSpace(t.Text(i))
		if t.Lines[i].PageNumber || s == "" || strings.Trim(s, "-=_ \t") == "" {
			continue
		}
		lines = append(lines, splitTableLine(t.Text(i), i))
	}
	return lines
}

// splitTableLine splits a line into fields at runs of two or more spaces;
// the leading fields that are not numbers form the label, without its dot
// leaders. A lone "$" joins the number after it.
func splitTableLine(s string, idx int) tline {
	l := tline{idx: idx, indent: len(s) - len(strings.TrimLeft(s, " \t"))}
	var fs []field
	sign := -1 // start of a lone "$" waiting for its number
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && !isFieldGap(s, j) {
			j++
		}
		switch s[i:j] {
		case "$", "($":
			sign = i
		default:
			if sign >= 0 {
				i, sign = sign, -1
			}
			_, num := parseNumber(s[i:j])
			fs = append(fs, field{text: s[i:j], start: i, end: j, num: num})
		}
		i = j
	}
	k := 0
	for k < len(fs) && !fs[k].num {
		k++
	}
	if k > 0 {
		l.labelCol = fs[0].start
		l.label = collapseSpaces(strings.TrimRight(s[fs[0].start:fs[k-1].end], ". "))
	}
	l.fields = fs[k:]
	l.all = fs
	return l
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
func isDataLine(l tline) bool {
	nums, years := 0, 0
	for _, f := range l.fields {
		if f.num {
			nums++
			if len(f.text) == 4 && f.text >= "1900" && f.text <= "2100" {
				years++
			}
		}
	}
	return nums > 0 && !(l.label == "" && years == nums)
}

// column is the horizontal extent of one value column.
type column struct{ start, end int }

// columnsOf clusters the right edges of the value fields of data lines.
func columnsOf(lines []tline) []column {
	var ends []int
	for _, l := range lines {
		for _, f := range l.fields {
			ends = append(ends, f.end)
		}
	}
	sort.Ints(ends)
	var cols []column
	for _, e := range ends {
		if n := len(cols); n > 0 && e-cols[n-1].end <= colTolerance {
			cols[n-1].end = e
			continue
		}
		cols = append(cols, column{start: e, end: e})
	}
	for _, l := range lines {
		for _, f := range l.fields {
			c := &cols[columnOf(cols, f.end)]
			c.start = min(c.start, f.start)
		}
	}
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
func headerOf(lines []tline, cols []column) []string {
	if len(lines) == 0 {
		return nil
	}
	parts := make([][]string, len(cols)+1)
	for _, l := range lines {
		for _, f := range l.all {
			if f.end <= cols[0].start-colTolerance {
				parts[0] = append(parts[0], f.text)
				continue
			}
			// A heading over several columns ("Year Ended December 31,")
			// heads each of them.
			spanned := false
			for i, c := range cols {
				if f.start < c.end && f.end > c.start {
					parts[i+1] = append(parts[i+1], f.text)
					spanned = true
				}
			}
			if !spanned {
				k := columnOf(cols, min(f.end, cols[len(cols)-1].end)) + 1
				parts[k] = append(parts[k], f.text)
			}
		}
	}
	h := make([]string, len(parts))
	for i, p := range parts {
		h[i] = collapseSpaces(strings.Join(p, " "))
	}
	return h
}

func captionText(t *visible.Text, lines []int) string {
	var parts []string
	for _, i := range lines {
		if s := strings.TrimSpace(t.Text(i)); strings.Trim(s, "-=_ \t") != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// isTOCBlock reports a <TABLE> that holds a table of contents: most of its
// lines are entries ending in page numbers. It is the TOC, not a table.
func isTOCBlock(t *visible.Text, lines []tline) bool {
	entries := 0
	for _, l := range lines {
		if _, ok := tocLine(t, l.idx); ok {
			entries++
		}
	}
	return entries >= 3 && entries*2 >= len(lines)
}
