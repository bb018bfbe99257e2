package extract

import "strings"

// AmountMatch is a number with a unit or a noun: "$60 million" (60000000,
// "$"), "$3.28" (3.28, "$"), "4,174,803 Shares" (4174803, "shares"), "12.5
// percent" (12.5, "%").
type AmountMatch struct {
	Start, End int
	Value      float64
	Unit       string
}

// Amounts finds the amounts in text: dollar amounts with an optional scale
// word ("$1.2 billion", "$ 20 million"), percentages ("12.5%", "12.5
// percent") and counts, a number followed by the noun it counts, lower-cased
// as the unit ("500 employees", "1,518,500,000 shares", "2,000 additional
// employees", "460,000 square feet"). Numbers in dates ("February 8,
// 2005"), references ("page 7", "Item 7", "Section 11"), years, addresses
// and names ("1025 Eldorado Boulevard", "Level 3 Communications") are not
// amounts. The low end of a range takes the unit and scale of the high
// end: "500 to 600 employees" gives 500 and 600 employees, "$60 to $70
// million" gives $60 million and $70 million.
func Amounts(text string) []AmountMatch {
	return scan(text, wantAmounts).Amounts
}

// maxGap is the most white space allowed between a number and the word
// that follows it; justified ASCII text spreads words over runs of spaces.
const maxGap = 12

// amount is a number read from text with the unit or noun that follows it.
type amount struct {
	start, end    int     // the whole amount: "$60 million", "500 employees"
	num           decimal // the number itself
	scale         float64 // the factor of a scale word, 1 without one
	unit          string  // "$", "%", the noun as written, or "" for a bare number
	area          bool    // the noun followed "square": "square feet"
	next, nextEnd int     // the word after a bare number; next < 0 when none
}

// reset makes a the bare number starting at i that amountAt reads into.
// It sets the fields one by one: assigning a whole amount, which holds a
// string, would clear it through the write barrier's bulk path whenever
// the collector runs, which costs more than the scanners' work on a
// number.
func (a *amount) reset(i int) {
	a.start, a.end, a.num, a.scale = i, i+1, decimal{}, 1
	a.unit, a.area, a.next, a.nextEnd = "", false, -1, 0
}

// value returns the amount's value: its number times its scale.
func (a *amount) value(text string) float64 { return a.num.value(text) * a.scale }

// unitName returns the unit as AmountMatch and RangeMatch report it: "$",
// "%", or the noun in lower case ("shares", "square feet").
func (a *amount) unitName() string {
	if a.area {
		return "square " + lower(a.unit)
	}
	return lower(a.unit)
}

// sameUnit reports whether a and b have the same unit.
func (a *amount) sameUnit(b *amount) bool {
	return a.area == b.area && strings.EqualFold(a.unit, b.unit)
}

// amountAt reads into a the amount or bare number that starts at text[i],
// a '$' or a digit. Whether or not it reports true, a.end is past what it
// read.
func amountAt(text string, i int, a *amount) bool {
	a.reset(i)
	j := i
	if text[i] == '$' {
		a.unit = "$"
		if j = skipSpace(text, i+1); j-i > 4 {
			return false
		}
	} else if gluedBefore(text, i) {
		a.end = tokenEnd(text, i)
		return false
	}
	if !decimalAt(text, j, &a.num) {
		a.end = max(a.end, a.num.end)
		return false
	}
	a.end = a.num.end
	if done, ok := touching(text, a); done {
		return ok
	}
	unitAfter(text, a)
	return true
}

// touching reads what touches the end of the number a: a letter or digit
// that makes it part of a word ("437a", "$5M"), a percent sign, or a
// hyphen, slash or colon that makes it part of a code, a date or a time
// ("10-K", "8/20/87", "11:59"). It reports done when that settles a, as
// anything else but white space does, and spaces that lead to no word:
// only white space leads to the words unitAfter reads, so a number
// followed by a parenthesis or a comma, or by spaces and the next number
// of a table row, is bare.
func touching(text string, a *amount) (done, ok bool) {
	e := a.end
	if e >= len(text) {
		return false, false
	}
	switch c := text[e]; {
	case isAlnum(c):
		a.end = tokenEnd(text, e)
		return true, false
	case a.unit != "":
		return false, false
	case c == '%':
		a.unit, a.end = "%", e+1
		return true, true
	case c == ' ' && e+1 < len(text) && text[e+1] == '%':
		a.unit, a.end = "%", e+2
		return true, true
	case (c == '-' || c == '/' || c == ':') && e+1 < len(text) && isAlnum(text[e+1]):
		a.end = tokenEnd(text, e+1)
		return true, false
	case class[c]&cSpace == 0 && c != 0xC2: // 0xC2 may start a no-break space
		return true, true
	case c == ' ' && noWordPast(text, e):
		return true, true
	}
	return false, false
}

// noWordPast reports whether the run of spaces at text[e] leads to no word
// that wordAfter reads: it runs on past maxGap, or ends the text or at a
// byte that is neither white space nor a letter, as the next number of a
// table row does.
func noWordPast(text string, e int) bool {
	k := skipSpaces(text, e)
	return k-e > maxGap || k == len(text) || class[text[k]]&(cSpace|cUpper|cLower) == 0 && text[k] != 0xC2
}

// unitAfter reads the words after the number a: a scale word ("million"),
// then for a number without '$' "percent" or the noun it counts. It
// records the word after a bare number for the range scanner.
func unitAfter(text string, a *amount) {
	k, we, ok := wordAfter(text, a.end)
	if !ok {
		return
	}
	if f := scaleOf(text, k, we); f != 0 {
		a.scale, a.end = f, we
		if a.unit == "$" {
			return
		}
		if k, we, ok = wordAfter(text, we); !ok {
			return
		}
	}
	if a.unit != "" {
		return
	}
	switch {
	case isWord(text, k, we, "percent"):
		a.unit, a.end = "%", we
	case isWord(text, k, we, "per") && isWord(text, skipSpace(text, we), wordEnd(text, skipSpace(text, we)), "cent"):
		a.unit, a.end = "%", wordEnd(text, skipSpace(text, we))
	default:
		countAfter(text, a, k, we)
		if a.unit == "" {
			a.next, a.nextEnd = k, we
		}
	}
}

// wordAfter finds the word that follows offset i across a short run of
// white space holding at most one line break: ASCII letters, possibly
// joined by hyphens ("full-time").
func wordAfter(text string, i int) (start, end int, ok bool) {
	k, lines := i, 0
	if k < len(text) && text[k] == ' ' { // a run of spaces, the common case, quickly
		if k = skipSpaces(text, k); k-i > maxGap {
			return 0, 0, false
		}
	}
	for n := spaceLen(text, k); n > 0; n = spaceLen(text, k) {
		if text[k] == '\n' {
			lines++
		}
		if k += n; k-i > maxGap || lines > 1 {
			return 0, 0, false
		}
	}
	if k == i {
		return 0, 0, false
	}
	end = wordEnd(text, k)
	for end+1 < len(text) && end > k && text[end] == '-' && isLetter(text[end+1]) {
		end = wordEnd(text, end+1)
	}
	if end == k || (end < len(text) && isDigit(text[end])) {
		return 0, 0, false
	}
	return k, end, true
}

// tokenEnd returns the end of the run of letters and digits at i.
func tokenEnd(text string, i int) int {
	for i < len(text) && isAlnum(text[i]) {
		i++
	}
	return i
}
