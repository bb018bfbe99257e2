package config

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // one line per error, in file order
	}{
		{
			"unknown top-level key", "enable: [toc/]\ndisabel: [drafting/]\n",
			[]string{`.filinglint.yaml:2:1: unknown key "disabel"`},
		},
		{
			"unknown key in ignore entry", "ignore:\n  - rule: toc/page-number\n    path: a.txt\n    reason: ok\n    lien: 4\n",
			[]string{`.filinglint.yaml:5:5: unknown key "lien"`},
		},
		{
			"unknown key hides reason", "ignore:\n  - rule: toc/page-number\n    path: a.txt\n    resaon: re-paginated\n",
			[]string{
				`.filinglint.yaml:2:5: ignore entry for "toc/page-number" has no reason`,
				`.filinglint.yaml:4:5: unknown key "resaon"`,
			},
		},
		{
			"no reason", "ignore:\n  - rule: toc/page-number\n    path: filings/2004-q1.txt\n",
			[]string{`.filinglint.yaml:2:5: ignore entry for "toc/page-number" has no reason`},
		},
		{
			"blank reason", "ignore:\n- {rule: toc/missing, path: a.txt, reason: \"  \"}\n",
			[]string{`.filinglint.yaml:2:3: ignore entry for "toc/missing" has no reason`},
		},
		{
			"no rule or path", "ignore:\n  - reason: because\n",
			[]string{
				`.filinglint.yaml:2:5: ignore entry has no rule`,
				`.filinglint.yaml:2:5: ignore entry has no path`,
			},
		},
		{
			"ignore entry not a mapping", "ignore:\n  - toc/page-number\n",
			[]string{`.filinglint.yaml:2:5: ignore entry must be a mapping, not a string`},
		},
		{
			"ignore not a list", "ignore:\n  rule: toc/page-number\n",
			[]string{`.filinglint.yaml:2:3: "ignore" must be a list, not a mapping`},
		},
		{
			"line not a number", "ignore:\n  - {rule: toc/missing, path: a.txt, line: four, reason: x}\n",
			[]string{`.filinglint.yaml:2:44: "line" must be a line number, not a string`},
		},
		{
			"line zero", "ignore:\n  - {rule: toc/missing, path: a.txt, line: 0, reason: x}\n",
			[]string{`.filinglint.yaml:2:44: "line" must be a line number of 1 or more, not 0`},
		},
		{
			"bad glob in exclude", `exclude: ["[a"]`,
			[]string{`.filinglint.yaml:1:11: bad glob "[a": syntax error in pattern`},
		},
		{
			"bad glob in forms", "forms:\n  \"drafts/[a\": 424B3\n",
			[]string{`.filinglint.yaml:2:3: bad glob "drafts/[a": syntax error in pattern`},
		},
		{
			"bad glob in ignore path", "ignore:\n  - rule: toc/missing\n    path: \"{a\"\n    reason: x\n",
			[]string{`.filinglint.yaml:3:11: bad glob "{a": syntax error in pattern`},
		},
		{
			"unknown severity", "severity:\n  fls/safe-harbor-missing: fatal\n",
			[]string{`.filinglint.yaml:2:28: unknown severity "fatal" (want error, warning or info)`},
		},
		{
			"severity not a mapping", "severity: [error]\n",
			[]string{`.filinglint.yaml:1:11: "severity" must be a mapping, not a list`},
		},
		{
			"string where list expected", "disable: drafting/\n",
			[]string{`.filinglint.yaml:1:10: "disable" must be a list, not a string`},
		},
		{
			"number in list", "rules: [[1]]\n",
			[]string{`.filinglint.yaml:1:9: entry of "rules" must be a string, not a list`},
		},
		{
			"empty list entry", "exclude: [\"\"]\n",
			[]string{`.filinglint.yaml:1:11: entry of "exclude" is empty`},
		},
		{
			"empty form", "forms:\n  a.txt:\n",
			[]string{`.filinglint.yaml:2:9: form for "a.txt" is empty`},
		},
		{
			"bad rule id", "enable: [TOC/Page Number]\n",
			[]string{`.filinglint.yaml:1:10: bad rule id "TOC/Page Number" (want category/name, or a category such as "edgar/")`},
		},
		{
			"duplicate key", "enable: [toc/]\nenable: [xref/]\n",
			[]string{`.filinglint.yaml:2:1: duplicate key "enable" (first at 1:1)`},
		},
		{
			"top level is a list", "- toc/\n",
			[]string{`.filinglint.yaml:1:1: the config must be a mapping, not a list`},
		},
		{
			"syntax error", "enable: [toc/\n",
			[]string{`.filinglint.yaml:1: did not find expected ',' or ']'`},
		},
		{
			"two documents", "enable: [toc/]\n---\ndisable: [xref/]\n",
			[]string{`.filinglint.yaml:2:1: more than one YAML document`},
		},
		{
			"every error is reported", "disabel: []\nseverity: {toc/missing: loud}\nexclude: [\"[\"]\n",
			[]string{
				`.filinglint.yaml:1:1: unknown key "disabel"`,
				`.filinglint.yaml:2:25: unknown severity "loud" (want error, warning or info)`,
				`.filinglint.yaml:3:11: bad glob "[": syntax error in pattern`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(".filinglint.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("Parse succeeded with %+v, want errors:\n%s", c, strings.Join(tt.want, "\n"))
			}
			if got := err.Error(); got != strings.Join(tt.want, "\n") {
				t.Errorf("Parse error:\n%s\nwant:\n%s", got, strings.Join(tt.want, "\n"))
			}
			var e *Error
			if !errors.As(err, &e) || e.File != ".filinglint.yaml" {
				t.Errorf("errors.As(*Error) = %v, file %q", e, e.File)
			}
		})
	}
}

