package parse

import (
	"strconv"
	"strings"

	"golang.org/x/net/html/atom"
)

// hdecl is what a tag's attributes and inline CSS declare.
type hdecl struct {
	hidden      bool
	bold        int8    // 1 bold, -1 normal, 0 not said
	center      int8    // 1 centred, -1 other alignment, 0 not said
	size        float32 // font size in points, 0 if not said
	breakBefore bool
	breakAfter  bool
	narrow      bool // a width below the page's (an <hr> that is a rule)
	float       bool // float: left or right
	inline      bool // display: inline or inline-block
	indent      bool // padding-left or margin-left: space before inline text
	link        bool // <a href>
	rel         bool // what CSS declares depends on the parent's font size
	colspan     int
	rowspan     int
}

// declare returns what the attributes of an element a (p.attrs) declare,
// CSS over presentational attributes; parent is its parent's font size,
// which relative sizes are relative to.
func (p *htmlParser) declare(a atom.Atom, parent float32) hdecl {
	d := hdecl{colspan: 1, rowspan: 1}
	var css hdecl
	for i := range p.attrs {
		v := p.attrs[i].val
		switch p.attrs[i].kind {
		case attrStyle:
			css = p.styleAttr(v, parent)
		case attrAlign:
			if a != atom.Table {
				d.center = alignValue(v)
			}
		case attrColspan:
			d.colspan = colspanValue(v)
		case attrRowspan:
			d.rowspan = colspanValue(v)
		case attrSize:
			if a == atom.Font {
				d.size = fontSizeAttr(v)
			}
		case attrWidth:
			if a == atom.Hr {
				d.narrow = narrowWidth(v)
			}
		case attrHidden:
			d.hidden = true
		case attrHref:
			d.link = d.link || a == atom.A
		}
	}
	d.merge(css)
	return d
}

// elemStyle sets e's style and flags from its tag and what its
// attributes declare.
func elemStyle(e *helem, a atom.Atom, d hdecl) {
	if d.link {
		e.st.link = true
	}
	tagDefaults(e, a)
	st := &e.st
	if d.bold != 0 {
		st.bold = d.bold > 0
	}
	if d.center != 0 {
		st.center = d.center > 0
	}
	if d.size > 0 {
		st.size = d.size
	}
	if d.hidden {
		e.flags |= fHidden
	}
	if (d.float || d.inline) && !isTablePart(a) {
		e.flags &^= fBlock
		if d.float {
			e.flags |= fFloat
		}
	}
}

// isTablePart reports the elements that make a table's structure.
func isTablePart(a atom.Atom) bool {
	switch a {
	case atom.Table, atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption:
		return true
	}
	return false
}

// merge lays CSS declarations over presentational attributes.
func (d *hdecl) merge(css hdecl) {
	d.hidden = d.hidden || css.hidden
	if css.bold != 0 {
		d.bold = css.bold
	}
	if css.center != 0 {
		d.center = css.center
	}
	if css.size > 0 {
		d.size = css.size
	}
	d.breakBefore, d.breakAfter = css.breakBefore, css.breakAfter
	d.narrow = d.narrow || css.narrow
	d.float, d.inline, d.indent = css.float, css.inline, css.indent
	d.rel = css.rel
}

// headingScale is the default font size of h1..h6 relative to the text.
var headingScale = [...]float32{2, 1.5, 1.17, 1, 0.83, 0.67}

// tagDefaults applies what a tag means by itself: bold, centred, larger,
// a heading, a block, hidden.
func tagDefaults(e *helem, a atom.Atom) {
	st := &e.st
	switch a {
	case atom.B, atom.Strong:
		st.bold = true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		lvl := headingLevel(a)
		st.head, st.bold = uint8(lvl), true
		st.size *= headingScale[lvl-1]
		e.flags |= fBlock
	case atom.Th:
		st.bold, st.center = true, true
	case atom.Center:
		st.center = true
		e.flags |= fBlock
	case atom.Big:
		st.size *= 1.2
	case atom.Small:
		st.size /= 1.2
	case atom.Head:
		e.flags |= fHidden | fHead
	case atom.Script, atom.Style, atom.Title, atom.Template, atom.Noscript, atom.Iframe,
		atom.Noembed, atom.Noframes, atom.Textarea, atom.Select, atom.Datalist, atom.Object:
		e.flags |= fHidden
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Dd, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Form, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
		atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Section,
		atom.Summary, atom.Ul, atom.Xmp:
		e.flags |= fBlock
	}
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	}
	return 6
}

