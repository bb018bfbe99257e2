package rule

import (
	"reflect"
	"sync"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/ext"

	"github.com/filinglint/filinglint/checker/model"
)

// Env returns the CEL environment every rule compiles in, built once: the
// document model as native types (field names from the `cel` struct tags,
// so a misspelt field fails at load), the variable doc, the standard
// extensions and the filing library.
func Env() (*cel.Env, error) { return env() }

var env = sync.OnceValues(newEnv)

func newEnv() (*cel.Env, error) {
	return cel.NewEnv(
		// Match is not reachable from Document: functions return it.
		ext.NativeTypes(ext.ParseStructTags(true), reflect.TypeFor[model.Document](), reflect.TypeFor[model.Match]()),
		cel.Variable("doc", cel.ObjectType("model.Document")),
		// 1 < 1.5 and cell.value == 0 read as a rule author means them.
		cel.CrossTypeNumericComparisons(true),
		cel.OptionalTypes(),
		ext.Strings(ext.StringsValidateFormatCalls(true)),
		ext.Lists(),
		ext.Math(),
		ext.Sets(),
		ext.TwoVarComprehensions(),
		ext.Bindings(),
		ext.Regex(),
		cel.Lib(library{}),
	)
}
