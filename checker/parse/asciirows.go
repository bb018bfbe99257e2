package parse

import (
	"strings"

	"github.com/filinglint/filinglint/checker/model"
)

// tableRows makes rows from the data part of an ASCII table. A line with a
// label and no values joins the row after it when that row continues it
// (deeper indent, lower-case start) — a label wrapped before its numbers —
// and otherwise the row before it — a label wrapped after its numbers —
// unless it ends with a colon, which makes it a section label row. What
// each line becomes is planned first (see planRows), so that the rows and
// their cells take one allocation each, of their size, and each row is
// made where it stays.
func (sc *asciiScratch) tableRows(lines []tline, cols []column, loc *asciiLocator) []model.Row {
	kinds, n := planRows(lines, sc.kinds[:0])
	sc.kinds = kinds
	rows := make([]model.Row, n)
	cells := newCellSlab(n, len(cols))
	var prefix *tline // a label line waiting for the row it starts
	next := 0         // the row to make next
	for k := range lines {
		l := &lines[k]
		switch kinds[k] {
		case labelOnlyRow:
			setLabelRow(&rows[next], l, cells.take(), loc)
			next++
		case prefixLabel:
			prefix = l
		case joinedLabel:
			r := &rows[next-1]
			r.Label = r.Label + " " + l.label
			r.EndLine = loc.pos(l.idx, 0).Line
			r.Total = isTotalRow(r.Label)
		default:
			r := &rows[next]
			next++
			setValueRow(r, l, cells.take(), loc)
			if prefix != nil {
				p := loc.pos(prefix.idx, prefix.labelCol)
				r.Line, r.Col = p.Line, p.Col
				r.Label = strings.TrimSpace(prefix.label + " " + r.Label)
				r.Total = isTotalRow(r.Label)
				prefix = nil
			}
		}
	}
	return rows
}

// rowKind is what tableRows makes of a line.
type rowKind uint8

const (
	valuesRow    rowKind = iota // a row of values
	labelOnlyRow                // a row of a label and empty cells
	prefixLabel                 // the start of the label of the row after
	joinedLabel                 // the end of the label of the row before
)

// planRows appends to kinds what tableRows makes of each line and
// returns them with the number of rows they make. A row holds a value in
// some cell exactly when it was made from a line with values: each of its
// fields, whose text is never empty, has a cell, and joined labels add no
// cell. So the rows need not be made to be planned. A prefix line is
// followed by a line with values, which takes its label, so no label line
// finds one waiting.
func planRows(lines []tline, kinds []rowKind) ([]rowKind, int) {
	rows, lastValues := 0, false
	for k := range lines {
		l := &lines[k]
		kind := valuesRow
		if len(l.fields) == 0 {
			next := nextDataLine(lines, k)
			switch {
			case strings.HasSuffix(l.label, ":") || rows == 0 && next == nil:
				kind = labelOnlyRow
			case next != nil && continuesLabel(l, next):
				kind = prefixLabel
			case rows > 0 && lastValues:
				kind = joinedLabel
			default:
				kind = labelOnlyRow
			}
		}
		kinds = append(kinds, kind)
		if kind == valuesRow || kind == labelOnlyRow {
			rows++
			lastValues = kind == valuesRow
		}
	}
	return kinds, rows
}

// cellSlab hands out the cells of a table's rows from one allocation, a
// cell per column of each row.
type cellSlab struct {
	cells []model.Cell
	width int
}

// newCellSlab returns a slab for rows rows of width cells.
func newCellSlab(rows, width int) cellSlab {
	return cellSlab{cells: make([]model.Cell, rows*width), width: width}
}

// take returns the next row's cells, capped so that appending to them
// copies rather than overwrites the next row's.
func (s *cellSlab) take() []model.Cell {
	c := s.cells[:s.width:s.width]
	s.cells = s.cells[s.width:]
	return c
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

// setLabelRow sets r, a zero row, to a row with a label and no values,
// such as "Revenues:"; it has an empty cell per column so rules can index
// any row alike.
func setLabelRow(r *model.Row, l *tline, cells []model.Cell, loc *asciiLocator) {
	p := loc.pos(l.idx, l.labelCol)
	r.Line, r.Col, r.EndLine = p.Line, p.Col, p.Line
	r.Label, r.Total, r.Cells = l.label, isTotalRow(l.label), cells
	for k := range r.Cells {
		r.Cells[k].Line = p.Line
	}
}

// setValueRow sets r, a zero row, to the row of a line's fields, placed in
// their columns (see columnsOf); columns it leaves blank are empty
// cells. A field's number was parsed when the line was split; only cells
// that join two fields parse their text again. The fields end left to
// right, so their columns come in order: a field joins the cell before it
// when it falls in the same column, and the cells skipped are the empty
// ones, so that cells are written but not read.
func setValueRow(r *model.Row, l *tline, cells []model.Cell, loc *asciiLocator) {
	first := l.labelCol
	if l.label == "" {
		first = l.fields[0].start
	}
	lp := loc.line(l.idx)
	p := lp.at(first)
	r.Line, r.Col, r.EndLine = p.Line, p.Col, p.Line
	r.Label, r.Total, r.Cells = l.label, isTotalRow(l.label), cells
	next := 0 // the first cell not set yet
	for i := range l.fields {
		f := &l.fields[i]
		k := int(f.col)
		s, e := lp.at(f.start), lp.at(f.end)
		if k < next {
			prev := &cells[k]
			cells[k] = newCell(prev.Text+" "+l.text(f), prev.Line, prev.Col, e.Col)
			continue
		}
		for ; next < k; next++ {
			cells[next].Line = p.Line
		}
		setFieldCell(&cells[k], l.text(f), f, s.Line, s.Col, e.Col) // a cell not set yet is zero
		next = k + 1
	}
	for ; next < len(cells); next++ {
		cells[next].Line = p.Line
	}
}

// setFieldCell sets c, a zero cell, to the cell of one field as newCell
// would make it, reusing the number parsed with the field unless trimming
// changes the text. It writes the fields of c one by one: a whole cell
// would be built on the stack and copied, the cell being large. It asks
// isTrimmed only of text that starts or ends with a byte that may be
// white space: a field's text seldom does, and the call costs more than
// the test.
func setFieldCell(c *model.Cell, text string, f *field, line, col, endCol int) {
	if f.unit < 0 || (mayBeSpace(text[0]) || mayBeSpace(text[len(text)-1])) && !isTrimmed(text) {
		*c = newCell(text, line, col, endCol)
		return
	}
	c.Text, c.Line, c.Col, c.EndCol = text, line, col, endCol
	if f.num {
		c.Value, c.Unit, c.IsNumber = f.value, numUnits[f.unit], true
	}
}

// isTotalRow reports isTotalLabel(label), most labels by their first byte
// alone: a byte that is no white space stays first when the label is
// trimmed, and a total's label then starts with "t" or "n", in either
// case, the only bytes that fold to them.
func isTotalRow(label string) bool {
	if label != "" && !mayBeSpace(label[0]) && label[0]|0x20 != 't' && label[0]|0x20 != 'n' {
		return false
	}
	return isTotalLabel(label)
}
