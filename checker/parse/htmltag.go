package parse

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// maxEndTagSearch bounds how deep an end tag looks for its element, so
// that a document of unclosed tags stays linear.
const maxEndTagSearch = 256

// ixHeaderKey is the key of <ix:header>, the hidden part of inline XBRL.
var ixHeaderKey = hashName("ix:header")

// startTag handles a start tag; raw is its source text.
func (p *htmlParser) startTag(raw string, selfClosing bool) {
	t := p.tagInfo(raw)
	key, a := t.key, t.a
	if p.headIdx >= 0 && !inHead(a) {
		p.popTo(p.headIdx) // browsers end <head> at the first body element
	}
	void := isVoid(a)
	if isRawText(a) {
		selfClosing = false // the tokenizer reads their text up to the end tag anyway
	}
	if p.hidden > 0 {
		if !void && !selfClosing {
			p.stack = append(p.stack, helem{key: key})
		}
		return
	}
	p.implicitEnd(a)
	e := helem{key: key, st: p.style()}
	d := p.tagDecl(t, raw, e.st.size)
	elemStyle(&e, a, d)
	if key == ixHeaderKey {
		e.flags |= fHidden
	}
	if e.flags&fHidden == 0 {
		p.open(&e, a, d)
	} else if void || selfClosing {
		return
	}
	p.push(e)
	if void || selfClosing {
		p.popTo(len(p.stack) - 1)
	}
}

// open does what an element does where it starts.
func (p *htmlParser) open(e *helem, a atom.Atom, d hdecl) {
	if d.breakBefore {
		p.pageBreak()
	}
	switch a {
	case atom.Table:
		p.depth++
		if p.depth == 1 {
			e.flags |= fTable
			p.startTable()
		} else {
			e.flags |= fNested | fBlock
		}
	case atom.Tr:
		if p.depth == 1 {
			e.flags |= fRow
			p.startRow()
		} else {
			e.flags |= fBlock
		}
	case atom.Td, atom.Th:
		if p.depth == 1 {
			e.flags |= fCell
			p.startCell(d.colspan, d.rowspan)
		} else if r := p.sink(false); r != nil {
			r.addSpace(p.tokOff, p.tokOff, false)
		}
	case atom.Caption:
		if p.depth == 1 && p.row == nil {
			e.flags |= fCaption | fBlock
		}
	case atom.Br:
		p.boundary()
	case atom.Hr:
		if p.depth == 0 && !d.narrow && !p.hasCSSBreaks() {
			e.flags |= fBreakAfter
		}
	case atom.Pre, atom.Listing, atom.Plaintext:
		e.flags |= fPre | fBlock
		p.pre++
		p.preFresh = true
	}
	if e.flags&fFloat != 0 {
		p.floats++
	}
	if e.flags&fBlock != 0 {
		p.boundary()
	} else if d.indent && !isTablePart(a) {
		if r := p.sink(false); r != nil {
			r.addSpace(p.tokOff, p.tokOff, false) // "•<span style=padding-left>text" shows a gap
		}
	}
	if d.breakAfter {
		e.flags |= fBreakAfter
	}
}

// push opens an element.
func (p *htmlParser) push(e helem) {
	if e.flags&fHidden != 0 {
		p.hidden++
	}
	if e.flags&fHead != 0 {
		p.headIdx = len(p.stack)
	}
	p.stack = append(p.stack, e)
}

// endTag handles an end tag; raw is its source text.
func (p *htmlParser) endTag(raw string) {
	key, a := p.endKey(raw)
	switch a {
	case atom.Br: // </br> is read as <br>
		if p.hidden == 0 {
			p.boundary()
		}
		return
	case atom.Body, atom.Html: // text after them is still shown
		return
	}
	if i := p.findOpen(key, a); i >= 0 {
		p.popTo(i)
	} else if a == atom.P && p.hidden == 0 {
		p.boundary()
	}
}

// findOpen returns the stack index of the innermost open element with key,
// not looking past the innermost table unless the tag closes a table; -1
// when there is none.
func (p *htmlParser) findOpen(key uint64, a atom.Atom) int {
	stop := max(0, len(p.stack)-maxEndTagSearch)
	for i := len(p.stack) - 1; i >= stop; i-- {
		k := p.stack[i].key
		if k == key {
			return i
		}
		if k == uint64(atom.Table) && a != atom.Table {
			return -1
		}
	}
	return -1
}

