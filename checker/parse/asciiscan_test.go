package parse

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestASCIIScan checks the scans that read eight bytes at a time against
// byte loops, on text of long runs of blanks and rules.
func TestASCIIScan(t *testing.T) {
	pieces := []string{" ", "        ", "\t", "-", "----------", "=", "_", "a", "12", ".", "..", ". ", "$", "($", "(", "\r", "\u00a0", "\xff"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		s := randomText(r, pieces, r.IntN(16))
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && (s[want] == ' ' || s[want] == '\t') {
				want++
			}
			if got := skipBlanks(s, i); got != want {
				t.Fatalf("skipBlanks(%q, %d) = %d, want %d", s, i, got, want)
			}
			if i < len(s) && (s[i] == ' ' || s[i] == '\t') {
				continue // fields are looked for from text on
			}
			checkFields(t, s, i)
		}
		trimmed := strings.TrimSpace(s)
		if got, want := isRuleLine(s), trimmed == "" || strings.Trim(trimmed, "-=_ \t") == ""; got != want {
			t.Fatalf("isRuleLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAppendFieldsLong checks appendFields, which reads lines eight bytes
// at a time, against plainFields on long lines, whose fields, gaps and
// dot leaders cross from word to word.
func TestAppendFieldsLong(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "a", "bc", "1,234", ".", "..", ". ", "$", "($", "\xff"}
	r := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		s := randomText(r, pieces, 20+r.IntN(120))
		for i := 0; i < len(s); i += 1 + r.IntN(8) {
			if s[i] != ' ' && s[i] != '\t' {
				checkFields(t, s, i)
			}
		}
	}
}

// checkFields fails t unless appendFields finds in s from i on the fields
// plainFields does, appending them after those fs holds.
func checkFields(t *testing.T, s string, i int) {
	t.Helper()
	got := appendFields([]field{{start: -1}}, s, i)
	want := append([]field{{start: -1}}, plainFields(s, i)...)
	if !slices.Equal(got, want) {
		t.Fatalf("appendFields(%q, %d) = %v, want %v", s, i, got, want)
	}
}

// plainFields is appendFields byte by byte: a field runs up to the first
// gap, and the next starts after the blanks; a lone sign joins the next.
func plainFields(s string, i int) []field {
	var fs []field
	sign := -1
	for i < len(s) {
		j := i
		for j < len(s) && !isFieldGap(s, j) {
			j++
		}
		switch f := s[i:j]; {
		case f == "$" || f == "($":
			sign = i
		case sign >= 0:
			fs = append(fs, field{start: sign, end: j})
			sign = -1
		default:
			fs = append(fs, field{start: i, end: j})
		}
		for i = j; i < len(s) && (s[i] == ' ' || s[i] == '\t'); i++ {
		}
	}
	return fs
}

// randomText returns n pieces drawn at random, joined: text made of the
// awkward runs a fast path must handle as the plain one does.
func randomText(r *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}
