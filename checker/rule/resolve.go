package rule

import (
	"sort"

	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// finding turns a hit into a reported finding, adding what the rule file
// says and what the document knows (path, page, document of a submission).
func (r *Rule) finding(h *hit, doc *model.Document, src *source.File, pages pageIndex) finding.Finding {
	f := finding.Finding{
		Rule:     r.ID,
		Severity: r.Severity,
		Message:  h.message,
		Path:     docPath(doc, src),
		Line:     h.line,
		Column:   max(h.col, 1),
		Document: docRef(doc),
		Citation: r.Citation,
		Subject:  normText(h.subject),
	}
	if f.Line <= 0 {
		f.Line, f.Column = max(doc.Line, 1), max(doc.Col, 1)
	}
	f.EndLine, f.EndColumn = f.Line, f.Column
	if h.endLine > 0 {
		f.EndLine, f.EndColumn = h.endLine, max(h.endCol, 1)
	}
	f.Page = pages.label(f.Line)
	f.Fix = resolveFix(h.fix, src)
	return f
}

func docPath(doc *model.Document, src *source.File) string {
	if doc.Path == "" && src != nil {
		return src.Name
	}
	return doc.Path
}

func docRef(doc *model.Document) *finding.Document {
	if doc.Sequence <= 0 {
		return nil
	}
	return &finding.Document{Sequence: doc.Sequence, Type: doc.Form, Filename: doc.Filename}
}

// pageIndex finds the printed page label of a line.
type pageIndex struct{ doc *model.Document }

func newPageIndex(doc *model.Document) pageIndex { return pageIndex{doc} }

// label returns the page label of the page holding line n: the label of
// the last visible line at or before n, else of the page whose lines span
// n; "" when unknown or when the page prints no number.
func (p pageIndex) label(n int) string {
	lines, pages := p.doc.Lines, p.doc.Pages
	if i := sort.Search(len(lines), func(i int) bool { return lines[i].N > n }) - 1; i >= 0 {
		l := lines[i]
		if l.PageLabel != "" {
			return l.PageLabel
		}
		if l.PageIndex >= 0 && l.PageIndex < len(pages) {
			return pages[l.PageIndex].Label
		}
		return ""
	}
	for _, pg := range pages {
		if pg.Line <= n && n <= pg.EndLine {
			return pg.Label
		}
	}
	return ""
}

// resolveFix turns a hit's fix into edits at byte offsets, recording the
// bytes each replaces. A fix with an edit outside the file or beyond the
// end of its line is dropped whole: half a fix is worse than none.
func resolveFix(hf *hitFix, src *source.File) *finding.Fix {
	if hf == nil || src == nil {
		return nil
	}
	fix := &finding.Fix{Description: hf.description}
	for _, e := range hf.edits {
		if !onLine(src, e.line, e.col) || !onLine(src, e.endLine, e.endCol) {
			return nil
		}
		off := src.Offset(source.Position{Line: e.line, Col: e.col})
		end := src.Offset(source.Position{Line: e.endLine, Col: e.endCol})
		if end < off {
			return nil
		}
		fix.Edits = append(fix.Edits, finding.Edit{
			Line: e.line, Column: e.col, EndLine: e.endLine, EndColumn: e.endCol,
			Text: e.text, Offset: off, Old: string(src.Data[off:end]),
		})
	}
	return fix
}

// onLine reports whether 1-based line:col is in the file, col at most one
// past the line's last byte.
func onLine(src *source.File, line, col int) bool {
	return line >= 1 && line <= src.LineCount() && col >= 1 && col <= len(src.Line(line))+1
}
