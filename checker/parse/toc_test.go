package parse

import "testing"

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
