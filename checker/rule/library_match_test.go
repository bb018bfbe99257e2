package rule

import (
	"reflect"
	"strings"
	"testing"

	"cel.dev/cel-go/common/types/ref"

	"github.com/filinglint/filinglint/checker/model"
)

// TestMatchExamples checks the examples of the match section of
// LIBRARY.md and the tolerances of title matching.
func TestMatchExamples(t *testing.T) {
	doc := &model.Document{}
	for expr, want := range map[string]any{
		`titleMatches("item 1a risk factors", "risk factors")`:                                                               true,
		`titleMatches("RISK FACTORS", "Risk Factor")`:                                                                        true,
		`titleMatches("Management's Discussion & Analysis", "managements discussion and analysis")`:                          true,
		`titleMatches("description of the notes", "description of notes")`:                                                   true,
		`titleMatches("final terms1", "final terms")`:                                                                        true,
		`titleMatches("item 7", "item 7 managements discussion and analysis")`:                                               true,
		`titleMatches("item 14 principal accountant fees", "item 14 principal accounting fees")`:                             true,
		`titleMatches("part ii", "part ii other information")`:                                                               true,
		`titleMatches("certain material us federal income tax", "certain material us federal income tax considerations")`:    true,
		`titleMatches("item 1a risk factors", "item 1b risk factors")`:                                                       false,
		`titleMatches("part i item 1 legal proceedings", "part ii item 1 legal proceedings")`:                                false,
		`titleMatches("part ii", "part ii item 1 legal proceedings")`:                                                        false,
		`titleMatches("use of proceeds", "use of proceeds from the offering of notes and warrants")`:                         false,
		`titleMatches("risk factors", "risk factors relating to the notes")`:                                                 false,
		`titleMatches("experts", "legal matters")`:                                                                           false,
		`titleSimilar("prospectus supplement summary", "prospectus summary")`:                                                true,
		`titleSimilar("note 10 debit credit facilities", "note 10 debt credit facilities")`:                                  true,
		`titleSimilar("cautionary note regarding forward looking statements", "cautionary note forward looking statements")`: true,
		`titleSimilar("summary", "risk factors summary of the offering")`:                                                    false,
		`titleSimilar("item 1a risk factors", "item 2 risk factors")`:                                                        false,
		`pageSeries("S-5")`:  "S-",
		`pageSeries("F-10")`: "F-",
		`pageSeries("12")`:   "",
		`pageSeries("ii")`:   "roman",
		`pageSeries("PS-9")`: "PS-",
		`itemNumbers("Items 1 and 2. Business and Properties")`: []any{"1", "2"},
		`itemNumbers("ITEM 7A. QUANTITATIVE AND QUALITATIVE")`:  []any{"7a"},
		`itemNumbers("Part III, Items 10 through 14")`:          []any{"10", "11", "12", "13", "14"},
		`itemNumbers("ITEMS 10, 11, 12, 13 AND 14.")`:           []any{"10", "11", "12", "13", "14"},
		`itemNumbers("Item 2. Management's Discussion")`:        []any{"2"},
		`itemNumbers("Risk Factors")`:                           []any{},
		`itemNumbers("Items of business")`:                      []any{},
	} {
		got := eval(t, expr, doc).Value()
		if l, ok := got.([]ref.Val); ok {
			vs := []any{}
			for _, v := range l {
				vs = append(vs, v.Value())
			}
			got = vs
		}
		if native, ok := got.([]string); ok {
			vs := []any{}
			for _, v := range native {
				vs = append(vs, v)
			}
			got = vs
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", expr, got, want)
		}
	}
}

