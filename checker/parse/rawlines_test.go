package parse

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// rawLines returns the raw lines and tags the ASCII reader collects for
// the document in src.Data[start:end].
func rawLines(src *source.File, start, end int) ([]model.RawLine, []model.Tag) {
	p := parseASCII(src, start, end)
	return p.rawLines, p.tags
}

func TestRawLines(t *testing.T) {
	doc := "Title\r\n" +
		"<PAGE>\r\n" +
		"text with \x93smart\x94 quotes\n" +
		"  <table>\n" +
		"<CAPTION>\n" +
		"<S>      <C>\n" +
		"Row        1\n" +
		"<PAGE>\n" +
		"</TABLE>\n" +
		"<FN>\n" +
		"more<PAGE> 7\n" +
		"</TABLE>\n" +
		"<TABLE> <S> <C>\n" +
		"<TABLE>\n" +
		"last"
	lines, tags := rawLines(source.New("a.txt", []byte(doc)), 0, len(doc))
	var got []string
	for _, l := range lines {
		got = append(got, fmt.Sprintf("%d %+q table=%v invalid=%v", l.N, l.Text, l.InTable, l.InvalidUTF8))
	}
	want := []string{
		`1 "Title" table=false invalid=false`,
		`2 "<PAGE>" table=false invalid=false`,
		`3 "text with \ufffdsmart\ufffd quotes" table=false invalid=true`,
		`4 "  <table>" table=true invalid=false`,
		`5 "<CAPTION>" table=true invalid=false`,
		`6 "<S>      <C>" table=true invalid=false`,
		`7 "Row        1" table=true invalid=false`,
		`8 "<PAGE>" table=true invalid=false`,
		`9 "</TABLE>" table=true invalid=false`,
		`10 "<FN>" table=false invalid=false`,
		`11 "more<PAGE> 7" table=false invalid=false`,
		`12 "</TABLE>" table=false invalid=false`,
		`13 "<TABLE> <S> <C>" table=true invalid=false`,
		`14 "<TABLE>" table=true invalid=false`,
		`15 "last" table=true invalid=false`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	got = nil
	for _, g := range tags {
		got = append(got, fmt.Sprintf("%d:%d %s alone=%v table=%v", g.Line, g.Col, g.Name, g.Alone, g.InTable))
	}
	want = []string{
		"2:1 PAGE alone=true table=false",
		"4:3 TABLE alone=true table=false",
		"5:1 CAPTION alone=true table=true",
		"6:1 S alone=false table=true",
		"6:10 C alone=false table=true",
		"8:1 PAGE alone=true table=true",
		"9:1 /TABLE alone=true table=true",
		"10:1 FN alone=true table=false",
		"11:5 PAGE alone=false table=false",
		"12:1 /TABLE alone=true table=false",
		"13:1 TABLE alone=false table=false",
		"13:9 S alone=false table=true",
		"13:13 C alone=false table=true",
		"14:1 TABLE alone=true table=true",
	}
	if !slices.Equal(got, want) {
		t.Errorf("tags:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRawLinesRange: a document inside a submission keeps the file's line
// numbers, and a final newline adds no line.
func TestRawLinesRange(t *testing.T) {
	file := "<DOCUMENT>\n<TEXT>\none\n<PAGE>\ntwo\n</TEXT>\n"
	start := strings.Index(file, "one")
	end := strings.Index(file, "</TEXT>")
	lines, tags := rawLines(source.New("s.txt", []byte(file)), start, end)
	if len(lines) != 3 || lines[0].N != 3 || lines[2].Text != "two" || len(tags) != 1 || tags[0].Line != 4 {
		t.Errorf("lines = %+v, tags = %+v", lines, tags)
	}
	if lines, tags := rawLines(source.New("e.txt", nil), 0, 0); lines != nil || tags != nil {
		t.Errorf("empty document: %v %v", lines, tags)
	}
}

// TestRawLinesSeed: the seed prospectus keeps its table lines, up to 113
// characters, inside its two tables, one of which runs across a <PAGE>.
func TestRawLinesSeed(t *testing.T) {
	doc := seedDoc(t, "004_9708d75fa602b0ea.txt")
	if len(doc.RawLines) == 0 || doc.RawLines[0].N != 1 {
		t.Fatalf("raw lines start at %+v", doc.RawLines[:min(1, len(doc.RawLines))])
	}
	for _, l := range doc.RawLines {
		if n := len(l.Text); n > 80 && !l.InTable {
			t.Errorf("line %d: %d characters outside a table", l.N, n)
		}
	}
	count := map[string]int{}
	for _, g := range doc.Tags {
		count[g.Name]++
		if !g.Alone && g.Name != "S" && g.Name != "C" {
			t.Errorf("%d:%d: %s not alone", g.Line, g.Col, g.Name)
		}
	}
	if count["TABLE"] != 2 || count["/TABLE"] != 2 || count["PAGE"] != 8 {
		t.Errorf("tags = %v", count)
	}
}

// TestRawLinesShareText: lines whose text the visible text holds as it is
// take it from there; every line must still read as in the file.
func TestRawLinesShareText(t *testing.T) {
	doc := "Title\r\n\r\n<PAGE>\r\nprose a < b\r\nplain line\n<TABLE>\n<S> <C>\nRow   1\n</TABLE>\n-1-<PAGE>\nlast"
	lines, _ := rawLines(source.New("v.txt", []byte(doc)), 0, len(doc))
	want := strings.Split(doc, "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		if w := strings.TrimSuffix(want[i], "\r"); l.Text != w || l.N != i+1 || l.InvalidUTF8 {
			t.Errorf("line %d = %+v, want text %q", i+1, l, w)
		}
	}
}

// TestRawLinesTagSearch checks the ASCII reader, which searches for the
// next '<' across lines, against scanTags run on every line of random
// documents and ranges of them: it must find each tag, wherever the '<'
// falls (first or last byte of a line, before a "\r", at the range's end).
func TestRawLinesTagSearch(t *testing.T) {
	pieces := []string{"a", " ", "\n", "\r\n", "\r", "<", ">", "<S>", "<c>", "<PAGE>", "<TABLE>", "</TABLE>", "x<FN>", "\n<"}
	r := rand.New(rand.NewPCG(31, 32))
	for range 5000 {
		doc := randomText(r, pieces, r.IntN(30))
		src := source.New("a.txt", []byte(doc))
		start := r.IntN(len(doc) + 1)
		end := start + r.IntN(len(doc)-start+1)
		_, got := rawLines(src, start, end)
		var want []model.Tag
		open := false
		for l := range src.LinesIn(start, end) {
			line := bytes.TrimSuffix(src.Data[l.Start:l.End], []byte("\r"))
			want, open = scanTags(want, line, l.N, open)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("tags of %q [%d:%d] = %+v, want %+v", doc, start, end, got, want)
		}
	}
}
