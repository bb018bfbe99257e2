package rule

import (
	"math"
	"slices"
	"strings"

	"github.com/filinglint/filinglint/checker/model"
)

// addends returns the figures in column c that row i of table t may add
// up, in groups: the group directly above row i first, then the groups
// above it, up to the top of the table. Headings and blank lines separate
// groups, so that a total can be compared with the sum of the nearest
// group, of the nearest two, and so on. A subtotal — a "Total…" row, a
// row without a label, or a row that ends a group and equals the sum of
// the rows back to its heading — stands for the rows it totals, which are
// skipped with their heading, and opens a new group, so that a total
// after a subtotal is compared both with the rows since the subtotal and
// with those rows plus the subtotal:
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
// Headings are rows such as "Operating expenses:" or a row of column
// headings (see isHeading). Blank lines count only in tables laid out a
// row a line, as EDGAR ASCII tables are. A figure on a row whose label
// starts with "Less" counts as negative. The search stops after maxGroups
// groups, and at a row that cannot be added: one with figures in other
// columns but none in column c, with text such as "n/a" there, or with a
// figure printed to other decimal places than the total's (a per-share
// amount among thousands). If that row stands in the nearest group,
// addends returns nothing. Rule lines ("--------") are passed over.
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
		if hasPrefixFold(strings.TrimSpace(r.Label), "less") {
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

// closesGroup reports whether row k is an unmarked subtotal, such as
// "Cash used for investing activities": it ends a group (a heading, a
// blank line or a total follows it) and its figure in column c is the sum
// of the figures directly above it back to its heading, two or more of
// them not zero. A row labelled "Net …" that is that sum is a subtotal
// wherever it stands, even of a single figure: "Net increase from
// derivatives" under "Unrealized gains" and "Less: realized gains".
func closesGroup(t *model.Table, k, c int, gaps bool) bool {
	net := hasPrefixFold(strings.TrimSpace(t.Rows[k].Label), "net ")
	next := k + 1
	for next < len(t.Rows) && isRuleRow(&t.Rows[next]) {
		next++
	}
	if next < len(t.Rows) && !net {
		n := &t.Rows[next]
		blank := gaps && n.Line-max(t.Rows[k].Line, t.Rows[k].EndLine) > 1
		if !blank && !isHeading(n) && !isSubtotal(n) {
			return false
		}
	}
	cell, _ := figureAt(&t.Rows[k], c)
	sum, tolerance, nonzero := 0.0, rounding(cell.Text), 0
	for j, top := k-1, groupHeading(t, k); j > top; j-- {
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
	return (nonzero >= 2 || net && nonzero >= 1) && math.Abs(cell.Value-sum) <= tolerance
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
