package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedsDir holds the two seed filings of the shared corpus.
var seedsDir, _ = filepath.Abs(filepath.Join("..", "..", "..", "shared", "corpus", "seeds"))

// Seed file names.
const (
	seedPressRelease = "000_7e4f425a8f456f61.txt"
	seedProspectus   = "004_9708d75fa602b0ea.txt"
)

// jsonFinding is a finding as `lint -f json` prints it.
type jsonFinding struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Sev     string `json:"severity"`
}

// lintJSON lints path with the built-in rules and returns the findings.
func lintJSON(t *testing.T, path string, extra ...string) []jsonFinding {
	t.Helper()
	args := append([]string{"lint", "-f", "json", "--fail-on", "none", "-q"}, extra...)
	code, out, errOut := runCLI(t, append(args, path)...)
	if code != exitOK {
		t.Fatalf("lint %s: exit %d: %s", path, code, errOut)
	}
	var doc struct {
		Findings []jsonFinding `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("lint %s: %v", path, err)
	}
	return doc.Findings
}

// readSeed returns a seed's text, skipping the test when the corpus is
// absent.
func readSeed(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(seedsDir, name))
	if err != nil {
		t.Skipf("corpus not available (%v): seed tests need ../shared/corpus beside the project", err)
	}
	return string(data)
}

// seedEdit is one edit of a seed that must produce exactly one new
// finding: old is replaced by new (old must occur once), and the lint of
// the edited copy must have exactly the findings of the original plus one
// of rule at line (whose message contains msg).
type seedEdit struct {
	name, seed, old, new string
	rule                 string
	line                 int
	msg                  string
}

// checkSeedEdits runs seed edits as subtests.
func checkSeedEdits(t *testing.T, edits []seedEdit) {
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			text := readSeed(t, e.seed)
			if n := strings.Count(text, e.old); n != 1 {
				t.Fatalf("%q occurs %d times in %s, want once", e.old, n, e.seed)
			}
			dir := t.TempDir()
			orig := filepath.Join(dir, "orig", e.seed)
			edited := filepath.Join(dir, "edited", e.seed)
			for p, s := range map[string]string{orig: text, edited: strings.Replace(text, e.old, e.new, 1)} {
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			before := map[string]int{}
			for _, f := range lintJSON(t, orig) {
				before[f.Rule+"\x00"+f.Message]++
			}
			var added []jsonFinding
			for _, f := range lintJSON(t, edited) {
				k := f.Rule + "\x00" + f.Message
				if before[k] > 0 {
					before[k]--
					continue
				}
				added = append(added, f)
			}
			if len(added) != 1 || added[0].Rule != e.rule || added[0].Line != e.line || !strings.Contains(added[0].Message, e.msg) {
				t.Errorf("new findings = %+v\nwant exactly one %s at line %d containing %q", added, e.rule, e.line, e.msg)
			}
		})
	}
}

// TestSeedsClean: the seeds have no error-severity finding.
func TestSeedsClean(t *testing.T) {
	for _, name := range []string{seedPressRelease, seedProspectus} {
		readSeed(t, name)
		for _, f := range lintJSON(t, filepath.Join(seedsDir, name)) {
			if f.Sev == "error" {
				t.Errorf("%s:%d:%d: %s (%s)", name, f.Line, f.Column, f.Message, f.Rule)
			}
		}
	}
}

func TestSeedEditsWeekday(t *testing.T) {
	checkSeedEdits(t, []seedEdit{{
		name: "weekday changed", seed: seedPressRelease,
		old: "Tuesday,  February 8,", new: "Monday,  February 8,",
		rule: "consistency/weekday", line: 57, msg: "says Monday but February 8, 2005 is a Tuesday",
	}})
}
