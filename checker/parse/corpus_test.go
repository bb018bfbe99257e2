package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/filinglint/filinglint/checker/source"
)

// corpusFile is one file of the shared corpus with its detected kind.
type corpusFile struct {
	path  string
	data  []byte
	kind  Kind
	group string // benchmark group, see benchGroup
}

// loadCorpus reads every file of the shared corpus, skipping the test
// when the corpus is absent.
func loadCorpus(tb testing.TB) []corpusFile {
	tb.Helper()
	var files []corpusFile
	err := filepath.WalkDir(corpusDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) == ".tsv" || filepath.Ext(p) == ".md" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		cf := corpusFile{path: p, data: data, kind: Detect(p, data)}
		cf.group = benchGroup(cf)
		files = append(files, cf)
		return nil
	})
	if err != nil || len(files) == 0 {
		tb.Skipf("corpus not available at %s (%v): corpus tests need ../shared/corpus beside the project", corpusDir, err)
	}
	return files
}

// TestCorpus parses every file of the corpus: no panic, no error for a
// filing, and per-format counts of what was found.
func TestCorpus(t *testing.T) {
	type counts struct{ files, docs, pages, numbered, headings, toc, tables, xrefs, dates int }
	byKind := map[Kind]*counts{}
	for _, cf := range loadCorpus(t) {
		f, err := File(source.New(cf.path, cf.data), Options{})
		if err != nil {
			if cf.kind == KindXML {
				continue
			}
			t.Errorf("%s: %v", cf.path, err)
			continue
		}
		checkPositions(t, f)
		c := byKind[cf.kind]
		if c == nil {
			c = &counts{}
			byKind[cf.kind] = c
		}
		c.files++
		for _, d := range f.Documents {
			c.docs++
			c.pages += len(d.Pages)
			for _, p := range d.Pages {
				if p.Label != "" {
					c.numbered++
				}
			}
			c.headings += len(d.Headings)
			c.toc += len(d.TOC.Entries)
			c.tables += len(d.Tables)
			c.xrefs += len(d.Xrefs)
			c.dates += len(d.Dates)
		}
	}
	kinds := make([]Kind, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	for _, k := range kinds {
		c := byKind[k]
		t.Logf("%-10s files %3d docs %4d pages %5d (numbered %5d) headings %6d toc entries %4d tables %5d xrefs %4d dates %5d",
			k, c.files, c.docs, c.pages, c.numbered, c.headings, c.toc, c.tables, c.xrefs, c.dates)
	}
}

// benchGroup names the format a corpus file is benchmarked under: bare
// ascii and html documents, and SGML submissions split by whether they
// hold HTML documents (whose bytes the HTML parser reads).
func benchGroup(cf corpusFile) string {
	switch cf.kind {
	case KindASCII:
		return "ascii"
	case KindHTML:
		return "html"
	case KindSubmission:
		if bytes.Contains(bytes.ToLower(cf.data), []byte("<html")) {
			return "sgml-html"
		}
		return "sgml-ascii"
	}
	return ""
}

// BenchmarkParse parses the corpus, one sub-benchmark per format, with
// the bytes of that format's files as the unit (MB/s).
func BenchmarkParse(b *testing.B) {
	files := loadCorpus(b)
	for _, group := range []string{"ascii", "sgml-ascii", "sgml-html", "html"} {
		var set []corpusFile
		total := 0
		for _, cf := range files {
			if cf.group == group {
				set = append(set, cf)
				total += len(cf.data)
			}
		}
		b.Run(group, func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, cf := range set {
					if _, err := File(source.New(cf.path, cf.data), Options{}); err != nil && cf.kind != KindXML {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
