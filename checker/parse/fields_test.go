package parse

import (
	"strings"
	"testing"
)

func TestFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a ", "Item 1A.  Risk Factors", "a\u00a0b\u2003c", "\t x\u0085y ", "\xff bad \xfe", "Part\u3000II",
	} {
		want := strings.Fields(s)
		if got := fieldCount(s); got != len(want) {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, len(want))
		}
		last := ""
		if len(want) > 0 {
			last = want[len(want)-1]
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q, want %q", s, got, last)
		}
		var got []string
		for start, end := nextField(s, 0); start < len(s); start, end = nextField(s, end) {
			got = append(got, s[start:end])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("fields of %q = %q, want %q", s, got, want)
		}
	}
}

func TestCollapseSpaces(t *testing.T) {
	for _, s := range []string{
		"", "  ", "a  b", "\ta\n b\u00a0\u00a0c ", "no-gap", "x\u2003\u2003y", "  lead  and trail \t", "a\vb\fc\rd  e",
		" ", "$60 million", "$  60", "February 8,\n2005", "a\tb", " a", "a ", "a b c",
		"\u00a0a", "a\u00a0\u00a0b", "a \u00a0b", "a\r\nb", "\u2003a\u2003", "€ 5", "a \n b",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n") {
			want = s
		}
		if got := collapseSpaces(s); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzFields checks the field walkers against strings.Fields.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"a b", " \u00a0x\u2028y ", "\xe2\x80 \xa8z", "Item 1A.\tRisk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Fields(s)
		last := ""
		if len(want) > 0 {
			last = want[len(want)-1]
		}
		if got := fieldCount(s); got != len(want) {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, len(want))
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q, want %q", s, got, last)
		}
		if got, joined := collapseSpaces(s), strings.Join(want, " "); got != joined && got != s {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, joined)
		}
	})
}

func TestLowerIsAny(t *testing.T) {
	for _, s := range []string{
		"in", "IN", "İN", "ın", "wİth", "pageſ", "PAGES", "Kelvin\u212a", "page no", "", "\u212a\u212a\u212a\u212a",
		"İİİİİİİİ", "\U0001d40f\U0001d400\U0001d406\U0001d404", "PAGES and more words than any", "\xffin",
	} {
		for _, w := range []string{"in", "with", "pages", "page no", "kelvink", "", "kkkk", "iiiiiiii", "page"} {
			if got, want := lowerIsAny(s, []string{w}), strings.ToLower(s) == w; got != want {
				t.Errorf("lowerIsAny(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestNumberedHeadingLowering checks isNumberedHeading lowers the way the
// strings.ToLower it replaced did.
func TestNumberedHeadingLowering(t *testing.T) {
	for s, want := range map[string]bool{
		"Item 1A. Risk Factors": true, "ITEM 7.": true, "PART II": true, "Part iv": true, "Part 2": true,
		"PART İİ": true, "İtem 1. Business": false, "Items 1 and 2": false, "Part IIA": false, "Item A.": false,
		"Item 12345": false, "Part ſ": false, "Itemize 1": false,
	} {
		if got := isNumberedHeading(s); got != want {
			t.Errorf("isNumberedHeading(%q) = %v, want %v", s, got, want)
		}
	}
}
