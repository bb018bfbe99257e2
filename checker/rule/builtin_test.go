package rule

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/rules"
)

var builtin = sync.OnceValues(func() (*Engine, error) {
	return Load(Pack{Dir: "rules", FS: rules.FS, Name: "built-in"})
})

func builtinEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestBuiltinDocumented walks the embedded pack: every rule loads and
// carries its documentation, a firing fixture and a clean one.
func TestBuiltinDocumented(t *testing.T) {
	e := builtinEngine(t)
	if len(e.Rules()) < 3 {
		t.Fatalf("built-in pack has %d rules", len(e.Rules()))
	}
	for _, r := range e.Rules() {
		fires, clean := false, false
		for _, c := range r.Tests {
			fires = fires || len(c.Want) > 0
			clean = clean || len(c.Want) == 0
		}
		for what, missing := range map[string]bool{
			"title": r.Title == "", "doc": r.Doc == "", "citation": r.Citation == "",
			"a test with a finding": !fires, "a clean test": !clean,
		} {
			if missing {
				t.Errorf("%s: rule %s has no %s", r.Path, r.ID, what)
			}
		}
		if strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: the title of %s ends with a period", r.Path, r.ID)
		}
	}
}

// findings evaluates one built-in rule on doc and lists "line: message".
func findings(t *testing.T, id string, doc *model.Document) []string {
	t.Helper()
	e := builtinEngine(t)
	if e.Rule(id) == nil {
		t.Fatalf("no built-in rule %s", id)
	}
	got, err := e.Eval(context.Background(), nil, doc, func(r string) bool { return r == id })
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range got {
		out = append(out, fmt.Sprintf("%d:%d: %s", f.Line, f.Column, f.Message))
	}
	return out
}

func checkFindings(t *testing.T, id string, doc *model.Document, want ...string) {
	t.Helper()
	got := findings(t, id, doc)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", id, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWeekdayRule(t *testing.T) {
	date := func(stated, iso string, valid bool) model.Date {
		return model.Date{
			Text: stated + ", " + longDate(iso), Date: iso, Valid: valid, StatedWeekday: stated,
			Weekday: weekdayOf(iso), Line: 13, Col: 4,
		}
	}
	tests := []struct {
		name string
		date model.Date
		want []string
	}{
		{
			"wrong weekday", date("Tuesday", "2005-02-09", true),
			[]string{"13:4: date says Tuesday but February 9, 2005 is a Wednesday"},
		},
		{"right weekday", date("Wednesday", "2005-02-09", true), nil},
		{"capitals", date("WEDNESDAY", "2005-02-09", true), nil},
		{"abbreviation", date("Wed.", "2005-02-09", true), nil},
		{
			"wrong abbreviation", date("Tues.", "2005-02-09", true),
			[]string{"13:4: date says Tues. but February 9, 2005 is a Wednesday"},
		},
		{"no weekday", date("", "2005-02-09", true), nil},
		{"not a calendar date", date("Monday", "2005-02-30", false), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, "consistency/weekday", &model.Document{Dates: []model.Date{tt.date}}, tt.want...)
		})
	}
}

// pagedDoc is a prospectus whose pages hold the given lines.
func pagedDoc(form string, pages ...[]string) *model.Document {
	doc := &model.Document{Path: "p.txt", Form: form, Line: 1, Col: 1}
	if strings.HasPrefix(form, "424B") || strings.HasPrefix(form, "S-") {
		doc.Family = []string{"prospectus"}
	}
	n := 1
	for i, lines := range pages {
		doc.Pages = append(doc.Pages, model.Page{Index: i, Line: n, EndLine: n + len(lines)})
		for _, text := range lines {
			doc.Lines = append(doc.Lines, model.Line{N: n, Col: 1, Text: text, PageIndex: i})
			n++
		}
		n++ // the <PAGE> line
	}
	return doc
}

