package filter

import (
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

func TestSeverityOverrides(t *testing.T) {
	in := fs(
		"a.txt:1 fls/safe-harbor-missing warning no safe harbor",
		"a.txt:2 edgar/ascii-charset error smart quote",
		"a.txt:3 edgar/ascii-tags warning unbalanced <TABLE>",
		"a.txt:4 toc/missing error no table of contents",
		"a.txt:5 xref/page error page 4",
	)
	want := fs(
		"a.txt:1 fls/safe-harbor-missing error no safe harbor",
		"a.txt:2 edgar/ascii-charset info smart quote",
		"a.txt:3 edgar/ascii-tags error unbalanced <TABLE>",
		"a.txt:4 toc/missing error no table of contents",
		"a.txt:5 xref/page warning page 4",
	)
	check(t, severity{map[string]finding.Severity{
		"fls/safe-harbor-missing": finding.Error,
		"edgar/":                  finding.Info,
		"edgar/ascii-tags":        finding.Error, // the exact id wins
		"xref":                    finding.Warning,
	}}, in, want)
	check(t, severity{}, in, in)
}

func TestMinSeverity(t *testing.T) {
	in := fs(
		"a.txt:1 r/e error e",
		"a.txt:2 r/w warning w",
		"a.txt:3 r/i info i",
	)
	check(t, minSeverity{finding.Warning}, in, in[:2])
	check(t, minSeverity{finding.Error}, in, in[:1])
	check(t, minSeverity{finding.Info}, in, in)
	check(t, minSeverity{}, in, in)
}

func TestSort(t *testing.T) {
	in := fs(
		"b.txt:1 r/a error x",
		"a.txt:9 r/a error x",
		"a.txt:2 r/b error x",
		"a.txt:2 r/a error y",
		"a.txt:2 r/a error x",
	)
	// Two findings equal under finding.Less keep their order.
	in = append(in, f("a.txt:2 r/a error x"))
	in[4].Page, in[5].Page = "first", "second"
	got, _ := sorter{}.Process(append([]finding.Finding(nil), in...))
	want := []finding.Finding{in[4], in[5], in[3], in[2], in[1], in[0]}
	for i := range want {
		if got[i].Path != want[i].Path || got[i].Line != want[i].Line || got[i].Rule != want[i].Rule ||
			got[i].Message != want[i].Message || got[i].Page != want[i].Page {
			t.Fatalf("sort:\n%s\nwant:\n%s (pages %q %q)", show(got), show(want), got[0].Page, got[1].Page)
		}
	}
}
