package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/filinglint/filinglint/checker/config"
	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/report"
	"github.com/filinglint/filinglint/checker/rule"
)

// lintFlags are the flags of `filinglint lint` (SPEC §4).
type lintFlags struct {
	formats     []string
	configPath  string
	rules       []string
	enable      []string
	disable     []string
	form        string
	minSeverity string
	failOn      string
	jobs        int
	baseline    string
	diff        bool
	fix         bool
	noColor     bool
	quiet       bool
	verbose     bool
	stats       bool
}

func newLintCmd(stdout, stderr io.Writer) *cobra.Command {
	var fl lintFlags
	cmd := &cobra.Command{
		Use:   "lint [paths...]",
		Short: "Lint files and folders (default \".\")",
		Long: `lint parses every filing under the given files and folders (default ".") and reports
what the rules find, as "path:line:col: severity: message (rule)" or in the formats
chosen with --format.

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above --fail-on;
2 usage, config or rule error, or a path that does not exist.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			return runLint(cmd.Context(), fl, args, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&fl.formats, "format", "f", nil, "output format text|json|sarif|github|checkstyle|junit, optionally =PATH to write a file (repeatable)")
	f.StringVar(&fl.configPath, "config", "", "config file (default: .filinglint.yaml in the working directory or a parent)")
	f.StringArrayVar(&fl.rules, "rules", nil, "directory of extra rule files (repeatable)")
	f.StringSliceVar(&fl.enable, "enable", nil, "enable only these rule ids or categories such as edgar/ (repeatable or comma-separated)")
	f.StringSliceVar(&fl.disable, "disable", nil, "disable rule ids or categories such as drafting/ (repeatable or comma-separated)")
	f.StringVar(&fl.form, "form", "", "form type for bare documents, overriding detection (e.g. 424B3)")
	f.StringVar(&fl.minSeverity, "min-severity", "info", "lowest severity shown: error|warning|info")
	f.StringVar(&fl.failOn, "fail-on", "error", "lowest severity that makes the exit code 1: error|warning|info|none")
	f.IntVar(&fl.jobs, "jobs", 0, "files linted in parallel (default: number of CPUs)")
	f.StringVar(&fl.baseline, "baseline", "", "JSON output of an earlier run: findings in it are not reported again")
	f.BoolVar(&fl.diff, "diff", false, "print the fixes as a unified diff instead of findings, without changing files")
	f.BoolVar(&fl.fix, "fix", false, "apply fixes to the files in place")
	f.BoolVar(&fl.noColor, "no-color", false, "never colour the text output")
	f.BoolVarP(&fl.quiet, "quiet", "q", false, "print no summary line")
	f.BoolVarP(&fl.verbose, "verbose", "v", false, "say which files are skipped and why")
	f.BoolVar(&fl.stats, "stats", false, "print the time spent reading, parsing and in each rule to stderr")
	return cmd
}

// output is one --format destination.
type output struct {
	format string
	path   string // "" for stdout
}

func parseOutputs(specs []string) ([]output, error) {
	if len(specs) == 0 {
		specs = []string{"text"}
	}
	var outs []output
	for _, s := range specs {
		name, path, _ := strings.Cut(s, "=")
		if _, err := report.New(name, report.Options{}); err != nil {
			return nil, usageErr("--format: %v", err)
		}
		outs = append(outs, output{format: name, path: path})
	}
	return outs, nil
}

// parseFailOn parses --fail-on; "none" is 0, so nothing fails.
func parseFailOn(s string) (finding.Severity, error) {
	if strings.EqualFold(s, "none") {
		return 0, nil
	}
	sev, err := finding.ParseSeverity(s)
	if err != nil {
		return 0, usageErr("--fail-on: %v", err)
	}
	return sev, nil
}

// loadConfig loads --config, or the .filinglint.yaml found from the
// working directory upwards, or none.
func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("working directory: %w", err)
		}
		if path, err = config.Find(wd); err != nil || path == "" {
			return &config.Config{}, err
		}
	}
	if _, err := os.Stat(path); err != nil {
		return nil, usageErr("config %s: no such file", path)
	}
	c, err := config.Load(path)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	return c, nil
}

// ruleInfos describes the rules that ran for the printers (SARIF lists
// them in tool.driver.rules).
func ruleInfos(rs []*rule.Rule, enabled func(id string) bool) []report.RuleInfo {
	infos := []report.RuleInfo{{
		ID: finding.ParseError, Title: "A file or document that cannot be read or parsed",
		Doc: "The file could not be read or parsed as an EDGAR filing.", Severity: finding.Error,
	}}
	for _, r := range rs {
		if !enabled(r.ID) {
			continue
		}
		infos = append(infos, report.RuleInfo{ID: r.ID, Title: r.Title, Doc: r.Doc, Citation: r.Citation, URL: r.URL, Severity: r.Severity})
	}
	return infos
}

// failing counts findings that make the exit code 1.
func failing(fs []finding.Finding, failOn finding.Severity) int {
	if failOn == 0 {
		return 0
	}
	n := 0
	for _, f := range fs {
		if !f.Suppressed && f.Severity >= failOn {
			n++
		}
	}
	return n
}
