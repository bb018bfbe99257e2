package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/fix"
)

// applyFixes handles --diff (print the fixes as a unified diff) and --fix
// (write them to the files). It returns the findings whose fix was
// applied, keyed by their index in fs.
func applyFixes(fs []finding.Finding, write bool, stdout, stderr io.Writer) (map[int]bool, error) {
	byPath := map[string][]int{}
	var paths []string
	for i, f := range fs {
		if f.Fix == nil || f.Suppressed {
			continue
		}
		if _, ok := byPath[f.Path]; !ok {
			paths = append(paths, f.Path)
		}
		byPath[f.Path] = append(byPath[f.Path], i)
	}
	fixed := map[int]bool{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("fix %s: %w", path, err)
		}
		idx := byPath[path]
		sub := make([]finding.Finding, len(idx))
		for k, i := range idx {
			sub[k] = fs[i]
		}
		res := fix.Apply(path, data, sub)
		for _, msg := range res.Skipped {
			fmt.Fprintln(stderr, msg)
		}
		if res.Applied == 0 {
			continue
		}
		for _, k := range res.Fixed {
			fixed[idx[k]] = true
		}
		if !write {
			if err := fix.Unified(stdout, filepath.ToSlash(path), res.Old, res.New); err != nil {
				return nil, err
			}
			continue
		}
		if err := replaceFile(path, res.New); err != nil {
			return nil, err
		}
		fmt.Fprintf(stderr, "%s: applied %d fix(es)\n", path, res.Applied)
	}
	return fixed, nil
}

// unfixed returns the findings whose fix was not applied.
func unfixed(fs []finding.Finding, fixed map[int]bool) []finding.Finding {
	out := make([]finding.Finding, 0, len(fs))
	for i, f := range fs {
		if !fixed[i] {
			out = append(out, f)
		}
	}
	return out
}

// replaceFile writes data to path through a temporary file renamed into
// place, keeping the file's permissions, so a failure never leaves half a
// filing.
func replaceFile(path string, data []byte) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("fix %s: %w", path, err)
	}
	return writeFile(path, func(w io.Writer) error {
		if f, ok := w.(*os.File); ok {
			if err := f.Chmod(st.Mode().Perm()); err != nil {
				return err
			}
		}
		_, err := w.Write(data)
		return err
	})
}
