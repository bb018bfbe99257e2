package rule

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/filinglint/filinglint/checker/model"
)

// addends returns the figures in column c that row i of table t may add
// up, in groups: the group directly above row i first, then the groups
// above it, up to the top of the table. Headings (such as "Operating
// expenses:") and blank lines separate groups, so that a total can be
// compared with the sum of the nearest group, of the nearest two, and so
// on. A subtotal — a "Total…" row, a row without a label, or
// a row that ends a group and equals the sum of the rows back to its
// heading — stands for
// the rows it totals, which are skipped with their heading, and it opens
// a new group, so that a total after a subtotal is compared both with the
// rows since the subtotal and with those rows plus the subtotal:
//
//	Current assets:
//	  Cash                    500    <- group 1
//	  Inventories:                   <- skipped with the rows it heads
//	    Purchased parts       535
//	    Finished goods        735
//	                        1,270    <- group 1 (a subtotal)
//
//	  Other                    50    <- group 0
//	  Total current assets  1,820    <- row i
//
// Blank lines count only in tables laid out a row a line (EDGAR ASCII). A
// figure on a row whose label starts with "Less" counts as negative.
// Headings are rows with a label and empty cells. The search stops after
// maxGroups groups, and at a row that cannot be added: one with figures
// in other columns but none in column c, with text such as "n/a" there,
// or with a figure printed to other decimal places than the total's (a
// per-share amount among thousands). If that row stands in the nearest
// group, addends returns nothing. Rule lines ("--------") are passed
// over.
func addends(t *model.Table, i, c int) [][]model.Cell {
	var groups [][]model.Cell
	var cur []model.Cell // bottom-up
	flush := func() {
		if len(cur) > 0 {
			slices.Reverse(cur)
			groups, cur = append(groups, cur), nil
		}
	}
	i = min(i, len(t.Rows))
	below := math.MaxInt // the line of the row below the one looked at
	if i < len(t.Rows) {
		below = t.Rows[i].Line
	}
	places := -1.0 // the rounding of the total's figure, if it has one
	if i < len(t.Rows) && c < len(t.Rows[i].Cells) && strings.ContainsFunc(t.Rows[i].Cells[c].Text, isDigit) {
		places = rounding(t.Rows[i].Cells[c].Text)
	}
	gaps := blankLinesSeparate(t)
	for k := i - 1; k >= 0 && len(groups) < maxGroups; k-- {
		r := &t.Rows[k]
		if gaps && below-max(r.Line, r.EndLine) > 1 {
			flush()
		}
		below = r.Line
		if isRuleRow(r) {
			continue
		}
		if isHeading(r) {
			flush()
			continue
		}
		cell, ok := figureAt(r, c)
		if ok && places >= 0 && strings.ContainsFunc(cell.Text, isDigit) && rounding(cell.Text) != places {
			ok = false // a figure of another precision: a per-share amount among thousands
		}
		if !ok {
			if len(groups) == 0 {
				return nil
			}
			break
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(r.Label)), "less") {
			cell.Value = -math.Abs(cell.Value) // "Less cost of treasury stock"
		}
		if !isSubtotal(r) && !closesGroup(t, k, c, gaps) {
			cur = append(cur, cell)
			continue
		}
		// A subtotal ends the group below it and opens the next one.
		flush()
		cur = append(cur, cell)
		if k = groupHeading(t, k); k >= 0 {
			below = t.Rows[k].Line
		}
	}
	if len(groups) < maxGroups {
		flush()
	}
	return groups
}

// maxGroups bounds the groups addends returns, and so the work of a rule
// over them.
const maxGroups = 10

// figureAt returns the figure in column c of row r; false if the column
// is empty or holds text.
func figureAt(r *model.Row, c int) (model.Cell, bool) {
	if c >= len(r.Cells) || !r.Cells[c].IsNumber || isRuleText(r.Cells[c].Text) {
		return model.Cell{}, false
	}
	return r.Cells[c], true
}

// closesGroup reports whether row k is an unmarked subtotal, such as
// "Cash used for investing activities": it ends a group (a heading, a
// blank line or a total follows it) and its figure in column c is the sum
// of the figures directly above it back to its heading, two or more of
// them not zero.
func closesGroup(t *model.Table, k, c int, gaps bool) bool {
	next := k + 1
	for next < len(t.Rows) && isRuleRow(&t.Rows[next]) {
		next++
	}
	if next < len(t.Rows) {
		n := &t.Rows[next]
		blank := gaps && n.Line-max(t.Rows[k].Line, t.Rows[k].EndLine) > 1
		if !blank && !isHeading(n) && !isSubtotal(n) {
			return false
		}
	}
	cell, _ := figureAt(&t.Rows[k], c)
	sum, tolerance, nonzero := 0.0, rounding(cell.Text), 0
	for j := k - 1; j > groupHeading(t, k); j-- {
		r := &t.Rows[j]
		if isRuleRow(r) {
			continue
		}
		x, ok := figureAt(r, c)
		if !ok {
			return false
		}
		sum, tolerance = sum+x.Value, tolerance+rounding(x.Text)
		if x.Value != 0 {
			nonzero++
		}
	}
	return nonzero >= 2 && math.Abs(cell.Value-sum) <= tolerance
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

// cumulative returns the running totals of xs: [a, b, c] → [a, a+b, a+b+c].
func cumulative(xs []float64) []float64 {
	out := make([]float64, len(xs))
	total := 0.0
	for i, x := range xs {
		total += x
		out[i] = total
	}
	return out
}
