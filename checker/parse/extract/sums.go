package extract

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/filinglint/filinglint/checker/internal/ascii"
)

// SumMatch is a total stated with the parts it is made of: "our authorized
// capital stock was 1,518,500,000 shares. Those shares consisted of: (a)
// 1,500,000,000 shares …; (b) 10,000,000 shares …; and (c) 8,500,000
// shares". Start and TotalEnd bound the total, End is where the last part
// ends. Unit is the total's unit, "$" or the noun counted. A part the text
// takes away ("partially offset by $16 million", "less $2 million") is
// negative. Subset is true for "of which", whose parts may leave some of
// the total out.
type SumMatch struct {
	Start, TotalEnd, End int
	Total                float64
	Unit                 string
	Parts                []float64
	Subset               bool
}

// Sums finds stated totals and their parts. A statement starts with a cue
// — "consists of", "consisted of", "consisting of", "comprised of",
// "comprising", "composed of", "made up of", or ", of which" — with no
// hedge around it ("primarily consisted of", "consisting in part of"). The
// total is the one amount in dollars or of a counted noun that stands
// before the cue in its sentence, or in the sentence before when this one
// opens with a pointer ("Those shares consisted of"). The parts are the
// amounts of the same unit after the cue, each set off from the one before
// by a comma, a semicolon, an "and" or an enumerator ("(b)", "•"), up to the
// part that follows the last "and" or the end of the sentence; there must
// be two or more. A statement is dropped whole when it is a comparison
// ("respectively", "compared with", "versus"), when a part is a rate ("$.01
// per share"), when two amounts stand side by side with nothing between
// them (a table's row), or when the total is ambiguous.
func Sums(text string) []SumMatch {
	var out []SumMatch
	for _, c := range findCues(text) {
		if m, ok := sumAt(text, c); ok && (len(out) == 0 || m.Start >= out[len(out)-1].End) {
			out = append(out, m)
		}
	}
	return out
}

// cue is a phrase that introduces the parts of a total: text[start:end].
type cue struct {
	start, end int
	subset     bool
}

// findCues returns the cues of text in order. Every cue holds an anchor:
// the 'f' (or 'F') of an "of" (or "Of", "OF"), which all cues but
// "comprise", "comprises" and "comprising" end with or start with, or the
// 'p' of the "mp" in those. It visits the anchors (see nextCueAnchor) and
// reads the cues there. Each cue is read at one anchor only ("comprised
// of" at its 'p'), so it is found once; no two cues start at the same
// offset, so sorting them by start orders them as the text does.
func findCues(text string) []cue {
	var cues []cue
	for p := nextCueAnchor(text, 1); p >= 0; p = nextCueAnchor(text, p+1) {
		switch {
		case text[p] != 'p':
			cues = ofCues(text, p, cues)
		case strings.HasPrefix(text[p-1:], "mpris"):
			cues = appendCue(cues, readComprise, text, p-1)
		}
	}
	slices.SortFunc(cues, func(a, b cue) int { return a.start - b.start })
	return cues
}

// nextCueAnchor returns the offset of the first anchor of a cue at or
// after p, p > 0, or -1: an 'f' or 'F' after an 'o' or 'O', or a 'p'
// after an 'm'. It tests sixteen anchor bytes a round, as two words, each
// with the word of the bytes before them, which shares the loop and the
// constants between them; the test is written out, as in
// nextNumberByte. Bytes are compared on their low seven bits, with sums
// that stay within each byte, so the masks are exact: (l^c | k^d) + 0x7f
// has its high bit set unless the bytes l and k before and at the anchor
// are c and d; setting bit 0x20 folds the case of 'O' and 'F' and of no
// other byte onto 'o' and 'f'; and a byte with its own high bit set
// matches nothing.
func nextCueAnchor(text string, p int) int {
	for ; p+16 <= len(text); p += 16 {
		w := text[p-1 : p+16]
		x0, y0, x1, y1 := ascii.Word(w, 0), ascii.Word(w, 1), ascii.Word(w, 8), ascii.Word(w, 9)
		xl0, yl0, xl1, yl1 := x0&low7, y0&low7, x1&low7, y1&low7
		xf0, yf0, xf1, yf1 := xl0|ones*0x20, yl0|ones*0x20, xl1|ones*0x20, yl1|ones*0x20
		miss0 := (((xf0 ^ ones*'o') | (yf0 ^ ones*'f')) + low7) & (((xl0 ^ ones*'m') | (yl0 ^ ones*'p')) + low7)
		miss1 := (((xf1 ^ ones*'o') | (yf1 ^ ones*'f')) + low7) & (((xl1 ^ ones*'m') | (yl1 ^ ones*'p')) + low7)
		m0, m1 := ^(miss0|x0|y0)&highs, ^(miss1|x1|y1)&highs
		if m0|m1 != 0 {
			if m0 != 0 {
				return p + bits.TrailingZeros64(m0)/8
			}
			return p + 8 + bits.TrailingZeros64(m1)/8
		}
	}
	for ; p < len(text); p++ {
		b, c := text[p-1], text[p]
		if c|0x20 == 'f' && b|0x20 == 'o' || c == 'p' && b == 'm' {
			return p
		}
	}
	return -1
}

