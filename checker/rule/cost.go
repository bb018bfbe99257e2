package rule

import (
	"strings"

	celast "cel.dev/cel-go/common/ast"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
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
	// each table's rows against its other rows, estimates 1.9e11 and
	// fits; a rule that compares every line with every other line
	// estimates 1.8e13 and does not.
	MaxEstimatedCost = 1_000_000_000_000

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
// the static estimate plans for (a 20 MB 10-K with its exhibits), by model
// type and CEL field name: element counts for lists and maps, characters
// for strings. They are looked up by the type of the value a field is
// selected from, so doc.lines.filter(…).map(l, l.text) still knows that
// l.text is a line.
var fieldSizes = map[string]uint64{
	"Document.text":        20_000_000,
	"Document.lines":       400_000,
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
	"Section.text":         20_000_000,
	"Table.header":         20,
	"Table.rows":           200,
	"Row.cells":            20,
	"Line.text":            1_000,
	"Cell.text":            40,
	"Date.text":            100,
	"Date.date":            10,
	"Date.weekday":         9,
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