// matchDoc is a prospectus with headings on pages 2, 3, S-5 and a line
// holding a heading the heading finder missed.
func matchDoc() *model.Document {
	lines := []string{
		"TABLE OF CONTENTS",
		"Risk Factors..............2",
		"RISK FACTORS",
		"An investment in our stock is risky.",
		"USE OF PROCEEDS",
		"We will not receive any proceeds; see \"Plan of Distribution\" on page 5 of the",
		"accompanying prospectus.",
		"ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF EQUITY SECURITIES",
		"General. The notes will be issued under an indenture.",
	}
	doc := &model.Document{Line: 1, Col: 1}
	var text strings.Builder
	m := &lineMap{}
	for i, s := range lines {
		m.starts = append(m.starts, text.Len())
		text.WriteString(s)
		text.WriteByte('\n')
		doc.Lines = append(doc.Lines, model.Line{N: i + 1, Col: 1, Text: s})
	}
	doc.Text = text.String()
	doc.SetTextMap(m)
	doc.Headings = []model.Heading{
		{Text: "TABLE OF CONTENTS", Norm: "table of contents", Line: 1, Col: 1},
		{Text: "RISK FACTORS", Norm: "risk factors", Line: 3, Col: 1, Page: 2, PageLabel: "2"},
		{Text: "Risk Factors", Norm: "risk factors", Line: 30, Col: 1, Page: 5, PageLabel: "S-5"},
		{Text: "USE OF PROCEEDS", Norm: "use of proceeds", Line: 5, Col: 1, Page: 3, PageLabel: "3"},
		{Text: "Use of Proceeds from the Offering", Norm: "use of proceeds from the offering", Line: 40, Col: 1},
	}
	return doc
}

// lineMap maps text offsets to line:col for matchDoc: one file line per
// text line.
type lineMap struct{ starts []int }

func (m *lineMap) Position(off int) (line, col int) {
	i := len(m.starts) - 1
	for i > 0 && m.starts[i] > off {
		i--
	}
	return i + 1, off - m.starts[i] + 1
}

func TestHeadingsFor(t *testing.T) {
	doc := matchDoc()
	for title, want := range map[string][]int{
		"risk factors":                      {3, 30},
		"Item 1A. Risk Factors":             {3, 30},
		"use of proceeds":                   {5}, // the exact title wins over the longer one
		"Use of Proceeds from the Offering": {40},
		"use of proceeds from the sale":     {5}, // a heading that starts the title, as if wrapped
		"dividend policy":                   nil,
	} {
		var got []int
		for _, h := range headingsFor(doc, title) {
			got = append(got, h.Line)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("headingsFor(%q) = lines %v, want %v", title, got, want)
		}
	}
	got := eval(t, `headingsFor(doc, "risk factors").map(h, h.page_label)`, doc)
	if l, ok := got.Value().([]ref.Val); !ok || len(l) != 2 || l[1].Value() != "S-5" {
		t.Errorf(`headingsFor(doc, "risk factors") labels = %v`, got)
	}
}

func TestLinesFor(t *testing.T) {
	doc := matchDoc()
	for title, want := range map[string][]int{
		"item 5 market for registrants common equity related stockholder matters and issuer purchases of equity securities": {8},
		"Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities":      {8},
		"general":         {9}, // a run-in heading
		"risk factors":    {3},
		"dividend policy": nil,
	} {
		var got []int
		for _, l := range linesFor(doc, title) {
			got = append(got, l.N)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("linesFor(%q) = lines %v, want %v", title, got, want)
		}
	}
	if n := eval(t, `size(linesFor(doc, "general"))`, doc).Value(); n != int64(1) {
		t.Errorf(`size(linesFor(doc, "general")) = %v`, n)
	}
}

func TestTextAround(t *testing.T) {
	doc := matchDoc()
	// line 6: `…any proceeds; see "Plan of Distribution" on page 5 of the`:
	// "see" starts at column 35, the page number 5 ends before column 71.
	for expr, want := range map[string]string{
		`textAfter(doc, 6, 71, 40)`:  "of the accompanying prospectus. ITEM 5.",
		`textBefore(doc, 6, 35, 20)`: "ceive any proceeds;",
		`textAfter(doc, 99, 1, 40)`:  "",
		`textAfter(doc, 6, 71, 0)`:   "",
	} {
		if got := eval(t, expr, doc).Value(); got != want {
			t.Errorf("%s = %q, want %q", expr, got, want)
		}
	}
	if got := eval(t, `textAfter(doc, 1, 1, 10)`, &model.Document{Text: "no map"}).Value(); got != "" {
		t.Errorf("textAfter without a text map = %q", got)
	}
}

