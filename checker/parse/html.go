package parse

import (
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// parseHTML is a placeholder being replaced by the HTML parser.
func parseHTML(src *source.File, start, end int) *parsed {
	b := visible.NewBuilder(end - start)
	b.Write(string(src.Data[start:end]), start)
	return &parsed{format: "html", text: b.Text()}
}
