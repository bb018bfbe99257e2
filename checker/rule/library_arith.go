package rule

import (
	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
)

// arithFunctions declares the library functions of the arith rules.
func arithFunctions() []cel.EnvOption { return nil }

// arithCostModels gives the cost models of the arith functions.
func arithCostModels() []cost.OverloadModel { return nil }
