package extract

// changeVerbs are verbs that make "X to Y" a change from one amount to
// another rather than a range: "declined $296 million to $795 million",
// "reduced the period from 4 years to 3.5 years".
var changeVerbs = set(
	"adjust", "adjusted", "amend", "amended", "change", "changed", "changes",
	"changing", "climbed", "cut", "cuts", "decline", "declined", "declines",
	"declining", "decrease", "decreased", "decreases", "decreasing", "drop",
	"dropped", "drops", "expand", "expanded", "expands", "extend", "extended",
	"extends", "fall", "fallen", "falling", "falls", "fell", "grew", "grow",
	"growing", "grown", "grows", "improve", "improved", "improves", "increase",
	"increased", "increases", "increasing", "jumped", "lower", "lowered",
	"lowering", "lowers", "moved", "raise", "raised", "raises", "raising",
	"reduce", "reduced", "reduces", "reducing", "revised", "rise", "risen",
	"rises", "rising", "rose", "shortened", "shrank", "shrunk", "went",
)

// changeWindow is how many words before a range isChange looks at.
const changeWindow = 8

// isChange reports whether the low end a and high end b of "X to Y" state
// a change rather than a range: a change verb stands a few words before in
// the same sentence, or the phrase is "from X to Y" with X above Y.
func isChange(text string, a, b *amount) bool {
	ps, pe := prevWord(text, a.start)
	if isWord(text, ps, pe, "from") && a.value(text) > b.value(text) && a.scale == b.scale {
		return true
	}
	j := a.start
	for n := 0; n < changeWindow; n++ {
		k := skipSpaceBack(text, j)
		if k == 0 {
			return false
		}
		switch c := text[k-1]; {
		case (c == '.' || c == ';' || c == ':' || c == '!' || c == '?') && k < j:
			return false // the sentence starts here
		case isLetter(c):
			ws := wordStart(text, k)
			if has(changeVerbs, text[ws:k]) {
				return true
			}
			j = ws
		default:
			j = tokenStart(text, k)
		}
	}
	return false
}

// tokenStart returns where the run of characters other than white space
// that ends at k starts.
func tokenStart(text string, k int) int {
	for k > 0 && class[text[k-1]]&cSpace == 0 && !(text[k-1] == 0xa0 && k >= 2 && text[k-2] == 0xc2) {
		k--
	}
	return k
}
