package extract

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// wantSum is an expected stated sum: the total as written, its value and
// unit, the parts, and whether it is an "of which" subset.
type wantSum struct {
	total  string
	value  float64
	unit   string
	parts  []float64
	subset bool
}

func checkSums(t *testing.T, text string, got []SumMatch, want []wantSum) {
	t.Helper()
	if len(got) != len(want) {
		for _, m := range got {
			t.Logf("got %q %v %s %v", text[m.Start:m.TotalEnd], m.Total, m.Unit, m.Parts)
		}
		t.Fatalf("got %d sums, want %d", len(got), len(want))
	}
	for i, w := range want {
		m := got[i]
		if s := text[m.Start:m.TotalEnd]; s != w.total || m.Total != w.value || m.Unit != w.unit ||
			!reflect.DeepEqual(m.Parts, w.parts) || m.Subset != w.subset {
			t.Errorf("sum %d = %q %v %q %v subset=%v, want %q %v %q %v subset=%v",
				i, s, m.Total, m.Unit, m.Parts, m.Subset, w.total, w.value, w.unit, w.parts, w.subset)
		}
		if m.End <= m.TotalEnd {
			t.Errorf("sum %d ends at %d, before its total ends (%d)", i, m.End, m.TotalEnd)
		}
	}
}

func TestSums(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantSum
	}{{
		name: "parts enumerated in the next sentence",
		text: "As of April 5, 2004, our authorized capital stock was 1,518,500,000 shares.\n" +
			"Those shares consisted of: (a)  1,500,000,000  shares of Common Stock, par value\n" +
			"$.01 per share;  (b) 10,000,000  shares of Preferred Stock, par value $.01 per\n" +
			"share; and (c) 8,500,000  shares of Class R Convertible  Common Stock, par value\n" +
			"$.01 per share. As of April 5,  2004, there were  678,513,787  shares of Common\n",
		want: []wantSum{{"1,518,500,000 shares", 1518500000, "shares", []float64{1.5e9, 1e7, 8.5e6}, false}},
	}, {
		name: "dollars with a final and",
		text: "The $508 million of restructuring charges consisted of $298 million of employee termination " +
			"benefits for approximately 5,200 employees, $136 million of asset write-downs and $74 million " +
			"of other expenses. Another $20 million was recorded in 2002.",
		want: []wantSum{{"$508 million", 508e6, "$", []float64{298e6, 136e6, 74e6}, false}},
	}, {
		name: "offset parts are negative",
		text: "The $41 million of settlement income in 2003 consisted of $57 million of income from a " +
			"litigation settlement and the reimbursement of patent defense costs partially offset by " +
			"$16 million of litigation expenses.",
		want: []wantSum{{"$41 million", 41e6, "$", []float64{57e6, -16e6}, false}},
	}, {
		name: "the list ends at the part after and",
		text: "It recorded $320 million, consisting of $300 million that was disclosed by the Company " +
			"and an additional $20 million, $25 million related to reserves for anti-trust litigation.",
		want: []wantSum{{"$320 million", 320e6, "$", []float64{300e6, 20e6}, false}},
	}, {
		name: "comprising and of which",
		text: "We had 130,648,426 shares of preferred stock outstanding, comprising 62,389,791 shares of " +
			"Series A and 68,258,635 shares of Series B. Our charter authorizes 2,200,000,000 shares of " +
			"capital stock, of which: • 2,000,000,000 shares are designated as common stock, and " +
			"• 200,000,000 shares are designated as preferred stock.",
		want: []wantSum{
			{"130,648,426 shares", 130648426, "shares", []float64{62389791, 68258635}, false},
			{"2,200,000,000 shares", 2.2e9, "shares", []float64{2e9, 2e8}, true},
		},
	}, {
		name: "a noun a few words after the number",
		text: "The 3,000,000 shares offered consist of 2,000,000 Class A shares and 1,000,000 Class B shares.",
		want: []wantSum{{"3,000,000 shares", 3e6, "shares", []float64{2e6, 1e6}, false}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSums(t, tt.text, Sums(tt.text), tt.want)
		})
	}
}

