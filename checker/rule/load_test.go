package rule

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// header is the start of a valid rule file x/y.yaml; findings follow on
// line 5.
const header = "id: x/y\ntitle: A title\nseverity: error\ndoc: Explains.\n"

// loadErrors loads one pack and returns its errors, one per line.
func loadErrors(t *testing.T, files map[string]string) []string {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	_, err := Load(Pack{Dir: "rules", FS: fsys})
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{{
		name:  "typo in a plain scalar",
		files: map[string]string{"x/y.yaml": header + "findings: doc.dates.map(d, finding(d, d.levle))\n"},
		want:  []string{"rules/x/y.yaml:5:41: undefined field 'levle'"},
	}, {
		name: "typo on the third line of a literal block",
		files: map[string]string{"x/y.yaml": header + "findings: |\n" +
			"  doc.dates\n" +
			"    .filter(d, d.valid)\n" +
			"    .map(d, finding(d, d.levle))\n"},
		want: []string{"rules/x/y.yaml:8:26: undefined field 'levle'"},
	}, {
		name: "typo in a folded block",
		files: map[string]string{"x/y.yaml": header + "findings: >-\n" +
			"  doc.dates.filter(d, d.valid)\n" +
			"  .map(d, finding(d, d.levle))\n"},
		want: []string{"rules/x/y.yaml:7:24: undefined field 'levle'"},
	}, {
		name:  "typo in a double-quoted scalar",
		files: map[string]string{"x/y.yaml": header + "findings: \"doc.dates.map(d, finding(d, d.levle))\"\n"},
		want:  []string{"rules/x/y.yaml:5:42: undefined field 'levle'"},
	}, {
		name:  "typo in a single-quoted scalar",
		files: map[string]string{"x/y.yaml": header + "findings: 'doc.dates.map(d, finding(d, \"it''s\" + d.levle))'\n"},
		want:  []string{"rules/x/y.yaml:5:52: undefined field 'levle'"},
	}, {
		name:  "typo on the continuation line of a plain scalar",
		files: map[string]string{"x/y.yaml": header + "findings: doc.dates.map(d,\n  finding(d, d.levle))\n"},
		want:  []string{"rules/x/y.yaml:6:16: undefined field 'levle'"},
	}, {
		name:  "unknown function",
		files: map[string]string{"x/y.yaml": header + "findings: doc.dates.map(d, finding(d, nrom(d.text)))\n"},
		want:  []string{"rules/x/y.yaml:5:39: undeclared reference to 'nrom'"},
	}, {
		name:  "syntax error",
		files: map[string]string{"x/y.yaml": header + "findings: doc.dates.map(d, finding(d, d.text)\n"},
		want:  []string{"rules/x/y.yaml:5:46: Syntax error: missing ')' at '<EOF>'"},
	}, {
		name:  "wrong return type",
		files: map[string]string{"x/y.yaml": header + "findings: doc.dates.filter(d, d.valid)\n"},
		want:  []string{"rules/x/y.yaml:5:11: findings must be list(Finding), not list(model.Date)"},
	}, {
		name:  "bad when type",
		files: map[string]string{"x/y.yaml": header + "when: doc.toc\nfindings: '[finding(doc, \"x\")]'\n"},
		want:  []string{"rules/x/y.yaml:5:7: when must be bool, not model.TOC"},
	}, {
		name:  "unknown key",
		files: map[string]string{"x/y.yaml": header + "findings: '[]'\nseverity_level: error\n"},
		want:  []string{`rules/x/y.yaml:6:1: unknown key "severity_level" (want one of id, title, severity, forms, citation, url, doc, when, findings, fix, tests)`},
	}, {
		name:  "missing id, title and severity",
		files: map[string]string{"x/y.yaml": "doc: Explains.\nfindings: '[]'\n"},
		want:  []string{"rules/x/y.yaml:1:1: missing id", "rules/x/y.yaml:1:1: missing title", "rules/x/y.yaml:1:1: missing severity"},
	}, {
		name:  "missing doc and findings",
		files: map[string]string{"x/y.yaml": "id: x/y\ntitle: A title\nseverity: info\n"},
		want:  []string{"rules/x/y.yaml:1:1: missing doc", "rules/x/y.yaml:1:1: missing findings"},
	}, {
		name:  "bad severity",
		files: map[string]string{"x/y.yaml": strings.Replace(header, "error", "fatal", 1) + "findings: '[]'\n"},
		want:  []string{`rules/x/y.yaml:3:11: unknown severity "fatal" (want error, warning or info)`},
	}, {
		name:  "id does not match the path",
		files: map[string]string{"x/z.yaml": header + "findings: '[]'\n"},
		want:  []string{"rules/x/z.yaml:1:5: id x/y does not match the file path: x/z.yaml must hold x/z"},
	}, {
		name:  "id not in kebab-case",
		files: map[string]string{"x/y.yaml": strings.Replace(header, "x/y", "X/y_z", 1) + "findings: '[]'\n"},
		want:  []string{`rules/x/y.yaml:1:5: id "X/y_z" is not category/name in kebab-case (such as toc/page-number)`},
	}, {
		name:  "reserved id",
		files: map[string]string{"rule/error.yaml": strings.Replace(header, "x/y", "rule/error", 1) + "findings: '[]'\n"},
		want:  []string{"rules/rule/error.yaml:1:5: id rule/error is reserved for the engine"},
	}, {
		name:  "unknown form family",
		files: map[string]string{"x/y.yaml": header + "forms: [prospectus, prospectuses, 424B*]\nfindings: '[]'\n"},
		want:  []string{`rules/x/y.yaml:5:21: unknown form selector "prospectuses" (want a family: prospectus, periodic, press-release; a format: ascii, html; submission; or a form glob such as 424B*, S-*, EX-99*)`},
	}, {
		name:  "yaml syntax error",
		files: map[string]string{"x/y.yaml": header + "findings: [\n"},
		want:  []string{"rules/x/y.yaml:5:1: did not find expected node content"},
	}, {
		name:  "a list where a value belongs",
		files: map[string]string{"x/y.yaml": header + "findings: '[]'\ncitation: [a, b]\n"},
		want:  []string{"rules/x/y.yaml:6:11: want a single value, not a list"},
	}, {
		name:  "missing fixture",
		files: map[string]string{"x/y.yaml": header + "findings: '[]'\ntests:\n  - name: fires\n    file: testdata/none.txt\n    want: [{line: 3}]\n"},
		want:  []string{"rules/x/y.yaml:8:11: fixture testdata/none.txt not found"},
	}, {
		name:  "quadratic over lines exceeds the static cost bound",
		files: map[string]string{"x/y.yaml": header + "findings: doc.lines.filter(l, doc.lines.exists(k, k.n != l.n && k.text == l.text)).map(l, finding(l, \"repeated\"))\n"},
		want:  []string{"rules/x/y.yaml:5:11: findings: estimated worst-case cost 1.1e+14 exceeds the limit 5e+12; avoid nested loops over large lists such as doc.lines or doc.amounts"},
	}, {
		name: "errors of every rule at once",
		files: map[string]string{
			"a/b.yaml": strings.Replace(header, "x/y", "a/b", 1) + "findings: doc.nope\n",
			"x/y.yaml": header + "findings: doc.dates.map(d, d.text)\n",
		},
		want: []string{
			"rules/a/b.yaml:5:15: undefined field 'nope'",
			"rules/x/y.yaml:5:11: findings must be list(Finding), not list(string)",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := loadErrors(t, tt.files)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLoadDuplicateID(t *testing.T) {
	rule := header + "findings: '[]'\n"
	builtin := Pack{Dir: "rules", FS: fstest.MapFS{"x/y.yaml": {Data: []byte(rule)}}, Name: "built-in"}
	mine := Pack{Dir: "./mine", FS: fstest.MapFS{"x/y.yaml": {Data: []byte(rule)}}}
	_, err := Load(builtin, mine)
	want := "mine/x/y.yaml:1:5: rule x/y in mine/x/y.yaml has the id of a built-in rule"
	if err == nil || err.Error() != want {
		t.Errorf("Load = %v, want %s", err, want)
	}
	_, err = Load(mine, Pack{Dir: "other", FS: builtin.FS})
	want = "other/x/y.yaml:1:5: rule x/y in other/x/y.yaml has the id of the rule in mine/x/y.yaml"
	if err == nil || err.Error() != want {
		t.Errorf("Load = %v, want %s", err, want)
	}
}

func TestLoadErrorType(t *testing.T) {
	_, err := Load(Pack{Dir: "rules", FS: fstest.MapFS{"x/y.yaml": {Data: []byte(header)}}})
	var re *Error
	if !errors.As(err, &re) || re.Path != "rules/x/y.yaml" || re.Line != 1 || re.Msg != "missing findings" {
		t.Errorf("Load error = %#v, want *Error for rules/x/y.yaml:1:1", re)
	}
}

func TestLoadRule(t *testing.T) {
	fsys := fstest.MapFS{
		"x/y.yaml": {Data: []byte(header + `citation: Rule 1
url: https://example.com
forms: [prospectus, 10-K*]
when: doc.toc.present
findings: doc.toc.entries.map(e, finding(e, "entry"))
fix: Rewrites the page number.
tests:
  - name: fires
    file: testdata/a.txt
    want: [{line: 3, message: "entry"}, {line: 4}]
  - name: clean
    file: testdata/b.txt
    want: []
`)},
		"x/testdata/a.txt":     {Data: []byte("a")},
		"x/testdata/b.txt":     {Data: []byte("b")},
		"x/testdata/skip.yaml": {Data: []byte("not: a rule")},
		".hidden/bad.yaml":     {Data: []byte("not: a rule")},
		"x/notes.md":           {Data: []byte("ignored")},
		"a/first.yml":          {Data: []byte(strings.Replace(header, "x/y", "a/first", 1) + "findings: '[]'\n")},
	}
	e, err := Load(Pack{Dir: "rules", FS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Rules()) != 2 || e.Rules()[0].ID != "a/first" || e.Rule("x/y") == nil || e.Rule("x/z") != nil {
		t.Fatalf("rules = %v, want a/first and x/y", e.Rules())
	}
	r := e.Rule("x/y")
	if r.Title != "A title" || r.Doc != "Explains." || r.Citation != "Rule 1" || r.URL != "https://example.com" ||
		r.Severity.String() != "error" || r.Path != "rules/x/y.yaml" || r.Fix != "Rewrites the page number." ||
		strings.Join(r.Forms, ",") != "prospectus,10-K*" || r.When != "doc.toc.present" {
		t.Errorf("rule = %+v", r)
	}
	if len(r.Tests) != 2 || r.Tests[0].Name != "fires" || r.Tests[0].File != "testdata/a.txt" || r.Tests[0].Line != 12 ||
		len(r.Tests[0].Want) != 2 || r.Tests[0].Want[0] != (Want{3, "entry"}) || r.Tests[0].Want[1] != (Want{4, ""}) ||
		len(r.Tests[1].Want) != 0 {
		t.Errorf("tests = %+v", r.Tests)
	}
	if r.EstimatedCost() == 0 || r.EstimatedCost() > MaxEstimatedCost {
		t.Errorf("estimated cost = %d", r.EstimatedCost())
	}
}

func TestLoadMissingDir(t *testing.T) {
	_, err := Load(Pack{Dir: t.TempDir() + "/none"})
	if err == nil || !strings.Contains(err.Error(), "none") {
		t.Errorf("Load of a missing dir = %v", err)
	}
}

func TestCheckFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		t.Helper()
		p := dir + "/" + name
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("pack/x/y.yaml", header+"findings: '[finding(doc, \"x\")]'\n")
	if err := CheckFiles(good); err != nil {
		t.Errorf("CheckFiles(%s) = %v", good, err)
	}
	bad := write("pack/x/z.yaml", header+"findings: doc.nope\n")
	err := CheckFiles(good, bad)
	want := []string{
		dir + "/pack/x/z.yaml:1:5: id x/y does not match the file path: x/z.yaml must hold x/z",
		dir + "/pack/x/z.yaml:5:15: undefined field 'nope'",
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("CheckFiles = %v, want\n%s", err, strings.Join(want, "\n"))
	}
	if err := CheckFiles(dir + "/pack/x/none.yaml"); err == nil {
		t.Error("CheckFiles of a missing file succeeded")
	}
}
