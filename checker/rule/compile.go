package rule

import (
	"fmt"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"go.yaml.in/yaml/v3"
)

// compile type-checks the rule's when and findings once, estimates their
// worst-case cost and builds the programs every document shares. Every
// error is reported at the rule file's own line and column.
func (f *ruleFile) compile(env *cel.Env) {
	r := f.rule
	if f.when != nil && r.When != "" {
		r.when = f.compileExpr(env, f.when, "when", cel.BoolType)
	}
	if f.findings != nil && r.Findings != "" {
		r.findings = f.compileExpr(env, f.findings, "findings", cel.ListType(FindingType))
	}
}

func (f *ruleFile) compileExpr(env *cel.Env, node *yaml.Node, key string, want *cel.Type) cel.Program {
	ast, iss := env.Compile(node.Value)
	if iss.Err() != nil {
		ep := f.exprPos(node)
		for _, e := range iss.Errors() {
			line, col := e.Location.Line(), e.Location.Column()
			msg := strings.TrimSuffix(e.Message, " (in container '')")
			p := ep.position(line, ep.nameColumn(line, col, msg))
			f.errorAt(p.line, p.col, "%s", msg)
		}
		return nil
	}
	start := f.exprPos(node).start()
	if out := ast.OutputType(); !assignable(want, out) {
		f.errorAt(start.line, start.col, "%s must be %s, not %s", key, want, out)
		return nil
	}
	est, err := env.EstimateCost(ast, sizeEstimator{ast.NativeRep()})
	if err != nil {
		f.errorAt(start.line, start.col, "%s: estimating cost: %v", key, err)
		return nil
	}
	if est.Max > MaxEstimatedCost {
		f.errorAt(start.line, start.col, "%s: estimated worst-case cost %s exceeds the limit %s; "+
			"avoid nested loops over large lists such as doc.lines or doc.amounts", key, costString(est.Max), costString(MaxEstimatedCost))
		return nil
	}
	f.rule.cost += est.Max
	prg, err := env.Program(ast,
		cel.EvalOptions(cel.OptOptimize),
		cel.CostLimit(costBudget),
		cel.InterruptCheckFrequency(interruptEvery))
	if err != nil {
		f.errorAt(start.line, start.col, "%s: %v", key, err)
		return nil
	}
	return prg
}

// assignable reports whether an expression of type out can stand where
// want is required. dyn, and list(dyn) for a list, are let through (an
// empty list literal is list(dyn)); the engine checks those values when
// the rule runs.
func assignable(want, out *cel.Type) bool {
	if want.IsAssignableType(out) || out.IsDyn() {
		return true
	}
	return want.Kind() == types.ListKind && out.Kind() == types.ListKind &&
		len(out.Parameters()) == 1 && out.Parameters()[0].IsDyn()
}

// exprPos maps positions inside the expression held by node.
func (f *ruleFile) exprPos(node *yaml.Node) *exprPos {
	if f.runes == nil {
		f.runes = []rune(string(f.data))
	}
	return newExprPos(node, f.runes)
}

// costString writes a cost in scientific notation when large: 1.2e+11.
func costString(c uint64) string {
	if c < 1_000_000 {
		return fmt.Sprint(c)
	}
	return fmt.Sprintf("%.2g", float64(c))
}
