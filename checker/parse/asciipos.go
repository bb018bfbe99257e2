package parse

import (
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// asciiLocator turns a byte column of a visible line into a file position,
// as src.Position(t.Source(...)) does. The cells of a row lie on one source
// line, so it remembers the source line of its last answer and reckons
// columns on that line without searching the file's line table again.
type asciiLocator struct {
	src *source.File
	t   *visible.Text
	// line is the 1-based source line of the last answer (0 before the
	// first); start and end are the offsets of its first byte and of the
	// next line's (or the end of the file).
	line, start, end int
}

// pos returns the position of byte col of visible line idx.
func (l *asciiLocator) pos(idx, col int) source.Position {
	vis := l.t.Lines[idx].Start + col
	var off int
	if vis <= l.t.Lines[idx].End {
		off = l.t.SourceOn(idx, vis) // no need to search for the line
	} else {
		off = l.t.Source(vis)
	}
	if l.line > 0 && off >= l.start && off < l.end {
		return source.Position{Line: l.line, Col: off - l.start + 1}
	}
	p := l.src.Position(off)
	l.line, l.start, l.end = p.Line, l.src.LineStart(p.Line), l.src.LineStart(p.Line+1)
	return p
}
