// Package visible holds the visible text of a document — what a reader sees,
// tags and markup removed — as lines, each mapped back to byte offsets in the
// source file. Every format's parser writes one; every extractor reads one.
package visible

import (
	"sort"
	"strings"
)

// Text is the visible text of a document. String holds the lines joined by
// '\n'; Lines describes each of them.
type Text struct {
	String string
	Lines  []Line
}

// Line is one visible line: String[Start:End] without its '\n'.
type Line struct {
	Start, End int
	Page       int  // index of the page the line is on
	InTable    bool // inside a table (<TABLE> block or HTML table)
	Table      int  // 1-based table ordinal when InTable
	Caption    bool // inside an ASCII <CAPTION>
	Heading    int  // heading level the markup gives (h1..h6, bold or centred block); 0 if none
	Bold       bool // the whole line is bold
	Center     bool // the line is centred by markup
	PageNumber bool // the line is the page's printed number (set by page detection)
	segs       []seg
}

// seg maps String[lineStart+col ...] to the source. When linear, visible
// byte col+k stands at src+k; otherwise every byte of the run stands for the
// source bytes at src (a decoded entity, collapsed white space).
type seg struct {
	col    int
	src    int
	linear bool
}

// Text returns the line's text.
func (t *Text) Text(i int) string { return t.String[t.Lines[i].Start:t.Lines[i].End] }

// LineAt returns the index of the line holding String offset off.
func (t *Text) LineAt(off int) int {
	i := sort.Search(len(t.Lines), func(i int) bool { return t.Lines[i].Start > off }) - 1
	if i < 0 {
		i = 0
	}
	return i
}

// Source returns the source offset of String offset off.
func (t *Text) Source(off int) int {
	if len(t.Lines) == 0 {
		return 0
	}
	l := &t.Lines[t.LineAt(off)]
	col := off - l.Start
	if len(l.segs) == 0 {
		return 0
	}
	j := sort.Search(len(l.segs), func(j int) bool { return l.segs[j].col > col }) - 1
	if j < 0 {
		j = 0
	}
	s := l.segs[j]
	if s.linear {
		return s.src + col - s.col
	}
	return s.src
}

// SourceEnd returns the source offset just past String offset off-1: the end
// of a match ending at off.
func (t *Text) SourceEnd(off int) int {
	if off <= 0 {
		return t.Source(0)
	}
	return t.Source(off-1) + 1
}

// Builder writes a Text line by line.
type Builder struct {
	sb      strings.Builder
	lines   []Line
	cur     Line
	page    int
	started bool
}

// NewBuilder returns a Builder expecting about size bytes of text.
func NewBuilder(size int) *Builder {
	b := &Builder{}
	b.sb.Grow(size)
	b.lines = make([]Line, 0, size/50+1)
	return b
}

func (b *Builder) begin() {
	if b.started {
		return
	}
	b.started = true
	if len(b.lines) > 0 {
		b.sb.WriteByte('\n')
	}
	b.cur = Line{Start: b.sb.Len(), Page: b.page}
}

// Write appends s, which stands verbatim at source offset src.
func (b *Builder) Write(s string, src int) {
	if s == "" {
		return
	}
	b.begin()
	col := b.sb.Len() - b.cur.Start
	if n := len(b.cur.segs); n > 0 {
		last := b.cur.segs[n-1]
		if last.linear && last.src+col-last.col == src {
			b.sb.WriteString(s)
			return
		}
	}
	b.cur.segs = append(b.cur.segs, seg{col: col, src: src, linear: true})
	b.sb.WriteString(s)
}

// WriteMapped appends s, which stands for the source bytes at src (a decoded
// entity, or white space collapsed to one space).
func (b *Builder) WriteMapped(s string, src int) {
	if s == "" {
		return
	}
	b.begin()
	b.cur.segs = append(b.cur.segs, seg{col: b.sb.Len() - b.cur.Start, src: src})
	b.sb.WriteString(s)
}

// Current returns the line being written, to set its flags; it starts the
// line if none is open.
func (b *Builder) Current() *Line {
	b.begin()
	return &b.cur
}

// Len reports the length of the current line so far.
func (b *Builder) Len() int {
	if !b.started {
		return 0
	}
	return b.sb.Len() - b.cur.Start
}

// EndLine ends the current line. An empty line that was never started is
// written only when blank is true; src is where it stands.
func (b *Builder) EndLine(blank bool, src int) {
	if !b.started {
		if !blank {
			return
		}
		b.begin()
	}
	if len(b.cur.segs) == 0 {
		b.cur.segs = append(b.cur.segs, seg{src: src, linear: true})
	}
	b.cur.End = b.sb.Len()
	b.lines = append(b.lines, b.cur)
	b.started = false
}

// PageBreak ends the current line and starts a new page.
func (b *Builder) PageBreak() {
	b.EndLine(false, 0)
	b.page++
}

// Page reports the index of the current page.
func (b *Builder) Page() int { return b.page }

// Text returns the finished Text.
func (b *Builder) Text() *Text {
	b.EndLine(false, 0)
	return &Text{String: b.sb.String(), Lines: b.lines}
}

// Lines reports how many lines are finished.
func (b *Builder) Lines() int { return len(b.lines) }
