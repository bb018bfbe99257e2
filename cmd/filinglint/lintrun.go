package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/filinglint/filinglint/checker/config"
	"github.com/filinglint/filinglint/checker/filter"
	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/lint"
	"github.com/filinglint/filinglint/checker/report"
	"github.com/filinglint/filinglint/checker/rule"
	"github.com/filinglint/filinglint/rules"
)

// lintSetup is what the flags and the config decide before a run.
type lintSetup struct {
	outs            []output
	minSev, failOn  finding.Severity
	cfg             *config.Config
	engine          *rule.Engine
	enable, disable []string
	baseline        []finding.Finding
}

// setupLint validates the flags and loads the config, the rule packs and
// the baseline; every error is a usage error (exit 2).
func setupLint(fl lintFlags) (*lintSetup, error) {
	var st lintSetup
	var err error
	if st.outs, err = parseOutputs(fl.formats); err != nil {
		return nil, err
	}
	if st.minSev, err = finding.ParseSeverity(fl.minSeverity); err != nil {
		return nil, usageErr("--min-severity: %v", err)
	}
	if st.failOn, err = parseFailOn(fl.failOn); err != nil {
		return nil, err
	}
	if fl.jobs < 0 {
		return nil, usageErr("--jobs must be 0 or more, got %d", fl.jobs)
	}
	if st.cfg, err = loadConfig(fl.configPath); err != nil {
		return nil, err
	}
	if st.engine, err = loadRules(append(append([]string{}, st.cfg.Rules...), fl.rules...)); err != nil {
		return nil, err
	}
	st.enable = append(append([]string{}, st.cfg.Enable...), fl.enable...)
	st.disable = append(append([]string{}, st.cfg.Disable...), fl.disable...)
	if err := checkSelectors(st.engine, st.enable, st.disable); err != nil {
		return nil, err
	}
	if fl.baseline != "" {
		if st.baseline, err = readBaseline(fl.baseline); err != nil {
			return nil, err
		}
	}
	return &st, nil
}

// runLint is `filinglint lint`: walk → parse → evaluate (lint.Run), then
// filter, fix, print, and turn the findings into the exit code.
func runLint(ctx context.Context, fl lintFlags, paths []string, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	st, err := setupLint(fl)
	if err != nil {
		return err
	}
	cfg, engine, enable, disable := st.cfg, st.engine, st.enable, st.disable
	verbose := func(string, ...any) {}
	if fl.verbose {
		verbose = func(format string, args ...any) { fmt.Fprintf(stderr, "filinglint: "+format+"\n", args...) }
	}
	var onFile func(done, total int)
	if isTerminal(stderr) && !fl.quiet {
		pr := newProgress(stderr)
		onFile = pr.update
		defer pr.finish()
	}
	res, err := lint.Run(ctx, lint.Options{
		OnFile:   onFile,
		Paths:    paths,
		Jobs:     fl.jobs,
		Rules:    engine,
		Enabled:  func(id string) bool { return filter.Enabled(id, enable, disable) },
		FormFor:  formFor(fl.form, cfg),
		Excluded: cfg.Excluded,
		Verbose:  verbose,
	})
	if errors.Is(err, lint.ErrNoPath) {
		return usageErr("%v", err)
	}
	if err != nil {
		return err
	}
	// Ignore globs are relative to the config file's directory.
	baseDir := cfg.Dir
	if baseDir == "" {
		baseDir, _ = os.Getwd()
	}
	procs := filter.Pipeline(filter.Options{
		Enable: enable, Disable: disable, Severity: cfg.Severity, MinSeverity: st.minSev,
		Ignore: cfg.Ignore, Baseline: st.baseline, BaseDir: baseDir,
	})
	fs, err := filter.Run(procs, res.Findings)
	if err != nil {
		return err
	}
	for _, ig := range filter.UnusedIgnores(procs, paths...) {
		fmt.Fprintf(stderr, "%s:%d:%d: warning: ignore entry for %s matched no finding\n", cfg.Path, ig.Pos.Line, ig.Pos.Col, ig.Rule)
	}
	rep := &report.Report{
		Tool:     report.Tool{Name: "filinglint", Version: version, URI: "https://github.com/filinglint/filinglint"},
		Findings: fs,
		Rules:    ruleInfos(engine.Rules(), func(id string) bool { return filter.Enabled(id, enable, disable) }),
		Summary:  report.Summary{Files: res.Files, Documents: res.Documents},
	}
	if fl.diff || fl.fix {
		fixed, err := applyFixes(fs, fl.fix, stdout, stderr)
		if err != nil {
			return err
		}
		if fl.fix {
			// What --fix repaired is no longer a finding; --diff changes
			// nothing, so every finding still counts.
			rep.Findings = unfixed(fs, fixed)
			fs = rep.Findings
		}
	}
	if !fl.diff {
		if err := writeOutputs(st.outs, rep, fl.noColor, stdout); err != nil {
			return err
		}
	}
	if fl.stats {
		printStats(stderr, res, engine.Stats())
	}
	if !fl.quiet {
		if err := report.Summarize(stderr, rep); err != nil {
			return err
		}
	}
	if failing(fs, st.failOn) > 0 {
		return &exitError{code: exitFindings, err: errors.New("findings")}
	}
	return nil
}

// loadRules loads the built-in pack and the user's packs.
func loadRules(dirs []string) (*rule.Engine, error) {
	packs := []rule.Pack{{Dir: "rules", FS: rules.FS, Name: "built-in"}}
	for _, d := range dirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return nil, usageErr("--rules %s: not a directory", d)
		}
		packs = append(packs, rule.Pack{Dir: d})
	}
	e, err := rule.Load(packs...)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	return e, nil
}

// checkSelectors rejects --enable/--disable entries that name no rule.
func checkSelectors(e *rule.Engine, lists ...[]string) error {
	for _, list := range lists {
		for _, sel := range list {
			if sel == finding.ParseError {
				continue
			}
			found := false
			for _, r := range e.Rules() {
				if filter.MatchRule(sel, r.ID) {
					found = true
					break
				}
			}
			if !found {
				return usageErr("no rule or category %q (see filinglint rules list)", sel)
			}
		}
	}
	return nil
}

func readBaseline(path string) ([]finding.Finding, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usageErr("--baseline: %v", err)
	}
	defer f.Close()
	fs, err := filter.LoadBaseline(f)
	if err != nil {
		return nil, usageErr("--baseline %s: %v", path, err)
	}
	return fs, nil
}

// formFor returns the form for bare documents: --form wins over the
// config's forms globs.
func formFor(flag string, cfg *config.Config) func(string) string {
	return func(path string) string {
		if flag != "" {
			return flag
		}
		return cfg.FormFor(path)
	}
}

// writeOutputs prints the report in each chosen format, to stdout or to
// the file named after "=".
func writeOutputs(outs []output, rep *report.Report, noColor bool, stdout io.Writer) error {
	wd, _ := os.Getwd()
	for _, o := range outs {
		color := !noColor && o.path == "" && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
		p, err := report.New(o.format, report.Options{Color: color, BaseDir: wd})
		if err != nil {
			return usageErr("%v", err)
		}
		if o.path == "" {
			if err := p.Print(stdout, rep); err != nil {
				return fmt.Errorf("print %s: %w", o.format, err)
			}
			continue
		}
		if err := writeFile(o.path, func(w io.Writer) error { return p.Print(w, rep) }); err != nil {
			return err
		}
	}
	return nil
}

// writeFile writes a file through a temporary file renamed into place, so
// an error never leaves half a report.
func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".filinglint-*")
	if err != nil {
		return usageErr("write %s: %v", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
