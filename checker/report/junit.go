package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
}

type junitFailure struct {
	Message string
	Type    string
	Text    string
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// junitPrinter writes JUnit XML, one suite named after the tool with one
// test case per finding: "RULE path:line:col" in class "path", failing
// with the severity as failure type. A suppressed finding is a skipped
// test case whose message gives the reason. When nothing fails, a single
// passing test case named after the tool is added, so that dashboards
// show a pass rather than an empty suite.
type junitPrinter struct{}

func (junitPrinter) Print(w io.Writer, r *Report) error {
	name := r.Tool.name()
	suite := junitSuite{Name: name}
	for i := range r.Findings {
		f := &r.Findings[i]
		line, col := atLeastOne(f.Line), atLeastOne(f.Column)
		tc := junitCase{
			Name:      xmlSafe(fmt.Sprintf("%s %s:%d:%d", f.Rule, f.Path, line, col)),
			Classname: xmlSafe(f.Path),
		}
		if f.Suppressed {
			tc.Skipped = &junitSkipped{Message: xmlSafe("suppressed: " + f.Reason)}
			suite.Skipped++
		} else {
			tc.Failure = &junitFailure{
				Message: xmlSafe(f.Message),
				Type:    f.Severity.String(),
				Text:    xmlSafe(junitDetail(f, line, col)),
			}
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, tc)
	}
	if suite.Failures == 0 {
		suite.Cases = append(suite.Cases, junitCase{Name: name, Classname: name})
	}
	suite.Tests = len(suite.Cases)
	out := junitSuites{Name: name, Tests: suite.Tests, Failures: suite.Failures, Suites: []junitSuite{suite}}
	return writeXML(w, out)
}

// MarshalXML writes the failure's text as character data with its line
// breaks kept, where a chardata field would write them as "&#xA;".
func (f junitFailure) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = []xml.Attr{
		{Name: xml.Name{Local: "message"}, Value: f.Message},
		{Name: xml.Name{Local: "type"}, Value: f.Type},
	}
	for _, t := range []xml.Token{start, xml.CharData(f.Text), start.End()} {
		if err := e.EncodeToken(t); err != nil {
			return err
		}
	}
	return nil
}

// junitDetail is a failure's text: the finding as the text format prints
// it, then its page, document and citation when it has them.
func junitDetail(f *finding.Finding, line, col int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d: %s: %s (%s)", f.Path, line, col, f.Severity, f.Message, f.Rule)
	if f.Page != "" {
		fmt.Fprintf(&b, "\npage: %s", f.Page)
	}
	if d := f.Document; d != nil {
		fmt.Fprintf(&b, "\ndocument: %d %s %s", d.Sequence, d.Type, d.Filename)
	}
	if f.Citation != "" {
		fmt.Fprintf(&b, "\ncitation: %s", f.Citation)
	}
	return b.String()
}
