package parse

import (
	"strings"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// tableRows makes rows from the data part of an ASCII table. A line with a
// label and no values joins the row after it when that row continues it
// (deeper indent, lower-case start) — a label wrapped before its numbers —
// and otherwise the row before it — a label wrapped after its numbers —
// unless it ends with a colon, which makes it a section label row.
func tableRows(lines []tline, cols []column, pos func(idx, col int) source.Position) []model.Row {
	var rows []model.Row
	var prefix *tline // a label line waiting for the row it starts
	for k := range lines {
		l := lines[k]
		if len(l.fields) == 0 {
			next := nextDataLine(lines, k)
			switch {
			case strings.HasSuffix(l.label, ":") || len(rows) == 0 && next == nil:
				rows = append(rows, labelRow(l, cols, pos))
			case next != nil && continuesLabel(l, *next):
				prefix = &lines[k]
			case len(rows) > 0 && prefix == nil && lastHasCells(rows):
				r := &rows[len(rows)-1]
				r.Label = r.Label + " " + l.label
				r.EndLine = pos(l.idx, 0).Line
				r.Total = isTotalLabel(r.Label)
			default:
				rows = append(rows, labelRow(l, cols, pos))
			}
			continue
		}
		r := valueRow(l, cols, pos)
		if prefix != nil {
			p := pos(prefix.idx, prefix.labelCol)
			r.Line, r.Col = p.Line, p.Col
			r.Label = strings.TrimSpace(prefix.label + " " + r.Label)
			r.Total = isTotalLabel(r.Label)
			prefix = nil
		}
		rows = append(rows, r)
	}
	return rows
}

func lastHasCells(rows []model.Row) bool {
	for _, c := range rows[len(rows)-1].Cells {
		if c.Text != "" {
			return true
		}
	}
	return false
}

// nextDataLine returns the line after k when it holds values.
func nextDataLine(lines []tline, k int) *tline {
	if k+1 < len(lines) && len(lines[k+1].fields) > 0 {
		return &lines[k+1]
	}
	return nil
}

// continuesLabel reports whether next's label continues l's: it is
// indented deeper, starts in lower case, or l ends with a joining word.
func continuesLabel(l, next tline) bool {
	if next.label == "" {
		return true
	}
	if next.indent > l.indent {
		return true
	}
	if c := next.label[0]; c >= 'a' && c <= 'z' {
		return true
	}
	f := strings.Fields(strings.ToLower(l.label))
	switch f[len(f)-1] {
	case "and", "of", "the", "for", "in", "to", "&", "on", "or", "with", "from":
		return true
	}
	return false
}

// labelRow makes a row with a label and no values, such as "Revenues:";
// it has an empty cell per column so rules can index any row alike.
func labelRow(l tline, cols []column, pos func(idx, col int) source.Position) model.Row {
	p := pos(l.idx, l.labelCol)
	r := model.Row{Line: p.Line, Col: p.Col, EndLine: p.Line, Label: l.label, Total: isTotalLabel(l.label)}
	r.Cells = make([]model.Cell, len(cols))
	for k := range r.Cells {
		r.Cells[k].Line = p.Line
	}
	return r
}

// valueRow places a line's fields in their columns; columns it leaves
// blank are empty cells.
func valueRow(l tline, cols []column, pos func(idx, col int) source.Position) model.Row {
	first := l.labelCol
	if l.label == "" {
		first = l.fields[0].start
	}
	p := pos(l.idx, first)
	r := model.Row{Line: p.Line, Col: p.Col, EndLine: p.Line, Label: l.label, Total: isTotalLabel(l.label)}
	r.Cells = make([]model.Cell, len(cols))
	for _, f := range l.fields {
		k := columnOf(cols, f.end)
		s, e := pos(l.idx, f.start), pos(l.idx, f.end)
		c := newCell(f.text, s.Line, s.Col, e.Col)
		if prev := r.Cells[k]; prev.Text != "" {
			c = newCell(prev.Text+" "+f.text, prev.Line, prev.Col, e.Col)
		}
		r.Cells[k] = c
	}
	for k := range r.Cells {
		if r.Cells[k].Line == 0 {
			r.Cells[k].Line = p.Line
		}
	}
	return r
}
