package extract

import (
	"testing"
)

// wantDate is an expected date: the text it covers (first occurrence at
// or after the previous match) and its fields.
type wantDate struct {
	text             string
	year, month, day int
	valid            bool
	weekday          string
}

func TestDates(t *testing.T) {
	text := "On January 12, 2005 we met. The call is on Tuesday,  February 8,\n2005, at 10 a.m.\n" +
		"Dated Jan. 12, 2005 and Sept. 30, 2004; signed 12 January 2005 for December 31, 2003.\n" +
		"Held Tuesday February 8, 2005 and Wednesday,\nMarch 2, 2005 and TUESDAY, FEBRUARY 8, 2005.\n" +
		"Bad: February 30, 2005, April 31, 2004 and February 29, 2005; leap: February 29, 2004.\n" +
		"Also January 12th, 2005, Jan 1 2005 and Tuesday, February 9, 2005.\n" +
		"Not dates: January 2005, March 31 results, January 32, 2005, January 0, 2005, you may 5, 2005,\n" +
		"March 31, 1899, March 31, 2101, March 31, 20055, FY2005, Mayor 5, 2005, March. 5, 2005,\n" +
		"5/12/2005, Item 12, 2005, Form 10-K 12, 2005, Dec.31, 2004, Sunday sales, 31 Dec 2004."
	want := []wantDate{
		{"January 12, 2005", 2005, 1, 12, true, ""},
		{"Tuesday,  February 8,\n2005", 2005, 2, 8, true, "Tuesday"},
		{"Jan. 12, 2005", 2005, 1, 12, true, ""},
		{"Sept. 30, 2004", 2004, 9, 30, true, ""},
		{"12 January 2005", 2005, 1, 12, true, ""},
		{"December 31, 2003", 2003, 12, 31, true, ""},
		{"Tuesday February 8, 2005", 2005, 2, 8, true, "Tuesday"},
		{"Wednesday,\nMarch 2, 2005", 2005, 3, 2, true, "Wednesday"},
		{"TUESDAY, FEBRUARY 8, 2005", 2005, 2, 8, true, "Tuesday"},
		{"February 30, 2005", 2005, 2, 30, false, ""},
		{"April 31, 2004", 2004, 4, 31, false, ""},
		{"February 29, 2005", 2005, 2, 29, false, ""},
		{"February 29, 2004", 2004, 2, 29, true, ""},
		{"January 12th, 2005", 2005, 1, 12, true, ""},
		{"Jan 1 2005", 2005, 1, 1, true, ""},
		{"Tuesday, February 9, 2005", 2005, 2, 9, true, "Tuesday"},
		{"31 Dec 2004", 2004, 12, 31, true, ""},
	}
	checkDates(t, text, Dates(text), want)
}

func checkDates(t *testing.T, text string, got []DateMatch, want []wantDate) {
	t.Helper()
	from := 0
	for i, w := range want {
		start := locate(t, text, &from, w.text)
		wm := DateMatch{Start: start, End: start + len(w.text), Year: w.year, Month: w.month, Day: w.day, Valid: w.valid, StatedWeekday: w.weekday}
		if i >= len(got) {
			t.Errorf("missing date %q: %+v", w.text, wm)
			continue
		}
		if got[i] != wm {
			t.Errorf("date %d = %q %+v, want %q %+v", i, text[got[i].Start:got[i].End], got[i], w.text, wm)
		}
	}
	for _, m := range got[min(len(got), len(want)):] {
		t.Errorf("unexpected date %q %+v", text[m.Start:m.End], m)
	}
}

func TestDatesEdges(t *testing.T) {
	for _, text := range []string{"", "2005", " 2005", "May 2005", "12, 2005", "January 12,", "1 2005", "Jan", "January 1"} {
		if got := Dates(text); len(got) != 0 {
			t.Errorf("Dates(%q) = %+v, want none", text, got)
		}
	}
	text := "June 1, 2001"
	checkDates(t, text, Dates(text), []wantDate{{"June 1, 2001", 2001, 6, 1, true, ""}})
}
