package rule

import (
	"reflect"
	"testing"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"

	"github.com/filinglint/filinglint/checker/model"
)

// eval compiles and evaluates one expression against doc.
func eval(t *testing.T, expr string, doc *model.Document) ref.Val {
	t.Helper()
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	ast, iss := env.Compile(expr)
	if iss.Err() != nil {
		t.Fatalf("%s: %v", expr, iss.Err())
	}
	prg, err := env.Program(ast)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := prg.Eval(map[string]any{"doc": doc})
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return out
}

// TestLibraryExamples checks the examples of LIBRARY.md.
func TestLibraryExamples(t *testing.T) {
	doc := &model.Document{}
	for expr, want := range map[string]any{
		`containsFold("Risk Factors", "risk FACTORS")`:            true,
		`containsFold("Risk Factors", "use of proceeds")`:         false,
		`norm("Management's Discussion & Analysis.........  23")`: "managements discussion and analysis 23",
		`norm("  RISK   FACTORS ")`:                               "risk factors",
		`norm("U.S. Federal Income Tax Consequences")`:            "us federal income tax consequences",
		`norm("Selling Stockholders---Plan of Distribution")`:     "selling stockholders plan of distribution",
		`norm("4,174,803 Shares")`:                                "4174803 shares",
		`norm("Item 7. Management's Discussion")`:                 "item 7 managements discussion",
		`sum([1, 2, 3])`:               int64(6),
		`sum([0.5, 0.25])`:             0.75,
		`sum(doc.dates.map(d, d.day))`: int64(0),
		`approx(1243.0, 1244.0, 1.0)`:  true,
		`approx(1243.0, 1245.0, 1.0)`:  false,
		`approx(10, 12, 2)`:            true,
		`weekday("2005-02-08")`:        "Tuesday",
		`weekday("2005-02-30")`:        "",
		`longDate("2005-02-09")`:       "February 9, 2005",
		`longDate("soon")`:             "soon",
		`formatNumber(1243.0)`:         "1,243",
		`formatNumber(-1234567)`:       "-1,234,567",
		`formatNumber(12.5)`:           "12.5",
		`formatNumber(100)`:            "100",
		`rounding("1,234")`:            0.5,
		`rounding("12.5%")`:            0.05,
		`rounding("$ 0.125(1)")`:       0.0005,
		`rounding("—")`:                0.5,
		`"%s is a %s".format(["2005-02-08", weekday("2005-02-08")])`: "2005-02-08 is a Tuesday",
		`"Risk Factors".matches("(?i)risk")`:                         true,
		`regex.extract("page S-5", "S-[0-9]+").orValue("")`:          "S-5",
		`[3, 1, 2].sort()`:                       []any{int64(1), int64(2), int64(3)},
		`sets.contains([1, 2, 3], [2])`:          true,
		`[1, 2].transformList(i, v, v * 10 + i)`: []any{int64(10), int64(21)},
		`cel.bind(x, 2, x * x)`:                  int64(4),
		`math.greatest([1.0, 3.0])`:              3.0,
		`1 < 1.5`:                                true,
		`optional.of(1).orValue(2)`:              int64(1),
	} {
		got := eval(t, expr, doc).Value()
		if l, ok := got.([]ref.Val); ok {
			var vs []any
			for _, v := range l {
				vs = append(vs, v.Value())
			}
			got = vs
		}
		if !reflect.DeepEqual(got, want) {
			if f, ok := got.(float64); !ok || !approxEqual(f, want) {
				t.Errorf("%s = %#v, want %#v", expr, got, want)
			}
		}
	}
}

func TestAddendsFunction(t *testing.T) {
	doc := table([]string{"", "2004"},
		row(1, "Revenues:"), row(2, "Product sales", "12,450"), row(3, "Services", "3,210"), row(4, "Total revenues", "15,660"))
	got := eval(t, `addends(doc.tables[0], 3, 0).map(g, g.map(x, x.text))`, doc)
	want := [][]string{{"12,450", "3,210"}}
	native, err := got.ConvertToNative(reflect.TypeFor[[][]string]())
	if err != nil || !reflect.DeepEqual(native, want) {
		t.Errorf("addends = %v (%v), want %v", native, err, want)
	}
}

func approxEqual(f float64, want any) bool {
	w, ok := want.(float64)
	return ok && f-w < 1e-12 && w-f < 1e-12
}

