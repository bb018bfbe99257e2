package parse

import "github.com/filinglint/filinglint/checker/parse/extract"

// parseNumber parses a table cell or token as EDGAR writes numbers.
func parseNumber(s string) (extract.Number, bool) { return extract.ParseNumber(s) }

// pageLabel parses a printed page number ("2", "S-5", "ii", "- 4 -").
func pageLabel(s string) (string, int, bool) { return extract.PageLabel(s) }

// normText folds text for matching headings, TOC entries and references.
func normText(s string) string { return extract.Norm(s) }
