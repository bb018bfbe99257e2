package report

import (
	"encoding/xml"
	"io"
)

// checkstyleVersion is the checkstyle report version dashboards expect;
// checkstyleSource prefixes rule IDs in the source attribute, as Java
// checks are named by package ("filinglint.toc/page-number").
const (
	checkstyleVersion = "4.3"
	checkstyleSource  = "filinglint."
)

type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// checkstylePrinter writes checkstyle XML: one <file> per path, in the
// order the paths first appear in the findings, holding one <error> per
// finding. Suppressed findings are left out; a file-level finding is put
// on line 1 and an unknown column is left out.
type checkstylePrinter struct{}

func (checkstylePrinter) Print(w io.Writer, r *Report) error {
	out := checkstyleReport{Version: checkstyleVersion}
	files := map[string]int{}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed {
			continue
		}
		n, ok := files[f.Path]
		if !ok {
			n = len(out.Files)
			files[f.Path] = n
			out.Files = append(out.Files, checkstyleFile{Name: xmlSafe(f.Path)})
		}
		out.Files[n].Errors = append(out.Files[n].Errors, checkstyleError{
			Line:     atLeastOne(f.Line),
			Column:   f.Column,
			Severity: f.Severity.String(),
			Message:  xmlSafe(f.Message),
			Source:   xmlSafe(checkstyleSource + f.Rule),
		})
	}
	return writeXML(w, out)
}
