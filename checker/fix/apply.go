// Package fix applies the fixes findings carry and renders them as unified
// diffs. An edit is applied only when the bytes it replaces are still what
// the rule saw; overlapping edits are skipped with a message, never merged.
package fix

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/filinglint/filinglint/checker/finding"
)

// Result is the outcome of fixing one file.
type Result struct {
	Path    string
	Old     []byte
	New     []byte
	Applied int
	Fixed   []int    // indexes of the findings whose fix was applied
	Skipped []string // why each skipped fix was skipped
}

// pending is one finding's fix with its edits sorted by offset.
type pending struct {
	i     int
	f     *finding.Finding
	edits []finding.Edit
}

// Apply applies the fixes of the findings (all in the file whose bytes are
// data) and returns the new content. A fix whose edits overlap an earlier
// fix, or whose Old text no longer matches data, is skipped whole.
func Apply(path string, data []byte, fs []finding.Finding) Result {
	res := Result{Path: path, Old: data}
	var ps []pending
	for i := range fs {
		f := &fs[i]
		if f.Fix == nil || len(f.Fix.Edits) == 0 || f.Suppressed {
			continue
		}
		edits := append([]finding.Edit(nil), f.Fix.Edits...)
		sort.Slice(edits, func(a, b int) bool { return edits[a].Offset < edits[b].Offset })
		ps = append(ps, pending{i: i, f: f, edits: edits})
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].edits[0].Offset < ps[b].edits[0].Offset })
	var out bytes.Buffer
	at := 0 // bytes of data written so far
	for _, p := range ps {
		if why := check(data, at, p.edits); why != "" {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s:%d:%d: %s: fix skipped: %s", path, p.f.Line, p.f.Column, p.f.Rule, why))
			continue
		}
		for _, e := range p.edits {
			out.Write(data[at:e.Offset])
			out.WriteString(e.Text)
			at = e.Offset + len(e.Old)
		}
		res.Applied++
		res.Fixed = append(res.Fixed, p.i)
	}
	out.Write(data[at:])
	res.New = out.Bytes()
	return res
}

// check returns why edits cannot be applied after byte at, or "".
func check(data []byte, at int, edits []finding.Edit) string {
	for _, e := range edits {
		end := e.Offset + len(e.Old)
		switch {
		case e.Offset < at:
			return "it overlaps another fix"
		case end > len(data) || !bytes.Equal(data[e.Offset:end], []byte(e.Old)):
			return fmt.Sprintf("the text at %d:%d is no longer %q", e.Line, e.Column, e.Old)
		}
		at = end
	}
	return ""
}
