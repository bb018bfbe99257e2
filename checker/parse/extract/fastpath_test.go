package extract

import (
	"strings"
	"testing"
)

// The scanners take shortcuts past the general readers; these tests hold
// each shortcut against the plain reading it stands for, on awkward input.

// afterNumber returns texts of a number followed by every byte and by runs
// of white space of every length up to past maxGap, each then followed by
// what may end a run: a word, a number, a percent sign, more white space.
func afterNumber() []string {
	var texts []string
	for c := range 256 {
		texts = append(texts, "5"+string(rune(c))+" shares", "1,234"+string([]byte{byte(c)})+" 5")
	}
	ends := []string{
		"", "shares", "Shares", "5", "$5", "(5)", "%", "-", "\n", "\nshares", "\n\nshares",
		"\tshares", "\u00a0shares", "\xc2", "\xc2x", "million", "per cent", "to 6 shares",
	}
	for n := range 2*maxGap + 2 {
		for _, end := range ends {
			for _, num := range []string{"5", "1,234", "12.5", "$5"} {
				texts = append(texts, num+strings.Repeat(" ", n)+end, num+"\n"+strings.Repeat(" ", n)+end)
			}
		}
	}
	return texts
}

// TestTouchingSettles checks that a number touching settles as bare is
// one unitAfter finds no word after: what touching settles on is neither
// white space nor spaces that lead to a word.
func TestTouchingSettles(t *testing.T) {
	for _, text := range afterNumber() {
		var a amount
		a.reset(0)
		j := 0
		if text[0] == '$' {
			a.unit, j = "$", 1
		}
		if !decimalAt(text, j, &a.num) {
			t.Fatalf("no number in %q", text)
		}
		a.end = a.num.end
		if done, ok := touching(text, &a); !done || !ok || a.unit != "" {
			continue
		}
		b := a
		if unitAfter(text, &b); b != a {
			t.Errorf("touching settles %q as %+v, unitAfter reads %+v", text, a, b)
		}
	}
}

// TestScaleOf checks scaleOf against a lookup in a map of the scale words.
func TestScaleOf(t *testing.T) {
	scales := newWordMap(map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12})
	for _, w := range []string{
		"thousand", "Thousand", "THOUSAND", "million", "MiLLioN", "billion", "Billion", "trillion", "TRILLION",
		"", "m", "millions", "millio", "milliom", "bmillion", "billions", "trillio", "thousands", "hundred",
		"zillion", "mi-lion", "thousanD",
	} {
		want, _ := lookup(scales, w)
		if got := scaleOf(w, 0, len(w)); got != want {
			t.Errorf("scaleOf(%q) = %g, want %g", w, got, want)
		}
	}
}

// TestGluedBefore checks the table gluedBefore reads against the bytes it
// stands for, for every pair of bytes before a digit.
func TestGluedBefore(t *testing.T) {
	plain := func(text string, i int) bool {
		if i == 0 {
			return false
		}
		switch c := text[i-1]; c {
		case ',', '.', '/', '-', ':', '$', '_', '#', '@', '=', '\\', '\'':
			return true
		case '"':
			return i >= 2 && text[i-2] == '='
		default:
			return isAlnum(c)
		}
	}
	for a := range 256 {
		for b := range 256 {
			text := string([]byte{byte(a), byte(b), '1'})
			for i := range 3 {
				if got, want := gluedBefore(text, i), plain(text, i); got != want {
					t.Fatalf("gluedBefore(%q, %d) = %v, want %v", text, i, got, want)
				}
			}
		}
	}
}
