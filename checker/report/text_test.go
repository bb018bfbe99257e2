package report

import (
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

func TestTextLeavesOutSuppressed(t *testing.T) {
	out := string(printReport(t, "text", Options{}, fixture()))
	if strings.Contains(out, "fls/safe-harbor-missing") {
		t.Errorf("suppressed finding printed:\n%s", out)
	}
	if n := strings.Count(out, "\n"); n != 4 {
		t.Errorf("got %d lines, want 4:\n%s", n, out)
	}
}

// TestTextOneLine checks that line breaks and escape sequences in a
// finding cannot split its line or reach the terminal, and that a
// file-level finding still prints as path:line:col.
func TestTextOneLine(t *testing.T) {
	r := &Report{Findings: []finding.Finding{{
		Rule: "parse/error", Severity: finding.Error, Path: "a\nb.txt",
		Message: "bad\r\nbyte \x1b[2J here\u2028now\ttab",
	}}}
	got := string(printReport(t, "text", Options{Color: true}, r))
	want := ansiBold + "a b.txt" + ansiReset + ":1:1: " + ansiRed + "error" + ansiReset +
		": bad  byte  [2J here now\ttab (parse/error)\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestTextColorOnlyWhenAsked(t *testing.T) {
	if out := printReport(t, "text", Options{}, fixture()); strings.Contains(string(out), "\x1b") {
		t.Errorf("uncoloured output has escape sequences:\n%q", out)
	}
	out := string(printReport(t, "text", Options{Color: true}, fixture()))
	for _, s := range []string{ansiRed + "error", ansiBlue + "info", ansiBold + "filings/"} {
		if !strings.Contains(out, s) {
			t.Errorf("coloured output lacks %q:\n%q", s, out)
		}
	}
}
