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
	b := visible.NewBuilder(end - start)
	p := &parsed{format: "ascii"}
	var cur *asciiTable
	inCaption, inFN := false, false
	for off := start; off < end; {
		nl := bytes.IndexByte(src.Data[off:end], '\n')
		lineEnd := end
		next := end
		if nl >= 0 {
			lineEnd = off + nl
			next = lineEnd + 1
		}
		line := src.Data[off:lineEnd]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		emit := func(text []byte, at int) {
			writeASCIILine(b, text, at)
			l := b.Current()
			if cur != nil {
				l.InTable = true
				l.Table = len(p.asciiTables)
				l.Caption = inCaption
			}
			b.EndLine(true, at)
			if cur != nil && !inFN {
				idx := b.Lines() - 1
				if inCaption {
					cur.caption = append(cur.caption, idx)
				} else {
					cur.lines = append(cur.lines, idx)
				}
			}
		}
		tag := asciiTag(line)
		if i := bytes.Index(line, []byte("<PAGE>")); i >= 0 && tag != "PAGE" {
			// "-1-<PAGE>": the text before the tag ends this page. In
			// "<PAGE>   2" the number counts the pages of the file, not a
			// printed page number, and is dropped; other text after the
			// tag starts the next page.
			if len(bytes.TrimSpace(line[:i])) > 0 {
				emit(line[:i], off)
			}
			b.PageBreak()
			rest := line[i+len("<PAGE>"):]
			if t := bytes.TrimSpace(rest); len(t) > 0 && len(bytes.Trim(t, "0123456789")) > 0 {
				emit(rest, off+i+len("<PAGE>"))
			}
			off = next
			continue
		}
		switch tag {
		case "PAGE":
			b.PageBreak()
		case "TABLE":
			p.asciiTables = append(p.asciiTables, asciiTable{})
			cur = &p.asciiTables[len(p.asciiTables)-1]
		case "/TABLE":
			cur, inCaption, inFN = nil, false, false
		case "CAPTION":
			inCaption = true
		case "/CAPTION":
			inCaption = false
		case "S", "C":
			if cur != nil {
				cur.markers = markerColumns(line)
			}
			inCaption = false
		case "FN":
			inFN = true
		case "/FN":
			inFN = false
		case "/S", "/C":
		default:
			emit(line, off)
		}
		off = next
	}
	p.text = b.Text()
	return p
}

// writeASCIILine writes one source line; invalid UTF-8 bytes become U+FFFD
// mapped to the byte they replace, so positions stay exact.
func writeASCIILine(b *visible.Builder, line []byte, off int) {
	if utf8.Valid(line) {
		b.Write(string(line), off)
		return
	}
	i := 0
	for j := 0; j < len(line); {
		r, size := utf8.DecodeRune(line[j:])
		if r == utf8.RuneError && size <= 1 {
			b.Write(string(line[i:j]), off+i)
			b.WriteMapped("\uFFFD", off+j)
			j++
			i = j
			continue
		}
		j += size
	}
	b.Write(string(line[i:]), off+i)
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
