package parse

import (
	"golang.org/x/net/html/atom"
)

// A document repeats the same start tags thousands of times ("<td
// style=…>"), so the parser reads each distinct tag text once: its name,
// its attributes and what they declare are remembered by the tag's
// source text.

// htag is what the source text of a start tag says wherever it stands.
type htag struct {
	key     uint64
	a       atom.Atom
	plain   bool    // no markup EDGAR restricts
	hasDecl bool    // decl is set
	parent  float32 // the parent font size decl was read for, if it matters (decl.rel)
	decl    hdecl   // what the attributes declare, for that parent size
}

// maxTagCache bounds the distinct start tags remembered per document.
const maxTagCache = 1 << 14

// tagCacheBytes is about how many bytes of a document hold a start tag
// not seen before (EDGAR documents have one in 1–2 KB).
const tagCacheBytes = 2048

// readTag reads the name and attributes (p.attrs) of the start tag raw
// at p.tokOff and returns its name.
func (p *htmlParser) readTag(raw string) string {
	name, rest := tagName(raw, 1)
	p.attrs = readAttrs(p.attrs[:0], rest, p.tokOff+len(raw)-len(rest))
	p.haveAttrs = true
	return name
}

// tagInfo returns what the start tag raw at p.tokOff is, and records the
// restricted markup it holds.
func (p *htmlParser) tagInfo(raw string) *htag {
	p.haveAttrs = false
	if i, ok := p.tagCache[raw]; ok {
		t := &p.tags[i]
		if t.plain {
			p.mk.style = t.a == atom.Style
		} else {
			p.mk.tag(p.tokOff, p.readTag(raw), t.a, p.attrs)
		}
		return t
	}
	name := p.readTag(raw)
	key, a := tagKey(name)
	n := len(p.mk.out)
	p.mk.tag(p.tokOff, name, a, p.attrs)
	t := htag{key: key, a: a, plain: len(p.mk.out) == n}
	if len(p.tags) >= maxTagCache {
		p.tagScratch = t
		return &p.tagScratch
	}
	if p.tagCache == nil {
		n := min(len(p.doc)/tagCacheBytes, maxTagCache)
		p.tagCache = make(map[string]int32, n)
		p.tags = make([]htag, 0, n)
	}
	p.tagCache[raw] = int32(len(p.tags))
	p.tags = append(p.tags, t)
	return &p.tags[len(p.tags)-1]
}

// tagDecl returns what the attributes of the start tag t, whose source
// text is raw, declare for an element whose parent's font size is parent.
func (p *htmlParser) tagDecl(t *htag, raw string, parent float32) hdecl {
	if t.hasDecl && (t.parent == parent || !t.decl.rel) {
		return t.decl
	}
	if !p.haveAttrs {
		p.readTag(raw)
	}
	t.decl, t.parent, t.hasDecl = p.declare(t.a, parent), parent, true
	return t.decl
}

// hname is a remembered end tag.
type hname struct {
	raw string
	key uint64
	a   atom.Atom
}

// endKey returns the key and atom of the end tag raw, remembering the
// ones seen last: a document closes the same few elements.
func (p *htmlParser) endKey(raw string) (uint64, atom.Atom) {
	h := len(raw)
	if len(raw) > 3 {
		h = h*7 + int(raw[2])*3 + int(raw[len(raw)-2])
	}
	c := &p.endCache[uint(h)%uint(len(p.endCache))]
	if c.raw == raw && raw != "" {
		return c.key, c.a
	}
	name, _ := tagName(raw, 2)
	key, a := tagKey(name)
	*c = hname{raw: raw, key: key, a: a}
	return key, a
}
