package parse

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/source"
)

// asciiPieces are the bits random table text is made of: the bytes the
// table code looks at, Unicode white space, letters ToLower folds to ASCII
// ("İ", the Kelvin sign) and invalid UTF-8.
var asciiPieces = []string{
	" ", " ", " ", "  ", "\t", ".", "..", "$", "(", ")", "-", "=", "_", ",", ":", "&",
	"1", "12", "1,234", "1999", "a", "N", "net", "Net ", "TOTAL", "total", "of", "In", "wİth", "İN",
	"\u00a0", "\u2003", "\u0085", "\r", "\v", "\u212a", "\xff", "\xe2\x80", "é",
}

// randomASCIIText joins n random pieces.
func randomASCIIText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(asciiPieces[r.IntN(len(asciiPieces))])
	}
	return b.String()
}

// TestASCIIPredicates checks the byte-scanning predicates against the
// definitions they stand for, written with strings.ToLower, Fields and
// TrimSpace.
func TestASCIIPredicates(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		s := randomASCIIText(r, r.IntN(6))
		trimmed := strings.TrimSpace(s)
		if got, want := isRuleLine(s), trimmed == "" || strings.Trim(trimmed, "-=_ \t") == ""; got != want {
			t.Fatalf("isRuleLine(%q) = %v, want %v", s, got, want)
		}
		lower := strings.ToLower(trimmed)
		want := strings.HasPrefix(lower, "total") || strings.HasPrefix(lower, "net ") || lower == "net"
		if got := isTotalLabel(s); got != want {
			t.Fatalf("isTotalLabel(%q) = %v, want %v", s, got, want)
		}
		if got, want := isTrimmed(s), trimmed == s; got != want {
			t.Fatalf("isTrimmed(%q) = %v, want %v", s, got, want)
		}
		f := strings.Fields(s)
		last := ""
		if len(f) > 0 {
			last = f[len(f)-1]
		}
		if got := lastField(s); got != last {
			t.Fatalf("lastField(%q) = %q, want %q", s, got, last)
		}
		joining := false
		switch strings.ToLower(last) {
		case "and", "of", "the", "for", "in", "to", "&", "on", "or", "with", "from":
			joining = true
		}
		if got := lowerIsAny(last, labelJoiners); got != joining {
			t.Fatalf("lowerIsAny(%q, labelJoiners) = %v, want %v", last, got, joining)
		}
	}
}

// TestSplitTableLineLabel checks that a label is its fields' text without
// dot leaders, white space collapsed, also where splitTableLine leaves out
// collapsing because the text cannot need it.
func TestSplitTableLineLabel(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		s := randomASCIIText(r, r.IntN(12))
		l, _ := splitTableLine(s, 0, nil)
		k := len(l.all) - len(l.fields)
		if k == 0 {
			if l.label != "" {
				t.Fatalf("%q: label %q without label fields", s, l.label)
			}
			continue
		}
		want := collapseSpaces(strings.TrimRight(s[l.all[0].start:l.all[k-1].end], ". "))
		if l.label != want {
			t.Fatalf("%q: label %q, want %q", s, l.label, want)
		}
		for i := range l.all {
			f := &l.all[i]
			text := l.text(f)
			n, num := parseNumber(text)
			if num != f.num || num && (n.Value != f.value || n.Unit != numUnits[f.unit]) {
				t.Fatalf("%q: field %q parsed %+v, want %v %+v", s, text, *f, num, n)
			}
			if c, want := fieldCell(text, f, 1, 2, 3), newCell(text, 1, 2, 3); c != want {
				t.Fatalf("%q: cell %+v, want %+v", s, c, want)
			}
		}
	}
}

// TestContinuesLabelDotLeaders checks that a label line of dot leaders
// alone, which has an empty label, neither continues nor panics.
func TestContinuesLabelDotLeaders(t *testing.T) {
	l, _ := splitTableLine("........", 0, nil)
	next, _ := splitTableLine("Cost of goods      1,234     2,345", 1, nil)
	if continuesLabel(&l, &next) {
		t.Error("an empty label continues the next")
	}
}

// TestASCIILocator checks the locator against src.Position(t.Source(…))
// on text with CRLF line ends, invalid UTF-8 (shown as U+FFFD) and a
// last line without its newline.
func TestASCIILocator(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var b strings.Builder
	for i := range 300 {
		b.WriteString(randomASCIIText(r, r.IntN(10)))
		if i%7 == 0 {
			b.WriteString("\r")
		}
		if i < 299 {
			b.WriteString("\n")
		}
	}
	data := []byte(b.String())
	src := source.New("t.txt", data)
	p := parseASCII(src, 0, len(data))
	tx := p.text
	loc := newASCIILocator(src, tx)
	for i, l := range tx.Lines {
		for col := 0; col <= l.End-l.Start; col++ {
			want := src.Position(tx.Source(l.Start + col))
			if got := loc.pos(i, col); got != want {
				t.Fatalf("line %d col %d: %v, want %v", i, col, got, want)
			}
		}
	}
}
