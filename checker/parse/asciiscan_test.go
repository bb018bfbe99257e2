package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestASCIIScan checks the scans that read eight bytes at a time against
// byte loops, on text of long runs of blanks and rules.
func TestASCIIScan(t *testing.T) {
	pieces := []string{" ", "        ", "\t", "-", "----------", "=", "_", "a", "12", ".", "\r", "\u00a0", "\xff"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && (s[want] == ' ' || s[want] == '\t') {
				want++
			}
			if got := skipBlanks(s, i); got != want {
				t.Fatalf("skipBlanks(%q, %d) = %d, want %d", s, i, got, want)
			}
			want = i
			for want < len(s) && s[want] != ' ' && s[want] != '\t' {
				want++
			}
			if got := nextBlank(s, i); got != want {
				t.Fatalf("nextBlank(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		trimmed := strings.TrimSpace(s)
		if got, want := isRuleLine(s), trimmed == "" || strings.Trim(trimmed, "-=_ \t") == ""; got != want {
			t.Fatalf("isRuleLine(%q) = %v, want %v", s, got, want)
		}
	}
}
