package rule

import (
	"io/fs"

	"cel.dev/cel-go/cel"

	"github.com/filinglint/filinglint/checker/finding"
)

// Rule is one compiled rule. Its documentation fields are data: they feed
// `rules list`, `rules show`, SARIF rule descriptions and the docs.
type Rule struct {
	ID       string
	Title    string
	Doc      string
	Citation string
	URL      string
	Severity finding.Severity
	// Forms selects documents by family, format or form glob; empty means
	// every document. See Applies.
	Forms []string
	// Path is the rule file as it is shown: the pack's Dir joined with the
	// file's path inside the pack ("rules/toc/page-number.yaml").
	Path string
	// When and Findings are the CEL sources.
	When     string
	Findings string
	// Fix describes, for the docs, the repair the rule's findings carry
	// (see withFix in LIBRARY.md); empty if the rule offers none.
	Fix   string
	Tests []Test

	stats ruleStats

	idPos    pos    // where the id stands in the rule file
	fsys     fs.FS  // the pack, for reading fixtures
	rel      string // Path inside fsys
	when     cel.Program
	findings cel.Program
	cost     uint64 // estimated worst-case cost of when + findings
}

// Test is one inline test case: the fixture File (relative to the rule
// file) must produce exactly the findings in Want. An empty Want means the
// fixture is clean.
type Test struct {
	Name string
	File string
	Want []Want
	Line int // where the case stands in the rule file
}

// Want expects a finding on Line whose message contains Message.
type Want struct {
	Line    int
	Message string
}

// Pack is a directory of rule files. Dir is how paths are shown and FS the
// files; a nil FS reads Dir from disk. Name, if set, is how an error names
// the pack's rules when another pack reuses one of their ids ("built-in").
type Pack struct {
	Dir  string
	FS   fs.FS
	Name string
}

// EstimatedCost reports the static worst-case cost of the rule's CEL,
// computed at load for the document sizes in cost.go.
func (r *Rule) EstimatedCost() uint64 { return r.cost }
