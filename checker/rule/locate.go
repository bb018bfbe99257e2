package rule

import (
	"reflect"
	"strings"

	"github.com/filinglint/filinglint/checker/model"
)

// locatables are the model types finding(element, message) accepts, by
// their CEL type names.
var locatables = []any{
	model.Document{},
	model.Line{},
	model.Page{},
	model.Heading{},
	model.TOC{},
	model.TOCEntry{},
	model.Section{},
	model.Table{},
	model.Row{},
	model.Cell{},
	model.Xref{},
	model.Date{},
	model.Amount{},
	model.Range{},
	model.Attachment{},
	model.Submission{},
	model.RawLine{},
	model.Tag{},
	model.Markup{},
	model.Sum{},
	model.Match{},
}

// locate returns where a model element stands and its subject text. Inline
// elements that know their end (headings, cells, dates…) get a span; block
// elements (documents, tables, sections) point at their first line only.
func locate(v any) (hit, bool) {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		v = rv.Elem().Interface()
	}
	switch e := v.(type) {
	case model.Document:
		return at(e.Line, e.Col, ""), true
	case model.Line:
		return at(e.N, e.Col, e.Text), true
	case model.Page:
		return at(e.Line, e.Col, e.Label), true
	case model.Heading:
		return span(e.Line, e.Col, e.EndLine, e.EndCol, e.Text), true
	case model.TOC:
		return at(e.Line, e.Col, "table of contents"), true
	case model.TOCEntry:
		return at(e.Line, e.Col, e.Title), true
	case model.Section:
		return at(e.Line, e.Col, e.Title), true
	case model.Table:
		subject := e.Caption
		if subject == "" {
			subject = strings.Join(e.Header, " ")
		}
		return at(e.Line, e.Col, subject), true
	case model.Row:
		return at(e.Line, e.Col, e.Label), true
	case model.Cell:
		return span(e.Line, e.Col, e.Line, e.EndCol, e.Text), true
	case model.Xref:
		return span(e.Line, e.Col, e.EndLine, e.EndCol, e.Text), true
	case model.Date:
		return span(e.Line, e.Col, e.EndLine, e.EndCol, e.Text), true
	case model.Amount:
		return span(e.Line, e.Col, e.EndLine, e.EndCol, e.Text), true
	case model.Range:
		return span(e.Line, e.Col, e.EndLine, e.EndCol, e.Text), true
	case model.Attachment:
		return at(e.Line, e.Col, e.Filename), true
	case model.Submission:
		return at(e.Line, e.Col, e.Type), true
	case model.RawLine:
		return at(e.N, 1, e.Text), true
	case model.Tag:
		return at(e.Line, e.Col, e.Name), true
	case model.Markup:
		return at(e.Line, e.Col, e.Tag+" "+e.Attr+" "+e.Value), true
	case model.Sum:
		return span(e.Line, e.Col, e.EndLine, e.EndCol, e.Text), true
	case model.Match:
		return span(e.Line, e.Col, e.EndLine, e.EndCol, e.Text), true
	}
	return hit{}, false
}

func at(line, col int, subject string) hit {
	return hit{line: line, col: col, subject: subject}
}

// span is an element with an end; an end that is missing or before the
// start is dropped.
func span(line, col, endLine, endCol int, subject string) hit {
	h := at(line, col, subject)
	if endLine > line || endLine == line && endCol > col {
		h.endLine, h.endCol = endLine, endCol
	}
	return h
}
