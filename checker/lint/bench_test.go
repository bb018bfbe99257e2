package lint

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse"
	"github.com/filinglint/filinglint/checker/source"
)

// corpusDir is the shared corpus of real filings beside the project.
const corpusDir = "../../../shared/corpus"

// corpusBytes returns the corpus size, skipping when it is absent.
func corpusBytes(b *testing.B) int64 {
	b.Helper()
	var n int64
	err := filepath.WalkDir(corpusDir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			info, ierr := d.Info()
			if ierr == nil {
				n += info.Size()
			}
		}
		return err
	})
	if err != nil || n == 0 {
		b.Skipf("corpus not available at %s (%v)", corpusDir, err)
	}
	return n
}

// exampleRules are the rules issue 3's throughput target names: a
// document rule, a located per-element rule and a table rule.
var exampleRules = map[string]bool{"consistency/weekday": true, "cover/sec-legend": true, "table/footing": true}

// BenchmarkLint runs the whole pipeline (walk, read, parse, evaluate) over
// the corpus with one worker per CPU: with every built-in rule, and with
// the three example rules.
func BenchmarkLint(b *testing.B) {
	n := corpusBytes(b)
	e := builtin(b)
	for _, bc := range []struct {
		name    string
		enabled func(string) bool
	}{
		{"all", nil},
		{"example", func(id string) bool { return exampleRules[id] }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Run(context.Background(), Options{Paths: []string{corpusDir}, Rules: e, Enabled: bc.enabled}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEval evaluates all built-in rules over the parsed corpus, the
// parse done beforehand: rule evaluation alone, one goroutine.
func BenchmarkEval(b *testing.B) {
	n := corpusBytes(b)
	e := builtin(b)
	type parsed struct {
		src  *source.File
		docs []*model.Document
	}
	var all []parsed
	_ = filepath.WalkDir(corpusDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || parse.SkipByName(p) {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		src := source.New(p, data)
		if f, err := parse.File(src, parse.Options{}); err == nil {
			all = append(all, parsed{src, f.Documents})
		}
		return nil
	})
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, p := range all {
			for _, d := range p.docs {
				if _, err := e.Eval(context.Background(), p.src, d, nil); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}
