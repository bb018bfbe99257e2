package parse

import "strings"

// An HTML table is read row by row. A row is buffered until it ends, then
// written as one visible line ("Risk Factors  5": cells joined by two
// spaces) — or, when its cells hold long multi-paragraph text (a layout
// table wrapping the body), as one line per paragraph — and kept for the
// table model. Tables nested in a cell are read as text of that cell.

// hcell is a cell of the row being read.
type hcell struct {
	runs      hruns
	col, span int // first grid column and colspan
}

// hrow is the row being read; its cell storage is reused row after row.
type hrow struct {
	cells      []hcell
	n          int // cells in use
	grid       int // grid column of the next cell
	text       bool
	breakAfter bool
}

func (r *hrow) hasText() bool { return r.text }

// hpiece is a cell of a finished row that has text.
type hpiece struct {
	cell       int // index in hrow.cells
	text       string
	start, end int // source offsets of its first byte and one past its last
}

// hmerged is a cell as a reader sees it: pieces first..last, which EDGAR
// often spreads over several cells ("$" | "1,234" | ")"); main is the
// piece holding the number.
type hmerged struct {
	first, last, main int
	text              string
	numeric, year     bool
}

// blockRowLen is how long a row whose cells hold several paragraphs must
// be to be written paragraph by paragraph rather than as one line.
const blockRowLen = 250

func (p *htmlParser) curCell() *hcell {
	if p.row == nil || p.row.n == 0 {
		return nil
	}
	return &p.row.cells[p.row.n-1]
}

// startTable starts the outermost table.
func (p *htmlParser) startTable() {
	p.endLine()
	p.tableSeq++
	p.tableFinal = append(p.tableFinal, 0)
	t := &p.tblBuf
	*t = htable{id: p.tableSeq, off: p.tokOff, rows: t.rows[:0], cells: t.cells[:0], spans: t.spans[:0], taken: t.taken[:0]}
	p.tbl = t
}

// startRow starts a row of the outermost table.
func (p *htmlParser) startRow() {
	p.endRow()
	p.endLine()
	p.row = &p.rowBuf
	p.row.n, p.row.grid, p.row.text, p.row.breakAfter = 0, 0, false, false
	if t := p.tbl; t != nil {
		for i, n := range t.spans {
			t.taken[i] = n > 0
			t.spans[i] = max(n-1, 0)
		}
	}
}

// maxRowspanCols bounds the grid columns rowspans are tracked in.
const maxRowspanCols = 4096

// startCell starts a cell spanning colspan grid columns and rowspan rows,
// at the next grid column that no cell of a row above still covers.
func (p *htmlParser) startCell(colspan, rowspan int) {
	if p.row == nil {
		p.startRow()
	}
	r := p.row
	t := p.tbl
	for t != nil && r.grid < len(t.taken) && t.taken[r.grid] {
		r.grid++
	}
	if r.n == len(r.cells) {
		r.cells = append(r.cells, hcell{})
	}
	c := &r.cells[r.n]
	r.n++
	c.runs.reset()
	c.col, c.span = r.grid, colspan
	r.grid += colspan
	if t != nil && rowspan > 1 && r.grid <= maxRowspanCols {
		for len(t.spans) < r.grid {
			t.spans = append(t.spans, 0)
			t.taken = append(t.taken, false)
		}
		for i := c.col; i < r.grid; i++ {
			t.spans[i] = max(t.spans[i], rowspan-1)
		}
	}
}

// endRow writes the row being read and keeps it for the table.
func (p *htmlParser) endRow() {
	r := p.row
	if r == nil {
		return
	}
	p.row = nil
	pieces := p.rowPieces(r)
	if len(pieces) > 0 {
		merged := p.mergePieces(pieces)
		id := 0
		if p.tbl != nil {
			id = p.tbl.id
		}
		block := isBlockRow(r, pieces)
		if block {
			p.writeBlockRow(r, id)
		} else {
			p.writeRowLine(r, pieces, merged, id)
		}
		if p.tbl != nil {
			p.tbl.addRow(r, pieces, merged, block)
		}
	}
	if r.breakAfter {
		p.pageBreak()
	}
}

// rowPieces returns the cells of r that hold text.
func (p *htmlParser) rowPieces(r *hrow) []hpiece {
	ps := p.pieces[:0]
	for i := range r.cells[:r.n] {
		rs := r.cells[i].runs.list
		first, last := -1, -1
		for j := range rs {
			if rs[j].kind != kBreak {
				if first < 0 {
					first = j
				}
				last = j
			}
		}
		if first < 0 {
			continue
		}
		ps = append(ps, hpiece{cell: i, text: p.runsText(rs), start: rs[first].src, end: rs[last].srcEnd})
	}
	p.pieces = ps
	return ps
}

