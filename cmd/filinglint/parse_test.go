package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/internal/golden"
)

// runCLI runs the command line in process and returns its exit code and
// output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// TestParseGolden prints the model of every fixture as JSON and compares
// it with testdata/golden/parse/NAME.json (go test -update rewrites them).
func TestParseGolden(t *testing.T) {
	var files []string
	for _, dir := range []string{"examples", "parse"} {
		m, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*"))
		files = append(files, m...)
	}
	if len(files) < 5 {
		t.Fatalf("only %d fixtures found", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			code, out, errOut := runCLI(t, "parse", "--json", f)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden.Check(t, filepath.Join("..", "..", "testdata", "golden", "parse", filepath.Base(f)+".json"), []byte(out))
		})
	}
}

func TestParseSummary(t *testing.T) {
	code, out, _ := runCLI(t, "parse", "../../testdata/examples/prospectus.txt")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"form: PROSPECTUS  families: prospectus",
		"table of contents at line 24: 8 entries",
		"RISK FACTORS",
		"4 rows x 3 value columns",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestParseForm(t *testing.T) {
	code, out, _ := runCLI(t, "parse", "--form", "424b3", "../../testdata/examples/prospectus.txt")
	if code != 0 || !strings.Contains(out, "form: 424B3  families: prospectus") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestParseBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	unreadable := write("secret.txt", []byte("PROSPECTUS\n"))
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"missing path", []string{"parse", filepath.Join(dir, "nope.txt")}, exitUsage, "no such file"},
		{"directory", []string{"parse", dir}, exitUsage, "is a directory"},
		{"empty", []string{"parse", write("empty.txt", nil)}, exitUsage, "empty file"},
		{"binary", []string{"parse", write("logo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))}, exitUsage, "binary file"},
		{"no file", []string{"parse"}, exitUsage, "exactly one file"},
		{"two files", []string{"parse", "a", "b"}, exitUsage, "exactly one file"},
		{"unknown flag", []string{"parse", "--jsn", "x"}, exitUsage, "unknown flag: --jsn"},
		{"invalid utf-8", []string{"parse", write("latin.txt", []byte("Exhibit 99.1\n\nSales rose 5\xe9.\n"))}, exitOK, "not valid UTF-8"},
		{"truncated sgml", []string{"parse", write("t.txt", []byte("<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nFORM 8-K\n"))}, exitOK, "has no </DOCUMENT>"},
		{"unclosed html", []string{"parse", write("u.htm", []byte("<html><body><table><tr><td>RISK"))}, exitOK, ""},
	}
	if os.Getuid() != 0 { // root reads any file
		tests = append(tests, struct {
			name    string
			args    []string
			code    int
			wantErr string
		}{"unreadable", []string{"parse", unreadable}, exitUsage, "permission denied"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.wantErr)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "version")
	if code != 0 || !strings.HasPrefix(out, "filinglint ") {
		t.Errorf("exit %d, %q", code, out)
	}
}
