package rule

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse/extract"
)

// arithFunctions declares the library functions of the arith rules (the
// table and consistency categories): columns, foots, crossAddends and
// rounding(Sum). addends, cumulative and rounding(string), which they
// build on, are in library.go.
func arithFunctions() []cel.EnvOption {
	num, str, table := cel.IntType, cel.StringType, cel.ObjectType("model.Table")
	return []cel.EnvOption{
		// columns(t, "(?i)offered", "(?i)%|percent") == [1]
		cel.Function("columns",
			cel.Overload("columns_table_string_string", []*cel.Type{table, str, str}, cel.ListType(num),
				cel.FunctionBinding(columnsVal))),
		// foots(t, 4, 1) == true
		cel.Function("foots",
			cel.Overload("foots_table_int_int", []*cel.Type{table, num, num}, cel.BoolType,
				cel.FunctionBinding(footsVal))),
		// crossAddends(t, 4) == [3, 2, 1]
		cel.Function("crossAddends",
			cel.Overload("cross_addends_table_int", []*cel.Type{table, num}, cel.ListType(num),
				cel.BinaryBinding(crossAddendsVal))),
		// rounding(s) == 150000.0 for "$4.0 million consisted of $1.5 million … and $2.6 million"
		cel.Function("rounding",
			cel.Overload("rounding_sum", []*cel.Type{cel.ObjectType("model.Sum")}, cel.DoubleType,
				cel.UnaryBinding(sumRoundingVal))),
	}
}

// arithCostModels gives the cost models of the arith functions: foots
// walks the rows above its total as addends does; crossAddends tries each
// run of columns beside the total column on every row; rounding(Sum)
// rescans the statement's text, a sentence or two.
func arithCostModels() []cost.OverloadModel {
	return []cost.OverloadModel{
		cost.Overload("columns_table_string_string", cost.ManualCost(estimateColumns, trackColumns)),
		cost.Overload("foots_table_int_int", cost.ManualCost(estimateFoots, trackFoots)),
		cost.Overload("cross_addends_table_int", cost.ManualCost(estimateCrossAddends, trackCrossAddends)),
		cost.Overload("rounding_sum", cost.EvalCost(cost.Const(sumTextCost))),
	}
}

// sumTextCost is what rounding(Sum) costs: a stated sum's text is at most
// about a thousand characters, scanned once.
const sumTextCost = 100

// estimateColumns bounds columns: both patterns over every heading.
func estimateColumns(cost.Estimator, *cost.AstNode, []cost.AstNode) *cost.CallEstimate {
	cols := fieldSizes["Table.header"]
	scan := uint64(math.Ceil(2 * defaultStringSize * cost.StringTraversalCostFactor))
	size := cost.ListSizeEstimate(cost.RangedSizeEstimate(0, cols), cost.FixedSizeEstimate(1))
	return cost.NewCallEstimate(cost.RangedCostEstimate(1, 1+cols*scan), &size)
}

// trackColumns charges columns for the headings it scans, twice.
func trackColumns(args []ref.Val, _ ref.Val) *uint64 {
	n := uint64(1)
	if t, ok := tableArg(args[0]); ok {
		for _, h := range t.Header {
			n += uint64(math.Ceil(2 * float64(len(h)) * cost.StringTraversalCostFactor))
		}
	}
	return &n
}

// estimateFoots bounds foots like addends, plus one pass over the figures.
func estimateFoots(cost.Estimator, *cost.AstNode, []cost.AstNode) *cost.CallEstimate {
	rows := fieldSizes["Table.rows"]
	return cost.NewCallEstimate(cost.RangedCostEstimate(1, rows*rows+rows), nil)
}

// trackFoots charges foots for the rows above the total, three times.
func trackFoots(args []ref.Val, _ ref.Val) *uint64 {
	n := uint64(1)
	if i, ok := args[1].(types.Int); ok && i > 0 {
		n += 3 * uint64(i)
	}
	return &n
}

