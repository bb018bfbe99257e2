package parse

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/internal/ascii"
	"github.com/filinglint/filinglint/checker/visible"
)

func TestIsPageHeader(t *testing.T) {
	for s, want := range map[string]bool{
		"Page": true, "PAGE": true, " Pages. ": true, "Page No.": true, "page number": true, "...Page...": true,
		"": false, ".": false, "Pa": false, "Page 3": false, "Paged": false, "Summary": false,
	} {
		if got := isPageHeader(s); got != want {
			t.Errorf("isPageHeader(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsTOCCaption checks the caption test's quick rejection against the
// normalised comparison it stands in front of.
func TestIsTOCCaption(t *testing.T) {
	reference := func(s string) bool {
		if len(s) > 40 {
			return false
		}
		n := normText(s)
		return n == "table of contents" || n == "contents" || n == "index" || n == "table of contents page"
	}
	for _, s := range []string{
		"TABLE OF CONTENTS", "Table of Contents", "table  of\tcontents", "Contents", "INDEX", "Index.",
		"Table of Contents Page", "T-A-B-L-E of Contents", "Con'tents", "CONTENTS (continued)",
		"Table of Contents 2", "Índex", "Contents & Index", "Contents…", "", "Page", "Indexes",
		"TABLE OF CONTENTS                         PAGE",
	} {
		if got, want := isTOCCaption(s), reference(s); got != want {
			t.Errorf("isTOCCaption(%q) = %v, want %v", s, got, want)
		}
	}
}

// preliminaryReference is what isPreliminary stands for.
func preliminaryReference(head string) bool {
	lower := collapseSpaces(ascii.Lower(head))
	return strings.Contains(lower, "subject to completion") || strings.Contains(lower, "preliminary prospectus")
}

func FuzzIsPreliminary(f *testing.F) {
	for _, s := range []string{"Subject  to\ncompletion", "preliminary\u00a0prospectus", "PRELIMINARY PROSPECTUS"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, head string) {
		if got, want := isPreliminary(ascii.Lower(head)), preliminaryReference(head); got != want {
			t.Errorf("isPreliminary(%q) = %v, want %v", head, got, want)
		}
	})
}

// TestIsPreliminary checks isPreliminary against the definition it
// stands for: the ASCII-lowered, space-collapsed text contains one of the
// phrases.
func TestIsPreliminary(t *testing.T) {
	reference := preliminaryReference
	for _, head := range []string{
		"SUBJECT TO COMPLETION, DATED MAY 1, 2024", "Subject  to\n completion", "subject\u00a0to\u00a0completion",
		"subject\u00a0to\u00a0completion  x", "PRELIMINARY PROSPECTUS SUPPLEMENT", "preliminary\tprospectus",
		"nonsubject to completions", "subject to", "subject tocompletion", "prospectus", "", "subjec",
		"PRELIMİNARY prospectus", "preliminary\u2003prospectus\n",
	} {
		if got, want := isPreliminary(ascii.Lower(head)), reference(head); got != want {
			t.Errorf("isPreliminary(%q) = %v, want %v", head, got, want)
		}
	}
}

// textOfLines returns the visible text of lines, on one page.
func textOfLines(lines []string) *visible.Text {
	b := visible.NewBuilderLines(0, len(lines))
	for _, l := range lines {
		b.WriteLine([]byte(l), 0)
	}
	return b.Text()
}

// plainTOCLine is tocLine without its shortcuts: the title trimmed whole,
// every last word of it parsed.
func plainTOCLine(t *visible.Text, i int) (tocEntry, bool) {
	raw := t.Text(i)
	trimmed := trimBlankRight(raw)
	if n := len(trimmed); n == 0 || !plainLabelEnd(trimmed[n-1]) {
		return tocEntry{}, false
	}
	sp := len(trimmed) - 1
	for sp >= 0 && trimmed[sp] != ' ' && trimmed[sp] != '\t' && trimmed[sp] != '.' {
		sp--
	}
	if sp < 0 || strings.IndexByte(trimmed[sp+1:], ',') >= 0 {
		return tocEntry{}, false
	}
	label, num, ok := pageLabel(trimmed[sp+1:])
	if !ok {
		return tocEntry{}, false
	}
	head := trimmed[:sp+1]
	body := trimBlankRight(head)
	if !strings.HasSuffix(body, "..") && len(head)-len(body) < 2 && !strings.HasSuffix(body, "\u00a0") {
		return tocEntry{}, false
	}
	title := strings.TrimSpace(strings.TrimRight(body, ". \t"))
	last := lastField(title)
	_, amount := parseNumber(last)
	amount = amount && (strings.ContainsAny(last, ",$") || len(last) > 3)
	if !hasLetters(title) || len(title) > 200 || strings.HasSuffix(title, "$") || amount {
		return tocEntry{}, false
	}
	indent := skipBlanks(raw, 0)
	return tocEntry{
		first: i, last: i, titleCol: indent, title: title,
		label: label, number: num, pageCol: sp + 1, pageEnd: len(trimmed), indent: indent,
	}, true
}

// plainLabelEnd is isLabelEnd without its table.
func plainLabelEnd(c byte) bool {
	return c >= '0' && c <= '9' || c == 'i' || c == 'v' || c == 'x' || c == 'I' || c == 'V' || c == 'X'
}

// plainKind is tocFinder.kind without its shortcuts.
func plainKind(t *visible.Text, i int) tocLineKind {
	s := t.Trimmed(i)
	switch {
	case s == "" || t.Lines[i].PageNumber || isPageHeader(s):
		return tocSkipped
	case !plainLabelEnd(s[len(s)-1]):
		return tocOther
	}
	if _, ok := plainTOCLine(t, i); ok {
		return tocEntryLine
	}
	return tocOther
}

// TestTOCShortcuts checks tocLine, kind and findTOC's quick rejections
// (endsInLabel, mayBeTOCCaption) against the plain reading, on awkward
// lines and random ones.
func TestTOCShortcuts(t *testing.T) {
	lines := []string{
		"", "   ", "Business ........ 5", "Net income     123", "Net sales    1,234", "  Total     12.5",
		"\u00a0\u00a0Risk Factors\u00a0 7", "   Appendix   ii", "Year ended 1998    1999", "Title$    5",
		"Cost   1,234    5", "Page 5", "  Intro.....iv", "Intro  . . .  12  ", "Summary   7\r", "Index   x",
		"\t\tSelected data\t\t9\t", "Amount  $ 12", "Plan    12.50", "Item 1.  Business   3", "ab   1",
		"Legal Proceedings \u00a0 8", "Exhibits        S-5", "Notes     - 4 -", "  PAGE  ", "Page No.",
		"TABLE OF CONTENTS", "1999   2000", "------   -----", "(a) Notes   4", "Índex", "contents:",
		"Fee $12    5", "Fee 12$   5", "Fee 1.5   6", "Appendix   XI", "Schedules    xiv", "Glossary  \u00a0  8",
	}
	pieces := []string{
		" ", "  ", "\t", ".", "..", "...", "1", "12", "1999", "ii", "IV", "x", ",", "$", "Page", "page", "PAGES",
		"Net", "income", "\u00a0", "-", "S-5", "İ", "\r", "Contents", "a", "Table of", "\u212a", "\xff",
		"$12", "XI", "vi", "Fee ",
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		lines = append(lines, randomText(r, pieces, r.IntN(10)+1))
	}
	tx := textOfLines(lines)
	for i := range tx.Lines {
		tx.Lines[i].PageNumber = i%7 == 3
	}
	f := newTOCFinder(tx)
	for i := range tx.Lines {
		want, wantOK := plainTOCLine(tx, i)
		var got tocEntry
		if ok := tocLine(tx, i, &got); ok != wantOK || ok && got != want {
			t.Errorf("tocLine(%q) = %+v, %v; want %+v, %v", tx.Text(i), got, ok, want, wantOK)
		}
		if got, want := f.kind(i), plainKind(tx, i); got != want {
			t.Errorf("kind(%q) = %v, want %v", tx.Text(i), got, want)
		}
		s := tx.Trimmed(i)
		if wantOK && !endsInLabel(s) {
			t.Errorf("endsInLabel(%q) = false for an entry", s)
		}
		if !mayBeTOCCaption(s) && isTOCCaption(s) {
			t.Errorf("mayBeTOCCaption(%q) = false for a caption", s)
		}
	}
}
