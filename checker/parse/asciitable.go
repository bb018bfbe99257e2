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
}

// colTolerance is how far apart right edges of numbers may be and still
// stand in one column ("(1,234)" hangs its parenthesis one column right).
const colTolerance = 2

// buildASCIITable turns a <TABLE> block into a table: columns from the
// right edges of numbers, header lines above the first row of numbers
// assigned to the columns they overlap, and labels that wrap onto a second
// line joined into one row.
func buildASCIITable(src *source.File, t *visible.Text, at asciiTable) (model.Table, bool) {
	var lines []tline
	for _, i := range at.lines {
		if t.Lines[i].PageNumber || strings.TrimSpace(t.Text(i)) == "" {
			continue
		}
		lines = append(lines, splitTableLine(t.Text(i), i))
	}
	firstData := -1
	for k, l := range lines {
		if isDataLine(l) {
			firstData = k
			break
		}
	}
	if firstData < 0 {
		return model.Table{}, false
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
		Header:  headerOf(lines[:firstData], cols),
		Columns: len(cols),
	}
	tab.Rows = tableRows(lines[firstData:], cols, pos)
	return tab, true
}

// splitTableLine splits a line into fields at runs of two or more spaces;
// the leading fields that are not numbers form the label.
func splitTableLine(s string, idx int) tline {
	l := tline{idx: idx, indent: len(s) - len(strings.TrimLeft(s, " \t"))}
	var fs []field
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && !(s[j] == '\t' || s[j] == ' ' && (j+1 >= len(s) || s[j+1] == ' ' || s[j+1] == '\t')) {
			j++
		}
		text := s[i:j]
		_, num := parseNumber(text)
		fs = append(fs, field{text: text, start: i, end: j, num: num})
		i = j
	}
	k := 0
	for k < len(fs) && !fs[k].num {
		k++
	}
	if k > 0 {
		l.labelCol = fs[0].start
		l.label = collapseSpaces(s[fs[0].start:fs[k-1].end])
	}
	l.fields = fs[k:]
	return l
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
		all := l.fields
		if l.label != "" {
			all = append([]field{{text: l.label, start: l.labelCol, end: l.labelCol + len(l.label)}}, all...)
		}
		for _, f := range all {
			k := 0
			if f.end > cols[0].start-colTolerance {
				k = columnOf(cols, min(f.end, cols[len(cols)-1].end)) + 1
				for i, c := range cols {
					if f.start <= c.end && f.end >= c.start {
						k = i + 1
						break
					}
				}
			}
			parts[k] = append(parts[k], f.text)
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
		if s := strings.TrimSpace(t.Text(i)); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}
