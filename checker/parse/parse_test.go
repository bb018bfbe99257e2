package parse

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
	_ "github.com/filinglint/filinglint/internal/golden" // defines -update
)

func parseBytes(t testing.TB, name string, data []byte) (*model.File, error) {
	t.Helper()
	return File(source.New(name, data), Options{})
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		wantErr    string // "" means it parses
	}{
		{"empty", "a.txt", nil, "empty file"},
		{"blank", "a.txt", []byte("  \n\n\t\n"), "empty file"},
		{"binary", "a.txt", []byte("GIF89a\x00\x01\x02\x00\x00"), "binary file"},
		{"xml", "a.xml", []byte(`<?xml version="1.0"?><ownershipDocument></ownershipDocument>`), "XML document"},
		{"invalid utf-8", "a.txt", []byte("PROSPECTUS\n\nSales rose 5\xe9 \x93as expected\x94.\n"), ""},
		{"truncated sgml", "a.txt", []byte("<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nFORM 10-K\n\nItem 1. Business\n"), ""},
		{"sgml without documents", "a.txt", []byte("<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE: 8-K\n</SEC-HEADER>\n"), ""},
		{"unclosed html", "a.htm", []byte("<html><body><p><b>RISK FACTORS<table><tr><td>$<td>1,234"), ""},
		{"tags only", "a.txt", []byte("<PAGE>\n<TABLE>\n<S> <C>\n</TABLE>\n<PAGE>\n"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := parseBytes(t, tt.file, tt.data)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, ErrNotFiling) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			checkPositions(t, f)
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	f, err := parseBytes(t, "a.txt", []byte("Exhibit 99.1\n\nSales rose 5\xe9 in 2005.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Warnings) == 0 || !strings.Contains(f.Warnings[0], "UTF-8") {
		t.Errorf("warnings = %q, want one about UTF-8", f.Warnings)
	}
	line := f.Documents[0].Lines[2]
	if line.Text != "Sales rose 5\uFFFD in 2005." || line.N != 3 {
		t.Errorf("line = %+v", line)
	}
}

func TestTruncatedSubmission(t *testing.T) {
	data := []byte("<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\nFORM 10-K\n\nItem 1. Business\n")
	f, err := parseBytes(t, "a.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Documents) != 1 || f.Documents[0].Form != "10-K" {
		t.Fatalf("documents = %+v", f.Documents)
	}
	if len(f.Warnings) != 1 || !strings.Contains(f.Warnings[0], "no </DOCUMENT>") {
		t.Errorf("warnings = %q", f.Warnings)
	}
}

// TestGiganticLine parses a 50 MB file of one line: it must finish in
// linear time and produce one line.
func TestGiganticLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	data := bytes.Repeat([]byte("word 1,234 and $5 million to $6 million on March 3, 2005. "), 50<<20/58)
	f, err := parseBytes(t, "big.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(f.Documents[0].Lines); n != 1 {
		t.Errorf("%d lines, want 1", n)
	}
}

func TestSubmissionAttachments(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "examples", "submission.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parseBytes(t, path, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Documents) != 2 || len(f.Attachments) != 1 {
		t.Fatalf("%d documents, %d attachments; want 2, 1", len(f.Documents), len(f.Attachments))
	}
	a := f.Attachments[0]
	if a.Kind != "uuencoded" || a.Filename != "logo.jpg" || a.Sequence != 3 || a.Type != "GRAPHIC" {
		t.Errorf("attachment = %+v", a)
	}
	d := f.Documents[1]
	if d.Form != "EX-99.1" || d.Sequence != 2 || d.Company != "ACME WIDGET HOLDINGS INC" || d.Filed != "2005-03-01" {
		t.Errorf("document 2 = form %q seq %d company %q filed %q", d.Form, d.Sequence, d.Company, d.Filed)
	}
	if d.Submission.DocumentCount != 3 || len(d.Submission.Documents) != 3 {
		t.Errorf("submission = %+v", d.Submission)
	}
	// Positions stay in the submission's coordinates.
	for _, l := range d.Lines {
		if got := string(source.New("", data).Line(l.N)); !strings.Contains(got, firstWord(l.Text)) {
			t.Errorf("line %d: %q is not in source line %q", l.N, l.Text, got)
		}
	}
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return strings.Trim(f[0], "&;")
	}
	return ""
}

