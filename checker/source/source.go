// Package source holds the bytes of an input file and turns byte offsets
// into line and column positions.
package source

import (
	"bytes"
	"fmt"
	"iter"
	"slices"
	"sync/atomic"
	"unicode/utf8"
)

// File is one input file: its name as the user gave it and its bytes.
// Positions are byte offsets into Data; Position turns them into line:col
// with a line table computed once.
type File struct {
	Name  string
	Data  []byte
	lines []int // offset of the first byte of each line
	// utf8 caches whether Data is UTF-8: 0 not yet known, else
	// utf8Valid or utf8Invalid.
	utf8 atomic.Int32
}

// The values of File.utf8 once known.
const (
	utf8Valid = 1 + iota
	utf8Invalid
)

// New returns a File for name with the given content.
func New(name string, data []byte) *File {
	f := &File{Name: name, Data: data}
	f.lines = make([]int, 1, len(data)/60+1)
	for i := 0; ; {
		nl := bytes.IndexByte(data[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
		f.lines = append(f.lines, i)
	}
	return f
}

// Valid reports whether Data[start:end] is UTF-8. The whole file is
// checked once, on first use, and the answer kept: a valid file's range
// that starts and ends where runes start is valid too, so only a range of
// an invalid file, or one cutting a rune, is checked on its own.
func (f *File) Valid(start, end int) bool {
	whole := f.utf8.Load()
	if whole == 0 {
		whole = utf8Invalid
		if utf8.Valid(f.Data) {
			whole = utf8Valid
		}
		f.utf8.Store(whole)
	}
	if whole == utf8Valid && runeStart(f.Data, start) && runeStart(f.Data, end) {
		return true
	}
	return utf8.Valid(f.Data[start:end])
}

// runeStart reports whether a rune starts at data[i], or i is the end.
func runeStart(data []byte, i int) bool { return i == len(data) || utf8.RuneStart(data[i]) }

// Position is a 1-based line and a 1-based byte column.
type Position struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// LineCount reports the number of lines (a final line without newline counts).
func (f *File) LineCount() int { return len(f.lines) }

// Position returns the line and column of offset off. Offsets past the end
// clamp to the end of the file.
func (f *File) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(f.Data) {
		off = len(f.Data)
	}
	i, found := slices.BinarySearch(f.lines, off)
	if !found {
		i--
	}
	return Position{Line: i + 1, Col: off - f.lines[i] + 1}
}

// LineStart returns the offset of the first byte of 1-based line n.
func (f *File) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(f.lines) {
		return len(f.Data)
	}
	return f.lines[n-1]
}

// Offset returns the byte offset of a 1-based line and column.
func (f *File) Offset(p Position) int {
	off := f.LineStart(p.Line) + p.Col - 1
	if off > len(f.Data) {
		off = len(f.Data)
	}
	return off
}

// Line returns the bytes of 1-based line n without its line ending.
func (f *File) Line(n int) []byte {
	if n < 1 || n > len(f.lines) {
		return nil
	}
	start := f.lines[n-1]
	end := len(f.Data)
	if n < len(f.lines) {
		end = f.lines[n] - 1
	}
	if end > start && f.Data[end-1] == '\r' {
		end--
	}
	return f.Data[start:end]
}

// Cursor turns offsets into positions for a caller that mostly moves
// forward through the file, such as a parser locating what it found in
// order: it walks on from the line of the previous lookup and searches the
// line table only after a jump. A Cursor is not safe for concurrent use.
type Cursor struct {
	f    *File
	line int // index of the line of the previous lookup
}

// maxCursorStep is how many lines a Cursor walks before it searches.
const maxCursorStep = 8

// NewCursor returns a Cursor at the start of f.
func (f *File) NewCursor() *Cursor { return &Cursor{f: f} }

// Position returns the position of offset off, as File.Position does.
func (c *Cursor) Position(off int) Position {
	f := c.f
	off = min(max(off, 0), len(f.Data))
	i := c.line
	if f.lines[i] > off {
		return c.search(off)
	}
	for step := 0; i+1 < len(f.lines) && f.lines[i+1] <= off; step++ {
		if step == maxCursorStep {
			return c.search(off)
		}
		i++
	}
	c.line = i
	return Position{Line: i + 1, Col: off - f.lines[i] + 1}
}

// search finds off's line in the whole table.
func (c *Cursor) search(off int) Position {
	p := c.f.Position(off)
	c.line = p.Line - 1
	return p
}

// LineSpan is a line of a File within a range of offsets: its 1-based
// number and the offsets of its first byte and of its end (its '\n', or the
// end of the range).
type LineSpan struct {
	N, Start, End int
}

// LinesIn returns the lines of f.Data[start:end] from the line table, so
// that a reader need not search for the newlines again. A range that
// starts or ends inside a line cuts it there.
func (f *File) LinesIn(start, end int) iter.Seq[LineSpan] {
	return func(yield func(LineSpan) bool) {
		start, end = max(start, 0), min(end, len(f.Data))
		if start >= end {
			return
		}
		n := f.Position(start).Line - 1 // index in f.lines
		for off := start; off < end; n++ {
			e := end
			if n+1 < len(f.lines) {
				e = min(f.lines[n+1]-1, end)
			}
			if !yield(LineSpan{N: n + 1, Start: off, End: e}) {
				return
			}
			off = e + 1
		}
	}
}
