package rule

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"cel.dev/cel-go/cel"

	"github.com/filinglint/filinglint/checker/model"
)

// syntheticDoc is a prospectus of about 1 MB without the SEC legend:
// 20,000 lines on 400 pages, a date every tenth line (every 50th with a
// wrong weekday), and a table of 20 rows by 4 columns every 100 lines,
// one in ten not footing.
func syntheticDoc() *model.Document {
	const lines, perPage = 20_000, 50
	doc := &model.Document{Path: "big.txt", Form: "424B3", Family: []string{"prospectus"}, Format: "ascii", Line: 1, Col: 1}
	var text strings.Builder
	for n := 1; n <= lines; n++ {
		l := fmt.Sprintf("%5d The Company may issue shares of common stock from time to time.", n)
		if n == 1 {
			l = "PROSPECTUS"
		}
		doc.Lines = append(doc.Lines, model.Line{N: n, Col: 1, Text: l, PageIndex: (n - 1) / perPage, PageLabel: fmt.Sprint((n-1)/perPage + 1)})
		text.WriteString(l)
		text.WriteByte('\n')
		if n%perPage == 1 {
			i := (n - 1) / perPage
			doc.Pages = append(doc.Pages, model.Page{Index: i, Number: i + 1, Label: fmt.Sprint(i + 1), Line: n, EndLine: n + perPage - 1})
		}
		if n%10 == 0 {
			stated := "Wednesday"
			if n%50 == 0 {
				stated = "Tuesday"
			}
			doc.Dates = append(doc.Dates, model.Date{
				Text: stated + ", February 9, 2005", Date: "2005-02-09", Valid: true,
				Year: 2005, Month: 2, Day: 9, Weekday: "Wednesday", StatedWeekday: stated, Line: n, Col: 7, EndLine: n, EndCol: 32,
			})
		}
		if n%100 == 0 {
			doc.Tables = append(doc.Tables, syntheticTable(n, n%1000 == 0))
		}
	}
	doc.Text = text.String()
	return doc
}

func syntheticTable(line int, wrong bool) model.Table {
	t := model.Table{Line: line, Col: 1, Header: []string{"", "2004", "2003", "2002", "2001"}}
	sums := make([]float64, 4)
	for i := range 20 {
		r := model.Row{Line: line + i, Col: 1, Label: fmt.Sprintf("Item %d", i)}
		if i%5 == 4 {
			r.Label, r.Total = "Total group", true
		}
		for c := range 4 {
			v := float64(100*i + c)
			if r.Total {
				v = sums[c]
				if wrong && c == 3 && i == 19 {
					v += 10
				}
				sums[c] = 0
			} else {
				sums[c] += v
			}
			r.Cells = append(r.Cells, model.Cell{Text: formatNumber(v), Value: v, IsNumber: true, Line: line + i, Col: 40 + 12*c, EndCol: 48 + 12*c})
		}
		t.Rows = append(t.Rows, r)
	}
	return t
}

func BenchmarkEval(b *testing.B) {
	e := builtinEngine(b)
	doc := syntheticDoc()
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		got, err := e.Eval(context.Background(), nil, doc, nil)
		if err != nil {
			b.Fatal(err)
		}
		n = len(got)
	}
	b.ReportMetric(float64(n), "findings/op")
}

// TestSyntheticDoc checks what the example rules find in the benchmark's
// document and that each spends a small part of its run-time budget.
func TestSyntheticDoc(t *testing.T) {
	e := builtinEngine(t)
	doc := syntheticDoc()
	got, err := e.Eval(context.Background(), nil, doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The document was built for these three rules; others may fire on it
	// too (it is a bare prospectus with no TOC), and are not counted.
	want := map[string]int{"consistency/weekday": 400, "cover/sec-legend": 1, "table/footing": 20}
	count := map[string]int{}
	for _, f := range got {
		if _, ok := want[f.Rule]; ok {
			count[f.Rule]++
		}
	}
	if fmt.Sprint(count) != fmt.Sprint(want) {
		t.Errorf("findings per rule = %v, want %v", count, want)
	}
	act, err := cel.NewActivation(map[string]any{"doc": e.env.CELTypeAdapter().NativeToValue(doc)})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range e.Rules() {
		_, det, err := r.findings.ContextEval(context.Background(), act)
		if err != nil {
			t.Fatal(err)
		}
		spent := *det.ActualCost()
		t.Logf("%s: run-time cost %d on %d bytes (%.2f%% of the budget); static bound %s",
			r.ID, spent, len(doc.Text), 100*float64(spent)/float64(CostBudget), costString(r.EstimatedCost()))
		if spent > CostBudget/20 {
			t.Errorf("%s spends %d of its %d budget on a 1 MB document", r.ID, spent, CostBudget)
		}
	}
}
