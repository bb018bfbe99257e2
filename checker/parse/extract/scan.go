package extract

// Phrases are the dates, amounts and ranges of one text, as Dates, Amounts
// and Ranges find them.
type Phrases struct {
	Dates   []DateMatch
	Amounts []AmountMatch
	Ranges  []RangeMatch
}

// Scan finds the dates, amounts and ranges of text in one pass over its
// numbers. All three scanners start at the same digits, and a range is
// read around its low end while the amounts are, so the parser calls Scan
// once per document rather than each scanner.
func Scan(text string) Phrases {
	return scan(text, wantDates|wantAmounts|wantRanges)
}

// What scan collects.
const (
	wantDates = 1 << iota
	wantAmounts
	wantRanges
)

// scan walks the numbers of text as Amounts and Ranges do, from each
// '$' or digit to the end of what amountAt reads there, and collects what
// want asks for. The date scanner reads every run of digits in the same
// spans, keeping its own place since a run may reach past an amount's end;
// the runs of a span that holds an amount are those of its number.
func scan(text string, want int) Phrases {
	var p Phrases
	var a, b amount
	dates := 0 // where the date scanner has read up to
	for i := nextNumberByte(text, 0); i < len(text); i = nextNumberByte(text, i) {
		ok := amountAt(text, i, &a)
		if ok && (a.unit != "" || a.next >= 0) {
			// a bare number with no word after it, as most in tables,
			// starts nothing
			p.add(text, &a, &b, want)
		}
		switch {
		case want&wantDates == 0:
		case ok && dates <= i:
			if a.num.mayEndDate(text) {
				p.Dates = dateEnding(text, a.num.start, a.num.start+4, p.Dates)
			}
		default:
			p.Dates, dates = datesIn(text, max(i, dates), a.end, p.Dates)
		}
		i = a.end
	}
	return p
}

// mayEndDate reports whether d may be the year a date ends with, as
// datesIn would find it reading the runs of digits of d. Only a whole
// number of four digits without separators starting with 1 or 2 may be a
// year: the groups after a thousands separator have three, and the
// digits after a decimal point stand right after the point, where no date
// ends.
func (d *decimal) mayEndDate(text string) bool {
	return d.digits == 4 && !d.grouped && (text[d.start] == '1' || text[d.start] == '2')
}

// add records the amount a, which has a unit or a word after it, and the
// range it starts, reading the high end into b. Amounts gives a range's
// low end the unit of its high end, while Ranges decides from a's own
// unit whether it counts something.
func (p *Phrases) add(text string, a, b *amount, want int) {
	high := rangeHigh(text, a, b)
	isRange := high && want&wantRanges != 0 && quantity(text, a)
	if high {
		lowEnd(text, a, b)
	}
	if isRange {
		p.Ranges = append(p.Ranges, RangeMatch{Start: a.start, End: b.end, Low: a.value(text), High: b.value(text), Unit: b.unitName()})
	}
	if want&wantAmounts != 0 && a.unit != "" && quantity(text, a) {
		p.Amounts = append(p.Amounts, AmountMatch{Start: a.start, End: a.end, Value: a.value(text), Unit: a.unitName()})
	}
}
