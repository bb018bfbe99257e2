package parse

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// markup returns the elements and attributes EDGAR restricts in the HTML
// document in src.Data[start:end], in source order:
//
//   - the active-content elements (activeElements), as Tag alone;
//   - event-handler attributes (on…) and reference attributes
//     (refAttributes) of any element, Value unescaped;
//   - CSS url(…) references, in style attributes (Attr "style") and in
//     <style> elements (Tag "style", Attr "url", @import "…" included),
//     Value the URL.
//
// Line and Col locate the element's "<", the attribute's name or the URL.
//
// This is a pass of its own beside the HTML parser, and it does not use
// x/net/html's Tokenizer: on EDGAR HTML the Tokenizer alone runs at about
// 150 MB/s, which would cost the parser a quarter of its speed. markup
// follows the Tokenizer's rules for what it needs — tags and their
// attributes, comments, declarations, and the raw text of <script>,
// <style> and the like, where a "<" starts no tag — and skips text with
// bytes.IndexByte; markup_test.go checks that it reports what a
// Tokenizer-based pass reports.
func markup(src *source.File, start, end int) []model.Markup {
	m := markupScanner{src: src, data: src.Data[:end]}
	for i := start; i < end; {
		j := bytes.IndexByte(m.data[i:], '<')
		if j < 0 || i+j+1 >= end {
			break
		}
		i += j
		switch c := m.data[i+1]; {
		case c == '!':
			i = m.skipDeclaration(i)
		case c == '/' || c == '?':
			i = m.skipTo(i+2, '>')
		case isASCIILetter(c):
			i = m.startTag(i)
		default:
			i++
		}
	}
	return m.out
}

// activeElements are the elements EDGAR does not accept (Regulation S-T
// 232.106 and the EDGAR Filer Manual's list of HTML tags).
var activeElements = map[string]bool{
	"script": true, "object": true, "embed": true, "applet": true,
	"form": true, "iframe": true, "frame": true, "frameset": true,
}

// refAttributes are the attributes whose value is a URL the browser
// follows or loads.
var refAttributes = map[string]bool{
	"href": true, "src": true, "action": true, "background": true, "data": true,
	"codebase": true, "formaction": true, "poster": true, "lowsrc": true, "dynsrc": true,
}

// rawTextElements hold text in which "<" starts no tag, up to their end
// tag (x/net/html's raw-text and RCDATA elements).
var rawTextElements = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true,
	"iframe": true, "noembed": true, "noframes": true, "noscript": true, "plaintext": true,
}

type markupScanner struct {
	src  *source.File
	data []byte // the file up to the end of the document
	out  []model.Markup
	tag  []byte   // the lower-cased name of the tag being read
	attr []byte   // the lower-cased name of the attribute being read
	seen [][2]int // source bounds of the names of the tag's attributes of interest
}

func (m *markupScanner) add(off int, tag, attr, value string) {
	p := m.src.Position(off)
	m.out = append(m.out, model.Markup{Tag: tag, Attr: attr, Value: value, Line: p.Line, Col: p.Col})
}

// skipTo returns the offset after the first c at or after i (the end of
// the document if there is none).
func (m *markupScanner) skipTo(i int, c byte) int {
	if i >= len(m.data) {
		return len(m.data)
	}
	if j := bytes.IndexByte(m.data[i:], c); j >= 0 {
		return i + j + 1
	}
	return len(m.data)
}

// skipDeclaration skips a comment (<!-- … -->) or a declaration such as
// <!DOCTYPE …> or <![CDATA[…]]> starting at i.
func (m *markupScanner) skipDeclaration(i int) int {
	rest := m.data[i:]
	if !bytes.HasPrefix(rest, []byte("<!--")) {
		return m.skipTo(i+2, '>')
	}
	body := rest[4:]
	switch {
	case bytes.HasPrefix(body, []byte(">")):
		return i + 5
	case bytes.HasPrefix(body, []byte("->")):
		return i + 6
	}
	for k := 0; ; {
		j := bytes.Index(body[k:], []byte("--"))
		if j < 0 {
			return len(m.data)
		}
		k += j + 2
		for k < len(body) && body[k] == '-' {
			k++
		}
		if k < len(body) && body[k] == '>' {
			return i + 4 + k + 1
		}
		if k+1 < len(body) && body[k] == '!' && body[k+1] == '>' {
			return i + 4 + k + 2
		}
	}
}

