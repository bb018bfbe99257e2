package rule

import (
	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
)

// edgarFunctions declares the library functions of the edgar rules.
func edgarFunctions() []cel.EnvOption { return nil }

// edgarCostModels gives the cost models of the edgar functions.
func edgarCostModels() []cost.OverloadModel { return nil }