// TestMatchCost: the walking functions are priced by the size of what
// they walk, so calling linesFor for every line is over the limit, and
// calling it for every table of contents entry is not.
func TestMatchCost(t *testing.T) {
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	for expr, ok := range map[string]bool{
		`doc.toc.entries.map(e, linesFor(doc, e.norm)).flatten().map(l, finding(l, "x"))`:     true,
		`doc.lines.map(l, linesFor(doc, l.text)).flatten().map(l, finding(l, "x"))`:           false,
		`doc.xrefs.map(x, headingsFor(doc, x.norm)).flatten().map(h, finding(h, "x"))`:        true,
		`doc.headings.map(h, textAfter(doc, h.line, h.end_col, 80)).map(s, finding(1, 1, s))`: true,
	} {
		if est := estimatedCost(t, env, expr); (est <= MaxEstimatedCost) != ok {
			t.Errorf("%s: estimated cost %s, want within the limit: %v", expr, costString(est), ok)
		}
	}
}

func TestCoverLines(t *testing.T) {
	facing := []string{"FORM S-1", "REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933"}
	cover := []string{"Filed Pursuant to Rule 424(b)(3)", "PROSPECTUS", "ACME INDUSTRIES, INC.", "The date of this prospectus is May 1, 2005."}
	toc := []string{"TABLE OF CONTENTS", "Risk Factors.....2"}
	for _, tt := range []struct {
		name string
		doc  *model.Document
		want []string
	}{
		{"after a facing page", pagedDoc("S-1", facing, cover, toc), cover[1:]},
		{"up to the table of contents", pagedDoc("424B3", append(cover, toc...)), cover[1:]},
		{"no cover", pagedDoc("S-3/A", facing, []string{"PART II", "INFORMATION NOT REQUIRED IN PROSPECTUS"}), nil},
		{"the date line marks it", pagedDoc("424B3", []string{"ACME INDUSTRIES, INC.", "The date of this prospectus is May 1, 2005."}), []string{"The date of this prospectus is May 1, 2005."}},
	} {
		var got []string
		for _, l := range coverLines(tt.doc) {
			got = append(got, l.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: coverLines = %q, want %q", tt.name, got, tt.want)
		}
	}
	doc := pagedDoc("424B3", cover)
	if got := eval(t, `coverLines(doc)[0].text`, doc).Value(); got != "PROSPECTUS" {
		t.Errorf("coverLines(doc)[0].text = %v", got)
	}
}

func TestDocItems(t *testing.T) {
	doc := &model.Document{
		Headings: []model.Heading{{Text: "ITEM 1.  BUSINESS"}, {Text: "ITEM 1A. RISK FACTORS"}, {Text: "Risk Factors"}},
		TOC:      model.TOC{Entries: []model.TOCEntry{{Title: "Items 1 and 2. Business and Properties"}}},
		Lines: []model.Line{
			{Text: "PART III, ITEMS 10 THROUGH 14."},
			{Text: "Item 7A. Quantitative and Qualitative Disclosures About Market Risk"},
			{Text: "The information required by Item 9 is incorporated by reference."},
		},
	}
	want := []any{"1", "1a", "2", "10", "11", "12", "13", "14", "7a"}
	got := eval(t, `itemNumbers(doc)`, doc).Value()
	var vs []any
	switch l := got.(type) {
	case []string:
		for _, v := range l {
			vs = append(vs, v)
		}
	case []ref.Val:
		for _, v := range l {
			vs = append(vs, v.Value())
		}
	}
	if !reflect.DeepEqual(vs, want) {
		t.Errorf("itemNumbers(doc) = %v, want %v", vs, want)
	}
}
