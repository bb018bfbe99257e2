package extract

// months maps month names and their abbreviations, lower case, to 1-12.
var months = newWordMap(map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})

// weekdays maps weekday names, lower case, to their canonical spelling.
var weekdays = newWordMap(map[string]string{
	"monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday",
	"thursday": "Thursday", "friday": "Friday", "saturday": "Saturday", "sunday": "Sunday",
})

// monthWord returns the month a written word names, if any. Only
// Capitalised or all-capital spellings count, so the verb "may" is not a
// month.
func monthWord(s string, start, end int) (int, bool) {
	w := s[start:end]
	if !titleOrUpper(w) {
		return 0, false
	}
	return lookup(months, w)
}

// daysIn returns the number of days in a month of a year.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
