package rule

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/filinglint/filinglint/checker/internal/ascii"
	"github.com/filinglint/filinglint/checker/model"
)

// textPattern is a compiled pattern of find and sentences. Where every
// match begins with one of a few literal strings (the words of
// "(?i)\b(expects?|anticipates?)\b", the "[" of "\[\s*•\s*\]"), the
// text is searched for those strings and the expression is tried only
// where one stands: Go's regular expressions scan text at some 20 MB/s,
// a literal search at several GB/s.
type textPattern struct {
	re     *regexp.Regexp // the pattern
	first  *regexp.Regexp // ^(?:pattern): a match at the start of the text
	next   *regexp.Regexp // ^(?s:.)(?:pattern): a match after one rune of context
	lits   []textLiteral  // every match begins with one of these; nil: scan with re
	minLen int            // the shortest match, in bytes
}

// textLiteral is a string a match may begin with; fold ones are lower
// case and match any case of their ASCII letters. A word one follows \b
// in the pattern: it does not begin inside a word.
type textLiteral struct {
	s    string
	fold bool
	word bool
}

// patternCache holds the compiled patterns by their text.
var patternCache struct {
	sync.Mutex
	m map[string]*textPattern
}

// compilePattern compiles a pattern once and keeps it for the next
// document (up to maxCachedPatterns patterns).
func compilePattern(expr string) (*textPattern, error) {
	patternCache.Lock()
	p, ok := patternCache.m[expr]
	patternCache.Unlock()
	if ok {
		return p, nil
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	tree = tree.Simplify()
	first, err := regexp.Compile(`^(?:` + expr + `)`)
	if err != nil {
		return nil, err
	}
	next, err := regexp.Compile(`^(?s:.)(?:` + expr + `)`)
	if err != nil {
		return nil, err
	}
	p = &textPattern{re: re, first: first, next: next, minLen: minLength(tree)}
	if lits, ok := prefixes(tree); ok && len(lits) <= maxLiterals && selective(lits) {
		p.lits = compactLiterals(lits)
	}
	patternCache.Lock()
	if patternCache.m == nil {
		patternCache.m = map[string]*textPattern{}
	}
	if len(patternCache.m) < maxCachedPatterns {
		patternCache.m[expr] = p
	}
	patternCache.Unlock()
	return p, nil
}

// find returns the start and end of the first n matches in text (all of
// them if n < 0), as regexp.FindAllStringIndex does. lower gives text
// with its ASCII letters in lower case, for the literals that fold case.
func (p *textPattern) find(text string, lower func() string, n int) [][2]int {
	var out [][2]int
	if p.lits == nil {
		for _, m := range p.re.FindAllStringIndex(text, n) {
			out = append(out, [2]int{m[0], m[1]})
		}
		return out
	}
	end := 0 // matches do not overlap: the next starts at end or later
	for _, c := range candidates(text, lower, p.lits) {
		if len(out) == n {
			break
		}
		if c < end {
			continue
		}
		var m []int
		if c == 0 {
			m = p.first.FindStringIndex(text)
		} else {
			_, size := utf8.DecodeLastRuneInString(text[:c])
			if m = p.next.FindStringIndex(text[c-size:]); m != nil {
				m[0], m[1] = c, m[1]+c-size
			}
		}
		if m != nil {
			out = append(out, [2]int{m[0], m[1]})
			end = max(m[1], m[0]+1)
		}
	}
	return out
}

// candidates returns the offsets in text where one of lits begins, in
// order. Each literal is found by its rarest byte ("x" in "expect", "["
// in "[insert"), which strings.IndexByte finds fast; those that fold case
// are looked for in the lower-cased text, and literals found by the same
// byte in the same text share one search. (strings.Index looks for the
// first byte, a common letter in most words, and is many times slower.)
func candidates(text string, lower func() string, lits []textLiteral) []int {
	type search struct {
		fold bool
		c    byte
	}
	type sought struct {
		textLiteral
		k int // the index of the byte searched for
	}
	groups := map[search][]sought{}
	var order []search
	for _, l := range lits {
		k := rarestByte(l.s)
		key := search{l.fold, l.s[k]}
		if groups[key] == nil {
			order = append(order, key)
		}
		groups[key] = append(groups[key], sought{l, k})
	}
	var at []int
	for _, k := range order {
		hay, group := text, groups[k]
		if k.fold {
			hay = lower()
		}
		for i := 0; ; {
			j := strings.IndexByte(hay[i:], k.c)
			if j < 0 {
				break
			}
			for _, l := range group {
				if p := i + j - l.k; l.at(hay, p) {
					at = append(at, p)
				}
			}
			i += j + 1
		}
	}
	slices.Sort(at)
	return slices.Compact(at)
}

// at reports whether the literal begins at offset p of hay (lower-cased
// if it folds case), and not inside a word if it follows \b.
func (l textLiteral) at(hay string, p int) bool {
	return p >= 0 && strings.HasPrefix(hay[p:], l.s) && !(l.word && p > 0 && isWordByte(hay[p-1]))
}

// byteRarity ranks the bytes of a literal by how seldom filings hold
// them, rarest first: letters by their frequency in English, then
// brackets and the like, symbols, digits, common punctuation, spaces.
func byteRarity(c byte) int {
	const letters = "zqxjkvbpygfwmucldrhsnioate"
	switch {
	case 'a' <= c && c <= 'z':
		return strings.IndexByte(letters, c) * 2
	case 'A' <= c && c <= 'Z':
		return strings.IndexByte(letters, c+'a'-'A')*2 + 1
	case strings.IndexByte("[]_{}|~@#^`\\<>", c) >= 0:
		return 0
	case '0' <= c && c <= '9':
		return 60
	case strings.IndexByte("(),.-", c) >= 0:
		return 70
	case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
		return 100
	}
	return 12 // other symbols and the bytes of non-ASCII characters
}

// selective reports whether every literal holds a byte rarer than a digit:
// a search for spaces, commas or digits would stop so often that the
// regular expression engine is faster on its own.
func selective(lits []textLiteral) bool {
	return !slices.ContainsFunc(lits, func(l textLiteral) bool { return byteRarity(l.s[rarestByte(l.s)]) >= 60 })
}

// rarestByte returns the index of the rarest byte of s.
func rarestByte(s string) int {
	best := 0
	for i := 1; i < len(s); i++ {
		if byteRarity(s[i]) < byteRarity(s[best]) {
			best = i
		}
	}
	return best
}

// lowerCache keeps the lower-cased text of the documents searched last,
// since every rule searches the document in turn and a rule may search
// it several times: up to lowerCacheBytes of text, oldest out first.
var lowerCache struct {
	sync.Mutex
	texts, lowers []string
	bytes         int
}

const lowerCacheBytes = 32 << 20

// loweredText returns doc.text with its ASCII letters in lower case,
// every byte in place.
func loweredText(doc *model.Document) string {
	text, c := doc.Text, &lowerCache
	c.Lock()
	for i, t := range c.texts {
		if len(t) == len(text) && t == text { // the same string: compared by its pointer
			lower := c.lowers[i]
			c.Unlock()
			return lower
		}
	}
	c.Unlock()
	lower := ascii.Lower(text)
	c.Lock()
	defer c.Unlock()
	c.texts, c.lowers, c.bytes = append(c.texts, text), append(c.lowers, lower), c.bytes+len(text)
	for c.bytes > lowerCacheBytes && len(c.texts) > 1 {
		c.bytes -= len(c.texts[0])
		c.texts, c.lowers = c.texts[1:], c.lowers[1:]
	}
	return lower
}

// prefixes returns literals one of which begins every match of re, or
// false when it cannot tell.
func prefixes(re *syntax.Regexp) ([]textLiteral, bool) {
	lits, _, ok := literalSet(re)
	return lits, ok
}

// literalSet returns strings one of which begins every match of re
// (ok), and whether re matches exactly these strings (whole), so that a
// concatenation can extend them with what follows: "c(?:ore|ash)" gives
// "core" and "cash", not "c".
func literalSet(re *syntax.Regexp) (lits []textLiteral, whole, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		for _, r := range re.Rune {
			if fold && r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
				return nil, false, false // a non-ASCII letter in any case: not found by ascii.Lower
			}
		}
		s := string(re.Rune)
		if fold {
			s = ascii.Lower(s)
		}
		fold = fold && hasLetter(s) // a literal without letters is the same in any case
		return []textLiteral{{s: s, fold: fold}}, true, true
	case syntax.OpCapture:
		return literalSet(re.Sub[0])
	case syntax.OpPlus:
		lits, _, ok = literalSet(re.Sub[0])
		return lits, false, ok
	case syntax.OpCharClass:
		lits, ok = classLiterals(re.Rune)
		return lits, ok, ok
	case syntax.OpAlternate:
		whole = true
		for _, sub := range re.Sub {
			l, w, ok := literalSet(sub)
			if !ok {
				return nil, false, false
			}
			lits, whole = append(lits, l...), whole && w
		}
		return lits, whole, true
	case syntax.OpConcat:
		return concatLiterals(re.Sub)
	}
	return nil, false, false
}

