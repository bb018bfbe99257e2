package extract

import "strings"

// RangeMatch is a range of amounts: "500 to 600 employees", "$60 million to
// $70 million", "between 5% and 10%". Start is where the low end starts and
// End where the high end ends; Unit is the unit of the high end.
type RangeMatch struct {
	Start, End int
	Low, High  float64
	Unit       string
}

// Ranges finds ranges of amounts: a low end, "to" or "through" (or "and"
// after "between"), and a high end that is an amount ("$60 Million To $70
// Million", "from $1.0 billion to $1.2 billion", "500 to 600 employees",
// "5 to 10 percent"). The low end is an amount of the same unit or a bare
// number, which takes the unit of the high end and, when it is below 1000,
// its scale ("$60 to $70 million"). Low is not required to be below High,
// so a rule can find ranges written backwards, but changes are not ranges:
// "declined $296 million to $795 million", "from 10 years to 7 years".
// Dash ranges count only when both ends carry the same explicit unit and
// ascend ("$60-$70", "5% – 10%"); price tables write "high - low".
func Ranges(text string) []RangeMatch {
	return scan(text, wantRanges).Ranges
}

// rangeHigh reads into b the high end of a range whose low end is a.
func rangeHigh(text string, a, b *amount) bool {
	if rangeWord(text, a, b) {
		return true
	}
	return (a.unit == "$" || a.unit == "%") && rangeDash(text, a, b)
}

// rangeWord reads "to", "through" or, after "between", "and", then the
// high end.
func rangeWord(text string, a, b *amount) bool {
	k, we := a.next, a.nextEnd
	if a.unit != "" {
		var ok bool
		if k, we, ok = wordAfter(text, a.end); !ok {
			return false
		}
	}
	if k < 0 || we-k > 7 {
		return false
	}
	switch {
	case isWord(text, k, we, "to"), isWord(text, k, we, "through"):
	case isWord(text, k, we, "and"):
		ps, pe := prevWord(text, a.start)
		if !isWord(text, ps, pe, "between") {
			return false
		}
	default:
		return false
	}
	j := skipSpace(text, we)
	if j == we || j-we > maxGap || j >= len(text) || !startsAmount[text[j]] {
		return false
	}
	return highEnd(text, a, b, j) && !isChange(text, a, b)
}

// rangeDash reads a dash and a high end with the same explicit unit as a:
// "$60-$70", "5% – 10%".
func rangeDash(text string, a, b *amount) bool {
	j := a.end
	for j < len(text) && j-a.end < 3 && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	switch rest := text[j:]; {
	case strings.HasPrefix(rest, "-"):
		j++
	case strings.HasPrefix(rest, "\u2013"), strings.HasPrefix(rest, "\u2014"):
		j += 3
	default:
		return false
	}
	for k := j; j < len(text) && j-k < 3 && (text[j] == ' ' || text[j] == '\t'); {
		j++
	}
	if j >= len(text) || (a.unit == "$") != (text[j] == '$') || !startsAmount[text[j]] || !highEnd(text, a, b, j) {
		return false
	}
	// price tables write "high - low": a dash pair in descending order is
	// not a range
	low := *a
	lowEnd(text, &low, b)
	return low.value(text) <= b.value(text)
}

// highEnd reads into b the high end of a range at text[j] and checks that
// its unit agrees with the low end a.
func highEnd(text string, a, b *amount, j int) bool {
	return amountAt(text, j, b) && b.unit != "" && (a.unit == "" || a.sameUnit(b)) && quantity(text, b)
}

// lowEnd gives the low end a of a range the unit of its high end b, and
// b's scale when a has none and is below 1000 ("$60 to $70 million").
func lowEnd(text string, a, b *amount) {
	if a.unit == "" {
		a.unit, a.area = b.unit, b.area
	}
	if a.scale == 1 && b.scale != 1 && !a.num.grouped && a.num.value(text) < 1000 {
		a.scale = b.scale
	}
}
