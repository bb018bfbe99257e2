package rule

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

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
		start := time.Now()
		hits, err := r.eval(ctx, act)
		r.stats.add(time.Since(start), len(hits))
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			out = append(out, ruleError(r, doc, src, err))
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

// ruleError is the finding for a rule that failed on a document.
func ruleError(r *Rule, doc *model.Document, src *source.File, err error) finding.Finding {
	reason := err.Error()
	if strings.Contains(reason, "cost limit exceeded") {
		reason = "cost limit exceeded"
	}
	return finding.Finding{
		Rule:      errorRule,
		Severity:  finding.Error,
		Message:   fmt.Sprintf("rule %s failed on this document: %s", r.ID, reason),
		Path:      docPath(doc, src),
		Line:      max(doc.Line, 1),
		Column:    max(doc.Col, 1),
		EndLine:   max(doc.Line, 1),
		EndColumn: max(doc.Col, 1),
		Document:  docRef(doc),
		Subject:   r.ID,
	}
}