// concatLiterals extends the literals of a concatenation's first part
// with those of the next parts while the parts are literal and the set
// stays small.
func concatLiterals(subs []*syntax.Regexp) (lits []textLiteral, whole, ok bool) {
	lits, whole = []textLiteral{{}}, true
	word := false // a \b stands before the first literal
	for _, sub := range subs {
		if zeroWidth(sub) {
			word = word || sub.Op == syntax.OpWordBoundary && !ok
			continue
		}
		next, w, found := literalSet(sub)
		if !found || len(lits)*len(next) > maxLiterals || len(next) > 1 && ok && shortest(lits) > 1 {
			return lits, false, ok // selective enough: more literals would only mean more searches
		}
		var joined []textLiteral
		for _, a := range lits {
			for _, b := range next {
				if a.fold != b.fold && a.s != "" && hasLetter(a.s) && hasLetter(b.s) {
					return lits, false, ok // a case-folded word next to an exact one: keep the first
				}
				joined = append(joined, textLiteral{
					s: a.s + b.s, fold: a.fold || b.fold,
					word: a.word || b.word || word && a.s == "" && isWordByte(b.s[0]),
				})
			}
		}
		lits, ok = joined, true
		if !w {
			return lits, false, true
		}
	}
	return lits, whole, ok
}

