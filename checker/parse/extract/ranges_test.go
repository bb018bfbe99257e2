package extract

import (
	"testing"
)

// wantRange is an expected range: the text it covers (first occurrence at
// or after the previous match), its ends and unit.
type wantRange struct {
	text      string
	low, high float64
	unit      string
}

func TestRanges(t *testing.T) {
	text := "A reduction of approximately 500 to 600 employees.\n" +
		"Savings Of Approximately $60 Million To $70 Million Per Year; savings of $60 million to $70\nmillion per year.\n" +
		"Charges of approximately $20  million to $25  million; a margin between 5% and 10%;\n" +
		"revenue from $1.0 billion to $1.2 billion; costs of $60 to $70 million; terms of 5 to 10 percent;\n" +
		"exercise prices $10 - $20 and 5%–10%; a charge of $70 million to $60 million; 3 through 5 years.\n"
	want := []wantRange{
		{"500 to 600 employees", 500, 600, "employees"},
		{"$60 Million To $70 Million", 60e6, 70e6, "$"},
		{"$60 million to $70\nmillion", 60e6, 70e6, "$"},
		{"$20  million to $25  million", 20e6, 25e6, "$"},
		{"5% and 10%", 5, 10, "%"},
		{"$1.0 billion to $1.2 billion", 1.0e9, 1.2e9, "$"},
		{"$60 to $70 million", 60e6, 70e6, "$"},
		{"5 to 10 percent", 5, 10, "%"},
		{"$10 - $20", 10, 20, "$"},
		{"5%–10%", 5, 10, "%"},
		{"$70 million to $60 million", 70e6, 60e6, "$"},
		{"3 through 5 years", 3, 5, "years"},
	}
	checkRanges(t, text, Ranges(text), want)
}

func TestRangesNotRanges(t *testing.T) {
	for _, text := range []string{
		"Revenue declined $296 million to $795 million in 2004.",
		"The vesting period was reduced for employees from 4 years to 3.5 years.",
		"We increased the program by 50 million shares to 75 million shares.",
		"From 2004 to 2005 the company grew, and from 500 to 600.",
		"Ratios of 5 and 10%, page 5 to 10, Item 7 to 8 and the 5-10% band.",
		"Price range per share   $  43.75 - $28.06   $48-        $43",
		"Between January 5 to February 8, 2005 and 5 shares to 10 employees.",
	} {
		for _, m := range Ranges(text) {
			t.Errorf("Ranges(%q): unexpected %q %+v", text, text[m.Start:m.End], m)
		}
	}
}

func TestRangeAmounts(t *testing.T) {
	text := "approximately 500 to 600 employees and $60 to $70 million"
	checkAmounts(t, text, Amounts(text), []wantAmount{
		{"500", 500, "employees"},
		{"600 employees", 600, "employees"},
		{"$60", 60e6, "$"},
		{"$70 million", 70e6, "$"},
	})
}

func checkRanges(t *testing.T, text string, got []RangeMatch, want []wantRange) {
	t.Helper()
	from := 0
	for i, w := range want {
		start := locate(t, text, &from, w.text)
		wm := RangeMatch{Start: start, End: start + len(w.text), Low: w.low, High: w.high, Unit: w.unit}
		if i >= len(got) {
			t.Errorf("missing range %q: %+v", w.text, wm)
			continue
		}
		if got[i] != wm {
			t.Errorf("range %d = %q %+v, want %q %+v", i, text[got[i].Start:got[i].End], got[i], w.text, wm)
		}
	}
	for _, m := range got[min(len(got), len(want)):] {
		t.Errorf("unexpected range %q %+v", text[m.Start:m.End], m)
	}
}