func TestSECLegendRule(t *testing.T) {
	legend := []string{
		"     Neither the Securities and Exchange Commission nor any state securities",
		"commission has approved or",
		"disapproved of these securities or determined if this prospectus is",
		"truthful or complete. Any representation to the contrary is a criminal offense.",
	}
	old := []string{"THESE SECURITIES HAVE NOT BEEN APPROVED OR DISAPPROVED BY THE SECURITIES AND EXCHANGE COMMISSION"}
	cover := []string{"PROSPECTUS", "ACME INDUSTRIES, INC.", "4,174,803 Shares of Common Stock"}
	body := []string{"RISK FACTORS", "An investment in our stock is risky."}
	missing := "1:1: the prospectus cover has no SEC legend (\"Neither the Securities and Exchange Commission nor any state securities commission has approved or disapproved…\")"
	tests := []struct {
		name string
		doc  *model.Document
		want []string
	}{
		{"missing", pagedDoc("424B3", cover, body), []string{missing}},
		{"on the cover, across lines", pagedDoc("424B3", append(cover, legend...), body), nil},
		{"older capitalised wording", pagedDoc("424B1", append(cover, old...), body), nil},
		{"after the facing page and fee table", pagedDoc("S-1", []string{"FORM S-1"}, []string{"CALCULATION OF REGISTRATION FEE"}, append(cover, legend...)), nil},
		{"only deep in the document", pagedDoc("S-1", cover, body, body, body, body, legend), []string{missing}},
		{"no page breaks", pagedDoc("424B3", append(append(cover, body...), legend...)), nil},
		{"sticker supplement", pagedDoc("424B3", []string{"PROSPECTUS SUPPLEMENT NO. 3 DATED MARCH 1, 2005", "TO PROSPECTUS DATED MAY 5, 2004"}, body), nil},
		{"not a prospectus", pagedDoc("10-K", cover, body), nil},
		{"an 8-K its family calls a prospectus", func() *model.Document {
			d := pagedDoc("8-K", cover, body)
			d.Family = []string{"prospectus"}
			return d
		}(), nil},
		{"no cover: an amendment filed for its exhibits", pagedDoc("S-3/A",
			[]string{"AMENDMENT NO. 1 TO FORM S-3", "This Amendment No. 1 is being filed solely to file exhibits."},
			[]string{"PART II", "INFORMATION NOT REQUIRED IN PROSPECTUS"}), nil},
		{
			"the date line marks the cover", pagedDoc("424B3", []string{"ACME INDUSTRIES, INC.", "The date of this prospectus is May 1, 2005."}, body),
			[]string{strings.Replace(missing, "1:1:", "2:1:", 1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, "cover/sec-legend", tt.doc, tt.want...)
		})
	}
}

// row builds a table row on line n: cells are written as in a filing
// ("$ 12,450", "(1,234)", "12.5%", "—").
func row(n int, label string, cells ...string) model.Row {
	r := model.Row{
		Line: n, Col: 1, Label: label,
		Total: strings.HasPrefix(label, "Total") || strings.HasPrefix(label, "Net"),
	}
	col := 40
	for _, text := range cells {
		c := model.Cell{Text: text, Line: n, Col: col, EndCol: col + len(text)}
		col += 16
		v := strings.NewReplacer("$", "", ",", "", "%", "", " ", "", "(", "-", ")", "").Replace(text)
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			c.Value, c.IsNumber = f, true
		} else if text == "—" || text == "-" || text == "--" {
			c.IsNumber = true
		}
		r.Cells = append(r.Cells, c)
	}
	return r
}

func table(header []string, rows ...model.Row) *model.Document {
	return &model.Document{Tables: []model.Table{{Line: 5, Col: 1, Header: header, Rows: rows}}}
}

