package rule

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse"
	"github.com/filinglint/filinglint/checker/source"
)

// corpusDocs parses the shared corpus, skipping when it is absent.
func corpusDocs(tb testing.TB) ([]*model.Document, int) {
	tb.Helper()
	var docs []*model.Document
	size := 0
	err := filepath.WalkDir(filepath.Join("..", "..", "..", "shared", "corpus"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) == ".tsv" || filepath.Ext(p) == ".md" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		size += len(data)
		f, err := parse.File(source.New(p, data), parse.Options{})
		if err != nil {
			return nil
		}
		docs = append(docs, f.Documents...)
		return nil
	})
	if err != nil || len(docs) == 0 {
		tb.Skipf("corpus not available (%v)", err)
	}
	return docs, size
}

// threadTime returns the CPU time of the calling thread, so that the
// timings are not skewed by other work on the machine; the caller locks
// its goroutine to the thread.
func threadTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestArithRuleTimes reports how much CPU time each built-in rule spends
// on the shared corpus, the best of five runs:
//
//	FILINGLINT_RULE_TIMES=1 go test ./checker/rule -run TestArithRuleTimes -v
func TestArithRuleTimes(t *testing.T) {
	if os.Getenv("FILINGLINT_RULE_TIMES") == "" {
		t.Skip("set FILINGLINT_RULE_TIMES=1 to time the rules on the corpus")
	}
	docs, size := corpusDocs(t)
	e := builtinEngine(t)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, r := range e.Rules() {
		id := r.ID
		best := time.Hour
		for range 5 {
			start := threadTime()
			for _, d := range docs {
				if _, err := e.Eval(context.Background(), nil, d, func(s string) bool { return s == id }); err != nil {
					t.Fatal(err)
				}
			}
			best = min(best, threadTime()-start)
		}
		t.Logf("%-28s %v over %d MB", id, best, size>>20)
	}
}

// arithTable is a table with years for headings and the rows given.
func arithTable(header []string, rows ...model.Row) *model.Table {
	return &model.Table{Header: header, Columns: len(header) - 1, Rows: rows}
}

func TestFoots(t *testing.T) {
	tbl := arithTable([]string{"", "2004", "2003"},
		row(1, "Revenues:"),
		row(2, "Product sales", "$ 12,450", "$ 10,875"),
		row(3, "Services", "3,210", "2,980"),
		row(4, "Licensing", "745", "610"),
		row(5, "Total revenues", "$ 16,405", "$ 14,565"),
		row(6, "Ratios:"),
		row(7, "Cost", "1.4", "n/a"),
		row(8, "Other", "2.4", "1"),
		row(9, "Total", "3.9", "1"))
	for _, tt := range []struct {
		i, c int
		want bool
	}{
		{4, 0, true},  // 12,450 + 3,210 + 745
		{4, 1, false}, // 10,875 + 2,980 + 610 = 14,465
		{8, 0, true},  // 1.4 + 2.4 within rounding
		{8, 1, false}, // "n/a" among the figures: nothing to add
		{0, 0, false}, // a heading
		{9, 0, false}, // out of range
		{4, 5, false},
	} {
		if got := foots(tbl, tt.i, tt.c); got != tt.want {
			t.Errorf("foots(row %d, column %d) = %v, want %v", tt.i, tt.c, got, tt.want)
		}
	}
}