// TestFindingOverloads calls finding(element, message) on every locatable
// model type and checks where it points.
func TestFindingOverloads(t *testing.T) {
	doc := &model.Document{
		Line: 1, Col: 2,
		Lines:      []model.Line{{N: 3, Col: 1, Text: "a line"}},
		Pages:      []model.Page{{Line: 4, Col: 1, Label: "S-5"}},
		Headings:   []model.Heading{{Line: 5, Col: 3, EndLine: 5, EndCol: 15, Text: "Risk Factors"}},
		TOC:        model.TOC{Line: 6, Col: 1, Entries: []model.TOCEntry{{Line: 7, Col: 1, Title: "Risk Factors"}}},
		Sections:   []model.Section{{Line: 8, Col: 1, Title: "Use of Proceeds"}},
		Tables:     []model.Table{{Line: 9, Col: 1, Caption: "Selling Stockholders", Rows: []model.Row{{Line: 10, Col: 1, Label: "Total", Cells: []model.Cell{{Line: 10, Col: 40, EndCol: 47, Text: "300,000"}}}}}},
		Xrefs:      []model.Xref{{Line: 11, Col: 5, EndLine: 11, EndCol: 30, Text: "see Risk Factors"}},
		Dates:      []model.Date{{Line: 12, Col: 4, EndLine: 12, EndCol: 20, Text: "February 9, 2005"}},
		Amounts:    []model.Amount{{Line: 13, Col: 1, EndLine: 13, EndCol: 12, Text: "$60 million"}},
		Ranges:     []model.Range{{Line: 14, Col: 1, EndLine: 14, EndCol: 10, Text: "500 to 600"}},
		Submission: model.Submission{Line: 15, Col: 1, Type: "424B3", Documents: []model.Attachment{{Line: 16, Col: 1, Filename: "ex99.txt"}}},
		RawLines:   []model.RawLine{{N: 17, Text: "<PAGE>"}},
		Tags:       []model.Tag{{Line: 18, Col: 3, Name: "TABLE"}},
		Markup:     []model.Markup{{Line: 19, Col: 7, Tag: "a", Attr: "href", Value: "http://x"}},
		Sums:       []model.Sum{{Line: 20, Col: 2, EndLine: 21, EndCol: 9, Text: "1,000 shares"}},
	}
	tests := []struct {
		element string
		want    hit
	}{
		{"doc", hit{line: 1, col: 2}},
		{"doc.lines[0]", hit{line: 3, col: 1, subject: "a line"}},
		{"doc.pages[0]", hit{line: 4, col: 1, subject: "S-5"}},
		{"doc.headings[0]", hit{line: 5, col: 3, endLine: 5, endCol: 15, subject: "Risk Factors"}},
		{"doc.toc", hit{line: 6, col: 1, subject: "table of contents"}},
		{"doc.toc.entries[0]", hit{line: 7, col: 1, subject: "Risk Factors"}},
		{"doc.sections[0]", hit{line: 8, col: 1, subject: "Use of Proceeds"}},
		{"doc.tables[0]", hit{line: 9, col: 1, subject: "Selling Stockholders"}},
		{"doc.tables[0].rows[0]", hit{line: 10, col: 1, subject: "Total"}},
		{"doc.tables[0].rows[0].cells[0]", hit{line: 10, col: 40, endLine: 10, endCol: 47, subject: "300,000"}},
		{"doc.xrefs[0]", hit{line: 11, col: 5, endLine: 11, endCol: 30, subject: "see Risk Factors"}},
		{"doc.dates[0]", hit{line: 12, col: 4, endLine: 12, endCol: 20, subject: "February 9, 2005"}},
		{"doc.amounts[0]", hit{line: 13, col: 1, endLine: 13, endCol: 12, subject: "$60 million"}},
		{"doc.ranges[0]", hit{line: 14, col: 1, endLine: 14, endCol: 10, subject: "500 to 600"}},
		{"doc.submission", hit{line: 15, col: 1, subject: "424B3"}},
		{"doc.submission.documents[0]", hit{line: 16, col: 1, subject: "ex99.txt"}},
		{"doc.raw_lines[0]", hit{line: 17, col: 1, subject: "<PAGE>"}},
		{"doc.tags[0]", hit{line: 18, col: 3, subject: "TABLE"}},
		{"doc.markup[0]", hit{line: 19, col: 7, subject: "a href http://x"}},
		{"doc.sums[0]", hit{line: 20, col: 2, endLine: 21, endCol: 9, subject: "1,000 shares"}},
	}
	// model.Match is returned by functions, not reachable from doc: the
	// tests of those functions locate it.
	if len(tests) != len(locatables)-1 {
		t.Errorf("%d cases for %d locatable types", len(tests), len(locatables))
	}
	for _, tt := range tests {
		got, ok := eval(t, "finding("+tt.element+", 'msg')", doc).(*hit)
		tt.want.message = "msg"
		if !ok || !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("finding(%s) = %+v, want %+v", tt.element, got, tt.want)
		}
	}
	got := eval(t, "finding(3, 7, 'at')", doc).(*hit)
	if *got != (hit{line: 3, col: 7, message: "at"}) {
		t.Errorf("finding(3, 7) = %+v", got)
	}
	got = eval(t, "finding(3, 7, 4, 2, 'span')", doc).(*hit)
	if *got != (hit{line: 3, col: 7, endLine: 4, endCol: 2, message: "span"}) {
		t.Errorf("finding(3, 7, 4, 2) = %+v", got)
	}
}

func TestWithFix(t *testing.T) {
	doc := &model.Document{}
	got := eval(t, `finding(2, 1, "m").withFix("set page", 2, 10, 11, "5").withFix("ignored", 3, 1, 4, 2, "")`, doc).(*hit)
	want := &hitFix{description: "set page", edits: []hitEdit{
		{line: 2, col: 10, endLine: 2, endCol: 11, text: "5"},
		{line: 3, col: 1, endLine: 4, endCol: 2, text: ""},
	}}
	if !reflect.DeepEqual(got.fix, want) {
		t.Errorf("fix = %+v, want %+v", got.fix, want)
	}
	if eval(t, `finding(2, 1, "m") == finding(2, 1, "m")`, doc) != types.True {
		t.Error("equal findings compare unequal")
	}
}

func TestLibraryName(t *testing.T) {
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	if !env.HasLibrary(LibraryName) {
		t.Errorf("environment lacks %s", LibraryName)
	}
}

// estimatedCost compiles expr in env and returns CEL's estimate of its
// worst-case cost, as loading a rule file estimates it.
func estimatedCost(t *testing.T, env *cel.Env, expr string) uint64 {
	t.Helper()
	ast, iss := env.Compile(expr)
	if iss.Err() != nil {
		t.Fatalf("%s: %v", expr, iss.Err())
	}
	est, err := env.EstimateCost(ast, sizeEstimator{ast.NativeRep()})
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return est.Max
}
