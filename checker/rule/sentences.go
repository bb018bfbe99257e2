package rule

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// sentenceSpans returns the sentences holding the matches, once each, in
// order. A sentence ends at ".", "!" or "?" followed by white space and
// no lower-case letter (but not after an initial, "U.S." or a common
// abbreviation such as "Inc." or "No."), at a paragraph break — a blank
// line in ASCII, the end of a line in HTML, where every block of text is
// a line — and maxSentence bytes away from its match.
func sentenceSpans(text string, spans [][2]int, html bool) [][2]int {
	var out [][2]int
	for _, s := range spans {
		if n := len(out); n > 0 && s[0] < out[n-1][1] {
			continue // in the sentence already found
		}
		start, end := sentenceStart(text, s[0], html), sentenceEnd(text, s[1], html)
		if n := len(out); n > 0 && start < out[n-1][1] {
			start = out[n-1][1]
		}
		for start < s[0] && isSpace(text[start]) {
			start++
		}
		for end > s[1] && isSpace(text[end-1]) {
			end--
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// sentenceStart returns where the sentence holding offset off begins.
func sentenceStart(text string, off int, html bool) int {
	limit := max(off-maxSentence, 0)
	for i := off - 1; i >= limit; i-- {
		switch c := text[i]; {
		case c == '\n' && (html || blankBefore(text, i)):
			return i + 1
		case (c == '.' || c == '!' || c == '?') && endsSentence(text, i):
			return skipClosers(text, i+1)
		}
	}
	for limit < off && !utf8.RuneStart(text[limit]) {
		limit++
	}
	return limit
}

// sentenceEnd returns where the sentence holding offset off (exclusive)
// ends.
func sentenceEnd(text string, off int, html bool) int {
	limit := min(off+maxSentence, len(text))
	for i := off; i < limit; i++ {
		switch c := text[i]; {
		case c == '\n' && (html || blankAfter(text, i)):
			return i
		case (c == '.' || c == '!' || c == '?') && endsSentence(text, i):
			return skipClosers(text, i+1)
		}
	}
	for limit > off && limit < len(text) && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// blankBefore reports whether the line ending at the newline text[i] is
// blank (or there is none).
func blankBefore(text string, i int) bool {
	j := i - 1
	for j >= 0 && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j--
	}
	return j < 0 || text[j] == '\n'
}

// blankAfter reports whether the line after the newline text[i] is blank
// (or there is none).
func blankAfter(text string, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	return j == len(text) || text[j] == '\n'
}

// closers are what may follow the punctuation that ends a sentence.
var closers = []string{`"`, "'", ")", "]", "\u201d", "\u2019"}

func skipClosers(text string, i int) int {
	for {
		k := slices.IndexFunc(closers, func(c string) bool { return strings.HasPrefix(text[i:], c) })
		if k < 0 {
			return i
		}
		i += len(closers[k])
	}
}

// endsSentence reports whether the punctuation at text[i] ends a
// sentence.
func endsSentence(text string, i int) bool {
	j := skipClosers(text, i+1)
	if j < len(text) && !isSpace(text[j]) {
		return false // 1.5, U.S.A, "Inc.,"
	}
	for j < len(text) && isSpace(text[j]) {
		j++
	}
	if j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
		return false // "approx. five", "Inc. and"
	}
	if text[i] != '.' {
		return true
	}
	w := i
	for w > 0 && isLetter(text[w-1]) {
		w--
	}
	word := text[w:i]
	switch {
	case len(word) == 1 && 'A' <= word[0] && word[0] <= 'Z':
		return false // an initial: James Q. Crowe
	case w > 0 && text[w-1] == '.':
		return false // U.S.
	}
	return !abbreviations[strings.ToLower(word)]
}

// abbreviations are words written with a period that seldom end a
// sentence.
var abbreviations = wordSet(`inc corp co ltd no nos mr mrs ms dr jr sr st vs approx
	dept est fig ft jan feb mar apr jun jul aug sep sept oct nov dec
	ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
	mont neb nev okla ore pa tenn tex va vt wash wis wyo`)

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

// isWordByte reports an ASCII word character, as \b in Go's regular
// expressions counts them.
func isWordByte(c byte) bool { return c == '_' || '0' <= c && c <= '9' || isLetter(c) }

func hasLetter(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isLetter(byte(r)) })
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
