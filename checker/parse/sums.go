package parse

import (
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse/extract"
)

// sums finds stated totals with their parts (doc.sums): each statement
// extract.Sums reads in the visible text, located from its total to its
// last part. A statement that starts or ends in a table is left out: a
// table's rows are not prose, and the footing rules read them.
func (b *builder) sums() {
	text := b.t.String
	for _, m := range extract.Sums(text) {
		if b.inTable(m.Start) || b.inTable(m.End-1) {
			continue
		}
		phrase, s, e := b.phrase(m.Start, m.End)
		b.doc.Sums = append(b.doc.Sums, model.Sum{
			Text: phrase, Total: m.Total, Unit: m.Unit, Parts: m.Parts,
			Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
		})
	}
}

// inTable reports whether visible-text offset off stands on a table line.
func (b *builder) inTable(off int) bool {
	return b.t.Lines[b.t.LineAt(off)].InTable
}
