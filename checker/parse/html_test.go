package parse

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/filinglint/filinglint/checker/source"
)

// checkHTMLParsed asserts what must hold for any parse of src[start:end]:
// every visible line maps into [start, end], each letter and digit of the
// text maps onto the same byte of the source (or the '&' of the entity it
// was decoded from), pages never go back, and table lines name a table
// that exists.
func checkHTMLParsed(t testing.TB, src *source.File, start, end int, p *parsed) {
	t.Helper()
	text := p.text
	page := 0
	for i, l := range text.Lines {
		if l.End < l.Start {
			t.Fatalf("line %d: end %d before start %d", i, l.End, l.Start)
		}
		for o := l.Start; o < l.End; o++ {
			off := text.Source(o)
			if off < start || off > end {
				t.Fatalf("line %d %q: byte %d maps to %d, outside [%d,%d]", i, text.Text(i), o-l.Start, off, start, end)
			}
			c := text.String[o]
			if isAlnum(c) && off < len(src.Data) && src.Data[off] != c && src.Data[off] != '&' {
				t.Fatalf("line %d %q: %q at %d maps to %q at %s", i, text.Text(i), c, o-l.Start, src.Data[off], src.Position(off))
			}
		}
		if l.Page < page {
			t.Fatalf("line %d on page %d after page %d", i, l.Page, page)
		}
		page = l.Page
		if l.InTable && (l.Table < 1 || l.Table > len(p.tables)) {
			t.Fatalf("line %d in table %d of %d", i, l.Table, len(p.tables))
		}
	}
	for _, tb := range p.tables {
		for _, r := range tb.Rows {
			if r.Line < 1 || r.Line > src.LineCount() || r.Col < 1 {
				t.Fatalf("row %q at %d:%d outside the file", r.Label, r.Line, r.Col)
			}
		}
	}
}

// parseHTMLFixture parses testdata/html/name as a bare HTML document.
func parseHTMLFixture(t *testing.T, name string) (*source.File, *parsed) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	src := source.New(name, data)
	p := parseHTML(src, 0, len(data))
	checkHTMLParsed(t, src, 0, len(data), p)
	return src, p
}

// htmlLine is what a test expects of a visible line.
type htmlLine struct {
	text    string
	page    int
	heading int
	bold    bool
	center  bool
	table   int
}

func (l htmlLine) String() string {
	return fmt.Sprintf("%q page %d heading %d bold %v center %v table %d", l.text, l.page, l.heading, l.bold, l.center, l.table)
}

// htmlLines returns the visible lines as htmlLine values.
func htmlLines(p *parsed) []htmlLine {
	var ls []htmlLine
	for i, l := range p.text.Lines {
		ls = append(ls, htmlLine{text: p.text.Text(i), page: l.Page, heading: l.Heading, bold: l.Bold, center: l.Center, table: l.Table})
	}
	return ls
}

// wantLines compares the visible lines with want, both ways.
func wantLines(t *testing.T, p *parsed, want []htmlLine) {
	t.Helper()
	got := htmlLines(p)
	for i := 0; i < max(len(got), len(want)); i++ {
		switch {
		case i >= len(got):
			t.Errorf("line %d missing: want %v", i, want[i])
		case i >= len(want):
			t.Errorf("line %d unexpected: %v", i, got[i])
		case got[i] != want[i]:
			t.Errorf("line %d:\n got %v\nwant %v", i, got[i], want[i])
		}
	}
}

// wantTexts compares the texts of the visible lines with want.
func wantTexts(t *testing.T, p *parsed, want ...string) {
	t.Helper()
	var got []string
	for i := range p.text.Lines {
		got = append(got, p.text.Text(i))
	}
	if !slices.Equal(got, want) {
		t.Errorf("lines:\n got %q\nwant %q", got, want)
	}
}

// wantSource asserts that the visible text vis (the n-th occurrence,
// counting from 0) starts at the source offset of srcText (its first
// occurrence after from in the source) and reports that position.
func wantSource(t *testing.T, src *source.File, p *parsed, vis string, srcText string, from string) source.Position {
	t.Helper()
	i := strings.Index(p.text.String, vis)
	if i < 0 {
		t.Fatalf("visible text has no %q", vis)
	}
	base := strings.Index(string(src.Data), from)
	j := strings.Index(string(src.Data[base:]), srcText)
	if base < 0 || j < 0 {
		t.Fatalf("source has no %q after %q", srcText, from)
	}
	want := src.Position(base + j)
	if got := src.Position(p.text.Source(i)); got != want {
		t.Errorf("%q maps to %s, want %s", vis, got, want)
	}
	return want
}

