package parse

import (
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// asciiLocator turns a byte column of a visible line into a file position,
// as src.Position(t.Source(...)) does. The cells of a row lie on one source
// line and rows come in order, so the line is known without a search and
// the file position comes from a cursor.
type asciiLocator struct {
	cursor *source.Cursor
	t      *visible.Text
}

// newASCIILocator returns a locator for the visible text t of src, as a
// value that its table may keep on the stack.
func newASCIILocator(src *source.File, t *visible.Text) asciiLocator {
	return asciiLocator{cursor: src.NewCursor(), t: t}
}

// pos returns the position of byte col of visible line idx.
func (l *asciiLocator) pos(idx, col int) source.Position {
	vis := l.t.Lines[idx].Start + col
	if vis <= l.t.Lines[idx].End {
		return l.cursor.Position(l.t.SourceOn(idx, vis)) // no need to search for the line
	}
	return l.cursor.Position(l.t.Source(vis))
}

// linePos locates the bytes of one visible line, for a row whose cells
// need a position each.
type linePos struct {
	loc       *asciiLocator
	idx       int
	line, col int // the position of its first byte when it is verbatim, else 0
}

// line returns the linePos of visible line idx. In the text of an ASCII
// document a visible line stands for one source line byte for byte, but
// for a U+FFFD standing for an invalid byte: three bytes for one (see
// writeASCIILine). So a line whose end stands as far from its start in the
// source as in the text is verbatim: its bytes, which hold no newline,
// stand at consecutive offsets of one source line, byte col of it col
// columns right of its first.
func (l *asciiLocator) line(idx int) linePos {
	vl := &l.t.Lines[idx]
	p := linePos{loc: l, idx: idx}
	if src := l.t.SourceOn(idx, vl.Start); l.t.SourceOn(idx, vl.End)-src == vl.End-vl.Start {
		start := l.cursor.Position(src)
		p.line, p.col = start.Line, start.Col
	}
	return p
}

// at returns the position of byte col of the line, as pos does; col is
// at most the line's length.
func (p *linePos) at(col int) source.Position {
	if p.line == 0 {
		return p.loc.pos(p.idx, col)
	}
	return source.Position{Line: p.line, Col: p.col + col}
}
