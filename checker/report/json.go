package report

import (
	"encoding/json"
	"io"

	"github.com/filinglint/filinglint/checker/finding"
)

// jsonVersion is the version of the JSON schema below; a change that
// renames or removes a field needs a new version.
const jsonVersion = 1

// jsonReport is schema version 1 of the JSON format (SPEC §5). It is spelled
// out here rather than borrowed from finding.Finding's tags so that the
// stable schema cannot change by accident.
type jsonReport struct {
	Version  int           `json:"version"`
	Tool     jsonTool      `json:"tool"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonFinding struct {
	Rule              string        `json:"rule"`
	Severity          string        `json:"severity"`
	Message           string        `json:"message"`
	Path              string        `json:"path"`
	Line              int           `json:"line"`
	Column            int           `json:"column"`
	EndLine           int           `json:"end_line"`
	EndColumn         int           `json:"end_column"`
	Page              string        `json:"page,omitempty"`
	Document          *jsonDocument `json:"document,omitempty"`
	Citation          string        `json:"citation,omitempty"`
	Fingerprint       string        `json:"fingerprint"`
	Fix               *jsonFix      `json:"fix,omitempty"`
	Suppressed        bool          `json:"suppressed,omitempty"`
	SuppressionReason string        `json:"suppression_reason,omitempty"`
}

type jsonDocument struct {
	Sequence int    `json:"sequence"`
	Type     string `json:"type"`
	Filename string `json:"filename"`
}

type jsonFix struct {
	Description string     `json:"description"`
	Edits       []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
}

type jsonSummary struct {
	Files     int `json:"files"`
	Documents int `json:"documents"`
	Findings  int `json:"findings"`
	Error     int `json:"error"`
	Warning   int `json:"warning"`
	Info      int `json:"info"`
}

// jsonPrinter writes the whole report, suppressed findings included and
// marked, as one indented JSON document. The summary counts leave
// suppressed findings out.
type jsonPrinter struct{}

func (jsonPrinter) Print(w io.Writer, r *Report) error {
	c := count(r.Findings)
	out := jsonReport{
		Version:  jsonVersion,
		Tool:     jsonTool{Name: r.Tool.Name, Version: r.Tool.Version},
		Findings: make([]jsonFinding, 0, len(r.Findings)),
		Summary: jsonSummary{
			Files: r.Summary.Files, Documents: r.Summary.Documents,
			Findings: c.total, Error: c.errors, Warning: c.warnings, Info: c.infos,
		},
	}
	for i := range r.Findings {
		out.Findings = append(out.Findings, toJSON(&r.Findings[i]))
	}
	return writeJSON(w, out)
}

func toJSON(f *finding.Finding) jsonFinding {
	j := jsonFinding{
		Rule: f.Rule, Severity: f.Severity.String(), Message: f.Message, Path: f.Path,
		Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
		Page: f.Page, Citation: f.Citation, Fingerprint: f.Fingerprint,
		Suppressed: f.Suppressed,
	}
	if f.Suppressed {
		j.SuppressionReason = f.Reason
	}
	if d := f.Document; d != nil {
		j.Document = &jsonDocument{Sequence: d.Sequence, Type: d.Type, Filename: d.Filename}
	}
	if f.Fix != nil {
		j.Fix = &jsonFix{Description: f.Fix.Description, Edits: make([]jsonEdit, 0, len(f.Fix.Edits))}
		for _, e := range f.Fix.Edits {
			j.Fix.Edits = append(j.Fix.Edits, jsonEdit{
				Line: e.Line, Column: e.Column, EndLine: e.EndLine, EndColumn: e.EndColumn, Text: e.Text,
			})
		}
	}
	return j
}

// writeJSON encodes v indented by two spaces with a trailing newline.
// HTML characters are not escaped: filings are full of "<TABLE>" and "&",
// and nobody embeds this output in a web page.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