// ofCues appends the cues anchored on the 'f' of an "of" at text[p]: ", of
// which", and the verbs an "of" follows: "consist(s|ed|ing)", written
// "consist" or "Consist", "composed" and "made up". The verb is the word
// before the white space before the "of"; it ends in 't', 's', 'd' or
// 'g', in either case, or in the 'p' of "up". Each reader is given the
// offset it reads from forwards: the start of "consist", of the "mposed"
// of "composed" or of the "de up" of "made up".
func ofCues(text string, p int, cues []cue) []cue {
	if strings.HasPrefix(text[p:], "f which") {
		cues = appendCue(cues, readOfWhich, text, p)
	}
	if p < 2 || class[text[p-2]]&cSpace == 0 && text[p-2] != 0xA0 {
		return cues // no white space before the "of"
	}
	e := skipSpaceBack(text, p-1)
	if e == 0 || !verbEnds[text[e-1]] {
		return cues
	}
	k := wordStart(text, e)
	switch rest := text[k:]; {
	case strings.HasPrefix(rest, "consist") || strings.HasPrefix(rest, "Consist"):
		return appendCue(cues, readConsist, text, k)
	case strings.HasSuffix(text[:e], "mposed"):
		return appendCue(cues, readComposed, text, e-len("mposed"))
	case strings.HasSuffix(text[:e], "de up"):
		return appendCue(cues, readMadeUp, text, e-len("de up"))
	}
	return cues
}

// verbEnds marks the last letters of the words that stand before "of" in
// a cue: the forms of "consist", "composed" and "up".
var verbEnds = [256]bool{'t': true, 's': true, 'd': true, 'g': true, 'T': true, 'S': true, 'D': true, 'G': true, 'p': true}

// appendCue appends the cue that read finds at text[k], if any.
func appendCue(cues []cue, read func(text string, k int) (cue, bool), text string, k int) []cue {
	if c, ok := read(text, k); ok {
		cues = append(cues, c)
	}
	return cues
}

// readConsist reads "consist(s|ed|ing) of" at k.
func readConsist(text string, k int) (cue, bool) {
	return readVerb(text, k, []string{"consist", "consists", "consisted", "consisting"}, true)
}

// readComprise reads "comprised of", "comprising", "comprises" around the
// stem "mpris" at k.
func readComprise(text string, k int) (cue, bool) {
	if c, ok := readVerb(text, k-2, []string{"comprised"}, true); ok {
		return c, true
	}
	return readVerb(text, k-2, []string{"comprise", "comprises", "comprising"}, false)
}

// readComposed reads "composed of" around the stem "mposed" at k.
func readComposed(text string, k int) (cue, bool) {
	return readVerb(text, k-2, []string{"composed"}, true)
}

// readMadeUp reads "made up of" around the stem "de up" at k.
func readMadeUp(text string, k int) (cue, bool) {
	c, ok := readVerb(text, k-2, []string{"made"}, false)
	if !ok {
		return cue{}, false
	}
	up := skipSpace(text, c.end)
	if !isWord(text, up, wordEnd(text, up), "up") {
		return cue{}, false
	}
	of := skipSpace(text, up+2)
	if !isWord(text, of, wordEnd(text, of), "of") {
		return cue{}, false
	}
	c.end = of + 2
	return c, true
}

// readVerb reads one of the verb forms starting at text[start],
// followed by "of" when of is set, with no hedge before it ("primarily",
// "in part") or between it and "of".
func readVerb(text string, start int, forms []string, of bool) (cue, bool) {
	if start < 0 || start > 0 && isLetter(text[start-1]) {
		return cue{}, false
	}
	end := wordEnd(text, start)
	if !slices.ContainsFunc(forms, func(f string) bool { return isWord(text, start, end, f) }) {
		return cue{}, false
	}
	if hedged(text, start) {
		return cue{}, false
	}
	ws := skipSpace(text, end)
	we := wordEnd(text, ws)
	if of {
		if !isWord(text, ws, we, "of") {
			return cue{}, false
		}
		end = we
	} else if has(hedgesAfter, text[ws:we]) {
		return cue{}, false
	}
	return cue{start: start, end: end}, true
}

