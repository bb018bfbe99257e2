package report

import (
	"bytes"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/internal/golden"

	"github.com/filinglint/filinglint/checker/finding"
)

// goldenOptions are the options every golden file is printed with; the
// base directory makes the SARIF golden show originalUriBaseIds.
var goldenOptions = Options{BaseDir: "/srv/filings"}

// fixture returns the report every golden file prints: findings across two
// files, one with a Document, one with a Fix, one Suppressed, a message
// with characters each format must escape, and every severity.
func fixture() *Report {
	doc := &finding.Document{Sequence: 1, Type: "424B3", Filename: "acme-424b3.txt"}
	return &Report{
		Tool: Tool{Name: "filinglint", Version: "1.2.3", URI: "https://github.com/filinglint/filinglint"},
		Findings: []finding.Finding{{
			Rule: "drafting/placeholder", Severity: finding.Error,
			Message: `placeholder "[insert date]" left in <TABLE> & 'Offering Price', 100%: TBD`,
			Path:    "filings/acme-424b3.txt", Line: 3, Column: 5, EndLine: 3, EndColumn: 18,
			Document: doc, Fingerprint: "9c1e5a7f03b2d4e6",
		}, {
			Rule: "toc/page-number", Severity: finding.Error,
			Message: `table of contents gives page 4 for "Risk Factors", which starts on page 5`,
			Path:    "filings/acme-424b3.txt", Line: 12, Column: 60, EndLine: 12, EndColumn: 61,
			Page: "i", Document: doc, Citation: "Regulation S-K Item 502(a)", Fingerprint: "4be07d21c9a8f356",
			Fix: &finding.Fix{Description: "change page 4 to 5", Edits: []finding.Edit{
				{Line: 12, Column: 60, EndLine: 12, EndColumn: 61, Text: "5", Offset: 611, Old: "4"},
			}},
		}, {
			Rule: "fls/safe-harbor-missing", Severity: finding.Warning,
			Message: "forward-looking language (expect, anticipate, believe) used 14 times with no cautionary statement",
			Path:    "filings/acme-424b3.txt", Line: 40, Column: 1,
			Page: "2", Document: doc, Citation: "Private Securities Litigation Reform Act of 1995",
			Fingerprint: "d0f4c3b2a1908e7f", Suppressed: true,
			Reason: "legend is incorporated by reference from the base prospectus",
		}, {
			Rule: "consistency/weekday", Severity: finding.Error,
			Message: `"Tuesday, February 9, 2005" is a Wednesday`,
			Path:    "filings/beta/annual report.htm", Line: 7, Column: 14, EndLine: 7, EndColumn: 40,
			Page: "F-3", Fingerprint: "77aa01b2c3d4e5f6",
		}, {
			Rule: "nongaap/reconciliation", Severity: finding.Info,
			Message: `non-GAAP measure "adjusted EBITDA" of $12.4 million has no reconciliation`,
			Path:    "filings/beta/annual report.htm", Line: 88, Column: 3, EndLine: 88, EndColumn: 18,
			Citation: "Regulation G", Fingerprint: "0a1b2c3d4e5f6071",
		}},
		Rules: []RuleInfo{
			{
				ID: "consistency/weekday", Title: "Weekdays match their dates", Severity: finding.Error,
				Doc: "A weekday stated beside a date must be the day that date falls on.\n\n" +
					"Example: \"Tuesday, February 9, 2005\" (that day was a Wednesday).\n",
			},
			{ID: "drafting/placeholder", Title: "No drafting placeholders are left", Severity: finding.Error},
			{
				ID: "fls/safe-harbor-missing", Title: "Forward-looking statements carry a safe-harbor legend",
				Severity: finding.Warning, Citation: "Private Securities Litigation Reform Act of 1995",
				Doc: "Forward-looking language used repeatedly needs a cautionary statement.",
			},
			{
				ID: "nongaap/reconciliation", Title: "Non-GAAP measures are reconciled", Severity: finding.Warning,
				Citation: "Regulation G", Doc: "A non-GAAP measure needs the comparable GAAP measure and a reconciliation.",
			},
			{
				ID: "toc/page-number", Title: "Table of contents page numbers match the pages where the headings appear",
				Severity: finding.Error, Citation: "Regulation S-K Item 502(a)",
				URL: "https://www.ecfr.gov/current/title-17/section-229.502",
				Doc: "Each table of contents entry must give the printed page on which its heading appears.",
			},
		},
		Summary: Summary{Files: 2, Documents: 3},
	}
}