// implicitEnd closes what a start tag closes in HTML: a new cell the open
// cell, a new row the open row, a block an open paragraph, an item the
// open item.
func (p *htmlParser) implicitEnd(a atom.Atom) {
	switch {
	case a == atom.Td || a == atom.Th:
		p.popScoped(fCell, 0, scopeTable)
	case a == atom.Tr:
		p.popScoped(fRow|fCell, 0, scopeTable)
	case a == atom.Li:
		p.popScoped(0, uint64(atom.Li), scopeList)
	case closesP(a):
		p.popScoped(0, uint64(atom.P), scopeCell)
	}
}

// Scopes of popScoped: the elements an implied end does not look past.
const (
	scopeTable = iota // table
	scopeCell         // table, td, th
	scopeList         // table, td, th, ul, ol
)

// popScoped closes the outermost open element that has one of flags or
// whose key is key (0: none), with everything inside it, looking no
// further than the scope's boundary.
func (p *htmlParser) popScoped(flags uint16, key uint64, scope int) {
	stop := max(0, len(p.stack)-maxEndTagSearch)
	found := -1
scan:
	for i := len(p.stack) - 1; i >= stop; i-- {
		e := &p.stack[i]
		if e.flags&flags != 0 || key != 0 && e.key == key {
			found = i
		}
		if e.key > 0xffffffff {
			continue
		}
		switch atom.Atom(e.key) {
		case atom.Table:
		case atom.Td, atom.Th:
			if scope == scopeTable {
				continue
			}
		case atom.Ul, atom.Ol:
			if scope != scopeList {
				continue
			}
		default:
			continue
		}
		break scan
	}
	if found >= 0 {
		p.popTo(found)
	}
}

// popTo closes the elements at stack index i and above, innermost first.
func (p *htmlParser) popTo(i int) {
	for n := len(p.stack) - 1; n >= i && n >= 0; n-- {
		e := p.stack[n]
		p.stack = p.stack[:n]
		p.closeElem(e, n)
	}
}

// closeElem does what an element does where it ends.
func (p *htmlParser) closeElem(e helem, idx int) {
	if idx == p.headIdx {
		p.headIdx = -1
	}
	if e.flags&fHidden != 0 {
		p.hidden--
		return
	}
	if e.flags == 0 {
		return
	}
	if e.flags&fPre != 0 {
		p.pre--
	}
	if e.flags&fFloat != 0 {
		p.endFloat()
	}
	if e.flags&fCaption != 0 && p.tbl != nil && p.tbl.caption == "" {
		p.tbl.caption = p.runsText(p.line.list)
	}
	if e.flags&fRow != 0 {
		p.endRow()
	}
	if e.flags&(fTable|fNested) != 0 {
		p.depth--
	}
	if e.flags&fTable != 0 {
		p.endTable()
	}
	if e.flags&fBlock != 0 {
		p.boundary()
	}
	if e.flags&fBreakAfter != 0 {
		p.pageBreak()
	}
}

// tagName splits a tag's source text after its first skip bytes ("<" or
// "</") into its name and the rest (the attributes).
func tagName(raw string, skip int) (name, rest string) {
	if skip > len(raw) {
		return "", ""
	}
	i := skip
	for i < len(raw) && !isHTMLSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' {
		i++
	}
	return raw[skip:i], raw[i:]
}

// hattr is an attribute of a start tag that the parser reads or EDGAR
// restricts (attrKind); the others are not kept. A name may start with
// "=" ("<p =style=…>"): the Tokenizer reads it as part of the name, so
// markup does, but the parser reads the rest as the name, so kind is the
// kind of the name without it.
type hattr struct {
	key, val    string // name as written and raw value, entities not decoded
	off, valOff int    // source offsets of the name and the value
	kind        uint8  // attrKind of the name, a leading "=" left out
	eq          bool   // the name starts with "="
}

// Attribute kinds: the attributes the parser reads (attrStyle to
// attrHref) and the ones EDGAR restricts (attrStyle, attrHref, attrRef,
// attrHandler).
const (
	attrOther   uint8 = iota
	attrStyle         // style
	attrAlign         // align
	attrColspan       // colspan
	attrRowspan       // rowspan
	attrSize          // size
	attrWidth         // width
	attrHidden        // hidden
	attrHref          // href
	attrRef           // another attribute whose value is a URL the browser follows or loads
	attrHandler       // an event handler, on…
)

// refNames are the lower-case names of the attrRef attributes, by length.
var refNames = [...][]string{
	3: {"src"}, 4: {"data"}, 6: {"action", "poster", "lowsrc", "dynsrc"},
	8: {"codebase"}, 10: {"background", "formaction"},
}