// estimateCrossAddends bounds crossAddends: every run of columns on every
// row.
func estimateCrossAddends(cost.Estimator, *cost.AstNode, []cost.AstNode) *cost.CallEstimate {
	rows, cols := fieldSizes["Table.rows"], fieldSizes["Row.cells"]
	size := cost.ListSizeEstimate(cost.RangedSizeEstimate(0, cols), cost.FixedSizeEstimate(1))
	return cost.NewCallEstimate(cost.RangedCostEstimate(1, rows*cols*cols), &size)
}

// trackCrossAddends charges crossAddends for the cells it adds.
func trackCrossAddends(args []ref.Val, _ ref.Val) *uint64 {
	n := uint64(1)
	if t, ok := tableArg(args[0]); ok {
		cols := uint64(maxCells(t))
		n += uint64(len(t.Rows)) * cols * cols
	}
	return &n
}

func columnsVal(args ...ref.Val) ref.Val {
	t, ok := tableArg(args[0])
	if !ok {
		return types.NewErr("columns: %s is not a table", args[0].Type().TypeName())
	}
	include, err := cachedRegexp(string(args[1].(types.String)))
	if err != nil {
		return types.NewErr("columns: %v", err)
	}
	exclude, err := cachedRegexp(string(args[2].(types.String)))
	if err != nil {
		return types.NewErr("columns: %v", err)
	}
	return types.NewDynamicList(types.DefaultTypeAdapter, columns(t, include, exclude))
}

func footsVal(args ...ref.Val) ref.Val {
	t, ok := tableArg(args[0])
	if !ok {
		return types.NewErr("foots: %s is not a table", args[0].Type().TypeName())
	}
	return types.Bool(foots(t, intArg(args[1]), intArg(args[2])))
}

func crossAddendsVal(table, col ref.Val) ref.Val {
	t, ok := tableArg(table)
	if !ok {
		return types.NewErr("crossAddends: %s is not a table", table.Type().TypeName())
	}
	cols := crossAddends(t, intArg(col))
	out := make([]int64, len(cols))
	for i, c := range cols {
		out[i] = int64(c)
	}
	return types.NewDynamicList(types.DefaultTypeAdapter, out)
}

func sumRoundingVal(v ref.Val) ref.Val {
	switch s := v.Value().(type) {
	case model.Sum:
		return types.Double(sumRounding(&s))
	case *model.Sum:
		return types.Double(sumRounding(s))
	}
	return types.NewErr("rounding: %s is not a stated sum", v.Type().TypeName())
}

// tableArg returns the table a CEL value holds.
func tableArg(v ref.Val) (*model.Table, bool) {
	switch t := v.Value().(type) {
	case model.Table:
		return &t, true
	case *model.Table:
		return t, t != nil
	}
	return nil, false
}

// columns returns the index in a row's cells of every column of t whose
// heading matches include and not exclude (an empty exclude excludes
// nothing), left to right.
func columns(t *model.Table, include, exclude *regexp.Regexp) []int64 {
	out := []int64{}
	for i := 1; i < len(t.Header); i++ {
		h := t.Header[i]
		if include.MatchString(h) && (exclude.String() == "" || !exclude.MatchString(h)) {
			out = append(out, int64(i-1))
		}
	}
	return out
}

// regexps caches the patterns given to columns: a rule passes the same
// literal patterns for every table.
var regexps sync.Map // string → *regexp.Regexp

// cachedRegexp compiles pattern once.
func cachedRegexp(pattern string) (*regexp.Regexp, error) {
	if re, ok := regexps.Load(pattern); ok {
		return re.(*regexp.Regexp), nil
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, err
	}
	regexps.Store(pattern, re)
	return re, nil
}

// foots reports whether the figure in row i, column c of table t is the
// sum of the figures directly above it — of the nearest one, of the
// nearest two, and so on, figure by figure up the groups addends returns —
// within rounding: half a unit in the last printed place of the total and
// of each figure added. A cell without a figure does not foot.
func foots(t *model.Table, i, c int) bool {
	if i < 0 || i >= len(t.Rows) || c < 0 {
		return false
	}
	total, ok := figureAt(&t.Rows[i], c)
	if !ok {
		return false
	}
	sum, slack := 0.0, rounding(total.Text)
	for _, g := range addends(t, i, c) {
		for k := len(g) - 1; k >= 0; k-- {
			sum, slack = sum+g[k].Value, slack+rounding(g[k].Text)
			if math.Abs(total.Value-sum) <= slack {
				return true
			}
		}
	}
	return false
}

