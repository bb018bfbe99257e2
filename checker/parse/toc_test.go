package parse

import (
	"strings"
	"testing"
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
	lower := collapseSpaces(asciiLower(head))
	return strings.Contains(lower, "subject to completion") || strings.Contains(lower, "preliminary prospectus")
}

func FuzzIsPreliminary(f *testing.F) {
	for _, s := range []string{"Subject  to\ncompletion", "preliminary\u00a0prospectus", "PRELIMINARY PROSPECTUS"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, head string) {
		if got, want := isPreliminary(asciiLower(head)), preliminaryReference(head); got != want {
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
		if got, want := isPreliminary(asciiLower(head)), reference(head); got != want {
			t.Errorf("isPreliminary(%q) = %v, want %v", head, got, want)
		}
	}
}
