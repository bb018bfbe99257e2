package rule

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"weak"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"

	"github.com/filinglint/filinglint/checker/model"
)

// The match functions find what a title names: the headings and lines a
// table-of-contents entry or a cross reference points at, the text around
// a reference, the series of a page label and the Items a heading names.
// LIBRARY.md documents them for rule authors.

// matchFunctions declares the library functions of the match rules.
func matchFunctions() []cel.EnvOption {
	str, num, docType := cel.StringType, cel.IntType, cel.ObjectType("model.Document")
	return []cel.EnvOption{
		// titleMatches("item 1a risk factors", "risk factors") == true
		cel.Function("titleMatches",
			cel.Overload("title_matches_string_string", []*cel.Type{str, str}, cel.BoolType,
				cel.BinaryBinding(func(a, b ref.Val) ref.Val {
					return types.Bool(matchTitles(string(a.(types.String)), string(b.(types.String))) != noMatch)
				}))),
		// titleSimilar("prospectus supplement summary", "prospectus summary") == true
		cel.Function("titleSimilar",
			cel.Overload("title_similar_string_string", []*cel.Type{str, str}, cel.BoolType,
				cel.BinaryBinding(func(a, b ref.Val) ref.Val {
					return types.Bool(titleSimilar(parseTitle(string(a.(types.String))), parseTitle(string(b.(types.String)))))
				}))),
		// headingsFor(doc, "risk factors") == [the RISK FACTORS headings]
		cel.Function("headingsFor",
			cel.Overload("headings_for_document_string", []*cel.Type{docType, str},
				cel.ListType(cel.ObjectType("model.Heading")), cel.BinaryBinding(headingsForVal))),
		// linesFor(doc, "item 5 market for registrants common equity") == [that line]
		cel.Function("linesFor",
			cel.Overload("lines_for_document_string", []*cel.Type{docType, str},
				cel.ListType(cel.ObjectType("model.Line")), cel.BinaryBinding(linesForVal))),
		// textAfter(doc, x.page_line, x.page_end_col, 40) == " of the accompanying prospectus"
		cel.Function("textAfter",
			cel.Overload("text_after_document_int_int_int", []*cel.Type{docType, num, num, num}, str,
				cel.FunctionBinding(func(args ...ref.Val) ref.Val { return textNear(args, false) }))),
		// textBefore(doc, x.line, x.col, 40) == "described in our Annual Report under "
		cel.Function("textBefore",
			cel.Overload("text_before_document_int_int_int", []*cel.Type{docType, num, num, num}, str,
				cel.FunctionBinding(func(args ...ref.Val) ref.Val { return textNear(args, true) }))),
		// pageSeries("S-5") == "S-"
		cel.Function("pageSeries",
			cel.Overload("page_series_string", []*cel.Type{str}, str, cel.UnaryBinding(stringFunc(pageSeries)))),
		// coverLines(doc) == [the lines of the prospectus cover from its title on]
		cel.Function("coverLines",
			cel.Overload("cover_lines_document", []*cel.Type{docType},
				cel.ListType(cel.ObjectType("model.Line")), cel.UnaryBinding(coverLinesVal))),
		// itemNumbers("Items 1 and 2. Business and Properties") == ["1", "2"]
		// itemNumbers(doc) == ["1", "1a", "2", …]: every Item its headings, toc entries and lines name
		cel.Function("itemNumbers",
			cel.Overload("item_numbers_string", []*cel.Type{str}, cel.ListType(str),
				cel.UnaryBinding(func(s ref.Val) ref.Val {
					return types.NewStringList(types.DefaultTypeAdapter, itemNumbers(string(s.(types.String))))
				})),
			cel.Overload("item_numbers_document", []*cel.Type{docType}, cel.ListType(str),
				cel.UnaryBinding(func(d ref.Val) ref.Val {
					doc := docArg(d)
					if doc == nil {
						return types.NewErr("itemNumbers: %s is not a document", d.Type().TypeName())
					}
					return types.NewStringList(types.DefaultTypeAdapter, docItems(doc))
				}))),
	}
}

