package parse

import (
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse/extract"
)

// xrefs finds the cross references and locates the phrase, its target and
// the page number it states (what a fix rewrites).
func (b *builder) xrefs() {
	text := b.t.String
	for _, m := range extract.Xrefs(text) {
		phrase, s, e := b.phrase(m.Start, m.End)
		ps, pe := b.pos(m.PageStart), b.endPos(m.PageEnd)
		at, _, _ := b.pageAt(m.Start)
		b.doc.Xrefs = append(b.doc.Xrefs, model.Xref{
			Text: phrase, Target: m.Target, Norm: normText(m.Target),
			Page: m.Page, PageLabel: m.PageLabel,
			Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
			PageLine: ps.Line, PageCol: ps.Col, PageEndCol: pe.Col, AtPage: at,
		})
	}
}
