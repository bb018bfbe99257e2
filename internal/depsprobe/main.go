package main
import (
	_ "cel.dev/cel-go/cel"
	_ "cel.dev/cel-go/ext"
	_ "github.com/spf13/cobra"
	_ "github.com/sergi/go-diff/diffmatchpatch"
	_ "golang.org/x/net/html"
	_ "go.yaml.in/yaml/v3"
	_ "github.com/santhosh-tekuri/jsonschema/v6"
	_ "golang.org/x/tools/txtar"
)
func main(){}
