package rule

import (
	"context"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/parse"
)

// TestBuiltinFixtures runs the built-in pack's inline tests with the real
// parser, as `filinglint rules test` does: each fixture's findings must
// match its wants both ways.
func TestBuiltinFixtures(t *testing.T) {
	for _, r := range builtinEngine(t).Test(context.Background(), parse.Documents, nil) {
		for _, p := range r.Problems() {
			t.Errorf("%s %q: %s", r.Rule.ID, r.Name, p)
		}
	}
}

// specRules are the rule ids of SPEC §8 (parse/error is the engine's).
var specRules = []string{
	"fls/safe-harbor-missing", "fls/cautionary-factors", "cover/sec-legend", "cover/prospectus-date",
	"cover/risk-factors-xref", "cover/rule-424-legend", "toc/missing", "toc/unmatched-entry",
	"toc/page-number", "toc/order", "xref/page", "xref/target", "sections/required", "table/footing",
	"table/cross-footing", "table/row-arithmetic", "consistency/offered-total", "consistency/stated-sum",
	"consistency/range-order", "consistency/weekday", "drafting/placeholder", "edgar/ascii-charset",
	"edgar/ascii-line-length", "edgar/ascii-tags", "edgar/html-active-content",
	"edgar/html-external-reference", "edgar/submission-header", "nongaap/reconciliation",
}

// TestBuiltinHasSpecRules: the pack holds every rule SPEC §8 lists.
func TestBuiltinHasSpecRules(t *testing.T) {
	e := builtinEngine(t)
	for _, id := range specRules {
		if e.Rule(id) == nil {
			t.Errorf("built-in pack lacks %s", id)
		}
	}
}

// TestBuiltinOnDisk checks that the embedded pack is the rules folder.
func TestBuiltinOnDisk(t *testing.T) {
	disk, err := Load(Pack{Dir: "../../rules"})
	if err != nil {
		t.Fatal(err)
	}
	var a, b []string
	for _, r := range disk.Rules() {
		a = append(a, r.ID)
	}
	for _, r := range builtinEngine(t).Rules() {
		b = append(b, r.ID)
	}
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("rules on disk %v, embedded %v", a, b)
	}
}
