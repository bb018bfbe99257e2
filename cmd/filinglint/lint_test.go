package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/filinglint/filinglint/internal/golden"
)

// project extracts testdata/lint/NAME.txtar into a temporary directory
// and makes it the working directory for the test.
func project(t *testing.T, name string) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "lint", name+".txtar"))
	if err != nil {
		t.Fatal(err)
	}
	ar, err := txtar.ParseFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		p := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

// goldenDir holds the expected outputs of the CLI tests.
var goldenDir, _ = filepath.Abs(filepath.Join("..", "..", "testdata", "golden", "lint"))

func TestLintFormats(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif", "github", "checkstyle", "junit"} {
		t.Run(format, func(t *testing.T) {
			dir := project(t, "project")
			// Two rules, so that the rule list SARIF carries stays small.
			code, out, errOut := runCLI(t, "lint", "-f", format, "--no-color",
				"--enable", "consistency/weekday", "--enable", "cover/sec-legend", "filings")
			if code != exitFindings {
				t.Fatalf("exit %d, want 1; stderr: %s", code, errOut)
			}
			// SARIF names the working directory, a new one each run.
			out = strings.ReplaceAll(out, filepath.ToSlash(dir), "/PROJECT")
			golden.Check(t, filepath.Join(goldenDir, format+".golden"), []byte(out))
		})
	}
}

func TestLintText(t *testing.T) {
	project(t, "project")
	code, out, errOut := runCLI(t, "lint", "filings")
	want := "filings/drafts/prospectus.txt:1:1: error: the prospectus cover has no SEC legend " +
		"(\"Neither the Securities and Exchange Commission nor any state securities commission has approved or disapproved…\") (cover/sec-legend)\n" +
		"filings/meeting.txt:8:57: error: date says Tuesday but February 9, 2005 is a Wednesday (consistency/weekday)\n"
	if code != exitFindings || out != want {
		t.Errorf("exit %d, stdout:\n%s\nwant:\n%s", code, out, want)
	}
	if !strings.Contains(errOut, "4 files, 4 documents: 2 findings (2 errors, 0 warnings, 0 info), 1 suppressed") {
		t.Errorf("summary: %q", errOut)
	}
}

func TestLintExitCodes(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // substring
		nLines int    // lines on stdout, -1 to skip
	}{
		{"findings", []string{"lint", "filings"}, exitFindings, "", 2},
		{"default path", []string{"lint"}, exitFindings, "", 2},
		{"fail-on none", []string{"lint", "--fail-on", "none", "filings"}, exitOK, "", 2},
		{"fail-on bad", []string{"lint", "--fail-on", "fatal", "filings"}, exitUsage, "--fail-on", 0},
		{"clean file", []string{"lint", "filings/clean.txt"}, exitOK, "no findings", 0},
		{"missing path", []string{"lint", "nope"}, exitUsage, "nope: no such file or directory", 0},
		{"unknown flag", []string{"lint", "--colour", "filings"}, exitUsage, "unknown flag: --colour", 0},
		{"bad format", []string{"lint", "-f", "xml", "filings"}, exitUsage, "unknown format \"xml\"", 0},
		{"quiet", []string{"lint", "-q", "filings/clean.txt"}, exitOK, "", 0},
		{"enable category", []string{"lint", "--enable", "consistency/", "filings"}, exitFindings, "", 1},
		{"disable rule", []string{"lint", "--disable", "consistency/weekday", "--disable", "cover", "filings"}, exitOK, "", 0},
		{"disable list", []string{"lint", "--disable", "consistency/weekday,cover", "filings"}, exitOK, "", 0},
		{"enable list", []string{"lint", "--enable", "cover/sec-legend,consistency/weekday", "filings"}, exitFindings, "", 2},
		{"enable list unknown", []string{"lint", "--enable", "cover/sec-legend,nosuch", "filings"}, exitUsage, "no rule or category \"nosuch\"", 0},
		{"enable unknown", []string{"lint", "--enable", "nosuch/", "filings"}, exitUsage, "no rule or category \"nosuch/\"", 0},
		{"min-severity", []string{"lint", "--rules", "mine", "--min-severity", "error", "--fail-on", "info", "filings"}, exitFindings, "", 2},
		{"user pack", []string{"lint", "--rules", "mine", "--fail-on", "info", "filings/clean.txt"}, exitFindings, "", 1},
		{"broken pack", []string{"lint", "--rules", "broken", "filings"}, exitUsage, "broken/custom/typo.yaml:8:27: undefined field 'weekdya'", 0},
		{"rules not a dir", []string{"lint", "--rules", "nope", "filings"}, exitUsage, "--rules nope: not a directory", 0},
		{"missing config", []string{"lint", "--config", "nope.yaml", "filings"}, exitUsage, "config nope.yaml: no such file", 0},
		{"jobs negative", []string{"lint", "--jobs", "-1", "filings"}, exitUsage, "--jobs", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			project(t, "project")
			code, out, errOut := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, errOut, tt.code, tt.stderr)
			}
			if n := strings.Count(out, "\n"); tt.nLines >= 0 && n != tt.nLines {
				t.Errorf("%d lines on stdout, want %d:\n%s", n, tt.nLines, out)
			}
		})
	}
}

