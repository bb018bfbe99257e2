package parse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// corpusDir is the shared corpus of real filings beside the project.
const corpusDir = "../../../shared/corpus"

// seedDoc parses one of the seeds, skipping when the corpus is absent.
func seedDoc(t *testing.T, name string) *model.Document {
	t.Helper()
	path := filepath.Join(corpusDir, "seeds", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("corpus not available (%v): the seed tests need ../shared/corpus beside the project", err)
	}
	f, err := File(source.New(path, data), Options{})
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	if len(f.Documents) != 1 {
		t.Fatalf("%s: %d documents, want 1", name, len(f.Documents))
	}
	return f.Documents[0]
}

func TestSeedProspectus(t *testing.T) {
	doc := seedDoc(t, "004_9708d75fa602b0ea.txt")
	if !contains(doc.Family, FamilyProspectus) {
		t.Errorf("family = %v, want prospectus", doc.Family)
	}
	// An unnumbered cover, an unnumbered TOC page, then pages 2–8.
	var labels []string
	for _, p := range doc.Pages {
		labels = append(labels, p.Label)
	}
	wantLabels := []string{"", "", "2", "3", "4", "5", "6", "7", "8"}
	if !equalStrings(labels, wantLabels) {
		t.Errorf("page labels = %q, want %q", labels, wantLabels)
	}
	// Twelve TOC entries, each matched to a body heading on the page it states.
	if !doc.TOC.Present || len(doc.TOC.Entries) != 12 {
		t.Fatalf("toc: present=%v entries=%d, want 12", doc.TOC.Present, len(doc.TOC.Entries))
	}
	for _, e := range doc.TOC.Entries {
		h := headingByNorm(doc, e.Norm)
		if h == nil {
			t.Errorf("toc entry %q (line %d): no heading", e.Title, e.Line)
			continue
		}
		if h.PageLabel != e.PageLabel {
			t.Errorf("toc entry %q says page %s, heading at line %d is on page %s", e.Title, e.PageLabel, h.Line, h.PageLabel)
		}
	}
	for _, sub := range []string{"common stock", "preferred stock", "anti takeover provisions"} {
		if headingByNorm(doc, sub) == nil {
			t.Errorf("sub-heading %q not found", sub)
		}
	}
	// The selling stockholders table: 59 holders, offered column = 4,174,803.
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables, want 1", len(doc.Tables))
	}
	tab := doc.Tables[0]
	if len(tab.Rows) != 59 || tab.Columns != 3 {
		t.Fatalf("table: %d rows x %d columns, want 59 x 3", len(tab.Rows), tab.Columns)
	}
	var offered float64
	for _, r := range tab.Rows {
		offered += r.Cells[1].Value
	}
	if offered != 4174803 {
		t.Errorf("offered column sums to %v, want 4174803", offered)
	}
	if got := tab.Rows[9].Label; got != "David Arthur Norman & Mamie Ruth Norman, Trustees of Norman Family Revocable Trust U/A dated 8/20/87" {
		t.Errorf("wrapped label = %q", got)
	}
	if got := tab.Header[2]; got != "Shares Being Offered (2)" {
		t.Errorf("header[2] = %q", got)
	}
	// The cover's cross references.
	want := map[string]string{"risk factors": "2", "plan of distribution": "7"}
	for _, x := range doc.Xrefs {
		if p, ok := want[x.Norm]; ok && p == x.PageLabel {
			delete(want, x.Norm)
		}
	}
	if len(want) > 0 {
		t.Errorf("xrefs not found: %v (got %+v)", want, doc.Xrefs)
	}
	// "1,518,500,000 shares … (a) 1,500,000,000 … (b) 10,000,000 … (c) 8,500,000".
	for _, v := range []float64{1518500000, 1500000000, 10000000, 8500000, 4174803} {
		if !hasAmount(doc, v, "shares") {
			t.Errorf("amount %v shares not found", v)
		}
	}
}

func TestSeedPressRelease(t *testing.T) {
	doc := seedDoc(t, "000_7e4f425a8f456f61.txt")
	if doc.Form != "EX-99.1" || !equalStrings(doc.Family, []string{FamilyPressRelease}) {
		t.Errorf("form %q family %v, want EX-99.1 [press-release]", doc.Form, doc.Family)
	}
	var stated *model.Date
	for i, d := range doc.Dates {
		if d.StatedWeekday != "" {
			stated = &doc.Dates[i]
		}
	}
	if stated == nil || stated.Date != "2005-02-08" || stated.StatedWeekday != "Tuesday" || stated.Weekday != "Tuesday" || stated.Line != 57 {
		t.Errorf("stated date = %+v, want Tuesday 2005-02-08 at line 57", stated)
	}
	ranges := map[[2]float64]bool{{500, 600}: false, {60e6, 70e6}: false, {20e6, 25e6}: false}
	for _, r := range doc.Ranges {
		k := [2]float64{r.Low, r.High}
		if _, ok := ranges[k]; ok {
			ranges[k] = true
		}
	}
	for k, found := range ranges {
		if !found {
			t.Errorf("range %v not found", k)
		}
	}
	if headingByNorm(doc, "forward looking statement") == nil {
		t.Errorf("forward-looking statement heading not found in %+v", doc.Headings)
	}
}

func headingByNorm(doc *model.Document, norm string) *model.Heading {
	for i := range doc.Headings {
		if doc.Headings[i].Norm == norm {
			return &doc.Headings[i]
		}
	}
	return nil
}

func hasAmount(doc *model.Document, v float64, unit string) bool {
	for _, a := range doc.Amounts {
		if a.Value == v && a.Unit == unit {
			return true
		}
	}
	return false
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
