package filter

import (
	"fmt"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

// f builds a finding from "path:line rule severity message".
func f(s string) finding.Finding {
	fields := strings.SplitN(s, " ", 4)
	var path string
	var line int
	if _, err := fmt.Sscanf(strings.Replace(fields[0], ":", " ", 1), "%s %d", &path, &line); err != nil {
		panic(s)
	}
	sev, err := finding.ParseSeverity(fields[2])
	if err != nil {
		panic(err)
	}
	return finding.Finding{Path: path, Line: line, Column: 1, Rule: fields[1], Severity: sev, Message: fields[3]}
}

func fs(lines ...string) []finding.Finding {
	out := make([]finding.Finding, len(lines))
	for i, l := range lines {
		out[i] = f(l)
	}
	return out
}

// show prints findings one a line, with suppression, for comparisons.
func show(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s:%d %s %s %s", f.Path, f.Line, f.Rule, f.Severity, f.Message)
		if f.Suppressed {
			fmt.Fprintf(&b, " [suppressed: %s]", f.Reason)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func check(t *testing.T, p Processor, in, want []finding.Finding) {
	t.Helper()
	got, err := p.Process(append([]finding.Finding(nil), in...))
	if err != nil {
		t.Fatalf("%s: %v", p.Name(), err)
	}
	if show(got) != show(want) {
		t.Errorf("%s:\n%s\nwant:\n%s", p.Name(), show(got), show(want))
	}
}
