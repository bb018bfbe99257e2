package rule

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/filinglint/filinglint/checker/finding"
)

// Error is a problem with a rule file, at the rule file's own line and
// column. Load joins them with errors.Join.
type Error struct {
	Path string
	Line int
	Col  int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg) }

// ruleFile is a rule file being decoded: the rule, the nodes later steps
// report against, and the errors so far.
type ruleFile struct {
	rule           *Rule
	data           []byte
	root, id       *yaml.Node
	when, findings *yaml.Node
	errs           []error
	badSeverity    bool   // severity given but not one of error, warning, info
	runes          []rune // data as characters, made when an error needs a position inside an expression
}

func (f *ruleFile) errorf(n *yaml.Node, format string, args ...any) {
	line, col := 1, 1
	if n != nil {
		line, col = n.Line, n.Column
	}
	f.errorAt(line, col, format, args...)
}

func (f *ruleFile) errorAt(line, col int, format string, args ...any) {
	f.errs = append(f.errs, &Error{Path: f.rule.Path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

var ruleKeys = []string{"id", "title", "severity", "forms", "citation", "url", "doc", "when", "findings", "fix", "tests"}

// decode reads a rule file's YAML into f.rule, checking its shape: known
// keys only, each of the right kind, the required ones present.
func (f *ruleFile) decode() {
	root := f.parseYAML()
	if root == nil {
		return
	}
	f.root = root
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			f.errorf(k, "duplicate key %q", k.Value)
			continue
		}
		seen[k.Value] = true
		f.field(k, v)
	}
	r := f.rule
	for _, req := range []struct {
		key     string
		missing bool
	}{
		{"id", r.ID == ""},
		{"title", r.Title == ""},
		{"severity", r.Severity == 0 && !f.badSeverity},
		{"doc", r.Doc == ""},
		{"findings", r.Findings == ""},
	} {
		if req.missing {
			f.errorf(root, "missing %s", req.key)
		}
	}
	if r.ID != "" {
		f.checkID()
	}
}

// parseYAML parses the file into its root mapping, nil after an error.
func (f *ruleFile) parseYAML() *yaml.Node {
	dec := yaml.NewDecoder(strings.NewReader(string(f.data)))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			f.errorAt(1, 1, "empty rule file")
		} else {
			f.yamlError(err)
		}
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		f.errorf(&extra, "a rule file holds one rule; found a second YAML document")
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		f.errorf(root, "a rule file is a mapping of id, title, severity, findings…")
		return nil
	}
	return root
}

// field decodes one key of the rule file.
func (f *ruleFile) field(k, v *yaml.Node) {
	r := f.rule
	switch k.Value {
	case "id":
		f.id = v
		r.ID, r.idPos = f.str(v), pos{v.Line, v.Column}
	case "title":
		r.Title = f.str(v)
	case "severity":
		if s := f.str(v); s != "" {
			sev, err := finding.ParseSeverity(s)
			if err != nil {
				f.errorf(v, "%v", err)
				f.badSeverity = true
			}
			r.Severity = sev
		}
	case "forms":
		f.forms(v)
	case "citation":
		r.Citation = f.str(v)
	case "url":
		r.URL = f.str(v)
	case "doc":
		r.Doc = f.str(v)
	case "when":
		f.when, r.When = v, f.str(v)
	case "findings":
		f.findings, r.Findings = v, f.str(v)
	case "fix":
		r.Fix = f.str(v)
	case "tests":
		f.tests(v)
	default:
		f.errorf(k, "unknown key %q (want one of %s)", k.Value, strings.Join(ruleKeys, ", "))
	}
}

// yamlError turns a YAML syntax error ("yaml: line 3: …") into an Error.
func (f *ruleFile) yamlError(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, tail, ok := strings.Cut(rest, ": "); ok {
			if l, err := strconv.Atoi(n); err == nil {
				line, msg = l, tail
			}
		}
	}
	f.errorAt(line, 1, "%s", msg)
}

// str reads a scalar; null is "".
func (f *ruleFile) str(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		f.errorf(n, "want a single value, not a %s", kindName(n))
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

func (f *ruleFile) forms(n *yaml.Node) {
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	for _, it := range items {
		s := f.str(it)
		if err := checkForm(s); err != nil {
			f.errorf(it, "%v", err)
			continue
		}
		f.rule.Forms = append(f.rule.Forms, s)
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$`)

// reserved ids are the findings the engine and its caller make themselves.
var reserved = map[string]bool{"parse/error": true, errorRule: true}

func (f *ruleFile) checkID() {
	r := f.rule
	want := strings.TrimSuffix(strings.TrimSuffix(r.rel, ".yaml"), ".yml")
	switch {
	case !idPattern.MatchString(r.ID):
		f.errorf(f.id, "id %q is not category/name in kebab-case (such as toc/page-number)", r.ID)
	case reserved[r.ID]:
		f.errorf(f.id, "id %s is reserved for the engine", r.ID)
	case r.ID != want:
		f.errorf(f.id, "id %s does not match the file path: %s must hold %s", r.ID, r.rel, want)
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "mapping"
	case yaml.AliasNode:
		return "alias"
	}
	return "value"
}
