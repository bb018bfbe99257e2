package filter

import (
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/filinglint/filinglint/checker/finding"
)

// LoadBaseline reads a baseline: a file written by `filinglint lint -f json`
// ({"version": 1, "findings": [...]}); a missing version is taken as 1. Only the findings are used, and of
// them only the fingerprints; findings without a fingerprint never match.
func LoadBaseline(r io.Reader) ([]finding.Finding, error) {
	var doc struct {
		Version  int               `json:"version"`
		Findings []finding.Finding `json:"findings"`
	}
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	if doc.Version != 0 && doc.Version != 1 {
		return nil, fmt.Errorf("baseline: version %d is not supported (want 1)", doc.Version)
	}
	return doc.Findings, nil
}

// baseline drops findings known before. Each baseline finding absorbs one
// finding with its fingerprint, so a problem that now occurs twice where the
// baseline had it once is reported once. It is safe for concurrent use.
type baseline struct {
	mu     sync.Mutex
	counts map[string]int
}

func newBaseline(known []finding.Finding) *baseline {
	b := &baseline{counts: map[string]int{}}
	for _, f := range known {
		if f.Fingerprint != "" {
			b.counts[f.Fingerprint]++
		}
	}
	return b
}

func (*baseline) Name() string { return "baseline" }

func (b *baseline) Process(fs []finding.Finding) ([]finding.Finding, error) {
	if len(b.counts) == 0 {
		return fs, nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	out := fs[:0]
	for _, f := range fs {
		if b.counts[f.Fingerprint] > 0 {
			b.counts[f.Fingerprint]--
			continue
		}
		out = append(out, f)
	}
	return out, nil
}
