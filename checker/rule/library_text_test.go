package rule

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types/ref"

	"github.com/filinglint/filinglint/checker/internal/ascii"
	"github.com/filinglint/filinglint/checker/model"
)

// matchesOf reads a list(Match) result.
func matchesOf(t *testing.T, v ref.Val) []model.Match {
	t.Helper()
	var out []model.Match
	for _, e := range v.Value().([]ref.Val) {
		out = append(out, e.Value().(model.Match))
	}
	return out
}

// evalMatches evaluates an expression returning list(Match).
func evalMatches(t *testing.T, expr string, doc *model.Document) []model.Match {
	t.Helper()
	v := eval(t, expr, doc)
	if l, ok := v.Value().([]model.Match); ok {
		return l
	}
	return matchesOf(t, v)
}

// TestTextExamples checks the examples of the text section of LIBRARY.md.
func TestTextExamples(t *testing.T) {
	doc := &model.Document{Line: 1, Col: 1, Format: "ascii", Text: "Forward Looking Statement\n" +
		"Some of the statements in this release are forward-looking. We expect savings of\n" +
		"$60 million. Level 3, Inc. expects charges. No. 5 is [__]."}
	for expr, want := range map[string]any{
		`doc.find("(?i)forward[\\s-]*looking").map(m, [m.text, string(m.line), string(m.col)])`: []any{
			[]any{"Forward Looking", "1", "1"}, []any{"forward-looking", "2", "44"},
		},
		`doc.find("\\[_+\\]").map(m, "%d:%d-%d:%d".format([m.line, m.col, m.end_line, m.end_col]))`: []any{"3:54-3:58"},
		`doc.sentences("(?i)\\bexpects?\\b").map(s, s.text)`: []any{
			"We expect savings of $60 million.", "Level 3, Inc. expects charges.",
		},
		`doc.sentences("(?i)\\bexpects?\\b").map(s, s.line)`:                 []any{int64(2), int64(3)},
		`doc.around(doc.find("savings")[0], 10, 14)`:                         "We expect savings of\n$60",
		`doc.around(doc.find("savings")[0], 1000, 0).startsWith("Forward")`:  true,
		`size(doc.find("(?i)safe\\s+harbor"))`:                               int64(0),
		`doc.near(doc.find("savings")[0], "(?i)we\\s+expect", 10, 0)`:        true,
		`doc.near(doc.find("savings")[0], "^savings of\\s+\\$[0-9]", 0, 30)`: true,
		`doc.near(doc.find("savings")[0], "expect\\s+$", 10, 0)`:             true,
		`doc.near(doc.find("savings")[0], "charges", 0, 20)`:                 false,
	} {
		got := eval(t, expr, doc).Value()
		if fmt.Sprint(plain(got)) != fmt.Sprint(want) {
			t.Errorf("%s = %v, want %v", expr, plain(got), want)
		}
	}
}

// plain turns CEL lists into Go slices for comparison.
func plain(v any) any {
	switch l := v.(type) {
	case []ref.Val:
		out := make([]any, len(l))
		for i, e := range l {
			out[i] = plain(e.Value())
		}
		return out
	case []model.Match:
		return l
	}
	return v
}

// TestFindAgreesWithRegexp checks the literal prefilter against Go's own
// FindAllStringIndex, on patterns with and without literal prefixes.
func TestFindAgreesWithRegexp(t *testing.T) {
	texts := []string{
		"We expect, they Expected, unexpectedly EXPECTS. expect",
		"Item 1.\nItem 2. Business\n  Item 3. Legal\nItem",
		"[•] shares at $[ ] per share; [ ] Rule 425; [__] and [ • ] and [***]",
		"forward-looking forward looking forward\nlooking Forward-Looking",
		"safe harbor Safe Harbor; TBD TBDX xTBD (date) XX,XXX $X.XX",
		"goodwill likely; it Will Likely; the Plan to amend; we plan to grow; café will probably",
		"",
	}
	patterns := []string{
		`(?i)\bexpects?\b`,
		`(?i)expect`,
		`(?m)^Item \d`,
		`^Item`,
		`Item$`,
		`\[\s*[•●]+\s*\]|\$\s*\[\s*\]|\[\s*_+\s*\]`,
		`(?i)forward[\s-]*looking`,
		`(?i)safe\s+harbor`,
		`\bTBD\b|\(date\)|\bX{1,3}(?:,XXX)+\b|\$X\.XX`,
		`(?i)\bwill\s+(?:likely|probably)\b`,
		`(?i)\b(?:expects?|(?-i:plans?)\s+to)\b`,
		`\s+Item`,    // no literal prefix: scanned with the expression
		`(?i)[a-c]x`, // a small class: literals
		`x*`,         // empty matches
	}
	for _, p := range patterns {
		pat, err := compilePattern(p)
		if err != nil {
			t.Fatal(err)
		}
		re := regexp.MustCompile(p)
		for _, text := range texts {
			var want [][2]int
			for _, m := range re.FindAllStringIndex(text, -1) {
				want = append(want, [2]int{m[0], m[1]})
			}
			lower := func() string { return ascii.Lower(text) }
			if got := pat.find(text, lower, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("find(%q) in %q = %v, want %v", p, text, got, want)
			}
		}
	}
}

