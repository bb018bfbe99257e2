package extract

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want Number
		ok   bool
	}{
		{"1,234", Number{Value: 1234}, true},
		{"(1,234)", Number{Value: -1234, Negative: true}, true},
		{"$ 1,234", Number{Value: 1234, Unit: "$"}, true},
		{"$1,234", Number{Value: 1234, Unit: "$"}, true},
		{"$(1,234)", Number{Value: -1234, Unit: "$", Negative: true}, true},
		{"$ (1,234)", Number{Value: -1234, Unit: "$", Negative: true}, true},
		{"($1,234)", Number{Value: -1234, Unit: "$", Negative: true}, true},
		{"-$1,234", Number{Value: -1234, Unit: "$", Negative: true}, true},
		{"12.5%", Number{Value: 12.5, Unit: "%"}, true},
		{"12.5 %", Number{Value: 12.5, Unit: "%"}, true},
		{"(12.5)%", Number{Value: -12.5, Unit: "%", Negative: true}, true},
		{"(12.5%)", Number{Value: -12.5, Unit: "%", Negative: true}, true},
		{"—", Number{}, true},
		{"-", Number{}, true},
		{"--", Number{}, true},
		{"–", Number{}, true},
		{"-0-", Number{}, true},
		{"$ —", Number{Unit: "$"}, true},
		{"$—", Number{Unit: "$"}, true},
		{"1,234(1)", Number{Value: 1234}, true},
		{"1,234*", Number{Value: 1234}, true},
		{"1,234**", Number{Value: 1234}, true},
		{"1,234 (a)", Number{Value: 1234}, true},
		{"1,234(1)(2)", Number{Value: 1234}, true},
		{"1,234\u2020", Number{Value: 1234}, true},
		{"(1,234)(1)", Number{Value: -1234, Negative: true}, true},
		{"12.5%(1)", Number{Value: 12.5, Unit: "%"}, true},
		{"—(1)", Number{}, true},
		{"---", Number{}, true},
		{"(—)", Number{}, true},
		{"$.01", Number{Value: 0.01, Unit: "$"}, true},
		{"0.5", Number{Value: 0.5}, true},
		{"-1,234", Number{Value: -1234, Negative: true}, true},
		{"\u22121,234", Number{Value: -1234, Negative: true}, true},
		{"1,234.56", Number{Value: 1234.56}, true},
		{"2004", Number{Value: 2004}, true},
		{"(12)", Number{Value: -12, Negative: true}, true},
		{"$(1)", Number{Value: -1, Unit: "$", Negative: true}, true},
		{"  1,518,500,000 ", Number{Value: 1518500000}, true},
		{"\u00a01,234\u00a0", Number{Value: 1234}, true},
		{"0", Number{}, true},
		{"123456789012345678901", Number{Value: 123456789012345678901}, true},

		{"Total", Number{}, false},
		{"N/A", Number{}, false},
		{"n/m", Number{}, false},
		{"8/20/87", Number{}, false},
		{"(1)", Number{}, false},
		{"(2),(3)", Number{}, false},
		{"(a)", Number{}, false},
		{"*", Number{}, false},
		{"", Number{}, false},
		{"   ", Number{}, false},
		{"$", Number{}, false},
		{"%", Number{}, false},
		{"()", Number{}, false},
		{"1.", Number{}, false},
		{"12,34", Number{}, false},
		{"1,2345", Number{}, false},
		{"1 234", Number{}, false},
		{"1e5", Number{}, false},
		{"$$5", Number{}, false},
		{"5%%", Number{}, false},
		{"--5", Number{}, false},
		{"-(5)", Number{}, true}, // a dash with footnote 5
		{"----", Number{}, false},
		{"- -", Number{}, false},
		{"1,234 shares", Number{}, false},
		{"-----", Number{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ParseNumber(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestParseNumberFastPath checks the digits-only path against the
// general one on cells that start and end with a digit.
func TestParseNumberFastPath(t *testing.T) {
	for _, s := range []string{
		"1", "1,234", "1,23", "12,345,678", "1,2345", "007", "1.5", "1.", "1..2", "12.34.5", "1,234.56",
		"1 2", "1-2", "8/20/87", "1,234 1", "2004", " 42 ", "1,234(1)2", "0", "00,000",
		"1234567890123456789012345678901234567890123", "Revenues", "a%", "N/A", "x(1)", "e5",
	} {
		n, ok := ParseNumber(s)
		m, mok := parseMarked(trimSpace(s))
		if n != m || ok != mok {
			t.Errorf("ParseNumber(%q) = %+v, %v; general path %+v, %v", s, n, ok, m, mok)
		}
	}
}

// TestTrimSpace checks trimSpace, which returns most cells as they are
// from a look at their first and last bytes, against a plain trim.
func TestTrimSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "1", " 1", "1 ", "\t1,234\n", "\u00a0", "\u00a01\u00a0", "1\u00a0", "\u00a0 1", "\xc2", "\xa0",
		"\xc21", "1\xa0", "1\xc2", "\xa01", "\xc2\xa0\xc2", "€", " € ", "1 2", "\r\n",
	} {
		want := ""
		if i := skipSpace(s, 0); i < len(s) {
			want = s[i:skipSpaceBack(s, len(s))]
		}
		if got := trimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
