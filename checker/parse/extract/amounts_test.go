package extract

import (
	"testing"
)

// wantAmount is an expected amount: the text it covers (first occurrence
// at or after the previous match), its value and unit.
type wantAmount struct {
	text  string
	value float64
	unit  string
}

func TestAmounts(t *testing.T) {
	text := "Savings of $60 million. Price $3.28 per share; debt of $1.2 billion and $ 20 million.\n" +
		"4,174,803 Shares of Common Stock and 4,174,803 shares; 1,518,500,000 shares;\n" +
		"about 500 employees, 12.5% and 12.5 percent, 7 per cent, 8 %, par value $.01 per share.\n" +
		"We have 40 stores and 2,000 additional employees in 460,000 square feet; 1,821,194\n" +
		"restricted shares; 300 stock options. Approximately 500 Shares were sold.\n" +
		"A reduction of 500 to 600 employees; costs of $60 to $70 million.\n"
	want := []wantAmount{
		{"$60 million", 60e6, "$"},
		{"$3.28", 3.28, "$"},
		{"$1.2 billion", 1.2e9, "$"},
		{"$ 20 million", 20e6, "$"},
		{"4,174,803 Shares", 4174803, "shares"},
		{"4,174,803 shares", 4174803, "shares"},
		{"1,518,500,000 shares", 1518500000, "shares"},
		{"500 employees", 500, "employees"},
		{"12.5%", 12.5, "%"},
		{"12.5 percent", 12.5, "%"},
		{"7 per cent", 7, "%"},
		{"8 %", 8, "%"},
		{"$.01", 0.01, "$"},
		{"40 stores", 40, "stores"},
		{"2,000 additional employees", 2000, "employees"},
		{"460,000 square feet", 460000, "square feet"},
		{"1,821,194\nrestricted shares", 1821194, "shares"},
		{"300 stock options", 300, "options"},
		{"500 Shares", 500, "shares"},
		{"500", 500, "employees"},
		{"600 employees", 600, "employees"},
		{"$60", 60e6, "$"},
		{"$70 million", 70e6, "$"},
	}
	checkAmounts(t, text, Amounts(text), want)
}

func TestAmountsNotAmounts(t *testing.T) {
	for _, text := range []string{
		"The call is on Tuesday, February 8, 2005, at 10 a.m. Eastern time.",
		`See "Risk Factors" on page 7 of this prospectus. See page 12 for details.`,
		"Item 7 Management's Discussion. Section 11 of the Securities Act. Rule 424(b)(3) applies.",
		"1025 Eldorado Boulevard\nBroomfield, Colorado 80021\nLevel 3 Communications, Inc.",
		"Level 3's network. For fiscal 2004 results, see Form 10-K and 8-A/A filings.",
		"Call 720-888-2502 or (720) 888-1000 by 11:59 p.m. on 8/20/87.",
		"(1) the risks described; (2) any risks; (3) the risks outlined below.",
		"a 23,000-mile broadband network, the Motorola 68000 series, QuickTime 6 includes",
		`<td width="100%"> and width=55% and No. 5 Notes and SFAS No. 133 requires`,
		"Total revenue                  1,234         5,678\nTotal expenses  23  45\nNet income",
		"Code 0000072333 false and 12 January 2005 and 500 and 600 and March 31 results.",
		"In 1999 companies grew; 2005 employees were hired in the year 2005.",
		"See Note No. 5 Notes and Vol. 3 issues.",
		"Contents   23\n  9.6   Stockholders   30\n  9.7 Shares  31\n  500    Shares",
	} {
		if got := Amounts(text); len(got) != 0 {
			for _, m := range got {
				t.Errorf("Amounts(%q): unexpected %q %+v", text, text[m.Start:m.End], m)
			}
		}
	}
}

func checkAmounts(t *testing.T, text string, got []AmountMatch, want []wantAmount) {
	t.Helper()
	from := 0
	for i, w := range want {
		start := locate(t, text, &from, w.text)
		wm := AmountMatch{Start: start, End: start + len(w.text), Value: w.value, Unit: w.unit}
		if i >= len(got) {
			t.Errorf("missing amount %q: %+v", w.text, wm)
			continue
		}
		if got[i] != wm {
			t.Errorf("amount %d = %q %+v, want %q %+v", i, text[got[i].Start:got[i].End], got[i], w.text, wm)
		}
	}
	for _, m := range got[min(len(got), len(want)):] {
		t.Errorf("unexpected amount %q %+v", text[m.Start:m.End], m)
	}
}
