// Package filter turns the raw findings of a run into what is reported: an
// ordered list of small processors, in the manner of golangci-lint's
// pkg/result/processors, applies severity overrides, enable/disable, audited
// suppressions, the baseline, the minimum severity and the final sort.
// Pipeline is the one place where their order is written down.
package filter

import (
	"fmt"

	"github.com/filinglint/filinglint/checker/config"
	"github.com/filinglint/filinglint/checker/finding"
)

// Processor transforms the findings of a run. Process may reorder, drop or
// modify the elements of fs in place and return a slice sharing its backing
// array; Run hands it a copy of the caller's slice.
type Processor interface {
	Name() string
	Process(fs []finding.Finding) ([]finding.Finding, error)
}

// Options holds what the CLI and the config file decided.
type Options struct {
	// Enable and Disable hold rule ids and categories ("edgar/" or
	// "edgar"); an empty Enable means every rule. See Enabled.
	Enable, Disable []string
	// Severity overrides the severity of a rule id or a category; an exact
	// id wins over its category.
	Severity map[string]finding.Severity
	// MinSeverity drops findings below it from the output; 0 keeps all.
	MinSeverity finding.Severity
	// Ignore holds the audited suppressions: matching findings are kept,
	// marked Suppressed with the entry's Reason.
	Ignore []config.Ignore
	// Baseline holds findings known before; a finding whose fingerprint
	// matches one of them is dropped, each baseline finding absorbing one.
	Baseline []finding.Finding
	// BaseDir is the directory ignore path globs are relative to, usually
	// the config file's directory (see config.MatchPath).
	BaseDir string
}

// Pipeline returns the processors in their fixed order:
//
//	fingerprint -> severity overrides -> enable/disable -> ignore (suppress)
//	-> baseline -> min-severity -> sort
//
// Fingerprints come first so that the baseline can match on them and the
// printers can show them; severity overrides come before min-severity so
// that a rule lowered to info is hidden by --min-severity warning; disabled
// rules are gone before suppressions are matched, so an ignore entry for a
// disabled rule is not reported as unused; suppression comes before the
// baseline and min-severity so that an entry which matched is counted as
// used even when its finding is then dropped.
//
// The suppress and baseline processors keep state (which entries matched,
// which baseline findings were absorbed): use one Pipeline per run, either
// over all findings at once or over the findings of each file in turn; they
// are safe for concurrent use.
func Pipeline(o Options) []Processor {
	return []Processor{
		fingerprint{},
		severity{o.Severity},
		enabled{o.Enable, o.Disable},
		NewSuppress(o.Ignore, o.BaseDir, o.Enable, o.Disable),
		newBaseline(o.Baseline),
		minSeverity{o.MinSeverity},
		sorter{},
	}
}

// Run applies the processors in order to a copy of fs.
func Run(ps []Processor, fs []finding.Finding) ([]finding.Finding, error) {
	out := append([]finding.Finding(nil), fs...)
	for _, p := range ps {
		var err error
		if out, err = p.Process(out); err != nil {
			return nil, fmt.Errorf("filter %s: %w", p.Name(), err)
		}
	}
	return out, nil
}