// matchCostModels gives the cost models of the match functions: the title
// functions scan their arguments; headingsFor and linesFor look at every
// heading or line of the document, and linesFor reads each line; textAfter
// and textBefore cost the text they return.
func matchCostModels() []cost.OverloadModel {
	call := cost.Const(cost.CallCost)
	scan := func(i int) cost.QuantityExpr { return cost.StringScan(cost.Length(cost.Arg(i))) }
	titles := cost.EvalCost(cost.Sum(call, scan(0), scan(1)))
	near := cost.EvalCost(cost.Sum(call, cost.Const(textSearchCost), cost.StringScan(cost.IntArg(3, maxNear))))
	return []cost.OverloadModel{
		cost.Overload("title_matches_string_string", titles),
		cost.Overload("title_similar_string_string", titles),
		cost.Overload("headings_for_document_string", cost.ManualCost(
			estimateWalk("Document.headings", headingCost), trackWalk(headingCost, func(d *model.Document) int { return len(d.Headings) }))),
		cost.Overload("lines_for_document_string", cost.ManualCost(
			estimateWalk("Document.lines", lineCost), trackWalk(lineCost, func(d *model.Document) int { return len(d.Lines) }))),
		cost.Overload("cover_lines_document", cost.ManualCost(
			estimateWalk("Document.lines", coverCost), trackWalk(coverCost, func(d *model.Document) int { return min(len(d.Lines), coverScan) }))),
		cost.Overload("text_after_document_int_int_int", near, cost.ResultSize(cost.IntArg(3, maxNear))),
		cost.Overload("text_before_document_int_int_int", near, cost.ResultSize(cost.IntArg(3, maxNear))),
		cost.Overload("page_series_string", cost.EvalCost(cost.Sum(call, scan(0))), cost.ResultSize(cost.Arg(0))),
		cost.Overload("item_numbers_string", cost.EvalCost(cost.Sum(call, scan(0))),
			cost.ResultSize(cost.AtMost(cost.Const(maxItems)))),
		cost.Overload("item_numbers_document", cost.ManualCost(estimateItems,
			trackWalk(itemCost, func(d *model.Document) int { return len(d.Lines) + len(d.Headings) + len(d.TOC.Entries) }))),
	}
}

// Cost of the walking functions, per element: a heading's norm is short;
// linesFor normalises the lines that might match, a tenth of a unit per
// character as CEL charges a string scan.
const (
	headingCost    = 5
	lineCost       = 12
	coverCost      = 3
	itemCost       = 1
	textSearchCost = 40 // the binary search for a position in the text
	maxNear        = 1000
	maxItems       = 40
)

// estimateWalk bounds a function that visits each element of a document
// list once, for the largest document the static estimate plans for.
func estimateWalk(field string, per uint64) cost.FunctionEstimator {
	return func(cost.Estimator, *cost.AstNode, []cost.AstNode) *cost.CallEstimate {
		n := fieldSizes[field]
		size := cost.ListSizeEstimate(cost.RangedSizeEstimate(0, n), cost.UnknownSizeEstimate())
		return cost.NewCallEstimate(cost.RangedCostEstimate(1, 1+n*per), &size)
	}
}

// trackWalk charges a walking function for the elements it visited.
func trackWalk(per uint64, count func(*model.Document) int) cost.FunctionTracker {
	return func(args []ref.Val, _ ref.Val) *uint64 {
		n := uint64(1)
		if d := docArg(args[0]); d != nil {
			n += per * uint64(count(d))
		}
		return &n
	}
}

// docArg returns the document a function was called with, or nil.
func docArg(v ref.Val) *model.Document {
	switch d := v.Value().(type) {
	case *model.Document:
		return d
	case model.Document:
		return &d
	}
	return nil
}

