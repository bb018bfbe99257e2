// Package parse turns EDGAR filings — ASCII documents, SGML submissions and
// HTML — into the document model. The pipeline for one document is:
// detect → format parser (visible text, tables) → pages → headings → TOC →
// sections → cross references, dates, amounts → form and families.
package parse

import (
	"errors"
	"fmt"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// Options tunes parsing.
type Options struct {
	// Form overrides the form type of bare documents (not of documents in a
	// submission, whose type the submission states).
	Form string
}

// ErrNotFiling is wrapped by the errors for content that is not a filing.
var ErrNotFiling = errors.New("not a filing")

// File parses one file. It returns an error only when the file as a whole
// cannot be read as a filing (empty, binary, XML); problems inside a
// readable file become warnings on the result.
func File(src *source.File, opts Options) (*model.File, error) {
	f := &model.File{Path: src.Name, Header: map[string]string{}}
	kind := Detect(src.Name, src.Data)
	switch kind {
	case KindEmpty:
		return nil, fmt.Errorf("empty file: %w", ErrNotFiling)
	case KindBinary:
		return nil, fmt.Errorf("binary file (not text): %w", ErrNotFiling)
	case KindXML:
		return nil, fmt.Errorf("XML document, not a text or HTML filing: %w", ErrNotFiling)
	case KindSubmission:
		f.Format = "submission"
		if err := parseSubmission(src, opts, f); err != nil {
			return nil, err
		}
	default:
		f.Format = kind.String()
		doc := parseDocument(src, 0, len(src.Data), kind, opts)
		setForm(doc, opts.Form)
		f.Documents = append(f.Documents, doc)
	}
	if !src.Valid(0, len(src.Data)) {
		f.Warnings = append(f.Warnings, "file is not valid UTF-8: invalid bytes are shown as U+FFFD")
	}
	return f, nil
}

// parseDocument parses the document in src.Data[start:end].
func parseDocument(src *source.File, start, end int, kind Kind, _ Options) *model.Document {
	var p *parsed
	if kind == KindHTML {
		p = parseHTML(src, start, end)
	} else {
		p = parseASCII(src, start, end)
	}
	return build(src, start, end, p)
}

// parsed is what a format parser hands to build: the visible text with its
// page breaks, and the tables it found with their cells located.
type parsed struct {
	format string
	text   *visible.Text
	tables []model.Table // HTML: tables located by the HTML parser
	// markup is the markup EDGAR restricts in an HTML document.
	markup []model.Markup
	// asciiTables are the <TABLE> blocks of an ASCII document, parsed into
	// tables once page numbers are known.
	asciiTables []asciiTable
	// rawLines and tags are an ASCII document's lines as they stand in
	// the file and its EDGAR tags.
	rawLines []model.RawLine
	tags     []model.Tag
}

// Documents parses one file's bytes into its documents: what a rule
// fixture runner (filinglint rules test) needs.
func Documents(name string, data []byte) (*source.File, []*model.Document, error) {
	src := source.New(name, data)
	f, err := File(src, Options{})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return src, f.Documents, nil
}
