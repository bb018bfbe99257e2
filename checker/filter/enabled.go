package filter

import (
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
)

// MatchRule reports whether pattern selects the rule id: pattern is the id
// itself, or a category written "edgar/" or "edgar" that the id is in.
func MatchRule(pattern, id string) bool {
	if pattern == id {
		return true
	}
	if strings.HasSuffix(pattern, "/") {
		return strings.HasPrefix(id, pattern)
	}
	return strings.HasPrefix(id, pattern+"/")
}

func matchAny(patterns []string, id string) bool {
	for _, p := range patterns {
		if MatchRule(p, id) {
			return true
		}
	}
	return false
}

// Enabled reports whether the rule id is enabled by the enable and disable
// lists of ids and categories. Disable wins over enable; an empty enable list
// enables every rule. parse/error is enabled unless it is disabled, even by
// an enable list that does not name it: a file that cannot be parsed is not
// silently passed. The engine also uses Enabled to skip disabled rules.
func Enabled(id string, enable, disable []string) bool {
	if matchAny(disable, id) {
		return false
	}
	return len(enable) == 0 || id == finding.ParseError || matchAny(enable, id)
}

// enabled drops the findings of disabled rules.
type enabled struct{ enable, disable []string }

func (enabled) Name() string { return "enable" }

func (p enabled) Process(fs []finding.Finding) ([]finding.Finding, error) {
	out := fs[:0]
	for _, f := range fs {
		if Enabled(f.Rule, p.enable, p.disable) {
			out = append(out, f)
		}
	}
	return out, nil
}
