package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestMatchPath(t *testing.T) {
	dir := filepath.FromSlash("/repo")
	tests := []struct {
		pattern, dir, path string
		want               bool
	}{
		{"drafts/*.txt", dir, "drafts/a.txt", true},
		{"drafts/*.txt", dir, "./drafts/a.txt", true},
		{"drafts/*.txt", dir, "/repo/drafts/a.txt", true},
		{"drafts/*.txt", dir, "/other/drafts/a.txt", false},
		{"drafts/*.txt", dir, "/repo/drafts/sub/a.txt", false},
		{"drafts/**", dir, "/repo/drafts/sub/a.txt", true},
		{"**/*.htm", dir, "/repo/x/y/z.htm", true},
		{"a.txt", "", "a.txt", true},
		{"a.txt", "", "/repo/a.txt", false},
		{"a.txt", "sub", "sub/a.txt", true},
		{"*.txt", dir, "/repo/../a.txt", false},
		{"[a", dir, "[a", false},
	}
	for _, tt := range tests {
		if got := MatchPath(tt.pattern, tt.dir, filepath.FromSlash(tt.path)); got != tt.want {
			t.Errorf("MatchPath(%q, %q, %q) = %v, want %v", tt.pattern, tt.dir, tt.path, got, tt.want)
		}
	}
}

func TestMatchPathRelativeToWorkingDir(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	// Run from wd, the config one level up: the path relative to the config
	// directory is base(wd)/a.txt.
	pattern := filepath.Base(wd) + "/a.txt"
	if !MatchPath(pattern, filepath.Dir(wd), "a.txt") {
		t.Errorf("MatchPath(%q, %q, %q) = false, want true", pattern, filepath.Dir(wd), "a.txt")
	}
}

func TestFormFor(t *testing.T) {
	c := &Config{Dir: filepath.FromSlash("/repo"), Forms: []FormGlob{
		{"drafts/prospectus-*.txt", "424B3"},
		{"drafts/**", "10-K"},
	}}
	tests := map[string]string{
		"drafts/prospectus-1.txt":       "424B3",
		"/repo/drafts/prospectus-1.txt": "424B3",
		"drafts/annual.txt":             "10-K",
		"filings/a.txt":                 "",
	}
	for path, want := range tests {
		if got := c.FormFor(filepath.FromSlash(path)); got != want {
			t.Errorf("FormFor(%q) = %q, want %q", path, got, want)
		}
	}
	var none *Config
	if got := none.FormFor("a.txt"); got != "" {
		t.Errorf("nil FormFor = %q", got)
	}
}

func TestExcluded(t *testing.T) {
	c := &Config{Dir: filepath.FromSlash("/repo"), Exclude: []string{"archive/**", "old", "**/*.bak"}}
	tests := map[string]bool{
		"archive":                 true,
		"archive/2001/a.txt":      true,
		"/repo/archive/a.txt":     true,
		"old":                     true,
		"old/a.txt":               true,
		"older/a.txt":             false,
		"filings/x/a.bak":         true,
		"filings/a.txt":           false,
		"/elsewhere/archive2/a.x": false,
	}
	for path, want := range tests {
		if got := c.Excluded(filepath.FromSlash(path)); got != want {
			t.Errorf("Excluded(%q) = %v, want %v", path, got, want)
		}
	}
	var none *Config
	if none.Excluded("archive/a.txt") {
		t.Error("nil Excluded = true")
	}
}