func TestHTMLEntities(t *testing.T) {
	src, p := parseHTMLFixture(t, "entities.htm")
	wantTexts(t, p,
		"Smith & Wesson — “quoted” café AT&T © 2005",
		"Price is $5 per share, upward——’",
		"Tom & Jerry &unknown; &# 5 ABC")
	// Literal text maps exactly; a decoded entity maps to its '&'.
	wantSource(t, src, p, "Wesson", "Wesson", "<body>")
	wantSource(t, src, p, "—", "&#8212;", "<body>")
	wantSource(t, src, p, "“quoted", "&#147;", "<body>")
	wantSource(t, src, p, "quoted”", "quoted", "<body>")
	wantSource(t, src, p, "é", "&eacute;", "<body>")
	if pos := wantSource(t, src, p, "$5", "$5", "Price"); pos != (source.Position{Line: 11, Col: 7}) {
		t.Errorf("$5 at %s, want 11:7", pos)
	}
	wantSource(t, src, p, "ward", "ward", "up&#8203;")
	// Collapsed white space maps to where it starts.
	i := strings.Index(p.text.String, "Price is") + len("Price")
	if got, want := p.text.Source(i), strings.Index(string(src.Data), "Price   is")+len("Price"); got != want {
		t.Errorf("collapsed space maps to %d, want %d", got, want)
	}
	// x/net/html reads &#147; and &#148; as Windows-1252, as browsers do.
	if got := html.UnescapeString("&#147;x&#148;"); got != "“x”" {
		t.Errorf("x/net/html decodes &#147;x&#148; as %q", got)
	}
}

func TestHTMLWhitespace(t *testing.T) {
	src, p := parseHTMLFixture(t, "whitespace.htm")
	wantTexts(t, p,
		"leading and tabbed text",
		"Bold andjoined",
		"one", "two", "three",
		"outer", "inner", "after",
		"a b",
		"• bullet item",
		"1. Numbered paragraph",
		"  col1    col2",
		"  a       b")
	wantSource(t, src, p, "tabbed", "tabbed", "<div>")
	wantSource(t, src, p, "three", "three", "<p>one")
	wantSource(t, src, p, "col2", "col2", "<pre>")
	wantSource(t, src, p, "  a ", "  a ", "col2")
}

func TestHTMLPageBreaks(t *testing.T) {
	_, p := parseHTMLFixture(t, "pages.htm")
	wantLines(t, p, []htmlLine{
		{text: "Page one text"},
		{text: "still page one"},
		{text: "Page two", page: 1},
		{text: "Page three", page: 2},
		{text: "Page four", page: 3},
		{text: "still page four: the document has CSS breaks, so hr is a rule", page: 3},
		{text: "Page five", page: 4},
	})
	// Without CSS page breaks, a full-width <hr> outside tables separates
	// pages; short rules and rules in cells do not.
	_, p = parseHTMLFixture(t, "hrpages.htm")
	wantLines(t, p, []htmlLine{
		{text: "Cover page"},
		{text: "Second page", page: 1},
		{text: "still second page: a short rule", page: 1},
		{text: "cell  rule in a cell", page: 1},
		{text: "2", page: 1, center: true},
		{text: "Third page", page: 2},
	})
}

func TestHTMLHeadings(t *testing.T) {
	_, p := parseHTMLFixture(t, "headings.htm")
	wantLines(t, p, []htmlLine{
		{text: "Prospectus Summary", heading: 1, bold: true},
		{text: "The Offering", heading: 3, bold: true},
		{text: "RISK FACTORS", heading: 1, bold: true, center: true},
		{text: "Risks Related to Our Business", heading: 2, bold: true},
		{text: "Investing in our stock involves a high degree of risk and you could lose all of it.", bold: true},
		{text: "Item 1.", heading: 2, bold: true},
		{text: "Use of Proceeds", heading: 2},
		{text: "Plain body text that is long enough to make ten points the body size of this document, as printers do."},
		{text: "Note: a bold lead-in is not a heading."},
		{text: "CENTERED", center: true},
		{text: "WALMART INC.", heading: 1, bold: true, center: true},
		{text: "Table of Contents", bold: true},
	})
}

func TestHTMLMalformed(t *testing.T) {
	_, p := parseHTMLFixture(t, "malformed.htm")
	wantTexts(t, p,
		"first bold both",
		"second",
		"deep",
		"a  b",
		"c  d",
		"after <<>> table & co <3 end stray cell",
		"para",
		"implicit close",
		"one", "two",
		"big")
	if len(p.tables) != 1 || len(p.tables[0].Rows) != 2 {
		t.Errorf("tables %+v, want one of two rows", p.tables)
	}
	for _, doc := range []string{
		"", "<", "<html", "<p>x", "</p></p>", "<table><td>", "<pre>", "&", "&#", "&#x", "<!--", "<script>x",
		"<table><tr><td>$</td></tr></table>", "<td>1</td><td>)</td>", "<ix:header>x", "<head>text", "<title>t</title>body",
	} {
		src := source.New("t.htm", []byte(doc))
		checkHTMLParsed(t, src, 0, len(doc), parseHTML(src, 0, len(doc)))
	}
}

func TestHTMLHeadEndsAtBody(t *testing.T) {
	for _, doc := range []string{
		"<html><head><title>T</title><p>body text",
		"<html><head><title>T</title>\nbody text",
		"<html><head><meta charset=utf-8><body>body text",
	} {
		src := source.New("t.htm", []byte(doc))
		p := parseHTML(src, 0, len(doc))
		if p.text.String != "body text" {
			t.Errorf("%q: text %q, want %q", doc, p.text.String, "body text")
		}
	}
}