// checkPositions asserts that every located element points inside the file.
func checkPositions(t *testing.T, f *model.File) {
	t.Helper()
	for _, d := range f.Documents {
		for _, l := range d.Lines {
			if l.N < 1 || l.Col < 1 {
				t.Errorf("line %+v has no position", l)
			}
		}
		for _, h := range d.Headings {
			if h.Line < 1 || h.Col < 1 || h.EndLine < h.Line {
				t.Errorf("heading %+v has a bad position", h)
			}
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file string
		data       string
		want       Kind
	}{
		{"ascii", "a.txt", "PROSPECTUS\n<PAGE>\n", KindASCII},
		{"ascii table tags", "a.txt", "<TABLE>\n<S>  <C>\nRevenue  1\n</TABLE>\n", KindASCII},
		{"submission", "a.txt", "<SEC-DOCUMENT>x\n", KindSubmission},
		{"pem wrapped", "a.txt", "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n\n<SEC-DOCUMENT>\n", KindSubmission},
		{"bare document", "a.txt", "<DOCUMENT>\n<TYPE>8-K\n", KindSubmission},
		{"html", "a.txt", "<!DOCTYPE html><html><body><p>x</p>", KindHTML},
		{"html by extension", "a.htm", "<p>Risk<br>Factors</p>", KindHTML},
		{"htm without tags", "a.htm", "PROSPECTUS\n", KindASCII},
		{"wrapped ascii", "a.html", "<html><body><div>\n  FORM 20-F\n<S> <C>\n<S> <C>\n<PAGE>\n<PAGE>\n", KindASCII},
		{"xml", "a.xml", "<?xml version=\"1.0\"?><edgarSubmission/>", KindXML},
		{"xhtml", "a.htm", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>", KindHTML},
		{"binary", "a.txt", "\x89PNG\r\n\x1a\n\x00", KindBinary},
		{"empty", "a.txt", " \n\t", KindEmpty},
	}
	for _, tt := range tests {
		if got := Detect(tt.file, []byte(tt.data)); got != tt.want {
			t.Errorf("%s: Detect = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFooterLabel(t *testing.T) {
	tests := []struct {
		in    string
		label string
		ok    bool
	}{
		{"4", "4", true},
		{"- 4 -", "4", true},
		{"S-5", "S-5", true},
		{"13  | 2023 Form 10-K", "13", true},
		{"2023 Form 10-K |  14", "14", true},
		{"Acme Corp.        F-3", "F-3", true},
		{"2023 Form 10-K", "", false},
		{"We expect revenue of 5", "", false},
		{"Table of Contents | Financial Statements | Notes to the Consolidated Financial Statements | 45", "", false},
	}
	for _, tt := range tests {
		label, _, ok := footerLabel(tt.in)
		if label != tt.label || ok != tt.ok {
			t.Errorf("footerLabel(%q) = %q, %v; want %q, %v", tt.in, label, ok, tt.label, tt.ok)
		}
	}
}

func TestPageTagWithText(t *testing.T) {
	data := "Cover text\n\n<PAGE>   1\nFirst page\n\n                  -2-<PAGE>\nSecond page\n\n    3\n"
	f, err := parseBytes(t, "a.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	d := f.Documents[0]
	var labels []string
	for _, p := range d.Pages {
		labels = append(labels, p.Label)
	}
	if !equalStrings(labels, []string{"", "2", "3"}) {
		t.Errorf("page labels = %q, want [\"\" 2 3]", labels)
	}
}

func TestTwoSubmissionsInOneFile(t *testing.T) {
	one := "<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\nFORM 8-K\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
	f, err := parseBytes(t, "a.txt", []byte(one+one))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Documents) != 1 || len(f.Warnings) != 1 || !strings.Contains(f.Warnings[0], "10:1: the file holds another submission") {
		t.Errorf("%d documents, warnings %q", len(f.Documents), f.Warnings)
	}
}

func TestASCIITableDotLeaders(t *testing.T) {
	data := "<TABLE>\n<S>                    <C>        <C>\nRevenue..........   $ 10,000   $ 9,000\nCosts............ $ (1,030)   $ (900)\nTotal............ $ 8,970    $ 8,100\n</TABLE>\n"
	f, err := parseBytes(t, "a.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	tab := f.Documents[0].Tables[0]
	var got []string
	for _, r := range tab.Rows {
		got = append(got, fmt.Sprintf("%s=%v/%v", r.Label, r.Cells[0].Value, r.Cells[1].Value))
	}
	want := []string{"Revenue=10000/9000", "Costs=-1030/-900", "Total=8970/8100"}
	if !equalStrings(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
}

func TestHeadingKinds(t *testing.T) {
	data := "ANNUAL REPORT\n\nItem 1. Business......................1\n\n" +
		"ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF EQUITY SECURITIES\n\nText.\n"
	f, err := parseBytes(t, "a.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range f.Documents[0].Headings {
		got = append(got, h.Norm)
	}
	want := []string{"annual report", "item 5 market for registrants common equity related stockholder matters and issuer purchases of equity securities"}
	if !equalStrings(got, want) {
		t.Errorf("headings = %q, want %q", got, want)
	}
}

func TestCountEDGARMarks(t *testing.T) {
	data := []byte("<html><body><PAGE>\n<S> <C>\n<s>x<CAPTION><C><PAGE")
	if got := countEDGARMarks(data, 10); got != 4 {
		t.Errorf("countEDGARMarks = %d, want 4", got)
	}
	if got := countEDGARMarks(data, 2); got != 2 {
		t.Errorf("countEDGARMarks with limit 2 = %d, want 2", got)
	}
}
