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

// newASCIILocator returns a locator for the visible text t of src.
func newASCIILocator(src *source.File, t *visible.Text) *asciiLocator {
	return &asciiLocator{cursor: src.NewCursor(), t: t}
}

// pos returns the position of byte col of visible line idx.
func (l *asciiLocator) pos(idx, col int) source.Position {
	vis := l.t.Lines[idx].Start + col
	if vis <= l.t.Lines[idx].End {
		return l.cursor.Position(l.t.SourceOn(idx, vis)) // no need to search for the line
	}
	return l.cursor.Position(l.t.Source(vis))
}
