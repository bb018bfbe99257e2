package parse

import (
	"slices"
	"sort"
	"strings"

	"github.com/filinglint/filinglint/checker/model"
)

// htable is the outermost table being read: its rows with their cells
// placed on the grid the colspans make.
type htable struct {
	id      int // provisional id, on the table's visible lines
	off     int // source offset of <table>
	caption string
	rows    []htrow
	cells   []htcell
	spans   []int  // per grid column: rows below still covered by a rowspan
	taken   []bool // per grid column: covered in the current row
}

// htrow is a finished row: cells[first:first+n].
type htrow struct {
	first, n   int
	start, end int // source offsets of its first text and past its last
	block      bool
}

// htcell is a finished cell. start and end locate the number itself when
// the cell was merged from pieces; col0..col1 are the grid columns it
// spans and anchor the last grid column of its number.
type htcell struct {
	text               string
	start, end         int
	col0, col1, anchor int
	numeric, year      bool
}

// hgroup is a value column: the grid columns lo..hi its numbers end in.
type hgroup struct{ lo, hi int }

// addRow keeps a finished row.
func (t *htable) addRow(r *hrow, ps []hpiece, ms []hmerged, block bool) {
	t.rows = append(t.rows, htrow{first: len(t.cells), n: len(ms), start: ps[0].start, end: ps[len(ps)-1].end, block: block})
	for _, m := range ms {
		first, last, main := &r.cells[ps[m.first].cell], &r.cells[ps[m.last].cell], &r.cells[ps[m.main].cell]
		t.cells = append(t.cells, htcell{
			text: m.text, start: ps[m.main].start, end: ps[m.main].end,
			col0: first.col, col1: last.col + last.span, anchor: main.col + main.span - 1,
			numeric: m.numeric, year: m.year,
		})
	}
}

func (t *htable) rowCells(r htrow) []htcell { return t.cells[r.first : r.first+r.n] }

// endTable ends the outermost table and keeps its model when it is a
// table of data rather than layout: a row of several cells (not written
// paragraph by paragraph), and several rows or a number.
func (p *htmlParser) endTable() {
	t := p.tbl
	if t == nil {
		return
	}
	p.endRow()
	p.tbl = nil
	multi, numeric := false, false
	for _, r := range t.rows {
		multi = multi || !r.block && r.n >= 2
		for _, c := range t.rowCells(r) {
			numeric = numeric || c.numeric && !c.year
		}
	}
	if !multi || len(t.rows) < 2 && !numeric {
		return
	}
	p.tables = append(p.tables, p.modelTable(t))
	p.tableFinal[t.id-1] = len(p.tables)
}

// modelTable builds the model of a table: value columns from where the
// numbers stand, a label per row, one cell per value column in each row
// and the header from the rows before the first row of numbers.
func (p *htmlParser) modelTable(t *htable) model.Table {
	at, end := p.cursor.Position(t.off), p.cursor.Position(p.tokOff)
	mt := model.Table{Line: at.Line, Col: at.Col, EndLine: end.Line, Caption: t.caption}
	gs, first := t.columns()
	mt.Columns = len(gs)
	if first > 0 && len(gs) > 0 {
		mt.Header = t.header(gs, first)
	}
	mt.Rows = make([]model.Row, 0, len(t.rows))
	for i, r := range t.rows {
		mt.Rows = append(mt.Rows, p.modelRow(t, r, gs, i >= first))
	}
	if len(gs) == 0 {
		for _, r := range mt.Rows {
			mt.Columns = max(mt.Columns, len(r.Cells))
		}
		for i := range mt.Rows {
			for len(mt.Rows[i].Cells) < mt.Columns {
				mt.Rows[i].Cells = append(mt.Rows[i].Cells, model.Cell{})
			}
		}
	}
	return mt
}

// modelRow builds one row; gs are the value columns (none: cells in
// order), body tells a row from the first row of numbers on.
func (p *htmlParser) modelRow(t *htable, r htrow, gs []hgroup, body bool) model.Row {
	cs := t.rowCells(r)
	at := p.cursor.Position(r.start)
	mr := model.Row{Line: at.Line, Col: at.Col, EndLine: p.cursor.Position(max(r.end-1, r.start)).Line}
	if isLabel(cs[0], gs, body) {
		mr.Label, mr.Total = cs[0].text, isTotalLabel(cs[0].text)
		cs = cs[1:]
	}
	if len(gs) == 0 {
		for _, c := range cs {
			mr.Cells = append(mr.Cells, p.modelCell(c))
		}
		return mr
	}
	mr.Cells = make([]model.Cell, len(gs))
	var extra map[int][]string // texts of further cells in a column, in order
	for _, c := range cs {
		g := groupOf(gs, c)
		if mr.Cells[g].Text == "" {
			mr.Cells[g] = p.modelCell(c)
			continue
		}
		if extra == nil {
			extra = map[int][]string{}
		}
		extra[g] = append(extra[g], c.text)
	}
	for g, texts := range extra {
		old := mr.Cells[g]
		mr.Cells[g] = newCell(old.Text+" "+strings.Join(texts, " "), old.Line, old.Col, old.EndCol)
	}
	return mr
}

// modelCell locates a cell; its end column is cut at the end of its first
// source line.
func (p *htmlParser) modelCell(c htcell) model.Cell {
	end := c.end
	if i := strings.IndexByte(p.doc[c.start-p.base:end-p.base], '\n'); i >= 0 {
		end = c.start + i
	}
	at := p.cursor.Position(c.start)
	return newCell(c.text, at.Line, at.Col, p.cursor.Position(end).Col)
}