// printReport prints r in format with opts and fails the test on an error.
func printReport(t *testing.T, format string, opts Options, r *Report) []byte {
	t.Helper()
	p, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := p.Print(&b, r); err != nil {
		t.Fatalf("%s: Print: %v", format, err)
	}
	return b.Bytes()
}

// checkGolden compares got with testdata/golden/name.golden, or rewrites
// the file when -update is given.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "golden", name+".golden"), got)
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			checkGolden(t, format, printReport(t, format, goldenOptions, fixture()))
		})
	}
	t.Run("text_color", func(t *testing.T) {
		checkGolden(t, "text_color", printReport(t, "text", Options{Color: true}, fixture()))
	})
}

func TestFormatsAndNew(t *testing.T) {
	want := []string{"text", "json", "sarif", "github", "checkstyle", "junit"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %v, want %v", got, want)
	}
	if len(printers) != len(want) {
		t.Errorf("printers has %d formats, Formats lists %d", len(printers), len(want))
	}
	Formats()[0] = "changed"
	if Formats()[0] != "text" {
		t.Error("Formats returns its internal slice")
	}
	for _, f := range want {
		if p, err := New(f, Options{}); err != nil || p == nil {
			t.Errorf("New(%q) = %v, %v", f, p, err)
		}
	}
	_, err := New("xml", Options{})
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || !strings.Contains(err.Error(), strings.Join(want, ", ")) {
		t.Errorf("New(xml) error = %v, want it to name the format and the valid ones", err)
	}
}

func TestSummarize(t *testing.T) {
	one := &Report{
		Summary:  Summary{Files: 1, Documents: 1},
		Findings: []finding.Finding{{Rule: "a/b", Severity: finding.Warning}},
	}
	for _, tc := range []struct {
		name string
		r    *Report
		want string
	}{
		{"fixture", fixture(), "2 files, 3 documents: 4 findings (3 errors, 0 warnings, 1 info), 1 suppressed\n"},
		{"empty", &Report{Summary: Summary{Files: 3, Documents: 4}}, "3 files, 4 documents: no findings\n"},
		{"one", one, "1 file, 1 document: 1 finding (0 errors, 1 warning, 0 info)\n"},
	} {
		var b strings.Builder
		if err := Summarize(&b, tc.r); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("%s: Summarize = %q, want %q", tc.name, b.String(), tc.want)
		}
	}
}

// TestDeterministic prints each format twice and checks the bytes are the
// same and the report was not changed.
func TestDeterministic(t *testing.T) {
	for _, format := range Formats() {
		r := fixture()
		first := printReport(t, format, goldenOptions, r)
		if !reflect.DeepEqual(r, fixture()) {
			t.Errorf("%s: Print changed the report", format)
		}
		if second := printReport(t, format, goldenOptions, r); !bytes.Equal(first, second) {
			t.Errorf("%s: two prints differ:\n%s\n---\n%s", format, first, second)
		}
	}
}

// TestEmpty checks every format prints a well-formed empty report.
func TestEmpty(t *testing.T) {
	r := &Report{Tool: Tool{Name: "filinglint", Version: "1.2.3"}, Summary: Summary{Files: 3, Documents: 4}}
	for _, format := range Formats() {
		out := printReport(t, format, Options{}, r)
		switch format {
		case "text", "github":
			if len(out) != 0 {
				t.Errorf("%s: empty report printed %q", format, out)
			}
		default:
			if len(out) == 0 || out[len(out)-1] != '\n' {
				t.Errorf("%s: empty report output %q does not end in a newline", format, out)
			}
		}
	}
}
