package parse

import (
	"slices"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// wantRow is what a test expects of a table row: its label and the text
// (and, for numbers, the value) of each cell.
type wantRow struct {
	label string
	total bool
	cells []string
	vals  []float64 // one per cell; NaN-free: 0 for an empty or text cell
}

func checkRows(t *testing.T, tb model.Table, want []wantRow) {
	t.Helper()
	if len(tb.Rows) != len(want) {
		t.Errorf("%d rows, want %d: %+v", len(tb.Rows), len(want), tb.Rows)
		return
	}
	for i, w := range want {
		r := tb.Rows[i]
		if r.Label != w.label || r.Total != w.total {
			t.Errorf("row %d: label %q total %v, want %q %v", i, r.Label, r.Total, w.label, w.total)
		}
		if len(r.Cells) != len(w.cells) {
			t.Errorf("row %d %q: %d cells %+v, want %q", i, r.Label, len(r.Cells), r.Cells, w.cells)
			continue
		}
		for j, c := range r.Cells {
			if c.Text != w.cells[j] {
				t.Errorf("row %d %q cell %d: %q, want %q", i, r.Label, j, c.Text, w.cells[j])
			}
			if w.vals != nil && c.Value != w.vals[j] {
				t.Errorf("row %d %q cell %d %q: value %v, want %v", i, r.Label, j, c.Text, c.Value, w.vals[j])
			}
			if c.Text == "" && (c.IsNumber || c.Line != 0) {
				t.Errorf("row %d %q cell %d: empty cell %+v", i, r.Label, j, c)
			}
		}
	}
}

func TestHTMLTable(t *testing.T) {
	src, p := parseHTMLFixture(t, "tables.htm")
	wantLines(t, p, []htmlLine{
		{text: "Selected financial data:"},
		{text: "Year Ended December 31,", center: true, table: 1},
		{text: "2005  2004", table: 1},
		{text: "Revenue:", table: 1},
		{text: "Product sales  $1,234  $1,100", table: 1},
		{text: "Services  (567)  432", table: 1},
		{text: "Margin  12.5%  —", table: 1},
		{text: "Total revenue  $667  $1,532", table: 1},
		{text: "Between tables."},
		{text: "Item 1.  Business"}, // a one-row table of text is layout
		{text: "Page", table: 2},
		{text: "Risk Factors  5", table: 2},
		{text: "Use of Proceeds  12", table: 2},
		{text: "Financial Statements  F-1", table: 2},
		{text: "Outer inner a inner b inner c tail  7", table: 3}, // a nested table is text of its cell
		{text: "Second  8", table: 3},
		{text: "This whole document body sits in one layout cell, as some printers wrap it, with paragraph after paragraph of running text that no reader takes for a table."},
		{text: "Another paragraph of the body, long enough that the row as a whole is far beyond the length of any real table row that a filing would hold in one line."},
		{text: "End."},
	})
	if len(p.tables) != 3 {
		t.Fatalf("%d tables, want 3", len(p.tables))
	}
	tb := p.tables[0]
	if tb.Line != 3 || tb.Col != 1 || tb.EndLine != 12 || tb.Columns != 2 {
		t.Errorf("table at %d:%d-%d with %d columns, want 3:1-12 with 2", tb.Line, tb.Col, tb.EndLine, tb.Columns)
	}
	wantHeader := []string{"", "Year Ended December 31, 2005", "Year Ended December 31, 2004"}
	if !slices.Equal(tb.Header, wantHeader) {
		t.Errorf("header %q, want %q", tb.Header, wantHeader)
	}
	checkRows(t, tb, []wantRow{
		{cells: []string{"Year Ended December 31,", ""}},
		{cells: []string{"2005", "2004"}},
		{label: "Revenue:", cells: []string{"", ""}},
		{label: "Product sales", cells: []string{"$1,234", "$1,100"}, vals: []float64{1234, 1100}},
		{label: "Services", cells: []string{"(567)", "432"}, vals: []float64{-567, 432}},
		{label: "Margin", cells: []string{"12.5%", "—"}, vals: []float64{12.5, 0}},
		{label: "Total revenue", total: true, cells: []string{"$667", "$1,532"}, vals: []float64{667, 1532}},
	})
	// A merged cell is located at its number; a row at its first text.
	if c := tb.Rows[3].Cells[0]; c.Line != 7 || c.Col != 41 || c.EndCol != 46 {
		t.Errorf("$1,234 at %d:%d-%d, want 7:41-46 (the 1,234)", c.Line, c.Col, c.EndCol)
	}
	if r := tb.Rows[3]; r.Line != 7 || r.Col != 9 || r.EndLine != 7 {
		t.Errorf("row at %d:%d-%d, want 7:9-7", r.Line, r.Col, r.EndLine)
	}

	// The TOC table: page numbers located exactly, in the line and the cell.
	toc := p.tables[1]
	wantSource(t, src, p, "5\n", "5</a>", "Risk Factors</a>")
	wantSource(t, src, p, "12\n", "12</td>", "Use of Proceeds")
	checkRows(t, toc, []wantRow{
		{cells: []string{"Page"}},
		{label: "Risk Factors", cells: []string{"5"}, vals: []float64{5}},
		{label: "Use of Proceeds", cells: []string{"12"}, vals: []float64{12}},
		{label: "Financial Statements", cells: []string{"F-1"}},
	})
	if c := toc.Rows[1].Cells[0]; c.Line != 19 || c.Col != 66 || c.EndCol != 67 {
		t.Errorf("page 5 at %d:%d-%d, want 19:66-67", c.Line, c.Col, c.EndCol)
	}
	if got := toc.Header; !slices.Equal(got, []string{"", "Page"}) {
		t.Errorf("TOC header %q", got)
	}
}

func TestHTMLTableColumns(t *testing.T) {
	_, p := parseHTMLFixture(t, "columns.htm")
	wantTexts(t, p,
		"Fiscal Years Ended January 31,",
		"(Amounts in millions)  2025  2024",
		"Net sales  $680,985  $648,125",
		"Other (income)  1,234  (56)",
		"Percentage change  5.1%  —%",
		"Net income  $682,219")
	if len(p.tables) != 1 {
		t.Fatalf("%d tables, want 1", len(p.tables))
	}
	tb := p.tables[0]
	wantHeader := []string{"(Amounts in millions)", "Fiscal Years Ended January 31, 2025", "Fiscal Years Ended January 31, 2024"}
	if tb.Columns != 2 || !slices.Equal(tb.Header, wantHeader) {
		t.Errorf("%d columns, header %q; want 2, %q", tb.Columns, tb.Header, wantHeader)
	}
	checkRows(t, tb, []wantRow{
		{cells: []string{"Fiscal Years Ended January 31,", ""}}, // a spanning cell in its first column
		{label: "(Amounts in millions)", cells: []string{"2025", "2024"}},
		{label: "Net sales", total: true, cells: []string{"$680,985", "$648,125"}, vals: []float64{680985, 648125}},
		{label: "Other (income)", cells: []string{"1,234", "(56)"}, vals: []float64{1234, -56}},
		{label: "Percentage change", cells: []string{"5.1%", "—%"}, vals: []float64{5.1, 0}},
		{label: "Net income", total: true, cells: []string{"$682,219", ""}, vals: []float64{682219, 0}},
	})
	if c := tb.Rows[5].Cells[1]; c.IsNumber {
		t.Errorf("missing value is a number: %+v", c)
	}
	if u := tb.Rows[4].Cells[0].Unit; u != "%" {
		t.Errorf("5.1%% has unit %q", u)
	}
}

func TestHTMLTableRowIsOneLine(t *testing.T) {
	doc := `<table>
<tr><td>Three Months<br>Ended</td><td><p>March 31,</p><p>2024</p></td></tr>
<tr><td>Sales<div style="page-break-before:always">and fees</div></td><td>5</td></tr>
<tr><td>Costs</td><td>3</td></tr>
</table>`
	src := source.New("t.htm", []byte(doc))
	p := parseHTML(src, 0, len(doc))
	checkHTMLParsed(t, src, 0, len(doc), p)
	// Breaks inside cells are spaces; a page break inside a row waits for
	// the end of the row.
	wantLines(t, p, []htmlLine{
		{text: "Three Months Ended  March 31, 2024", table: 1},
		{text: "Sales and fees  5", table: 1},
		{text: "Costs  3", page: 1, table: 1},
	})
}
