package rule

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// pack builds a pack from rule id → the rest of its rule file after
// title, severity and doc.
func pack(t *testing.T, rules map[string]string) *Engine {
	t.Helper()
	fsys := fstest.MapFS{}
	for id, rest := range rules {
		fsys[id+".yaml"] = &fstest.MapFile{Data: []byte("id: " + id + "\ntitle: T\nseverity: warning\ndoc: D\ncitation: C 1\n" + rest)}
	}
	e, err := Load(Pack{Dir: "p", FS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

const tocText = `TABLE OF CONTENTS
Risk Factors ........ 4
<PAGE>
RISK FACTORS
`

func tocDoc() *model.Document {
	return &model.Document{
		Path: "f.txt", Form: "424B3", Family: []string{"prospectus"}, Format: "ascii",
		Line: 1, Col: 1, Sequence: 2, Filename: "d424b3.txt",
		Lines: []model.Line{
			{N: 1, Text: "TABLE OF CONTENTS", PageIndex: 0},
			{N: 2, Text: "Risk Factors ........ 4", PageIndex: 0},
			{N: 4, Text: "RISK FACTORS", PageIndex: 1, PageLabel: "5"},
		},
		Pages: []model.Page{{Index: 0, Line: 1, EndLine: 3, Label: "i"}, {Index: 1, Line: 4, EndLine: 4, Number: 5, Label: "5"}},
		TOC: model.TOC{Present: true, Line: 1, Col: 1, Entries: []model.TOCEntry{
			{Title: "Risk Factors", Norm: "risk factors", Page: 4, PageLabel: "4", Line: 2, Col: 1, PageLine: 2, PageCol: 23, PageEndCol: 24},
		}},
		Headings: []model.Heading{{Text: "RISK FACTORS", Norm: "risk factors", Line: 4, Col: 1, EndLine: 4, EndCol: 13, Page: 5, PageLabel: "5"}},
	}
}

func TestEval(t *testing.T) {
	e := pack(t, map[string]string{
		"toc/page-number": `forms: [prospectus]
when: doc.toc.present
fix: Writes the heading's page number.
findings: |
  doc.toc.entries.map(e, doc.headings.filter(h, h.norm == e.norm && h.page_label != e.page_label).map(h,
    finding(e, "%s is on page %s, not %s".format([e.title, h.page_label, e.page_label]))
      .withFix("set the page to " + h.page_label, e.page_line, e.page_col, e.page_end_col, h.page_label)))
  .flatten()
`,
		"toc/heading": `findings: doc.headings.map(h, finding(h, "heading " + h.text))`,
		"other/periodic": `forms: [periodic, 10-K*]
findings: '[finding(doc, "periodic")]'`,
	})
	src := source.New("f.txt", []byte(tocText))
	got, err := e.Eval(context.Background(), src, tocDoc(), nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := &finding.Document{Sequence: 2, Type: "424B3", Filename: "d424b3.txt"}
	want := []finding.Finding{{
		Rule: "toc/page-number", Severity: finding.Warning, Message: "Risk Factors is on page 5, not 4",
		Path: "f.txt", Line: 2, Column: 1, EndLine: 2, EndColumn: 1, Page: "i", Document: doc, Citation: "C 1",
		Subject: "risk factors",
		Fix: &finding.Fix{Description: "set the page to 5", Edits: []finding.Edit{
			{Line: 2, Column: 23, EndLine: 2, EndColumn: 24, Text: "5", Offset: 40, Old: "4"},
		}},
	}, {
		Rule: "toc/heading", Severity: finding.Warning, Message: "heading RISK FACTORS",
		Path: "f.txt", Line: 4, Column: 1, EndLine: 4, EndColumn: 13, Page: "5", Document: doc, Citation: "C 1",
		Subject: "risk factors",
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Eval =\n%+v\nwant\n%+v", got, want)
	}
	if tocText[40:41] != "4" {
		t.Fatalf("fixture offset moved")
	}

	only, err := e.Eval(context.Background(), src, tocDoc(), func(id string) bool { return id == "toc/heading" })
	if err != nil || len(only) != 1 || only[0].Rule != "toc/heading" {
		t.Errorf("Eval with only toc/heading enabled = %+v, %v", only, err)
	}
	noSrc, _ := e.Eval(context.Background(), nil, tocDoc(), nil)
	if noSrc[0].Fix != nil {
		t.Errorf("without a source file a finding has no fix: %+v", noSrc[0].Fix)
	}
}

func TestEvalFixOutsideTheLine(t *testing.T) {
	e := pack(t, map[string]string{"x/fix": `findings: '[finding(1, 1, "m").withFix("d", 1, 5, 99, "x")]'`})
	got, err := e.Eval(context.Background(), source.New("f.txt", []byte("abc\n")), &model.Document{Path: "f.txt"}, nil)
	if err != nil || len(got) != 1 || got[0].Fix != nil {
		t.Errorf("Eval = %+v, %v; want a finding without its impossible fix", got, err)
	}
}

func TestApplies(t *testing.T) {
	tests := []struct {
		forms []string
		doc   model.Document
		want  bool
	}{
		{nil, model.Document{Form: "10-K"}, true},
		{[]string{"prospectus"}, model.Document{Form: "424B3", Family: []string{"prospectus"}}, true},
		{[]string{"prospectus"}, model.Document{Form: "10-K", Family: []string{"periodic"}}, false},
		{[]string{"press-release"}, model.Document{Form: "EX-99.1", Family: []string{"press-release"}}, true},
		{[]string{"424B*"}, model.Document{Form: "424B3"}, true},
		{[]string{"424B*"}, model.Document{Form: "424b5"}, true},
		{[]string{"S-*"}, model.Document{Form: "S-1/A"}, true},
		{[]string{"S-*"}, model.Document{Form: "SB-2"}, false},
		{[]string{"EX-99*"}, model.Document{Form: "EX-99.1"}, true},
		{[]string{"10-K"}, model.Document{Form: "10-K405"}, false},
		{[]string{"ascii"}, model.Document{Format: "ascii"}, true},
		{[]string{"html"}, model.Document{Format: "ascii"}, false},
		{[]string{"submission"}, model.Document{Sequence: 1}, true},
		{[]string{"submission"}, model.Document{}, false},
		{[]string{"periodic", "prospectus"}, model.Document{Family: []string{"prospectus"}}, true},
	}
	for _, tt := range tests {
		r := &Rule{Forms: tt.forms}
		if got := r.Applies(&tt.doc); got != tt.want {
			t.Errorf("forms %v on %s %v = %v, want %v", tt.forms, tt.doc.Form, tt.doc.Family, got, tt.want)
		}
	}
}

func TestEvalRuleError(t *testing.T) {
	old := costBudget
	costBudget = 10_000
	defer func() { costBudget = old }()
	e := pack(t, map[string]string{
		"x/costly": `findings: doc.lines.map(l, finding(l, l.text))`,
		"x/index":  `findings: '[finding(doc.pages[5], "six")]'`,
		"x/fine":   `findings: '[finding(doc, "fine")]'`,
	})
	doc := &model.Document{Path: "big.txt", Line: 3, Col: 1}
	for i := range 5000 {
		doc.Lines = append(doc.Lines, model.Line{N: i + 3, Text: "line"})
	}
	got, err := e.Eval(context.Background(), nil, doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, f := range got {
		msgs = append(msgs, f.Rule+": "+f.Message)
		if f.Line != 3 || f.Column != 1 || f.Severity != finding.Error && f.Rule == errorRule {
			t.Errorf("finding %+v not at the document start", f)
		}
	}
	want := []string{
		"rule/error: rule x/costly failed on this document: cost limit exceeded",
		"rule/error: rule x/index failed on this document: index out of bounds: 5",
		"x/fine: fine",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

func TestEvalCancelled(t *testing.T) {
	e := pack(t, map[string]string{"x/lines": `findings: doc.lines.map(l, finding(l, l.text))`})
	doc := &model.Document{}
	for i := range 50_000 {
		doc.Lines = append(doc.Lines, model.Line{N: i + 1})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Eval(ctx, nil, doc, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Eval with a cancelled context = %v, want context.Canceled", err)
	}
}

func TestEvalConcurrent(t *testing.T) {
	e := builtinEngine(t)
	doc := syntheticDoc()
	want, err := e.Eval(context.Background(), nil, doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			got, err := e.Eval(context.Background(), nil, doc, nil)
			if err == nil && !reflect.DeepEqual(got, want) {
				err = errors.New("concurrent Eval gave other findings")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
