package rule

import (
	"strings"
	"unicode"

	"github.com/filinglint/filinglint/checker/model"
)

// figureAt returns the figure in column c of row r; false if the column
// is empty or holds text.
func figureAt(r *model.Row, c int) (model.Cell, bool) {
	if c >= len(r.Cells) || !r.Cells[c].IsNumber || isRuleText(r.Cells[c].Text) {
		return model.Cell{}, false
	}
	return r.Cells[c], true
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
			!c.IsNumber && strings.ContainsFunc(text, unicode.IsLetter) && !placeholders[strings.ToLower(text)]
		if !heading {
			return false
		}
		filled = filled || text != ""
	}
	return filled || strings.TrimSpace(r.Label) != ""
}

// placeholders stand in a column for a figure that is not given.
var placeholders = map[string]bool{"n/a": true, "na": true, "nm": true, "n.m.": true, "none": true, "nil": true}

// isYear reports a column heading such as 2023 or 1998.
func isYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) &&
		strings.Trim(s, "0123456789") == ""
}

// isSubtotal reports a row marked as a total: "Total revenues",
// "Subtotal", "Walmart U.S. Total", or a row of figures without a label.
func isSubtotal(r *model.Row) bool {
	label := strings.ToLower(strings.TrimSpace(strings.TrimRight(r.Label, ".: ")))
	return label == "" || strings.HasPrefix(label, "total") || strings.HasPrefix(label, "subtotal") ||
		strings.HasSuffix(label, " total")
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
