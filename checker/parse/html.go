package parse

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// parseHTML reads an HTML or inline-XBRL document in src.Data[start:end]
// (a bare .htm file, or the <TEXT> of a document inside a submission:
// positions stay in the submission file). It streams the tokens of
// x/net/html's Tokenizer, keeping byte offsets, and writes what a browser
// would show: white space collapsed, entities decoded, hidden content
// (<head>, <script>, <style>, <ix:header>, display:none) left out. Blocks end
// lines; a table row is one line, its cells joined by two spaces. Page
// breaks come from CSS page-break/break properties, or from <hr> in a
// document that has none. Line flags (bold, centred, heading hints) come
// from the markup. It also records the markup EDGAR restricts (markupRec).
func parseHTML(src *source.File, start, end int) *parsed {
	p := newHTMLParser(src, start, end)
	z := html.NewTokenizer(bytes.NewReader(src.Data[start:end]))
	off := start
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			p.mk.end(p.doc[off-start:], off)
			break
		}
		n := len(z.Raw())
		p.tokOff = off
		switch tt {
		case html.TextToken:
			p.mk.text(off, p.doc[off-start:off-start+n])
			p.text(off, off+n)
		case html.StartTagToken, html.SelfClosingTagToken:
			p.startTag(p.doc[off-start:off-start+n], tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			p.mk.style = false
			p.endTag(p.doc[off-start : off-start+n])
		default:
			p.mk.style = false
		}
		off += n
	}
	p.tokOff = end
	return p.finish()
}

// htmlParser is the state of one parseHTML run.
type htmlParser struct {
	src       *source.File
	doc       string // src.Data[base:end] as a string: runs are substrings of it
	base      int
	tokOff    int // source offset of the token being handled
	b         *visible.Builder
	stack     []helem
	headIdx   int  // stack index of an open <head>, -1 if none
	hidden    int  // open elements hiding their content
	pre       int  // open <pre> elements
	preFresh  bool // just after <pre>: a first newline is dropped
	depth     int  // open tables, nested ones included
	floats    int  // open floating elements
	floatHold bool // a short float just closed: the next block continues its line
	cssBreaks int8 // the document has CSS page breaks, so <hr> is decoration: 1 yes, -1 no, 0 not known yet

	line        hruns   // the block line being written
	row         *hrow   // the row being read in the outermost table, or nil
	rowBuf      hrow    // storage behind row
	tbl         *htable // the outermost table being read, or nil
	tblBuf      htable  // storage behind tbl
	tableSeq    int     // outermost tables seen: provisional ids of their lines
	tableFinal  []int   // provisional id-1 -> ordinal in tables (0: not kept)
	tables      []model.Table
	pageHasText bool
	props       []hlineProps // one per visible line, for the heading hints
	sizes       [160]int     // text bytes per font size in half points
	runeCache   map[rune]string
	cssCache    map[cssKey]hdecl
	attrs       []hattr          // the attributes of the start tag being read
	haveAttrs   bool             // attrs are read
	tagCache    map[string]int32 // start tag source text -> index in tags
	tags        []htag           // the start tags read, by tagCache
	tagScratch  htag             // a tag not remembered
	endCache    [64]hname        // end tags
	mk          markupRec        // the restricted markup
	cursor      *source.Cursor   // positions of what the tables hold, found in order
	buf         []byte
	pieces      []hpiece
	merged      []hmerged
}

// helem is an open element: its name key, what it hides or breaks, and the
// style it gives its text.
type helem struct {
	key   uint64
	flags uint16
	st    hstyle
}

// Element flags.
const (
	fHidden     uint16 = 1 << iota // hides its content (counted in hidden)
	fBlock                         // ends the line where it opens and closes
	fBreakAfter                    // page break where it closes
	fPre                           // white space is kept
	fTable                         // the outermost table
	fNested                        // a table inside a table cell
	fRow                           // a row of the outermost table
	fCell                          // a cell of the outermost table
	fCaption                       // the caption of the outermost table
	fHead                          // <head>
	fFloat                         // floats beside the block that follows
)

// hstyle is what markup says about a run of text.
type hstyle struct {
	size   float32 // font size in points
	bold   bool
	center bool
	link   bool  // inside <a href>
	head   uint8 // h1..h6
}

// defaultFontSize is a browser's medium font size, in points.
const defaultFontSize = 12

func newHTMLParser(src *source.File, start, end int) *htmlParser {
	data := src.Data[start:end]
	doc := string(data)
	return &htmlParser{
		src:     src,
		cursor:  src.NewCursor(),
		doc:     doc,
		mk:      markupRec{src: src},
		base:    start,
		b:       visible.NewBuilder(len(data) / 4),
		headIdx: -1,
		line:    hruns{space: -1},
		stack:   make([]helem, 0, 64),
		props:   make([]hlineProps, 0, len(data)/400+1),
	}
}

// style returns the style of the innermost open element.
func (p *htmlParser) style() hstyle {
	if n := len(p.stack); n > 0 {
		return p.stack[n-1].st
	}
	return hstyle{size: defaultFontSize}
}

// finish closes what is still open and returns the result.
func (p *htmlParser) finish() *parsed {
	p.popTo(0)
	p.endRow()
	p.endTable()
	p.endLine()
	text := p.b.Text()
	p.hints(text)
	return &parsed{format: "html", text: text, tables: p.tables, markup: p.mk.out}
}