// isLabel reports whether a row's first cell is its label: not a number,
// starting left of the value columns and, in a heading row, ending there.
func isLabel(c htcell, gs []hgroup, body bool) bool {
	return !c.numeric && (len(gs) == 0 || c.col0 < gs[0].lo && (body || c.col1 <= gs[0].lo))
}

// columns finds the value columns: the grid columns where the numbers of
// the rows from the first row of numbers on end (and where text cells
// stand that cover none), adjacent ones merged when no row fills both. It
// also returns the index of that first row, -1 when no row holds numbers
// (years in a heading row do not count).
func (t *htable) columns() ([]hgroup, int) {
	first := -1
	for i, r := range t.rows {
		for _, c := range t.rowCells(r) {
			if c.numeric && !c.year {
				first = i
				break
			}
		}
		if first >= 0 {
			break
		}
	}
	if first < 0 {
		return nil, -1
	}
	var cols []int
	for _, r := range t.rows[first:] {
		for _, c := range t.rowCells(r) {
			if c.numeric {
				cols = append(cols, c.anchor)
			}
		}
	}
	slices.Sort(cols)
	cols = slices.Compact(cols)
	n := len(cols)
	for _, r := range t.rows[first:] {
		for j, c := range t.rowCells(r) {
			if !c.numeric && j > 0 && !isNumberSuffix(c.text) && !anyIn(cols[:n], c.col0, c.col1) {
				cols = append(cols, c.col1-1)
			}
		}
	}
	slices.Sort(cols)
	cols = slices.Compact(cols)
	return t.mergeColumns(cols, first), first
}

// mergeColumns makes value columns of the sorted grid columns cols,
// merging neighbours that no row from row first on fills both of.
func (t *htable) mergeColumns(cols []int, first int) []hgroup {
	together := make([]bool, len(cols))
	var seen []int
	for _, r := range t.rows[first:] {
		seen = seen[:0]
		for _, c := range t.rowCells(r) {
			k := c.col1 - 1
			if c.numeric {
				k = c.anchor
			}
			if i, ok := slices.BinarySearch(cols, k); ok {
				seen = append(seen, i)
			}
		}
		slices.Sort(seen)
		for j := 1; j < len(seen); j++ {
			if seen[j] == seen[j-1]+1 {
				together[seen[j]] = true
			}
		}
	}
	var gs []hgroup
	for i, c := range cols {
		if n := len(gs); n > 0 && c == gs[n-1].hi+1 && !together[i] {
			gs[n-1].hi = c
			continue
		}
		gs = append(gs, hgroup{c, c})
	}
	return gs
}

// header joins, per column, the texts of the heading rows: the rows
// before row first, up to the last one with text over the value columns
// (label-only rows just above the numbers, "Revenue:", belong to the
// body). The label column comes first.
func (t *htable) header(gs []hgroup, first int) []string {
	for first > 0 && !t.overValues(t.rows[first-1], gs) {
		first--
	}
	if first == 0 {
		return nil
	}
	parts := make([][]string, len(gs)+1)
	add := func(i int, s string) { parts[i] = append(parts[i], s) }
	for _, r := range t.rows[:first] {
		for _, c := range t.rowCells(r) {
			hit := false
			for i := groupFrom(gs, c.col0); i < len(gs) && gs[i].lo < c.col1; i++ {
				add(i+1, c.text)
				hit = true
			}
			switch {
			case hit:
			case c.col1 <= gs[0].lo:
				add(0, c.text)
			default:
				add(nearestGroup(gs, c)+1, c.text)
			}
		}
	}
	h := make([]string, len(parts))
	for i, ps := range parts {
		h[i] = strings.Join(ps, " ")
	}
	return h
}

// overValues reports whether a row has a cell reaching the value columns.
func (t *htable) overValues(r htrow, gs []hgroup) bool {
	for _, c := range t.rowCells(r) {
		if c.col1 > gs[0].lo {
			return true
		}
	}
	return false
}

// groupOf returns the value column of a cell: the one its number ends in,
// else the first it spans, else the nearest.
func groupOf(gs []hgroup, c htcell) int {
	if c.numeric {
		if i := groupFrom(gs, c.anchor); i < len(gs) && gs[i].lo <= c.anchor {
			return i
		}
	}
	if i := groupFrom(gs, c.col0); i < len(gs) && gs[i].lo < c.col1 {
		return i
	}
	return nearestGroup(gs, c)
}

// groupFrom returns the index of the first value column ending at or
// after grid column col (len(gs) if none does).
func groupFrom(gs []hgroup, col int) int {
	return sort.Search(len(gs), func(i int) bool { return gs[i].hi >= col })
}

// nearestGroup returns the value column nearest to a cell that spans none.
func nearestGroup(gs []hgroup, c htcell) int {
	i := groupFrom(gs, c.col0)
	if i == len(gs) || i > 0 && c.col0-gs[i-1].hi <= gs[i].lo-(c.col1-1) {
		return i - 1
	}
	return i
}

// anyIn reports whether a sorted list holds a value in [lo, hi).
func anyIn(sorted []int, lo, hi int) bool {
	i, _ := slices.BinarySearch(sorted, lo)
	return i < len(sorted) && sorted[i] < hi
}
