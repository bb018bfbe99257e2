package filter

import (
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

const baselineJSON = `{"version": 1,
 "tool": {"name": "filinglint", "version": "0.1.0"},
 "findings": [
  {"rule": "toc/page-number", "severity": "error", "message": "page 4", "path": "a.txt",
   "line": 12, "column": 10, "end_line": 12, "end_column": 11, "document": {"sequence": 1, "type": "424B3", "filename": "a.txt"},
   "fingerprint": "fp-toc", "suppressed": true, "suppression_reason": "x"},
  {"rule": "xref/page", "severity": "warning", "message": "page 9", "path": "a.txt", "line": 30, "column": 1,
   "fingerprint": "fp-xref"},
  {"rule": "xref/page", "severity": "warning", "message": "page 9", "path": "a.txt", "line": 31, "column": 1,
   "fingerprint": ""}
 ],
 "summary": {"files": 1, "documents": 1, "findings": 3, "error": 1, "warning": 2, "info": 0}}`

func TestLoadBaseline(t *testing.T) {
	got, err := LoadBaseline(strings.NewReader(baselineJSON))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Severity != finding.Error || got[1].Severity != finding.Warning ||
		got[0].Fingerprint != "fp-toc" || got[0].Document.Sequence != 1 {
		t.Errorf("LoadBaseline = %+v", got)
	}
}

func TestLoadBaselineErrors(t *testing.T) {
	tests := map[string]string{
		`{"version": 2, "findings": []}`:                    "baseline: version 2 is not supported (want 1)",
		`{"version": 1, "findings": [{"severity": "bad"}]}`: `baseline: unknown severity "bad" (want error, warning or info)`,
		`{"version": 1, "findings": {}}`:                    "baseline: json: cannot unmarshal object",
		`not json`:                                          "baseline: invalid character",
	}
	for in, want := range tests {
		_, err := LoadBaseline(strings.NewReader(in))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("LoadBaseline(%s) error = %v, want prefix %q", in, err, want)
		}
	}
}

func TestBaselineAbsorbsOneEach(t *testing.T) {
	known, err := LoadBaseline(strings.NewReader(baselineJSON))
	if err != nil {
		t.Fatal(err)
	}
	in := fs(
		"a.txt:14 toc/page-number error page 4",
		"a.txt:40 xref/page warning page 9",
		"a.txt:41 xref/page warning page 9",
		"a.txt:50 xref/page warning page 9",
		"a.txt:60 toc/order warning out of order",
	)
	for i, fp := range []string{"fp-toc", "fp-xref", "fp-xref", "", "fp-new"} {
		in[i].Fingerprint = fp
	}
	// fp-xref was known once: the second occurrence is new and reported.
	// The baseline finding without a fingerprint absorbs nothing.
	check(t, newBaseline(known), in, []finding.Finding{in[2], in[3], in[4]})
	check(t, newBaseline(nil), in, in)
}
