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
	name, attrs := tagName(raw, 1)
	key, a := tagKey(name)
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
	d := p.elemStyle(&e, a, attrs)
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
		if p.depth == 0 && !d.narrow && !p.cssBreaks {
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
	name, _ := tagName(raw, 2)
	key, a := tagKey(name)
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
		p.popScoped(func(e helem) bool { return e.flags&fCell != 0 }, scopeTable)
	case a == atom.Tr:
		p.popScoped(func(e helem) bool { return e.flags&(fRow|fCell) != 0 }, scopeTable)
	case a == atom.Li:
		p.popScoped(func(e helem) bool { return e.key == uint64(atom.Li) }, scopeList)
	case closesP(a):
		p.popScoped(func(e helem) bool { return e.key == uint64(atom.P) }, scopeCell)
	}
}

// Scopes of popScoped: the elements an implied end does not look past.
const (
	scopeTable = iota // table
	scopeCell         // table, td, th
	scopeList         // table, td, th, ul, ol
)

// popScoped closes the outermost open element that match reports, with
// everything inside it, looking no further than the scope's boundary.
func (p *htmlParser) popScoped(match func(helem) bool, scope int) {
	stop := max(0, len(p.stack)-maxEndTagSearch)
	found := -1
scan:
	for i := len(p.stack) - 1; i >= stop; i-- {
		e := p.stack[i]
		if match(e) {
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

// attrIter walks the attributes of a tag's source text.
type attrIter struct {
	s string
	i int
}

// next returns the next attribute; val is its raw value, entities not
// decoded (the attributes read here never need them).
func (it *attrIter) next() (key, val string, ok bool) {
	s, i := it.s, it.i
	for i < len(s) && (isHTMLSpace(s[i]) || s[i] == '/') {
		i++
	}
	if i >= len(s) || s[i] == '>' {
		it.i = len(s)
		return "", "", false
	}
	k := i
	for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' {
		i++
	}
	if i == k {
		i++
	}
	key = s[k:i]
	for i < len(s) && isHTMLSpace(s[i]) {
		i++
	}
	if i < len(s) && s[i] == '=' {
		i++
		for i < len(s) && isHTMLSpace(s[i]) {
			i++
		}
		if i < len(s) && (s[i] == '"' || s[i] == '\'') {
			q := s[i]
			i++
			j := strings.IndexByte(s[i:], q)
			if j < 0 {
				j = len(s) - i
			}
			val = s[i : i+j]
			i = min(i+j+1, len(s))
		} else {
			v := i
			for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '>' {
				i++
			}
			val = s[v:i]
		}
	}
	it.i = i
	return key, val, true
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
