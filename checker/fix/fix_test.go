package fix

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
	_ "github.com/filinglint/filinglint/internal/golden" // defines -update
)

// edit makes a finding whose fix replaces old, found in data, with text.
func edit(t *testing.T, data, old, text string, line int) finding.Finding {
	t.Helper()
	off := strings.Index(data, old)
	if off < 0 {
		t.Fatalf("%q not in data", old)
	}
	return finding.Finding{Rule: "toc/page-number", Line: line, Column: 1, Fix: &finding.Fix{
		Description: "x", Edits: []finding.Edit{{Offset: off, Old: old, Text: text, Line: line, Column: 1}},
	}}
}

func TestApply(t *testing.T) {
	data := "RISK FACTORS.....3\nTHE COMPANY......3\nEXPERTS..........9\n"
	fs := []finding.Finding{
		edit(t, data, "9", "8", 3),
		edit(t, data, ".....3", ".....2", 1),
		edit(t, data, "S.....3", "S.....4", 1), // overlaps the fix above
	}
	fs = append(fs, finding.Finding{Rule: "x/stale", Line: 2, Column: 1, Fix: &finding.Fix{Edits: []finding.Edit{{Offset: 20, Old: "NOPE", Text: "x", Line: 2, Column: 2}}}})
	res := Apply("a.txt", []byte(data), fs)
	// The first of two overlapping fixes wins; the other is skipped.
	want := "RISK FACTORS.....4\nTHE COMPANY......3\nEXPERTS..........8\n"
	if string(res.New) != want || res.Applied != 2 || fmt.Sprint(res.Fixed) != "[2 0]" {
		t.Errorf("applied %d, new:\n%s", res.Applied, res.New)
	}
	if len(res.Skipped) != 2 || !strings.Contains(res.Skipped[0], "overlaps") || !strings.Contains(res.Skipped[1], "no longer \"NOPE\"") {
		t.Errorf("skipped = %q", res.Skipped)
	}
}

func TestUnified(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n"
	cur := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn"
	var b bytes.Buffer
	if err := Unified(&b, "x.txt", []byte(old), []byte(cur)); err != nil {
		t.Fatal(err)
	}
	want := `--- a/x.txt
+++ b/x.txt
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -9,5 +9,6 @@
 i
 j
 k
-l
+L
 m
+n
\ No newline at end of file
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestUnifiedMatchesDiff compares the hunks with GNU diff -u on a range of
// edits, when diff is installed.
func TestUnifiedMatchesDiff(t *testing.T) {
	diff, err := exec.LookPath("diff")
	if err != nil {
		t.Skip("no diff program to compare with")
	}
	var lines []string
	for i := range 40 {
		lines = append(lines, fmt.Sprintf("line %d", i))
	}
	old := strings.Join(lines, "\n") + "\n"
	cases := [][2]int{{0, 0}, {5, 6}, {10, 30}, {39, 39}, {3, 12}}
	for _, c := range cases {
		cur := strings.Replace(old, lines[c[0]]+"\n", "changed\n", 1)
		cur = strings.Replace(cur, lines[c[1]]+"\n", "", 1)
		dir := t.TempDir()
		a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		if err := os.WriteFile(a, []byte(old), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(b, []byte(cur), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command(diff, "-u", a, b).Output()
		_, hunksWant, _ := bytes.Cut(out, []byte("@@"))
		want := "@@" + string(hunksWant)
		var got bytes.Buffer
		if err := Unified(&got, "f", []byte(old), []byte(cur)); err != nil {
			t.Fatal(err)
		}
		g := got.String()
		_, g, _ = strings.Cut(g, "@@")
		g = "@@" + g
		if g != want {
			t.Errorf("case %v:\ngot:\n%s\nwant:\n%s", c, g, want)
		}
	}
}