func headingsForVal(d, title ref.Val) ref.Val {
	doc, adapter, ok := docAndAdapter(d)
	if !ok {
		return types.NewErr("headingsFor: %s is not a document", d.Type().TypeName())
	}
	return adapter.NativeToValue(headingsFor(doc, string(title.(types.String))))
}

func coverLinesVal(d ref.Val) ref.Val {
	doc, adapter, ok := docAndAdapter(d)
	if !ok {
		return types.NewErr("coverLines: %s is not a document", d.Type().TypeName())
	}
	return adapter.NativeToValue(coverLines(doc))
}

func linesForVal(d, title ref.Val) ref.Val {
	doc, adapter, ok := docAndAdapter(d)
	if !ok {
		return types.NewErr("linesFor: %s is not a document", d.Type().TypeName())
	}
	return adapter.NativeToValue(linesFor(doc, string(title.(types.String))))
}

func docAndAdapter(v ref.Val) (*model.Document, types.Adapter, bool) {
	doc := docArg(v)
	adapter, ok := v.(types.Adapter)
	return doc, adapter, doc != nil && ok
}

// textNear returns the visible text after (or before) a file position,
// white space collapsed: args are doc, line, col and the number of bytes
// wanted. After the page number of `see "Risk Factors" on page 5 of the
// accompanying prospectus`, textAfter(doc, line, col, 30) is "of the
// accompanying prospectus".
func textNear(args []ref.Val, before bool) ref.Val {
	doc := docArg(args[0])
	if doc == nil {
		return types.NewErr("text near: %s is not a document", args[0].Type().TypeName())
	}
	n := min(max(intArg(args[3]), 0), maxNear)
	off := textOffset(doc, intArg(args[1]), intArg(args[2]))
	if off < 0 {
		return types.String("")
	}
	s, e := off, min(off+n, len(doc.Text))
	if before {
		s, e = max(off-n, 0), off
	}
	for s < e && !utf8.RuneStart(doc.Text[s]) {
		s++
	}
	for e < len(doc.Text) && e > s && !utf8.RuneStart(doc.Text[e]) {
		e--
	}
	return types.String(strings.Join(strings.Fields(doc.Text[s:e]), " "))
}

