package extract

// DateMatch is a calendar date written in prose: "January 12, 2005",
// "Jan. 12, 2005", "12 January 2005", "Tuesday, February 8, 2005". Valid is
// false for a day the month does not have ("February 30, 2005").
// StatedWeekday is the weekday written right before the date, spelled in
// full and capitalised ("Tuesday"), or "" when there is none; Start then
// includes it.
type DateMatch struct {
	Start, End       int
	Year, Month, Day int
	Valid            bool
	StatedWeekday    string
}

// Dates finds the dates written in text as month name, day and year, in
// either order, with any white space between the parts, an optional comma
// before the year, and an optional weekday before. Months may be
// abbreviated ("Sept. 30, 2004"); the day must be 1-31 and the year four
// digits between 1900 and 2100. A month and year without a day ("January
// 2005") or a day without a year ("March 31") is not a date.
func Dates(text string) []DateMatch {
	var out []DateMatch
	for i := nextNumberByte(text, 0); i < len(text); i = nextNumberByte(text, i) {
		if !isDigit(text[i]) {
			i++
			continue
		}
		end, year := digitRun(text, i)
		if year {
			out = dateEnding(text, i, end, out)
		}
		i = end
	}
	return out
}

// datesIn appends to out the dates whose years are runs of digits
// starting in text[from:to], a short span the amount scanner has just
// read, and returns where the last run it read ends: a run is read whole
// even when it reaches past to.
func datesIn(text string, from, to int, out []DateMatch) ([]DateMatch, int) {
	end := from
	for i := from; i < to; i++ {
		if !isDigit(text[i]) {
			continue
		}
		var year bool
		if end, year = digitRun(text, i); year {
			out = dateEnding(text, i, end, out)
		}
		i = end
	}
	return out, end
}

// digitRun returns where the run of digits at text[i] ends, and whether
// it may be a year: four digits starting with 1 or 2.
func digitRun(text string, i int) (end int, year bool) {
	end = i + 1
	for end < len(text) && isDigit(text[end]) {
		end++
	}
	return end, end-i == 4 && (text[i] == '1' || text[i] == '2')
}

// dateEnding appends to out the date that ends with the year text[y:end],
// if there is one.
func dateEnding(text string, y, end int, out []DateMatch) []DateMatch {
	if m, ok := dateEndingAt(text, y, end); ok {
		out = append(out, m)
	}
	return out
}

// dateEndingAt reads backwards from the four-digit year text[y:end] for the
// day and month before it.
func dateEndingAt(text string, y, end int) (DateMatch, bool) {
	year := int(text[y]-'0')*1000 + int(text[y+1]-'0')*100 + int(text[y+2]-'0')*10 + int(text[y+3]-'0')
	if year < 1900 || year > 2100 || y == 0 || (end < len(text) && isLetter(text[end])) {
		return DateMatch{}, false
	}
	k := skipSpaceBack(text, y)
	if k > 0 && text[k-1] == ',' {
		k = skipSpaceBack(text, k-1)
	}
	if k == y || k == 0 {
		return DateMatch{}, false
	}
	m := DateMatch{End: end, Year: year}
	var ok bool
	if day, start, isDay := dayBefore(text, k); isDay {
		// "February 8, 2005"
		m.Day = day
		gap := skipSpaceBack(text, start)
		m.Month, m.Start, ok = monthBefore(text, gap)
		ok = ok && gap < start
	} else {
		// "8 February 2005"
		var ms int
		m.Month, ms, ok = monthBefore(text, k)
		gap := skipSpaceBack(text, ms)
		if ok {
			m.Day, m.Start, ok = dayBefore(text, gap)
			ok = ok && gap < ms
		}
	}
	if !ok || m.Day < 1 || m.Day > 31 {
		return DateMatch{}, false
	}
	m.Valid = m.Day <= daysIn(m.Year, m.Month)
	if w, start, ok := weekdayBefore(text, m.Start); ok {
		m.StatedWeekday, m.Start = w, start
	}
	return m, true
}

// monthBefore reads the month name that ends at k, allowing a period after
// an abbreviation, and returns the month and where its name starts.
func monthBefore(text string, k int) (month, start int, ok bool) {
	e := k
	if e > 0 && text[e-1] == '.' {
		e--
	}
	start = wordStart(text, e)
	if start == e || (start > 0 && isAlnum(text[start-1])) {
		return 0, 0, false
	}
	month, ok = monthWord(text, start, e)
	if ok && e < k && e-start > 4 {
		return 0, 0, false // a full name with a period ends a sentence
	}
	return month, start, ok
}

// dayBefore reads the day of the month, one or two digits with an optional
// ordinal suffix ("8", "12th"), that ends at k, and returns it with the
// offset where it starts.
func dayBefore(text string, k int) (day, start int, ok bool) {
	if k >= 3 && isDigit(text[k-3]) {
		switch text[k-2 : k] {
		case "st", "nd", "rd", "th":
			k -= 2
		}
	}
	start = k
	for start > 0 && k-start < 3 && isDigit(text[start-1]) {
		start--
	}
	if start == k || k-start > 2 || gluedBefore(text, start) {
		return 0, 0, false
	}
	day = int(text[start] - '0')
	if k-start == 2 {
		day = day*10 + int(text[start+1]-'0')
	}
	return day, start, true
}

// weekdayBefore reads a weekday name, optionally followed by a comma, that
// stands right before offset start, and returns its canonical spelling and
// where it starts.
func weekdayBefore(text string, start int) (string, int, bool) {
	k := skipSpaceBack(text, start)
	if k > 0 && text[k-1] == ',' {
		k = skipSpaceBack(text, k-1)
	}
	ws := wordStart(text, k)
	if ws == k || (ws > 0 && isAlnum(text[ws-1])) || !titleOrUpper(text[ws:k]) {
		return "", 0, false
	}
	w, ok := lookup(weekdays, text[ws:k])
	return w, ws, ok
}
