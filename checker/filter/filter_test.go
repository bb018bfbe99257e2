package filter

import (
	"errors"
	"reflect"
	"testing"

	"github.com/filinglint/filinglint/checker/config"
	"github.com/filinglint/filinglint/checker/finding"
)

func TestPipelineOrder(t *testing.T) {
	var names []string
	for _, p := range Pipeline(Options{}) {
		names = append(names, p.Name())
	}
	want := []string{"fingerprint", "severity", "enable", "suppress", "baseline", "min-severity", "sort"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("Pipeline order = %q, want %q", names, want)
	}
}

func TestPipeline(t *testing.T) {
	in := fs(
		"b.txt:5 toc/page-number error page 4",
		"a.txt:9 fls/safe-harbor-missing warning no safe harbor", // raised to error
		"a.txt:3 drafting/placeholder error placeholder TBD",     // disabled
		"a.txt:7 edgar/ascii-charset error smart quote",          // suppressed, kept
		"a.txt:8 edgar/ascii-tags warning unbalanced <TABLE>",    // lowered to info, then hidden
		"a.txt:1 parse/error error cannot parse the SGML header", // enabled although not listed
		"c.txt:2 xref/page error page 12",                        // in the baseline
	)
	known := fs("c.txt:40 xref/page error page 12")
	Fingerprints(known)
	o := Options{
		Enable:  []string{"toc/", "fls", "edgar/", "drafting/", "xref/"},
		Disable: []string{"drafting/"},
		Severity: map[string]finding.Severity{
			"fls/safe-harbor-missing": finding.Error,
			"edgar/ascii-tags":        finding.Info,
		},
		MinSeverity: finding.Warning,
		Ignore: []config.Ignore{
			{Rule: "edgar/ascii-charset", Path: "a.txt", Reason: "client style"},
			{Rule: "edgar/ascii-tags", Path: "a.txt", Reason: "used, though the finding is hidden"},
			{Rule: "drafting/placeholder", Path: "a.txt", Reason: "rule is disabled: not unused"},
			{Rule: "toc/page-number", Path: "b.txt", Line: 6, Reason: "wrong line: unused"},
		},
		Baseline: known,
	}
	ps := Pipeline(o)
	got, err := Run(ps, in)
	if err != nil {
		t.Fatal(err)
	}
	want := `a.txt:1 parse/error error cannot parse the SGML header
a.txt:7 edgar/ascii-charset error smart quote [suppressed: client style]
a.txt:9 fls/safe-harbor-missing error no safe harbor
b.txt:5 toc/page-number error page 4
`
	if show(got) != want {
		t.Errorf("Run:\n%s\nwant:\n%s", show(got), want)
	}
	for _, f := range got {
		if f.Fingerprint == "" {
			t.Errorf("%s:%d has no fingerprint", f.Path, f.Line)
		}
	}
	if unused := UnusedIgnores(ps); !reflect.DeepEqual(unused, o.Ignore[3:]) {
		t.Errorf("UnusedIgnores = %+v, want %+v", unused, o.Ignore[3:])
	}
	if in[0].Fingerprint != "" || in[1].Severity != finding.Warning {
		t.Error("Run modified the caller's findings")
	}
}

type failing struct{}

func (failing) Name() string { return "failing" }
func (failing) Process([]finding.Finding) ([]finding.Finding, error) {
	return nil, errors.New("boom")
}

func TestRunError(t *testing.T) {
	_, err := Run([]Processor{sorter{}, failing{}}, fs("a.txt:1 r/a error x"))
	if err == nil || err.Error() != "filter failing: boom" {
		t.Errorf("Run error = %v, want filter failing: boom", err)
	}
}

func TestRunPerFile(t *testing.T) {
	// One pipeline may be run over each file's findings in turn: the
	// baseline and the suppressions carry over.
	known := fs("a.txt:1 r/a error x", "b.txt:1 r/a error x")
	Fingerprints(known)
	ps := Pipeline(Options{Baseline: known[:1], Ignore: []config.Ignore{{Rule: "r/a", Path: "b.txt", Reason: "ok"}}})
	a, _ := Run(ps, fs("a.txt:5 r/a error x"))
	b, _ := Run(ps, fs("b.txt:5 r/a error x"))
	if len(a) != 0 || len(b) != 1 || !b[0].Suppressed {
		t.Errorf("per-file runs: a=%s b=%s", show(a), show(b))
	}
	if u := UnusedIgnores(ps); len(u) != 0 {
		t.Errorf("UnusedIgnores = %+v", u)
	}
}
