package rule

import (
	"encoding/binary"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cel.dev/cel-go/cel"
	celast "cel.dev/cel-go/common/ast"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"

	"github.com/filinglint/filinglint/checker/model"
)

// The text functions of the filing library search a document's visible
// text and return what they find located in the file, as model.Match:
//
//	doc.find(pattern)                 every match of a regular expression
//	doc.sentences(pattern)            every sentence holding a match, once
//	doc.around(match, before, after)  the text around a match
//	doc.near(match, pattern, before, after)  whether the pattern matches there
//
// LIBRARY.md documents them for rule authors.

// Bounds of the text functions.
const (
	// maxSentence is how far a sentence may reach before the start and
	// after the end of the match it holds, in bytes.
	maxSentence = 1000
	// maxAround bounds each side of the window of doc.around and
	// doc.near, in bytes.
	maxAround = 10_000
	// maxCachedPatterns bounds the compiled patterns kept for reuse.
	maxCachedPatterns = 512
	// maxLiterals bounds the literal strings a pattern is searched by.
	maxLiterals = 64
)

// textFunctions declares the library functions of the text rules.
func textFunctions() []cel.EnvOption {
	docT, matchT := cel.ObjectType("model.Document"), cel.ObjectType("model.Match")
	str, num := cel.StringType, cel.IntType
	return []cel.EnvOption{
		// doc.find("(?i)forward[- ]looking") == [Match{text: "forward-looking", line: 88, …}]
		cel.Function("find",
			cel.MemberOverload("document_find_string", []*cel.Type{docT, str}, cel.ListType(matchT),
				cel.BinaryBinding(func(d, p ref.Val) ref.Val { return textSearch(d, p, false) }))),
		// doc.sentences("(?i)\\bexpects?\\b") == [Match{text: "We expect to meet …", line: 33, …}]
		cel.Function("sentences",
			cel.MemberOverload("document_sentences_string", []*cel.Type{docT, str}, cel.ListType(matchT),
				cel.BinaryBinding(func(d, p ref.Val) ref.Val { return textSearch(d, p, true) }))),
		// doc.around(m, 300, 1500) == "… the text from 300 bytes before m to 1,500 bytes after its start …"
		cel.Function("around",
			cel.MemberOverload("document_around_match_int_int", []*cel.Type{docT, matchT, num, num}, str,
				cel.FunctionBinding(aroundVal))),
		// doc.near(m, "(?i)differ\\s+materially", 300, 1500) == true
		cel.Function("near",
			cel.MemberOverload("document_near_match_string_int_int", []*cel.Type{docT, matchT, str, num, num}, cel.BoolType,
				cel.FunctionBinding(nearVal))),
	}
}

// textCostModels gives the cost models of the text functions: find and
// sentences read the text once, a tenth of a unit a byte as CEL charges
// string scans where the pattern has literal prefixes to search by, a
// unit a byte where the regular expression engine reads every byte; they
// return at most one match per shortest possible match of the pattern.
// around copies its window and near searches it, likewise.
func textCostModels() []cost.OverloadModel {
	return []cost.OverloadModel{
		cost.MemberOverload("document_find_string", cost.ManualCost(estimateSearch, trackSearch)),
		cost.MemberOverload("document_sentences_string", cost.ManualCost(estimateSearch, trackSearch)),
		cost.MemberOverload("document_around_match_int_int", cost.ManualCost(estimateWindow(-1, 1), trackWindow(-1))),
		cost.MemberOverload("document_near_match_string_int_int", cost.ManualCost(estimateWindow(1, 2), trackWindow(1))),
	}
}

// readCost is what reading n bytes with pattern costs: a tenth of a unit
// a byte when the pattern is searched by its literal prefixes, a unit a
// byte when the regular expression engine reads them all (or the pattern
// is not known).
func readCost(pattern string, known bool, n uint64) uint64 {
	if known {
		if p, err := compilePattern(pattern); err == nil && p.lits != nil {
			return n / 10
		}
	}
	return n
}

