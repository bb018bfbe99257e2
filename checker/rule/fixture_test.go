package rule

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// lineParse is a stand-in parser for fixtures: each line of the fixture
// becomes a model line, and a line "DATE <weekday> <yyyy-mm-dd>" a date.
func lineParse(name string, data []byte) (*source.File, []*model.Document, error) {
	if strings.HasPrefix(string(data), "garbage") {
		return nil, nil, errors.New("not a filing")
	}
	doc := &model.Document{Path: name, Line: 1, Col: 1}
	for i, text := range strings.Split(string(data), "\n") {
		doc.Lines = append(doc.Lines, model.Line{N: i + 1, Col: 1, Text: text})
		if f := strings.Fields(text); len(f) == 3 && f[0] == "DATE" {
			doc.Dates = append(doc.Dates, model.Date{
				Text: f[1] + " " + f[2], Date: f[2], Valid: true,
				StatedWeekday: f[1], Weekday: weekdayOf(f[2]), Line: i + 1, Col: 6,
			})
		}
	}
	return source.New(name, data), []*model.Document{doc}, nil
}

const weekdayRule = `id: x/weekday
title: T
severity: error
doc: D
findings: |
  doc.dates.filter(d, d.stated_weekday != d.weekday)
    .map(d, finding(d, "%s is a %s".format([d.date, d.weekday])))
`

func testEngine(t *testing.T, tests string, files map[string]string) *Engine {
	t.Helper()
	fsys := fstest.MapFS{"x/weekday.yaml": {Data: []byte(weekdayRule + tests)}}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	e, err := Load(Pack{Dir: "p", FS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// problems runs the engine's tests and lists what failed, one line each.
func problems(t *testing.T, e *Engine) []string {
	t.Helper()
	var ps []string
	for _, r := range e.Test(context.Background(), lineParse, nil) {
		for _, p := range r.Problems() {
			ps = append(ps, r.Name+": "+p)
		}
		if r.Failed() != (len(r.Problems()) > 0) {
			t.Errorf("%s: Failed() = %v with problems %q", r.Name, r.Failed(), r.Problems())
		}
	}
	return ps
}

func TestFixtures(t *testing.T) {
	files := map[string]string{
		"x/testdata/wrong.txt": "intro\nDATE Tuesday 2005-02-09\nDATE Friday 2004-12-31\n",
		"x/testdata/two.txt":   "DATE Monday 2005-02-09\nDATE Monday 2005-02-10\n",
		"x/testdata/clean.txt": "DATE Wednesday 2005-02-09\n",
		"x/testdata/bad.txt":   "garbage",
	}
	tests := []struct {
		name  string
		tests string
		want  []string
	}{{
		name: "pass",
		tests: `tests:
  - {name: fires, file: testdata/wrong.txt, want: [{line: 2, message: "2005-02-09 is a Wednesday"}]}
  - {name: clean, file: testdata/clean.txt, want: []}
`,
	}, {
		name: "missing and unexpected",
		tests: `tests:
  - {name: wrong line, file: testdata/wrong.txt, want: [{line: 3, message: "is a Wednesday"}]}
  - {name: not clean, file: testdata/two.txt, want: []}
`,
		want: []string{
			`wrong line: p/x/testdata/wrong.txt:3: missing finding containing "is a Wednesday"`,
			`wrong line: p/x/testdata/wrong.txt:2:6: unexpected finding: 2005-02-09 is a Wednesday (x/weekday)`,
			`not clean: p/x/testdata/two.txt:1:6: unexpected finding: 2005-02-09 is a Wednesday (x/weekday)`,
			`not clean: p/x/testdata/two.txt:2:6: unexpected finding: 2005-02-10 is a Thursday (x/weekday)`,
		},
	}, {
		name: "each want takes one finding",
		tests: `tests:
  - {name: twice, file: testdata/wrong.txt, want: [{line: 2, message: "Wednesday"}, {line: 2, message: "Wednesday"}]}
`,
		want: []string{`twice: p/x/testdata/wrong.txt:2: missing finding containing "Wednesday"`},
	}, {
		name:  "no tests",
		tests: "",
		want:  []string{": p/x/weekday.yaml: rule x/weekday has no tests: it asserts nothing"},
	}, {
		name: "only clean tests",
		tests: `tests:
  - {name: clean, file: testdata/clean.txt, want: []}
`,
		want: []string{": p/x/weekday.yaml: no test of rule x/weekday expects a finding: it asserts nothing"},
	}, {
		name: "fixture that does not parse",
		tests: `tests:
  - {name: fires, file: testdata/wrong.txt, want: [{line: 2, message: "Wednesday"}]}
  - {name: bad, file: testdata/bad.txt, want: []}
`,
		want: []string{"bad: p/x/testdata/bad.txt: parse: not a filing"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problems(t, testEngine(t, tt.tests, files))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestFixturesOnly(t *testing.T) {
	e := testEngine(t, "", nil)
	if got := e.Test(context.Background(), lineParse, func(r *Rule) bool { return r.ID != "x/weekday" }); len(got) != 0 {
		t.Errorf("Test with no rule selected = %+v", got)
	}
}
