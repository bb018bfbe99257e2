// Package visible holds the visible text of a document — what a reader sees,
// tags and markup removed — as lines, each mapped back to byte offsets in the
// source file. Every format's parser writes one; every extractor reads one.
package visible

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text is the visible text of a document. String holds the lines joined by
// '\n'; Lines describes each of them.
type Text struct {
	String string
	Lines  []Line
	// trim holds, for each line, the offsets in String of its text
	// without leading and trailing white space (see Trimmed).
	trim []trimmed
	// segs holds the segments of every line; each line's are
	// segs[segLo:segHi].
	segs []seg
}

// trimmed is a line's text without surrounding white space:
// String[start:end].
type trimmed struct{ start, end int }

// Line is one visible line: String[Start:End] without its '\n'.
type Line struct {
	Start, End int
	Page       int // index of the page the line is on
	Table      int // 1-based table ordinal when InTable
	Heading    int // heading level the markup gives (h1..h6, bold or centred block); 0 if none
	// A line that stands verbatim in the source, as most do, stands at
	// src and has no segments; any other line's segments are
	// Text.segs[segLo:segHi]. Indexes, not a slice, keep Line free of
	// pointers, which the garbage collector then need not scan; every
	// segment maps at least one byte of text, so a text would need 2 GiB
	// of them to overflow an int32.
	src          int
	segLo, segHi int32
	// The flags come last, packed together: a document has a Line per
	// visible line.
	InTable    bool // inside a table (<TABLE> block or HTML table)
	Caption    bool // inside an ASCII <CAPTION>
	Bold       bool // the whole line is bold
	Center     bool // the line is centred by markup
	PageNumber bool // the line is the page's printed number (set by page detection)
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

// Trimmed returns line i's text without leading and trailing white space,
// as strings.TrimSpace does; the extractors ask for it of every line
// several times, so the Builder finds it once.
func (t *Text) Trimmed(i int) string {
	tr := t.trim[i]
	return t.String[tr.start:tr.end]
}

// LineAt returns the index of the line holding String offset off.
func (t *Text) LineAt(off int) int {
	lo, hi := 0, len(t.Lines)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.Lines[m].Start > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return max(lo-1, 0)
}

// Source returns the source offset of String offset off.
func (t *Text) Source(off int) int {
	if len(t.Lines) == 0 {
		return 0
	}
	return t.SourceOn(t.LineAt(off), off)
}

// LineNear returns LineAt(off), looking first at line hint and the line
// after it: a caller walking forward through the text rarely needs to
// search.
func (t *Text) LineNear(off, hint int) int {
	if hint >= 0 && hint < len(t.Lines) && t.Lines[hint].Start <= off {
		if hint+1 == len(t.Lines) || t.Lines[hint+1].Start > off {
			return hint
		}
		if hint+2 == len(t.Lines) || t.Lines[hint+2].Start > off {
			return hint + 1
		}
	}
	return t.LineAt(off)
}

// SourceOn returns the source offset of String offset off, which stands on
// line i (see LineAt).
func (t *Text) SourceOn(i, off int) int {
	l := &t.Lines[i]
	col := off - l.Start
	if l.segLo == l.segHi {
		return l.src + col
	}
	segs := t.segs[l.segLo:l.segHi]
	lo, hi := 1, len(segs) // the first segment starts at column 0
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if segs[m].col > col {
			hi = m
		} else {
			lo = m + 1
		}
	}
	s := segs[lo-1]
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
	// segs holds the segments of every line, each line's a range of it
	// (one allocation for many lines); the current line's start at
	// segStart.
	segs     []seg
	segStart int
	// trim holds each finished line's trimmed bounds, found as the line
	// ends, while its bytes are fresh in the cache.
	trim []trimmed
}

// NewBuilder returns a Builder expecting about size bytes of text, in
// lines of some segments each (see WriteMapped).
func NewBuilder(size int) *Builder {
	b := NewBuilderLines(size, size/50)
	b.segs = make([]seg, 0, size/50+1)
	return b
}

// NewBuilderLines returns a Builder expecting about size bytes of text in
// about lines lines, most of them written verbatim (see WriteLine), which
// need no segment.
func NewBuilderLines(size, lines int) *Builder {
	b := &Builder{}
	b.sb.Grow(size)
	b.lines = make([]Line, 0, lines+1)
	b.trim = make([]trimmed, 0, lines+1)
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
	b.segStart = len(b.segs)
}

// Write appends s, which stands verbatim at source offset src.
func (b *Builder) Write(s string, src int) {
	if s == "" {
		return
	}
	b.linear(src)
	b.sb.WriteString(s)
}

// WriteBytes is Write for bytes, which it copies.
func (b *Builder) WriteBytes(p []byte, src int) {
	if len(p) == 0 {
		return
	}
	b.linear(src)
	b.sb.Write(p)
}