func TestParseSpecExample(t *testing.T) {
	src := `rules:                    # extra rule packs
  - ./compliance-rules
  - /opt/rules
enable: [toc/, edgar]
disable: [drafting/]
severity:                 # per-rule overrides
  fls/safe-harbor-missing: error
  edgar/: Warning
forms:                    # form type for bare documents, by path glob
  "drafts/prospectus-*.txt": 424B3
  "drafts/**": 10-K
exclude: ["archive/**"]
ignore:                   # audited suppressions
  - rule: toc/page-number
    path: filings/2004-q1.txt
    reason: printer re-paginates after sign-off
  - rule: edgar/
    path: "**/*.htm"
    line: 12
    text: "©"
    reason: |
      the legal department wants the symbol
`
	c, err := Parse(filepath.Join("repo", ".filinglint.yaml"), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:    filepath.Join("repo", ".filinglint.yaml"),
		Dir:     "repo",
		Rules:   []string{filepath.Join("repo", "compliance-rules"), filepath.FromSlash("/opt/rules")},
		Enable:  []string{"toc/", "edgar"},
		Disable: []string{"drafting/"},
		Severity: map[string]finding.Severity{
			"fls/safe-harbor-missing": finding.Error,
			"edgar/":                  finding.Warning,
		},
		Forms:   []FormGlob{{"drafts/prospectus-*.txt", "424B3"}, {"drafts/**", "10-K"}},
		Exclude: []string{"archive/**"},
		Ignore: []Ignore{
			{Rule: "toc/page-number", Path: "filings/2004-q1.txt", Reason: "printer re-paginates after sign-off", Pos: Position{14, 5}},
			{Rule: "edgar/", Path: "**/*.htm", Line: 12, Text: "©", Reason: "the legal department wants the symbol", Pos: Position{17, 5}},
		},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Parse =\n%+v\nwant\n%+v", c, want)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n", "---\n", "enable:\nignore: ~\n"} {
		c, err := Parse(".filinglint.yaml", []byte(src))
		if err != nil {
			t.Errorf("Parse(%q): %v", src, err)
			continue
		}
		want := &Config{Path: ".filinglint.yaml", Dir: "."}
		if !reflect.DeepEqual(c, want) {
			t.Errorf("Parse(%q) = %+v, want %+v", src, c, want)
		}
	}
}

func TestParseAlias(t *testing.T) {
	src := "enable: &cats [toc/, xref/]\ndisable: *cats\n"
	c, err := Parse("f.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"toc/", "xref/"}; !reflect.DeepEqual(c.Disable, want) {
		t.Errorf("Disable = %q, want %q", c.Disable, want)
	}
}