// readOfWhich reads ", of which" around the stem "f which" at k, after an
// amount's description; "each of which", "all of which" and the like do
// not introduce parts.
func readOfWhich(text string, k int) (cue, bool) {
	if k--; k < 0 || text[k] != 'o' && text[k] != 'O' || k > 0 && isLetter(text[k-1]) {
		return cue{}, false
	}
	ps, pe := prevWord(text, k)
	if ps < pe && has(ofWhichQuantifiers, text[ps:pe]) {
		return cue{}, false
	}
	end := k + len("of which")
	if end < len(text) && isLetter(text[end]) {
		return cue{}, false
	}
	return cue{start: k, end: end, subset: true}, true
}

// hedged reports whether a word just before offset i makes the parts that
// follow only some of the total: "primarily consisted of".
func hedged(text string, i int) bool {
	for range 2 {
		ws, we := prevWord(text, i)
		if ws == we {
			return false
		}
		if has(hedgesBefore, text[ws:we]) {
			return true
		}
		i = ws
	}
	return false
}

// hedgesBefore, standing before a verb, make the parts after it only
// some of the total: "primarily consisted of", "may consist of".
var hedgesBefore = set(
	"primarily", "principally", "mainly", "largely", "substantially", "generally",
	"mostly", "chiefly", "predominantly", "partly", "partially", "part",
	"typically", "usually", "often", "also", "may", "might", "could", "would",
)

// hedgesAfter do the same right after a verb without "of": "comprising
// primarily", "comprising, among other things".
var hedgesAfter = set(
	"primarily", "principally", "mainly", "largely", "substantially", "generally",
	"mostly", "chiefly", "predominantly", "partly", "partially", "in", "among",
	"including", "both",
)

// ofWhichQuantifiers before "of which" pick some of what came before
// rather than introduce its parts.
var ofWhichQuantifiers = set(
	"each", "all", "some", "none", "any", "most", "part", "certain", "one", "two",
	"both", "many", "few", "several", "either", "neither", "majority", "portion",
	"half", "proceeds", "terms", "holders", "holder", "value", "amount", "result",
	"purpose", "basis", "date", "exercise", "conversion",
)

// maxLead bounds how far before a cue its total may stand, and maxParts
// how far after it the parts may run, in bytes.
const (
	maxLead  = 300
	maxParts = 800
	maxCount = 12
)

// sumAt reads the statement around cue c.
func sumAt(text string, c cue) (SumMatch, bool) {
	total, ok := totalBefore(text, c)
	if !ok {
		return SumMatch{}, false
	}
	var buf [maxCount]float64 // most statements are dropped: keep their parts off the heap
	parts, end, ok := partsAfter(text, c.end, &total, buf[:0])
	if !ok || len(parts) < 2 {
		return SumMatch{}, false
	}
	// "… of which 1,026,057 and 1,030,576 shares were issued at December
	// 31, 2023 and 2022, respectively"
	rest := text[end:min(len(text), end+maxLead)]
	if e := sentenceEnd(rest); containsWord(rest[:e], "respectively") {
		return SumMatch{}, false
	}
	return SumMatch{
		Start: total.start, TotalEnd: total.end, End: end, Total: total.value(text), Unit: total.unitName(),
		Parts: slices.Clone(parts), Subset: c.subset,
	}, true
}

// totalBefore finds the total of cue c: the one amount of its unit in the
// sentence before the cue, or in the sentence before that when the cue's
// own opens with a pointer such as "Those shares".
func totalBefore(text string, c cue) (amount, bool) {
	s := sentenceStart(text, c.start, maxLead)
	if t, n := lastAmount(text, s, c.start); n > 0 {
		return t, n == 1 && !containsFold(text[s:c.start], "respectively")
	}
	noun, ok := pointer(text[s:c.start])
	if !ok || s == 0 {
		return amount{}, false
	}
	s2 := sentenceStart(text, skipSpaceBack(text, s)-1, maxLead)
	t, n := lastAmount(text, s2, s)
	if n != 1 || noun != "" && t.unitName() != noun || containsFold(text[s2:s], "respectively") {
		return amount{}, false
	}
	return t, true
}

