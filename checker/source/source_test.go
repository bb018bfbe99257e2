package source

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf8"
)

func TestPosition(t *testing.T) {
	f := New("x.txt", []byte("ab\ncd\r\n\nlast"))
	if got := f.LineCount(); got != 4 {
		t.Fatalf("LineCount = %d, want 4", got)
	}
	for _, tc := range []struct {
		off        int
		line, col  int
		wantOffset bool // Offset(Position(off)) == off
	}{
		{-5, 1, 1, false},
		{0, 1, 1, true},
		{1, 1, 2, true},
		{2, 1, 3, true}, // the newline itself
		{3, 2, 1, true},
		{7, 3, 1, true},
		{8, 4, 1, true},
		{11, 4, 4, true},
		{12, 4, 5, true}, // end of file
		{99, 4, 5, false},
	} {
		p := f.Position(tc.off)
		if p.Line != tc.line || p.Col != tc.col {
			t.Errorf("Position(%d) = %v, want %d:%d", tc.off, p, tc.line, tc.col)
		}
		if tc.wantOffset && f.Offset(p) != tc.off {
			t.Errorf("Offset(%v) = %d, want %d", p, f.Offset(p), tc.off)
		}
	}
	for n, want := range map[int]string{0: "", 1: "ab", 2: "cd", 3: "", 4: "last", 5: ""} {
		if got := string(f.Line(n)); got != want {
			t.Errorf("Line(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestEmptyFile(t *testing.T) {
	f := New("empty", nil)
	if f.LineCount() != 1 || f.Position(0) != (Position{1, 1}) || f.Position(10) != (Position{1, 1}) {
		t.Errorf("empty file: %d lines, Position(0) = %v", f.LineCount(), f.Position(0))
	}
	f = New("nl", []byte("\n\n"))
	if f.LineCount() != 3 || f.Position(1) != (Position{2, 1}) || f.LineStart(3) != 2 {
		t.Errorf("two newlines: %d lines, Position(1) = %v", f.LineCount(), f.Position(1))
	}
}

// TestCursor checks the cursor agrees with Position in every order of
// lookups: forward by small steps, by jumps, and backward.
func TestCursor(t *testing.T) {
	var data []byte
	for i := range 200 {
		data = append(data, make([]byte, i%7)...)
		data = append(data, '\n')
	}
	f := New("c", data)
	c := f.NewCursor()
	offs := []int{0, 1, 5, 6, 7, 30, 31, 400, 401, 399, 2, len(data), len(data) + 5, -1, 250}
	for off := 0; off <= len(data); off += 3 {
		offs = append(offs, off)
	}
	for _, off := range offs {
		if got, want := c.Position(off), f.Position(off); got != want {
			t.Fatalf("Cursor.Position(%d) = %v, want %v", off, got, want)
		}
	}
}

// TestLinesIn checks LinesIn against splitting the range at its newlines.
func TestLinesIn(t *testing.T) {
	data := []byte("ab\ncd\r\n\nlast")
	f := New("x", data)
	for start := -1; start <= len(data)+1; start++ {
		for end := start; end <= len(data)+1; end++ {
			var want []LineSpan
			s, e := max(start, 0), min(end, len(data))
			for off := s; off < e; {
				nl := bytes.IndexByte(data[off:e], '\n')
				le := e
				if nl >= 0 {
					le = off + nl
				}
				want = append(want, LineSpan{N: f.Position(off).Line, Start: off, End: le})
				off = le + 1
			}
			var got []LineSpan
			for l := range f.LinesIn(start, end) {
				got = append(got, l)
			}
			if !slices.Equal(got, want) {
				t.Errorf("LinesIn(%d, %d) = %v, want %v", start, end, got, want)
			}
		}
	}
	for l := range f.LinesIn(0, len(data)) {
		if l.N == 2 {
			break // stopping early must not panic
		}
	}
}

// TestValid checks Valid, which answers from the whole file's check, against
// utf8.Valid on every range of files valid and not, whose ranges cut runes.
func TestValid(t *testing.T) {
	for _, data := range []string{"", "a", "a\u00e9b\u20ac\U0001F600\n<c>", "a\xffb\u00e9", "\u00e9\xe2\x82", "\xf0\x9f\x98"} {
		f := New("x.txt", []byte(data))
		for start := 0; start <= len(data); start++ {
			for end := start; end <= len(data); end++ {
				if got, want := f.Valid(start, end), utf8.ValidString(data[start:end]); got != want {
					t.Errorf("Valid(%d, %d) of %q = %v, want %v", start, end, data, got, want)
				}
			}
		}
	}
}
