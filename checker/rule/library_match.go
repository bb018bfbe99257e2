package rule

import (
	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
)

// matchFunctions declares the library functions of the match rules.
func matchFunctions() []cel.EnvOption { return nil }

// matchCostModels gives the cost models of the match functions.
func matchCostModels() []cost.OverloadModel { return nil }
