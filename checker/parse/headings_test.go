package parse

import (
	"math/rand/v2"
	"testing"
)

// headingPieces make awkward heading text: blanks of every kind, runs
// longer than a word of eight bytes, letters of both cases inside and
// outside ASCII, "item" and "part" in any case.
var headingPieces = []string{
	" ", "  ", "\t", "        ", "a", "A", "Item", "ITEM", "part", "PaRt", "1", "1A.", "II", "é", "É", "ß", "İ",
	"\u212a", "\u00a0", "\xff", "Risk", "FACTORS", "of", "the", ".", ",", "-", "lazy", "QUIZ", "z",
}

// TestWordCount checks the eight-byte count against a byte loop.
func TestWordCount(t *testing.T) {
	plain := func(s string) int {
		n, in := 0, false
		for i := 0; i < len(s); i++ {
			space := s[i] == ' ' || s[i] == '\t'
			if !space && !in {
				n++
			}
			in = !space
		}
		return n
	}
	r := rand.New(rand.NewPCG(3, 4))
	for k := range 20000 {
		s := randomText(r, headingPieces, k%40)
		if got, want := wordCount(s), plain(s); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestStartsItemOrPart checks the one-word comparison against foldEq for
// every byte at each of the four places.
func TestStartsItemOrPart(t *testing.T) {
	for _, w := range []string{"item", "part", "ITEM", "Part"} {
		for k := range 4 {
			for c := range 256 {
				b := []byte(w)
				b[k] = byte(c)
				s := string(b)
				want := foldEq(s, "item") || foldEq(s, "part")
				if got := startsItemOrPart(s); got != want {
					t.Errorf("startsItemOrPart(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestIsUpperText checks the ASCII shortcut against the rune loop,
// isUpperRunes from the first byte.
func TestIsUpperText(t *testing.T) {
	plain := func(s string) bool { return isUpperRunes(s, 0) }
	texts := []string{"", "AB", "A", "ABz", "ÉTÉ", "ÉTé", "A\xffB", "ITEM 7. RISK", "Item 7", "A1 ß", "ZZ z"}
	r := rand.New(rand.NewPCG(5, 6))
	for k := range 20000 {
		texts = append(texts, randomText(r, headingPieces, k%8))
	}
	for _, s := range texts {
		if got, want := isUpperText(s), plain(s); got != want {
			t.Fatalf("isUpperText(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayStartHeading checks that every line findHeadings passes at once
// is one headingLine rejects.
func TestMayStartHeading(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var lines []string
	for k := range 20000 {
		if k%3 == 0 {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, randomText(r, headingPieces, r.IntN(8)+1))
	}
	tx := textOfLines(lines)
	for i := range tx.Lines {
		l := &tx.Lines[i]
		l.Page = i / 50
		l.PageNumber, l.InTable, l.Caption = i%11 == 1, i%13 == 2, i%17 == 3
		l.Heading, l.Bold, l.Center = i%19/18, i%5 == 4, i%7 == 5
	}
	for _, html := range []bool{false, true} {
		for i := range tx.Lines {
			if _, _, ok := headingLine(tx, i, html); ok && !mayStartHeading(tx, i, html) {
				t.Errorf("mayStartHeading(%q, %v) = false for a heading", tx.Text(i), html)
			}
		}
	}
}