func TestLintConfig(t *testing.T) {
	dir := project(t, "project")
	// Discovered from a subdirectory: the suppression still applies.
	t.Chdir(filepath.Join(dir, "filings", "drafts"))
	code, out, _ := runCLI(t, "lint", "old-meeting.txt")
	if code != exitOK || out != "" {
		t.Errorf("exit %d, stdout %q: the config in a parent directory should suppress the finding", code, out)
	}
	// The suppressed finding is kept, marked, in JSON.
	_, out, _ = runCLI(t, "lint", "-f", "json", "old-meeting.txt")
	var doc struct {
		Findings []struct {
			Rule       string `json:"rule"`
			Suppressed bool   `json:"suppressed"`
			Reason     string `json:"suppression_reason"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Findings) != 1 || !doc.Findings[0].Suppressed || doc.Findings[0].Reason != "superseded draft kept for the record" {
		t.Errorf("json findings = %+v", doc.Findings)
	}
	// A config error names the file, line and column.
	if err := os.WriteFile(filepath.Join(dir, ".filinglint.yaml"), []byte("disabel: [edgar/]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "lint", "old-meeting.txt")
	if code != exitUsage || !strings.Contains(errOut, ".filinglint.yaml:1:1: unknown key \"disabel\"") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestLintOutputFiles(t *testing.T) {
	project(t, "project")
	code, out, _ := runCLI(t, "lint", "-f", "text", "-f", "sarif=out.sarif", "-f", "json=out.json", "filings")
	if code != exitFindings || strings.Count(out, "\n") != 2 {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, name := range []string{"out.sarif", "out.json"} {
		data, err := os.ReadFile(name)
		if err != nil || !json.Valid(data) {
			t.Errorf("%s: %v, valid JSON %v", name, err, json.Valid(data))
		}
	}
	// The JSON output is a baseline: nothing is new against it.
	code, out, _ = runCLI(t, "lint", "--baseline", "out.json", "filings")
	if code != exitOK || out != "" {
		t.Errorf("with baseline: exit %d, stdout %q", code, out)
	}
}

// TestLintJobs: the output is byte-identical whatever --jobs is.
func TestLintJobs(t *testing.T) {
	project(t, "project")
	paths := []string{"filings"}
	if _, err := os.Stat(filepath.Join(goldenDir, "..", "..", "..", "..", "shared", "corpus", "seeds")); err == nil {
		paths = append(paths, filepath.Join(goldenDir, "..", "..", "..", "..", "shared", "corpus", "seeds"))
	}
	var first string
	for _, jobs := range []string{"1", "8"} {
		args := append([]string{"lint", "-f", "json", "--jobs", jobs}, paths...)
		_, out, _ := runCLI(t, args...)
		if first == "" {
			first = out
		} else if out != first {
			t.Errorf("--jobs %s output differs from --jobs 1", jobs)
		}
	}
}

func TestLintFormOverride(t *testing.T) {
	project(t, "project")
	args := []string{"lint", "--rules", "mine", "--enable", "custom/", "--fail-on", "info", "filings/clean.txt"}
	_, out, _ := runCLI(t, args...)
	if !strings.HasSuffix(out, "no share amounts in EX-99.1 (custom/no-shares)\n") {
		t.Errorf("detected form: %q", out)
	}
	_, out, _ = runCLI(t, append(args, "--form", "424B3")...)
	if !strings.HasSuffix(out, "no share amounts in 424B3 (custom/no-shares)\n") {
		t.Errorf("--form 424B3: %q", out)
	}
}

func TestProgress(t *testing.T) {
	var b strings.Builder
	p := newProgress(&b)
	p.update(1, 10) // too early: nothing shown
	if b.Len() != 0 {
		t.Fatalf("progress shown at once: %q", b.String())
	}
	p.start = p.start.Add(-progressDelay)
	p.update(5, 10)
	p.finish()
	if got := b.String(); got != "\rlinted 5/10 files\r\033[K" {
		t.Errorf("progress = %q", got)
	}
}

// TestExamples lints the example filings of the README's quick start: the
// draft prospectus carries one error of each kind shown there.
func TestExamples(t *testing.T) {
	code, out, _ := runCLI(t, "lint", "../../testdata/examples")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1", code)
	}
	golden.Check(t, filepath.Join(goldenDir, "examples.golden"), []byte(out))
}

func TestLintStats(t *testing.T) {
	project(t, "project")
	_, _, errOut := runCLI(t, "lint", "--stats", "filings")
	for _, want := range []string{"parse", "consistency/weekday", "all rules"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("--stats output lacks %q:\n%s", want, errOut)
		}
	}
}
