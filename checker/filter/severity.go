package filter

import (
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
)

// severity applies per-rule severity overrides.
type severity struct{ overrides map[string]finding.Severity }

func (severity) Name() string { return "severity" }

func (p severity) Process(fs []finding.Finding) ([]finding.Finding, error) {
	if len(p.overrides) == 0 {
		return fs, nil
	}
	for i := range fs {
		if s, ok := p.lookup(fs[i].Rule); ok {
			fs[i].Severity = s
		}
	}
	return fs, nil
}

// lookup returns the override for id: the exact id, then its category
// written "cat/", then "cat".
func (p severity) lookup(id string) (finding.Severity, bool) {
	if s, ok := p.overrides[id]; ok {
		return s, true
	}
	cat, _, found := strings.Cut(id, "/")
	if !found {
		return 0, false
	}
	if s, ok := p.overrides[cat+"/"]; ok {
		return s, true
	}
	s, ok := p.overrides[cat]
	return s, ok
}

// minSeverity drops findings below a severity.
type minSeverity struct{ min finding.Severity }

func (minSeverity) Name() string { return "min-severity" }

func (p minSeverity) Process(fs []finding.Finding) ([]finding.Finding, error) {
	out := fs[:0]
	for _, f := range fs {
		if f.Severity >= p.min {
			out = append(out, f)
		}
	}
	return out, nil
}