// cssKey identifies a parsed style attribute: its text and the font size
// its relative sizes are relative to.
type cssKey struct {
	style  string
	parent float32
}

// maxCSSCache bounds the style attributes remembered per document.
const maxCSSCache = 4096

// styleAttr parses a style attribute, remembering the result: documents
// repeat the same few styles thousands of times.
func (p *htmlParser) styleAttr(v string, parent float32) hdecl {
	k := cssKey{v, parent}
	if d, ok := p.cssCache[k]; ok {
		return d
	}
	var d hdecl
	parseCSS(v, parent, &d)
	if p.cssCache == nil {
		p.cssCache = make(map[cssKey]hdecl)
	}
	if len(p.cssCache) < maxCSSCache {
		p.cssCache[k] = d
	}
	return d
}

// parseCSS reads the declarations of a style attribute that matter here.
func parseCSS(s string, parent float32, d *hdecl) {
	for s != "" {
		decl := s
		if i := strings.IndexByte(s, ';'); i >= 0 {
			decl, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		colon := strings.IndexByte(decl, ':')
		if colon < 0 {
			continue
		}
		name := strings.TrimSpace(decl[:colon])
		v := strings.TrimSpace(decl[colon+1:])
		if i := strings.IndexByte(v, '!'); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
		cssDecl(name, v, parent, d)
	}
}

// cssDecl reads one declaration, "name: v".
func cssDecl(name, v string, parent float32, d *hdecl) {
	var low [20]byte
	if len(name) > len(low) {
		return
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	switch string(low[:len(name)]) {
	case "display":
		d.hidden = d.hidden || foldEq(v, "none")
		d.inline = foldEq(v, "inline") || foldEq(v, "inline-block")
	case "float":
		d.float = foldEq(v, "left") || foldEq(v, "right")
	case "visibility":
		d.hidden = d.hidden || foldEq(v, "hidden")
	case "font-weight":
		d.bold = weightValue(v)
	case "font-size":
		d.rel = d.rel || relativeSize(v)
		if sz := cssSize(v, parent); sz > 0 {
			d.size = sz
		}
	case "font":
		fontShorthand(v, parent, d)
	case "text-align":
		d.center = alignValue(v)
	case "page-break-before", "break-before":
		d.breakBefore = d.breakBefore || isBreakValue(v)
	case "page-break-after", "break-after":
		d.breakAfter = d.breakAfter || isBreakValue(v)
	case "width":
		d.narrow = narrowWidth(v)
	case "padding-left", "margin-left":
		d.rel = d.rel || relativeSize(v)
		d.indent = cssSize(v, parent) > 0
	}
}

// fontShorthand reads "font: bold 12pt/14pt Times": the weight (normal
// unless given) and the size.
func fontShorthand(v string, parent float32, d *hdecl) {
	d.bold = -1
	for _, w := range strings.Fields(v) {
		if weightValue(w) > 0 {
			d.bold = 1
		}
		if w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '.') {
			if i := strings.IndexByte(w, '/'); i >= 0 {
				w = w[:i]
			}
			d.rel = d.rel || relativeSize(w)
			if sz := cssSize(w, parent); sz > 0 {
				d.size = sz
			}
		}
	}
}

// weightValue reads font-weight: 1 for bold (bold, bolder, 600–900), -1
// for normal weights, 0 for anything else.
func weightValue(v string) int8 {
	switch {
	case foldEq(v, "bold"), foldEq(v, "bolder"):
		return 1
	case foldEq(v, "normal"), foldEq(v, "lighter"):
		return -1
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n >= 600 {
			return 1
		}
		return -1
	}
	return 0
}

// alignValue reads text-align or align: 1 for center, -1 for another
// alignment.
func alignValue(v string) int8 {
	v = strings.TrimSpace(v)
	switch {
	case foldEq(v, "center"), foldEq(v, "middle"), foldEq(v, "-webkit-center"):
		return 1
	case v == "":
		return 0
	}
	return -1
}

// cssSize converts a CSS font size to points; parent is the size it is
// relative to. It returns 0 for what it cannot read.
func cssSize(v string, parent float32) float32 {
	v = strings.TrimSpace(v)
	n := 0
	for n < len(v) && (v[n] >= '0' && v[n] <= '9' || v[n] == '.') {
		n++
	}
	if n == 0 {
		return sizeKeyword(v, parent)
	}
	f, err := strconv.ParseFloat(v[:n], 32)
	if err != nil {
		return 0
	}
	x := float32(f)
	switch unit := strings.TrimSpace(v[n:]); {
	case foldEq(unit, "pt"):
		return x
	case foldEq(unit, "px"), unit == "":
		return x * 0.75
	case foldEq(unit, "em"):
		return x * parent
	case foldEq(unit, "rem"):
		return x * defaultFontSize
	case unit == "%":
		return x * parent / 100
	case foldEq(unit, "in"):
		return x * 72
	case foldEq(unit, "pc"):
		return x * 12
	case foldEq(unit, "cm"):
		return x * 28.35
	case foldEq(unit, "mm"):
		return x * 2.835
	}
	return 0
}

// relativeSize reports whether cssSize(v, parent) may depend on parent.
func relativeSize(v string) bool {
	v = strings.TrimSpace(v)
	n := 0
	for n < len(v) && (v[n] >= '0' && v[n] <= '9' || v[n] == '.') {
		n++
	}
	if n == 0 {
		return foldEq(v, "smaller") || foldEq(v, "larger")
	}
	unit := strings.TrimSpace(v[n:])
	return foldEq(unit, "em") || unit == "%"
}

// sizeKeyword converts the CSS font-size keywords to points.
func sizeKeyword(v string, parent float32) float32 {
	switch {
	case foldEq(v, "xx-small"), foldEq(v, "x-small"):
		return 7.5
	case foldEq(v, "small"):
		return 10
	case foldEq(v, "medium"):
		return 12
	case foldEq(v, "large"):
		return 13.5
	case foldEq(v, "x-large"):
		return 18
	case foldEq(v, "xx-large"), foldEq(v, "xxx-large"):
		return 24
	case foldEq(v, "smaller"):
		return parent / 1.2
	case foldEq(v, "larger"):
		return parent * 1.2
	}
	return 0
}

// fontSizes are the points of <font size=1> to <font size=7>.
var fontSizes = [...]float32{7.5, 10, 12, 13.5, 18, 24, 36}

// fontSizeAttr reads <font size>: 1–7, or +n/-n relative to 3.
func fontSizeAttr(v string) float32 {
	v = strings.TrimSpace(v)
	rel := v != "" && (v[0] == '+' || v[0] == '-')
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0
	}
	if rel {
		n += 3
	}
	n = min(max(n, 1), 7)
	return fontSizes[n-1]
}

// narrowWidth reports a width narrower than the page: a percentage below
// 90 or an absolute length.
func narrowWidth(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || foldEq(v, "auto") {
		return false
	}
	if strings.HasSuffix(v, "%") {
		f, err := strconv.ParseFloat(strings.TrimSpace(v[:len(v)-1]), 64)
		return err == nil && f < 90
	}
	return v[0] >= '0' && v[0] <= '9'
}

// colspanValue reads colspan or rowspan, clamped to 1–1000.
func colspanValue(v string) int {
	n := 0
	for i := 0; i < len(v) && v[i] >= '0' && v[i] <= '9' && n <= 1000; i++ {
		n = n*10 + int(v[i]-'0')
	}
	return min(max(n, 1), 1000)
}
