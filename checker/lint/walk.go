package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/filinglint/filinglint/checker/parse"
)

// ErrNoPath is wrapped by the error for a path that does not exist.
var ErrNoPath = errors.New("no such file or directory")

// input is one file to lint; named is true when the user named it rather
// than a directory walk finding it.
type input struct {
	path  string
	named bool
	size  int64 // bytes, to start the largest files first
}

// walk expands paths into the files to lint, in sorted order. Directories
// are walked recursively, skipping hidden directories, files that are not
// filings by name, and what excluded reports. A path that does not exist
// is an error.
func walk(paths []string, excluded func(string) bool, verbose func(format string, args ...any)) ([]input, error) {
	var out []input
	seen := map[string]bool{}
	add := func(in input) {
		if !seen[in.path] {
			seen[in.path] = true
			out = append(out, in)
		}
	}
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", root, ErrNoPath)
		}
		if !st.IsDir() {
			add(input{path: root, named: true, size: st.Size()})
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				verbose("skip %s: %v", p, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				verbose("skip hidden %s", p)
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if excluded(p) {
				verbose("skip excluded %s", p)
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			if parse.SkipByName(p) {
				verbose("skip %s: not a filing", p)
				return nil
			}
			in := input{path: p}
			if info, err := d.Info(); err == nil {
				in.size = info.Size()
			}
			add(in)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", root, err)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out, nil
}