// crossAddends returns the columns whose figures total column c of table t
// adds up on each row: a run of columns beside it, nearest first. The run
// starts next to c, on its left or its right, passes over columns without
// figures (spacers) and columns of another kind — share counts,
// percentages, prices, rates, per-share or average figures, headcounts,
// changes (see otherKind) — and ends at the edge of the table or at
// another total column, which it includes: a grand total adds subtotals,
// "Total Walmart shareholders' equity" and "Noncontrolling interest" add
// up to "Total shareholders' equity". Of the runs of two or more columns
// so found, it returns the one whose sum matches column c, within
// rounding, on the most rows with a figure other than zero in c (the
// longest when they tie), or an empty list when none matches on any row.
//
//	                Shares  Amount  Paid-in capital  Retained earnings  Total
//	January 1        1,000     $10             $500               $200   $710
//
// crossAddends(t, 4) is [3, 2, 1]: the share count is not added.
func crossAddends(t *model.Table, c int) []int {
	n := maxCells(t)
	if c < 0 || c >= n {
		return nil
	}
	cols := make([]crossColumn, n)
	for j := range cols {
		cols[j] = crossColumn{addable: hasFigures(t, j) && !otherKind(t, j), total: totalColumn(t, j)}
		if j+1 < len(t.Header) {
			cols[j].heading = headingWords(t.Header[j+1])
		}
	}
	tail := totalTail(cols[c].heading)
	var best []int
	bestScore := 0
	for _, step := range []int{-1, 1} {
		for _, run := range [][]int{crossRun(cols, c, step, ""), crossRun(cols, c, step, tail)} {
			for k := 2; k <= len(run); k++ {
				if s := crossScore(t, c, run[:k]); s > bestScore || s > 0 && s == bestScore && k > len(best) {
					best, bestScore = run[:k], s
				}
			}
		}
	}
	return best
}

// crossColumn is what crossAddends knows of a column: whether its figures
// may be added to a total, whether it is a total column, and its heading
// in lower case with single spaces.
type crossColumn struct {
	addable, total bool
	heading        string
}

// crossRun walks from total column c in direction step and returns the
// columns met, nearest first, as crossAddends describes; with a tail
// ("fair value" of "Total fair value") only the columns whose heading
// holds it, so that interleaved columns ("Fair value", "Unrealized loss",
// "Fair value", "Unrealized loss") are told apart.
func crossRun(cols []crossColumn, c, step int, tail string) []int {
	var run []int
	for j := c + step; j >= 0 && j < len(cols); j += step {
		if !cols[j].addable || tail != "" && !strings.Contains(cols[j].heading, tail) {
			continue
		}
		run = append(run, j)
		if cols[j].total {
			break
		}
	}
	return run
}

// headingWords returns a column heading in lower case with single spaces.
func headingWords(h string) string { return strings.Join(strings.Fields(strings.ToLower(h)), " ") }

// totalTail returns what a total column's heading (in lower case) names
// after the word "total", without notes in parentheses: "fair value" for
// "march 28, 2009 total fair value", "" for "total (dollars in millions)".
func totalTail(heading string) string {
	i := strings.LastIndex(heading, "total")
	if i < 0 {
		return ""
	}
	tail := parenthetical.ReplaceAllString(heading[i+len("total"):], " ")
	return strings.Join(strings.Fields(tail), " ")
}

var parenthetical = regexp.MustCompile(`\([^)]*\)`)

// maxCells returns the most cells a row of t has.
func maxCells(t *model.Table) int {
	n := t.Columns
	for i := range t.Rows {
		n = max(n, len(t.Rows[i].Cells))
	}
	return n
}