// textOffset returns the first offset in doc.Text whose position in the
// file is at or after line:col, or -1 when there is none (or the document
// carries no map from text to file). Positions grow with the offset, so a
// binary search finds it.
func textOffset(doc *model.Document, line, col int) int {
	lo, hi := 0, len(doc.Text)
	if l, _ := doc.TextPosition(0); l == 0 || line <= 0 {
		return -1
	}
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		l, c := doc.TextPosition(mid)
		if l < line || l == line && c < col {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(doc.Text) {
		return -1
	}
	return lo
}

// coverTitle matches the lines that mark a prospectus cover: its title
// ("PROSPECTUS", "Preliminary Prospectus Supplement", "Short Form Base
// Shelf Prospectus (To Prospectus dated …)"), "Subject to Completion" and
// "The date of this prospectus is".
var coverTitle = regexp.MustCompile(`(?i)date of this (preliminary )?prospectus( supplement)? is|^\s*subject to completion|` +
	`^\s*(preliminary )?(short form )?(base )?(shelf )?prospectus( supplement)?\s*(\(.*\))?\s*$`)

// tocCaption matches the caption of a table of contents.
var tocCaption = regexp.MustCompile(`(?i)^\s*(table of )?contents\s*$`)

// Where coverLines looks: the cover title must stand within the first
// nine pages (a registration statement's facing page and fee table come
// first) and the first coverScan lines, and a document without page
// breaks has a cover of at most coverSpan lines.
const (
	coverPages = 9
	coverScan  = 3000
	coverSpan  = 150
)

// coverLines returns the lines of a prospectus's outside front cover page
// from its title on: the first line, within the first nine pages (and
// the first coverScan lines), that
// reads as a cover title, "Subject to Completion" or "The date of this
// prospectus is" (see coverTitle), to the end of its page or to a table
// of contents caption, whichever comes first. In a document without page
// breaks the cover ends coverSpan lines after the title. A document
// without such a line has no cover: nil. The first line returned is the
// title, where a rule reports what the cover lacks.
//
// For the seed prospectus, coverLines returns its lines 1 to 59, from
// "PROSPECTUS" to "The date of this Prospectus is May 26, 2004".
func coverLines(doc *model.Document) []model.Line {
	title := -1
	for i, l := range doc.Lines[:min(len(doc.Lines), coverScan)] {
		if l.PageIndex >= coverPages {
			break
		}
		if (containsFoldASCII(l.Text, "prospectus") || containsFoldASCII(l.Text, "subject to")) && coverTitle.MatchString(l.Text) {
			title = i
			break
		}
	}
	if title < 0 {
		return nil
	}
	page := doc.Lines[title].PageIndex
	end := title + 1
	for end < len(doc.Lines) && doc.Lines[end].PageIndex == page && !tocCaption.MatchString(doc.Lines[end].Text) {
		if len(doc.Pages) <= 1 && end-title >= coverSpan {
			break
		}
		end++
	}
	return doc.Lines[title:end]
}

// headingsFor returns the headings whose titles match title: those that
// match it exactly (after the tolerances of matchTitles) if there are
// any, else those that match it in the looser tier. For a document whose
// headings are "RISK FACTORS" on page 2 and "Risk Factors" on page S-5,
// headingsFor(doc, "Item 1A. Risk Factors") returns both.
func headingsFor(doc *model.Document, title string) []model.Heading {
	want := parseTitle(title)
	idx := headingIndexOf(doc)
	var exact, wrapped []int
	for _, i := range idx.candidates(want) {
		switch matchKeys(want, idx.keys[i]) {
		case exactMatch:
			exact = append(exact, i)
		case wrapMatch:
			wrapped = append(wrapped, i)
		}
	}
	if len(exact) == 0 {
		exact = wrapped
	}
	out := make([]model.Heading, len(exact))
	for k, i := range exact {
		out[k] = doc.Headings[i]
	}
	return out
}

// headingIndex holds the title keys of a document's headings and, by
// the first word and by the Item of each, the headings that can match a
// title: two titles match only if their words start alike, if they name
// the same Item, or if one of them has no words besides its Item or Part.
type headingIndex struct {
	keys   []titleKey
	byWord map[string][]int
	byItem map[string][]int
	bare   []int // headings with no words besides an Item or Part
}

func newHeadingIndex(doc *model.Document) *headingIndex {
	idx := &headingIndex{keys: make([]titleKey, len(doc.Headings)), byWord: map[string][]int{}, byItem: map[string][]int{}}
	for i, h := range doc.Headings {
		k := parseTitle(h.Norm)
		idx.keys[i] = k
		if len(k.words) > 0 {
			idx.byWord[k.words[0]] = append(idx.byWord[k.words[0]], i)
		} else {
			idx.bare = append(idx.bare, i)
		}
		if k.item != "" {
			idx.byItem[k.item] = append(idx.byItem[k.item], i)
		}
	}
	return idx
}

// candidates returns, in document order and each once, the headings that
// may match want.
func (idx *headingIndex) candidates(want titleKey) []int {
	if len(want.words) == 0 {
		all := make([]int, len(idx.keys))
		for i := range all {
			all[i] = i
		}
		return all
	}
	c := slices.Concat(idx.byWord[want.words[0]], idx.bare)
	if want.item != "" {
		c = append(c, idx.byItem[want.item]...)
	}
	slices.Sort(c)
	return slices.Compact(c)
}

// indexCache holds the heading indexes of the documents being evaluated,
// so that headingsFor, called for every table of contents entry and
// cross reference by several rules, parses each heading once. It refers
// to the documents weakly and keeps a few: one per worker is enough.
var indexCache struct {
	sync.Mutex
	entries [16]cachedIndex
	next    int
}

type cachedIndex struct {
	doc weak.Pointer[model.Document]
	idx *headingIndex
}

// headingIndexOf returns the heading index of doc.
func headingIndexOf(doc *model.Document) *headingIndex {
	indexCache.Lock()
	for _, c := range indexCache.entries {
		if c.idx != nil && c.doc.Value() == doc && len(c.idx.keys) == len(doc.Headings) {
			indexCache.Unlock()
			return c.idx
		}
	}
	indexCache.Unlock()
	idx := newHeadingIndex(doc)
	indexCache.Lock()
	indexCache.entries[indexCache.next] = cachedIndex{doc: weak.Make(doc), idx: idx}
	indexCache.next = (indexCache.next + 1) % len(indexCache.entries)
	indexCache.Unlock()
	return idx
}

// linesFor returns the visible lines that hold title and nothing else,
// its first words (a title wrapped onto the next line), or title as a
// run-in heading ("General. The notes will…", "Dilution: …"): headings
// the heading finder missed. linesFor(doc, "Item 5. Market for
// Registrant's Common Equity, Related Stockholder Matters and Issuer
// Purchases of Equity Securities") finds that line of a 10-K, a title
// of fifteen words that is too long to be taken for a heading.
func linesFor(doc *model.Document, title string) []model.Line {
	want := parseTitle(title)
	if len(want.words) == 0 && want.item == "" {
		return nil
	}
	limit := 3*len(title) + 24
	needle := lineNeedle(want)
	var out []model.Line
	for _, l := range doc.Lines {
		if needle != "" && !containsFoldASCII(l.Text, needle) {
			continue
		}
		text := strings.TrimSpace(l.Text)
		if text == "" {
			continue
		}
		if len(text) > limit {
			if runIn(text, want, len(title)) {
				out = append(out, l)
			}
			continue
		}
		got := parseTitle(text)
		switch m := matchKeys(want, got); {
		case m == exactMatch, m == wrapMatch && len(got.words) < len(want.words):
			out = append(out, l)
		case runIn(text, want, len(title)):
			out = append(out, l)
		}
	}
	return out
}

// lineNeedle returns a piece of text every line that matches want
// holds, to pass over the others without parsing them: the first five
// letters of the title's longest word of four letters or more (the start
// of a word survives what norm, singular and cutFootnote take off its
// end), or "item" for a bare Item.
func lineNeedle(want titleKey) string {
	best := ""
	for _, w := range want.words {
		if len(w) > len(best) && len(w) >= 4 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			best = w
		}
	}
	if best == "" && want.item != "" && len(want.words) == 0 {
		return "item"
	}
	return best[:min(len(best), 5)]
}