func TestCrossAddends(t *testing.T) {
	equity := arithTable([]string{"", "Common stock Shares", "Common stock Amount", "Paid-in capital", "Retained earnings", "Total equity"},
		row(1, "Balance, January 1", "1,000", "$10", "$500", "$200", "$710"),
		row(2, "Net income", "", "", "", "90", "90"),
		row(3, "Shares issued", "50", "1", "49", "—", "50"),
		row(4, "Balance, December 31", "1,050", "$11", "$549", "$290", "$850"))
	obligations := arithTable([]string{"", "Total", "Less than 1 year", "1-3 years", "More than 3 years"},
		row(1, "Debt", "1,500", "500", "—", "1,000"),
		row(2, "Leases", "120", "40", "60", "20"),
		row(3, "Total", "1,620", "540", "60", "1,020"))
	interleaved := arithTable([]string{
		"", "< 12 months Fair value", "< 12 months Unrealized loss",
		"12 months or more Fair value", "12 months or more Unrealized loss", "Total Fair value", "Total Unrealized loss",
	},
		row(1, "Treasuries", "729", "(2)", "960", "(13)", "1,689", "(15)"),
		row(2, "Corporate", "843", "(4)", "1,646", "(9)", "2,489", "(13)"))
	proForma := arithTable([]string{
		"", "Company (in thousands, except per share amounts)",
		"Target (in thousands, except per share amounts)", "Pro forma adjustments", "Pro forma",
	},
		row(1, "Revenues", "$16,073", "$19,383", "$ --", "$35,456"),
		row(2, "Interest", "20,989", "9,519", "3,400", "33,908"),
		row(3, "Other", "4,011", "524", "(1,906)", "2,629"))
	unrelated := arithTable([]string{"", "Revenue", "Margin %", "Total"},
		row(1, "A", "100", "10%", "7"),
		row(2, "B", "200", "12%", "9"))
	for _, tt := range []struct {
		name string
		t    *model.Table
		c    int
		want []int
	}{
		{"equity: the share count is left out", equity, 4, []int{3, 2, 1}},
		{"a total before its columns", obligations, 0, []int{1, 2, 3}},
		{"interleaved columns by heading", interleaved, 4, []int{2, 0}},
		{"interleaved columns by heading", interleaved, 5, []int{3, 1}},
		{"pro forma: notes in parentheses do not make another kind", proForma, 3, []int{2, 1, 0}},
		{"no run matches", unrelated, 2, nil},
		{"out of range", equity, 9, nil},
	} {
		if got := crossAddends(tt.t, tt.c); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: crossAddends(%d) = %v, want %v", tt.name, tt.c, got, tt.want)
		}
	}
}

func TestColumns(t *testing.T) {
	tbl := arithTable([]string{
		"Selling stockholder", "Shares owned before the offering", "Percent before",
		"Shares offered", "Shares owned after the offering", "Percent after",
	})
	for _, tt := range []struct {
		include, exclude string
		want             []int64
	}{
		{"(?i)before", "(?i)percent", []int64{0}},
		{"(?i)offered", "(?i)before|after", []int64{2}},
		{"(?i)shares", "", []int64{0, 2, 3}},
		{"(?i)selling", "", []int64{}},
	} {
		got := columns(tbl, regexp.MustCompile(tt.include), regexp.MustCompile(tt.exclude))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("columns(%q, %q) = %v, want %v", tt.include, tt.exclude, got, tt.want)
		}
	}
}

func TestSumRounding(t *testing.T) {
	for _, tt := range []struct {
		sum  model.Sum
		want float64
	}{
		{model.Sum{Unit: "shares", Text: "1,518,500,000 shares. Those shares consisted of: (a) 1,500,000,000 shares " +
			"of Common Stock, par value $.01 per share; (b) 10,000,000 shares; and (c) 8,500,000 shares"}, 2},
		{model.Sum{Unit: "$", Text: "$4.0 million consisted of $1.5 million of benefits and $2.6 million"}, 150_000},
	} {
		if got := sumRounding(&tt.sum); math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("rounding(%q) = %v, want %v", tt.sum.Text, got, tt.want)
		}
	}
}

// TestArithFunctions calls the arith functions from CEL, as rules do.
func TestArithFunctions(t *testing.T) {
	doc := table([]string{"", "Product", "Services", "Total"},
		row(1, "North America", "12,450", "3,210", "15,660"),
		row(2, "Europe", "8,310", "2,145", "10,455"),
		row(3, "Total", "20,760", "5,355", "26,115"))
	doc.Sums = []model.Sum{{Unit: "$", Text: "$4.0 million consisted of $1.5 million and $2.6 million", Total: 4e6, Parts: []float64{1.5e6, 2.6e6}}}
	for expr, want := range map[string]any{
		`foots(doc.tables[0], 2, 0)`:                                               true,
		`crossAddends(doc.tables[0], 2)`:                                           []int64{1, 0},
		`columns(doc.tables[0], "(?i)total", "")`:                                  []int64{2},
		`approx(doc.sums[0].total, sum(doc.sums[0].parts), rounding(doc.sums[0]))`: true,
	} {
		if got := eval(t, expr, doc).Value(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", expr, got, want)
		}
	}
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	ast, iss := env.Compile(`columns(doc.tables[0], "(", "")`)
	if iss.Err() != nil {
		t.Fatal(iss.Err())
	}
	prg, err := env.Program(ast)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := prg.Eval(map[string]any{"doc": doc}); err == nil {
		t.Error("columns with a bad pattern gave no error")
	}
}
