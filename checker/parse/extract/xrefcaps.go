package extract

// joinWords may stand inside an unquoted title: "Use of Proceeds".
var joinWords = set("&", "a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with")

// unquotedBefore reads a capitalised title that ends at k and follows
// "see": "see Risk Factors beginning on page 5". It returns where "see"
// starts and where the title starts and ends.
func unquotedBefore(text string, k int) (see, ts, te int, ok bool) {
	j := skipSpaceBack(text, k)
	caps := 0
	for n := 0; n < 12; n++ {
		we := skipSpaceBack(text, j)
		ws := titleWordStart(text, we)
		if ws == we || !wordBoundary(text, ws) {
			return 0, 0, 0, false
		}
		w := text[ws:we]
		switch {
		case isWord(text, ws, we, "see"):
			if caps == 0 {
				return 0, 0, 0, false
			}
			ts, te = titleBounds(text, we, skipSpaceBack(text, k))
			return ws, ts, te, ts < te
		case isUpper(w[0]):
			caps++
		case !has(joinWords, w):
			return 0, 0, 0, false
		}
		j = ws
	}
	return 0, 0, 0, false
}

// titleWordStart returns where the word of a title that ends at we
// starts: letters, hyphens, apostrophes (straight or ’) and "&".
func titleWordStart(text string, we int) int {
	ws := we
	for ws > 0 {
		switch c := text[ws-1]; {
		case isLetter(c) || c == '-' || c == '\'' || c == '&':
			ws--
		case ws >= 3 && text[ws-3:ws] == "\u2019":
			ws -= 3
		default:
			return ws
		}
	}
	return ws
}

// wordBoundary reports whether a word may start at ws: at the start of
// the text or after white space or an opening parenthesis.
func wordBoundary(text string, ws int) bool {
	return ws == 0 || skipSpaceBack(text, ws) < ws || text[ws-1] == '('
}

// titleBounds trims the join words from both ends of the unquoted title
// text[from:to].
func titleBounds(text string, from, to int) (int, int) {
	ts, te := skipSpace(text, from), skipSpaceBack(text, to)
	for ts < te {
		we := wordEnd(text, ts)
		if we == ts || isUpper(text[ts]) {
			break
		}
		ts = skipSpace(text, we)
	}
	for te > ts {
		ws := wordStart(text, te)
		if ws == te || isUpper(text[ws]) {
			break
		}
		te = skipSpaceBack(text, ws)
	}
	return ts, te
}
