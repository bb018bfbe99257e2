package rule

import (
	"reflect"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
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
	return append(areaFunctions(), []cel.EnvOption{
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
		cel.CostModel(append(libraryCostModels(), areaCostModels()...)...),
	}...)
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
