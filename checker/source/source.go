// Package source holds the bytes of an input file and turns byte offsets
// into line and column positions.
package source

import (
	"fmt"
	"sort"
)

// File is one input file: its name as the user gave it and its bytes.
// Positions are byte offsets into Data; Position turns them into line:col
// with a line table computed once.
type File struct {
	Name  string
	Data  []byte
	lines []int // offset of the first byte of each line
}

// New returns a File for name with the given content.
func New(name string, data []byte) *File {
	f := &File{Name: name, Data: data}
	f.lines = make([]int, 1, len(data)/60+1)
	for i, b := range data {
		if b == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

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
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
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
