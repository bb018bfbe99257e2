package rule

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/filinglint/filinglint/checker/model"
)

// figureAt returns the figure in column c of row r; false if the column
// is empty or holds text. A cell holding only a number in parentheses,
// "(4)", is a negative figure: the parser reads it as a footnote marker,
// but a marker does not stand alone in a column of figures.
func figureAt(r *model.Row, c int) (model.Cell, bool) {
	if c >= len(r.Cells) || isRuleText(r.Cells[c].Text) {
		return model.Cell{}, false
	}
	cell := r.Cells[c]
	if !cell.IsNumber {
		v, ok := parenthesized(cell.Text)
		if !ok {
			return model.Cell{}, false
		}
		cell.Value, cell.IsNumber = -v, true
	}
	return cell, true
}

// parenthesized reads "(4)" or "(1,234)": digits and thousands commas in
// parentheses, nothing else.
func parenthesized(text string) (float64, bool) {
	s := strings.TrimSpace(text)
	if len(s) < 3 || s[0] != '(' || s[len(s)-1] != ')' {
		return 0, false
	}
	digits := strings.ReplaceAll(s[1:len(s)-1], ",", "")
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(digits, 64)
	return v, err == nil
}

// blankLinesSeparate reports whether the table is laid out a row a line,
// as EDGAR ASCII tables are, so that a blank line between two rows
// separates groups. In HTML a row's lines are the source's, and say
// nothing of the layout.
func blankLinesSeparate(t *model.Table) bool {
	adjacent, pairs := 0, 0
	for k := 1; k < len(t.Rows); k++ {
		prev := &t.Rows[k-1]
		pairs++
		if t.Rows[k].Line-max(prev.Line, prev.EndLine) == 1 {
			adjacent++
		}
	}
	return pairs > 0 && 2*adjacent >= pairs
}

// groupHeading returns the index of the heading above row k, -1 if none.
func groupHeading(t *model.Table, k int) int {
	for j := k - 1; j >= 0; j-- {
		if isHeading(&t.Rows[j]) {
			return j
		}
	}
	return -1
}

// isHeading reports a row that heads the rows below it: a label with
// empty cells ("Operating expenses:"), or column headings ("2023",
// "December 31, 2022", "Effective interest rate"). Its cells hold no
// figure but years, no text that is only digits ("1,514 1,634") and no
// placeholder ("n/a").
func isHeading(r *model.Row) bool {
	filled := false
	for _, c := range r.Cells {
		text := strings.TrimSpace(c.Text)
		heading := text == "" || isYear(text) ||
			!c.IsNumber && strings.ContainsFunc(text, unicode.IsLetter) && !isPlaceholder(text)
		if !heading {
			return false
		}
		filled = filled || text != ""
	}
	return filled || strings.TrimSpace(r.Label) != ""
}

// placeholders stand in a column for a figure that is not given.
var placeholders = []string{"n/a", "na", "nm", "n.m.", "none", "nil"}

// isPlaceholder reports a placeholder, in any letter case.
func isPlaceholder(text string) bool {
	for _, p := range placeholders {
		if strings.EqualFold(text, p) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix,
// ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// isYear reports a column heading such as 2023 or 1998.
func isYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) &&
		strings.Trim(s, "0123456789") == ""
}

// isSubtotal reports a row marked as a total: "Total revenues",
// "Subtotal", "Walmart U.S. Total", or a row of figures without a label.
func isSubtotal(r *model.Row) bool {
	label := strings.TrimSpace(strings.TrimRight(r.Label, ".: "))
	return label == "" || hasPrefixFold(label, "total") || hasPrefixFold(label, "subtotal") ||
		hasSuffixFold(label, " total")
}

// isRuleRow reports a row that only draws a rule under figures.
func isRuleRow(r *model.Row) bool {
	ruled := false
	for _, c := range r.Cells {
		switch {
		case isRuleText(c.Text):
			ruled = true
		case strings.TrimSpace(c.Text) != "":
			return false
		}
	}
	return ruled && strings.Trim(r.Label, "-=_ \t") == ""
}

// isRuleText reports "-------" or "=======": four or more rule characters
// and nothing else. A dash or two is a zero.
func isRuleText(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 4 && strings.Trim(s, "-=_") == ""
}
