package parse

import (
	"time"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse/extract"
)

// phrases finds the cross references, dates, amounts and ranges in the
// visible text and locates each in the file. One extract.Scan reads the
// dates, amounts and ranges, which all start at the text's digits.
func (b *builder) phrases() {
	p := extract.Scan(b.t.String)
	b.doc.Dates = b.dates(p.Dates)
	b.doc.Amounts = b.amounts(p.Amounts)
	b.doc.Ranges = b.ranges(p.Ranges)
	b.xrefs()
}

// dates turns the dates extract found into the model's, with the date in
// ISO form and its weekday when the day exists.
func (b *builder) dates(ms []extract.DateMatch) []model.Date {
	out := make([]model.Date, 0, len(ms))
	for _, m := range ms {
		text, s, e := b.phrase(m.Start, m.End)
		d := model.Date{
			Text: text, Year: m.Year, Month: m.Month, Day: m.Day,
			Valid: m.Valid, StatedWeekday: m.StatedWeekday,
			Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
		}
		if m.Valid {
			t := time.Date(m.Year, time.Month(m.Month), m.Day, 12, 0, 0, 0, time.UTC)
			d.Date = isoDate(m.Year, m.Month, m.Day)
			d.Weekday = t.Weekday().String()
		}
		out = append(out, d)
	}
	return out
}

// isoDate formats a date of years 0-9999 as "2005-02-08", as
// fmt.Sprintf("%04d-%02d-%02d") would, without its cost.
func isoDate(year, month, day int) string {
	b := [10]byte{
		byte('0' + year/1000), byte('0' + year/100%10), byte('0' + year/10%10), byte('0' + year%10), '-',
		byte('0' + month/10), byte('0' + month%10), '-', byte('0' + day/10), byte('0' + day%10),
	}
	return string(b[:])
}

// amounts turns the amounts extract found into the model's; nil when
// there are none.
func (b *builder) amounts(ms []extract.AmountMatch) []model.Amount {
	if len(ms) == 0 {
		return nil
	}
	out := make([]model.Amount, len(ms))
	for i, m := range ms {
		text, s, e := b.phrase(m.Start, m.End)
		out[i] = model.Amount{
			Text: text, Value: m.Value, Unit: m.Unit,
			Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
		}
	}
	return out
}

// ranges turns the ranges extract found into the model's; nil when there
// are none.
func (b *builder) ranges(ms []extract.RangeMatch) []model.Range {
	if len(ms) == 0 {
		return nil
	}
	out := make([]model.Range, len(ms))
	for i, m := range ms {
		text, s, e := b.phrase(m.Start, m.End)
		out[i] = model.Range{
			Text: text, Low: m.Low, High: m.High, Unit: m.Unit,
			Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col,
		}
	}
	return out
}