// runsText returns the text of runs, a break as a space.
func (p *htmlParser) runsText(rs []hrun) string {
	if len(rs) == 1 && rs[0].kind != kBreak {
		return rs[0].s
	}
	p.buf = p.buf[:0]
	brk := false
	for i := range rs {
		if rs[i].kind == kBreak {
			brk = true
			continue
		}
		if brk && len(p.buf) > 0 {
			p.buf = append(p.buf, ' ')
		}
		brk = false
		p.buf = append(p.buf, rs[i].s...)
	}
	return string(p.buf)
}

// isBlockRow reports a row to write paragraph by paragraph: long, with a
// cell holding several paragraphs.
func isBlockRow(r *hrow, ps []hpiece) bool {
	n := 0
	for _, pc := range ps {
		n += len(pc.text)
	}
	if n <= blockRowLen {
		return false
	}
	for _, pc := range ps {
		rs := r.cells[pc.cell].runs.list
		for j := range rs[:max(len(rs)-1, 0)] {
			if rs[j].kind == kBreak {
				return true
			}
		}
	}
	return false
}

// writeRowLine writes a row as one visible line, its cells joined by two
// spaces and the pieces of a merged cell joined by nothing ("$1,234").
func (p *htmlParser) writeRowLine(r *hrow, ps []hpiece, ms []hmerged, table int) {
	pr := newLineProps()
	pr.multi = len(ms) > 1
	for mi, m := range ms {
		if mi > 0 {
			p.b.WriteMapped("  ", ps[m.first].start)
		}
		for k := m.first; k <= m.last; k++ {
			rs := r.cells[ps[k].cell].runs.list
			pr.add(rs)
			p.writeRuns(rs)
		}
	}
	p.finishLine(pr, table)
}

// writeBlockRow writes each paragraph of each cell as a line.
func (p *htmlParser) writeBlockRow(r *hrow, table int) {
	for i := range r.cells[:r.n] {
		rs := r.cells[i].runs.list
		for len(rs) > 0 {
			j := 0
			for j < len(rs) && rs[j].kind != kBreak {
				j++
			}
			if j > 0 {
				p.writeLine(rs[:j], table)
			}
			rs = rs[min(j+1, len(rs)):]
		}
	}
}

// mergePieces puts back together what EDGAR spreads over cells: a
// currency sign or "(" before a number, ")" or "%" after it.
func (p *htmlParser) mergePieces(ps []hpiece) []hmerged {
	ms := p.merged[:0]
	for i := 0; i < len(ps); i++ {
		m := hmerged{first: i, last: i, main: i}
		for isNumberPrefix(ps[m.last].text) && m.last+1 < len(ps) && startsNumber(ps[m.last+1].text) {
			m.last++
			m.main = m.last
		}
		for m.last+1 < len(ps) && isNumberSuffix(ps[m.last+1].text) && endsNumber(ps[m.last].text) {
			m.last++
		}
		i = m.last
		m.text = ps[m.first].text
		if m.last > m.first {
			var sb strings.Builder
			for k := m.first; k <= m.last; k++ {
				sb.WriteString(ps[k].text)
			}
			m.text = sb.String()
		}
		_, m.numeric = parseNumber(m.text)
		m.year = m.first == m.last && isYear(m.text)
		ms = append(ms, m)
	}
	p.merged = ms
	return ms
}

func isNumberPrefix(s string) bool {
	switch s {
	case "$", "US$", "U.S.$", "C$", "A$", "\u20ac", "\u00a3", "\u00a5", "(", "$(", "($":
		return true
	}
	return false
}

func isNumberSuffix(s string) bool {
	switch s {
	case ")", "%", ")%", "%)":
		return true
	}
	return false
}

// startsNumber reports text that can follow a currency sign: a digit,
// "(", ".", a minus or a dash.
func startsNumber(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == '(', c == '.', c == '-':
		return true
	}
	return strings.HasPrefix(s, "\u2014") || strings.HasPrefix(s, "\u2013") || strings.HasPrefix(s, "\u2212")
}

// endsNumber reports text that ")" or "%" can close: ending in a digit,
// "%" or a dash standing for zero.
func endsNumber(s string) bool {
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	return c >= '0' && c <= '9' || c == '%' || c == '-' ||
		strings.HasSuffix(s, "\u2014") || strings.HasSuffix(s, "\u2013")
}

// isYear reports a column-heading year: four digits, 1900–2100.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	n := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n >= 1900 && n <= 2100
}