// estimateSearch bounds find and sentences on the largest text (and
// sentences, which reads up to maxSentence bytes either side of a match,
// on every sentence); a literal pattern bounds the number of matches by
// its shortest match.
func estimateSearch(_ cost.Estimator, _ *cost.AstNode, args []cost.AstNode) *cost.CallEstimate {
	text := fieldSizes["Document.text"]
	lit, known := literalString(args[0])
	shortest := uint64(1)
	if p, err := compilePattern(lit); known && err == nil {
		shortest = uint64(max(p.minLen, 1))
	}
	n := text/shortest + 1
	size := cost.ListSizeEstimate(cost.RangedSizeEstimate(0, n), cost.FixedSizeEstimate(1))
	return cost.NewCallEstimate(cost.RangedCostEstimate(1, 1+readCost(lit, known, text)+text/5+n), &size)
}

// trackSearch charges a search for the text it reads and the matches it
// returns.
func trackSearch(args []ref.Val, result ref.Val) *uint64 {
	n := uint64(1)
	if d, ok := docOf(args[0]); ok {
		p, isStr := args[1].(types.String)
		n += readCost(string(p), isStr, uint64(len(d.Text)))
	}
	if l, ok := result.(traits.Lister); ok {
		if size, isInt := l.Size().(types.Int); isInt {
			n += uint64(size)
		}
	}
	return &n
}

// estimateWindow bounds around and near by their window: the literal
// before and after (the arguments from index first on), or maxAround
// each; pattern is the index of near's pattern, -1 for around.
func estimateWindow(pattern, first int) cost.FunctionEstimator {
	return func(_ cost.Estimator, _ *cost.AstNode, args []cost.AstNode) *cost.CallEstimate {
		window := uint64(0)
		for _, a := range args[first:] {
			w, ok := literalInt(a)
			if !ok || w > maxAround {
				w = maxAround
			}
			window += w
		}
		read := window / 10
		if pattern >= 0 {
			lit, known := literalString(args[pattern])
			read = readCost(lit, known, window)
		}
		size := cost.RangedSizeEstimate(0, window)
		return cost.NewCallEstimate(cost.RangedCostEstimate(1, 1+read), &size)
	}
}

// trackWindow charges around and near for the window they read; the
// arguments are the document, the match, near's pattern, before and
// after.
func trackWindow(pattern int) cost.FunctionTracker {
	return func(args []ref.Val, _ ref.Val) *uint64 {
		n := uint64(1)
		window := uint64(sideArg(args[len(args)-2]) + sideArg(args[len(args)-1]))
		if pattern < 0 {
			n += window / 10
		} else if p, ok := args[1+pattern].(types.String); ok {
			n += readCost(string(p), true, window)
		}
		return &n
	}
}

func literalString(n cost.AstNode) (string, bool) {
	if e := n.Expr(); e != nil && e.Kind() == celast.LiteralKind {
		s, ok := e.AsLiteral().(types.String)
		return string(s), ok
	}
	return "", false
}

func literalInt(n cost.AstNode) (uint64, bool) {
	if e := n.Expr(); e != nil && e.Kind() == celast.LiteralKind {
		if i, ok := e.AsLiteral().(types.Int); ok && i >= 0 {
			return uint64(i), true
		}
	}
	return 0, false
}

// docOf returns the document a text function is called on.
func docOf(v ref.Val) (*model.Document, bool) {
	switch d := v.Value().(type) {
	case *model.Document:
		return d, d != nil
	case model.Document:
		return &d, true
	}
	return nil, false
}

// textSearch is the binding of doc.find and, with whole, doc.sentences.
func textSearch(d, p ref.Val, whole bool) ref.Val {
	doc, ok := docOf(d)
	adapter, isAdapter := d.(types.Adapter)
	if !ok || !isAdapter {
		return types.NewErr("find: %s is not a document", d.Type().TypeName())
	}
	pat, err := compilePattern(string(p.(types.String)))
	if err != nil {
		return types.NewErr("find: %v", err)
	}
	spans := pat.find(doc.Text, func() string { return loweredText(doc) }, -1)
	if whole {
		spans = sentenceSpans(doc.Text, spans, doc.Format == "html")
	}
	loc := textLocator{doc: doc}
	out := make([]model.Match, len(spans))
	for i, s := range spans {
		out[i] = loc.match(s[0], s[1], whole)
	}
	return adapter.NativeToValue(out)
}

// aroundVal is the binding of doc.around(match, before, after).
func aroundVal(args ...ref.Val) ref.Val {
	doc, m, ok := docAndMatch(args)
	if !ok {
		return types.NewErr("around: want a document and a match")
	}
	from, to := windowBounds(doc.Text, m.Offset-sideArg(args[2]), m.Offset+sideArg(args[3]))
	return types.String(doc.Text[from:to])
}

