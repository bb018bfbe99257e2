package extract

import "testing"

// The two documents filinglint was first specified from, in the shared
// corpus: a 2005 press release and a 2004 resale prospectus.
const (
	pressRelease = "000_7e4f425a8f456f61.txt"
	prospectus   = "004_9708d75fa602b0ea.txt"
)

func TestSeedPressRelease(t *testing.T) {
	text := seed(t, pressRelease)
	checkDates(t, text, Dates(text), []wantDate{
		{"January 12, 2005", 2005, 1, 12, true, ""},
		{"Tuesday,  February 8,\n2005", 2005, 2, 8, true, "Tuesday"},
		{"February  10, 2005", 2005, 2, 10, true, ""},
	})
	checkRanges(t, text, Ranges(text), []wantRange{
		{"$60 Million To $70 Million", 60e6, 70e6, "$"},
		{"500 to 600  employees", 500, 600, "employees"},
		{"$60 million to $70\nmillion", 60e6, 70e6, "$"},
		{"$20  million to $25  million", 20e6, 25e6, "$"},
	})
	checkAmounts(t, text, Amounts(text), []wantAmount{
		{"$60 Million", 60e6, "$"},
		{"$70 Million", 70e6, "$"},
		{"500", 500, "employees"},
		{"600  employees", 600, "employees"},
		{"$60 million", 60e6, "$"},
		{"$70\nmillion", 70e6, "$"},
		{"$20  million", 20e6, "$"},
		{"$25  million", 25e6, "$"},
	})
	checkXrefs(t, text, Xrefs(text), nil)
}

func TestSeedProspectus(t *testing.T) {
	text := seed(t, prospectus)
	checkXrefs(t, text, Xrefs(text), []wantXref{
		{"on page 3", "", "", "3", 3},
		{"See \"Plan of Distribution\"\non page 7", "Plan of Distribution", "Plan of Distribution", "7", 7},
		{"See \"Risk\nFactors\" on page 2", "Risk\nFactors", "Risk Factors", "2", 2},
	})
	checkAmounts(t, text, Amounts(text), []wantAmount{
		{"4,174,803 Shares", 4174803, "shares"},
		{"4,174,803 shares", 4174803, "shares"},
		{"$3.28", 3.28, "$"},
		{"1%", 1, "%"},
		{"1,518,500,000 shares", 1518500000, "shares"},
		{"1,500,000,000  shares", 1500000000, "shares"},
		{"$.01", 0.01, "$"},
		{"10,000,000  shares", 10000000, "shares"},
		{"$.01", 0.01, "$"},
		{"8,500,000  shares", 8500000, "shares"},
		{"$.01", 0.01, "$"},
		{"678,513,787  shares", 678513787, "shares"},
		{"500,000  shares", 500000, "shares"},
	})
	checkRanges(t, text, Ranges(text), nil)
	dates := Dates(text)
	if len(dates) != 29 {
		t.Errorf("got %d dates in the prospectus, want 29", len(dates))
	}
	checkDates(t, text, dates[:3], []wantDate{
		{"May 20,  2004", 2004, 5, 20, true, ""},
		{"May 26, 2004", 2004, 5, 26, true, ""},
		{"December 31, 2003", 2003, 12, 31, true, ""},
	})
	for _, d := range dates {
		if !d.Valid || d.StatedWeekday != "" {
			t.Errorf("date %q: %+v, want a valid date without weekday", text[d.Start:d.End], d)
		}
	}
}