// lastAmount returns the last amount in dollars or of a counted noun in
// text[from:to] and how many amounts of its unit stand there.
func lastAmount(text string, from, to int) (amount, int) {
	var buf [8]amount
	all := buf[:0]
	var a amount
	for i := nextNumberByte(text, from); i < to; i = nextNumberByte(text, i) {
		ok := amountAt(text, i, &a)
		i = max(a.end, i+1)
		if ok && a.end <= to && a.unit != "" && a.unit != "%" && quantity(text, &a) {
			all = append(all, a)
		}
	}
	if len(all) == 0 {
		return amount{}, 0
	}
	last := all[len(all)-1]
	n := 0
	for i := range all {
		if all[i].sameUnit(&last) {
			n++
		}
	}
	return last, n
}

// pointer reports whether the words before a cue only point back to the
// sentence before ("Those shares", "These amounts", "Such capital stock")
// and returns the noun they name when it is plural ("shares").
func pointer(s string) (string, bool) {
	n, first, last := 0, "", ""
	for w := range strings.FieldsSeq(s) {
		if n++; n > 4 || strings.ContainsFunc(w, func(r rune) bool { return r >= '0' && r <= '9' }) {
			return "", false
		}
		if n == 1 {
			first = w
		}
		last = w
	}
	if n == 0 || !has(pointers, first) {
		return "", false
	}
	noun := strings.ToLower(last)
	if has(countNouns, noun) {
		return noun, true
	}
	return "", true
}

// pointers open a sentence that speaks of the total of the one before.
var pointers = set("those", "these", "such", "this", "that", "the")

// sentenceStart returns where the sentence holding offset i starts,
// looking back at most limit bytes: after a period, question or
// exclamation mark or semicolon followed by white space, or after a blank
// line.
func sentenceStart(text string, i, limit int) int {
	stop := max(0, i-limit)
	for j := i; j > stop; j-- {
		switch text[j-1] {
		case '.', '!', '?', ';':
			if j < len(text) && spaceLen(text, j) > 0 {
				return skipSpace(text, j)
			}
		case '\n':
			if k := skipSpaceBack(text, j-1); k < j-1 && strings.Count(text[k:j], "\n") >= 2 {
				return skipSpace(text, j)
			}
		}
	}
	return skipSpace(text, stop)
}

// partsAfter reads the parts that follow a cue ending at from, in the
// unit of total, appending them to parts, and returns them with the end of
// the last. It reports false when the statement is to be dropped, and when
// the list runs on past maxParts bytes or maxCount parts without ending.
func partsAfter(text string, from int, total *amount, parts []float64) ([]float64, int, bool) {
	limit := min(len(text), from+maxParts)
	prev, sign, end := from, 1.0, 0
	var a amount
	for i := nextNumberByte(text, from); i < limit; i = nextNumberByte(text, i) {
		ok := amountAt(text, i, &a)
		i = max(a.end, i+1)
		if !ok || !quantity(text, &a) {
			continue
		}
		gap := text[prev:a.start]
		if sentenceEnds(gap) {
			return parts, end, true
		}
		if !partOf(text, &a, total) {
			continue
		}
		if dropsStatement(gap) || signed(gap) || isRate(text, a.end) || len(parts) > 0 && !separated(gap) || len(parts) == maxCount {
			return parts, end, false
		}
		if containsFold(gap, "offset") {
			sign = -1
		}
		v := sign * a.value(text)
		if lastWords(gap, 1, "less") {
			v = -v
		}
		parts, end, prev = append(parts, v), a.end, a.end
		if finalPart(gap) {
			return parts, end, true
		}
	}
	return parts, end, limit == len(text) || sentenceEnds(text[prev:max(prev, limit)])
}

// finalPart reports whether the gap before a part makes it the last of a
// list: an "and" or "plus" among the last words after the last comma or
// semicolon ("…, and $74 million", "; and (c) 8,500,000 shares", "and an
// additional $20 million").
func finalPart(gap string) bool {
	if k := strings.LastIndexAny(gap, ",;"); k >= 0 {
		gap = gap[k+1:]
	}
	return lastWords(gap, 4, "and") || lastWords(gap, 4, "plus")
}

