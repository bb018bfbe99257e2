package report

import (
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

// TestGitHubEscaping feeds a message and a path that try to end the
// command line and start commands of their own, and checks that each
// finding stays one line and that only the intended lines start with "::".
func TestGitHubEscaping(t *testing.T) {
	r := &Report{Findings: []finding.Finding{{
		Rule: "drafting/placeholder", Severity: finding.Error,
		Path:    "evil,line=1::x\r\n::warning file=y::z%.txt",
		Message: "bad\n::set-output name=x::y\r\n::add-mask::secret 100%, a:b",
		Line:    3, Column: 5, EndLine: 3, EndColumn: 9,
	}, {
		Rule: "toc/page-number", Severity: finding.Warning, Path: "ok.txt", Message: "\n::error::injected\n",
	}, {
		Rule: "a/b", Severity: finding.Info, Path: "i.txt", Line: 1, Message: "plain",
	}}}
	out := string(printReport(t, "github", Options{}, r))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(r.Findings) {
		t.Fatalf("got %d lines for %d findings:\n%s", len(lines), len(r.Findings), out)
	}
	if strings.ContainsRune(out, '\r') {
		t.Errorf("output contains a carriage return: %q", out)
	}
	want := []string{
		"::error file=evil%2Cline=1%3A%3Ax%0D%0A%3A%3Awarning file=y%3A%3Az%25.txt,line=3,col=5,endLine=3,endColumn=9," +
			"title=drafting/placeholder::bad%0A::set-output name=x::y%0D%0A::add-mask::secret 100%25, a:b",
		"::warning file=ok.txt,title=toc/page-number::%0A::error::injected%0A",
		"::notice file=i.txt,line=1,title=a/b::plain",
	}
	for i, line := range lines {
		if line != want[i] {
			t.Errorf("line %d:\ngot  %q\nwant %q", i, line, want[i])
		}
		cmd, _, _ := strings.Cut(strings.TrimPrefix(line, "::"), " ")
		if !strings.HasPrefix(line, "::") || cmd != []string{"error", "warning", "notice"}[i] {
			t.Errorf("line %d is not the intended command: %q", i, line)
		}
	}
}

func TestGitHubLeavesOutSuppressed(t *testing.T) {
	out := string(printReport(t, "github", Options{}, fixture()))
	if strings.Contains(out, "fls/safe-harbor-missing") || strings.Count(out, "\n") != 4 {
		t.Errorf("want the 4 unsuppressed findings only:\n%s", out)
	}
}