// startTag reads the start tag at i, records what EDGAR restricts in it,
// and returns the offset after it (after the element's raw text for
// <script>, <style> and the like). A tag the document ends inside is no
// tag, as for the Tokenizer.
func (m *markupScanner) startTag(i int) int {
	d := m.data
	k := i + 1
	for k < len(d) && !isTagSpace(d[k]) && d[k] != '/' && d[k] != '>' {
		k++
	}
	m.tag = lower(m.tag, d[i+1:k])
	tagName := ""
	if activeElements[string(m.tag)] || rawTextElements[string(m.tag)] {
		tagName = string(m.tag)
	}
	n := len(m.out)
	if activeElements[tagName] {
		m.add(i, tagName, "", "")
	}
	k, closed := m.attributes(k)
	switch {
	case !closed:
		m.out = m.out[:n]
		return len(d)
	case tagName == "plaintext":
		return len(d)
	case rawTextElements[tagName]:
		return m.rawText(k, tagName)
	}
	return k
}

// attributes reads the attributes of the tag m.tag from k to its closing
// ">", following x/net/html's Tokenizer, and returns the offset after it
// and whether there was one.
func (m *markupScanner) attributes(k int) (int, bool) {
	d := m.data
	var tagName string
	m.seen = m.seen[:0]
	for {
		for k < len(d) && (isTagSpace(d[k]) || d[k] == '/') {
			k++
		}
		if k >= len(d) {
			return len(d), false
		}
		if d[k] == '>' {
			return k + 1, true
		}
		var a attribute
		a, k = m.attribute(k)
		m.attr = lower(m.attr, d[a.nameStart:a.nameEnd])
		name := m.attr
		ref := refAttributes[string(name)]
		handler := len(name) > 2 && name[0] == 'o' && name[1] == 'n' && isLetters(name[2:])
		style := !ref && !handler && string(name) == "style"
		if !ref && !handler && !style || m.duplicate(a.nameStart, a.nameEnd) {
			continue
		}
		if tagName == "" {
			tagName = nameString(m.tag)
		}
		if style {
			m.styleAttribute(a.valStart, a.valEnd, tagName)
			continue
		}
		m.add(a.nameStart, tagName, string(name), unescape(d[a.valStart:a.valEnd]))
	}
}

// attribute is the bounds of one attribute's name and value.
type attribute struct{ nameStart, nameEnd, valStart, valEnd int }

// attribute reads one attribute at k and returns it and the offset after it.
func (m *markupScanner) attribute(k int) (attribute, int) {
	d := m.data
	var a attribute
	a.nameStart = k
	k++ // a name may start with "="
	for k < len(d) && !isTagSpace(d[k]) && d[k] != '/' && d[k] != '=' && d[k] != '>' {
		k++
	}
	a.nameEnd = k
	for k < len(d) && isTagSpace(d[k]) {
		k++
	}
	a.valStart, a.valEnd = k, k
	if k < len(d) && d[k] == '=' {
		k++
		for k < len(d) && isTagSpace(d[k]) {
			k++
		}
		a.valStart, a.valEnd, k = m.attrValue(k)
	}
	return a, k
}

// maxSeen bounds the attributes of interest a tag is checked for
// duplicates among, so that a tag with thousands of them stays linear.
const maxSeen = 64

// duplicate reports whether the tag has already had an attribute of
// interest named d[start:end]; the Tokenizer, as browsers do, keeps the
// first of attributes with the same name.
func (m *markupScanner) duplicate(start, end int) bool {
	if len(m.seen) >= maxSeen {
		return false
	}
	name := m.data[start:end]
	for _, s := range m.seen {
		if bytes.EqualFold(m.data[s[0]:s[1]], name) {
			return true
		}
	}
	m.seen = append(m.seen, [2]int{start, end})
	return false
}

// attrValue reads an attribute value at k, quoted or not, and returns its
// bounds and the offset after it.
func (m *markupScanner) attrValue(k int) (start, end, next int) {
	d := m.data
	if k >= len(d) {
		return k, k, k
	}
	if q := d[k]; q == '"' || q == '\'' {
		j := bytes.IndexByte(d[k+1:], q)
		if j < 0 {
			return k + 1, len(d), len(d)
		}
		return k + 1, k + 1 + j, k + 2 + j
	}
	start = k
	for k < len(d) && !isTagSpace(d[k]) && d[k] != '>' {
		k++
	}
	return start, k, k
}

