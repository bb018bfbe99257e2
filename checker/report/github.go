package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
)

var githubCommands = map[finding.Severity]string{
	finding.Error:   "error",
	finding.Warning: "warning",
	finding.Info:    "notice",
}

// githubData and githubProperty escape a workflow command's message and
// property values exactly as GitHub's toolkit does (escapeData and
// escapeProperty in @actions/core's command.ts), so that text from a
// filing can neither end the command line nor start a new command.
var (
	githubData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// githubPrinter writes one GitHub Actions workflow command per finding,
// which the runner turns into an annotation on the file:
//
//	::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE
//
// Warnings use ::warning and info ::notice. Suppressed findings are left
// out; unknown (zero) positions are left out of the properties.
type githubPrinter struct{}

func (githubPrinter) Print(w io.Writer, r *Report) error {
	var b strings.Builder
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed {
			continue
		}
		cmd, ok := githubCommands[f.Severity]
		if !ok {
			cmd = "warning"
		}
		b.WriteString("::" + cmd + " ")
		b.WriteString(githubProperties(f))
		b.WriteString("::")
		b.WriteString(githubData.Replace(f.Message))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// githubProperties returns the command's comma-separated key=value list.
func githubProperties(f *finding.Finding) string {
	props := []string{"file=" + githubProperty.Replace(f.Path)}
	num := func(key string, n int) {
		if n > 0 {
			props = append(props, key+"="+strconv.Itoa(n))
		}
	}
	num("line", f.Line)
	num("col", f.Column)
	if f.EndLine >= f.Line {
		num("endLine", f.EndLine)
		num("endColumn", f.EndColumn)
	}
	props = append(props, "title="+githubProperty.Replace(f.Rule))
	return strings.Join(props, ",")
}
