package parse

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/source"
)

// TestHTMLDump prints the visible lines of the HTML file named by
// FILINGLINT_HTML_DUMP (page, flags, source position, text) and its tables,
// for looking at what the parser makes of a document. In a submission,
// FILINGLINT_HTML_DOC=n picks the <TEXT> of the n-th document (from 1).
func TestHTMLDump(t *testing.T) {
	name := os.Getenv("FILINGLINT_HTML_DUMP")
	if name == "" {
		t.Skip("set FILINGLINT_HTML_DUMP=file.htm to print its visible lines")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	src := source.New(name, data)
	start, end := 0, len(data)
	if n, _ := strconv.Atoi(os.Getenv("FILINGLINT_HTML_DOC")); n > 0 {
		for k := 0; k < n; k++ {
			i := bytes.Index(data[start:], []byte("<TEXT>"))
			if i < 0 {
				t.Fatalf("no document %d", n)
			}
			start += i + len("<TEXT>")
		}
		end = start + bytes.Index(data[start:], []byte("</TEXT>"))
	}
	p := parseHTML(src, start, end)
	var sb strings.Builder
	for i, l := range p.text.Lines {
		pos := src.Position(p.text.Source(l.Start))
		flags := ""
		if l.InTable {
			flags += fmt.Sprintf("T%d", l.Table)
		}
		if l.Heading > 0 {
			flags += fmt.Sprintf("H%d", l.Heading)
		}
		if l.Bold {
			flags += "B"
		}
		if l.Center {
			flags += "C"
		}
		fmt.Fprintf(&sb, "p%-3d %-7s %6s %s\n", l.Page, flags, pos, p.text.Text(i))
	}
	for i, tb := range p.tables {
		fmt.Fprintf(&sb, "table %d at %d:%d-%d columns %d header %q\n", i+1, tb.Line, tb.Col, tb.EndLine, tb.Columns, tb.Header)
		for _, r := range tb.Rows {
			fmt.Fprintf(&sb, "  %d:%d %q total=%v", r.Line, r.Col, r.Label, r.Total)
			for _, c := range r.Cells {
				fmt.Fprintf(&sb, " | %q", c.Text)
				if c.IsNumber {
					fmt.Fprintf(&sb, "=%g", c.Value)
				}
			}
			sb.WriteString("\n")
		}
	}
	os.Stdout.WriteString(sb.String())
}