// nearVal is the binding of doc.near(match, pattern, before, after): the
// window is searched as a text of its own, so that ^ and $ match at its
// ends.
func nearVal(args ...ref.Val) ref.Val {
	doc, m, ok := docAndMatch(args)
	if !ok {
		return types.NewErr("near: want a document and a match")
	}
	pat, err := compilePattern(string(args[2].(types.String)))
	if err != nil {
		return types.NewErr("near: %v", err)
	}
	from, to := windowBounds(doc.Text, m.Offset-sideArg(args[3]), m.Offset+sideArg(args[4]))
	w := doc.Text[from:to]
	return types.Bool(len(pat.find(w, func() string { return asciiLower(w) }, 1)) > 0)
}

func docAndMatch(args []ref.Val) (*model.Document, model.Match, bool) {
	doc, ok := docOf(args[0])
	switch m := args[1].Value().(type) {
	case model.Match:
		return doc, m, ok
	case *model.Match:
		return doc, *m, ok && m != nil
	}
	return nil, model.Match{}, false
}

// sideArg reads one side of a window, between 0 and maxAround.
func sideArg(v ref.Val) int { return min(max(intArg(v), 0), maxAround) }

// windowBounds clips from and to to the text and to whole runes.
func windowBounds(text string, from, to int) (int, int) {
	from, to = min(max(from, 0), len(text)), min(max(to, 0), len(text))
	if from >= to {
		return from, from
	}
	for from < to && !utf8.RuneStart(text[from]) {
		from++
	}
	for to > from && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	return from, to
}

// textLocator turns offsets in a document's text into model.Match values
// located in the file. A document without a text map (one built by hand
// in a test) is taken to be its file from doc.line on: lines are counted
// in the text.
type textLocator struct {
	doc      *model.Document
	off      int // the offset up to which lines are counted
	line, nl int // the line holding off and the offset where it starts
}

func (l *textLocator) match(from, to int, collapse bool) model.Match {
	text := l.doc.Text[from:to]
	if collapse {
		text = strings.Join(strings.Fields(text), " ")
	}
	m := model.Match{Text: text, Offset: from}
	m.Line, m.Col = l.position(from)
	if to > from {
		r, size := utf8.DecodeLastRuneInString(l.doc.Text[:to])
		m.EndLine, m.EndCol = l.position(to - size)
		m.EndCol += max(utf8.RuneLen(r), 1)
	}
	return m
}

func (l *textLocator) position(off int) (line, col int) {
	if line, col = l.doc.TextPosition(off); line > 0 {
		return line, col
	}
	if off < l.off {
		l.off, l.line, l.nl = 0, 0, 0
	}
	for i := l.off; i < off; i++ {
		if l.doc.Text[i] == '\n' {
			l.line++
			l.nl = i + 1
		}
	}
	l.off = off
	col = off - l.nl + 1
	if l.line == 0 {
		col += max(l.doc.Col, 1) - 1
	}
	return max(l.doc.Line, 1) + l.line, col
}

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
	lower := asciiLower(text)
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
				return nil, false, false // a non-ASCII letter in any case: not found by asciiLower
			}
		}
		s := string(re.Rune)
		if fold {
			s = asciiLower(s)
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

// asciiLower lower-cases the ASCII letters of s, keeping every offset.
// It works through s eight bytes at a time (see lowerWord).
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var buf [4096]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		i := 0
		for ; i+8 <= n; i += 8 {
			binary.LittleEndian.PutUint64(buf[i:], lowerWord(binary.LittleEndian.Uint64(buf[i:])))
		}
		for ; i < n; i++ {
			if c := buf[i]; 'A' <= c && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		b.Write(buf[:n])
		s = s[n:]
	}
	return b.String()
}

// lowerWord lower-cases the ASCII letters among the eight bytes of w: a
// byte is an upper-case letter when adding 0x3f to its low seven bits
// sets the high bit (it is 'A' or more) and adding 0x25 does not (it is
// 'Z' or less), and its own high bit is clear; 0x20 is added to those.
func lowerWord(w uint64) uint64 {
	const high, low7 = 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	b := w & low7
	atLeastA := b + 0x3f3f3f3f3f3f3f3f
	overZ := b + 0x2525252525252525
	upper := atLeastA &^ overZ &^ w & high
	return w | upper>>2
}
