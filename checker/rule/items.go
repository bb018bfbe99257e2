package rule

import (
	"strconv"
	"strings"

	"cel.dev/cel-go/common/cost"

	"github.com/filinglint/filinglint/checker/model"
)

// pageSeries returns what a page label's numbers count within: "S-" for
// "S-5", "F-" for "F-10", "" for plain numbers, "roman" for "ii". Two
// labels of one series can be compared; "5" and "S-5" cannot.
func pageSeries(label string) string {
	l := strings.TrimSpace(label)
	if l != "" && strings.Trim(strings.ToLower(l), "ivxlc") == "" {
		return "roman"
	}
	return strings.ToUpper(strings.TrimRight(l, "0123456789"))
}

// itemNumbers returns the Items a heading or line names at its start:
// "Item 7A." → ["7a"], "Items 1 and 2. Business and Properties" → ["1",
// "2"], "Part III, Items 10 through 14" → ["10" … "14"]. Text that does
// not start with an Item gives none.
func itemNumbers(s string) []string {
	f := strings.Fields(normText(s))
	if len(f) > 1 && f[0] == "part" && isRoman(f[1]) {
		f = f[2:]
	}
	if len(f) < 2 || f[0] != "item" && f[0] != "items" {
		return []string{}
	}
	out := []string{}
	through := false
	for _, w := range f[1:] {
		switch {
		case isItemNumber(w):
			if through && len(out) > 0 {
				out = append(out, itemRange(out[len(out)-1], w)...)
			} else {
				out = append(out, w)
			}
			through = false
		case w == "and" || w == "to" || w == "through" || w == "thru":
			through = w != "and"
		default:
			return out
		}
		if len(out) >= maxItems {
			return out[:maxItems]
		}
	}
	return out
}

// docItems returns the Items a document names at the start of a heading,
// a table of contents entry or a line, each once, in the order met: for
// an annual report "1", "1a", "2" … "15".
func docItems(doc *model.Document) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !startsWithItem(s) {
			return
		}
		for _, n := range itemNumbers(s) {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	for _, h := range doc.Headings {
		add(h.Text)
	}
	for _, e := range doc.TOC.Entries {
		add(e.Title)
	}
	for _, l := range doc.Lines {
		if len(l.Text) < 400 {
			add(l.Text)
		}
	}
	return out
}

// startsWithItem is a quick test for text that may start with "Item",
// "Items" or "Part", in any letter case.
func startsWithItem(s string) bool {
	t := strings.TrimLeft(s, " \t\u00a0")
	return len(t) >= 4 && (containsFoldASCII(t[:4], "item") || containsFoldASCII(t[:4], "part"))
}

// estimateItems bounds itemNumbers(doc): a look at every line, heading
// and entry, and at most one of each Item number.
func estimateItems(cost.Estimator, *cost.AstNode, []cost.AstNode) *cost.CallEstimate {
	n := fieldSizes["Document.lines"] + fieldSizes["Document.headings"] + fieldSizes["TOC.entries"]
	size := cost.ListSizeEstimate(cost.RangedSizeEstimate(0, 200), cost.RangedSizeEstimate(1, 3))
	return cost.NewCallEstimate(cost.RangedCostEstimate(1, 1+n*itemCost), &size)
}

// itemRange lists the plain Items after from up to to: "10" to "14" gives
// "11" … "14".
func itemRange(from, to string) []string {
	a, errA := strconv.Atoi(from)
	b, errB := strconv.Atoi(to)
	if errA != nil || errB != nil || b <= a || b-a > maxItems {
		return []string{to}
	}
	var out []string
	for n := a + 1; n <= b; n++ {
		out = append(out, strconv.Itoa(n))
	}
	return out
}
