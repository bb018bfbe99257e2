package rule

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"

	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// errorRule is the rule id of the finding made when a rule fails on a
// document (cost budget exceeded, runtime error).
const errorRule = "rule/error"

// Eval evaluates every enabled rule that applies to doc and returns their
// findings, sorted. enabled may be nil (all rules). src is the file the
// document was parsed from; it resolves fixes to byte offsets and may be
// nil, in which case findings carry no fix. A rule that fails on the
// document becomes one rule/error finding and the other rules still run;
// only cancellation of ctx stops Eval, with ctx's error.
func (e *Engine) Eval(ctx context.Context, src *source.File, doc *model.Document, enabled func(id string) bool) ([]finding.Finding, error) {
	act, err := cel.NewActivation(map[string]any{"doc": e.env.CELTypeAdapter().NativeToValue(doc)})
	if err != nil {
		return nil, fmt.Errorf("rule activation: %w", err)
	}
	pages := newPageIndex(doc)
	var out []finding.Finding
	for _, r := range e.rules {
		if enabled != nil && !enabled(r.ID) || !r.Applies(doc) {
			continue
		}
		hits, err := r.eval(ctx, act)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			out = append(out, ruleError(r, doc, err))
			continue
		}
		for _, h := range hits {
			out = append(out, r.finding(h, doc, src, pages))
		}
	}
	slices.SortStableFunc(out, func(a, b finding.Finding) int {
		switch {
		case finding.Less(&a, &b):
			return -1
		case finding.Less(&b, &a):
			return 1
		}
		return 0
	})
	return out, nil
}

// eval runs the rule's when and findings programs.
func (r *Rule) eval(ctx context.Context, act any) ([]*hit, error) {
	if r.when != nil {
		v, _, err := r.when.ContextEval(ctx, act)
		if err != nil {
			return nil, err
		}
		if v != types.True {
			if _, ok := v.(types.Bool); !ok {
				return nil, fmt.Errorf("when gave %s, not bool", v.Type().TypeName())
			}
			return nil, nil
		}
	}
	v, _, err := r.findings.ContextEval(ctx, act)
	if err != nil {
		return nil, err
	}
	return hits(v)
}

// hits reads the list(Finding) a findings expression returned; nested
// lists are flattened, so a rule may return a list of lists.
func hits(v ref.Val) ([]*hit, error) {
	list, ok := v.(traits.Lister)
	if !ok {
		return nil, fmt.Errorf("findings gave %s, not list(Finding)", v.Type().TypeName())
	}
	var out []*hit
	for it := list.Iterator(); it.HasNext() == types.True; {
		switch x := it.Next().(type) {
		case *hit:
			out = append(out, x)
		case traits.Lister:
			more, err := hits(x)
			if err != nil {
				return nil, err
			}
			out = append(out, more...)
		default:
			return nil, fmt.Errorf("findings holds a %s, not a Finding", x.Type().TypeName())
		}
	}
	return out, nil
}

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

// ruleError is the finding for a rule that failed on a document.
func ruleError(r *Rule, doc *model.Document, err error) finding.Finding {
	reason := err.Error()
	if strings.Contains(reason, "cost limit exceeded") {
		reason = "cost limit exceeded"
	}
	return finding.Finding{
		Rule:      errorRule,
		Severity:  finding.Error,
		Message:   fmt.Sprintf("rule %s failed on this document: %s", r.ID, reason),
		Path:      doc.Path,
		Line:      max(doc.Line, 1),
		Column:    max(doc.Col, 1),
		EndLine:   max(doc.Line, 1),
		EndColumn: max(doc.Col, 1),
		Document:  docRef(doc),
		Subject:   r.ID,
	}
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
