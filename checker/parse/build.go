package parse

import (
	"sort"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// builder carries what every extraction step needs to turn positions in
// the visible text into positions in the file.
type builder struct {
	src   *source.File
	t     *visible.Text
	doc   *model.Document
	pages []model.Page
	// cursor and line make pos cheap for lookups that move forward
	// through the text, as the extraction steps' do.
	cursor *source.Cursor
	line   int
}

// pos returns the file position of visible-text offset off.
func (b *builder) pos(off int) source.Position { return b.cursor.Position(b.source(off)) }

// endPos returns the file position just past a match ending at off.
func (b *builder) endPos(off int) source.Position {
	if off <= 0 {
		return b.pos(0)
	}
	return b.cursor.Position(b.source(off-1) + 1)
}

// source returns the source offset of visible-text offset off.
func (b *builder) source(off int) int {
	if len(b.t.Lines) == 0 {
		return 0
	}
	b.line = b.t.LineNear(off, b.line)
	return b.t.SourceOn(b.line, off)
}

// phrase returns the text of the phrase at visible-text offsets [start,
// end), white space collapsed, and where it starts and ends in the file.
func (b *builder) phrase(start, end int) (text string, s, e source.Position) {
	return collapseSpaces(b.t.String[start:end]), b.pos(start), b.endPos(end)
}

// lineCol returns the file position of byte col of visible line i.
func (b *builder) lineCol(i, col int) source.Position { return b.pos(b.t.Lines[i].Start + col) }

// pageAt returns the printed number, label and index of the page holding
// visible-text offset off.
func (b *builder) pageAt(off int) (int, string, int) {
	idx := b.t.Lines[b.t.LineAt(off)].Page
	n, l := pageOf(b.pages, idx)
	return n, l, idx
}

// pageAtLine returns the printed number and label of the page holding a
// file line.
func (b *builder) pageAtLine(line int) (int, string) {
	i := sort.Search(len(b.pages), func(i int) bool { return b.pages[i].Line > line }) - 1
	for i >= 0 && b.pages[i].Line == 0 {
		i--
	}
	if i < 0 {
		return 0, ""
	}
	return b.pages[i].Number, b.pages[i].Label
}

// build turns a format parser's output into the document model.
func build(src *source.File, start, end int, p *parsed) *model.Document {
	t := p.text
	doc := &model.Document{Path: src.Name, Format: p.format, Header: map[string]string{}, Text: t.String}
	s, e := src.Position(start), src.Position(max(start, end-1))
	doc.Line, doc.Col, doc.EndLine = s.Line, s.Col, e.Line
	b := &builder{src: src, t: t, doc: doc, cursor: src.NewCursor()}
	b.pages = findPages(src, t)
	doc.Pages = b.pages
	doc.Lines = b.lines()
	toc := newTOCFinder(t)
	doc.Tables = b.tables(p, toc)
	starts := b.headings(findHeadings(t, p.format == "html"))
	doc.Sections = sections(doc, starts)
	doc.TOC = b.toc(findTOC(toc))
	b.phrases()
	b.sums()
	if p.format == "html" {
		doc.Markup = p.markup
	} else {
		doc.RawLines, doc.Tags = p.rawLines, p.tags
	}
	doc.SetTextMap(b)
	return doc
}

// Position implements model.TextMap. Unlike pos it keeps no state, so
// rules may call it from any goroutine.
func (b *builder) Position(off int) (line, col int) {
	if off < 0 || off > len(b.t.String) || len(b.t.Lines) == 0 {
		return 0, 0
	}
	p := b.src.Position(b.t.Source(off))
	return p.Line, p.Col
}

// lines returns the model's lines, one per visible line. Each is filled in
// place: a model.Line built aside and copied in is stored field by field
// and loaded back in wider words, which stalls the copy.
func (b *builder) lines() []model.Line {
	out := make([]model.Line, len(b.t.Lines))
	for i := range b.t.Lines {
		l := &b.t.Lines[i]
		p := b.cursor.Position(b.t.SourceOn(i, l.Start))
		o := &out[i]
		o.N, o.Col, o.Text = p.Line, p.Col, b.t.String[l.Start:l.End]
		o.Page, o.PageLabel = pageOf(b.pages, l.Page)
		o.PageIndex, o.InTable = l.Page, l.InTable
	}
	return out
}

func (b *builder) tables(p *parsed, toc *tocFinder) []model.Table {
	tabs := p.tables
	for _, at := range p.asciiTables {
		if len(at.lines) == 0 {
			continue
		}
		if tab, ok := buildASCIITable(b.src, b.t, at, toc); ok {
			tabs = append(tabs, tab)
		}
	}
	for i := range tabs {
		tabs[i].Page, tabs[i].PageLabel = b.pageAtLine(tabs[i].Line)
	}
	return tabs
}

// headings sets doc.Headings and returns each one's offset in the text.
func (b *builder) headings(hs []heading) []int {
	starts := make([]int, len(hs))
	b.doc.Headings = make([]model.Heading, len(hs))
	for i, h := range hs {
		// The heading starts on line first and ends on line last, each
		// holding text there: its offsets are mapped on those lines,
		// where pos, endPos and pageAt would search for them.
		first := &b.t.Lines[h.first]
		off := first.Start + h.col
		end := b.t.Lines[h.last].Start + len(trimBlankRight(b.t.Text(h.last)))
		s := b.cursor.Position(b.t.SourceOn(h.first, off))
		e := b.cursor.Position(b.t.SourceOn(h.last, end-1) + 1)
		idx := first.Page
		n, label := pageOf(b.pages, idx)
		starts[i] = off
		b.doc.Headings[i] = model.Heading{
			Text: h.text, Norm: normText(h.text), Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
			Page: n, PageLabel: label, PageIndex: idx, Level: h.level,
		}
	}
	return starts
}

// toc merges the tables of contents into doc.TOC, locating each entry's
// title and page number.
func (b *builder) toc(blocks []tocBlock) model.TOC {
	var toc model.TOC
	if len(blocks) == 0 {
		return toc
	}
	first := b.lineCol(blocks[0].line, 0)
	toc.Present, toc.Line, toc.Col = true, first.Line, first.Col
	for _, bl := range blocks {
		minIndent := 1 << 30
		for _, e := range bl.entries {
			minIndent = min(minIndent, e.indent)
		}
		for _, e := range bl.entries {
			title := e.fullTitle()
			t, ps, pe := b.lineCol(e.first, e.titleCol), b.lineCol(e.last, e.pageCol), b.endPos(b.t.Lines[e.last].Start+e.pageEnd)
			level := 1
			if e.indent > minIndent+2 {
				level = 2
			}
			toc.Entries = append(toc.Entries, model.TOCEntry{
				Title: title, Norm: normText(title), Page: e.number, PageLabel: e.label, Level: level,
				Line: t.Line, Col: t.Col, PageLine: ps.Line, PageCol: ps.Col, PageEndCol: pe.Col,
			})
			toc.EndLine = ps.Line
		}
	}
	return toc
}
