package extract

import (
	"math"
	"strings"
	"testing"
	"time"
)

// The seed corpora live in testdata/fuzz/<FuzzName>/; inputs the fuzzers
// once failed on stay there as regression seeds.

func FuzzParseNumber(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := ParseNumber(s)
		if m, mok := parseMarked(trimSpace(s)); m != n || mok != ok {
			t.Fatalf("ParseNumber(%q) = %+v, %v; the general path says %+v, %v", s, n, ok, m, mok)
		}
		if !ok {
			if n != (Number{}) {
				t.Fatalf("ParseNumber(%q) = %+v with ok=false", s, n)
			}
			return
		}
		if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
			t.Fatalf("ParseNumber(%q) = %+v: not finite", s, n)
		}
		if n.Unit != "" && n.Unit != "$" && n.Unit != "%" {
			t.Fatalf("ParseNumber(%q) = %+v: bad unit", s, n)
		}
		if n.Value < 0 && !n.Negative {
			t.Fatalf("ParseNumber(%q) = %+v: negative value without Negative", s, n)
		}
		for _, marker := range []string{"*", " (1)", "(a)"} {
			if m, ok := ParseNumber(s + marker); !ok || m != n {
				t.Fatalf("ParseNumber(%q) = %+v, %v; ParseNumber(%q) = %+v", s+marker, m, ok, s, n)
			}
		}
	})
}

func FuzzDates(f *testing.F) {
	f.Fuzz(func(t *testing.T, text string) { checkDateInvariants(t, text, Dates(text)) })
}

func FuzzAmounts(f *testing.F) {
	f.Fuzz(func(t *testing.T, text string) {
		checkAmountInvariants(t, text, Amounts(text))
		checkRangeInvariants(t, text, Ranges(text))
	})
}

func FuzzXrefs(f *testing.F) {
	f.Fuzz(func(t *testing.T, text string) { checkXrefInvariants(t, text, Xrefs(text)) })
}

// TestCorpusInvariants runs every scanner over the shared corpus and checks
// what the fuzzers check.
func TestCorpusInvariants(t *testing.T) {
	text := corpusText(t)
	checkDateInvariants(t, text, Dates(text))
	checkAmountInvariants(t, text, Amounts(text))
	checkRangeInvariants(t, text, Ranges(text))
	checkXrefInvariants(t, text, Xrefs(text))
}

func checkDateInvariants(t *testing.T, text string, got []DateMatch) {
	t.Helper()
	last := 0
	for _, m := range got {
		if m.Start < last || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("Dates(%.80q): bad offsets %+v after %d", text, m, last)
		}
		last = m.End
		if m.Year < 1900 || m.Year > 2100 || m.Month < 1 || m.Month > 12 || m.Day < 1 || m.Day > 31 {
			t.Fatalf("Dates(%.80q): out of range %+v", text, m)
		}
		exists := time.Date(m.Year, time.Month(m.Month), m.Day, 12, 0, 0, 0, time.UTC).Day() == m.Day
		if m.Valid != exists {
			t.Fatalf("Dates: %q is %+v, but the day exists: %v", text[m.Start:m.End], m, exists)
		}
		if w := m.StatedWeekday; w != "" && weekdays.m[strings.ToLower(w)] != w {
			t.Fatalf("Dates: %q has bad weekday %+v", text[m.Start:m.End], m)
		}
		if year := text[m.End-4 : m.End]; year != itoa4(m.Year) {
			t.Fatalf("Dates: %q is %+v but ends with %q", text[m.Start:m.End], m, year)
		}
	}
}

func itoa4(n int) string {
	return string([]byte{byte('0' + n/1000), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

func checkAmountInvariants(t *testing.T, text string, got []AmountMatch) {
	t.Helper()
	last := 0
	for _, m := range got {
		if m.Start < last || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("Amounts(%.80q): bad offsets %+v after %d", text, m, last)
		}
		last = m.End
		if math.IsNaN(m.Value) || math.IsInf(m.Value, 0) || m.Value < 0 {
			t.Fatalf("Amounts: %q has bad value %+v", text[m.Start:m.End], m)
		}
		if m.Unit == "" || m.Unit != strings.ToLower(m.Unit) {
			t.Fatalf("Amounts: %q has bad unit %+v", text[m.Start:m.End], m)
		}
	}
}

func checkRangeInvariants(t *testing.T, text string, got []RangeMatch) {
	t.Helper()
	last := 0
	for _, r := range got {
		if r.Start < last || r.Start >= r.End || r.End > len(text) {
			t.Fatalf("Ranges(%.80q): bad offsets %+v after %d", text, r, last)
		}
		last = r.Start + 1
		if math.IsNaN(r.Low) || math.IsNaN(r.High) || math.IsInf(r.Low, 0) || math.IsInf(r.High, 0) || r.Unit == "" {
			t.Fatalf("Ranges: %q is a bad range %+v", text[r.Start:r.End], r)
		}
	}
}

func checkXrefInvariants(t *testing.T, text string, got []XrefMatch) {
	t.Helper()
	last := 0
	for _, m := range got {
		if m.Start < last || m.Start > m.PageStart || m.PageStart >= m.PageEnd || m.PageEnd != m.End || m.End > len(text) {
			t.Fatalf("Xrefs(%.80q): bad offsets %+v after %d", text, m, last)
		}
		last = m.End
		if label, n, ok := PageLabel(text[m.PageStart:m.PageEnd]); !ok || label != m.PageLabel || n != m.Page {
			t.Fatalf("Xrefs: %q is %+v, but PageLabel gives %q, %d, %v", text[m.Start:m.End], m, label, n, ok)
		}
		if m.Target == "" {
			if m.TargetStart != 0 || m.TargetEnd != 0 {
				t.Fatalf("Xrefs: %q has an empty target at %+v", text[m.Start:m.End], m)
			}
			continue
		}
		if m.Start > m.TargetStart || m.TargetStart >= m.TargetEnd || m.TargetEnd > m.PageStart {
			t.Fatalf("Xrefs: %q has bad target offsets %+v", text[m.Start:m.End], m)
		}
		if m.Target != collapseSpace(text[m.TargetStart:m.TargetEnd]) || strings.Contains(m.Target, "  ") {
			t.Fatalf("Xrefs: %q has target %q not matching the text", text[m.Start:m.End], m.Target)
		}
		if n := Norm(m.Target); Norm(n) != n {
			t.Fatalf("Norm(%q) = %q is not idempotent", m.Target, n)
		}
	}
}
