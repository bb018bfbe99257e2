package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	top := filepath.Join(root, FileName)
	inner := filepath.Join(root, "a", FileName)
	write(t, top, "")
	write(t, inner, "")
	write(t, filepath.Join(root, "a", "b", "c", "x.txt"), "")
	// A directory named like the config file is not a config file.
	if err := os.MkdirAll(filepath.Join(root, "d", FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ dir, want string }{
		{root, top},
		{filepath.Join(root, "a"), inner},
		{filepath.Join(root, "a", "b", "c"), inner},
		{filepath.Join(root, "d"), top},
		{filepath.Join(root, "a", "b", "c", "x.txt"), inner},
	}
	for _, tt := range tests {
		got, err := Find(tt.dir)
		if err != nil || got != tt.want {
			t.Errorf("Find(%q) = %q, %v; want %q", tt.dir, got, err, tt.want)
		}
	}
}

func TestFindNone(t *testing.T) {
	dir := t.TempDir()
	got, err := Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	// A config above the temporary directory would be found legitimately;
	// only check that what is found is not inside dir.
	if got != "" && strings.HasPrefix(got, dir) {
		t.Errorf("Find(%q) = %q, want none inside it", dir, got)
	}
}

func TestLoad(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "proj", FileName)
	write(t, path, "rules: [./rules, ../shared-rules]\nexclude: [\"archive/**\"]\n")
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:    path,
		Dir:     filepath.Join(root, "proj"),
		Rules:   []string{filepath.Join(root, "proj", "rules"), filepath.Join(root, "shared-rules")},
		Exclude: []string{"archive/**"},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Load = %+v, want %+v", c, want)
	}
	if !c.Excluded(filepath.Join(root, "proj", "archive", "a.txt")) {
		t.Error("archive file not excluded")
	}
}

func TestLoadErrors(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, FileName)
	write(t, path, "ignore:\n  - rule: toc/page-number\n    path: a.txt\n")
	_, err := Load(path)
	want := path + `:2:5: ignore entry for "toc/page-number" has no reason`
	if err == nil || err.Error() != want {
		t.Errorf("Load error = %v, want %s", err, want)
	}
	_, err = Load(filepath.Join(root, "missing.yaml"))
	if err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("Load of a missing file: %v", err)
	}
}
