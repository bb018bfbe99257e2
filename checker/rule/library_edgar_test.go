package rule

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"

	"github.com/filinglint/filinglint/checker/model"
)

// edgarDoc is an ASCII document with a long line, a table row, a
// dash-escaped rule, smart quotes and a byte that was not UTF-8.
func edgarDoc() *model.Document {
	return &model.Document{Format: "ascii", RawLines: []model.RawLine{
		{N: 10, Text: "Short line."},
		{N: 11, Text: strings.Repeat("x", 85)},
		{N: 12, Text: strings.Repeat("9", 120), InTable: true},
		{N: 13, Text: "- " + strings.Repeat("-", 80)},
		{N: 14, Text: "said \u201cfine\u201d \u2014 caf\uFFFD\ttab", InvalidUTF8: true},
		{N: 15, Text: "a real \uFFFD and a bell \a"},
	}}
}

// TestEdgarLibraryExamples checks the examples of LIBRARY.md's edgar
// section and the edge cases of each function.
func TestEdgarLibraryExamples(t *testing.T) {
	doc := edgarDoc()
	for expr, want := range map[string]any{
		`linesLongerThan(doc.raw_lines, 80).map(l, l.n)`:                     []int64{11, 12},
		`linesLongerThan(doc.raw_lines, 100).map(l, l.n)`:                    []int64{12},
		`linesLongerThan(doc.raw_lines.filter(l, l.n > 11), 80).map(l, l.n)`: []int64{12},
		`lineWidth("- ------")`:                                              int64(6),
		`lineWidth("- - ---")`:                                               int64(3),
		`lineWidth("caf\u00e9\tx \t ")`:                                      int64(6),
		`lineWidth("\f- - x\fy")`:                                            int64(4),
		`lineWidth("-- not escaped")`:                                        int64(14),
		`asciiFor("\u201c")`:                                                 `"`,
		`asciiFor("\u2014")`:                                                 "--",
		`asciiFor("\u00a9")`:                                                 "(c)",
		`asciiFor("\u00e9")`:                                                 "e",
		`asciiFor("\uFFFD")`:                                                 "",
		`codepoint("\u201c")`:                                                "U+201C",
		`codepoint("\u00ae")`:                                                "U+00AE",
		`codepoint("")`:                                                      "",
		`charsOutside(doc.raw_lines, r"\t\f\r\x20-\x7e").map(c, "%d:%d-%d %s".format([c.line, c.col, c.end_col, codepoint(c.text)]))`: []string{
			"14:6-9 U+201C", "14:13-16 U+201D", "14:17-20 U+2014", "14:24-25 U+FFFD",
			"15:8-11 U+FFFD", "15:23-24 U+0007",
		},
		`charsOutside(doc.raw_lines, r"\t\f\r\x20-\x7e\x{2014}").size()`:         int64(5),
		`charsOutside(doc.raw_lines.filter(l, l.n == 10), "a-z").map(c, c.text)`: []string{"S", " ", "."},
	} {
		got, err := eval(t, expr, doc).ConvertToNative(reflect.TypeOf(want))
		if err != nil {
			t.Errorf("%s: %v", expr, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %v, want %v", expr, got, want)
		}
	}
}

// TestCharsOutsideBadSet: a set that is no character class is an error
// of the rule, not a panic.
func TestCharsOutsideBadSet(t *testing.T) {
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	ast, iss := env.Compile(`charsOutside(doc.raw_lines, "z-a")`)
	if iss.Err() != nil {
		t.Fatal(iss.Err())
	}
	prg, err := env.Program(ast)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = prg.Eval(map[string]any{"doc": edgarDoc()})
	if err == nil || !strings.Contains(err.Error(), "bad character set") {
		t.Errorf("error = %v, want a bad character set", err)
	}
}

// TestEdgarCost: a rule walking every raw line through the edgar
// functions stays within the static bound, and costs about a unit per
// line at run time.
func TestEdgarCost(t *testing.T) {
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	for _, expr := range []string{
		`linesLongerThan(doc.raw_lines, 80).filter(l, !l.in_table || lineWidth(l.text) > 132).map(l, finding(l, "long"))`,
		`charsOutside(doc.raw_lines, r"\t\f\r\x20-\x7e").map(c, finding(c, asciiFor(c.text) + codepoint(c.text)))`,
	} {
		if est := estimatedCost(t, env, expr); est > MaxEstimatedCost {
			t.Errorf("%s: estimated %d > %d", expr, est, MaxEstimatedCost)
		}
	}
	doc := &model.Document{}
	for i := range 10000 {
		doc.RawLines = append(doc.RawLines, model.RawLine{N: i + 1, Text: fmt.Sprintf("line %d of a long document", i)})
	}
	ast, _ := env.Compile(`linesLongerThan(doc.raw_lines, 80).size() + charsOutside(doc.raw_lines, "a-z").size()`)
	prg, err := env.Program(ast, cel.CostTracking(nil))
	if err != nil {
		t.Fatal(err)
	}
	out, det, err := prg.Eval(map[string]any{"doc": doc})
	if err != nil {
		t.Fatal(err)
	}
	if out.(types.Int) == 0 || det.ActualCost() == nil || *det.ActualCost() > 100_000 {
		t.Errorf("result %v, cost %v for 10,000 lines", out, det.ActualCost())
	}
}
