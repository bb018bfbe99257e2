package rule

import (
	"strings"

	celast "cel.dev/cel-go/common/ast"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
)

// Cost limits. CEL counts cost in abstract units: about one per field
// access, comparison or call, a tenth of a unit per character a string
// function scans, and the work of a comprehension times the length of its
// list. One unit takes roughly 100 ns when a rule walks the model.
const (
	// MaxEstimatedCost is the static bound, checked once at load: a rule
	// whose worst case over a document of the sizes in fieldSizes exceeds
	// it is rejected. The estimate multiplies the largest size of every
	// list a rule nests, so it is pessimistic: table/footing, which walks
	// each table's rows against the rows above them, estimates 8.6e11 and
	// fits; a rule that compares every line with every other line
	// estimates 1.1e14 and does not.
	MaxEstimatedCost = 5_000_000_000_000

	// CostBudget is what one rule may spend on one document at run time,
	// about 10 seconds of evaluation. On the 1.4 MB document of
	// BenchmarkEval the example rules spend 0.1M to 1.5M units. A rule
	// that exceeds the budget yields a rule/error finding for that
	// document and the run goes on.
	CostBudget = 100_000_000

	// interruptEvery is how many comprehension iterations pass between
	// checks of the context, so that cancellation stops an evaluation.
	interruptEvery = 1000
)

// costBudget is CostBudget, a variable so that tests can lower it.
var costBudget uint64 = CostBudget

// fieldSizes bounds the collections and strings of the largest document
// the static estimate plans for (a 50 MB submission), by model
// type and CEL field name: element counts for lists and maps, characters
// for strings. They are looked up by the type of the value a field is
// selected from, so doc.lines.filter(…).map(l, l.text) still knows that
// l.text is a line.
var fieldSizes = map[string]uint64{
	"Document.text":        50_000_000,
	"Document.lines":       1_000_000,
	"Document.pages":       5_000,
	"Document.headings":    10_000,
	"Document.sections":    10_000,
	"Document.tables":      1_000,
	"Document.xrefs":       10_000,
	"Document.dates":       50_000,
	"Document.amounts":     100_000,
	"Document.ranges":      10_000,
	"Document.family":      4,
	"Document.header":      200,
	"Submission.documents": 1_000,
	"TOC.entries":          1_000,
	"Section.text":         50_000_000,
	"Table.header":         20,
	"Table.rows":           200,
	"Row.cells":            20,
	"Line.text":            1_000,
	"Cell.text":            40,
	"Date.text":            100,
	"Date.date":            10,
	"Date.weekday":         9,
	"Document.sums":        10_000,
	"Sum.parts":            12, // extract.Sums stops there
	"Document.raw_lines":   1_000_000,
	"Document.tags":        100_000,
	"Document.markup":      100_000,
	"RawLine.text":         1_000,
	"Tag.name":             8,
}

// defaultStringSize bounds any other string of the model (titles, labels,
// captions, header values) and any string whose origin the estimator
// cannot see.
const defaultStringSize = 2_000

// sizeEstimator gives CEL's cost estimator the sizes of the model's
// fields, using the checked expression's types.
type sizeEstimator struct{ checked *celast.AST }

// EstimateSize implements cost.Estimator.
func (e sizeEstimator) EstimateSize(node cost.AstNode) *cost.SizeEstimate {
	if node.ComputedSize() != nil {
		return nil
	}
	if x := node.Expr(); x != nil && x.Kind() == celast.SelectKind {
		sel := x.AsSelect()
		if t := e.checked.GetType(sel.Operand().ID()); t != nil {
			key := strings.TrimPrefix(t.TypeName(), "model.") + "." + sel.FieldName()
			if n, ok := fieldSizes[key]; ok {
				return &cost.SizeEstimate{Max: n}
			}
		}
	}
	if t := node.Type(); t != nil && t.Kind() == types.StringKind {
		return &cost.SizeEstimate{Max: defaultStringSize}
	}
	return nil
}

// EstimateCallCost implements cost.Estimator; the library's cost models
// and CEL's own cover every function.
func (sizeEstimator) EstimateCallCost(string, string, *cost.AstNode, []cost.AstNode) *cost.CallEstimate {
	return nil
}

// libraryCostModels tell the cost estimator and the runtime tracker what
// the library's functions cost: the string functions scan their input, sum
// walks its list, everything else is a constant-time call. String results
// carry a size so that what a rule does with them can be estimated.
func libraryCostModels() []cost.OverloadModel {
	call := cost.Const(cost.CallCost)
	scan := func(i int) cost.QuantityExpr { return cost.StringScan(cost.Length(cost.Arg(i))) }
	models := []cost.OverloadModel{
		cost.Overload("contains_fold_string_string", cost.EvalCost(cost.Sum(call, scan(0), scan(1),
			cost.Mul(cost.Scale(cost.Arg(0), cost.StringTraversalCostFactor), cost.Scale(cost.Arg(1), cost.StringTraversalCostFactor))))),
		cost.Overload("norm_string", cost.EvalCost(cost.Sum(call, scan(0), cost.Length(cost.Result()))),
			cost.ResultSize(cost.AtMost(cost.Scale(cost.Arg(0), 3)))),
		cost.Overload("sum_list_int", cost.EvalCost(cost.Sum(call, cost.Length(cost.Arg(0))))),
		cost.Overload("sum_list_double", cost.EvalCost(cost.Sum(call, cost.Length(cost.Arg(0))))),
		cost.Overload("weekday_string", cost.EvalCost(call), cost.ResultSize(cost.AtMost(cost.Const(9)))),
		cost.Overload("long_date_string", cost.EvalCost(cost.Sum(call, scan(0))),
			cost.ResultSize(cost.AtMost(cost.Max(cost.Arg(0), cost.Const(18))))),
		cost.Overload("format_number_double", cost.EvalCost(call), cost.ResultSize(cost.AtMost(cost.Const(32)))),
		cost.Overload("format_number_int", cost.EvalCost(call), cost.ResultSize(cost.AtMost(cost.Const(32)))),
		cost.Overload("rounding_string", cost.EvalCost(cost.Sum(call, scan(0)))),
		cost.Overload("addends_table_int_int", cost.ManualCost(estimateAddends, trackAddends)),
		cost.Overload("cumulative_list_double", cost.EvalCost(cost.Sum(call, cost.Length(cost.Arg(0)))),
			cost.ResultSize(cost.Arg(0))),
	}
	return models
}

// estimateAddends bounds addends: it may look at every row above the total
// once for the walk and once more for each unmarked subtotal it tests.
func estimateAddends(cost.Estimator, *cost.AstNode, []cost.AstNode) *cost.CallEstimate {
	rows := fieldSizes["Table.rows"]
	size := cost.ListSizeEstimate(cost.RangedSizeEstimate(0, maxGroups), cost.RangedSizeEstimate(0, rows))
	return cost.NewCallEstimate(cost.RangedCostEstimate(1, rows*rows), &size)
}

// trackAddends charges addends for the rows above the total, twice.
func trackAddends(args []ref.Val, _ ref.Val) *uint64 {
	n := uint64(1)
	if i, ok := args[1].(types.Int); ok && i > 0 {
		n += 2 * uint64(i)
	}
	return &n
}