// containsFoldASCII reports whether s holds sub, a lower-case ASCII
// word, in any letter case.
func containsFoldASCII(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		j := 1
		for j < n && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// runIn reports a line that starts with the title followed by a period,
// colon or dash and more text: a run-in heading.
func runIn(text string, want titleKey, n int) bool {
	end := strings.IndexAny(text, ".:\u2014")
	if end <= 0 || end > n+12 || end+1 >= len(text) {
		return false
	}
	if strings.HasPrefix(text[end:], ".") && end+1 < len(text) && text[end+1] != ' ' {
		return false // "U.S." or "Inc.": not the end of a title
	}
	return matchKeys(want, parseTitle(text[:end])) == exactMatch
}

// titleKey is a title as matching compares it: the Part and Item it names
// ("ii", "7a"; "" for none) and its other words, with "the" dropped,
// plurals made singular and footnote digits ("Terms1") cut off.
type titleKey struct {
	part, item string
	words      []string
}

// match tiers: titles that are the same after the tolerances, and titles
// of which one is the start of the other (a title wrapped onto a second
// line, a heading with a subtitle).
const (
	noMatch = iota
	wrapMatch
	exactMatch
)

// parseTitle reduces a title, as written or as a norm, to its key.
func parseTitle(s string) titleKey {
	if !isNorm(s) {
		s = normText(s)
	}
	f := strings.Fields(s)
	var k titleKey
	if len(f) > 1 && f[0] == "part" && isRoman(f[1]) {
		k.part, f = f[1], f[2:]
	}
	if len(f) > 1 && f[0] == "item" && isItemNumber(f[1]) {
		k.item, f = f[1], f[2:]
	}
	k.words = make([]string, 0, len(f))
	for _, w := range f {
		if w != "the" {
			k.words = append(k.words, singular(cutFootnote(w)))
		}
	}
	return k
}

// isNorm reports text that is already a norm: lower-case letters, digits
// and single spaces.
func isNorm(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' && i > 0 && s[i-1] != ' ') {
			return false
		}
	}
	return !strings.HasSuffix(s, " ")
}

