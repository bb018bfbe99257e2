package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
)

// SARIF constants. fingerprintKey names filinglint's line-independent
// fingerprint in partialFingerprints; srcRoot is the uriBaseId relative
// uris are resolved against.
const (
	sarifSchema    = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion   = "2.1.0"
	fingerprintKey = "filinglint/v1"
	srcRoot        = "%SRCROOT%"
)

var sarifLevels = map[finding.Severity]string{
	finding.Error:   "error",
	finding.Warning: "warning",
	finding.Info:    "note",
}

// sarifPrinter writes a SARIF 2.1.0 log with one run, in the shape GitHub
// code scanning accepts. The log's types are in sarif_types.go and the
// rule descriptors in sarif_rules.go.
type sarifPrinter struct {
	baseDir string
}

func (p sarifPrinter) Print(w io.Writer, r *Report) error {
	rules, index := sarifRules(r)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: r.Tool.name(), Version: r.Tool.Version, InformationURI: r.Tool.URI, Rules: rules,
		}},
		Results:    make([]sarifResult, 0, len(r.Findings)),
		ColumnKind: "unicodeCodePoints",
	}
	if base := p.baseURI(); base != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: base}}
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		run.Results = append(run.Results, p.result(f, index[f.Rule]))
	}
	return writeJSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

func (p sarifPrinter) result(f *finding.Finding, ruleIndex int) sarifResult {
	loc := p.location(f.Path)
	res := sarifResult{
		RuleID:    f.Rule,
		RuleIndex: ruleIndex,
		Level:     sarifLevel(f.Severity),
		Message:   sarifMessage{Text: f.Message},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: loc,
			Region:           region(f.Line, f.Column, f.EndLine, f.EndColumn),
		}}},
	}
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{fingerprintKey: f.Fingerprint}
	}
	if f.Suppressed {
		res.Suppressions = []sarifSuppression{{Kind: "external", Status: "accepted", Justification: f.Reason}}
	}
	if f.Fix != nil && len(f.Fix.Edits) > 0 {
		change := sarifArtifactChange{ArtifactLocation: loc}
		for _, e := range f.Fix.Edits {
			change.Replacements = append(change.Replacements, sarifReplacement{
				DeletedRegion:   *region(e.Line, e.Column, e.EndLine, e.EndColumn),
				InsertedContent: &sarifArtifactContent{Text: e.Text},
			})
		}
		res.Fixes = []sarifFix{{
			Description:     sarifMessage{Text: f.Fix.Description},
			ArtifactChanges: []sarifArtifactChange{change},
		}}
	}
	return res
}

func sarifLevel(s finding.Severity) string {
	if l, ok := sarifLevels[s]; ok {
		return l
	}
	return "warning"
}

// region returns a 1-based SARIF region. SARIF has no line 0, so a
// file-level finding points at line 1; unknown columns and ends are left
// out, and so is an end before the start.
func region(line, col, endLine, endCol int) *sarifRegion {
	r := &sarifRegion{StartLine: atLeastOne(line)}
	if col > 0 {
		r.StartColumn = col
	}
	if endLine >= r.StartLine {
		r.EndLine = endLine
		if endCol > 0 && (endLine > r.StartLine || endCol >= col) {
			r.EndColumn = endCol
		}
	}
	return r
}

// location returns the artifact location of path. A relative path is used
// as given, cleaned and with forward slashes, relative to %SRCROOT%; an
// absolute path is made relative to the base directory when it lies
// inside it, and otherwise becomes a file:// uri.
func (p sarifPrinter) location(path string) sarifArtifactLocation {
	if filepath.IsAbs(path) {
		rel, ok := p.relative(path)
		if !ok {
			return sarifArtifactLocation{URI: fileURI(path)}
		}
		path = rel
	}
	u := url.URL{Path: filepath.ToSlash(filepath.Clean(path))}
	return sarifArtifactLocation{URI: u.String(), URIBaseID: srcRoot}
}

// relative returns the absolute path made relative to the base directory,
// and whether it lies inside it.
func (p sarifPrinter) relative(path string) (string, bool) {
	if p.baseDir == "" {
		return "", false
	}
	rel, err := filepath.Rel(p.absBase(), path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}

// baseURI returns the file:// uri of the base directory with the trailing
// slash SARIF requires, or "" when no base directory is set.
func (p sarifPrinter) baseURI() string {
	if p.baseDir == "" {
		return ""
	}
	u := fileURI(p.absBase())
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

func (p sarifPrinter) absBase() string {
	if abs, err := filepath.Abs(p.baseDir); err == nil {
		return abs
	}
	return p.baseDir
}

// fileURI turns an absolute path into a file:// uri; a Windows volume
// ("C:") becomes the uri's first path segment.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
