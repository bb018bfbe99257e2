package parse

import (
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// asciiTableInput is one <TABLE> block of the corpus with the text it
// lives in: what buildASCIITable takes.
type asciiTableInput struct {
	src *source.File
	t   *visible.Text
	at  asciiTable
}

// corpusASCIITables parses the ASCII documents of the corpus up to their
// table blocks, for benchmarking buildASCIITable alone.
func corpusASCIITables(tb testing.TB) []asciiTableInput {
	tb.Helper()
	var ins []asciiTableInput
	add := func(src *source.File, start, end int) {
		p := parseASCII(src, start, end)
		for _, at := range p.asciiTables {
			if len(at.lines) > 0 {
				ins = append(ins, asciiTableInput{src, p.text, at})
			}
		}
	}
	for _, cf := range loadCorpus(tb) {
		src := source.New(cf.path, cf.data)
		switch cf.kind {
		case KindASCII:
			add(src, 0, len(cf.data))
		case KindSubmission:
			f := &model.File{}
			data := submissionData(src, f)
			at := indexFold(data, []byte("<DOCUMENT>"), 0)
			if at < 0 {
				continue
			}
			for _, d := range splitDocuments(src, data, at, f) {
				if d.kind == KindASCII {
					add(src, d.start, d.end)
				}
			}
		}
	}
	return ins
}

// BenchmarkASCIITable builds every ASCII table of the corpus.
func BenchmarkASCIITable(b *testing.B) {
	ins := corpusASCIITables(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			buildASCIITable(in.src, in.t, in.at, newTOCFinder(in.t))
		}
	}
}
