package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/filinglint/filinglint/checker/model"
)

// printSummary writes the readable form of `filinglint parse`.
func printSummary(w io.Writer, f *model.File) error {
	p := &errWriter{w: w}
	p.printf("%s: %s, %d document(s), %d attachment(s)\n", f.Path, f.Format, len(f.Documents), len(f.Attachments))
	for _, a := range f.Attachments {
		p.printf("  attachment %d %s %s (%s) at line %d\n", a.Sequence, a.Type, a.Filename, a.Kind, a.Line)
	}
	for _, d := range f.Documents {
		printDocument(p, d)
	}
	return p.err
}

func printDocument(p *errWriter, d *model.Document) {
	p.printf("\ndocument")
	if d.Sequence > 0 {
		p.printf(" %d %s", d.Sequence, d.Filename)
	}
	p.printf(" (lines %d-%d)\n", d.Line, d.EndLine)
	p.printf("  form: %s  families: %s  format: %s\n", orNone(d.Form), orNone(strings.Join(d.Family, ", ")), d.Format)
	if d.Company != "" || d.Filed != "" {
		p.printf("  company: %s  filed: %s\n", orNone(d.Company), orNone(d.Filed))
	}
	p.printf("  pages: %d\n", len(d.Pages))
	for _, pg := range d.Pages {
		p.printf("    [%d] lines %d-%d  printed: %s\n", pg.Index, pg.Line, pg.EndLine, orNone(pg.Label))
	}
	p.printf("  headings: %d\n", len(d.Headings))
	for _, h := range d.Headings {
		p.printf("    %d:%d  L%d  p.%s  %s\n", h.Line, h.Col, h.Level, orNone(h.PageLabel), h.Text)
	}
	if d.TOC.Present {
		p.printf("  table of contents at line %d: %d entries\n", d.TOC.Line, len(d.TOC.Entries))
		for _, e := range d.TOC.Entries {
			p.printf("    %d:%d  %-50s page %s\n", e.Line, e.Col, e.Title, e.PageLabel)
		}
	} else {
		p.printf("  table of contents: none\n")
	}
	p.printf("  tables: %d\n", len(d.Tables))
	for _, t := range d.Tables {
		p.printf("    line %d-%d  p.%s  %d rows x %d value columns  %s\n", t.Line, t.EndLine, orNone(t.PageLabel), len(t.Rows), t.Columns, t.Caption)
	}
	p.printf("  sections: %d  xrefs: %d  dates: %d  amounts: %d  ranges: %d\n",
		len(d.Sections), len(d.Xrefs), len(d.Dates), len(d.Amounts), len(d.Ranges))
	for _, x := range d.Xrefs {
		p.printf("    xref %d:%d  %q page %s\n", x.Line, x.Col, x.Target, x.PageLabel)
	}
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// errWriter remembers the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
