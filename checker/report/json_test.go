package report

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestJSONEmptyFindingsIsArray(t *testing.T) {
	out := string(printReport(t, "json", Options{}, &Report{Tool: Tool{Name: "filinglint", Version: "1.2.3"}}))
	if !strings.Contains(out, `"findings": []`) {
		t.Errorf("empty report has no \"findings\": []:\n%s", out)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
}

// TestJSONSchema checks the fixture's output against SPEC §5 schema
// version 1: its keys, suppressed findings kept and marked, and summary
// counts that leave them out.
func TestJSONSchema(t *testing.T) {
	var v struct {
		Version  int                          `json:"version"`
		Tool     map[string]any               `json:"tool"`
		Findings []map[string]json.RawMessage `json:"findings"`
		Summary  map[string]int               `json:"summary"`
	}
	out := printReport(t, "json", Options{}, fixture())
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatal(err)
	}
	if v.Version != 1 {
		t.Errorf("version = %d, want 1", v.Version)
	}
	if keys := slices.Sorted(maps.Keys(v.Tool)); !slices.Equal(keys, []string{"name", "version"}) {
		t.Errorf("tool keys = %v", keys)
	}
	want := map[string]int{"files": 2, "documents": 3, "findings": 4, "error": 3, "warning": 0, "info": 1}
	if !maps.Equal(v.Summary, want) {
		t.Errorf("summary = %v, want %v", v.Summary, want)
	}
	if len(v.Findings) != 5 {
		t.Fatalf("got %d findings, want 5 (suppressed included)", len(v.Findings))
	}
	required := []string{"rule", "severity", "message", "path", "line", "column", "end_line", "end_column", "fingerprint"}
	for i, f := range v.Findings {
		for _, k := range required {
			if _, ok := f[k]; !ok {
				t.Errorf("finding %d lacks %q", i, k)
			}
		}
		_, suppressed := f["suppressed"]
		_, reason := f["suppression_reason"]
		if want := i == 2; suppressed != want || reason != want {
			t.Errorf("finding %d: suppressed %v, suppression_reason %v, want both %v", i, suppressed, reason, want)
		}
	}
	if string(v.Findings[2]["suppressed"]) != "true" {
		t.Errorf("suppressed = %s", v.Findings[2]["suppressed"])
	}
	if string(v.Findings[1]["fix"]) == "" || string(v.Findings[0]["document"]) == "" {
		t.Error("fix or document missing")
	}
}
