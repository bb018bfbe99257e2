// Package report prints a run's findings in the formats users and tools
// read: text for terminals and editors, JSON, SARIF for code-scanning
// dashboards, GitHub Actions annotations, checkstyle and JUnit XML. Each
// format is one Printer in its own file, chosen by name from a map; a
// printer writes only to the io.Writer it is given.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
)

// Tool names the program in outputs.
type Tool struct {
	Name    string
	Version string
	URI     string
}

// RuleInfo is what printers need to know of a rule: SARIF's
// tool.driver.rules and checkstyle's source come from it.
type RuleInfo struct {
	ID       string
	Title    string
	Doc      string
	Citation string
	URL      string
	Severity finding.Severity
}

// name returns the tool's name, "filinglint" when none is set.
func (t Tool) name() string {
	if t.Name == "" {
		return "filinglint"
	}
	return t.Name
}

// Summary counts what a run saw.
type Summary struct {
	Files     int
	Documents int
}

// Report is everything a printer prints.
type Report struct {
	Tool Tool
	// Findings are already filtered and sorted; suppressed ones are kept
	// and each printer decides whether to show them.
	Findings []finding.Finding
	// Rules lists every rule that ran, sorted by ID.
	Rules   []RuleInfo
	Summary Summary
}

// Options tunes printers.
type Options struct {
	// Color turns on ANSI colours in the text format.
	Color bool
	// BaseDir is the directory SARIF uris are made relative to when a
	// finding's path is absolute; relative paths are used as given.
	BaseDir string
}

// Printer writes a Report in one format.
type Printer interface {
	Print(w io.Writer, r *Report) error
}

// formats lists the format names in the order Formats reports them; every
// name has an entry in printers.
var formats = []string{"text", "json", "sarif", "github", "checkstyle", "junit"}

// printers maps a format name to the constructor of its printer.
var printers = map[string]func(Options) Printer{
	"text":       func(o Options) Printer { return textPrinter{color: o.Color} },
	"json":       func(Options) Printer { return jsonPrinter{} },
	"sarif":      func(o Options) Printer { return sarifPrinter{baseDir: o.BaseDir} },
	"github":     func(Options) Printer { return githubPrinter{} },
	"checkstyle": func(Options) Printer { return checkstylePrinter{} },
	"junit":      func(Options) Printer { return junitPrinter{} },
}

// Formats lists the format names in a stable order: text, json, sarif,
// github, checkstyle, junit.
func Formats() []string {
	return append([]string(nil), formats...)
}

// New returns the printer for a format name, or an error naming the valid
// ones.
func New(format string, opts Options) (Printer, error) {
	mk, ok := printers[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(formats, ", "))
	}
	return mk(opts), nil
}

// Summarize writes the one-line summary the text format prints on stderr,
// such as "3 files, 4 documents: 2 findings (1 error, 1 warning, 0 info)"
// or "3 files, 4 documents: no findings". Suppressed findings are not
// counted as findings; when there are any, ", N suppressed" follows.
func Summarize(w io.Writer, r *Report) error {
	c := count(r.Findings)
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s: ", plural(r.Summary.Files, "file"), plural(r.Summary.Documents, "document"))
	if c.total == 0 {
		b.WriteString("no findings")
	} else {
		fmt.Fprintf(&b, "%s (%s, %s, %d info)", plural(c.total, "finding"),
			plural(c.errors, "error"), plural(c.warnings, "warning"), c.infos)
	}
	if c.suppressed > 0 {
		fmt.Fprintf(&b, ", %d suppressed", c.suppressed)
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// counts tallies findings by severity; suppressed findings are counted
// apart and in no other field.
type counts struct {
	total, errors, warnings, infos, suppressed int
}

func count(fs []finding.Finding) counts {
	var c counts
	for i := range fs {
		f := &fs[i]
		if f.Suppressed {
			c.suppressed++
			continue
		}
		c.total++
		switch f.Severity {
		case finding.Error:
			c.errors++
		case finding.Warning:
			c.warnings++
		case finding.Info:
			c.infos++
		}
	}
	return c
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// atLeastOne returns n, or 1 when n is 0 (unknown): the line or column
// that formats requiring a 1-based position print for a file-level finding.
func atLeastOne(n int) int {
	return max(n, 1)
}
