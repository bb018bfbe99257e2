package parse

import (
	"bytes"
	"unicode/utf8"

	"github.com/filinglint/filinglint/checker/model"
)

// rawReader collects the lines of an ASCII document as they stand in the
// file, and its EDGAR tags, as the ASCII reader goes through the lines.
//
// Every source line is kept, tag lines included, without its line ending;
// bytes that are not UTF-8 become U+FFFD, one per byte, and mark the line
// InvalidUTF8. A line is InTable from the line that opens a <TABLE> to the
// line that closes it, both included (an unclosed table runs to the end of
// the document). Tags are found anywhere on a line, in any letter case; see
// scanTags for their flags.
type rawReader struct {
	valid bool // the whole document is UTF-8
	lines []model.RawLine
	tags  []model.Tag
	open  bool // a <TABLE> is open
}

// newRawReader returns a reader for doc, a document of about n lines.
func newRawReader(doc []byte, n int, valid bool) *rawReader {
	return &rawReader{valid: valid, lines: make([]model.RawLine, 0, n), tags: make([]model.Tag, 0, maxTags(doc))}
}

// maxTags bounds the number of tags in doc, to size their slice once
// rather than grow it: a tag starts with a '<'. Text full of '<' that are
// not tags would reserve a Tag per byte, so the bound is capped at one
// per 16 bytes, past which the slice grows as needed.
func maxTags(doc []byte) int {
	return min(bytes.Count(doc, []byte{'<'}), len(doc)/16)
}

// add records source line n, whose bytes are line, a line with no tag that
// stands in the visible text as text: it shares that string, so the
// document's text is not copied twice.
func (r *rawReader) add(n int, line []byte, text string) {
	l := model.RawLine{N: n, Text: text, InTable: r.open}
	if !r.valid && !utf8.Valid(line) {
		l.Text, l.InvalidUTF8 = replaceInvalid(line), true
	}
	r.lines = append(r.lines, l)
}

// addTagged records source line n, whose bytes are line, a line holding a
// '<', which a tag starts with, and its tags.
func (r *rawReader) addTagged(n int, line []byte) {
	l := model.RawLine{N: n}
	if !r.valid && !utf8.Valid(line) {
		l.Text, l.InvalidUTF8 = replaceInvalid(line), true
	} else {
		l.Text = string(line)
	}
	wasOpen := r.open
	r.tags, r.open = scanTags(r.tags, line, n, r.open)
	l.InTable = wasOpen || r.open
	r.lines = append(r.lines, l)
}

// edgarTags are the EDGAR tags of an ASCII document.
var edgarTags = []string{"PAGE", "TABLE", "/TABLE", "S", "C", "CAPTION", "/CAPTION", "FN", "/FN"}

// scanTags appends the EDGAR tags of one line (line number n) to tags and
// returns whether a table is open after it. Alone is true when the line,
// white space aside, holds the tag and nothing else. InTable tells whether
// a table was open where the tag stands: for <TABLE>, that one was already
// open (tables do not nest); for </TABLE>, that there was one to close.
func scanTags(tags []model.Tag, line []byte, n int, open bool) ([]model.Tag, bool) {
	for i := 0; i < len(line); i++ {
		if line[i] != '<' {
			continue
		}
		name, size := tagAt(line[i:])
		if name == "" {
			continue
		}
		alone := len(bytes.TrimSpace(line)) == size
		tags = append(tags, model.Tag{Name: name, Line: n, Col: i + 1, Alone: alone, InTable: open})
		switch name {
		case "TABLE":
			open = true
		case "/TABLE":
			open = false
		}
		i += size - 1
	}
	return tags, open
}

// tagAt returns the EDGAR tag b starts with, upper-cased, and its length
// in bytes, or "" when b does not start with one.
func tagAt(b []byte) (string, int) {
	end := bytes.IndexByte(b[:min(len(b), 10)], '>')
	if end < 2 {
		return "", 0
	}
	for _, t := range edgarTags {
		if len(t) == end-1 && equalUpper(b[1:end], t) {
			return t, end + 1
		}
	}
	return "", 0
}

// equalUpper reports whether b equals the upper-case ASCII string t,
// ignoring the case of b.
func equalUpper(b []byte, t string) bool {
	for i := range b {
		c := b[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c != t[i] {
			return false
		}
	}
	return true
}

// replaceInvalid returns line with every byte that is not part of a valid
// UTF-8 sequence replaced by U+FFFD.
func replaceInvalid(line []byte) string {
	var b bytes.Buffer
	b.Grow(len(line) + 8)
	for len(line) > 0 {
		r, size := utf8.DecodeRune(line)
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(utf8.RuneError)
			line = line[1:]
			continue
		}
		b.Write(line[:size])
		line = line[size:]
	}
	return b.String()
}