// crossScore counts the rows on which the figures in cols add up to the
// figure in column c, a figure other than zero, within rounding.
func crossScore(t *model.Table, c int, cols []int) int {
	score := 0
	for i := range t.Rows {
		r := &t.Rows[i]
		total, ok := figureAt(r, c)
		if !ok || total.Value == 0 {
			continue
		}
		sum, slack, some := 0.0, rounding(total.Text), false
		for _, j := range cols {
			x, ok := figureAt(r, j)
			if !ok {
				continue
			}
			sum, slack, some = sum+x.Value, slack+rounding(x.Text), true
		}
		if some && math.Abs(total.Value-sum) <= slack {
			score++
		}
	}
	return score
}

// hasFigures reports whether column c holds a figure with digits on any
// row.
func hasFigures(t *model.Table, c int) bool {
	for i := range t.Rows {
		if x, ok := figureAt(&t.Rows[i], c); ok && strings.ContainsFunc(x.Text, isDigit) {
			return true
		}
	}
	return false
}

// otherKind reports a column whose figures do not add up with amounts: its
// heading names share counts, percentages, prices, rates, per-share or
// average figures, headcounts or changes, or most of its figures are
// percentages.
func otherKind(t *model.Table, c int) bool {
	if c+1 < len(t.Header) && otherKindHeading(t.Header[c+1]) {
		return true
	}
	pct, figures := 0, 0
	for i := range t.Rows {
		if x, ok := figureAt(&t.Rows[i], c); ok && strings.ContainsFunc(x.Text, isDigit) {
			figures++
			if x.Unit == "%" || strings.Contains(x.Text, "%") {
				pct++
			}
		}
	}
	return 2*pct > figures
}

// otherKindHeading reports a heading that names figures of another kind
// than amounts: "Shares", "Number of employees", "% of total", "Price
// per share", "Average rate", "Change". Notes in parentheses do not
// count.
func otherKindHeading(h string) bool {
	h = parenthetical.ReplaceAllString(h, " ") // "(dollars in thousands, except per share amounts)"
	if strings.Contains(h, "%") {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(h), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if otherKindWords[w] {
			return true
		}
	}
	return false
}

var otherKindWords = map[string]bool{
	"share": true, "shares": true, "number": true, "unit": true, "units": true, "percent": true,
	"percentage": true, "per": true, "price": true, "prices": true, "average": true, "rate": true,
	"rates": true, "ratio": true, "employees": true, "headcount": true, "change": true,
	"changes": true, "variance": true, "margin": true, "yield": true,
}

// totalColumn reports a column headed "Total …" or "… Total".
func totalColumn(t *model.Table, c int) bool {
	return c+1 < len(t.Header) && totalHeading.MatchString(t.Header[c+1])
}

var totalHeading = regexp.MustCompile(`(?i)\btotal\b`)

// sumRounding returns how far the parts of a stated sum may miss its
// total through rounding alone: half a unit in the last printed place of
// each amount of the sum's unit in its text, in that amount's scale —
// "$1.5 million" may be off by $50,000, "1,500,000,000 shares" by half a
// share.
func sumRounding(s *model.Sum) float64 {
	slack := 0.0
	for _, m := range extract.Amounts(s.Text) {
		if m.Unit != s.Unit {
			continue
		}
		text := s.Text[m.Start:m.End]
		scale := 1.0
		if n := firstNumber(text); n != 0 {
			scale = m.Value / n
		}
		slack += rounding(text) * math.Abs(scale)
	}
	return slack
}

// firstNumber returns the value of the first number written in text
// ("$1.5 million" → 1.5), 0 if there is none.
func firstNumber(text string) float64 {
	i := strings.IndexFunc(text, isDigit)
	if i < 0 {
		return 0
	}
	j := i
	for j < len(text) && (isDigit(rune(text[j])) || text[j] == ',' || text[j] == '.') {
		j++
	}
	v, err := strconv.ParseFloat(strings.TrimRight(strings.ReplaceAll(text[i:j], ",", ""), "."), 64)
	if err != nil {
		return 0
	}
	return v
}