// WriteLine writes p, which stands verbatim at source offset src, as a
// line of its own, as WriteBytes and EndLine(true, src) would; a line
// already open is ended by it, as EndLine would. Most lines of an ASCII
// document are written so, and the fast path saves their share of the
// bookkeeping.
func (b *Builder) WriteLine(p []byte, src int) {
	if b.started {
		b.WriteBytes(p, src)
		b.EndLine(true, src)
		return
	}
	if len(b.lines) > 0 {
		b.sb.WriteByte('\n')
	}
	start := b.sb.Len()
	b.sb.Write(p)
	// The line stands verbatim at src: no segments. Its fields are set
	// in place: a Line built aside and copied in is stored field by field
	// and loaded back in wider words, which stalls the copy.
	b.lines = append(b.lines, Line{})
	l := &b.lines[len(b.lines)-1]
	l.Start, l.End, l.Page, l.src = start, b.sb.Len(), b.page, src
	l.segLo = int32(len(b.segs))
	l.segHi = l.segLo
	b.trimLast()
}

// trimLast records the trimmed bounds of the line ended last.
func (b *Builder) trimLast() {
	l := b.Last()
	start, end := trimBounds(b.sb.String()[l.Start:l.End])
	b.trim = append(b.trim, trimmed{l.Start + start, l.Start + end})
}

// linear starts a line if none is open and records that the text written
// next stands verbatim at source offset src, extending the last segment
// when the text continues it.
func (b *Builder) linear(src int) {
	b.begin()
	col := b.sb.Len() - b.cur.Start
	if n := len(b.segs); n > b.segStart {
		last := b.segs[n-1]
		if last.linear && last.src+col-last.col == src {
			return
		}
	}
	b.segs = append(b.segs, seg{col: col, src: src, linear: true})
}

// WriteMapped appends s, which stands for the source bytes at src (a decoded
// entity, or white space collapsed to one space).
func (b *Builder) WriteMapped(s string, src int) {
	if s == "" {
		return
	}
	b.begin()
	b.segs = append(b.segs, seg{col: b.sb.Len() - b.cur.Start, src: src})
	b.sb.WriteString(s)
}

// Current returns the line being written, to set its flags; it starts the
// line if none is open.
func (b *Builder) Current() *Line {
	b.begin()
	return &b.cur
}

// LineText returns the text of finished line i. The Builder only ever
// appends, so the string stays valid, and its bytes unchanged, as the
// text grows: it is the finished Text's Text(i).
func (b *Builder) LineText(i int) string {
	l := &b.lines[i]
	return b.sb.String()[l.Start:l.End]
}

// Last returns the line ended last, to set its flags.
func (b *Builder) Last() *Line { return &b.lines[len(b.lines)-1] }

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
	switch n := len(b.segs) - b.segStart; {
	case n == 0:
		// Nothing written: the empty line stands at src.
		b.cur.src = src
	case n == 1 && b.segs[b.segStart].linear:
		// One verbatim run, which starts at column 0: the line needs
		// no segments.
		b.cur.src = b.segs[b.segStart].src
		b.segs = b.segs[:b.segStart]
	}
	b.cur.segLo, b.cur.segHi = int32(b.segStart), int32(len(b.segs))
	b.cur.End = b.sb.Len()
	b.lines = append(b.lines, b.cur)
	b.started = false
	b.trimLast()
}

// PageBreak ends the current line and starts a new page.
func (b *Builder) PageBreak() {
	b.EndLine(false, 0)
	b.page++
}

// Text returns the finished Text.
func (b *Builder) Text() *Text {
	b.EndLine(false, 0)
	return &Text{String: b.sb.String(), Lines: b.lines, segs: b.segs, trim: b.trim}
}

// Lines reports how many lines are finished.
func (b *Builder) Lines() int { return len(b.lines) }

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// trimBounds returns the bounds of strings.TrimSpace(line) in line.
func trimBounds(line string) (start, end int) {
	i, j := 0, len(line)
	// Table lines are indented deep: eight spaces at a time first (the
	// compiler compares them as one word).
	for i+8 <= j && line[i:i+8] == "        " {
		i += 8
	}
	for i < j && line[i] < utf8.RuneSelf && asciiSpace[line[i]] {
		i++
	}
	for j > i && line[j-1] < utf8.RuneSelf && asciiSpace[line[j-1]] {
		j--
	}
	if i < j && (line[i] >= utf8.RuneSelf || line[j-1] >= utf8.RuneSelf) {
		// Unicode white space may stand there too.
		s := strings.TrimLeftFunc(line[i:j], unicode.IsSpace)
		i = j - len(s)
		j = i + len(strings.TrimRightFunc(s, unicode.IsSpace))
	}
	return i, j
}
