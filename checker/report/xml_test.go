package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

// nasty is a message with markup, quotes, line breaks and control
// characters that XML 1.0 cannot hold; tab, CR and LF survive, NUL, BEL
// and ESC become U+FFFD.
const (
	nasty     = "<TABLE> & \"quoted\" 'single' ]]> \x00nul\x07bell\x1b[0m\ttab\r\nline"
	nastySafe = "<TABLE> & \"quoted\" 'single' ]]> \uFFFDnul\uFFFDbell\uFFFD[0m\ttab\r\nline"
)

func nastyReport() *Report {
	return &Report{Findings: []finding.Finding{
		{Rule: "a/b", Severity: finding.Error, Path: "x<&>\x01.txt", Line: 2, Column: 3, Message: nasty},
		{Rule: "a/c", Severity: finding.Info, Path: "y.txt", Message: "file-level"},
		{Rule: "a/d", Severity: finding.Warning, Path: "y.txt", Line: 4, Message: "hidden", Suppressed: true, Reason: "r & <d>"},
	}}
}

// decodeXML parses out strictly into v, failing the test if it is not
// well-formed.
func decodeXML(t *testing.T, out []byte, v any) {
	t.Helper()
	if !bytes.HasPrefix(out, []byte(xmlHeader)) {
		t.Errorf("output does not start with the XML header: %q", out)
	}
	if err := xml.NewDecoder(bytes.NewReader(out)).Decode(v); err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, out)
	}
}

func TestCheckstyleEscaping(t *testing.T) {
	var got checkstyleReport
	decodeXML(t, printReport(t, "checkstyle", Options{}, nastyReport()), &got)
	want := checkstyleReport{
		XMLName: xml.Name{Local: "checkstyle"}, Version: "4.3",
		Files: []checkstyleFile{
			{Name: "x<&>\uFFFD.txt", Errors: []checkstyleError{
				{Line: 2, Column: 3, Severity: "error", Message: nastySafe, Source: "filinglint.a/b"},
			}},
			{Name: "y.txt", Errors: []checkstyleError{
				{Line: 1, Severity: "info", Message: "file-level", Source: "filinglint.a/c"},
			}},
		},
	}
	if !equalXML(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestCheckstyleGroupsFiles(t *testing.T) {
	var got checkstyleReport
	decodeXML(t, printReport(t, "checkstyle", Options{}, fixture()), &got)
	var names []string
	n := 0
	for _, f := range got.Files {
		names = append(names, f.Name)
		n += len(f.Errors)
	}
	if strings.Join(names, "|") != "filings/acme-424b3.txt|filings/beta/annual report.htm" || n != 4 {
		t.Errorf("files %q with %d errors, want the two fixture files with 4", names, n)
	}
}

// junitResult is the parsed shape of the JUnit output.
type junitResult struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Suite    struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Skipped  int    `xml:"skipped,attr"`
		Cases    []struct {
			Name      string `xml:"name,attr"`
			Classname string `xml:"classname,attr"`
			Failure   *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Skipped *junitSkipped `xml:"skipped"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnitEscaping(t *testing.T) {
	var got junitResult
	decodeXML(t, printReport(t, "junit", Options{}, nastyReport()), &got)
	s := got.Suite
	if got.Tests != 3 || got.Failures != 2 || s.Tests != 3 || s.Failures != 2 || s.Skipped != 1 || len(s.Cases) != 3 {
		t.Fatalf("counts: %+v", got)
	}
	c := s.Cases[0]
	if c.Name != "a/b x<&>\uFFFD.txt:2:3" || c.Classname != "x<&>\uFFFD.txt" {
		t.Errorf("test case %q in class %q", c.Name, c.Classname)
	}
	if c.Failure == nil || c.Failure.Message != nastySafe || c.Failure.Type != "error" ||
		!strings.Contains(c.Failure.Text, nastySafe) {
		t.Errorf("failure = %+v", c.Failure)
	}
	if c := s.Cases[1]; c.Name != "a/c y.txt:1:1" || c.Failure == nil || c.Failure.Type != "info" {
		t.Errorf("file-level case = %+v", c)
	}
	if c := s.Cases[2]; c.Failure != nil || c.Skipped == nil || c.Skipped.Message != "suppressed: r & <d>" {
		t.Errorf("suppressed case = %+v", c)
	}
}

// TestJUnitEmptyPasses checks that a run with nothing to report shows one
// passing test case, and so does one whose findings are all suppressed.
func TestJUnitEmptyPasses(t *testing.T) {
	hidden := nastyReport()
	hidden.Findings = hidden.Findings[2:]
	for name, r := range map[string]*Report{"empty": {}, "suppressed": hidden} {
		var got junitResult
		decodeXML(t, printReport(t, "junit", Options{}, r), &got)
		last := got.Suite.Cases[len(got.Suite.Cases)-1]
		if got.Failures != 0 || got.Tests != len(r.Findings)+1 || last.Name != "filinglint" ||
			last.Failure != nil || last.Skipped != nil {
			t.Errorf("%s: %+v", name, got)
		}
	}
}

func equalXML(a, b any) bool {
	x, err1 := xml.Marshal(a)
	y, err2 := xml.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}
