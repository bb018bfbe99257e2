package parse

import (
	"fmt"
	"time"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse/extract"
)

// phrases finds the cross references, dates, amounts and ranges in the
// visible text and locates each in the file.
func (b *builder) phrases() {
	text := b.t.String
	b.doc.Dates = b.dates(extract.Dates(text))
	for _, m := range extract.Amounts(text) {
		s, e := b.pos(m.Start), b.endPos(m.End)
		b.doc.Amounts = append(b.doc.Amounts, model.Amount{
			Text: collapseSpaces(text[m.Start:m.End]), Value: m.Value, Unit: m.Unit,
			Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
		})
	}
	for _, m := range extract.Ranges(text) {
		s, e := b.pos(m.Start), b.endPos(m.End)
		b.doc.Ranges = append(b.doc.Ranges, model.Range{
			Text: collapseSpaces(text[m.Start:m.End]), Low: m.Low, High: m.High, Unit: m.Unit,
			Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
		})
	}
	b.xrefs()
}

func (b *builder) dates(ms []extract.DateMatch) []model.Date {
	out := make([]model.Date, 0, len(ms))
	for _, m := range ms {
		s, e := b.pos(m.Start), b.endPos(m.End)
		d := model.Date{
			Text: collapseSpaces(b.t.String[m.Start:m.End]), Year: m.Year, Month: m.Month, Day: m.Day,
			Valid: m.Valid, StatedWeekday: m.StatedWeekday,
			Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
		}
		if m.Valid {
			t := time.Date(m.Year, time.Month(m.Month), m.Day, 12, 0, 0, 0, time.UTC)
			d.Date = fmt.Sprintf("%04d-%02d-%02d", m.Year, m.Month, m.Day)
			d.Weekday = t.Weekday().String()
		}
		out = append(out, d)
	}
	return out
}
