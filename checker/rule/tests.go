package rule

import (
	"io/fs"
	"path"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// tests decodes the tests list: name, file (relative to the rule file,
// which must exist) and want, a list of {line, message}; an empty or
// absent want means the fixture must be clean.
func (f *ruleFile) tests(n *yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		f.errorf(n, "tests is a list of {name, file, want}")
		return
	}
	for _, c := range n.Content {
		if c.Kind != yaml.MappingNode {
			f.errorf(c, "a test is a mapping of name, file and want")
			continue
		}
		t := Test{Line: c.Line}
		for i := 0; i+1 < len(c.Content); i += 2 {
			k, v := c.Content[i], c.Content[i+1]
			switch k.Value {
			case "name":
				t.Name = f.str(v)
			case "file":
				t.File = f.str(v)
				f.checkFixture(v, t.File)
			case "want":
				t.Want = f.wants(v)
			default:
				f.errorf(k, "unknown key %q in a test (want name, file, want)", k.Value)
			}
		}
		if t.Name == "" {
			f.errorf(c, "test without a name")
		}
		if t.File == "" {
			f.errorf(c, "test %q has no file", t.Name)
		}
		f.rule.Tests = append(f.rule.Tests, t)
	}
}

func (f *ruleFile) checkFixture(n *yaml.Node, file string) {
	if file == "" {
		return
	}
	name := path.Join(path.Dir(f.rule.rel), file)
	if !fs.ValidPath(name) || path.IsAbs(file) {
		f.errorf(n, "fixture %s is outside the rule pack", file)
		return
	}
	if _, err := fs.Stat(f.rule.fsys, name); err != nil {
		f.errorf(n, "fixture %s not found", file)
	}
}

func (f *ruleFile) wants(n *yaml.Node) []Want {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		f.errorf(n, "want is a list of {line, message}; [] for a clean fixture")
		return nil
	}
	var ws []Want
	for _, it := range n.Content {
		if it.Kind != yaml.MappingNode {
			f.errorf(it, "a want is a mapping {line: N, message: \"substring\"}")
			continue
		}
		w := Want{}
		for i := 0; i+1 < len(it.Content); i += 2 {
			k, v := it.Content[i], it.Content[i+1]
			switch k.Value {
			case "line":
				l, err := strconv.Atoi(f.str(v))
				if err != nil || l < 1 {
					f.errorf(v, "want line must be a line number, not %q", v.Value)
					l = -1
				}
				w.Line = l
			case "message":
				w.Message = f.str(v)
			default:
				f.errorf(k, "unknown key %q in a want (want line, message)", k.Value)
			}
		}
		if w.Line == 0 {
			f.errorf(it, "want without a line")
		}
		ws = append(ws, w)
	}
	return ws
}
