package rule

import (
	"math"
	"reflect"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"

	"github.com/filinglint/filinglint/checker/model"
)

// LibraryName is the name and version of the filing library. A change that
// could break a rule (a renamed function, a changed result) needs a new
// version; adding a function does not.
const LibraryName = "filinglint.v1"

// library is the filing library, filinglint.v1, listed in the package
// documentation and documented for rule authors in LIBRARY.md; keep the
// three in step.
type library struct{}

// LibraryName implements cel.SingletonLibrary.
func (library) LibraryName() string { return LibraryName }

// ProgramOptions implements cel.Library; the bindings are in the declarations.
func (library) ProgramOptions() []cel.ProgramOption { return nil }

// CompileOptions implements cel.Library.
func (library) CompileOptions() []cel.EnvOption {
	str, dbl, num := cel.StringType, cel.DoubleType, cel.IntType
	return []cel.EnvOption{
		findingFunction(),
		// f.withFix(description, line, col, end_col, text)
		// f.withFix(description, line, col, end_line, end_col, text)
		cel.Function("withFix",
			cel.MemberOverload("finding_with_fix_string_int_int_int_string",
				[]*cel.Type{FindingType, str, num, num, num, str}, FindingType,
				cel.FunctionBinding(withFix)),
			cel.MemberOverload("finding_with_fix_string_int_int_int_int_string",
				[]*cel.Type{FindingType, str, num, num, num, num, str}, FindingType,
				cel.FunctionBinding(withFix))),
		// containsFold("Risk Factors", "risk factors") == true
		cel.Function("containsFold",
			cel.Overload("contains_fold_string_string", []*cel.Type{str, str}, cel.BoolType,
				cel.BinaryBinding(func(s, sub ref.Val) ref.Val {
					return types.Bool(containsFold(string(s.(types.String)), string(sub.(types.String))))
				}))),
		// norm("Management's Discussion & Analysis....") == "managements discussion and analysis"
		cel.Function("norm",
			cel.Overload("norm_string", []*cel.Type{str}, str,
				cel.UnaryBinding(stringFunc(normText)))),
		// sum([1, 2, 3]) == 6, sum([0.5, 0.25]) == 0.75
		cel.Function("sum",
			cel.Overload("sum_list_int", []*cel.Type{cel.ListType(num)}, num, cel.UnaryBinding(sumInts)),
			cel.Overload("sum_list_double", []*cel.Type{cel.ListType(dbl)}, dbl, cel.UnaryBinding(sumDoubles))),
		// approx(1243.0, 1244.0, 1.0) == true
		cel.Function("approx",
			cel.Overload("approx_double_double_double", []*cel.Type{dbl, dbl, dbl}, cel.BoolType,
				cel.FunctionBinding(approx)),
			cel.Overload("approx_int_int_int", []*cel.Type{num, num, num}, cel.BoolType,
				cel.FunctionBinding(approx))),
		// weekday("2005-02-08") == "Tuesday"
		cel.Function("weekday",
			cel.Overload("weekday_string", []*cel.Type{str}, str, cel.UnaryBinding(stringFunc(weekdayOf)))),
		// longDate("2005-02-09") == "February 9, 2005"
		cel.Function("longDate",
			cel.Overload("long_date_string", []*cel.Type{str}, str, cel.UnaryBinding(stringFunc(longDate)))),
		// formatNumber(1243.0) == "1,243"
		cel.Function("formatNumber",
			cel.Overload("format_number_double", []*cel.Type{dbl}, str, cel.UnaryBinding(formatNumberVal)),
			cel.Overload("format_number_int", []*cel.Type{num}, str, cel.UnaryBinding(formatNumberVal))),
		// rounding("12.5%") == 0.05
		cel.Function("rounding",
			cel.Overload("rounding_string", []*cel.Type{str}, dbl, cel.UnaryBinding(func(s ref.Val) ref.Val {
				return types.Double(rounding(string(s.(types.String))))
			}))),
		// addends(t, 4, 1) == [[cell, cell], [cell]]
		cel.Function("addends",
			cel.Overload("addends_table_int_int", []*cel.Type{cel.ObjectType("model.Table"), num, num},
				cel.ListType(cel.ListType(cel.ObjectType("model.Cell"))), cel.FunctionBinding(addendsVal))),
		// cumulative([1.0, 2.0, 3.0]) == [1.0, 3.0, 6.0]
		cel.Function("cumulative",
			cel.Overload("cumulative_list_double", []*cel.Type{cel.ListType(dbl)}, cel.ListType(dbl),
				cel.UnaryBinding(cumulativeVal))),
		cel.CostModel(libraryCostModels()...),
	}
}

