package rule

import (
	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
)

// textFunctions declares the library functions of the text rules.
func textFunctions() []cel.EnvOption { return nil }

// textCostModels gives the cost models of the text functions.
func textCostModels() []cost.OverloadModel { return nil }