func TestPrefixes(t *testing.T) {
	// {literal, folds case, follows \b}
	for p, want := range map[string]string{
		`(?i)\bexpects?\b|anticipates?`: "[{anticipate true false} {expect true true}]",
		`(?i)expects?`:                  "[{expect true false}]",
		`(?i)c(?:ore|ash)\s+earnings`:   "[{cash true false} {core true false}]",
		`\[\s*[•●]\s*\]|\bTBD\b`:        "[{TBD false true} {[ false false}]",
		`(?i)\[insert`:                  "[{[insert true false}]",
		`[•●]x`:                         "[{•x false false} {●x false false}]",
		`(?i)•x`:                        "[{•x true false}]",
		`\s*Item`:                       "[]",
		`.x`:                            "[]",
		`(?i)café`:                      "[]", // a non-ASCII letter in any case
	} {
		pat, err := compilePattern(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(pat.lits); got != want {
			t.Errorf("prefixes(%q) = %s, want %s", p, got, want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		html       bool
		want       []string
	}{
		{
			"periods", "We sold the plant. We expect a gain. The gain is taxable.", false,
			[]string{"We expect a gain."},
		},
		{
			"abbreviations and initials", "Said James Q. Crowe of Level 3, Inc. and the U.S. unit: we expect more. Next.", false,
			[]string{"Said James Q. Crowe of Level 3, Inc. and the U.S. unit: we expect more."},
		},
		{
			"quotes", `said Mr. Lee.  "We expect to grow," he said. Then he left.`, false,
			[]string{`"We expect to grow," he said.`},
		},
		{
			"lower case after a period", "Sales were approx. five units; we expect more. Done", false,
			[]string{"Sales were approx. five units; we expect more."},
		},
		{
			"blank line ends an ASCII paragraph", "Outlook\n\nWe expect\nmore sales\n\nAbout us", false,
			[]string{"We expect more sales"},
		},
		{
			"a line ends an HTML block", "Outlook\nWe expect more sales\nAbout us", true,
			[]string{"We expect more sales"},
		},
		{
			"one sentence, two matches", "We expect and expect again. We expect once.", false,
			[]string{"We expect and expect again.", "We expect once."},
		},
		{"question", "Will it grow? We expect so! Yes.", false, []string{"We expect so!"}},
	}
	for _, tt := range tests {
		doc := &model.Document{Line: 1, Col: 1, Text: tt.text, Format: "ascii"}
		if tt.html {
			doc.Format = "html"
		}
		var got []string
		for _, m := range evalMatches(t, `doc.sentences("(?i)\\bexpect\\b")`, doc) {
			got = append(got, m.Text)
			if !strings.HasPrefix(strings.Join(strings.Fields(tt.text[m.Offset:]), " "), m.Text) {
				t.Errorf("%s: offset %d does not start %q", tt.name, m.Offset, m.Text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: sentences = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSentenceLimit: a sentence without an end stops maxSentence bytes
// from its match.
func TestSentenceLimit(t *testing.T) {
	long := strings.Repeat("word ", 1000)
	doc := &model.Document{Line: 1, Col: 1, Text: long + "we expect " + long}
	got := evalMatches(t, `doc.sentences("expect")`, doc)
	if len(got) != 1 || len(got[0].Text) > 2*maxSentence+len("expect") {
		t.Fatalf("sentences = %d, first %d bytes long", len(got), len(got[0].Text))
	}
}

func TestAroundWindow(t *testing.T) {
	text := "é risk factors é"
	for _, tt := range []struct {
		from, to int
		want     string
	}{
		{-5, 100, text},
		{1, len(text) - 1, " risk factors "}, // cut inside é: whole runes only
		{3, 7, "risk"},
		{7, 3, ""},
	} {
		if from, to := windowBounds(text, tt.from, tt.to); text[from:to] != tt.want {
			t.Errorf("window(%d, %d) = %q, want %q", tt.from, tt.to, text[from:to], tt.want)
		}
	}
	doc := &model.Document{Line: 1, Col: 1, Text: text}
	if got := eval(t, `doc.around(doc.find("risk")[0], 100000, -3)`, doc).Value(); got != "é " {
		t.Errorf("around with a huge and a negative side = %q", got)
	}
}

// textMap maps every text offset to line 10, column offset+5.
type textMap struct{}

func (textMap) Position(off int) (int, int) { return 10, off + 5 }

func TestFindUsesTheTextMap(t *testing.T) {
	doc := &model.Document{Line: 1, Col: 1, Text: "a TBD b"}
	doc.SetTextMap(textMap{})
	got := evalMatches(t, `doc.find("TBD")`, doc)
	want := []model.Match{{Text: "TBD", Line: 10, Col: 7, EndLine: 10, EndCol: 10, Offset: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("find = %+v, want %+v", got, want)
	}
}

func TestFindBadPattern(t *testing.T) {
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	ast, iss := env.Compile(`doc.find("(unclosed")`)
	if iss.Err() != nil {
		t.Fatal(iss.Err())
	}
	prg, err := env.Program(ast)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := prg.Eval(map[string]any{"doc": &model.Document{Text: "x"}}); err == nil ||
		!strings.Contains(err.Error(), "missing closing )") {
		t.Errorf("err = %v, want the regexp error", err)
	}
}

// TestTextCosts: a rule that walks the matches once fits the static
// bound; one that searches the text for every match does not.
func TestTextCosts(t *testing.T) {
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	for expr, fits := range map[string]bool{
		`doc.find("(?i)forward[\\s-]*looking").map(m, finding(m, "x"))`:                                     true,
		`doc.sentences("(?i)\\bexpects?\\b").filter(s, !s.text.matches("forward")).map(s, finding(s, "x"))`: true,
		`doc.find("(?i)forward").exists(m, doc.around(m, 300, 1500).matches("(?i)differ\\s+materially"))`:   true,
		`doc.find("(?i)forward").exists(m, doc.near(m, "(?i)differ\\s+materially", 300, 1500))`:             true,
		`doc.find("a").map(m, size(doc.find("b")))`:                                                         false,
	} {
		est := estimatedCost(t, env, expr)
		if got := est <= MaxEstimatedCost; got != fits {
			t.Errorf("%s: estimate %s, fits %v, want %v", expr, costString(est), got, fits)
		}
	}
}

// TestTextRuntimeCost: a search is charged for the text it reads, ten
// times more when the regular expression engine reads every byte.
func TestTextRuntimeCost(t *testing.T) {
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	doc := &model.Document{Line: 1, Col: 1, Text: strings.Repeat("We expect more. ", 10_000)}
	for expr, want := range map[string][2]uint64{
		`doc.find("expect")`:                            {16_000, 30_000},
		`doc.find("\\s+expect")`:                        {160_000, 200_000},
		`doc.sentences("expect")`:                       {16_000, 30_000},
		`doc.near(doc.find("more")[0], "We", 300, 700)`: {16_000, 40_000},
		`doc.around(doc.find("more")[0], 300, 700)`:     {16_000, 40_000},
	} {
		ast, iss := env.Compile(expr)
		if iss.Err() != nil {
			t.Fatal(iss.Err())
		}
		prg, err := env.Program(ast, cel.CostTracking(nil))
		if err != nil {
			t.Fatal(err)
		}
		_, det, err := prg.Eval(map[string]any{"doc": doc})
		if err != nil {
			t.Fatal(err)
		}
		if got := *det.ActualCost(); got < want[0] || got > want[1] {
			t.Errorf("%s costs %d, want %d to %d", expr, got, want[0], want[1])
		}
	}
}