// rawText skips the text of a raw-text element up to its end tag,
// recording the url() and @import references of a <style>.
func (m *markupScanner) rawText(k int, tag string) int {
	d := m.data
	for i := k; i < len(d); {
		j := bytes.Index(d[i:], []byte("</"))
		if j < 0 {
			break
		}
		i += j
		e := i + 2 + len(tag)
		if e < len(d) && bytes.EqualFold(d[i+2:e], []byte(tag)) &&
			(isTagSpace(d[e]) || d[e] == '/' || d[e] == '>') {
			if tag == "style" {
				m.cssURLs(d[k:i], k, true, "style", "url")
			}
			return m.skipTo(e, '>')
		}
		i += 2
	}
	if tag == "style" {
		m.cssURLs(d[k:], k, true, "style", "url")
	}
	return len(d)
}

// cssURLs records the url(…) references in the CSS css, and the
// @import "…" ones. css starts at offset base of the file; when exact is
// false (CSS decoded from an attribute value holding character
// references), every reference is located at base.
func (m *markupScanner) cssURLs(css []byte, base int, exact bool, tag, attr string) {
	pos := func(i int) int {
		if exact {
			return base + i
		}
		return base
	}
	for i := 0; i < len(css); {
		j := bytes.IndexByte(css[i:], '(')
		at := bytes.IndexByte(css[i:], '@')
		if j < 0 && at < 0 {
			return
		}
		if at >= 0 && (j < 0 || at < j) {
			i += at + 1
			if rest := css[i:]; len(rest) >= 6 && bytes.EqualFold(rest[:6], []byte("import")) {
				k := 6
				for k < len(rest) && isTagSpace(rest[k]) {
					k++
				}
				if k < len(rest) && (rest[k] == '"' || rest[k] == '\'') {
					if e := bytes.IndexByte(rest[k+1:], rest[k]); e >= 0 {
						m.add(pos(i+k+1), tag, attr, string(rest[k+1:k+1+e]))
					}
				}
			}
			continue
		}
		i += j + 1
		if i < 4 || !bytes.EqualFold(css[i-4:i-1], []byte("url")) {
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
		e := bytes.IndexByte(css[k:], q)
		if e < 0 {
			e = len(css) - k
		}
		m.add(pos(k), tag, attr, string(bytes.Trim(css[k:k+e], " \t\r\n\f")))
		i = k + e
	}
}

// styleAttribute records the CSS references of a style attribute whose
// value is d[start:end]: read as it stands when it holds no character
// reference (most do, and need no copy), decoded first when it does.
func (m *markupScanner) styleAttribute(start, end int, tag string) {
	v := m.data[start:end]
	if bytes.IndexByte(v, '(') < 0 && bytes.IndexByte(v, '@') < 0 && bytes.IndexByte(v, '&') < 0 {
		return
	}
	if bytes.IndexByte(v, '&') < 0 && bytes.IndexByte(v, '\r') < 0 && bytes.IndexByte(v, 0) < 0 {
		m.cssURLs(v, start, true, tag, "style")
		return
	}
	m.cssURLs([]byte(unescape(v)), start, false, tag, "style")
}

// lower writes b in lower case into buf and returns it.
func lower(buf, b []byte) []byte {
	buf = buf[:0]
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// nameString returns a tag name as the Tokenizer gives it, NUL as U+FFFD.
func nameString(b []byte) string {
	if bytes.IndexByte(b, 0) < 0 {
		return string(b)
	}
	return strings.ReplaceAll(string(b), "\x00", "\uFFFD")
}

// attrNewlines is how the Tokenizer normalizes attribute values.
var attrNewlines = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "\uFFFD")

// unescape decodes an attribute value as the Tokenizer does: line breaks
// become "\n", NUL becomes U+FFFD, character references are decoded.
func unescape(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 && bytes.IndexByte(b, '\r') < 0 && bytes.IndexByte(b, 0) < 0 {
		return string(b)
	}
	return html.UnescapeString(attrNewlines.Replace(string(b)))
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isLetters(b []byte) bool {
	for _, c := range b {
		if !isASCIILetter(c) {
			return false
		}
	}
	return true
}
