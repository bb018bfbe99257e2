package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/filinglint/filinglint/checker/finding"
)

// sarifSchemaFile is the OASIS SARIF 2.1.0 schema (errata 01), stored so
// the test needs no network.
const sarifSchemaFile = "testdata/sarif-schema-2.1.0.json"

// compileSARIFSchema compiles the official schema with format assertions
// on, so that uris and the like are checked too.
func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", sarifSchemaFile, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validateSARIF(t *testing.T, sch *jsonschema.Schema, name string, out []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("%s: not JSON: %v", name, err)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("%s does not validate against the SARIF 2.1.0 schema: %v", name, err)
	}
}

// edgeReport has what the fixture lacks: absolute paths inside and
// outside the base directory, a file-level finding of a rule that is not
// in Rules, a fix without edits and an end before the start.
func edgeReport() *Report {
	return &Report{
		Tool: Tool{Name: "filinglint"},
		Findings: []finding.Finding{
			{Rule: "parse/error", Severity: finding.Error, Path: "/srv/filings/sub/bad#1.txt", Message: "cannot read"},
			{
				Rule: "a/b", Severity: finding.Warning, Path: "/elsewhere/x.txt", Line: 5, Column: 9, EndLine: 4, EndColumn: 1,
				Message: "m", Fix: &finding.Fix{Description: "nothing"},
			},
			{Rule: "a/b", Severity: 0, Path: "./rel/../y:z.txt", Line: 2, Message: "n", Suppressed: true},
		},
		Rules: []RuleInfo{{ID: "a/b", Title: "B", Severity: finding.Warning}},
	}
}

func TestSARIFValidates(t *testing.T) {
	sch := compileSARIFSchema(t)
	golden, err := os.ReadFile(filepath.Join("testdata", "golden", "sarif.golden"))
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, sch, "sarif.golden", golden)
	validateSARIF(t, sch, "empty report", printReport(t, "sarif", Options{}, &Report{}))
	validateSARIF(t, sch, "edge report", printReport(t, "sarif", goldenOptions, edgeReport()))
	validateSARIF(t, sch, "edge report without base", printReport(t, "sarif", Options{}, edgeReport()))
}

func TestSARIFEdges(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(printReport(t, "sarif", goldenOptions, edgeReport()), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	rules := run.Tool.Driver.Rules
	if len(rules) != 2 || rules[0].ID != "a/b" || rules[1].ID != "parse/error" || rules[1].DefaultConfiguration.Level != "error" {
		t.Errorf("rules = %+v, want a/b then a descriptor for parse/error", rules)
	}
	uris := []string{"sub/bad%231.txt", "file:///elsewhere/x.txt", "./y:z.txt"}
	bases := []string{srcRoot, "", srcRoot}
	regions := []sarifRegion{{StartLine: 1}, {StartLine: 5, StartColumn: 9}, {StartLine: 2}}
	indexes := []int{1, 0, 0}
	for i, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI != uris[i] || loc.ArtifactLocation.URIBaseID != bases[i] {
			t.Errorf("result %d: location %+v, want uri %q base %q", i, loc.ArtifactLocation, uris[i], bases[i])
		}
		if *loc.Region != regions[i] {
			t.Errorf("result %d: region %+v, want %+v", i, *loc.Region, regions[i])
		}
		if res.RuleIndex != indexes[i] || rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d for %s", i, res.RuleIndex, res.RuleID)
		}
		if res.Fixes != nil || res.PartialFingerprints != nil {
			t.Errorf("result %d: fixes %v, fingerprints %v, want none", i, res.Fixes, res.PartialFingerprints)
		}
	}
	if s := run.Results[2].Suppressions; len(s) != 1 || s[0].Kind != "external" {
		t.Errorf("suppressions = %+v", s)
	}
	if run.OriginalURIBaseIDs[srcRoot].URI != "file:///srv/filings/" {
		t.Errorf("originalUriBaseIds = %v", run.OriginalURIBaseIDs)
	}
}

func TestSARIFNoBaseDir(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(printReport(t, "sarif", Options{}, fixture()), &log); err != nil {
		t.Fatal(err)
	}
	if log.Runs[0].OriginalURIBaseIDs != nil {
		t.Errorf("originalUriBaseIds = %v without a base directory", log.Runs[0].OriginalURIBaseIDs)
	}
	if uri := log.Runs[0].Results[3].Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "filings/beta/annual%20report.htm" {
		t.Errorf("uri = %q", uri)
	}
}

func TestPascalCase(t *testing.T) {
	for id, want := range map[string]string{
		"toc/page-number": "TocPageNumber", "parse/error": "ParseError", "x": "X", "a//b--c": "ABC",
	} {
		if got := pascalCase(id); got != want {
			t.Errorf("pascalCase(%q) = %q, want %q", id, got, want)
		}
	}
}
