package parse

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/source"
)

// htmlCorpus reads the bare .htm/.html files of the shared corpus,
// skipping the test when the corpus is absent.
func htmlCorpus(tb testing.TB) []*source.File {
	tb.Helper()
	var files []*source.File
	for _, cf := range loadCorpus(tb) {
		if ext := strings.ToLower(filepath.Ext(cf.path)); ext == ".htm" || ext == ".html" {
			files = append(files, source.New(cf.path, cf.data))
		}
	}
	return files
}

// TestHTMLCorpus parses every bare HTML file of the corpus: no panic,
// every line mapped inside the file, tables where their lines say, and
// per-file counts of pages, lines and tables.
func TestHTMLCorpus(t *testing.T) {
	for _, src := range htmlCorpus(t) {
		p := parseHTML(src, 0, len(src.Data))
		checkHTMLParsed(t, src, 0, len(src.Data), p)
		pages := 0
		if n := len(p.text.Lines); n > 0 {
			pages = p.text.Lines[n-1].Page + 1
		}
		rows := 0
		for _, tb := range p.tables {
			rows += len(tb.Rows)
		}
		t.Logf("%-60s %8d bytes %4d pages %6d lines %4d tables %5d rows",
			strings.TrimPrefix(src.Name, corpusDir+"/"), len(src.Data), pages, len(p.text.Lines), len(p.tables), rows)
	}
}

// BenchmarkHTML parses every bare HTML file of the corpus.
func BenchmarkHTML(b *testing.B) {
	benchHTMLCorpus(b, func(src *source.File) { parseHTML(src, 0, len(src.Data)) })
}

// benchHTMLCorpus runs read over every bare HTML file of the corpus, with
// their bytes as the unit (MB/s).
func benchHTMLCorpus(b *testing.B, read func(src *source.File)) {
	files := htmlCorpus(b)
	total := 0
	for _, src := range files {
		total += len(src.Data)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range files {
			read(src)
		}
	}
}
