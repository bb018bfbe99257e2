package parse

import (
	"strings"

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

// isTotalLabel reports labels of total rows: "Total…", "Net…".
func isTotalLabel(label string) bool {
	l := strings.ToLower(strings.TrimSpace(label))
	return strings.HasPrefix(l, "total") || strings.HasPrefix(l, "net ") || l == "net"
}
