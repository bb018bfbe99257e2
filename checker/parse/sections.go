package parse

import (
	"github.com/filinglint/filinglint/checker/model"
)

// sections cuts the text at the headings: each section runs from its
// heading to the next heading of the same or a higher (smaller) level.
// starts holds each heading's offset in the text; section text shares the
// document text's memory.
func sections(doc *model.Document, starts []int) []model.Section {
	out := make([]model.Section, len(doc.Headings))
	for i, h := range doc.Headings {
		end := len(doc.Text)
		endLine := doc.EndLine
		for j := i + 1; j < len(doc.Headings); j++ {
			if doc.Headings[j].Level <= h.Level {
				end = starts[j]
				endLine = doc.Headings[j].Line - 1
				break
			}
		}
		out[i] = model.Section{
			Title: h.Text, Norm: h.Norm, Level: h.Level, Line: h.Line, Col: h.Col,
			EndLine: max(endLine, h.Line), Page: h.Page, PageLabel: h.PageLabel,
			Text: doc.Text[starts[i]:end],
		}
	}
	return out
}