func shortest(lits []textLiteral) int {
	n := len(lits[0].s)
	for _, l := range lits {
		n = min(n, len(l.s))
	}
	return n
}

// classLiterals returns the runes of a small character class ([•●]) as
// literals.
func classLiterals(ranges []rune) ([]textLiteral, bool) {
	var out []textLiteral
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i+1]-ranges[i] >= 8 {
			return nil, false
		}
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			out = append(out, textLiteral{s: string(r)})
		}
	}
	return out, len(out) > 0 && len(out) <= 8
}

func zeroWidth(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		return true
	}
	return false
}

// compactLiterals drops literals that begin with another one: where
// "expects" begins, "expect" begins too.
func compactLiterals(lits []textLiteral) []textLiteral {
	slices.SortFunc(lits, func(a, b textLiteral) int { return strings.Compare(a.s, b.s) })
	var out []textLiteral
	for _, l := range lits {
		if !slices.ContainsFunc(out, func(o textLiteral) bool {
			return o.fold == l.fold && (!o.word || l.word) && strings.HasPrefix(l.s, o.s)
		}) {
			out = append(out, l)
		}
	}
	return out
}

// minLength returns the length in bytes of the shortest text re matches.
func minLength(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(string(re.Rune))
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minLength(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minLength(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minLength(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minLength(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}