// attrKind returns the kind of an attribute name, in any case, and for
// attrRef its lower-case name.
func attrKind(k string) (uint8, string) {
	switch len(k) {
	case 4:
		switch {
		case foldEq(k, "href"):
			return attrHref, ""
		case foldEq(k, "size"):
			return attrSize, ""
		}
	case 5:
		switch {
		case foldEq(k, "style"):
			return attrStyle, ""
		case foldEq(k, "align"):
			return attrAlign, ""
		case foldEq(k, "width"):
			return attrWidth, ""
		}
	case 6:
		if foldEq(k, "hidden") {
			return attrHidden, ""
		}
	case 7:
		switch {
		case foldEq(k, "colspan"):
			return attrColspan, ""
		case foldEq(k, "rowspan"):
			return attrRowspan, ""
		}
	}
	if len(k) < len(refNames) {
		for _, w := range refNames[len(k)] {
			if foldEq(k, w) {
				return attrRef, w
			}
		}
	}
	if len(k) > 2 && k[0]|0x20 == 'o' && k[1]|0x20 == 'n' && isLetters(k[2:]) {
		return attrHandler, ""
	}
	return attrOther, ""
}

// restricted reports an attribute EDGAR restricts.
func (a *hattr) restricted() bool {
	if a.eq {
		return false
	}
	switch a.kind {
	case attrStyle, attrHref, attrRef, attrHandler:
		return true
	}
	return false
}

// lowerName returns the name of a restricted attribute in lower case.
func (a *hattr) lowerName() string {
	switch a.kind {
	case attrStyle:
		return "style"
	case attrHref:
		return "href"
	case attrRef:
		_, w := attrKind(a.key)
		return w
	}
	return strings.ToLower(a.key) // ASCII letters
}

// readAttrs appends to dst the attributes in s, the source text of a
// start tag after its name, at source offset off, and returns it. It
// reads them as x/net/html's Tokenizer does: a name may start with "=",
// a quoted value may hold "/" and ">".
func readAttrs(dst []hattr, s string, off int) []hattr {
	for i := 0; ; {
		for i < len(s) && (isHTMLSpace(s[i]) || s[i] == '/') {
			i++
		}
		if i >= len(s) || s[i] == '>' {
			return dst
		}
		k := i
		i++ // a name may start with "="
		for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '/' && s[i] != '=' && s[i] != '>' {
			i++
		}
		key := s[k:i]
		for i < len(s) && isHTMLSpace(s[i]) {
			i++
		}
		v0, v1 := i, i
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isHTMLSpace(s[i]) {
				i++
			}
			v0, v1, i = attrValue(s, i)
		}
		eq := key[0] == '='
		name := key
		if eq {
			name = key[1:]
		}
		if kind, _ := attrKind(name); kind != attrOther {
			dst = append(dst, hattr{key: key, val: s[v0:v1], off: off + k, valOff: off + v0, kind: kind, eq: eq})
		}
	}
}

// attrValue reads an attribute value at s[i], quoted or not, and returns
// its bounds and the offset after it.
func attrValue(s string, i int) (start, end, next int) {
	if i >= len(s) {
		return i, i, i
	}
	if q := s[i]; q == '"' || q == '\'' {
		j := strings.IndexByte(s[i+1:], q)
		if j < 0 {
			return i + 1, len(s), len(s)
		}
		return i + 1, i + 1 + j, i + 2 + j
	}
	start = i
	for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '>' {
		i++
	}
	return start, i, i
}

// isVoid reports elements that have no content and no end tag.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Hr, atom.Img, atom.Input, atom.Meta, atom.Link, atom.Area, atom.Base,
		atom.Col, atom.Embed, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Keygen:
		return true
	}
	return false
}

// isRawText reports elements whose content the tokenizer reads as raw text.
func isRawText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Title, atom.Textarea, atom.Xmp, atom.Iframe,
		atom.Noembed, atom.Noframes, atom.Noscript:
		return true
	}
	return false
}

// inHead reports elements that belong in <head> (any other ends it).
func inHead(a atom.Atom) bool {
	switch a {
	case atom.Title, atom.Meta, atom.Link, atom.Style, atom.Script, atom.Base, atom.Noscript,
		atom.Template, atom.Head, atom.Html, atom.Object, atom.Basefont, atom.Bgsound:
		return true
	}
	return false
}

// closesP reports elements whose start ends an open paragraph.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Div, atom.Dl,
		atom.Fieldset, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Header, atom.Hr, atom.Main, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Table, atom.Ul:
		return true
	}
	return false
}
