package rule

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
)

// values lists the figures of each group.
func values(groups [][]model.Cell) [][]float64 {
	var out [][]float64
	for _, g := range groups {
		var vs []float64
		for _, c := range g {
			vs = append(vs, c.Value)
		}
		out = append(out, vs)
	}
	return out
}

func TestAddends(t *testing.T) {
	tests := []struct {
		name string
		rows []model.Row
		want [][]float64
	}{{
		name: "rows back to the heading",
		rows: []model.Row{row(1, "Revenues:"), row(2, "A", "10"), row(3, "B", "20"), row(4, "Total", "30")},
		want: [][]float64{{10, 20}},
	}, {
		name: "blank lines and headings separate groups",
		rows: []model.Row{
			row(1, "A", "100"), row(2, "Heading:"), row(3, "B", "200"), row(5, "C", "300"), row(6, "D", "400"),
			row(7, "Total", "900"),
		},
		want: [][]float64{{300, 400}, {200}, {100}},
	}, {
		name: "a subtotal opens the next group and stands for its rows",
		rows: []model.Row{
			row(1, "Cash", "1,000"), row(2, "Stock:"), row(3, "Parts", "100"), row(4, "Goods", "200"), row(5, "", "300"),
			row(6, "Other", "400"), row(7, "Total", "1,700"),
		},
		want: [][]float64{{400}, {1000, 300}},
	}, {
		name: "a row equal to the sum of the rows back to its heading is a subtotal",
		rows: []model.Row{
			row(1, "Investing:"), row(2, "Buy", "(5)"), row(3, "Sell", "3"), row(4, "Cash used for investing", "(2)"),
			row(5, "Financing:"), row(6, "Borrow", "7"), row(7, "Repay", "(1)"), row(8, "Cash from financing", "6"),
			row(9, "Total cash", "4"),
		},
		want: [][]float64{{6}, {-2}},
	}, {
		name: "rule lines are passed over",
		rows: []model.Row{row(1, "A", "10"), row(2, "B", "20"), row(3, "", "------"), row(4, "Total", "30")},
		want: [][]float64{{10, 20}},
	}, {
		name: "text in the nearest group: nothing",
		rows: []model.Row{row(1, "A", "10"), row(2, "B", "n/a"), row(3, "C", "5"), row(4, "Total", "30")},
		want: nil,
	}, {
		name: "a row without this column in a farther group ends the search",
		rows: []model.Row{
			row(1, "A", "", "10"), row(2, "B", "20"), row(4, "C", "5"), row(5, "D", "6"), row(6, "Total", "31"),
		},
		want: [][]float64{{5, 6}, {20}},
	}, {
		name: "figures of another precision end the search",
		rows: []model.Row{row(1, "Per share", "1.25"), row(3, "A", "10"), row(4, "B", "20"), row(5, "Total", "30")},
		want: [][]float64{{10, 20}},
	}, {
		name: "less rows count negative",
		rows: []model.Row{
			row(1, "Retained earnings", "17,781"), row(2, "Other", "1,119"), row(3, "", "18,900"),
			row(4, "Less cost of treasury stock", "9,720"), row(5, "Total equity", "9,180"),
		},
		want: [][]float64{{-9720}, {18900}},
	}, {
		name: "labels ending in Total are subtotals",
		rows: []model.Row{
			row(1, "Walmart U.S.", "4,605"), row(2, "Sam's Club", "600"), row(3, "U.S. Total", "5,205"),
			row(4, "International", "5,566"), row(5, "Total Company", "10,771"),
		},
		want: [][]float64{{5566}, {5205}},
	}, {
		name: "a row of years heads the columns",
		rows: []model.Row{row(1, "", "2023"), row(2, "A", "1,000"), row(3, "B", "2,000"), row(4, "Total", "3,000")},
		want: [][]float64{{1000, 2000}},
	}, {
		name: "blank lines mean nothing in a table laid out over many lines (HTML)",
		rows: []model.Row{
			row(10, "A", "1,000"), row(20, "B", "2,000"), row(30, "C", "4,000"), row(40, "Total", "7,000"),
		},
		want: [][]float64{{1000, 2000, 4000}},
	}, {
		name: "a figure equal to the rows above is no subtotal in the middle of a list",
		rows: []model.Row{
			row(1, "Notes:"), row(2, "Notes due 2024", "—"), row(3, "Notes due 2025", "500"),
			row(4, "Notes due 2026", "500"), row(5, "Notes due 2027", "750"), row(6, "Total notes", "1,750"),
		},
		want: [][]float64{{0, 500, 500, 750}},
	}, {
		name: "a Net row equal to the rows back to its heading is a subtotal wherever it stands",
		rows: []model.Row{
			row(1, "Hedges:"), row(2, "Unrealized gains", "—"), row(3, "Less: realized losses", "8"),
			row(4, "Net increase from hedges", "8"), row(5, "Pension adjustments", "(9)"), row(6, "Total", "(1)"),
		},
		want: [][]float64{{-9}, {8}},
	}, {
		name: "a lone number in parentheses is a negative figure, not a footnote marker",
		rows: []model.Row{
			row(1, "Incoming", ""), row(2, "Recurring", "(23)"), row(3, "Total", "(27)"),
		},
		want: [][]float64{{-4, -23}},
	}}
	tests[len(tests)-1].rows[0].Cells[0] = model.Cell{Text: "(4)"} // as the parser leaves it: no figure
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl := &model.Table{Rows: tt.rows}
			got := values(addends(tbl, len(tt.rows)-1, 0))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("addends = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAddendsBounds(t *testing.T) {
	var rows []model.Row
	for i := range 3 * maxGroups { // pairs of rows set off by blank lines
		rows = append(rows, row(3*i+1, fmt.Sprint("Item ", i), fmt.Sprint(1000+i)), row(3*i+2, "And", "7"))
	}
	rows = append(rows, row(9*maxGroups+1, "Total", "30"))
	tbl := &model.Table{Rows: rows}
	if got := addends(tbl, len(rows)-1, 0); len(got) != maxGroups {
		t.Errorf("addends gave %d groups, want at most %d", len(got), maxGroups)
	}
	if got := addends(tbl, 0, 5); got != nil {
		t.Errorf("addends above the first row = %v", got)
	}
}

func TestCumulative(t *testing.T) {
	if got := cumulative([]float64{1, 2, 3}); !reflect.DeepEqual(got, []float64{1, 3, 6}) {
		t.Errorf("cumulative = %v", got)
	}
}