func TestSumsNotSums(t *testing.T) {
	for _, text := range []string{
		// hedged: the parts are only some of the total
		"The $11 million charge primarily consisted of accelerated depreciation of $6 million and $2 million of other costs.",
		"Revenue of $90 million consisted primarily of $50 million of product sales and $30 million of services.",
		"The $439 million consisting in part of $101 million for stores and $338 million for facilities.",
		// one part only
		"Cash used was $56 million, consisting of net proceeds of $66 million from the issuance of stock.",
		"We have 185,000,000 shares authorized, of which 27,061,589 shares are outstanding.",
		// comparisons and respectively
		"Charges were $5.0 billion and $3.0 billion in 2025 and 2024, respectively, which consisted of $3.0 billion and $2.0 billion of debt.",
		"We have 210,000,000 shares authorized, of which 1,026,057 and 1,030,576 shares were issued at December 31, 2023 and 2022, respectively.",
		"Other income of $12 million consisted of $7 million in 2004 compared to $5 million in 2003.",
		// a signed part
		"Cash used in operating activities was $3.0 billion and consisted of net loss of $3.6 billion and non-cash adjustments of $635 million, plus a change in working capital of $78 million.",
		// two totals before the cue
		"Revenue rose $5 million to $20 million, which consisted of $12 million of A and $8 million of B.",
		// a table's rows, not prose
		"Other assets consisted of the following: Prepaid services $173 $182 Down payments 106 168 Tax $72 $19",
		"The $900 million consisted of $400 million $300 million $200 million",
		// rates and other units
		"The 1,000,000 units consisting of 1,000,000 shares and 500,000 warrants were sold.",
		"The $10,000 fee consisted of $5.00 per share and $2.00 per warrant.",
		// quantifiers before of which
		"We issued 3,000,000 shares, each of which carries 1 vote, and 2,000,000 warrants, all of which 1,000,000 shares and 500,000 shares.",
		// a sentence ends between the cue and the parts
		"The board consists of seven directors. In 2004 we sold 1,000 shares and 2,000 shares.",
	} {
		if got := Sums(text); len(got) != 0 {
			m := got[0]
			t.Errorf("%q: got %q %v %v", text, text[m.Start:m.TotalEnd], m.Total, m.Parts)
		}
	}
}

func TestSeedProspectusSums(t *testing.T) {
	text := seed(t, prospectus)
	checkSums(t, text, Sums(text), []wantSum{
		{"1,518,500,000 shares", 1518500000, "shares", []float64{1.5e9, 1e7, 8.5e6}, false},
	})
	text = seed(t, pressRelease)
	checkSums(t, text, Sums(text), nil)
}

// TestSumsCorpus prints every stated sum of the corpus with
// FILINGLINT_SUMS=1, for reading.
func TestSumsCorpus(t *testing.T) {
	if os.Getenv("FILINGLINT_SUMS") == "" {
		t.Skip("set FILINGLINT_SUMS=1 to print the corpus's stated sums")
	}
	text := corpusText(t)
	for _, m := range Sums(text) {
		sum := 0.0
		for _, p := range m.Parts {
			sum += p
		}
		fmt.Printf("%v %v %v %v\n    %s\n", m.Total, sum, m.Parts, m.Subset,
			strings.Join(strings.Fields(text[m.Start:m.End]), " "))
	}
}

// FuzzSums checks that Sums never panics and that every statement it
// reports lies in the text, its total first.
func FuzzSums(f *testing.F) {
	for _, s := range []string{
		"authorized capital stock was 1,518,500,000 shares. Those shares consisted of: (a) 1,500,000,000 shares; (b) 10,000,000 shares; and (c) 8,500,000 shares.",
		"The $41 million consisted of $57 million of income, partially offset by $16 million.",
		"$600 million, of which $354 million related to leases and $246 million to other",
		"consisting of", "$1 consisted of $", "1, of which 2 shares and 3 shares",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range Sums(text) {
			if m.Start < 0 || m.Start >= m.TotalEnd || m.TotalEnd > m.End || m.End > len(text) || len(m.Parts) < 2 {
				t.Fatalf("bad sum %+v in %q", m, text)
			}
		}
	})
}