func isRoman(w string) bool { return w != "" && strings.Trim(w, "ivx") == "" }

// isItemNumber matches "1", "7a", "15".
func isItemNumber(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	return d >= 1 && d <= 2 && len(w)-d <= 1 && (d == len(w) || w[d] >= 'a' && w[d] <= 'd')
}

// cutFootnote drops the digits a footnote marker leaves on a word:
// "terms1" → "terms"; "10k", "s3" and numbers stay.
func cutFootnote(w string) string {
	e := len(w)
	for e > 0 && w[e-1] >= '0' && w[e-1] <= '9' {
		e--
	}
	if e >= 3 && e < len(w) && len(w)-e <= 2 && !strings.ContainsAny(w[:e], "0123456789") {
		return w[:e]
	}
	return w
}

// singular drops the s of a plural: "factors" → "factor"; "ss" endings
// and short words stay.
func singular(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}

// matchTitles compares two titles with the tolerances real tables of
// contents need: case, "&" and punctuation (norm), "the", plurals,
// footnote markers, an "Item 1A." or "Part II" prefix that only one of
// them has (two different Items never match), a bare "Item 7" standing
// for "Item 7. Management's Discussion…", a wrapped title (one title of
// three words or more that starts the other and has at least half its
// words), and two titles of the same Item worded differently. The last
// two are the looser tier, which headingsFor falls back on.
// matchTitles("Item 1A. Risk Factors", "risk factors") is exactMatch,
// matchTitles("Item 14. Principal Accountant Fees", "item 14 principal
// accounting fees") wrapMatch, and matchTitles("Risk Factors", "Experts")
// noMatch. titleMatches(a, b) in CEL is true for either match.
func matchTitles(a, b string) int { return matchKeys(parseTitle(a), parseTitle(b)) }

func matchKeys(a, b titleKey) int {
	if a.item != "" && b.item != "" && a.item != b.item || a.part != "" && b.part != "" && a.part != b.part {
		return noMatch
	}
	if len(a.words) == 0 || len(b.words) == 0 {
		same := a.item != "" && a.item == b.item ||
			a.item == "" && b.item == "" && a.part != "" && a.part == b.part
		if same {
			return exactMatch
		}
		return noMatch
	}
	if slices.Equal(a.words, b.words) {
		return exactMatch
	}
	short, long := a.words, b.words
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) >= 3 && 2*len(short) >= len(long) && slices.Equal(long[:len(short)], short) {
		return wrapMatch
	}
	if a.item != "" && a.item == b.item {
		return wrapMatch // the same Item, its title worded differently
	}
	return noMatch
}

