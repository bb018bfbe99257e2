package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// corpusDir is the shared corpus of real EDGAR filings beside the project.
const corpusDir = "../../../../shared/corpus"

var corpus struct {
	once sync.Once
	text string
	err  error
}

// corpusText returns every .txt file of the shared corpus joined by
// newlines, skipping the test when the corpus is absent.
func corpusText(tb testing.TB) string {
	tb.Helper()
	corpus.once.Do(func() {
		var b strings.Builder
		corpus.err = filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			b.Write(data)
			b.WriteByte('\n')
			return nil
		})
		corpus.text = b.String()
	})
	if corpus.err != nil || corpus.text == "" {
		tb.Skipf("shared corpus not available at %s: %v", corpusDir, corpus.err)
	}
	return corpus.text
}

// seed returns one of the two seed documents, skipping the test when the
// corpus is absent.
func seed(tb testing.TB, name string) string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, "seeds", name))
	if err != nil {
		tb.Skipf("seed %s not available (shared corpus absent?): %v", name, err)
	}
	return string(data)
}