func TestHTMLInlineXBRL(t *testing.T) {
	src, p := parseHTMLFixture(t, "ixbrl.htm")
	wantTexts(t, p,
		"Walmart Inc. had 680,985 million of revenue.",
		"visible",
		"after self-closing div")
	wantSource(t, src, p, "680,985", "680,985", "<body>")
}

func TestHTMLInSubmission(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "html", "sgml.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src := source.New("sgml.txt", data)
	start := bytes.Index(data, []byte("<TEXT>\n")) + len("<TEXT>\n")
	end := bytes.Index(data, []byte("</TEXT>"))
	p := parseHTML(src, start, end)
	checkHTMLParsed(t, src, start, end, p)
	wantLines(t, p, []htmlLine{
		{text: "NEWS RELEASE", heading: 1, bold: true, center: true},
		{text: "Revenue rose to $1,234 million."},
		{text: "Revenue  $1,234", table: 1},
		{text: "Costs  (567)", table: 1},
	})
	// Positions are in the submission file.
	if pos := wantSource(t, src, p, "NEWS", "NEWS", "<TEXT>"); pos.Line != 7 {
		t.Errorf("NEWS on line %d, want 7", pos.Line)
	}
	if len(p.tables) != 1 {
		t.Fatalf("%d tables, want 1", len(p.tables))
	}
	tb := p.tables[0]
	if tb.Line != 9 || tb.Col != 1 || tb.EndLine != 12 {
		t.Errorf("table at %d:%d-%d, want 9:1-12", tb.Line, tb.Col, tb.EndLine)
	}
	if c := tb.Rows[1].Cells[0]; c.Text != "(567)" || c.Line != 11 || c.Col != 32 || c.EndCol != 36 {
		t.Errorf("cell %+v, want (567) at 11:32-36, the number itself", c)
	}
}

func TestHTMLEmpty(t *testing.T) {
	for _, doc := range []string{"", "   \n\t", "<html><head><title>x</title></head><body></body></html>", "<p>&nbsp;</p><div>&#8203;</div>"} {
		src := source.New("t.htm", []byte(doc))
		p := parseHTML(src, 0, len(doc))
		if p.format != "html" || len(p.text.Lines) != 0 || len(p.tables) != 0 {
			t.Errorf("%q: format %q, %d lines, %d tables", doc, p.format, len(p.text.Lines), len(p.tables))
		}
	}
}

// FuzzHTML parses arbitrary bytes as a bare HTML document and as the
// <TEXT> of a submission: no panic, every line mapped inside the document.
func FuzzHTML(f *testing.F) {
	for _, name := range []string{"entities.htm", "whitespace.htm", "pages.htm", "tables.htm", "malformed.htm", "ixbrl.htm"} {
		data, err := os.ReadFile(filepath.Join("testdata", "html", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src := source.New("f.htm", data)
		checkHTMLParsed(t, src, 0, len(data), parseHTML(src, 0, len(data)))
		wrapped := append(append([]byte("<DOCUMENT>\n<TEXT>\n"), data...), "\n</TEXT>\n"...)
		src = source.New("f.txt", wrapped)
		start, end := len("<DOCUMENT>\n<TEXT>\n"), len(wrapped)-len("\n</TEXT>\n")
		checkHTMLParsed(t, src, start, end, parseHTML(src, start, end))
	})
}

// TestHTMLPathological parses documents built to make a careless parser
// quadratic: thousands of unclosed and unmatched tags, deep nesting, a
// row of thousands of cells, tables nested thousands deep, page breaks
// inside one row. Each must parse in well under a second.
func TestHTMLPathological(t *testing.T) {
	const n = 20000
	row := strings.Repeat("<td>$</td><td>1,234</td><td>)</td>", n)
	docs := map[string]string{
		"unclosed":  strings.Repeat("<font><b><div>x", n) + strings.Repeat("</i></span>", n),
		"deep":      strings.Repeat("<div>", n) + "text" + strings.Repeat("</div>", n),
		"wide row":  "<table><tr>" + row + "</tr>" + strings.Repeat("<tr><td>a</td><td>1</td></tr>", n) + "</table>",
		"wide cols": "<table>" + strings.Repeat("<tr><td colspan=1000 rowspan=1000>1</td><td>2</td></tr>", n/10) + "</table>",
		"nested":    strings.Repeat("<table><tr><td>", n) + "x",
		"breaks":    "<table><tr><td>x" + strings.Repeat(`<div style="page-break-before:always">y</div>`, n) + "</td></tr></table>",
		"floats":    strings.Repeat(`<div style="float:left">1.<br><br><p>x</p></div>`, n),
		"heads":     strings.Repeat("<head><title>t</title><p>x", n),
	}
	for name, doc := range docs {
		start := time.Now()
		src := source.New(name, []byte(doc))
		checkHTMLParsed(t, src, 0, len(doc), parseHTML(src, 0, len(doc)))
		t.Logf("%-10s %8d bytes %v", name, len(doc), time.Since(start))
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %d bytes took %v", name, len(doc), d)
		}
	}
}
