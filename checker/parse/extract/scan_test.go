package extract

import (
	"reflect"
	"slices"
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
		"May 8,2005.2005 June 9, $2005 July 1 2004% Jan. 2,\n1999 employees Feb 3 1,999 Mar 4 2,005.1999",
		"Apr 5 .2005 May 6 $ 2001 million Jun 7 2000.5 Jul 8 1999\u00a0shares Aug 9 3000 Sep 10 0999 Oct 11 2100",
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

// cueSpec is what findCues finds: each of these stems at any offset
// where its read function reads a cue.
var cueSpec = []struct {
	s    string
	read func(text string, k int) (cue, bool)
}{
	{"consist", readConsist},
	{"Consist", readConsist},
	{"mpris", readComprise},
	{"mposed", readComposed},
	{"de up", readMadeUp},
	{"f which", readOfWhich},
}

// TestFindCues checks that findCues, which jumps between anchor bytes,
// finds the cues a plain walk finds trying every stem at every offset.
func TestFindCues(t *testing.T) {
	texts := []string{"", "f", "p", "of", "consist", "Consist of", "f which", "o consist of", "\u00a0consist\u00a0of"}
	for _, sp := range cueSpec {
		for pad := range 3 {
			p := strings.Repeat(" ", pad)
			texts = append(texts, p+sp.s, sp.s+p, p+"made up of"+p+sp.s+" of"+sp.s, sp.s+"s"+p+"OF", sp.s+"ing\n"+p+"oF")
		}
	}
	texts = append(texts,
		"It consisted of $1 and $2, of which $3; comprising, comprised of, composed of, made up of cc pp ww",
		"Consisting of: consists of,consist of.CONSIST OF made  up\nof, of which, each of which, consistent of",
		"inconsist of, Consists\u00a0 \u00a0of, consisted\t\n of, consistsof, Of which, OF which, consist Of",
		"ConsistS of, consisTED OF, CONSISTING of, Consisting\n\nof, consist\u00a0of, $consist of, consist-of, "+
			"Comprised of, COMPRISED OF, Composed\nof, Made up of, made\tup of, of whichever, each of which",
		"composed   of, COMPOSED OF, CoMposed Of, decomposed of, mposed of, composedof, composed\u00a0\nOF, "+
			"made up\nof, made up  OF, made  up of, MADE up of, remade up of, made upof, made up\n\nof, de up of",
		"comprised of, comprisedof, Comprising, imprison, compressed of, company of, mp of, up of, mpris")
	for _, text := range texts {
		checkFindCues(t, text)
	}
	checkFindCues(t, corpusText(t))
}

func checkFindCues(t *testing.T, text string) {
	t.Helper()
	var want []cue
	for k := range len(text) {
		for _, sp := range cueSpec {
			if strings.HasPrefix(text[k:], sp.s) {
				if c, ok := sp.read(text, k); ok {
					want = append(want, c)
				}
			}
		}
	}
	slices.SortFunc(want, func(a, b cue) int { return a.start - b.start })
	if got := findCues(text); !reflect.DeepEqual(got, want) {
		t.Errorf("findCues(%.60q) = %v, want %v", text, got, want)
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
