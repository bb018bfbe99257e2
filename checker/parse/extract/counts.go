package extract

// countAfter makes the noun that follows the number a, starting with the
// word text[k:we], the unit of a: "500 employees", "2,000 additional
// employees", "460,000 square feet". It leaves a bare when no noun counts.
func countAfter(text string, a *amount, k, we int) {
	from := a.end
	if isUpper(text[k]) && (k-from > 2 || a.num.frac || indexNewline(text, from, k) >= 0) {
		// a capitalised word far away or on the next line starts a table
		// cell or a line; after a decimal it titles a numbered section
		return
	}
	for n := 0; n < 3; n++ {
		w := text[k:we]
		if has(modifiers, w) {
			var ok bool
			from = we
			if k, we, ok = wordAfter(text, we); !ok {
				return
			}
			continue
		}
		if isWord(text, k, we, "square") {
			if k2, we2, ok := wordAfter(text, we); ok && has(areaUnits, text[k2:we2]) {
				a.unit, a.end, a.area = text[k2:we2], we2, true
			}
			return
		}
		if isCount(text, a.num.grouped, from, k, we) {
			a.unit, a.end = w, we
		}
		return
	}
}

// isCount reports whether text[k:we], the word after a number (or after
// its scale word or modifiers, which end at from), is a noun the number
// counts. A capitalised word counts only on the same line, and only after
// a number with thousands separators or when it is a common count noun
// ("4,174,803 Shares", "500 Shares"): otherwise it is more likely a name
// or an address ("1025 Eldorado Boulevard").
func isCount(text string, grouped bool, from, k, we int) bool {
	w := text[k:we]
	if len(w) < 2 || has(functionWords, w) {
		return false
	}
	if _, ok := lookup(months, w); ok {
		return false
	}
	if _, ok := lookup(weekdays, w); ok {
		return false
	}
	if !isUpper(w[0]) {
		return true
	}
	if indexNewline(text, from, k) >= 0 {
		return false
	}
	return grouped || has(countNouns, w)
}

// indexNewline returns the offset of the first '\n' in text[from:to], or -1.
func indexNewline(text string, from, to int) int {
	for i := from; i < to; i++ {
		if text[i] == '\n' {
			return i
		}
	}
	return -1
}

// quantity reports whether a count or bare number a counts something
// rather than naming a year ("2004 annual report"), a day ("March 31
// results"), a reference ("page 7", "Item 7", "No. 5") or a product or
// name ("QuickTime 6 includes").
func quantity(text string, a *amount) bool {
	if a.unit == "$" || a.unit == "%" {
		return true
	}
	n := a.num
	if n.digits > 1 && text[n.start] == '0' {
		return false // an identifier: "0000072333"
	}
	if !n.grouped && !n.frac && n.digits == 4 {
		if v := n.value(text); v >= 1900 && v <= 2100 {
			return false
		}
	}
	k := skipSpaceBack(text, a.start)
	if k > 0 && text[k-1] == '.' {
		// "No. 5", or a number starting a sentence
		ws := wordStart(text, k-1)
		return !has(labelWords, text[ws:k-1])
	}
	ws := wordStart(text, k)
	w := text[ws:k]
	switch {
	case w == "":
		return true
	case has(labelWords, w):
		return false
	}
	if _, ok := monthWord(text, ws, k); ok {
		return false
	}
	// a word with capitals before a plain number names a product or a
	// document ("Windows 3.1", "SFAS 133", "iDVD 4") unless it is a
	// quantifier starting a sentence ("Approximately 500 employees")
	return n.grouped || !hasUpper(w) || has(functionWords, w) || has(quantifiers, w)
}

// hasUpper reports whether the ASCII word w has a capital letter.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if isUpper(w[i]) {
			return true
		}
	}
	return false
}

// lower returns the ASCII word w in lower case, without copying it when it
// already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if isUpper(w[i]) {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if isUpper(b[j]) {
					b[j] |= 0x20
				}
			}
			return string(b)
		}
	}
	return w
}