func TestFootingRule(t *testing.T) {
	years := []string{"", "2004", "2003"}
	revenues := func(total2003 string) *model.Document {
		return table(years,
			row(12, "Revenues:"),
			row(13, "Product sales", "$ 12,450", "$ 10,875"),
			row(14, "Services", "3,210", "2,980"),
			row(15, "Licensing", "745", "610"),
			row(16, "Total revenues", "$ 16,405", "$ "+total2003),
			row(17, "Cost of sales", "9,120", "8,240"),
			row(18, "Selling, general and administrative", "4,015", "3,770"),
			row(19, "Total costs and expenses", "13,135", "12,010"),
			row(20, "Net income", "$ 3,270", "$ 2,455"),
		)
	}
	tests := []struct {
		name string
		doc  *model.Document
		want []string
	}{
		{"foots", revenues("14,465"), nil},
		{
			"does not foot", revenues("14,565"),
			[]string{"16:56: total 14,565 in column 2003 does not foot: the 3 figures above it add up to 14,465"},
		},
		{"running total", table(years,
			row(1, "Cash", "10", "9"),
			row(2, "Receivables", "20", "19"),
			row(3, "Total current assets", "30", "28"),
			row(4, "Property, net", "40", "41"),
			row(5, "Total assets", "70", "69")), nil},
		{"rounded figures", table(years,
			row(1, "A", "1", "1.4"),
			row(2, "B", "2", "2.4"),
			row(3, "C", "2", "0.4"),
			row(4, "Total", "6", "4.1")), nil},
		{
			"beyond rounding", table(years,
				row(1, "A", "100", "1.4"),
				row(2, "B", "200", "2.4"),
				row(3, "Total", "302", "3.8")),
			[]string{"3:40: total 302 in column 2004 does not foot: the 2 figures above it add up to 300"},
		},
		{"far from any sum: a list of unrelated figures", table(years,
			row(1, "Net sales", "5,941", "7,081"),
			row(2, "Shares used (in thousands)", "131,974", "126,062"),
			row(3, "Total assets", "4,289", "4,233"),
			row(4, "Long-term debt", "954", "951")), nil},
		{"subtotals stand for their rows", table(years,
			row(1, "Current assets:"),
			row(2, "Cash", "500", "756"),
			row(3, "Inventories:"),
			row(4, "Purchased parts", "535", "841"),
			row(5, "Finished goods", "735", "643"),
			row(6, "", "1,270", "1,484"),
			row(8, "Other current assets", "374", "315"),
			row(10, "Total current assets", "2,144", "2,555"),
			row(11, "Property", "700", "600"),
			row(12, "Total assets", "2,844", "3,155")), nil},
		{
			"a subtotal that does not foot", table(years,
				row(1, "Current assets:"),
				row(2, "Cash", "500", "756"),
				row(3, "Inventories:"),
				row(4, "Purchased parts", "535", "841"),
				row(5, "Finished goods", "735", "643"),
				row(6, "", "1,270", "1,484"),
				row(8, "Other current assets", "374", "315"),
				row(10, "Total current assets", "2,144", "2,565")),
			[]string{"10:56: total 2,565 in column 2003 does not foot: the 3 figures above it add up to 2,555"},
		},
		{"a group set off by a blank line", table(years,
			row(1, "Operating expenses:"),
			row(2, "Research", "76", "79"),
			row(3, "Selling", "279", "234"),
			row(4, "Total operating expenses", "355", "313"),
			row(6, "Operating income", "127", "40"),
			row(8, "Gain from sale of investment", "32", "--"),
			row(9, "Interest and other income, net", "10", "7"),
			row(10, "Total interest and other income, net", "42", "7")), nil},
		{"percentages among amounts", table(years,
			row(1, "A", "100", "40%"),
			row(2, "B", "150", "60%"),
			row(3, "Total", "250", "99")), nil},
		{"negative figures and dashes", table(years,
			row(1, "Revenue", "100", "90"),
			row(2, "Expenses", "(60)", "—"),
			row(3, "Other", "(5)", "(10)"),
			row(4, "Total", "35", "80")), nil},
		{
			"rule lines between rows", table(years,
				row(1, "A", "100", "90"),
				row(2, "B", "50", "40"),
				row(3, "", "------", "------"),
				row(4, "Total", "150", "135")),
			[]string{"4:56: total 135 in column 2003 does not foot: the 2 figures above it add up to 130"},
		},
		{"percentage heading", table([]string{"Name", "Shares", "Percent of class"},
			row(1, "Smith", "100", "40.0%"),
			row(2, "Jones", "150", "60.0%"),
			row(3, "Total", "250", "99.0%")), nil},
		{"a column holding text", table([]string{"Name", "Shares", "After offering"},
			row(1, "Smith", "100", "*"),
			row(2, "Jones", "150", "2.1%"),
			row(3, "Doe", "150", "2.1%"),
			row(4, "Total", "400", "7.5%")), nil},
		{"one row above", table(years,
			row(1, "A", "100", "90"),
			row(2, "Total", "150", "131")), nil},
		{"net rows are not checked", table(years,
			row(1, "Revenue", "100", "90"),
			row(2, "Expenses", "60", "50"),
			row(3, "Net income", "70", "40")), nil},
		{"a total with nothing above", table(years,
			row(1, "Total revenues", "100", "90"),
			row(2, "Cost", "60", "50")), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, "table/footing", tt.doc, tt.want...)
		})
	}
}
