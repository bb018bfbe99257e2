package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/filinglint/filinglint/checker/model"
)

// newCell makes a table cell from its text, parsing it as EDGAR writes
// numbers; line and col locate its first byte, endCol is one past its last.
func newCell(text string, line, col, endCol int) model.Cell {
	c := model.Cell{Text: text, Line: line, Col: col, EndCol: endCol}
	if n, ok := parseNumber(strings.TrimSpace(text)); ok {
		c.Value, c.Unit, c.IsNumber = n.Value, n.Unit, true
	}
	return c
}

// isTrimmed reports whether strings.TrimSpace would leave s as it is.
func isTrimmed(s string) bool {
	return len(s) == 0 || !mayBeSpace(s[0]) && !mayBeSpace(s[len(s)-1]) || len(strings.TrimSpace(s)) == len(s)
}

// mayBeSpace reports whether a string starting or ending with byte c may
// start or end with white space: c is ASCII white space or belongs to a
// multi-byte character.
func mayBeSpace(c byte) bool {
	return c >= utf8.RuneSelf || c == ' ' || c >= '\t' && c <= '\r'
}

// isTotalLabel reports labels of total rows: "Total…", "Net…". It matches
// as strings.ToLower(strings.TrimSpace(label)) would without building the
// lower-case copy: no letter outside ASCII lowers to the letters of
// "total" or "net".
func isTotalLabel(label string) bool {
	l := strings.TrimSpace(label)
	return hasPrefixFold(l, "total") || hasPrefixFold(l, "net ") || foldEq(l, "net")
}
