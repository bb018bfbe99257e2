package rule

import (
	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
)

// areaFunctions gathers the library functions of each rule area; each
// area keeps its functions and their cost models in a file of its own
// (library_text.go, library_match.go, library_arith.go, library_edgar.go).
func areaFunctions() []cel.EnvOption {
	var opts []cel.EnvOption
	for _, f := range []func() []cel.EnvOption{textFunctions, matchFunctions, arithFunctions, edgarFunctions} {
		opts = append(opts, f()...)
	}
	return opts
}

// areaCostModels gathers the cost models of the area functions.
func areaCostModels() []cost.OverloadModel {
	var ms []cost.OverloadModel
	for _, f := range []func() []cost.OverloadModel{textCostModels, matchCostModels, arithCostModels, edgarCostModels} {
		ms = append(ms, f()...)
	}
	return ms
}
