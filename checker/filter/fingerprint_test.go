package filter

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

func fingerprints(in []finding.Finding) []string {
	cp := append([]finding.Finding(nil), in...)
	Fingerprints(cp)
	out := make([]string, len(cp))
	for i := range cp {
		out[i] = cp[i].Fingerprint
	}
	return out
}

func TestFingerprintsIgnoreLines(t *testing.T) {
	before := fs(
		"a.txt:10 toc/page-number error page 4",
		"a.txt:20 xref/page error page 9",
		"a.txt:30 xref/page error page 9",
	)
	before[0].Subject = "Risk Factors"
	// Ten lines were added above: every finding moved, columns too.
	after := fs(
		"a.txt:20 toc/page-number error page 4",
		"a.txt:30 xref/page error page 9",
		"a.txt:40 xref/page error page 9",
	)
	after[0].Subject = "risk   FACTORS"
	after[1].Column = 7
	fb, fa := fingerprints(before), fingerprints(after)
	for i := range fb {
		if fb[i] != fa[i] {
			t.Errorf("fingerprint %d changed when lines moved: %s -> %s", i, fb[i], fa[i])
		}
		if !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(fb[i]) {
			t.Errorf("fingerprint %q is not hex sha256", fb[i])
		}
	}
	if fb[1] == fb[2] {
		t.Error("two occurrences of the same problem share a fingerprint")
	}
}

func TestFingerprintsDistinguish(t *testing.T) {
	base := f("a.txt:1 xref/page error page 9")
	variants := map[string]func(*finding.Finding){
		"rule":     func(f *finding.Finding) { f.Rule = "xref/target" },
		"path":     func(f *finding.Finding) { f.Path = "b.txt" },
		"document": func(f *finding.Finding) { f.Document = &finding.Document{Sequence: 2} },
		"subject":  func(f *finding.Finding) { f.Subject = "Use of Proceeds" },
		"digits":   func(f *finding.Finding) { f.Message = "page 8" },
	}
	want := fingerprints([]finding.Finding{base})[0]
	for name, change := range variants {
		g := base
		change(&g)
		if fingerprints([]finding.Finding{g})[0] == want {
			t.Errorf("changing the %s does not change the fingerprint", name)
		}
	}
	same := map[string]func(*finding.Finding){
		"line":     func(f *finding.Finding) { f.Line = 99 },
		"severity": func(f *finding.Finding) { f.Severity = finding.Info },
		"path":     func(f *finding.Finding) { f.Path = "./a.txt" },
		"spaces":   func(f *finding.Finding) { f.Message = "Page  9" },
	}
	for name, change := range same {
		g := base
		change(&g)
		if fingerprints([]finding.Finding{g})[0] != want {
			t.Errorf("changing the %s changes the fingerprint", name)
		}
	}
	if filepath.Separator == '\\' {
		g := base
		g.Path = `.\a.txt`
		if fingerprints([]finding.Finding{g})[0] != want {
			t.Error("backslash path changes the fingerprint")
		}
	}
}

func TestFingerprintsOrderIndependent(t *testing.T) {
	in := fs(
		"a.txt:20 xref/page error page 9",
		"a.txt:10 xref/page error page 9",
		"a.txt:30 xref/page error page 9",
	)
	got := fingerprints(in)
	sorted := fingerprints([]finding.Finding{in[1], in[0], in[2]})
	if got[1] != sorted[0] || got[0] != sorted[1] || got[2] != sorted[2] {
		t.Errorf("fingerprints depend on input order: %q vs %q", got, sorted)
	}
}
