package rule

import (
	"strings"
	"unicode/utf8"

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