// titleSimilar is a looser match, for a title checked against a heading
// on the page it names: the titles match, or the words of the shorter
// title, at least two and at least half as many as the longer has, stand
// in the longer in the same order ("Prospectus Supplement Summary" and
// "Prospectus Summary"), or four in five of their words are the same
// ("Note 10 Debit, Credit Facilities" and "Note 10 Debt, Credit
// Facilities").
func titleSimilar(a, b titleKey) bool {
	if matchKeys(a, b) != noMatch {
		return true
	}
	if a.item != "" && b.item != "" && a.item != b.item {
		return false
	}
	short, long := a.words, b.words
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) < 2 || 2*len(short) < len(long) {
		return false
	}
	i, common := 0, 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
		if slices.Contains(short, w) {
			common++
		}
	}
	return i == len(short) || len(short) >= 3 && 5*2*common >= 4*(len(short)+len(long))
}

// pageSeries returns what a page label's numbers count within: "S-" for
// "S-5", "F-" for "F-10", "" for plain numbers, "roman" for "ii". Two
// labels of one series can be compared; "5" and "S-5" cannot.
func pageSeries(label string) string {
	l := strings.TrimSpace(label)
	if l != "" && strings.Trim(strings.ToLower(l), "ivxlc") == "" {
		return "roman"
	}
	return strings.ToUpper(strings.TrimRight(l, "0123456789"))
}

// itemNumbers returns the Items a heading or line names at its start:
// "Item 7A." → ["7a"], "Items 1 and 2. Business and Properties" → ["1",
// "2"], "Part III, Items 10 through 14" → ["10" … "14"]. Text that does
// not start with an Item gives none.
func itemNumbers(s string) []string {
	f := strings.Fields(normText(s))
	if len(f) > 1 && f[0] == "part" && isRoman(f[1]) {
		f = f[2:]
	}
	if len(f) < 2 || f[0] != "item" && f[0] != "items" {
		return []string{}
	}
	out := []string{}
	through := false
	for _, w := range f[1:] {
		switch {
		case isItemNumber(w):
			if through && len(out) > 0 {
				out = append(out, itemRange(out[len(out)-1], w)...)
			} else {
				out = append(out, w)
			}
			through = false
		case w == "and" || w == "to" || w == "through" || w == "thru":
			through = w != "and"
		default:
			return out
		}
		if len(out) >= maxItems {
			return out[:maxItems]
		}
	}
	return out
}

// docItems returns the Items a document names at the start of a heading,
// a table of contents entry or a line, each once, in the order met: for
// an annual report "1", "1a", "2" … "15".
func docItems(doc *model.Document) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !startsWithItem(s) {
			return
		}
		for _, n := range itemNumbers(s) {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	for _, h := range doc.Headings {
		add(h.Text)
	}
	for _, e := range doc.TOC.Entries {
		add(e.Title)
	}
	for _, l := range doc.Lines {
		if len(l.Text) < 400 {
			add(l.Text)
		}
	}
	return out
}

// startsWithItem is a quick test for text that may start with "Item",
// "Items" or "Part", in any letter case.
func startsWithItem(s string) bool {
	t := strings.TrimLeft(s, " \t\u00a0")
	return len(t) >= 4 && (containsFoldASCII(t[:4], "item") || containsFoldASCII(t[:4], "part"))
}

// estimateItems bounds itemNumbers(doc): a look at every line, heading
// and entry, and at most one of each Item number.
func estimateItems(cost.Estimator, *cost.AstNode, []cost.AstNode) *cost.CallEstimate {
	n := fieldSizes["Document.lines"] + fieldSizes["Document.headings"] + fieldSizes["TOC.entries"]
	size := cost.ListSizeEstimate(cost.RangedSizeEstimate(0, 200), cost.RangedSizeEstimate(1, 3))
	return cost.NewCallEstimate(cost.RangedCostEstimate(1, 1+n*itemCost), &size)
}

// itemRange lists the plain Items after from up to to: "10" to "14" gives
// "11" … "14".
func itemRange(from, to string) []string {
	a, errA := strconv.Atoi(from)
	b, errB := strconv.Atoi(to)
	if errA != nil || errB != nil || b <= a || b-a > maxItems {
		return []string{to}
	}
	var out []string
	for n := a + 1; n <= b; n++ {
		out = append(out, strconv.Itoa(n))
	}
	return out
}
