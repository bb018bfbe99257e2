package config

import (
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// MatchPath reports whether path matches the doublestar glob pattern, either
// as given or relative to dir (see the package documentation). An empty dir
// matches the path as given only. A malformed pattern matches nothing; Parse
// rejects such patterns before they get here.
func MatchPath(pattern, dir, path string) bool {
	for _, cand := range candidates(dir, path) {
		if matchGlob(pattern, cand) {
			return true
		}
	}
	return false
}

func matchGlob(pattern, name string) bool {
	ok, err := doublestar.Match(pattern, name)
	return err == nil && ok
}

// candidates returns the slash forms of path that globs are matched against:
// the cleaned path, then the path relative to dir when it lies inside dir.
func candidates(dir, path string) []string {
	p := filepath.Clean(path)
	out := []string{filepath.ToSlash(p)}
	if dir == "" {
		return out
	}
	d := filepath.Clean(dir)
	if filepath.IsAbs(d) != filepath.IsAbs(p) {
		var err error
		if d, err = filepath.Abs(d); err != nil {
			return out
		}
		if p, err = filepath.Abs(p); err != nil {
			return out
		}
	}
	rel, err := filepath.Rel(d, p)
	if err != nil {
		return out
	}
	rel = filepath.ToSlash(rel)
	if rel == ".." || strings.HasPrefix(rel, "../") || rel == out[0] {
		return out
	}
	return append(out, rel)
}
