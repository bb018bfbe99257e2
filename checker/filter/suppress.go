package filter

import (
	"strings"
	"sync"

	"github.com/filinglint/filinglint/checker/config"
	"github.com/filinglint/filinglint/checker/finding"
)

// Suppress is the processor for the config's ignore entries. A matching
// finding is kept, marked Suppressed with the Reason of the first entry that
// matches; the printers decide whether to show it. Suppress remembers which
// entries matched, so that the unused ones can be reported like staticcheck
// reports a suppression that matches nothing. It is safe for concurrent use.
type Suppress struct {
	ignores         []config.Ignore
	baseDir         string
	enable, disable []string

	mu   sync.Mutex
	used []bool
}

// NewSuppress returns the processor for ignores, whose path globs are
// relative to baseDir. enable and disable tell Unused which rules ran.
func NewSuppress(ignores []config.Ignore, baseDir string, enable, disable []string) *Suppress {
	return &Suppress{
		ignores: ignores, baseDir: baseDir,
		enable: enable, disable: disable,
		used: make([]bool, len(ignores)),
	}
}

// Name implements Processor.
func (*Suppress) Name() string { return "suppress" }

// Process implements Processor.
func (s *Suppress) Process(fs []finding.Finding) ([]finding.Finding, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range fs {
		f := &fs[i]
		for j := range s.ignores {
			if !s.matches(&s.ignores[j], f) {
				continue
			}
			s.used[j] = true
			if !f.Suppressed {
				f.Suppressed, f.Reason = true, s.ignores[j].Reason
			}
		}
	}
	return fs, nil
}

// matches reports whether the ignore entry applies to f: the rule or its
// category, the path glob (see config.MatchPath), the line when set, and the
// text when set, found in the message or the flagged element's text.
func (s *Suppress) matches(ig *config.Ignore, f *finding.Finding) bool {
	return MatchRule(ig.Rule, f.Rule) &&
		(ig.Path == "" || config.MatchPath(ig.Path, s.baseDir, f.Path)) &&
		(ig.Line == 0 || ig.Line == f.Line) &&
		(ig.Text == "" || strings.Contains(f.Message, ig.Text) || strings.Contains(f.Subject, ig.Text))
}

// Unused returns, in config order, the entries that matched no finding and
// whose rule could have run (an entry for a disabled rule is not unused; it
// is simply not in play). When linted paths are given, only entries whose
// path glob matches one of them are returned, so that linting one file does
// not report the suppressions of the others.
func (s *Suppress) Unused(linted ...string) []config.Ignore {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []config.Ignore
	for i, ig := range s.ignores {
		if s.used[i] || !mayRun(ig.Rule, s.enable, s.disable) {
			continue
		}
		if len(linted) > 0 && !s.coversAny(ig.Path, linted) {
			continue
		}
		out = append(out, ig)
	}
	return out
}

func (s *Suppress) coversAny(glob string, paths []string) bool {
	for _, p := range paths {
		if glob == "" || config.MatchPath(glob, s.baseDir, p) {
			return true
		}
	}
	return false
}

// UnusedIgnores returns the ignore entries of the pipeline's suppress
// processor that matched no finding (see Suppress.Unused); the CLI reports
// them as warnings at their position in the config file.
func UnusedIgnores(ps []Processor, linted ...string) []config.Ignore {
	for _, p := range ps {
		if s, ok := p.(*Suppress); ok {
			return s.Unused(linted...)
		}
	}
	return nil
}

// mayRun reports whether a rule id or category named by an ignore entry can
// produce findings under the enable and disable lists.
func mayRun(rule string, enable, disable []string) bool {
	cat, name, _ := strings.Cut(rule, "/")
	if name != "" {
		return Enabled(rule, enable, disable)
	}
	if cat == "parse" {
		return Enabled(finding.ParseError, enable, disable)
	}
	for _, d := range disable {
		if strings.TrimSuffix(d, "/") == cat {
			return false
		}
	}
	if len(enable) == 0 {
		return true
	}
	for _, e := range enable {
		if strings.TrimSuffix(e, "/") == cat || strings.HasPrefix(e, cat+"/") {
			return true
		}
	}
	return false
}
