package extract

import "strings"

// Number is a number as EDGAR writes it. Value carries the sign; Unit is
// "$", "%" or ""; Negative records a minus sign or enclosing parentheses.
type Number struct {
	Value    float64
	Unit     string
	Negative bool
}

// ParseNumber parses one table cell or token: "1,234", "(1,234)" (-1234),
// "$ 1,234", "$(1,234)", "12.5%", "(12.5)%", "$.01", "-1,234", "1,234.56".
// A dash alone ("—", "-", "--", "–", "-0-") is zero. Footnote markers after
// the number ("1,234(1)", "1,234*", "1,234 (a)") are dropped. It returns
// ok=false for anything else: words, "N/A", dates such as "8/20/87", and a
// lone footnote marker such as "(1)" or "(2),(3)".
func ParseNumber(s string) (Number, bool) {
	s = trimSpace(s)
	if s != "" && isLetter(s[0]) {
		return Number{}, false // a word: no sign, unit or digit starts it
	}
	if s != "" && isDigit(s[0]) && isDigit(s[len(s)-1]) {
		// Most cells: no sign, unit, dash or footnote can start or end
		// them, so what parseMarked would do comes down to reading the
		// digits.
		var d decimal
		if decimalAt(s, 0, &d) && d.end == len(s) {
			return Number{Value: d.value(s)}, true
		}
		return Number{}, false
	}
	return parseMarked(s)
}

// parseMarked is ParseNumber for trimmed text, reading signs, units,
// dashes and footnote markers.
func parseMarked(s string) (Number, bool) {
	for {
		if n, ok := parsePlain(s); ok {
			return n, true
		}
		rest, ok := cutFootnote(s)
		if rest = trimSpace(rest); !ok || rest == "" {
			return Number{}, false
		}
		s = rest
	}
}

// parsePlain parses a number without footnote markers.
func parsePlain(s string) (Number, bool) {
	if s == "" {
		return Number{}, false
	}
	if isDash(s) {
		return Number{}, true
	}
	var n Number
	paren, minus := false, false
peel:
	for {
		switch m := minusLen(s); {
		case n.Unit == "" && s[0] == '$':
			n.Unit, s = "$", trimSpace(s[1:])
		case n.Unit == "" && s[len(s)-1] == '%':
			n.Unit, s = "%", trimSpace(s[:len(s)-1])
		case !n.Negative && len(s) > 1 && s[0] == '(' && s[len(s)-1] == ')':
			n.Negative, paren, s = true, true, trimSpace(s[1:len(s)-1])
		case !n.Negative && m > 0 && m < len(s):
			n.Negative, minus, s = true, true, trimSpace(s[m:])
		default:
			break peel
		}
		if s == "" {
			return Number{}, false
		}
	}
	if isDash(s) {
		return Number{Unit: n.Unit}, !minus
	}
	var d decimal
	if !decimalAt(s, 0, &d) || d.end != len(s) {
		return Number{}, false
	}
	if paren && n.Unit == "" && len(s) == 1 {
		return Number{}, false // "(1)" is a footnote marker
	}
	n.Value = d.value(s)
	if n.Negative {
		n.Value = -n.Value
	}
	return n, true
}

// minusLen returns the width of a minus sign at the start of s: "-", the
// minus sign U+2212 or an en dash; 0 if s does not start with one.
func minusLen(s string) int {
	switch {
	case strings.HasPrefix(s, "-"):
		return 1
	case strings.HasPrefix(s, "\u2212"), strings.HasPrefix(s, "\u2013"):
		return 3
	}
	return 0
}

// isDash reports whether s is a dash that stands for zero in a table: one
// to three hyphens or en, em, figure or horizontal-bar dashes, or "-0-".
// Longer runs are the rules under a column.
func isDash(s string) bool {
	if s == "-0-" {
		return true
	}
	n := 0
	for _, r := range s {
		switch r {
		case '-', '\u2010', '\u2012', '\u2013', '\u2014', '\u2015':
			n++
		default:
			return false
		}
	}
	return n > 0 && n <= 3
}

// cutFootnote removes one footnote marker from the end of s: "(1)", "(a)",
// "[2]", "*", "†" or "‡".
func cutFootnote(s string) (string, bool) {
	for _, m := range []string{"*", "\u2020", "\u2021"} {
		if strings.HasSuffix(s, m) {
			return s[:len(s)-len(m)], true
		}
	}
	if s == "" {
		return s, false
	}
	var open byte
	switch s[len(s)-1] {
	case ')':
		open = '('
	case ']':
		open = '['
	default:
		return s, false
	}
	j := strings.LastIndexByte(s, open)
	if j < 0 {
		return s, false
	}
	inner := s[j+1 : len(s)-1]
	if len(inner) == 0 || len(inner) > 2 {
		return s, false
	}
	digits, letters := 0, 0
	for i := 0; i < len(inner); i++ {
		switch {
		case isDigit(inner[i]):
			digits++
		case isLetter(inner[i]):
			letters++
		}
	}
	if digits != len(inner) && letters != len(inner) {
		return s, false
	}
	return s[:j], true
}
