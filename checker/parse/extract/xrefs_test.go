package extract

import (
	"slices"
	"strings"
	"testing"
)

// wantXref is an expected cross reference: the phrase it covers (first
// occurrence at or after the previous match), the target as written in
// the text (located inside the phrase), the target reported, and the page
// label as written (located at the end of the phrase).
type wantXref struct {
	text, written, target, page string
	n                           int
}

func TestXrefs(t *testing.T) {
	text := `Risky. See "Risk Factors" on page 2 for details. See "Plan of Distribution"` + "\n" +
		`on page 7. Please see “Risk Factors” beginning on page S-5. As described under the caption` + "\n" +
		`"Risk Factors" beginning on page 4 of this prospectus. Read "Risk Factors" on page S-5 of this` + "\n" +
		`prospectus supplement and page 5 of the accompanying prospectus. Read the section entitled` + "\n" +
		`"Use of Proceeds" on page 12. The stockholders listed on page 3 are selling. See "Risk` + "\n" +
		`Factors - You will have no effective remedy against Arthur Andersen LLP".` + "\n" +
		"Also see ``Description of Capital Stock'' on page ii, “Risk Factors,” beginning on page 3 and\n" +
		`the “Risk Factors” section beginning on page S-9. SEE "RISK FACTORS" BEGINNING ON PAGE 5.` + "\n" +
		"See Risk Factors beginning on page 6. See page 9. See the “Concurrent Private Placement”, beginning on page S-14.\n" +
		`Notes appear on pages 82 through 90 and at page 4 of Book 5446, at Page 3740.` + "\n" +
		`See Research & Development in the Prospectus on page 8; see “Risk Factors” in this prospectus supplement beginning on page S-2.`
	want := []wantXref{
		{`See "Risk Factors" on page 2`, "Risk Factors", "Risk Factors", "2", 2},
		{"See \"Plan of Distribution\"\non page 7", "Plan of Distribution", "Plan of Distribution", "7", 7},
		{"see “Risk Factors” beginning on page S-5", "Risk Factors", "Risk Factors", "S-5", 5},
		{`"Risk Factors" beginning on page 4`, "Risk Factors", "Risk Factors", "4", 4},
		{`"Risk Factors" on page S-5`, "Risk Factors", "Risk Factors", "S-5", 5},
		{`"Use of Proceeds" on page 12`, "Use of Proceeds", "Use of Proceeds", "12", 12},
		{"on page 3", "", "", "3", 3},
		{"see ``Description of Capital Stock'' on page ii", "Description of Capital Stock", "Description of Capital Stock", "ii", 2},
		{"“Risk Factors,” beginning on page 3", "Risk Factors", "Risk Factors", "3", 3},
		{"“Risk Factors” section beginning on page S-9", "Risk Factors", "Risk Factors", "S-9", 9},
		{`SEE "RISK FACTORS" BEGINNING ON PAGE 5`, "RISK FACTORS", "RISK FACTORS", "5", 5},
		{"See Risk Factors beginning on page 6", "Risk Factors", "Risk Factors", "6", 6},
		{"See page 9", "", "", "9", 9},
		{"See the “Concurrent Private Placement”, beginning on page S-14", "Concurrent Private Placement", "Concurrent Private Placement", "S-14", 14},
		{"on pages 82", "", "", "82", 82},
		{"at page 4", "", "", "4", 4},
		{"See Research & Development in the Prospectus on page 8", "Research & Development", "Research & Development", "8", 8},
		{"see “Risk Factors” in this prospectus supplement beginning on page S-2", "Risk Factors", "Risk Factors", "S-2", 2},
	}
	checkXrefs(t, text, Xrefs(text), want)
}

func TestXrefsWrappedTitle(t *testing.T) {
	text := "See \"Risk\n   Factors\" on\npage 2"
	checkXrefs(t, text, Xrefs(text), []wantXref{
		{text, "Risk\n   Factors", "Risk Factors", "2", 2},
	})
}

func TestXrefsNotXrefs(t *testing.T) {
	for _, text := range []string{
		`See "Risk Factors - You will have no effective remedy against Arthur Andersen LLP".`,
		"Page 2", "page", "the page 7 of", "on page", "on page 2004", "on page x-1", "on pages.",
		"on page 5a", "homepage 5", "on Page 3740 or Page 3750",
	} {
		for _, m := range Xrefs(text) {
			t.Errorf("Xrefs(%q): unexpected %q %+v", text, text[m.Start:m.End], m)
		}
	}
}

func TestXrefsParagraph(t *testing.T) {
	// a quote in an earlier paragraph does not open the title
	for _, text := range []string{"He said \"go.\n\nIt is\" on page 4", "He said \"go.\n  \nIt is on page 4"} {
		if got := Xrefs(text); len(got) != 1 || got[0].Target != "" {
			t.Errorf("Xrefs(%q) = %+v, want a bare page reference", text, got)
		}
	}
	text := "Intro.\n\nSee \"Risk\nFactors\" on page 4"
	if got := Xrefs(text); len(got) != 1 || got[0].Target != "Risk Factors" {
		t.Errorf("Xrefs(%q) = %+v, want target %q", text, got, "Risk Factors")
	}
}

func checkXrefs(t *testing.T, text string, got []XrefMatch, want []wantXref) {
	t.Helper()
	from := 0
	for i, w := range want {
		start := locate(t, text, &from, w.text)
		end := start + len(w.text)
		wm := XrefMatch{
			Start: start, End: end, Target: w.target, PageLabel: w.page, Page: w.n,
			PageStart: end - len(w.page), PageEnd: end,
		}
		if w.written != "" {
			wm.TargetStart = start + strings.Index(w.text, w.written)
			wm.TargetEnd = wm.TargetStart + len(w.written)
		}
		if i >= len(got) {
			t.Errorf("missing xref %q: %+v", w.text, wm)
			continue
		}
		if got[i] != wm {
			t.Errorf("xref %d = %q %+v,\n want %q %+v", i, text[got[i].Start:got[i].End], got[i], w.text, wm)
		}
	}
	for _, m := range got[min(len(got), len(want)):] {
		t.Errorf("unexpected xref %q %+v", text[m.Start:m.End], m)
	}
}

// TestPageFinder checks that the pageFinder, which jumps between the 'g's
// and 'G's of the text, finds every offset where pageAt finds a word.
func TestPageFinder(t *testing.T) {
	for _, text := range []string{
		"", "page ", "Page 1 PAGE 2 pAGE 3 PaGe 4 pages\n5 page", "pagepage page\u00a0page, ppage 7 gpage 8",
		"ge age page  page\tpage", "see pages 4 and 5 on Pages 6-7 of the PAGES ii", corpusText(t),
	} {
		var want, got []int
		for p := range len(text) {
			if pageAt(text, p) {
				want = append(want, p)
			}
		}
		f := newPageFinder(text)
		for p := f.next(); p >= 0; p = f.next() {
			got = append(got, p)
		}
		if !slices.Equal(got, want) {
			t.Errorf("pageFinder(%.60q) finds %v, want %v", text, got, want)
		}
	}
}
