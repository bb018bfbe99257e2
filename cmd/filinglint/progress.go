package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progressDelay is how long a run goes before a progress line appears.
const progressDelay = 2 * time.Second

// progress shows "linted N/M files" on a terminal's stderr once a run has
// taken longer than progressDelay, and erases it when the run ends.
type progress struct {
	w     io.Writer
	start time.Time
	mu    sync.Mutex
	shown bool
	last  time.Time
}

func newProgress(w io.Writer) *progress { return &progress{w: w, start: time.Now()} }

// update is lint.Options.OnFile.
func (p *progress) update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.start) < progressDelay || now.Sub(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last, p.shown = now, true
	fmt.Fprintf(p.w, "\rlinted %d/%d files", done, total)
}

// finish erases the progress line, if one was shown.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
