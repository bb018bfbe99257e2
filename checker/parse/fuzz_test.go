package parse

import (
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// fuzzCheck parses data and asserts what must hold for any input: no
// panic, and every position inside the file.
func fuzzCheck(t *testing.T, name string, data []byte) {
	src := source.New(name, data)
	f, err := File(src, Options{})
	if err != nil {
		return
	}
	lines := src.LineCount()
	inFile := func(what string, line, col int) {
		if line < 1 || line > lines || col < 1 {
			t.Fatalf("%s at %d:%d outside the file (%d lines)", what, line, col, lines)
		}
	}
	for _, d := range f.Documents {
		checkDoc(d, inFile)
	}
}

func checkDoc(d *model.Document, inFile func(string, int, int)) {
	for _, l := range d.Lines {
		inFile("line", l.N, l.Col)
	}
	for _, h := range d.Headings {
		inFile("heading", h.Line, h.Col)
	}
	for _, e := range d.TOC.Entries {
		inFile("toc entry", e.Line, e.Col)
		inFile("toc page", e.PageLine, e.PageCol)
	}
	for _, tab := range d.Tables {
		for _, r := range tab.Rows {
			inFile("row", r.Line, r.Col)
		}
	}
	for _, x := range d.Xrefs {
		inFile("xref", x.Line, x.Col)
	}
	for _, x := range d.Dates {
		inFile("date", x.Line, x.Col)
	}
}

func FuzzASCII(f *testing.F) {
	f.Add([]byte("PROSPECTUS\n\n  TABLE OF CONTENTS\n<TABLE>\nRISK FACTORS.....2\n</TABLE>\n<PAGE>\n  RISK FACTORS\n\n 2\n"))
	f.Add([]byte("<TABLE>\n<CAPTION>\n  2005  2004\n<S> <C> <C>\nRevenue  $ 1,234  $(1,000)\nTotal  --  (5)\n<PAGE>\n"))
	f.Add([]byte("See \"Risk\nFactors\" on page S-5. Tuesday, February 8, 2005; 500 to 600 employees.\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzCheck(t, "f.txt", data) })
}

func FuzzSGML(f *testing.F) {
	f.Add([]byte("<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE: 8-K\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\nNEWS RELEASE\n</TEXT>\n</DOCUMENT>\n"))
	f.Add([]byte("<DOCUMENT>\n<TYPE>GRAPHIC\n<TEXT>\nbegin 644 a.jpg\nM_]C_\n`\nend\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TEXT>\n<html><p>x"))
	f.Add([]byte("<SUBMISSION>\n<DOCUMENT>\n<TEXT></TEXT></DOCUMENT>\n<DOCUMENT>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzCheck(t, "f.txt", data) })
}