// findingFunction declares finding(element, message) for every locatable
// model type, finding(line, col, message) and
// finding(line, col, end_line, end_col, message).
func findingFunction() cel.EnvOption {
	str, num := cel.StringType, cel.IntType
	opts := []cel.FunctionOpt{
		cel.Overload("finding_int_int_string", []*cel.Type{num, num, str}, FindingType,
			cel.FunctionBinding(findingAt)),
		cel.Overload("finding_int_int_int_int_string", []*cel.Type{num, num, num, num, str}, FindingType,
			cel.FunctionBinding(findingAt)),
	}
	for _, e := range locatables {
		name := reflect.TypeOf(e).Name()
		opts = append(opts, cel.Overload("finding_"+strings.ToLower(name)+"_string",
			[]*cel.Type{cel.ObjectType("model." + name), str}, FindingType,
			cel.BinaryBinding(findingOf)))
	}
	return cel.Function("finding", opts...)
}

func findingOf(elem, msg ref.Val) ref.Val {
	h, ok := locate(elem.Value())
	if !ok {
		return types.NewErr("finding: %s is not a document element", elem.Type().TypeName())
	}
	h.message = string(msg.(types.String))
	return &h
}

func findingAt(args ...ref.Val) ref.Val {
	h := &hit{line: intArg(args[0]), col: intArg(args[1])}
	if len(args) == 5 {
		h.endLine, h.endCol = intArg(args[2]), intArg(args[3])
	}
	h.message = string(args[len(args)-1].(types.String))
	return h
}

// withFix adds an edit to a finding's fix. The edit replaces the text from
// line:col up to end_col (exclusive) on end_line (the same line in the
// five-argument form) with text. The fix keeps the first description.
func withFix(args ...ref.Val) ref.Val {
	h, ok := args[0].(*hit)
	if !ok {
		return types.NewErr("withFix: not a Finding")
	}
	e := hitEdit{line: intArg(args[2]), col: intArg(args[3]), text: string(args[len(args)-1].(types.String))}
	if len(args) == 6 {
		e.endLine, e.endCol = e.line, intArg(args[4])
	} else {
		e.endLine, e.endCol = intArg(args[4]), intArg(args[5])
	}
	return h.withEdit(string(args[1].(types.String)), e)
}

func addendsVal(args ...ref.Val) ref.Val {
	t, ok := args[0].Value().(model.Table)
	if !ok {
		if p, isPtr := args[0].Value().(*model.Table); isPtr && p != nil {
			t, ok = *p, true
		}
	}
	adapter, isAdapter := args[0].(types.Adapter)
	if !ok || !isAdapter {
		return types.NewErr("addends: %s is not a table", args[0].Type().TypeName())
	}
	return adapter.NativeToValue(addends(&t, intArg(args[1]), intArg(args[2])))
}

func cumulativeVal(list ref.Val) ref.Val {
	var xs []float64
	for it := list.(traits.Lister).Iterator(); it.HasNext() == types.True; {
		xs = append(xs, toFloat(it.Next()))
	}
	return types.NewDynamicList(types.DefaultTypeAdapter, cumulative(xs))
}

func intArg(v ref.Val) int { return int(v.(types.Int)) }

func stringFunc(f func(string) string) func(ref.Val) ref.Val {
	return func(s ref.Val) ref.Val { return types.String(f(string(s.(types.String)))) }
}

func sumInts(list ref.Val) ref.Val {
	var total types.Int
	for it := list.(traits.Lister).Iterator(); it.HasNext() == types.True; {
		n, ok := it.Next().(types.Int)
		if !ok {
			return types.NewErr("sum: list holds a non-int")
		}
		total += n
	}
	return total
}

func sumDoubles(list ref.Val) ref.Val {
	var total types.Double
	for it := list.(traits.Lister).Iterator(); it.HasNext() == types.True; {
		n, ok := it.Next().(types.Double)
		if !ok {
			return types.NewErr("sum: list holds a non-double")
		}
		total += n
	}
	return total
}

func approx(args ...ref.Val) ref.Val {
	a, b, tol := toFloat(args[0]), toFloat(args[1]), toFloat(args[2])
	return types.Bool(math.Abs(a-b) <= tol)
}

func formatNumberVal(x ref.Val) ref.Val { return types.String(formatNumber(toFloat(x))) }

func toFloat(v ref.Val) float64 {
	switch n := v.(type) {
	case types.Double:
		return float64(n)
	case types.Int:
		return float64(n)
	}
	return math.NaN()
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
