package parse

import (
	"strings"

	"github.com/filinglint/filinglint/checker/model"
)

// tableRows makes rows from the data part of an ASCII table. A line with a
// label and no values joins the row after it when that row continues it
// (deeper indent, lower-case start) — a label wrapped before its numbers —
// and otherwise the row before it — a label wrapped after its numbers —
// unless it ends with a colon, which makes it a section label row.
func tableRows(lines []tline, cols []column, loc *asciiLocator) []model.Row {
	rows := make([]model.Row, 0, len(lines))
	cells := newCellSlab(len(lines), len(cols))
	var prefix *tline // a label line waiting for the row it starts
	for k := range lines {
		l := &lines[k]
		if len(l.fields) == 0 {
			next := nextDataLine(lines, k)
			switch {
			case strings.HasSuffix(l.label, ":") || len(rows) == 0 && next == nil:
				rows = append(rows, labelRow(l, cells.take(), loc))
			case next != nil && continuesLabel(l, next):
				prefix = l
			case len(rows) > 0 && prefix == nil && lastHasCells(rows):
				r := &rows[len(rows)-1]
				r.Label = r.Label + " " + l.label
				r.EndLine = loc.pos(l.idx, 0).Line
				r.Total = isTotalLabel(r.Label)
			default:
				rows = append(rows, labelRow(l, cells.take(), loc))
			}
			continue
		}
		r := valueRow(l, cols, cells.take(), loc)
		if prefix != nil {
			p := loc.pos(prefix.idx, prefix.labelCol)
			r.Line, r.Col = p.Line, p.Col
			r.Label = strings.TrimSpace(prefix.label + " " + r.Label)
			r.Total = isTotalLabel(r.Label)
			prefix = nil
		}
		rows = append(rows, r)
	}
	return rows
}

// cellSlab hands out the cells of a table's rows from one allocation: a
// row per line at most, a cell per column.
type cellSlab struct {
	cells []model.Cell
	width int
}

// newCellSlab returns a slab for up to rows rows of width cells.
func newCellSlab(rows, width int) *cellSlab {
	return &cellSlab{cells: make([]model.Cell, rows*width), width: width}
}

// take returns the next row's cells, capped so that appending to them
// copies rather than overwrites the next row's.
func (s *cellSlab) take() []model.Cell {
	c := s.cells[:s.width:s.width]
	s.cells = s.cells[s.width:]
	return c
}

// lastHasCells reports whether the last row holds a value in any cell.
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
func continuesLabel(l, next *tline) bool {
	if next.label == "" {
		return true
	}
	if next.indent > l.indent {
		return true
	}
	if c := next.label[0]; c >= 'a' && c <= 'z' {
		return true
	}
	return lowerIsAny(lastField(l.label), labelJoiners)
}

// labelJoiners are the words that leave a table label unfinished ("Cost
// of").
var labelJoiners = []string{"and", "of", "the", "for", "in", "to", "&", "on", "or", "with", "from"}

// labelRow makes a row with a label and no values, such as "Revenues:";
// it has an empty cell per column so rules can index any row alike.
func labelRow(l *tline, cells []model.Cell, loc *asciiLocator) model.Row {
	p := loc.pos(l.idx, l.labelCol)
	r := model.Row{Line: p.Line, Col: p.Col, EndLine: p.Line, Label: l.label, Total: isTotalLabel(l.label), Cells: cells}
	for k := range r.Cells {
		r.Cells[k].Line = p.Line
	}
	return r
}

// valueRow places a line's fields in their columns; columns it leaves
// blank are empty cells. A field's number was parsed when the line was
// split; only cells that join two fields parse their text again.
func valueRow(l *tline, cols []column, cells []model.Cell, loc *asciiLocator) model.Row {
	first := l.labelCol
	if l.label == "" {
		first = l.fields[0].start
	}
	lp := loc.line(l.idx)
	p := lp.at(first)
	r := model.Row{Line: p.Line, Col: p.Col, EndLine: p.Line, Label: l.label, Total: isTotalLabel(l.label), Cells: cells}
	k := 0
	for i := range l.fields {
		f := &l.fields[i]
		k = valueColumn(cols, k, f.end)
		s, e := lp.at(f.start), lp.at(f.end)
		if prev := &r.Cells[k]; prev.Text != "" {
			r.Cells[k] = newCell(prev.Text+" "+l.text(f), prev.Line, prev.Col, e.Col)
			continue
		}
		setFieldCell(&r.Cells[k], l.text(f), f, s.Line, s.Col, e.Col)
	}
	for k := range r.Cells {
		if r.Cells[k].Line == 0 {
			r.Cells[k].Line = p.Line
		}
	}
	return r
}

// setFieldCell sets c to the cell of one field as newCell would make it,
// reusing the number parsed with the field unless trimming changes the
// text. It writes c in place, the cell being large, and asks isTrimmed
// only of text that starts or ends with a byte that may be white space:
// a field's text seldom does, and the call costs more than the test.
func setFieldCell(c *model.Cell, text string, f *field, line, col, endCol int) {
	if f.unit < 0 || (mayBeSpace(text[0]) || mayBeSpace(text[len(text)-1])) && !isTrimmed(text) {
		*c = newCell(text, line, col, endCol)
		return
	}
	*c = model.Cell{Text: text, Line: line, Col: col, EndCol: endCol}
	if f.num {
		c.Value, c.Unit, c.IsNumber = f.value, numUnits[f.unit], true
	}
}
