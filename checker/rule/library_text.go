package rule

import (
	"strings"
	"unicode/utf8"

	"cel.dev/cel-go/cel"
	celast "cel.dev/cel-go/common/ast"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"

	"github.com/filinglint/filinglint/checker/internal/ascii"
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
	return types.Bool(len(pat.find(w, func() string { return ascii.Lower(w) }, 1)) > 0)
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
