package extract

import (
	"strings"
	"testing"
)

// locate finds the next occurrence of s in text at or after *from, moves
// *from past it and returns its offset: the expected matches of a fixture
// are listed in text order.
func locate(t *testing.T, text string, from *int, s string) int {
	t.Helper()
	start := strings.Index(text[*from:], s)
	if start < 0 {
		t.Fatalf("fixture lacks %q after offset %d", s, *from)
	}
	start += *from
	*from = start + len(s)
	return start
}
