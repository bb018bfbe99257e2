package rule

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// ParseFunc parses a fixture for Test: name is the fixture's path as
// shown, data its bytes (read from the rule pack, which may be embedded).
type ParseFunc func(name string, data []byte) (*source.File, []*model.Document, error)

// TestResult is the outcome of one test case, or, with Name empty, a
// problem of the rule as a whole (it has no test, or none expects a
// finding).
type TestResult struct {
	Rule       *Rule
	Name       string
	File       string // the fixture as shown: rules/toc/testdata/wrong-page.txt
	Missing    []Want
	Unexpected []finding.Finding
	Err        error
}

// Failed reports whether the case failed.
func (t *TestResult) Failed() bool {
	return t.Err != nil || len(t.Missing) > 0 || len(t.Unexpected) > 0
}

// Problems describes each failure on a line of its own, positioned in the
// fixture where there is a line: "rules/x/testdata/a.txt:12: missing
// finding containing "page 4"".
func (t *TestResult) Problems() []string {
	var ps []string
	if t.Err != nil {
		ps = append(ps, t.Err.Error())
	}
	for _, w := range t.Missing {
		ps = append(ps, fmt.Sprintf("%s:%d: missing finding containing %q", t.File, w.Line, w.Message))
	}
	for _, f := range t.Unexpected {
		ps = append(ps, fmt.Sprintf("%s:%d:%d: unexpected finding: %s (%s)", t.File, f.Line, f.Column, f.Message, f.Rule))
	}
	return ps
}

// Test runs the inline test cases of the rules that only accepts (all
// rules if only is nil). Each fixture is read from the rule's pack,
// parsed, and evaluated with that rule alone; its findings must match the
// case's wants both ways — a want matches a finding on the same line
// whose message contains the want's message — so a missing finding and an
// unexpected one both fail. A rule without test cases, or whose cases
// expect no finding at all, fails too: it asserts nothing.
func (e *Engine) Test(ctx context.Context, parse ParseFunc, only func(*Rule) bool) []TestResult {
	var results []TestResult
	for _, r := range e.rules {
		if only != nil && !only(r) {
			continue
		}
		results = append(results, e.testRule(ctx, r, parse)...)
	}
	return results
}

func (e *Engine) testRule(ctx context.Context, r *Rule, parse ParseFunc) []TestResult {
	fires := false
	for _, t := range r.Tests {
		fires = fires || len(t.Want) > 0
	}
	switch {
	case len(r.Tests) == 0:
		return []TestResult{{Rule: r, File: r.Path, Err: fmt.Errorf("%s: rule %s has no tests: it asserts nothing", r.Path, r.ID)}}
	case !fires:
		return []TestResult{{Rule: r, File: r.Path, Err: fmt.Errorf("%s: no test of rule %s expects a finding: it asserts nothing", r.Path, r.ID)}}
	}
	results := make([]TestResult, 0, len(r.Tests))
	for _, t := range r.Tests {
		results = append(results, e.testCase(ctx, r, t, parse))
	}
	return results
}

func (e *Engine) testCase(ctx context.Context, r *Rule, t Test, parse ParseFunc) TestResult {
	res := TestResult{Rule: r, Name: t.Name, File: path.Join(path.Dir(r.Path), t.File)}
	data, err := fs.ReadFile(r.fsys, path.Join(path.Dir(r.rel), t.File))
	if err != nil {
		res.Err = fmt.Errorf("%s:%d: test %q: %w", r.Path, t.Line, t.Name, err)
		return res
	}
	src, docs, err := parse(res.File, data)
	if err != nil {
		res.Err = fmt.Errorf("%s: parse: %w", res.File, err)
		return res
	}
	if len(docs) == 0 {
		res.Err = fmt.Errorf("%s: the fixture holds no document to lint", res.File)
		return res
	}
	var got []finding.Finding
	for _, doc := range docs {
		found, err := e.Eval(ctx, src, doc, func(id string) bool { return id == r.ID })
		if err != nil {
			res.Err = errors.Join(res.Err, err)
		}
		got = append(got, found...)
	}
	res.Missing, res.Unexpected = match(t.Want, got)
	return res
}

// match pairs wants with findings: each want takes the first unmatched
// finding on its line whose message contains the want's message.
func match(wants []Want, got []finding.Finding) (missing []Want, unexpected []finding.Finding) {
	used := make([]bool, len(got))
	for _, w := range wants {
		found := false
		for i, f := range got {
			if !used[i] && f.Line == w.Line && strings.Contains(f.Message, w.Message) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			missing = append(missing, w)
		}
	}
	for i, f := range got {
		if !used[i] {
			unexpected = append(unexpected, f)
		}
	}
	return missing, unexpected
}
