package rule

import (
	"math"

	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"

	"github.com/filinglint/filinglint/checker/model"
)

// The bindings of the filing library's functions; library.go declares
// them and says what each does.

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
