package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/filinglint/filinglint/checker/finding"
)

// ANSI escape sequences used by the coloured text format.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
)

var severityColors = map[finding.Severity]string{
	finding.Error:   ansiRed,
	finding.Warning: ansiYellow,
	finding.Info:    ansiBlue,
}

// textPrinter writes one "path:line:col: severity: message (rule-id)" line
// per finding, the form editors' problem matchers parse. Suppressed
// findings are left out, and so is the summary (see Summarize).
type textPrinter struct {
	color bool
}

func (p textPrinter) Print(w io.Writer, r *Report) error {
	var b strings.Builder
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed {
			continue
		}
		path, sev := oneLine(f.Path), f.Severity.String()
		if p.color {
			path = ansiBold + path + ansiReset
			if c, ok := severityColors[f.Severity]; ok {
				sev = c + sev + ansiReset
			}
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s (%s)\n", path, atLeastOne(f.Line), atLeastOne(f.Column),
			sev, oneLine(f.Message), oneLine(f.Rule))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// oneLine makes s safe to print as part of one terminal line: line breaks
// and other control characters (escape sequences included) become spaces,
// so text taken from a filing can neither split a finding across lines nor
// drive the terminal.
func oneLine(s string) string {
	if strings.IndexFunc(s, isUnsafeControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isUnsafeControl(r) {
			return ' '
		}
		return r
	}, s)
}

func isUnsafeControl(r rune) bool {
	return r != '\t' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029')
}
