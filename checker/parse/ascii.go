package parse

import (
	"bytes"
	"unicode/utf8"

	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// asciiTable is a <TABLE> block of an ASCII document: the visible lines it
// holds and the columns its <S>/<C> marker line declares.
type asciiTable struct {
	lines   []int // visible line indexes, in order
	markers []int // byte columns of <S> and <C> markers
	caption []int // visible line indexes inside <CAPTION>
}

// parseASCII reads an EDGAR ASCII document. Tag lines (<PAGE>, <TABLE>,
// <S>/<C> markers, <CAPTION>, <FN>) are not visible text; <PAGE> breaks the
// page. A table that runs across a <PAGE> stays one table.
func parseASCII(src *source.File, start, end int) *parsed {
	lines := src.Position(end).Line - src.Position(start).Line + 1
	valid := src.Valid(start, end)
	r := &asciiReader{
		// A visible line per source line, tag lines aside.
		b:     visible.NewBuilderLines(end-start, lines),
		p:     &parsed{format: "ascii"},
		valid: valid,
		raw:   newRawReader(src.Data[start:end], lines, valid),
	}
	// lt is the offset of the first '<' from the current line on, or end:
	// a line holds a '<' when lt falls before its end. Few lines do, so
	// one search runs across many lines.
	lt := start - 1
	for l := range src.LinesIn(start, end) {
		if lt < l.Start {
			lt = nextByte(src.Data[:end], l.Start, '<')
		}
		line := src.Data[l.Start:l.End]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		if lt >= l.End {
			// Most lines hold no tag, and stand in the visible text
			// as they are.
			r.emit(line, l.Start)
			r.raw.add(l.N, line, r.b.LineText(r.b.Lines()-1))
		} else {
			r.tagged(line, l.Start)
			r.raw.addTagged(l.N, line)
		}
	}
	r.p.text = r.b.Text()
	if len(r.raw.lines) > 0 {
		r.p.rawLines = r.raw.lines
	}
	if len(r.raw.tags) > 0 {
		// A document without tags has none, not an empty list.
		r.p.tags = r.raw.tags
	}
	return r.p
}

// nextByte returns the offset of the first c in data from offset from on,
// or len(data).
func nextByte(data []byte, from int, c byte) int {
	if k := bytes.IndexByte(data[from:], c); k >= 0 {
		return from + k
	}
	return len(data)
}

// asciiReader is parseASCII's state between lines.
type asciiReader struct {
	b     *visible.Builder
	p     *parsed
	valid bool        // the whole document is UTF-8
	raw   *rawReader  // the lines as they stand in the file
	cur   *asciiTable // the <TABLE> open, or nil
	// inCaption and inFN tell whether a <CAPTION> or <FN> is open.
	inCaption, inFN bool
	// lines and captions hold the line indexes of every table, each
	// table's a run of them from linesFrom and captionsFrom: one array
	// for all tables rather than one grown table by table.
	lines, captions         []int
	linesFrom, captionsFrom int
}

// emit writes text, which stands at source offset at, as a visible line.
func (r *asciiReader) emit(text []byte, at int) {
	b := r.b
	if r.valid {
		b.WriteLine(text, at)
	} else {
		writeASCIILine(b, text, at)
		b.EndLine(true, at)
	}
	if r.cur == nil {
		return
	}
	l := b.Last()
	l.InTable = true
	l.Table = len(r.p.asciiTables)
	l.Caption = r.inCaption
	if !r.inFN {
		idx := b.Lines() - 1
		if r.inCaption {
			r.captions = append(r.captions, idx)
			r.cur.caption = r.captions[r.captionsFrom:len(r.captions):len(r.captions)]
		} else {
			r.lines = append(r.lines, idx)
			r.cur.lines = r.lines[r.linesFrom:len(r.lines):len(r.lines)]
		}
	}
}

// tagged reads a line that may hold an EDGAR tag.
func (r *asciiReader) tagged(line []byte, off int) {
	tag := asciiTag(line)
	if i := bytes.Index(line, []byte("<PAGE>")); i >= 0 && tag != "PAGE" {
		// "-1-<PAGE>": the text before the tag ends this page. In
		// "<PAGE>   2" the number counts the pages of the file, not a
		// printed page number, and is dropped; other text after the
		// tag starts the next page.
		if len(bytes.TrimSpace(line[:i])) > 0 {
			r.emit(line[:i], off)
		}
		r.b.PageBreak()
		rest := line[i+len("<PAGE>"):]
		if t := bytes.TrimSpace(rest); len(t) > 0 && len(bytes.Trim(t, "0123456789")) > 0 {
			r.emit(rest, off+i+len("<PAGE>"))
		}
		return
	}
	switch tag {
	case "PAGE":
		r.b.PageBreak()
	case "TABLE":
		r.p.asciiTables = append(r.p.asciiTables, asciiTable{})
		r.cur = &r.p.asciiTables[len(r.p.asciiTables)-1]
		r.linesFrom, r.captionsFrom = len(r.lines), len(r.captions)
	case "/TABLE":
		r.cur, r.inCaption, r.inFN = nil, false, false
	case "CAPTION":
		r.inCaption = true
	case "/CAPTION":
		r.inCaption = false
	case "S", "C":
		if r.cur != nil {
			r.cur.markers = markerColumns(line)
		}
		r.inCaption = false
	case "FN":
		r.inFN = true
	case "/FN":
		r.inFN = false
	case "/S", "/C":
	default:
		r.emit(line, off)
	}
}

// writeASCIILine writes one source line; invalid UTF-8 bytes become U+FFFD
// mapped to the byte they replace, so positions stay exact.
func writeASCIILine(b *visible.Builder, line []byte, off int) {
	if utf8.Valid(line) {
		b.WriteBytes(line, off)
		return
	}
	i := 0
	for j := 0; j < len(line); {
		r, size := utf8.DecodeRune(line[j:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteBytes(line[i:j], off+i)
			b.WriteMapped("\uFFFD", off+j)
			j++
			i = j
			continue
		}
		j += size
	}
	b.WriteBytes(line[i:], off+i)
}

// asciiTag returns the EDGAR tag a line holds on its own ("PAGE", "TABLE",
// "/TABLE", "S", "C", "CAPTION", "FN"…), or "" for a line of text. A line
// starting with <S> or <C> is a column marker line.
func asciiTag(line []byte) string {
	t := bytes.TrimSpace(line)
	if len(t) < 3 || t[0] != '<' {
		return ""
	}
	end := bytes.IndexByte(t, '>')
	if end < 0 {
		return ""
	}
	name := string(bytes.ToUpper(t[1:end]))
	switch name {
	case "PAGE", "TABLE", "/TABLE", "CAPTION", "/CAPTION", "FN", "/FN":
		if len(bytes.TrimSpace(t[end+1:])) == 0 {
			return name
		}
	case "S", "C":
		return name
	}
	return ""
}

// markerColumns returns the byte columns of the <S> and <C> markers.
func markerColumns(line []byte) []int {
	var cols []int
	for i := 0; i+2 < len(line); i++ {
		if line[i] == '<' && line[i+2] == '>' && (line[i+1]|0x20 == 's' || line[i+1]|0x20 == 'c') {
			cols = append(cols, i)
		}
	}
	return cols
}
