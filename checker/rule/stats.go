package rule

import (
	"sort"
	"sync/atomic"
	"time"
)

// ruleStats counts what evaluating one rule cost; workers update it
// concurrently.
type ruleStats struct {
	nanos, docs, hits atomic.Int64
}

func (s *ruleStats) add(d time.Duration, hits int) {
	s.nanos.Add(int64(d))
	s.docs.Add(1)
	s.hits.Add(int64(hits))
}

// Stat is what one rule cost over a run: the time spent evaluating it, on
// how many documents, and how many findings it returned (before filtering).
type Stat struct {
	ID       string
	Time     time.Duration
	Docs     int
	Findings int
}

// Stats returns the cost of each rule that ran, the most expensive first.
func (e *Engine) Stats() []Stat {
	var out []Stat
	for _, r := range e.rules {
		if n := r.stats.docs.Load(); n > 0 {
			out = append(out, Stat{ID: r.ID, Time: time.Duration(r.stats.nanos.Load()), Docs: int(n), Findings: int(r.stats.hits.Load())})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time > out[j].Time })
	return out
}
