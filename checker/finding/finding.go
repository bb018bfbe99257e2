// Package finding defines what a rule reports: a Finding with its Severity,
// position and optional Fix. Printers and filters work on these; nothing here
// knows how findings are produced or shown.
package finding

import (
	"fmt"
	"strings"
)

// ParseError is the rule id of findings for a file or document that
// cannot be read or parsed; the engine reports them, no rule file does.
const ParseError = "parse/error"

// Severity orders findings: Info < Warning < Error.
type Severity int

// The severities, in increasing order.
const (
	Info Severity = iota + 1
	Warning
	Error
)

var severityNames = map[Severity]string{Info: "info", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts error,
// warning and info in any case.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity parses "error", "warning" or "info".
func ParseSeverity(name string) (Severity, error) {
	for s, n := range severityNames {
		if strings.EqualFold(name, n) {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", name)
}

// Document identifies the document of a submission a finding is in.
type Document struct {
	Sequence int    `json:"sequence"`
	Type     string `json:"type"`
	Filename string `json:"filename"`
}

// Edit replaces the bytes [Offset, Offset+len(Old)) of the file with Text.
// Old is what the rule saw; an edit whose Old no longer matches is skipped.
type Edit struct {
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
	Offset    int    `json:"-"`
	Old       string `json:"-"`
}

// Fix is a repair for a finding.
type Fix struct {
	Description string `json:"description"`
	Edits       []Edit `json:"edits"`
}

// Finding is one reported problem.
type Finding struct {
	Rule        string    `json:"rule"`
	Severity    Severity  `json:"severity"`
	Message     string    `json:"message"`
	Path        string    `json:"path"`
	Line        int       `json:"line"`
	Column      int       `json:"column"`
	EndLine     int       `json:"end_line"`
	EndColumn   int       `json:"end_column"`
	Page        string    `json:"page,omitempty"`
	Document    *Document `json:"document,omitempty"`
	Citation    string    `json:"citation,omitempty"`
	Fingerprint string    `json:"fingerprint"`
	Fix         *Fix      `json:"fix,omitempty"`
	Suppressed  bool      `json:"suppressed,omitempty"`
	Reason      string    `json:"suppression_reason,omitempty"`
	// Subject is the normalised text of the flagged element; it feeds the
	// fingerprint and is not printed.
	Subject string `json:"-"`
}

// Less orders findings by path, line, column, rule, then message.
func Less(a, b *Finding) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	if a.Rule != b.Rule {
		return a.Rule < b.Rule
	}
	return a.Message < b.Message
}
