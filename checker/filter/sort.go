package filter

import (
	"sort"

	"github.com/filinglint/filinglint/checker/finding"
)

// sorter orders findings by finding.Less: path, line, column, rule, message.
// The sort is stable, so findings equal under Less keep their order.
type sorter struct{}

func (sorter) Name() string { return "sort" }

func (sorter) Process(fs []finding.Finding) ([]finding.Finding, error) {
	sort.SliceStable(fs, func(i, j int) bool { return finding.Less(&fs[i], &fs[j]) })
	return fs, nil
}