// partOf reports whether amount a is in the unit of the total: dollars
// with dollars, or the same counted noun, written right after the number
// or within a few words ("1,500,000,000 Class A shares").
func partOf(text string, a, total *amount) bool {
	if total.unit == "$" || a.unit == "$" || a.unit == "%" {
		return a.unit == total.unit
	}
	noun := total.unitName()
	if a.unit != "" && a.unitName() == noun {
		return true
	}
	i := a.num.end
	for range 4 {
		ws, we, ok := wordAfter(text, i)
		if !ok || !isUpper(text[ws]) && has(functionWords, text[ws:we]) {
			return false
		}
		if isWord(text, ws, we, noun) {
			return true
		}
		i = we
	}
	return false
}

// isRate reports a "per" after an amount: "$.01 per share".
func isRate(text string, end int) bool {
	ws, we, ok := wordAfter(text, end)
	return ok && isWord(text, ws, we, "per")
}

// sentenceEnds reports whether a gap between two amounts crosses the end
// of a sentence or a paragraph.
func sentenceEnds(gap string) bool {
	for j := 0; j < len(gap); j++ {
		switch gap[j] {
		case '.', '!', '?':
			if j+1 < len(gap) && spaceLen(gap, j+1) > 0 {
				k := skipSpace(gap, j+1)
				if k < len(gap) && (isUpper(gap[k]) || gap[k] == '(') && !abbreviation(gap, j) {
					return true
				}
			}
		case '\n':
			if k := skipSpace(gap, j+1); strings.Count(gap[j:k], "\n") >= 2 && !enumerated(gap[k:]) {
				return true
			}
		}
	}
	return false
}

// sentenceEnd returns where the first sentence of s ends, or len(s).
func sentenceEnd(s string) int {
	for j := 0; j < len(s); j++ {
		if (s[j] == '.' || s[j] == '!' || s[j] == '?' || s[j] == ';') && j+1 < len(s) && spaceLen(s, j+1) > 0 {
			return j
		}
	}
	return len(s)
}

// abbreviation reports whether the period at gap[j] ends an abbreviation
// ("Inc.", "Co.", "No.", a single capital) rather than a sentence.
func abbreviation(gap string, j int) bool {
	ws := wordStart(gap, j)
	w := gap[ws:j]
	return len(w) == 1 || has(abbreviations, w)
}

var abbreviations = set("inc", "co", "corp", "ltd", "no", "nos", "mr", "ms", "mrs", "dr", "jr", "sr", "st", "llc", "lp", "approx", "vs")

// enumerated reports whether s opens with a list marker: "(b)", "(ii)",
// "•", "·".
func enumerated(s string) bool {
	if strings.HasPrefix(s, "•") || strings.HasPrefix(s, "·") || strings.HasPrefix(s, "(") {
		return true
	}
	return false
}

// separated reports whether a gap between two parts holds a separator: a
// comma, a semicolon, a word "and" or "plus", "offset", or a list marker.
func separated(gap string) bool {
	if strings.ContainsAny(gap, ",;•·") || strings.Contains(gap, "(") {
		return true
	}
	for _, w := range []string{"and", "plus", "offset", "less"} {
		if containsWord(gap, w) {
			return true
		}
	}
	return false
}

// dropsStatement reports words that make a list of amounts a comparison
// rather than the parts of a total.
func dropsStatement(gap string) bool {
	for _, w := range []string{
		"respectively", "compared", "versus", "vs", "prior year", "previous year", "each",
		"adjusted", "excluding", "net of", "following",
	} {
		if containsWord(gap, w) {
			return true
		}
	}
	return false
}

// signed reports a part named a loss or a deficit ("net loss of $3.6
// billion"): such a part may count against the others, and prose does
// not say.
func signed(gap string) bool {
	for _, w := range []string{"loss", "losses", "deficit"} {
		if lastWords(gap, 3, w) {
			return true
		}
	}
	return false
}

// lastWords reports whether w is among the last n words of gap.
func lastWords(gap string, n int, w string) bool {
	i := len(gap)
	for range n {
		ws, we := prevWord(gap, i)
		for ws == we && we > 0 { // skip a marker such as "(c)" or "$"
			i = we - 1
			ws, we = prevWord(gap, i)
		}
		if ws == we {
			return false
		}
		if isWord(gap, ws, we, w) {
			return true
		}
		i = ws
	}
	return false
}

// containsWord reports whether the lower-case word or phrase w occurs in
// s as whole words, ignoring case.
func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if hasFold(s, i, w) && (i == 0 || !isLetter(s[i-1])) && (i+len(w) == len(s) || !isLetter(s[i+len(w)])) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds the lower-case ASCII word w,
// ignoring case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if hasFold(s, i, w) {
			return true
		}
	}
	return false
}
