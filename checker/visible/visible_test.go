package visible

import (
	"reflect"
	"strings"
	"testing"
)

// TestSourceMap writes lines the way the parsers do — verbatim runs,
// runs from elsewhere in the source, mapped entities, blank lines, page
// breaks — and checks every offset maps back to where it came from.
func TestSourceMap(t *testing.T) {
	b := NewBuilder(0) // capacity 1: the segment store must grow
	b.Write("ab", 10)
	b.WriteBytes([]byte("cd"), 12) // adjacent: same segment
	b.Write("ef", 40)              // a jump
	b.WriteMapped("&", 50)
	b.Write("g", 56)
	b.EndLine(true, 0)
	b.EndLine(true, 60) // blank line standing at 60
	b.PageBreak()
	b.Write("xy", 70)
	b.Current().Bold = true
	txt := b.Text()

	if txt.String != "abcdef&g\n\nxy" {
		t.Fatalf("String = %q", txt.String)
	}
	if len(txt.Lines) != 3 || txt.Lines[2].Page != 1 || !txt.Lines[2].Bold || txt.Text(0) != "abcdef&g" {
		t.Fatalf("Lines = %+v", txt.Lines)
	}
	want := map[int]int{0: 10, 1: 11, 2: 12, 3: 13, 4: 40, 5: 41, 6: 50, 7: 56, 9: 60, 10: 70, 11: 71}
	for off, src := range want {
		if got := txt.Source(off); got != src {
			t.Errorf("Source(%d) = %d, want %d", off, got, src)
		}
	}
	if got := txt.SourceEnd(8); got != 57 {
		t.Errorf("SourceEnd(8) = %d, want 57", got)
	}
	for off, line := range map[int]int{-1: 0, 0: 0, 8: 0, 9: 1, 10: 2, 99: 2} {
		if got := txt.LineAt(off); got != line {
			t.Errorf("LineAt(%d) = %d, want %d", off, got, line)
		}
	}
}

// TestSegmentsStayPut checks that a line's mapping does not change when
// later lines grow the shared segment store.
func TestSegmentsStayPut(t *testing.T) {
	b := NewBuilder(0)
	for i := range 100 {
		b.Write("a", i*10)
		b.WriteMapped("b", i*10+5)
		b.EndLine(true, 0)
	}
	txt := b.Text()
	for i, l := range txt.Lines {
		if txt.Source(l.Start) != i*10 || txt.Source(l.Start+1) != i*10+5 {
			t.Fatalf("line %d maps to %d, %d", i, txt.Source(l.Start), txt.Source(l.Start+1))
		}
	}
}

func TestEmptyText(t *testing.T) {
	txt := NewBuilder(10).Text()
	if txt.String != "" || len(txt.Lines) != 0 || txt.Source(0) != 0 || txt.LineAt(5) != 0 {
		t.Errorf("empty text: %+v", txt)
	}
}

func TestLineNear(t *testing.T) {
	b := NewBuilder(0)
	for i := range 10 {
		b.Write("line", i*100)
		b.EndLine(true, 0)
	}
	txt := b.Text()
	for off := -1; off <= len(txt.String)+1; off++ {
		for _, hint := range []int{-1, 0, 3, 4, 5, 9, 10} {
			if got, want := txt.LineNear(off, hint), txt.LineAt(off); got != want {
				t.Fatalf("LineNear(%d, %d) = %d, want %d", off, hint, got, want)
			}
		}
	}
}

// TestLineSize guards the packing of Line, of which a document holds one
// per visible line.
func TestLineSize(t *testing.T) {
	if size := reflect.TypeFor[Line]().Size(); size > 64 {
		t.Errorf("Line is %d bytes, want at most 64: keep the flags together", size)
	}
}

// TestTrimmed checks Trimmed against strings.TrimSpace.
func TestTrimmed(t *testing.T) {
	lines := []string{
		"", "  ", " a ", "\tab\u00a0", "\u00a0\u2003x y\u2003", "\xff ", " \u0085", "plain", "a\u00a0 \u00a0",
		"                 deep", "        \t       x  ", "                \u00a0y", "                ",
	}
	b := NewBuilder(0)
	for i, l := range lines {
		b.Write(l, i*100)
		b.EndLine(true, i*100)
		// The same line again, written by the fast path.
		b.WriteLine([]byte(l), i*100)
	}
	txt := b.Text()
	for i, l := range lines {
		for _, k := range []int{2 * i, 2*i + 1} {
			if got, want := txt.Trimmed(k), strings.TrimSpace(l); got != want {
				t.Errorf("Trimmed(%d) = %q, want %q", k, got, want)
			}
		}
	}
}

func FuzzTrimBounds(f *testing.F) {
	for _, s := range []string{" a ", "\u00a0b\u2003", "\xe2\x80 x", "\t\u0085\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		i, j := trimBounds(s)
		if want := strings.TrimSpace(s); s[i:j] != want {
			t.Errorf("trimBounds(%q) = %q, want %q", s, s[i:j], want)
		}
	})
}

// TestWriteLine checks that WriteLine builds the same text, lines and
// source map as WriteBytes followed by EndLine(true, src), whether or not
// a line is open, for empty lines and across page breaks.
func TestWriteLine(t *testing.T) {
	type step struct {
		text string
		src  int
		open bool // write "<" at src-1 first, leaving the line open
		page bool // a page break before it
	}
	steps := []step{
		{text: "first", src: 0},
		{text: "", src: 6},
		{text: "  indented  ", src: 7, page: true},
		{text: "after open", src: 30, open: true},
		{text: "", src: 50, open: true},
		{text: "last", src: 60},
	}
	build := func(fast bool) *Text {
		b := NewBuilderLines(0, 1) // small: the stores must grow
		for _, s := range steps {
			if s.page {
				b.PageBreak()
			}
			if s.open {
				b.Write("<", s.src-1)
			}
			if fast {
				b.WriteLine([]byte(s.text), s.src)
			} else {
				b.WriteBytes([]byte(s.text), s.src)
				b.EndLine(true, s.src)
			}
			b.Last().InTable = true
		}
		return b.Text()
	}
	slow, fast := build(false), build(true)
	if fast.String != slow.String || !reflect.DeepEqual(fast.Lines, slow.Lines) || !reflect.DeepEqual(fast.trim, slow.trim) {
		t.Fatalf("WriteLine:\n%q %+v\nWriteBytes+EndLine:\n%q %+v", fast.String, fast.Lines, slow.String, slow.Lines)
	}
	for off := range len(slow.String) + 1 {
		if f, s := fast.Source(off), slow.Source(off); f != s {
			t.Errorf("Source(%d) = %d, want %d", off, f, s)
		}
	}
}
