package parse

import "github.com/filinglint/filinglint/checker/parse/extract"

// parseNumber parses a table cell or token as EDGAR writes numbers.
func parseNumber(s string) (extract.Number, bool) { return extract.ParseNumber(s) }

// numUnits are the units parseNumber gives. A table's fields keep the
// index of their number's unit rather than the string, so as to hold no
// pointers.
var numUnits = [...]string{"", "$", "%"}

// unitIndex returns the index of unit in numUnits, or -1.
func unitIndex(unit string) int8 {
	for i, u := range numUnits {
		if u == unit {
			return int8(i)
		}
	}
	return -1
}

// pageLabel parses a printed page number ("2", "S-5", "ii", "- 4 -").
func pageLabel(s string) (string, int, bool) { return extract.PageLabel(s) }

// normText folds text for matching headings, TOC entries and references.
func normText(s string) string { return extract.Norm(s) }
