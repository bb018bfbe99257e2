package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// The markup EDGAR restricts in an HTML document, in source order:
//
//   - the active-content elements (isActiveElement), as Tag alone;
//   - event-handler attributes (on…) and reference attributes (attrHref,
//     attrRef) of any element, Value unescaped;
//   - CSS url(…) references, in style attributes (Attr "style") and in
//     <style> elements (Tag "style", Attr "url", @import "…" included),
//     Value the URL.
//
// Line and Col locate the element's "<", the attribute's name or the URL.
//
// The HTML parser collects it as it reads the tokens of x/net/html's
// Tokenizer (parseHTML), from the attributes it reads anyway: a pass of
// its own over the document would cost a tenth of the parse. Duplicate
// attributes count once, the first, as the Tokenizer keeps them.

// markupRec records the restricted markup of one document, token by token.
type markupRec struct {
	src   *source.File
	out   []model.Markup
	style bool     // the last tag was <style>: its text is CSS
	seen  []string // the tag's attributes of interest so far, as written
}

// add records one restricted element, attribute or URL at source offset
// off. The value is copied: it may be part of the document's text, which
// a record should not keep alive.
func (m *markupRec) add(off int, tag, attr, value string) {
	p := m.src.Position(off)
	m.out = append(m.out, model.Markup{Tag: tag, Attr: attr, Value: strings.Clone(value), Line: p.Line, Col: p.Col})
}

// tag records what is restricted in the start tag at source offset off:
// name is its name as written, a its atom, attrs its attributes
// (readAttrs).
func (m *markupRec) tag(off int, name string, a atom.Atom, attrs []hattr) {
	m.style = a == atom.Style
	if isActiveElement(a) {
		m.add(off, a.String(), "", "")
	}
	m.seen = m.seen[:0]
	tag := ""
	for i := range attrs {
		at := &attrs[i]
		if !at.restricted() || m.duplicate(at.key) {
			continue
		}
		if tag == "" {
			tag = markupTagName(name, a)
		}
		if at.kind == attrStyle {
			m.styleAttribute(at.val, at.valOff, tag)
			continue
		}
		m.add(at.off, tag, at.lowerName(), unescape(at.val))
	}
}

// end reads rest, what the document ends in after its last token, at
// source offset off. A start tag the document ends inside is no tag and
// records nothing; but when it would have, the records are an empty list
// rather than none, so that the model's JSON keeps saying [] there, not
// null.
func (m *markupRec) end(rest string, off int) {
	if len(rest) < 2 || rest[0] != '<' || !isASCIILetter(rest[1]) {
		return
	}
	name, attrs := tagName(rest, 1)
	_, a := tagKey(name)
	n := len(m.out)
	m.tag(off, name, a, readAttrs(nil, attrs, off+len(rest)-len(attrs)))
	m.out = m.out[:n]
}

// text records the url() and @import references of the text at source
// offset off when it is the CSS of a <style> element.
func (m *markupRec) text(off int, s string) {
	if m.style {
		m.cssURLs(s, off, true, "style", "url")
	}
}

// isActiveElement reports the elements EDGAR does not accept (Regulation
// S-T 232.106 and the EDGAR Filer Manual's list of HTML tags).
func isActiveElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Object, atom.Embed, atom.Applet, atom.Form, atom.Iframe, atom.Frame, atom.Frameset:
		return true
	}
	return false
}

// markupTagName returns a tag's name as the Tokenizer gives it: lower
// case, NUL as U+FFFD.
func markupTagName(name string, a atom.Atom) string {
	if a != 0 {
		return a.String()
	}
	b := []byte(name)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return strings.ReplaceAll(string(b), "\x00", "\uFFFD")
}

// maxSeen bounds the attributes of interest a tag is checked for
// duplicates among, so that a tag with thousands of them stays linear.
const maxSeen = 64

// duplicate reports whether the tag has already had an attribute of
// interest named key, in any case; the Tokenizer, as browsers do, keeps
// the first of attributes with the same name.
func (m *markupRec) duplicate(key string) bool {
	if len(m.seen) >= maxSeen {
		return false
	}
	for _, s := range m.seen {
		if strings.EqualFold(s, key) {
			return true
		}
	}
	m.seen = append(m.seen, key)
	return false
}

// cssURLs records the url(…) references in the CSS css, and the
// @import "…" ones. css starts at offset base of the file; when exact is
// false (CSS decoded from an attribute value holding character
// references), every reference is located at base.
func (m *markupRec) cssURLs(css string, base int, exact bool, tag, attr string) {
	pos := func(i int) int {
		if exact {
			return base + i
		}
		return base
	}
	for i := 0; i < len(css); {
		j := strings.IndexByte(css[i:], '(')
		at := strings.IndexByte(css[i:], '@')
		if j < 0 && at < 0 {
			return
		}
		if at >= 0 && (j < 0 || at < j) {
			i += at + 1
			if rest := css[i:]; len(rest) >= 6 && strings.EqualFold(rest[:6], "import") {
				k := 6
				for k < len(rest) && isTagSpace(rest[k]) {
					k++
				}
				if k < len(rest) && (rest[k] == '"' || rest[k] == '\'') {
					if e := strings.IndexByte(rest[k+1:], rest[k]); e >= 0 {
						m.add(pos(i+k+1), tag, attr, rest[k+1:k+1+e])
					}
				}
			}
			continue
		}
		i += j + 1
		if i < 4 || !strings.EqualFold(css[i-4:i-1], "url") {
			continue
		}
		k := i
		for k < len(css) && isTagSpace(css[k]) {
			k++
		}
		q := byte(')')
		if k < len(css) && (css[k] == '"' || css[k] == '\'') {
			q = css[k]
			k++
		}
		e := strings.IndexByte(css[k:], q)
		if e < 0 {
			e = len(css) - k
		}
		m.add(pos(k), tag, attr, strings.Trim(css[k:k+e], " \t\r\n\f"))
		i = k + e
	}
}

// styleAttribute records the CSS references of a style attribute whose
// value v is at source offset off: read as it stands when it holds no
// character reference, decoded first when it does.
func (m *markupRec) styleAttribute(v string, off int, tag string) {
	if strings.IndexByte(v, '(') < 0 && strings.IndexByte(v, '@') < 0 && strings.IndexByte(v, '&') < 0 {
		return
	}
	if strings.IndexByte(v, '&') < 0 && strings.IndexByte(v, '\r') < 0 && strings.IndexByte(v, 0) < 0 {
		m.cssURLs(v, off, true, tag, "style")
		return
	}
	m.cssURLs(unescape(v), off, false, tag, "style")
}

// attrNewlines is how the Tokenizer normalizes attribute values.
var attrNewlines = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "\uFFFD")

// unescape decodes an attribute value as the Tokenizer does: line breaks
// become "\n", NUL becomes U+FFFD, character references are decoded.
func unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 && strings.IndexByte(s, '\r') < 0 && strings.IndexByte(s, 0) < 0 {
		return s
	}
	return html.UnescapeString(attrNewlines.Replace(s))
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}