// boundary ends the current line: in a table cell, it breaks the cell's
// text instead (the row stays one line). Inside a short float, and right
// after one ("•" floated left of its paragraph), the line goes on.
func (p *htmlParser) boundary() {
	if p.floats > 0 || p.floatHold {
		p.floatHold = false
		if r := p.sink(false); r != nil && r.text && runsLen(r.list) <= maxFloatLen {
			r.addSpace(p.tokOff, p.tokOff, false)
			return
		}
	}
	if c := p.curCell(); c != nil {
		c.runs.brk(p.tokOff)
		return
	}
	p.endLine()
}

// maxFloatLen bounds the text of a float that stays on the line of the
// block beside it: a bullet or an item number, not a sidebar.
const maxFloatLen = 12

// endFloat ends a floating element: a short float holds the line open for
// the block that follows.
func (p *htmlParser) endFloat() {
	p.floats--
	if p.floats > 0 {
		return
	}
	if r := p.sink(false); r != nil && r.text && runsLen(r.list) <= maxFloatLen {
		p.floatHold = true
	}
}

// runsLen returns the length of the text of rs.
func runsLen(rs []hrun) int {
	n := 0
	for i := range rs {
		n += len(rs[i].s)
	}
	return n
}

// pageBreak starts a new page, unless the page so far holds no text. Inside
// a table row that has text, the break waits for the end of the row.
func (p *htmlParser) pageBreak() {
	if p.row != nil && p.row.hasText() {
		p.row.breakAfter = true
		return
	}
	p.endLine()
	if p.pageHasText {
		p.b.PageBreak()
		p.pageHasText = false
	}
}

// endLine writes the block line collected so far.
func (p *htmlParser) endLine() {
	p.floatHold = false
	if !p.line.hasText() {
		p.line.reset()
		return
	}
	p.writeLine(p.line.list, 0)
	p.line.reset()
}

// writeLine writes runs as one visible line; table is the provisional id
// of the table the line is in, 0 if none.
func (p *htmlParser) writeLine(rs []hrun, table int) {
	pr := newLineProps()
	pr.add(rs)
	p.writeRuns(rs)
	p.finishLine(pr, table)
}

// finishLine ends the visible line written so far, with its flags.
func (p *htmlParser) finishLine(pr hlineProps, table int) {
	pr.done()
	l := p.b.Current()
	l.Bold, l.Center = pr.bold, pr.center
	if table > 0 {
		l.InTable, l.Table = true, table
	}
	p.b.EndLine(false, 0)
	p.props = append(p.props, pr)
	p.pageHasText = true
}

// writeRuns writes runs to the builder; a break becomes a space when text
// follows it.
func (p *htmlParser) writeRuns(rs []hrun) {
	brk := -1
	for i := range rs {
		r := &rs[i]
		switch {
		case r.kind == kBreak:
			if brk < 0 {
				brk = r.src
			}
			continue
		case brk >= 0 && p.b.Len() > 0:
			p.b.WriteMapped(" ", brk)
		}
		brk = -1
		if r.mapped {
			p.b.WriteMapped(r.s, r.src)
		} else {
			p.b.Write(r.s, r.src)
		}
	}
}

// hasCSSBreaks reports whether the document has CSS page breaks, looking
// the first time it is asked: only a document with <hr> asks.
func (p *htmlParser) hasCSSBreaks() bool {
	if p.cssBreaks == 0 {
		p.cssBreaks = -1
		if hasCSSPageBreaks(p.doc) {
			p.cssBreaks = 1
		}
	}
	return p.cssBreaks > 0
}

// hasCSSPageBreaks reports whether a style in doc asks for a page break
// (page-break-before/after: always|left|right, break-before/after: page…).
func hasCSSPageBreaks(doc string) bool {
	for _, pat := range [...]string{"reak-", "REAK-"} {
		for i := 0; ; {
			j := strings.Index(doc[i:], pat)
			if j < 0 {
				break
			}
			i += j + len(pat)
			k := i
			for k < len(doc) && k < i+6 && doc[k] != ':' {
				k++
			}
			if k < len(doc) && doc[k] == ':' && isBreakValue(cssValue(doc[k+1:])) {
				return true
			}
		}
	}
	return false
}

// cssValue returns the CSS value at the start of s.
func cssValue(s string) string {
	end := 0
	for end < len(s) && end < 40 && s[end] != ';' && s[end] != '"' && s[end] != '\'' && s[end] != '>' {
		end++
	}
	return strings.TrimSpace(s[:end])
}

// isBreakValue reports CSS break values that force a page break.
func isBreakValue(v string) bool {
	for _, w := range [...]string{"always", "page", "left", "right", "recto", "verso"} {
		if len(v) >= len(w) && foldEq(v[:len(w)], w) {
			return true
		}
	}
	return false
}

// tagKey returns the key identifying a tag name: its atom, or a hash of the
// lower-cased name for names HTML does not know (ix:header…).
func tagKey(name string) (uint64, atom.Atom) {
	var lower [32]byte
	if len(name) > len(lower) {
		return hashName(name), 0
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	if a := atom.Lookup(lower[:len(name)]); a != 0 {
		return uint64(a), a
	}
	return hashName(name), 0
}

// hashName is FNV-1a of the lower-cased name, above the atom range.
func hashName(name string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h | 1<<63
}
