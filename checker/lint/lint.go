// Package lint runs the pipeline over the files a user names:
// walk → read → detect and parse → evaluate rules → collect findings.
// Filtering and printing are the caller's (see checker/filter and
// checker/report); nothing here prints to stdout or exits.
package lint

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/filinglint/filinglint/checker/finding"
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse"
	"github.com/filinglint/filinglint/checker/source"
)

// Evaluator evaluates rules over one document.
type Evaluator interface {
	Eval(ctx context.Context, src *source.File, doc *model.Document, enabled func(id string) bool) ([]finding.Finding, error)
}

// Options configures a run.
type Options struct {
	Paths    []string
	Jobs     int                              // workers; 0 means one per CPU
	Rules    Evaluator                        // nil: parse only
	Enabled  func(id string) bool             // which rules run; nil: all
	FormFor  func(path string) string         // form for bare documents, from --form or config
	Excluded func(path string) bool           // paths the config excludes
	Verbose  func(format string, args ...any) // skipped files and other notes; may be nil
	OnFile   func(done, total int)            // progress; may be nil
}

// Result is what a run found.
type Result struct {
	Findings  []finding.Finding // in file order; within a file, in rule output order
	Files     int
	Documents int
	ReadTime  time.Duration // reading files, summed over workers
	ParseTime time.Duration // detecting and parsing, summed over workers
}

// Run lints the files under opts.Paths. It returns an error only for a
// path that does not exist or a cancelled context; a file that cannot be
// read or parsed becomes a parse/error finding.
func Run(ctx context.Context, opts Options) (*Result, error) {
	nop := func(string, ...any) {}
	if opts.Verbose == nil {
		opts.Verbose = nop
	}
	if opts.Excluded == nil {
		opts.Excluded = func(string) bool { return false }
	}
	inputs, err := walk(opts.Paths, opts.Excluded, opts.Verbose)
	if err != nil {
		return nil, err
	}
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	results := make([]fileResult, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range min(jobs, max(len(inputs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = lintFile(ctx, inputs[i], opts)
				if opts.OnFile != nil {
					mu.Lock()
					done++
					opts.OnFile(done, len(inputs))
					mu.Unlock()
				}
			}
		}()
	}
	for _, i := range largestFirst(inputs) {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lint: %w", err)
	}
	res := &Result{}
	for _, r := range results {
		if r.skipped {
			continue
		}
		res.Files++
		res.Documents += r.documents
		res.ReadTime += r.read
		res.ParseTime += r.parseTime
		res.Findings = append(res.Findings, r.findings...)
	}
	return res, nil
}

// largestFirst returns the indexes of inputs, largest file first: the
// workers then end together instead of one parsing a big filing alone at
// the end. Results stay in input order.
func largestFirst(inputs []input) []int {
	order := make([]int, len(inputs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(inputs[b].size, inputs[a].size) })
	return order
}

// fileResult is what linting one file produced.
type fileResult struct {
	findings        []finding.Finding
	documents       int
	skipped         bool
	read, parseTime time.Duration
}

// lintFile reads, parses and evaluates one file. Only this function's
// result outlives it: the file's bytes and model are dropped when it returns.
func lintFile(ctx context.Context, in input, opts Options) fileResult {
	start := time.Now()
	data, err := os.ReadFile(in.path)
	read := time.Since(start)
	if err != nil {
		return fileResult{findings: []finding.Finding{parseError(in.path, fmt.Sprintf("cannot read file: %v", unwrapPath(err)))}}
	}
	src := source.New(in.path, data)
	var form string
	if opts.FormFor != nil {
		form = opts.FormFor(in.path)
	}
	start = time.Now()
	f, err := parse.File(src, parse.Options{Form: form})
	parseTime := time.Since(start)
	if err != nil {
		kind := parse.Detect(in.path, data)
		if !in.named && (kind == parse.KindBinary || kind == parse.KindXML) {
			opts.Verbose("skip %s: %v", in.path, err)
			return fileResult{skipped: true}
		}
		return fileResult{findings: []finding.Finding{parseError(in.path, err.Error())}}
	}
	res := fileResult{documents: len(f.Documents), read: read, parseTime: parseTime}
	if opts.Rules == nil {
		return res
	}
	for _, doc := range f.Documents {
		fs, err := opts.Rules.Eval(ctx, src, doc, opts.Enabled)
		if err != nil {
			res.findings = append(res.findings, parseError(in.path, fmt.Sprintf("evaluating rules: %v", err)))
			continue
		}
		res.findings = append(res.findings, fs...)
	}
	// Findings outlive the file: copy the strings that may share the
	// document's memory so the file's bytes and model can be freed.
	for i := range res.findings {
		f := &res.findings[i]
		f.Message, f.Subject, f.Page = strings.Clone(f.Message), strings.Clone(f.Subject), strings.Clone(f.Page)
	}
	return res
}

// parseError makes the finding for a file that cannot be read or parsed.
func parseError(path, msg string) finding.Finding {
	return finding.Finding{
		Rule: finding.ParseError, Severity: finding.Error, Message: msg, Path: path,
		Line: 1, Column: 1, EndLine: 1, EndColumn: 1, Subject: msg,
	}
}

// unwrapPath drops the path from an *os.PathError: the finding names it.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
