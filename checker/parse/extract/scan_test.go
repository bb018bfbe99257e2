package extract

import (
	"math/bits"
	"reflect"
	"strings"
	"testing"
)

// TestScan checks that Scan finds what Dates, Amounts and Ranges find on
// their own.
func TestScan(t *testing.T) {
	for _, text := range []string{
		"",
		"$60 Million To $70 Million; 500 to 600  employees on Tuesday, February 8,\n2005",
		"between 5% and 10%, $60-$70, 1,518,500,000 shares, 2004 annual report, page 7",
		"12345678901234567890 $1,234.56 2005-2006 FY2005 1,2005 19999 May 2005 8 May 2005",
	} {
		checkScan(t, text)
	}
}

// TestScanCorpus does the same on the shared corpus.
func TestScanCorpus(t *testing.T) {
	checkScan(t, corpusText(t))
}

func checkScan(t *testing.T, text string) {
	t.Helper()
	p := Scan(text)
	if d := Dates(text); !reflect.DeepEqual(p.Dates, d) {
		t.Errorf("Scan(%.60q).Dates = %d dates, Dates gives %d", text, len(p.Dates), len(d))
	}
	if a := Amounts(text); !reflect.DeepEqual(p.Amounts, a) {
		t.Errorf("Scan(%.60q).Amounts = %d amounts, Amounts gives %d", text, len(p.Amounts), len(a))
	}
	if r := Ranges(text); !reflect.DeepEqual(p.Ranges, r) {
		t.Errorf("Scan(%.60q).Ranges = %d ranges, Ranges gives %d", text, len(p.Ranges), len(r))
	}
}

// TestCueAnchors checks that the prefilter of Sums stops at the anchor
// pair of every cue stem, wherever it falls in a word of eight bytes.
func TestCueAnchors(t *testing.T) {
	for _, st := range cueStems {
		for pad := range 16 {
			text := strings.Repeat(".", pad) + st.s + strings.Repeat(".", 16)
			want := pad + st.at
			found := false
			for i, mask := nextCueAnchors(text, 0); mask != 0 && !found; i, mask = nextCueAnchors(text, i+8) {
				for ; mask != 0; mask &= mask - 1 {
					found = found || i+bits.TrailingZeros64(mask)/8 == want
				}
			}
			if !found {
				t.Errorf("nextCueAnchors misses %q at %d in %q", st.s, want, text)
			}
		}
	}
}

// TestWordMapFilter checks that the filter of a wordMap lets through every
// word of the map, in any case.
func TestWordMapFilter(t *testing.T) {
	for _, set := range []*wordMap[bool]{functionWords, labelWords, countNouns, modifiers, quantifiers, areaUnits} {
		for w := range set.m {
			if !has(set, w) || !has(set, strings.ToUpper(w)) {
				t.Errorf("has(%q) = false for a word of the set", w)
			}
		}
	}
	for w, n := range months.m {
		if got, ok := lookup(months, strings.ToUpper(w)); !ok || got != n {
			t.Errorf("lookup(months, %q) = %d, %v; want %d", strings.ToUpper(w), got, ok, n)
		}
	}
	if has(functionWords, "") || has(functionWords, "zzzz") {
		t.Error("has finds a word not in the set")
	}
}
