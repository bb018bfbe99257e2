package main

import (
	"fmt"
	"io"
	"time"

	"github.com/filinglint/filinglint/checker/lint"
	"github.com/filinglint/filinglint/checker/rule"
)

// printStats writes what --stats shows: time spent reading and parsing
// (summed over workers), then each rule's evaluation time, the most
// expensive first.
func printStats(w io.Writer, res *lint.Result, stats []rule.Stat) {
	const row = "%-32s %10s %9s %8s\n"
	fmt.Fprintf(w, row, "stage", "time", "documents", "findings")
	fmt.Fprintf(w, row, "read", round(res.ReadTime), "", "")
	fmt.Fprintf(w, row, "parse", round(res.ParseTime), fmt.Sprint(res.Documents), "")
	var total time.Duration
	for _, s := range stats {
		total += s.Time
		fmt.Fprintf(w, row, s.ID, round(s.Time), fmt.Sprint(s.Docs), fmt.Sprint(s.Findings))
	}
	fmt.Fprintf(w, row, "all rules", round(total), "", "")
}

func round(d time.Duration) string { return d.Round(100 * time.Microsecond).String() }
