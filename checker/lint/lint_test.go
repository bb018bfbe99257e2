package lint

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/rule"
	_ "github.com/filinglint/filinglint/internal/golden" // defines -update
	"github.com/filinglint/filinglint/rules"
)

// tree writes files (path → content) under a temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func builtin(t testing.TB) *rule.Engine {
	t.Helper()
	e, err := rule.Load(rule.Pack{Dir: "rules", FS: rules.FS, Name: "built-in"})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestRunWalk(t *testing.T) {
	dir := tree(t, map[string]string{
		"a.txt":             "Exhibit 99.1\n\nThe meeting is on Monday, February 9, 2005.\n",
		"sub/b.txt":         "Exhibit 99.1\n\nNothing to see.\n",
		".git/c.txt":        "Exhibit 99.1\n\nOn Monday, February 9, 2005.\n",
		".hidden/d.txt":     "Exhibit 99.1\n\nOn Monday, February 9, 2005.\n",
		"logo.gif":          "GIF89a\x00\x00",
		"blob.txt":          "\x00\x01\x02binary",
		"empty.txt":         "",
		"form4.xml":         "<?xml version=\"1.0\"?><ownershipDocument/>",
		"rules/custom.yaml": "id: x/y\n",
	})
	var skipped []string
	res, err := Run(context.Background(), Options{
		Paths: []string{dir}, Rules: builtin(t),
		Verbose: func(format string, args ...any) { skipped = append(skipped, format) },
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, filepath.Base(f.Path)+" "+f.Rule)
	}
	want := []string{"a.txt consistency/weekday", "empty.txt parse/error"}
	if !reflect.DeepEqual(got, want) || res.Files != 3 {
		t.Errorf("findings %q over %d files; want %q over 3 (a, sub/b, empty)", got, res.Files, want)
	}
	if len(skipped) < 4 {
		t.Errorf("--verbose told of %d skipped files, want at least 4", len(skipped))
	}
}

func TestRunNamedFiles(t *testing.T) {
	dir := tree(t, map[string]string{"blob.txt": "\x00\x01\x02binary", "form4.xml": "<?xml version=\"1.0\"?><x/>"})
	res, err := Run(context.Background(), Options{Paths: []string{filepath.Join(dir, "blob.txt"), filepath.Join(dir, "form4.xml")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 2 || res.Findings[0].Rule != finding.ParseError || !strings.Contains(res.Findings[0].Message, "binary file") ||
		!strings.Contains(res.Findings[1].Message, "XML document") || res.Findings[0].Severity != finding.Error {
		t.Errorf("findings = %+v", res.Findings)
	}
}

func TestRunMissingPath(t *testing.T) {
	_, err := Run(context.Background(), Options{Paths: []string{"/nonexistent/filings"}})
	if !errors.Is(err, ErrNoPath) {
		t.Errorf("err = %v, want ErrNoPath", err)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := tree(t, map[string]string{"a.txt": "Exhibit 99.1\n\nx\n"})
	if _, err := Run(ctx, Options{Paths: []string{dir}}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestRunJobs: any number of workers gives the same findings in the same
// order.
func TestRunJobs(t *testing.T) {
	files := map[string]string{}
	for i := range 20 {
		files[filepath.Join("d", string(rune('a'+i))+".txt")] = "Exhibit 99.1\n\nOn Monday, February 9, 2005 and Friday, March 4, 2005.\n"
	}
	dir := tree(t, files)
	e := builtin(t)
	var first []finding.Finding
	for _, jobs := range []int{1, 3, 8} {
		res, err := Run(context.Background(), Options{Paths: []string{dir}, Jobs: jobs, Rules: e})
		if err != nil {
			t.Fatal(err)
		}
		if jobs == 1 {
			first = res.Findings
			if len(first) != 20 {
				t.Fatalf("%d findings, want 20", len(first))
			}
		} else if !reflect.DeepEqual(res.Findings, first) {
			t.Errorf("--jobs %d differs from --jobs 1", jobs)
		}
	}
}

// TestLargestFirst checks that walk records sizes and the workers are fed
// the largest files first, ties in path order.
func TestLargestFirst(t *testing.T) {
	dir := tree(t, map[string]string{"a.txt": "x", "b.txt": "xxxx", "c.txt": "xx", "d.txt": "xxxx"})
	inputs, err := walk([]string{dir}, func(string) bool { return false }, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, i := range largestFirst(inputs) {
		got = append(got, filepath.Base(inputs[i].path))
	}
	if want := []string{"b.txt", "d.txt", "c.txt", "a.txt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
}
